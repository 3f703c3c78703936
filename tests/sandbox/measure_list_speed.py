"""Measure the sandbox's ``crm.activity.list`` at scale (not a test; run on demand).

    PYTHONPATH=. python tests/sandbox/measure_list_speed.py [ROWS]

Seeds ROWS (default 150,000) extra activities into an in-memory demo portal, then times the handler
path of the REST core (``desktop_app.sandbox.calls.invoke``: operating-limit bookkeeping, SQL, legacy
output; no HTTP) for the count-free keyset queries the client sends, and prints median / max in ms
over 20 runs each.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Any

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.calls import invoke

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone(timedelta(hours=3)))
SELECT = ["ID", "SUBJECT", "DEADLINE", "COMPLETED", "RESPONSIBLE_ID", "OWNER_TYPE_ID", "OWNER_ID", "LAST_UPDATED"]


def main(rows: int) -> None:
    portal = SandboxPortal(now=lambda: NOW)
    tick = time.perf_counter()
    portal.seed_activities(rows)
    print(f"seed_activities({rows}): {time.perf_counter() - tick:.2f} s; "
          f"{portal.db.count_activities()} activities in the portal")
    top = int(portal.db.scalar("SELECT max(id) FROM activity"))
    owner = tuple(portal.db.query("SELECT owner_type_id, owner_id, count(*) FROM activity_binding "
                                  "GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1")[0])
    bound = [{"OWNER_TYPE_ID": owner[0], "OWNER_ID": owner[1]}]
    since = (NOW - timedelta(hours=1)).isoformat()
    order = {"ID": "ASC"}
    mine = {"RESPONSIBLE_ID": 1, "COMPLETED": "N"}
    cases: list[tuple[str, dict[str, Any]]] = [
        *[(f"my open, >ID {x}", {"order": order, "filter": {">ID": x, **mine}}) for x in (0, top // 2, top - 2000)],
        ("my open, >ID 0, 8 fields", {"order": order, "filter": {">ID": 0, **mine}, "select": SELECT}),
        ("my open, past the last id", {"order": order, "filter": {">ID": top, **mine}}),
        ("all, >ID middle", {"order": order, "filter": {">ID": top // 2}}),
        (f"BINDINGS {owner[:2]} ({owner[2]} rows), >ID 0", {"order": order, "filter": {">ID": 0, "BINDINGS": bound}}),
        ("BINDINGS, >ID middle", {"order": order, "filter": {">ID": top // 2, "BINDINGS": bound}}),
        (">=LAST_UPDATED now-1h", {"order": order, "filter": {">=LAST_UPDATED": since}}),
        (">=LAST_UPDATED now-1h + BINDINGS", {"order": order, "filter": {">=LAST_UPDATED": since, "BINDINGS": bound}}),
        (">=LAST_UPDATED now-1h + RESPONSIBLE_ID 1", {"order": order, "filter": {">=LAST_UPDATED": since,
                                                                                 "RESPONSIBLE_ID": 1}}),
    ]
    for name, params in cases:
        times = []
        for _ in range(20):
            tick = time.perf_counter()
            reply = invoke(portal, "crm.activity.list", params, -1)
            times.append((time.perf_counter() - tick) * 1000)
            assert reply.ok, reply.body
        print(f"{name:45s} median {statistics.median(times):6.2f} ms   max {max(times):6.2f} ms   "
              f"rows {len(reply.body['result'])}")
    portal.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150_000)

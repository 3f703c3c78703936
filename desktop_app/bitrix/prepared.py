"""A REST call prepared but not sent: what the outbox stores and sends later.

Every write method of the client has a pure ``prepare_*`` counterpart that runs the same checks
(raising :class:`~desktop_app.bitrix.errors.InvalidParameter`, nothing sent) and returns a
:class:`PreparedCall`; the async method is ``prepare_*`` + :meth:`BitrixClient.send`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: ``ORIGINATOR_ID`` of every activity Activity Desk creates with ``crm.activity.add`` (api-spec.md
#: §4.3: external-source linkage); ``ORIGIN_ID`` is unique per change, so a create whose outcome is
#: unknown can be found with ``crm.activity.list`` instead of being sent twice.
ORIGINATOR_ID = "activity-desk"


@dataclass(frozen=True)
class PreparedCall:
    """One REST call: ``method`` (e.g. ``crm.activity.todo.updateDeadline``) and its JSON params
    (datetimes already formatted as ISO 8601 with the UTC offset)."""

    method: str
    params: dict[str, Any]

    def __post_init__(self) -> None:
        json.dumps(self.params)  # refuse anything that would not survive the outbox (TypeError)

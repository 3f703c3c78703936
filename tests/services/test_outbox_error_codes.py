"""The code an outbox card shows for a client error (issue 10): each kind of failure keeps its own
code — a reply cut at the deadline, a reply over the size cap and a portal move waiting for the user
are not "portal unreachable" — chosen by the error's place in the tree, so a subclass keeps its code."""

from __future__ import annotations

import pytest

from desktop_app.bitrix import errors as e
from desktop_app.services.outbox_policy import PORTAL_MOVE_CODE
from desktop_app.services.outbox_policy import error_code as _error_code

HOST = "acme.bitrix24.com"


@pytest.mark.parametrize(("error", "code"), [
    (e.DeadlineExceeded("slow", method="crm.activity.add", host=HOST, deadline=70.0), "DEADLINE_EXCEEDED"),
    (e.ReplyTooLarge("big", method="crm.activity.add", host=HOST, status=200, limit=32 * 2**20), "REPLY_TOO_LARGE"),
    (e.PortalMoveUnconfirmed("moved", method="crm.activity.add", old_host=HOST, new_host="evil.example",
                             new_base_url="https://evil.example"), PORTAL_MOVE_CODE),
    (e.PortalMoved("loop", method="crm.activity.add", host=HOST, sent=False), "PORTAL_MOVED"),
    (e.RequestTimeout("read", method="crm.activity.add", host=HOST, sent=True), "REQUEST_TIMEOUT"),
    (e.ConnectionDropped("drop", method="crm.activity.add", host=HOST, sent=True), "CONNECTION_DROPPED"),
    (e.BadResponse("lie", method="crm.activity.add", host=HOST, status=200, body_start="", field="result"),
     "BAD_RESPONSE"),
    (e.PortalUnreachable("refused", method="crm.activity.add", host=HOST, sent=False), "PORTAL_UNREACHABLE"),
    (e.NotFound("NOT_FOUND", "Not found", 400, method="crm.activity.update"), "NOT_FOUND"),
    (e.InvalidParameter("deadline", "required"), "INVALID_PARAMETER"),
])
def test_each_failure_keeps_its_own_code(error: BaseException, code: str) -> None:
    assert _error_code(error) == code


def test_a_subclass_the_outbox_does_not_know_keeps_its_parents_code() -> None:
    class SlowerStill(e.DeadlineExceeded):
        pass

    assert _error_code(SlowerStill("x", method="m", host=HOST, deadline=1.0)) == "DEADLINE_EXCEEDED"

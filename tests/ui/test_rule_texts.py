"""One vocabulary of rule codes for the client's refusals (``InvalidParameter.code``) and the forms'
own checks (``FieldProblem.rule``), and one table (``messages.RULES``) that turns ``(field, code)`` into
the sentence a user reads: a value the client refuses reads exactly like the same mistake caught by
the form; a code without a sentence shows the error's English message, never a bare code."""

from __future__ import annotations

import ast
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.bitrix import errors as e
from desktop_app.services.todo import FieldProblem, TodoDraft
from desktop_app.ui import messages
from desktop_app.ui.todo_form import TodoForm

TZ = timezone(timedelta(hours=3))
ROOT = Path(__file__).resolve().parents[2] / "desktop_app"


@pytest.fixture(autouse=True)
def _app(qapp) -> None:  # noqa: ANN001 - translations need the application object
    return None


def _codes_raised() -> set[str]:
    """The code (second argument) of every ``InvalidParameter(...)`` / ``FieldProblem(...)`` built in
    the client and the services, read from the source."""
    codes: set[str] = set()
    for path in [*(ROOT / "bitrix").glob("*.py"), *(ROOT / "services").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("InvalidParameter", "FieldProblem") and len(node.args) >= 2
                    and isinstance(node.args[1], ast.Constant)):
                codes.add(node.args[1].value)
    return codes


def test_every_code_in_use_and_in_the_table_is_one_known_vocabulary() -> None:
    raised = _codes_raised()
    assert {"required", "positive", "utc_offset", "palette", "negative", "same_type", "format"} <= raised
    assert raised <= set(e.PARAMETER_RULES)
    assert {code for _field, code in messages.RULES} <= set(e.PARAMETER_RULES)


def test_a_client_refusal_reads_like_the_forms_own_check() -> None:
    refused = e.InvalidParameter("colorId", "palette")
    assert str(refused) == "colorId: must be one of 1–7, or empty for the default colour"
    assert messages.describe(refused).text == "Colour: Pick one of the eight colours."
    form_check = TodoDraft(2, 1, deadline_text="2026-11-25 15:00", color_id="9").problems(TZ)
    assert form_check == [FieldProblem("colorId", "palette")]
    assert messages.rule_text("colorId", form_check[0].rule) == "Pick one of the eight colours."


def test_a_code_without_a_sentence_shows_the_english_message_not_the_code() -> None:
    refused = e.InvalidParameter("deadline", "utc_offset")
    assert messages.describe(refused).text == "Deadline: must carry a UTC offset (time zone)"
    own = e.InvalidParameter("responsibleId", "positive", "must be a positive user id")
    assert messages.describe(own).text == "Responsible: must be a positive user id"
    assert messages.describe(e.InvalidParameter("x", "brand_new")).text == "x: brand new"


def test_a_draft_problem_raised_by_the_service_keeps_its_code_and_sentence() -> None:
    problem = TodoDraft(2, 1, deadline_text="soon").problems(TZ)[0]
    error = problem.to_error()
    assert (error.field, error.code, str(error)) == ("deadline", "format", "deadline: is not in a form the portal accepts")
    assert messages.describe(error).text == "Deadline: Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."
    assert FieldProblem.from_error(error) == problem


def test_the_todo_form_shows_a_refused_value_under_its_field(qtbot) -> None:
    form = TodoForm()
    qtbot.addWidget(form)
    form.prepare(2, 1, "Deal 1", {}, 1, TZ, datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    form.show()
    form.deadline.setText("2026-11-25 15:00")
    form.show_problems([FieldProblem.from_error(e.InvalidParameter("pingOffsets", "negative"))])
    assert form.error_text("pingOffsets") == "Reminders: Reminders are minutes before the deadline, 0 or more."
    form.show_problems([FieldProblem.from_error(e.InvalidParameter("deadline", "utc_offset"))])
    assert form.error_text("deadline") == "Deadline: must carry a UTC offset (time zone)"
    assert form.deadline.text() == "2026-11-25 15:00"  # nothing typed is lost

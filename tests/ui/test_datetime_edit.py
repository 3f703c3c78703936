"""The date-and-time field (ui/datetime_edit.py) and its use in the quick-edit deadline popup:
typed input read in the portal user's zone, the calendar, quick choices, the zone shown when it is
not the machine's, and what was not understood named."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTableView, QWidget

from desktop_app.services.datetime_input import machine_zone
from desktop_app.ui.datetime_edit import DateTimeEdit, locale_forms
from desktop_app.ui.quick_edit import DeadlinePopup

MSK = timezone(timedelta(hours=3))
NOW = datetime(2026, 12, 3, 14, 5, tzinfo=MSK)  # a Thursday


@pytest.fixture
def field(qtbot) -> DateTimeEdit:
    widget = DateTimeEdit(name="due")
    qtbot.addWidget(widget)
    widget.set_zone(MSK, lambda: NOW)
    widget.show()
    return widget


def test_typed_text_is_read_and_the_reading_is_shown(qtbot, field: DateTimeEdit) -> None:
    qtbot.keyClicks(field.line, "tomorrow 9:00")
    assert field.value() == datetime(2026, 12, 4, 9, 0, tzinfo=MSK)
    assert field.hint.isVisible() and field.hint.text().startswith("→ ") and "2026" in field.hint.text()
    assert field.form_text() == "2026-12-04T09:00:00+03:00" and field.problem() == ""


def test_what_was_not_understood_is_named(qtbot, field: DateTimeEdit) -> None:
    qtbot.keyClicks(field.line, "tomorrow teatime")
    assert field.value() is None
    assert "“teatime” is not understood as a date or time" in field.problem()
    assert field.hint.isVisible() and "teatime" in field.hint.text()
    assert field.text() == "tomorrow teatime"  # nothing typed is changed


def test_calendar_pick_keeps_the_typed_time(qtbot, field: DateTimeEdit) -> None:
    qtbot.keyClicks(field.line, "2026-12-03 16:45")
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # or a click on 📅
    qtbot.waitExposed(field.menu)
    assert field.calendar.selectedDate() == QDate(2026, 12, 3)  # opens on the typed day
    view = field.calendar.findChild(QTableView, "qt_calendar_calendarview")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # a week later
    with qtbot.waitSignal(field.picked) as picked:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not field.menu.isVisible()
    assert picked.args[0] == datetime(2026, 12, 10, 16, 45, tzinfo=MSK)
    assert field.text() == "2026-12-10 16:45"


@pytest.mark.parametrize(("key", "expected"), [
    ("today_18", datetime(2026, 12, 3, 18, 0, tzinfo=MSK)),
    ("tomorrow_9", datetime(2026, 12, 4, 9, 0, tzinfo=MSK)),
    ("in_1_hour", datetime(2026, 12, 3, 15, 5, tzinfo=MSK)),
    ("next_monday_9", datetime(2026, 12, 7, 9, 0, tzinfo=MSK)),
])
def test_quick_choices(qtbot, field: DateTimeEdit, key: str, expected: datetime) -> None:
    with qtbot.waitSignal(field.edited):
        field.quick_actions[key].trigger()
    assert field.value() == expected


def test_the_zone_is_shown_only_when_it_is_not_the_machines(qtbot, field: DateTimeEdit) -> None:
    field.set_zone(machine_zone(), lambda: NOW)
    assert not field.zone_label.isVisible()
    other = ZoneInfo("Pacific/Kiritimati")  # UTC+14: never this machine's
    field.set_zone(other, lambda: NOW)
    assert field.zone_label.isVisible() and field.zone_label.text() == "Pacific/Kiritimati (UTC+14:00)"
    qtbot.keyClicks(field.line, "18:00")
    value = field.value()
    assert value is not None and value.tzinfo is other and value.hour == 18


def test_locale_order_of_numeric_dates() -> None:
    assert locale_forms(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)).date_order == "MDY"
    assert locale_forms(QLocale(QLocale.Language.German, QLocale.Country.Germany)).date_order == "DMY"


def test_deadline_popup_reads_typed_text_and_refuses_what_it_cannot_read(qtbot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    popup = DeadlinePopup(None, NOW, MSK, owner)  # deletes itself on close
    popup.popup(popup.pos())
    popup.editor.line.clear()
    qtbot.keyClicks(popup.editor.line, "whenever")
    with qtbot.assertNotEmitted(popup.deadlineChosen):
        qtbot.mouseClick(popup.buttons.button(popup.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert popup.isVisible() and "“whenever” is not understood" in popup.problem.text()
    popup.editor.line.clear()
    qtbot.keyClicks(popup.editor.line, "next monday 10:30")
    with qtbot.waitSignal(popup.deadlineChosen) as chosen:
        qtbot.mouseClick(popup.buttons.button(popup.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert chosen.args[0] == datetime(2026, 12, 7, 10, 30, tzinfo=MSK)

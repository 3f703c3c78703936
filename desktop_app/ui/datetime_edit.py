"""A date-and-time field: typed input, a calendar popup, quick choices, the zone when it is not the
machine's (issue 12 point 9). Qt only; the reading of typed text is
:mod:`desktop_app.services.datetime_input`.

Used by every deadline / start / end field: the to-do form's deadline, the activity form's start and
end, the quick-edit deadline popup (card menu "Pick date and time…", the deadline pill) and bulk
reschedule.

The field holds text: what the user typed stays as typed (``tomorrow 9``) and a line under it says
how it was read ("Friday, 4 December 2026, 09:00") or what was not understood. Picks from the
calendar or the quick choices write ``YYYY-MM-DD HH:MM`` (unambiguous in every locale).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app.services.datetime_input import (
    DEFAULT_TIME,
    InputProblem,
    LocaleForms,
    ParsedInput,
    machine_zone,
    parse_datetime_input,
    quick_choices,
    same_zone,
    zone_text,
)

__all__ = ["TEXT_FORMAT", "DateTimeEdit", "locale_forms", "problem_text", "quick_choice_label"]

#: What picks write into the field (and what the forms write when loading a value).
TEXT_FORMAT = "%Y-%m-%d %H:%M"

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def locale_forms(locale: QLocale | None = None) -> LocaleForms:
    """The numeric date order of ``locale`` (default: the application's), from its short date format
    (``M/d/yy`` → MDY, ``dd.MM.yy`` → DMY, ``yyyy-MM-dd`` → YMD)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    positions = {key: fmt.find(key) for key in "dMy"}
    if any(p < 0 for p in positions.values()):
        return LocaleForms("DMY")
    order = "".join(sorted(positions, key=positions.__getitem__)).upper()
    return LocaleForms({"DMY": "DMY", "MDY": "MDY", "YMD": "YMD"}.get(order, "DMY"))


def quick_choice_label(key: str) -> str:
    """The translated label of a quick choice (:func:`~desktop_app.services.datetime_input.quick_choices`)."""
    return {
        "today_18": translate("DateTimeEdit", "Today, 18:00"), "tomorrow_9": translate("DateTimeEdit", "Tomorrow, 9:00"),
        "in_1_hour": translate("DateTimeEdit", "In 1 hour"), "next_monday_9": translate("DateTimeEdit", "Next Monday, 9:00"),
    }[key]


def problem_text(problem: InputProblem, forms: LocaleForms | None = None) -> str:
    """The sentence for a typed date-and-time that was not read, naming what was not understood."""
    example = {"MDY": "12/3/2026 2:30 PM", "YMD": "2026-12-03 14:30"}.get((forms or LocaleForms()).date_order,
                                                                            "3.12.2026 14:30")
    if problem.code == "empty":
        return translate("DateTimeEdit", "Enter a date and time, e.g. “tomorrow 9:00”.")
    if problem.code == "no_such_date":
        return translate("DateTimeEdit", "“%1” is not a date that exists (years 1900–9999).").replace("%1", problem.fragment)
    if problem.code == "no_such_time":
        return translate("DateTimeEdit", "“%1” is not a time that exists (hours 0–23, minutes 0–59).").replace("%1", problem.fragment)
    return (translate("DateTimeEdit", "“%1” is not understood as a date or time. Try “tomorrow 9:00”, “%2” or “in 2 h”.")
            .replace("%1", problem.fragment).replace("%2", example))


class DateTimeEdit(QWidget):
    """Typed date and time with a calendar and quick choices, read in the portal user's zone.

    Attributes:
        line: the text field (object name ``name``; the widget is ``<name>Field``, the button
            ``<name>Pick``, the hint ``<name>Hint``, the zone ``<name>Zone``).
        pick_button: opens the popup — calendar, then the quick choices (Alt+Down too); the theme's
            calendar icon, else "▾".
        calendar: the popup's :class:`QCalendarWidget`.
        quick_actions: quick-choice key → its action (``quick_<key>``: today_18, tomorrow_9,
            in_1_hour, next_monday_9).
        hint: how the text was read, or what was not understood (plain text).
        zone_label: the zone's name and offset, shown only when it differs from the machine's.

    Signals:
        edited(): the user changed the value (typing, the calendar, a quick choice).
        picked(datetime): a value chosen in the popup (aware, in the zone).
    """

    edited = Signal()
    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, name: str = "dateTime",
                 default_time: time = DEFAULT_TIME) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Field")
        self._tz: tzinfo = machine_zone()
        self._clock: Callable[[], datetime] | None = None
        self._default_time = default_time
        self._forms = locale_forms(self.locale())

        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. tomorrow 9:00"))
        self.line.setToolTip(self.tr("Type a date and time (“2026-12-03 14:30”, “tomorrow 9”, “next Monday”, "
                                     "“in 2 h”) or pick one (Alt+Down)."))
        self.pick_button = QToolButton(self)
        icon = QIcon.fromTheme("x-office-calendar")
        if icon.isNull():
            self.pick_button.setText("▾")
        else:
            self.pick_button.setIcon(icon)
        self.pick_button.setToolTip(self.tr("Pick a date or a quick choice (Alt+Down)"))
        self.pick_button.setAccessibleName(self.tr("Pick a date and time"))
        self.menu = QMenu(self)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._on_calendar)
        self.calendar.activated.connect(self._on_calendar)
        calendar_action = QWidgetAction(self.menu)
        calendar_action.setDefaultWidget(self.calendar)
        self.menu.addAction(calendar_action)
        self.menu.addSeparator()
        self.quick_actions: dict[str, QAction] = {}
        for key in ("today_18", "tomorrow_9", "in_1_hour", "next_monday_9"):
            action = self.menu.addAction(quick_choice_label(key))
            action.setObjectName(f"quick_{key}")
            action.triggered.connect(lambda _checked=False, k=key: self.choose_quick(k))
            self.quick_actions[key] = action
        self.menu.aboutToShow.connect(self._sync_calendar)
        self.pick_button.clicked.connect(self.open_popup)

        self.zone_label = QLabel(self)
        self.zone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zone_label.setStyleSheet("color: palette(mid);")
        self.zone_label.hide()
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # echoes typed text
        self.hint.setWordWrap(True)
        self.hint.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick_button)
        below = QHBoxLayout()  # how the text was read, and the zone when it is not the machine's
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.hint, 1)
        below.addWidget(self.zone_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addLayout(below)
        self.setFocusProxy(self.line)
        self.line.setObjectName(name)
        self.pick_button.setObjectName(f"{name}Pick")
        self.menu.setObjectName(f"{name}Menu")
        self.hint.setObjectName(f"{name}Hint")
        self.zone_label.setObjectName(f"{name}Zone")

        shortcut = QShortcut(QKeySequence("Alt+Down"), self.line)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_popup)
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        self.line.textChanged.connect(lambda _t: self._update_hint())

    # -- setup ------------------------------------------------------------------------------------

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def set_zone(self, tz: tzinfo, clock: Callable[[], datetime] | None = None) -> None:
        """Read and show times in ``tz`` (the portal user's zone); ``clock`` gives "now" (aware;
        default the real clock). The zone is shown beside the field when it is not the machine's."""
        self._tz = tz
        self._clock = clock
        now = self.now()
        differs = not same_zone(tz, machine_zone(), now)
        self.zone_label.setText(zone_text(tz, now))
        self.zone_label.setToolTip(self.tr("Times are in your portal time zone, %1; this computer uses %2.")
                                   .replace("%1", zone_text(tz, now)).replace("%2", zone_text(machine_zone(), now)))
        self.zone_label.setVisible(differs)
        self._update_hint()

    @property
    def tz(self) -> tzinfo:
        return self._tz

    @property
    def clock(self) -> Callable[[], datetime] | None:
        """The clock given to :meth:`set_zone` (``None``: the real one)."""
        return self._clock

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(self._tz)

    # -- value --------------------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit's name)
        self.line.setText(text)

    def clear(self) -> None:
        self.line.clear()

    def parse(self) -> ParsedInput:
        """The typed text read in the zone (:func:`~desktop_app.services.datetime_input.parse_datetime_input`)."""
        return parse_datetime_input(self.line.text(), now=self.now(), tz=self._tz, forms=self._forms,
                                    default_time=self._default_time)

    def value(self) -> datetime | None:
        """The typed text as an aware datetime in the zone, or ``None`` (empty or not understood)."""
        return self.parse().value

    def set_value(self, value: datetime | None) -> None:
        """Show ``value`` (aware) as ``YYYY-MM-DD HH:MM`` wall time in the zone; ``None`` clears."""
        self.line.setText(value.astimezone(self._tz).strftime(TEXT_FORMAT) if value is not None else "")

    def problem(self) -> str:
        """What is wrong with the typed text ("" when it reads as a date and time, or is empty)."""
        parsed = self.parse()
        if parsed.problem is None or parsed.problem.code == "empty":
            return ""
        return problem_text(parsed.problem, self._forms)

    def form_text(self) -> str:
        """For a draft: the value as ISO 8601 with its UTC offset when understood (what
        ``services.todo.parse_deadline_text`` reads exactly), else the text as typed (the draft's
        own check names it)."""
        value = self.value()
        return value.isoformat() if value is not None else self.line.text()

    # QDateTimeEdit-like access: wall time in the zone, carried by a UTC QDateTime (no second conversion).
    def dateTime(self) -> QDateTime:  # noqa: N802 (Qt's name)
        value = self.value()
        if value is None:
            return QDateTime()
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), QTimeZone.utc())

    def setDateTime(self, shown: QDateTime) -> None:  # noqa: N802 (Qt's name)
        day, clock = shown.date(), shown.time()
        self.line.setText(f"{day.toString('yyyy-MM-dd')} {clock.toString('HH:mm')}")

    # -- picks -------------------------------------------------------------------------------------

    def open_popup(self) -> None:
        """Show the calendar and quick choices below the field (non-blocking ``popup()``), the
        calendar on the typed day (or today) with the keyboard in it."""
        self.menu.popup(self.line.mapToGlobal(self.line.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def choose_quick(self, key: str) -> None:
        """Apply quick choice ``key`` (``today_18``, ``tomorrow_9``, ``in_1_hour``, ``next_monday_9``)."""
        value = dict(quick_choices(self.now(), self._tz))[key]
        self._apply_pick(value)

    def _apply_pick(self, value: datetime) -> None:
        self.set_value(value)
        self.menu.hide()
        self.edited.emit()
        self.picked.emit(value)

    def _sync_calendar(self) -> None:
        current = self.value() or self.now().astimezone(self._tz)
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _on_calendar(self, day: QDate) -> None:
        current = self.value()
        clock = current.time() if current is not None else self._default_time
        self._apply_pick(datetime(day.year(), day.month(), day.day(), clock.hour, clock.minute, tzinfo=self._tz))

    def _update_hint(self) -> None:
        if not self.line.text().strip():
            self.hint.hide()
            return
        parsed = self.parse()
        if parsed.value is not None:
            value = parsed.value
            locale = self.locale()
            day = locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
            clock = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
            self.hint.setText(f"→ {day}, {clock}")
            self.hint.setStyleSheet("color: palette(mid);")
        else:
            assert parsed.problem is not None
            self.hint.setText(problem_text(parsed.problem, self._forms))
            self.hint.setStyleSheet("color: #c21b16;")
        self.hint.show()

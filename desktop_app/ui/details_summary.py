"""What a manager reads about one activity, in words (issue 12 point 4): type, direction, status,
deadline (start and end where they matter), reminders, responsible, client, the entity it belongs
to, priority, location, description, who created and changed it.

No codes here: the raw fields are in :mod:`.details_technical`. Each value is a plain-text,
selectable ``QLabel`` named ``field_<KEY>`` (``field_TYPE``, ``field_DEADLINE``, ``field_NOTIFY``…)
so tests and screen readers find it. Portal text (subject, description, names, phone numbers) is
shown as plain text (:mod:`.plain_text`).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop_app.bitrix.models import Activity, ActivityType, OwnerType
from desktop_app.services.details import ActivityDetails

from .bindings_panel import type_name
from .details_texts import (
    direction_text,
    notify_text,
    plain_description,
    priority_text,
    status_text,
    type_text,
)
from .plain_text import plain, plain_tooltip
from .timeline.format import DateTexts

#: ``COMMUNICATIONS`` entity types that are a client (contact, company, lead).
_CLIENT_TYPES = (OwnerType.CONTACT, OwnerType.COMPANY, OwnerType.LEAD)


def client_lines(details: ActivityDetails) -> list[str]:
    """The client(s) as "Name — phone, e-mail" lines: the ``COMMUNICATIONS`` grouped by their
    contact (api-spec.md §3.6); without communications, the contacts and companies the activity is
    bound to (or its owner when that is one), by name."""
    groups: dict[tuple[int, int] | str, tuple[str, list[str]]] = {}
    for comm in details.communications:
        if comm.entity_type_id and comm.entity_id:
            key: tuple[int, int] | str = (comm.entity_type_id, comm.entity_id)
            name = details.entity_name(comm.entity_type_id, comm.entity_id) or f"{type_name(comm.entity_type_id)} #{comm.entity_id}"
        else:
            key, name = comm.value, ""
        values = groups.setdefault(key, (name, []))[1]
        if comm.type in ("PHONE", "EMAIL") and comm.value and comm.value not in values:
            values.append(comm.value)
        elif not name and comm.value:
            groups[key] = (comm.value, values)
    lines = [" — ".join(p for p in (name, ", ".join(values)) if p) for name, values in groups.values()]
    if lines:
        return lines
    a = details.activity
    keys = [(b.entity_type_id, b.entity_id) for b in details.bindings]
    if a.owner_type_id in (OwnerType.CONTACT, OwnerType.COMPANY):
        keys.insert(0, (a.owner_type_id, a.owner_id))
    seen: list[str] = []
    for type_id, item_id in keys:
        if type_id in (OwnerType.CONTACT, OwnerType.COMPANY):
            name = details.entity_name(type_id, item_id) or f"{type_name(type_id)} #{item_id}"
            if name not in seen:
                seen.append(name)
    return seen


def _shows_start_end(a: Activity) -> bool:
    """Start and end matter for meetings and calls, and whenever they differ from the deadline."""
    if a.start_time is None and a.end_time is None:
        return False
    if a.kind in (ActivityType.MEETING, ActivityType.CALL) and not a.is_todo:
        return True
    return a.start_time != a.deadline_raw or (a.end_time is not None and a.end_time != a.deadline_raw)


class DetailsSummary(QWidget):
    """The field rows (a form layout of label → value), rebuilt by :meth:`show_details`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsSummary")
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._files: QWidget | None = None
        self._keys: list[str] = []

    def clear(self) -> None:
        """Remove every row (the files list is kept, hidden, for the next activity)."""
        while self._form.rowCount():
            row = self._form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is None:
                    continue
                widget.hide()
                if widget is not self._files:
                    widget.setObjectName("")
                    widget.deleteLater()
        self._keys = []

    def keys(self) -> list[str]:
        """The keys of the rows shown, in order (``TYPE``, ``DIRECTION``, ``STATUS``, ``FILES``…)."""
        return list(self._keys)

    def show_details(self, details: ActivityDetails, texts: DateTexts, now: datetime,
                     files: QWidget | None = None) -> None:
        """Rows for ``details``; dates with ``texts`` relative to ``now`` (aware). ``files`` (the
        files list, owned by the pane) is placed in a "Files" row."""
        self.clear()
        a = details.activity
        today = texts.today(now)
        self._row("TYPE", self.tr("Type"), type_text(a))
        direction = direction_text(a)
        if direction is not None:
            self._row("DIRECTION", self.tr("Direction"), direction)
        status = self._row("STATUS", self.tr("Status"), status_text(a, now))
        if not a.completed and a.is_overdue(now):
            status.setStyleSheet("color: #c21b16;")
        self._row("DEADLINE", self.tr("Deadline"), self._when(a.deadline, texts, today) if a.deadline
                  else self.tr("No deadline"), raw=a.raw.get("DEADLINE"))
        if _shows_start_end(a):
            self._row("START_TIME", self.tr("Start"), self._when(a.start_time, texts, today), raw=a.raw.get("START_TIME"))
            self._row("END_TIME", self.tr("End"), self._when(a.end_time, texts, today), raw=a.raw.get("END_TIME"))
        self._row("NOTIFY", self.tr("Reminders"), notify_text(a, details.ping_offsets))
        self._row("RESPONSIBLE", self.tr("Responsible"), self._user(details, a.responsible_id))
        clients = client_lines(details)
        self._row("CLIENT", self.tr("Client"), "\n".join(clients) if clients else self.tr("(none)"))
        if a.owner_type_id > 0 and a.owner_id > 0:
            self._row("OWNER", type_name(a.owner_type_id),
                      details.entity_name(a.owner_type_id, a.owner_id) or f"#{a.owner_id}")
        self._row("PRIORITY", self.tr("Priority"), priority_text(a.priority))
        if a.location:
            self._row("LOCATION", self.tr("Location"), a.location)
        self._row("DESCRIPTION", self.tr("Description"),
                  plain_description(a.description, a.description_type) or self.tr("(none)"))
        if files is not None:
            self._files = files
            self._form.addRow(self.tr("Files"), files)
            files.show()
            self._keys.append("FILES")
        self._row("CREATED", self.tr("Created"), self._by(details, a.created, a.author_id, texts, today))
        self._row("LAST_UPDATED", self.tr("Last changed"), self._by(details, a.last_updated, a.editor_id, texts, today))

    # -- rows -------------------------------------------------------------------------------------

    def _row(self, key: str, label: str, text: str, raw: object = None) -> QLabel:
        value = plain(QLabel(text, self))
        value.setObjectName(f"field_{key}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if isinstance(raw, str) and raw:
            value.setToolTip(plain_tooltip(raw))
        self._form.addRow(label, value)
        self._keys.append(key)
        return value

    def _when(self, value: datetime | None, texts: DateTexts, today: date) -> str:
        return texts.pill(value, today) if value is not None else self.tr("(none)")

    def _user(self, details: ActivityDetails, user_id: int) -> str:
        if not user_id:
            return self.tr("(none)")
        return details.user_name(user_id) or self.tr("User #%1").replace("%1", str(user_id))

    def _by(self, details: ActivityDetails, when: datetime | None, user_id: int, texts: DateTexts,
            today: date) -> str:
        if when is None:
            return self._user(details, user_id)
        if not user_id:
            return self._when(when, texts, today)
        return self.tr("%1, by %2").replace("%1", self._when(when, texts, today)).replace(
            "%2", self._user(details, user_id))

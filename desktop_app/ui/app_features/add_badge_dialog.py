"""Add a badge (``crm.activity.badge.add``, api-spec.md §4.13): code, title, value and type, with the pill
as it will look. Qt only; the call is :meth:`~desktop_app.services.app_features.ApplicationFeatures.add_badge`."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from .badge_pill import BADGE_TYPES, pill_pixmap, type_label
from .fields import FieldProblems, error_label, plain_label
from .portal_form import PortalAddForm

__all__ = ["AddBadgeDialog"]


class AddBadgeDialog(PortalAddForm):
    """Add a badge: code, title, value, type (with the pill as it will look); window-modal, ``open()``.

    Problems show under their field and nothing is sent (an empty code, title or value; a code the
    portal already has). The portal's refusal shows under the field it names, else in the status line;
    what was typed stays.

    Signals:
        added(str): the portal registered the badge (its code).
    """

    def __init__(self, features: Any, tasks: Any, taken: set[str], parent: QWidget) -> None:
        super().__init__(parent, "addBadgeDialog", 420, features, tasks, taken, f"app-badges:add:{id(self)}")
        self.setWindowTitle(self.tr("Add a badge"))

        self.code = QLineEdit(self)
        self.code.setObjectName("badgeCodeEdit")
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setPlaceholderText(self.tr("e.g. paymentOverdue"))
        self.title = QLineEdit(self)
        self.title.setObjectName("badgeTitleEdit")
        self.title.setAccessibleName(self.tr("Title"))
        self.value = QLineEdit(self)
        self.value.setObjectName("badgeValueEdit")
        self.value.setAccessibleName(self.tr("Value"))
        self.type = QComboBox(self)
        self.type.setObjectName("badgeTypeCombo")
        self.type.setAccessibleName(self.tr("Type"))
        for kind in BADGE_TYPES:
            self.type.addItem(type_label(kind), kind)
        self.preview = QLabel(self)
        self.preview.setObjectName("badgePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        errors = {name: error_label(self, f"badge{name.title()}Error") for name in ("code", "title", "value", "type")}
        self.status = plain_label(self, "addBadgeStatus")
        self.problems = FieldProblems(errors, self.status, hints={"unique": "code"})

        form = QFormLayout()
        self._add_rows(form, ((self.tr("&Code:"), self.code, errors["code"]),
                              (self.tr("&Title:"), self.title, errors["title"]),
                              (self.tr("&Value:"), self.value, errors["value"]),
                              (self.tr("T&ype:"), self.type, errors["type"])))
        form.addRow(self.tr("Preview:"), self.preview)
        self._finish_layout(form, "saveBadgeButton")
        self.value.textChanged.connect(lambda _t: self._update_preview())
        self.type.currentIndexChanged.connect(lambda _i: self._update_preview())
        self._update_preview()

    def _update_preview(self) -> None:
        text = self.value.text().strip() or self.tr("Value")
        self.preview.setPixmap(pill_pixmap(text, self.type.currentData() or "secondary", self.font(),
                                           self.devicePixelRatioF()))

    def submit(self) -> bool:
        """Check the form and send ``crm.activity.badge.add`` (True), or show the problems (False, nothing sent)."""
        self.problems.clear()
        code, title, value = self.code.text().strip(), self.title.text().strip(), self.value.text().strip()
        ok = True
        if not code:
            self.problems.show("code", self.tr("Enter a code, e.g. paymentOverdue."))
            ok = False
        elif code in self._taken:
            self.problems.show("code", self.tr("The portal already has a badge “%1”; choose another code.")
                               .replace("%1", code))
            ok = False
        if not title:
            self.problems.show("title", self.tr("Enter a title."))
            ok = False
        if not value:
            self.problems.show("value", self.tr("Enter the value shown in the badge."))
            ok = False
        if not ok:
            return False
        kind = self.type.currentData()
        self._send_now(self._add(code, lambda: self._features.add_badge(code, title, value, kind)),
                       self.tr("Sending to the portal…"))
        return True

    async def _listed_keys(self) -> set[str]:
        return {b.code for b in await self._features.badges()}

"""Translatable texts of the system-activity form (:mod:`desktop_app.ui.activity_form`): built-in field
labels (used where ``crm.activity.fields`` gives no title) and fallback names of the enum choices
(used where ``crm.enum.*`` gives none). Context ``ActivityForm``. The sentences for the
:class:`~desktop_app.services.activity_draft.ActivityDraft` rules are in the one rule table,
:data:`desktop_app.ui.messages.RULES`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Translation context (the form's class name, so ``self.tr`` and these share it).
CONTEXT = "ActivityForm"

#: Built-in labels, used where ``crm.activity.fields`` gives no title.
FALLBACK_LABELS = {
    "TYPE_ID": QT_TRANSLATE_NOOP(CONTEXT, "Type"), "SUBJECT": QT_TRANSLATE_NOOP(CONTEXT, "Subject"),
    "COMMUNICATIONS": QT_TRANSLATE_NOOP(CONTEXT, "Contact"), "DIRECTION": QT_TRANSLATE_NOOP(CONTEXT, "Direction"),
    "PRIORITY": QT_TRANSLATE_NOOP(CONTEXT, "Priority"), "START_TIME": QT_TRANSLATE_NOOP(CONTEXT, "Start"),
    "END_TIME": QT_TRANSLATE_NOOP(CONTEXT, "End"), "DESCRIPTION": QT_TRANSLATE_NOOP(CONTEXT, "Description"),
    "DESCRIPTION_TYPE": QT_TRANSLATE_NOOP(CONTEXT, "Description format"),
    "LOCATION": QT_TRANSLATE_NOOP(CONTEXT, "Location"), "RESPONSIBLE_ID": QT_TRANSLATE_NOOP(CONTEXT, "Responsible"),
    "COMPLETED": QT_TRANSLATE_NOOP(CONTEXT, "Completed"), "OWNER_ID": QT_TRANSLATE_NOOP(CONTEXT, "Entity"),
    "FILES": QT_TRANSLATE_NOOP(CONTEXT, "Files"),
}
#: Fallback names of the enum choices, per combo box.
ENUM_FALLBACK = {
    "type": {1: QT_TRANSLATE_NOOP(CONTEXT, "Meeting"), 2: QT_TRANSLATE_NOOP(CONTEXT, "Call"),
             4: QT_TRANSLATE_NOOP(CONTEXT, "E-mail")},
    "direction": {0: QT_TRANSLATE_NOOP(CONTEXT, "Not set"), 1: QT_TRANSLATE_NOOP(CONTEXT, "Incoming"),
                  2: QT_TRANSLATE_NOOP(CONTEXT, "Outgoing")},
    "priority": {1: QT_TRANSLATE_NOOP(CONTEXT, "Low"), 2: QT_TRANSLATE_NOOP(CONTEXT, "Medium"),
                 3: QT_TRANSLATE_NOOP(CONTEXT, "High")},
    "content": {1: QT_TRANSLATE_NOOP(CONTEXT, "Plain text"), 2: QT_TRANSLATE_NOOP(CONTEXT, "BB code"),
                3: QT_TRANSLATE_NOOP(CONTEXT, "HTML")},
}

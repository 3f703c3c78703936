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
    "TYPE_ID": QT_TRANSLATE_NOOP("ActivityForm", "Type"), "SUBJECT": QT_TRANSLATE_NOOP("ActivityForm", "Subject"),
    "COMMUNICATIONS": QT_TRANSLATE_NOOP("ActivityForm", "Contact"), "DIRECTION": QT_TRANSLATE_NOOP("ActivityForm", "Direction"),
    "PRIORITY": QT_TRANSLATE_NOOP("ActivityForm", "Priority"), "START_TIME": QT_TRANSLATE_NOOP("ActivityForm", "Start"),
    "END_TIME": QT_TRANSLATE_NOOP("ActivityForm", "End"), "DESCRIPTION": QT_TRANSLATE_NOOP("ActivityForm", "Description"),
    "DESCRIPTION_TYPE": QT_TRANSLATE_NOOP("ActivityForm", "Description format"),
    "LOCATION": QT_TRANSLATE_NOOP("ActivityForm", "Location"), "RESPONSIBLE_ID": QT_TRANSLATE_NOOP("ActivityForm", "Responsible"),
    "COMPLETED": QT_TRANSLATE_NOOP("ActivityForm", "Completed"), "OWNER_ID": QT_TRANSLATE_NOOP("ActivityForm", "Entity"),
    "FILES": QT_TRANSLATE_NOOP("ActivityForm", "Files"),
}
#: Fallback names of the enum choices, per combo box.
ENUM_FALLBACK = {
    "type": {1: QT_TRANSLATE_NOOP("ActivityForm", "Meeting"), 2: QT_TRANSLATE_NOOP("ActivityForm", "Call"),
             4: QT_TRANSLATE_NOOP("ActivityForm", "E-mail")},
    "direction": {0: QT_TRANSLATE_NOOP("ActivityForm", "Not set"), 1: QT_TRANSLATE_NOOP("ActivityForm", "Incoming"),
                  2: QT_TRANSLATE_NOOP("ActivityForm", "Outgoing")},
    "priority": {1: QT_TRANSLATE_NOOP("ActivityForm", "Low"), 2: QT_TRANSLATE_NOOP("ActivityForm", "Medium"),
                 3: QT_TRANSLATE_NOOP("ActivityForm", "High")},
    "content": {1: QT_TRANSLATE_NOOP("ActivityForm", "Plain text"), 2: QT_TRANSLATE_NOOP("ActivityForm", "BB code"),
                3: QT_TRANSLATE_NOOP("ActivityForm", "HTML")},
}

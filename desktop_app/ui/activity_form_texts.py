"""Translatable texts of the system-activity form (:mod:`desktop_app.ui.activity_form`): built-in field
labels (used where ``crm.activity.fields`` gives no title), the sentence for every
:class:`~desktop_app.services.todo.FieldProblem` rule of
:class:`~desktop_app.services.activity_draft.ActivityDraft`, and fallback names of the enum choices
(used where ``crm.enum.*`` gives none). Context ``ActivityForm``.
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
}
#: Sentences for :class:`FieldProblem` rules of :class:`ActivityDraft`.
RULE_TEXTS = {
    ("OWNER_ID", "required"): QT_TRANSLATE_NOOP(CONTEXT, "Select a lead, deal, contact or company first."),
    ("SUBJECT", "required"): QT_TRANSLATE_NOOP(CONTEXT, "Enter a subject; the portal refuses activities without one."),
    ("TYPE_ID", "type"): QT_TRANSLATE_NOOP(CONTEXT, "Choose a call, a meeting or an e-mail."),
    ("COMMUNICATIONS", "required"): QT_TRANSLATE_NOOP(
        CONTEXT, "Pick who it is with: a phone for a call, an e-mail address for an e-mail, a contact for a meeting."),
    ("COMMUNICATIONS", "type_mismatch"): QT_TRANSLATE_NOOP(
        CONTEXT, "Calls need a phone number and e-mails an e-mail address."),
    ("COMMUNICATIONS", "empty_value"): QT_TRANSLATE_NOOP(CONTEXT, "The chosen contact has no phone or address here."),
    ("COMMUNICATIONS", "only_one"): QT_TRANSLATE_NOOP(CONTEXT, "A call or meeting takes exactly one contact; pick one."),
    ("START_TIME", "format"): QT_TRANSLATE_NOOP(CONTEXT, "Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."),
    ("END_TIME", "format"): QT_TRANSLATE_NOOP(CONTEXT, "Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."),
    ("END_TIME", "before_start"): QT_TRANSLATE_NOOP(CONTEXT, "The end cannot be before the start."),
    ("START_TIME", "incoming_deadline"): QT_TRANSLATE_NOOP(
        CONTEXT, "An open incoming activity has no deadline: leave the times empty, or mark it completed."),
    ("END_TIME", "incoming_deadline"): QT_TRANSLATE_NOOP(
        CONTEXT, "An open incoming activity has no deadline: leave the times empty, or mark it completed."),
    ("DIRECTION", "enum"): QT_TRANSLATE_NOOP(CONTEXT, "Choose incoming or outgoing."),
    ("DIRECTION", "calls_emails_only"): QT_TRANSLATE_NOOP(CONTEXT, "Only calls and e-mails have a direction."),
    ("PRIORITY", "enum"): QT_TRANSLATE_NOOP(CONTEXT, "Choose low, medium or high."),
    ("DESCRIPTION_TYPE", "enum"): QT_TRANSLATE_NOOP(CONTEXT, "Choose plain text, BB code or HTML."),
    ("RESPONSIBLE_ID", "required"): QT_TRANSLATE_NOOP(CONTEXT, "Pick the responsible employee."),
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

"""Plain-language messages for every error the client can raise.

Each message says what happened and what to do, and shows the Bitrix24 error code (and HTTP
status) so support can look it up. Texts go through Qt's translation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.bitrix import errors as e


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


@dataclass(frozen=True)
class UserMessage:
    """``text`` for the banner; ``code`` is the Bitrix error code shown beside it ("" if none)."""

    text: str
    code: str = ""


FIELD_NAMES = {
    "deadline": QT_TRANSLATE_NOOP("Messages", "Deadline"),
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "description": QT_TRANSLATE_NOOP("Messages", "Description"),
    "responsibleId": QT_TRANSLATE_NOOP("Messages", "Responsible"),
    "colorId": QT_TRANSLATE_NOOP("Messages", "Colour"),
    "pingOffsets": QT_TRANSLATE_NOOP("Messages", "Reminders"),
    "ownerId": QT_TRANSLATE_NOOP("Messages", "Entity"),
    "ownerTypeId": QT_TRANSLATE_NOOP("Messages", "Entity type"),
}

RULES = {
    ("deadline", "required"): QT_TRANSLATE_NOOP("Messages", "A todo needs a deadline. Enter a date and time, e.g. 2026-11-25 15:00."),
    ("deadline", "format"): QT_TRANSLATE_NOOP("Messages", "Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."),
    ("title", "too_long"): QT_TRANSLATE_NOOP("Messages", "Keep the title under 255 characters."),
    ("colorId", "palette"): QT_TRANSLATE_NOOP("Messages", "Pick one of the eight colours."),
    ("pingOffsets", "negative"): QT_TRANSLATE_NOOP("Messages", "Reminders are minutes before the deadline, 0 or more."),
    ("responsibleId", "required"): QT_TRANSLATE_NOOP("Messages", "Pick the responsible employee."),
    ("ownerId", "required"): QT_TRANSLATE_NOOP("Messages", "Select a lead, deal, contact or company first."),
}


def field_label(field: str) -> str:
    """Translated name of a REST parameter as the form labels it."""
    return _tr(FIELD_NAMES.get(field, field))


def rule_text(field: str, rule: str) -> str:
    """Translated sentence for a :class:`~desktop_app.services.todo.FieldProblem`."""
    return _tr(RULES.get((field, rule), "This value is not accepted."))


def describe(exc: BaseException) -> UserMessage:
    """The banner message for an exception raised by the client or the services."""
    if isinstance(exc, e.InvalidWebhookUrl):
        return UserMessage(_tr("The webhook URL is not valid: %1.").replace("%1", exc.reason))
    if isinstance(exc, e.InvalidParameter):
        known = (exc.field, exc.rule) in RULES
        return UserMessage(f"{field_label(exc.field)}: {rule_text(exc.field, exc.rule) if known else exc.rule}")
    if isinstance(exc, e.RequestTimeout):
        return UserMessage(_tr("%1 did not answer in time. Your input is kept; try again.").replace("%1", exc.host))
    if isinstance(exc, e.PortalUnreachable):
        return UserMessage(
            _tr("Cannot reach %1. Check the portal address and your network connection; your input is kept.")
            .replace("%1", exc.host))
    if isinstance(exc, e.BadResponse):
        return UserMessage(
            _tr("%1 did not answer like a Bitrix24 portal (HTTP %2). Check that the address is your portal's.")
            .replace("%1", exc.host).replace("%2", str(exc.status)))
    if isinstance(exc, e.PortalMoved):
        return UserMessage(_tr("The portal %1 redirects its REST calls elsewhere; open it in a browser to check it.")
                           .replace("%1", exc.host))
    if isinstance(exc, e.BitrixError):
        code = exc.code or _tr("no code")
        label = f"{code}, HTTP {exc.status}"
        if isinstance(exc, e.AuthError):
            text = _tr("The portal refused the webhook. Check the URL, or create a new incoming webhook "
                       "with the crm and user scopes in Bitrix24.")
        elif isinstance(exc, e.RateLimited):
            text = _tr("The portal is busy and asks to slow down. Wait a few seconds and try again.")
        elif isinstance(exc, e.OperationTimeLimit):
            text = _tr("The portal's time budget for this method is used up for now; try again in a few minutes.")
        elif isinstance(exc, e.MethodNotFound):
            text = _tr("The portal does not know this method; it may be an older Bitrix24 version.")
        elif isinstance(exc, e.NotFound):
            text = _tr("The portal could not find this record; it may have been deleted.")
        elif isinstance(exc, e.AccessDenied):
            text = _tr("Your Bitrix24 user has no right to do this here.")
        elif isinstance(exc, e.InvalidArgument):
            text = _tr("The portal rejected a value.")
        elif isinstance(exc, e.ServerError):
            text = _tr("The portal had an internal error. Try again later.")
        else:
            text = _tr("The portal answered with an error.")
        # Legacy ERROR_CORE texts end in "<br>" (server-behaviour.md §1.0.4): show them as plain text.
        plain = re.sub(r"\s*<br\s*/?>\s*", " ", exc.description or "").strip()
        detail = f" {plain}" if plain else ""
        return UserMessage(f"{text}{detail}", label)
    return UserMessage(_tr("Something went wrong: %1").replace("%1", type(exc).__name__))

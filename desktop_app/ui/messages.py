"""Plain-language messages for every error the client can raise.

Each message says what happened and what to do, and shows the Bitrix24 error code (and HTTP
status) so support can look it up. Texts go through Qt's translation. Everything is plain text: hosts,
field names and descriptions come from the portal (or a network in between) and are shown as sent,
never as markup.

The client's reply errors (issue 10): a reply that does not have the documented shape names the
field in plain words ("the value “DEADLINE” in row 4 of the reply"); a reply over the size cap gives the cap in
MB; a call cut at the overall deadline gives the seconds; a redirect to a host the user has not
confirmed names both hosts. For the first three a change that was being sent may have reached the
portal: the outbox looks there before sending it again, and the texts say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.bitrix import errors as e

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


@dataclass(frozen=True)
class UserMessage:
    """``text`` for the banner; ``code`` is the Bitrix error code shown beside it ("" if none)."""

    text: str
    code: str = ""

    @property
    def line(self) -> str:
        """``text``, then ``[code]`` when there is one: the message in one label (the connect dialog)."""
        return f"{self.text} [{self.code}]" if self.code else self.text


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

#: The one table of sentences for a broken rule: ``(field, code)`` → translatable text, for the
#: services' :class:`~desktop_app.services.todo.FieldProblem` checks and the client's
#: :class:`~desktop_app.bitrix.errors.InvalidParameter` alike (one code vocabulary,
#: :data:`~desktop_app.bitrix.errors.PARAMETER_RULES`). camelCase fields are the todo's, UPPER_CASE
#: ones the system activity's. A pair not listed shows the error's English message.
RULES = {
    # todo (crm.activity.todo.*)
    ("deadline", "required"): QT_TRANSLATE_NOOP("Messages", "A to-do needs a deadline. Enter a date and time, e.g. 2026-11-25 15:00."),
    ("deadline", "format"): QT_TRANSLATE_NOOP("Messages", "Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."),
    ("title", "too_long"): QT_TRANSLATE_NOOP("Messages", "Keep the title under 255 characters."),
    ("colorId", "palette"): QT_TRANSLATE_NOOP("Messages", "Pick one of the eight colours."),
    ("pingOffsets", "negative"): QT_TRANSLATE_NOOP("Messages", "Reminders are minutes before the deadline, 0 or more."),
    ("pingOffsets", "format"): QT_TRANSLATE_NOOP(
        "Messages", "Type other reminders as whole minutes before the deadline, separated by commas, e.g. 90, 2880."),
    ("pingOffsets", "unknown"): QT_TRANSLATE_NOOP(
        "Messages", "A new title is saved together with the reminders, and the ones set on the portal are not "
        "visible here. Choose “Replace them with these” and tick the reminders this to-do should have."),
    ("responsibleId", "required"): QT_TRANSLATE_NOOP("Messages", "Pick the responsible employee."),
    ("ownerId", "required"): QT_TRANSLATE_NOOP("Messages", "Select a lead, deal, contact or company first."),
    # system activity (crm.activity.add / update)
    ("OWNER_ID", "required"): QT_TRANSLATE_NOOP("Messages", "Select a lead, deal, contact or company first."),
    ("SUBJECT", "required"): QT_TRANSLATE_NOOP("Messages", "Enter a subject; the portal refuses activities without one."),
    ("TYPE_ID", "type"): QT_TRANSLATE_NOOP("Messages", "Choose a call, a meeting or an e-mail."),
    ("COMMUNICATIONS", "required"): QT_TRANSLATE_NOOP(
        "Messages", "Pick who it is with: a phone for a call, an e-mail address for an e-mail, a contact for a meeting."),
    ("COMMUNICATIONS", "type_mismatch"): QT_TRANSLATE_NOOP(
        "Messages", "Calls need a phone number and e-mails an e-mail address."),
    ("COMMUNICATIONS", "empty_value"): QT_TRANSLATE_NOOP("Messages", "The chosen contact has no phone or address here."),
    ("COMMUNICATIONS", "only_one"): QT_TRANSLATE_NOOP("Messages", "A call or meeting takes exactly one contact; pick one."),
    ("START_TIME", "format"): QT_TRANSLATE_NOOP("Messages", "Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."),
    ("END_TIME", "format"): QT_TRANSLATE_NOOP("Messages", "Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00."),
    ("END_TIME", "before_start"): QT_TRANSLATE_NOOP("Messages", "The end cannot be before the start."),
    ("START_TIME", "incoming_deadline"): QT_TRANSLATE_NOOP(
        "Messages", "An open incoming activity has no deadline: leave the times empty, or mark it completed."),
    ("END_TIME", "incoming_deadline"): QT_TRANSLATE_NOOP(
        "Messages", "An open incoming activity has no deadline: leave the times empty, or mark it completed."),
    ("DIRECTION", "enum"): QT_TRANSLATE_NOOP("Messages", "Choose incoming or outgoing."),
    ("DIRECTION", "calls_emails_only"): QT_TRANSLATE_NOOP("Messages", "Only calls and e-mails have a direction."),
    ("PRIORITY", "enum"): QT_TRANSLATE_NOOP("Messages", "Choose low, medium or high."),
    ("DESCRIPTION_TYPE", "enum"): QT_TRANSLATE_NOOP("Messages", "Choose plain text, BB code or HTML."),
    ("RESPONSIBLE_ID", "required"): QT_TRANSLATE_NOOP("Messages", "Pick the responsible employee."),
}
_NOT_ACCEPTED = QT_TRANSLATE_NOOP("Messages", "This value is not accepted.")


def field_label(field: str) -> str:
    """Translated name of a REST parameter as the form labels it."""
    return _tr(FIELD_NAMES.get(field, field))


def rule_text(field: str, code: str, message: str = "") -> str:
    """The sentence for a broken rule (a :class:`~desktop_app.services.todo.FieldProblem` or an
    :class:`~desktop_app.bitrix.errors.InvalidParameter`): the translated :data:`RULES` entry for
    ``(field, code)``; for a pair not listed, ``message`` (the error's English text) or
    "This value is not accepted."."""
    text = RULES.get((field, code))
    if text is not None:
        return _tr(text)
    return message or _tr(_NOT_ACCEPTED)


#: The envelope's own keys, said in words; any other key in a field path is the portal's field name.
_ENVELOPE_WORDS = {
    "total": QT_TRANSLATE_NOOP("Messages", "the row count"),
    "next": QT_TRANSLATE_NOOP("Messages", "the next-page offset"),
    "time": QT_TRANSLATE_NOOP("Messages", "the timing information"),
}
_PATH_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,39}")


def field_words(field: str | None) -> str:
    """A reply's field path in plain words: ``result[3].DEADLINE`` → "the value “DEADLINE” in row 4
    of the reply", ``total`` → "the row count", ``result`` → "the reply's result". Batch sections
    and command names (``result.result.p0``) are left out: they mean nothing to a user."""
    if not field:
        return translate("Messages", "the reply")
    if field in _ENVELOPE_WORDS:
        return _tr(_ENVELOPE_WORDS[field])
    name = ""
    rows: list[int] = []
    for index, key in _PATH_PART.findall(field):
        if index:
            rows.append(int(index) + 1)
        elif key not in ("result", "result_total", "result_next", "result_time", "result_error"):
            name = key
    if not _FIELD_NAME.fullmatch(name):  # a key the portal made up: not worth showing
        name = ""
    if not rows and not name:
        return translate("Messages", "the reply's result")
    if name and rows:
        return translate("Messages", "the value “%1” in row %2 of the reply").replace("%1", name).replace("%2", str(rows[0]))
    if name:
        return translate("Messages", "the value “%1” of the reply").replace("%1", name)
    return translate("Messages", "row %1 of the reply").replace("%1", str(rows[0]))


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _seconds(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"


_CHECKED_FIRST = QT_TRANSLATE_NOOP(
    "Messages", "Your input is kept; a change that may have reached the portal is checked there before it is sent again.")


def describe(exc: BaseException) -> UserMessage:
    """The banner message for an exception raised by the client or the services."""
    if isinstance(exc, e.InvalidWebhookUrl):
        return UserMessage(translate("Messages", "The webhook URL is not valid: %1.").replace("%1", exc.reason))
    if isinstance(exc, e.InvalidParameter):
        return UserMessage(f"{field_label(exc.field)}: {rule_text(exc.field, exc.code, exc.message)}")
    if isinstance(exc, e.DeadlineExceeded):
        return UserMessage(
            (translate("Messages", "%1 did not finish its answer within %2 seconds, so the request was stopped.")
             + " " + _tr(_CHECKED_FIRST))
            .replace("%1", exc.host).replace("%2", _seconds(exc.deadline)))
    if isinstance(exc, e.DownloadStalled):
        return UserMessage(translate("Messages", "The download from %1 stopped: nothing arrived for %2 seconds. No partial file was kept; "
                               "try again.").replace("%1", exc.host).replace("%2", _seconds(exc.stall_seconds)))
    if isinstance(exc, e.FileUrlRefused):
        host = exc.host or translate("Messages", "an unknown address")
        return UserMessage(translate("Messages", "The file is not on your portal (%1), so it was not opened and no credential was sent.")
                           .replace("%1", host))
    if isinstance(exc, e.DownloadNotSaved):
        return UserMessage(translate("Messages", "The file could not be saved as %1: %2. Choose another place.")
                           .replace("%1", exc.path).replace("%2", exc.reason))
    if isinstance(exc, e.RequestTimeout):
        return UserMessage(translate("Messages", "%1 did not answer in time. Your input is kept; try again.").replace("%1", exc.host))
    if isinstance(exc, e.PortalUnreachable):
        return UserMessage(
            translate("Messages", "Cannot reach %1. Check the portal address and your network connection; your input is kept.")
            .replace("%1", exc.host))
    if isinstance(exc, e.ReplyTooLarge):
        return UserMessage(
            (translate("Messages", "%1 sent a reply larger than %2 MB, more than Activity Desk accepts, so it was not read.")
             + " " + _tr(_CHECKED_FIRST)).replace("%1", exc.host).replace("%2", _megabytes(exc.limit)))
    if isinstance(exc, e.BadResponse) and exc.field:
        return UserMessage(
            (translate("Messages", "%1 sent a reply Activity Desk cannot use: %2 is not what a Bitrix24 portal sends (%3).")
             + " " + _tr(_CHECKED_FIRST))
            .replace("%1", exc.host).replace("%3", exc.method).replace("%2", field_words(exc.field)))
    if isinstance(exc, e.BadResponse):
        return UserMessage(
            translate("Messages", "%1 did not answer like a Bitrix24 portal (HTTP %2). Check that the address is your portal's.")
            .replace("%1", exc.host).replace("%2", str(exc.status)))
    if isinstance(exc, e.PortalMoveUnconfirmed):
        return UserMessage(
            translate("Messages", "The portal %1 redirects its requests to %2. Nothing has been sent to %2. Confirm the move only if "
                "%2 is your portal's new address; until then your changes wait.")
            .replace("%1", exc.old_host).replace("%2", exc.new_host))
    if isinstance(exc, e.PortalMoved):
        return UserMessage(translate("Messages", "The portal %1 redirects its REST calls elsewhere; open it in a browser to check it.")
                           .replace("%1", exc.host))
    if isinstance(exc, e.BitrixError):
        code = exc.code or translate("Messages", "no code")
        label = f"{code}, HTTP {exc.status}"
        if isinstance(exc, e.AuthError):
            text = translate("Messages", "The portal refused the webhook. Check the URL, or create a new incoming webhook "
                       "with the crm and user scopes in Bitrix24.")
        elif isinstance(exc, e.RateLimited):
            text = translate("Messages", "The portal is busy and asks to slow down. Wait a few seconds and try again.")
        elif isinstance(exc, e.OperationTimeLimit):
            text = translate("Messages", "The portal's time budget for this method is used up for now; try again in a few minutes.")
        elif isinstance(exc, e.MethodNotFound):
            text = translate("Messages", "The portal does not know this method; it may be an older Bitrix24 version.")
        elif isinstance(exc, e.NotFound):
            text = translate("Messages", "The portal could not find this record; it may have been deleted.")
        elif isinstance(exc, e.AccessDenied):
            text = translate("Messages", "Your Bitrix24 user has no right to do this here.")
        elif isinstance(exc, e.InvalidArgument):
            text = translate("Messages", "The portal rejected a value.")
        elif isinstance(exc, e.ServerError):
            text = translate("Messages", "The portal had an internal error. Try again later.")
        else:
            text = translate("Messages", "The portal answered with an error.")
        # Legacy ERROR_CORE texts end in "<br>" (server-behaviour.md §1.0.4): show them as plain text.
        plain = re.sub(r"\s*<br\s*/?>\s*", " ", exc.description or "").strip()
        detail = f" {plain}" if plain else ""
        return UserMessage(f"{text}{detail}", label)
    return UserMessage(translate("Messages", "Something went wrong: %1").replace("%1", type(exc).__name__))

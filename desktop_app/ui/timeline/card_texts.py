"""Plain texts of a timeline card from its activity: the description as one line or whole (BB code and
HTML stripped), the client from ``COMMUNICATIONS`` and the attachments' ids (see ``cards``).
Portal text, always shown as plain text."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from desktop_app.bitrix.models import Activity

__all__ = ["DESCRIPTION_CHARS", "PREVIEW_CHARS", "SPACE_RE", "client_of", "description_preview", "description_text",
           "files_of", "has_breaks"]

#: The one-line preview's length (characters; the delegate elides further).
PREVIEW_CHARS = 300
#: The longest description shown by "Show more" (characters; the rest is in the details).
DESCRIPTION_CHARS = 4000

_TAG_RE = re.compile(r"<[^>]*>")
_BB_RE = re.compile(r"\[/?[a-zA-Z*][^\]]*\]")
SPACE_RE = re.compile(r"\s+")


_BREAK_RE = re.compile(r"<\s*(br|/p|/div|/li)\b[^>]*>|\[br\]", re.IGNORECASE)
_LINESPACE_RE = re.compile(r"[ \t\f\v\r]+")
_BLANK_LINES_RE = re.compile(r"\n\s*\n\s*\n+")


def _plain_description(activity: Activity) -> str:
    text = activity.description or ""
    if not text:
        return ""
    if activity.description_type == 3 or ("<" in text and _TAG_RE.search(text)):  # HTML
        text = html.unescape(_TAG_RE.sub(" ", _BREAK_RE.sub("\n", text)))
    if activity.description_type == 2 or _BB_RE.search(text):  # BB code
        text = _BB_RE.sub("", _BREAK_RE.sub("\n", text))
    return text


def has_breaks(text: str) -> bool:
    return "\n" in text or ("<" in text and _BREAK_RE.search(text) is not None) or "[br]" in text.lower()


def description_preview(activity: Activity) -> str:
    """The description as one plain-text line (at most 300 characters; the delegate elides further)."""
    return SPACE_RE.sub(" ", _plain_description(activity)).strip()[:PREVIEW_CHARS]


def description_text(activity: Activity) -> str:
    """The description as plain text with its line breaks (BB code / HTML stripped, at most 4,000
    characters): what "Show more" shows."""
    lines = _LINESPACE_RE.sub(" ", _plain_description(activity)).split("\n")
    text = "\n".join(line.strip() for line in lines).strip()
    return _BLANK_LINES_RE.sub("\n\n", text)[:DESCRIPTION_CHARS]


def _person_name(settings: Any) -> str:
    if not isinstance(settings, Mapping):
        return ""
    parts = [str(settings.get(key) or "").strip() for key in ("NAME", "SECOND_NAME", "LAST_NAME")]
    person = " ".join(p for p in parts if p)
    return person or str(settings.get("COMPANY_TITLE") or settings.get("LEAD_TITLE") or "").strip()


def client_of(activity: Activity) -> tuple[str, str]:
    """The client of ``activity`` from its ``COMMUNICATIONS`` (selected on the timeline; api-spec.md
    §3.6): (the first item's person or company name, the first phone), ``""`` for what is unknown.
    Portal text, shown as plain text."""
    items = activity.raw.get("COMMUNICATIONS") if isinstance(activity.raw, Mapping) else None
    if not isinstance(items, list) or not items:
        return "", ""
    name = phone = ""
    for item in items:
        if not isinstance(item, Mapping):
            continue
        if not name:
            name = _person_name(item.get("ENTITY_SETTINGS"))
        if not phone and str(item.get("TYPE") or "").upper() == "PHONE":
            phone = str(item.get("VALUE") or "").strip()
    return SPACE_RE.sub(" ", name)[:120], SPACE_RE.sub(" ", phone)[:60]


def files_of(activity: Activity) -> tuple[int, ...] | None:
    """The ids of ``activity``'s attachments (``Activity.files``, selected on the timeline), ``None``
    when the client model or the reply has none."""
    files = getattr(activity, "files", None)
    if files is None:
        return None
    out = []
    for item in files:
        file_id = getattr(item, "id", None)
        if isinstance(file_id, int):
            out.append(file_id)
    return tuple(out)

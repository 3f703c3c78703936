"""``crm.activity.badge.*``: the portal's kanban badges (``client.badges``).

Source: api-spec.md §4.13, server-behaviour.md §1.10. Badges are global per portal, identified by a
unique ``code``; a configurable activity names one in ``fields.badgeCode`` and the CRM item's kanban card
shows it while the activity is open. ``add`` / ``delete`` need a CRM administrator (``ACCESS_DENIED`` →
:class:`~desktop_app.bitrix.errors.AccessDenied`); ``get`` / ``list`` any user. All four work **with a
webhook** too (no application context needed).

Wire: ``crm.activity.badge.add`` ``{"code", "title", "value", "type"}`` (top level; ``title`` / ``value``
a non-empty string or a ``{language: text}`` map of the portal's languages) → ``{"badge": {…}}``;
``.get`` ``{"code"}`` → ``{"badge": {…}}`` (``NOT_FOUND`` / ``Badge not found for code `x``` →
:class:`~desktop_app.bitrix.errors.NotFound`); ``.list`` → ``{"badges": [{…}, …]}`` paged by 50 with
``start`` / ``next``; ``.delete`` ``{"code"}`` → ``true`` (``ENTITY_WITH_BADGE_EXISTS`` while an open
configurable activity carries it → :class:`~desktop_app.bitrix.errors.BitrixError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .errors import InvalidParameter
from .prepared import PreparedCall

if TYPE_CHECKING:
    from .client import BitrixClient

__all__ = ["Badge", "BadgeMethods", "BadgeType", "check_badge_text", "pick_text"]


class BadgeType(StrEnum):
    """``type`` of a badge and its colour on the kanban card (api-spec.md §4.13)."""

    SUCCESS = "success"      # green
    FAILURE = "failure"      # red
    WARNING = "warning"      # yellow
    PRIMARY = "primary"      # blue
    SECONDARY = "secondary"  # grey


def _translations(value: Any) -> Any:
    """PHP sends a map with keys 0…n−1 as a list; a badge text map never has such keys, so a list is refused."""
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    return value


Text = Annotated[str | dict[str, str], BeforeValidator(_translations)]


def pick_text(value: str | Mapping[str, str], lang: str) -> str:
    """A badge text for ``lang``: a plain string as it is; from a ``{language: text}`` map the entry for
    ``lang``, else ``en``, else the first entry (api-spec.md §4.13: "user language → en → first");
    ``""`` for an empty map."""
    if isinstance(value, str):
        return value
    if lang in value:
        return value[lang]
    if "en" in value:
        return value["en"]
    return next(iter(value.values()), "")


class Badge(BaseModel):
    """One badge (``{"code", "title", "value", "type"}``).

    Attributes:
        code: the unique code (``missedCall``) a configurable activity names in ``badgeCode``.
        title: the caption, text or ``{language: text}``.
        value: the text inside the pill (the portal shows it upper-case), text or ``{language: text}``.
        type: ``success``, ``failure``, ``warning``, ``primary`` or ``secondary``; another value a newer
            portal may send is kept as text (shown like ``secondary``).
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    code: Annotated[str, Field(min_length=1)]
    title: Text
    value: Text
    type: str = BadgeType.SECONDARY.value

    def title_text(self, lang: str) -> str:
        """The caption in ``lang`` (fallback ``en``, then the first translation)."""
        return pick_text(self.title, lang)

    def value_text(self, lang: str) -> str:
        """The pill's text in ``lang`` (fallback ``en``, then the first translation)."""
        return pick_text(self.value, lang)

    @property
    def badge_type(self) -> BadgeType:
        """:attr:`type` as a :class:`BadgeType` (unknown values → ``SECONDARY``)."""
        try:
            return BadgeType(self.type)
        except ValueError:
            return BadgeType.SECONDARY


class _BadgeReply(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    badge: Badge


class _BadgeList(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    badges: list[Badge]


#: The field names a reply's error location keeps (drops pydantic's union branch names).
_KEYS = frozenset({"badge", "badges", "code", "title", "value", "type"})


def check_badge_text(name: str, value: str | Mapping[str, str]) -> str | dict[str, str]:
    """``title`` / ``value`` as sent: non-blank text, or a non-empty ``{language: non-blank text}`` map.

    Raises:
        InvalidParameter: ``title`` / ``value`` ``required`` or ``not_text``.
    """
    if isinstance(value, str):
        if not value.strip():
            raise InvalidParameter(name, "required")
        return value
    if not isinstance(value, Mapping) or not value:
        raise InvalidParameter(name, "required")
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not lang or not isinstance(text, str):
            raise InvalidParameter(name, "not_text", "every translation needs a language code and a text")
        if not text.strip():
            raise InvalidParameter(name, "required", f"the {lang} translation is empty")
        out[lang] = text
    return out


def _code(code: str) -> str:
    if not isinstance(code, str):
        raise InvalidParameter("code", "not_text")
    if not code.strip():
        raise InvalidParameter("code", "required")
    return code


class BadgeMethods:
    """``client.badges``: ``crm.activity.badge.add`` / ``.get`` / ``.list`` / ``.delete`` (module docstring)."""

    #: Most pages :meth:`list` follows (50 badges each) before it stops.
    MAX_PAGES = 100

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    def prepare_add(self, code: str, title: str | Mapping[str, str], value: str | Mapping[str, str],
                    type: BadgeType | str) -> PreparedCall:
        """The ``crm.activity.badge.add`` call of :meth:`add`, checked, not sent.

        Raises:
            InvalidParameter: ``code`` / ``title`` / ``value`` ``required`` / ``not_text``, ``type`` ``badge_type``.
        """
        kind = type.value if isinstance(type, BadgeType) else type
        if kind not in {t.value for t in BadgeType}:
            raise InvalidParameter("type", "badge_type")
        return PreparedCall("crm.activity.badge.add", {
            "code": _code(code), "title": check_badge_text("title", title),
            "value": check_badge_text("value", value), "type": kind})

    async def add(self, code: str, title: str | Mapping[str, str], value: str | Mapping[str, str],
                  type: BadgeType | str) -> Badge:
        """``crm.activity.badge.add``: register a badge (a CRM administrator only).

        Returns:
            The badge as the portal stored it.

        Raises:
            InvalidParameter: see :meth:`prepare_add` (nothing sent).
            AccessDenied: ``ACCESS_DENIED`` (not an administrator).
            InvalidArgument: ``REQUIRED_ARG_MISSING``.
            BitrixError: a duplicate code (``Code must be unique``; the code is undocumented),
                ``WRONG_TYPE_VALUE``, a language the portal does not have.
        """
        prepared = self.prepare_add(code, title, value, type)
        reply = await self._client.send(prepared)
        return self.read_badge(reply.result, method=prepared.method, status=reply.status)

    def prepare_get(self, code: str) -> PreparedCall:
        """The ``crm.activity.badge.get`` call, checked, not sent."""
        return PreparedCall("crm.activity.badge.get", {"code": _code(code)})

    async def get(self, code: str) -> Badge:
        """``crm.activity.badge.get``: one badge by its code.

        Raises:
            InvalidParameter: a blank ``code`` (nothing sent).
            NotFound: ``NOT_FOUND`` / ``Badge not found for code `x```.
        """
        prepared = self.prepare_get(code)
        reply = await self._client.send(prepared)
        return self.read_badge(reply.result, method=prepared.method, status=reply.status)

    def read_badge(self, result: Any, *, method: str = "crm.activity.badge.get", status: int = 200) -> Badge:
        """The badge in a ``{"badge": {…}}`` result (a batch command's); raises ``BadResponse``."""
        return self._client.checker.check(_BadgeReply, result, method=method, status=status, keys=_KEYS).badge

    def read_list(self, result: Any, *, method: str = "crm.activity.badge.list", status: int = 200) -> list[Badge]:
        """The badges in a ``{"badges": [...]}`` result (a batch command's); raises ``BadResponse``."""
        return self._client.checker.check(_BadgeList, result, method=method, status=status, keys=_KEYS).badges

    async def list(self) -> list[Badge]:
        """``crm.activity.badge.list``: every badge of the portal in the order added (all pages, 50 a
        request; a ``next`` that does not advance ends the walk).

        Raises:
            BadResponse: a reply without ``badges`` or a badge without ``code`` (``field`` names it).
        """
        method = "crm.activity.badge.list"
        out: list[Badge] = []
        start = 0
        for _ in range(self.MAX_PAGES):
            reply = await self._client.call(method, {"start": start} if start else None)
            out.extend(self.read_list(reply.result, method=method, status=reply.status))
            if reply.next is None or reply.next <= start:
                break
            start = reply.next
        return out

    def prepare_delete(self, code: str) -> PreparedCall:
        """The ``crm.activity.badge.delete`` call, checked, not sent."""
        return PreparedCall("crm.activity.badge.delete", {"code": _code(code)})

    async def delete(self, code: str) -> None:
        """``crm.activity.badge.delete`` (a CRM administrator only).

        Raises:
            AccessDenied: not an administrator.
            NotFound: no badge with that code.
            BitrixError: ``ENTITY_WITH_BADGE_EXISTS`` (an open configurable activity carries it).
        """
        prepared = self.prepare_delete(code)
        await self._client.send_expecting_true(prepared)

"""Shapes of the reply rows that services read themselves, checked at the client boundary.

Most replies are typed by the client (:mod:`desktop_app.bitrix.replies`, ``Activity``, ``CrmItem``);
the rows below are read by services straight from ``client.call`` / ``client.batch`` / ``client.walk``
results. Each is checked with :attr:`BitrixClient.checker <desktop_app.bitrix.BitrixClient.checker>`
(``check`` / ``build_list``), so a reply that lies (a ``null`` where a row is meant, an id made of
letters, a list for a name, a datetime without its offset) becomes one
:class:`~desktop_app.bitrix.errors.BadResponse` naming the method and the JSON path of the value
(``result[3].ID``, ``result.result.o12``), never a ``KeyError`` / ``ValueError`` / ``TypeError``.

Shapes (legacy methods send numbers as digits, ``Y``/``N`` flags, ISO 8601 with the UTC offset;
api-spec.md §1.4, §3.1, §4.6, §4.15; Bitrix24 REST docs "Multiple fields"):

- :class:`EnumRow`: ``{ID: whole ≥ 0, NAME: text, SYMBOL_CODE: text | null}`` (``crm.enum.*``).
- :class:`PartyRow`: ``{ID: id, NAME?, LAST_NAME?, TITLE?: text, PHONE?, EMAIL?: [{VALUE, VALUE_TYPE}]}``
  (``crm.contact.list`` / ``crm.company.list`` / ``crm.lead.list``).
- :class:`DealLinks`: ``{id: id, companyId?: whole ≥ 0, contactIds?: [id]}`` (a deal from ``crm.item.list``).
- :class:`ActivityRow`: the My-activities fields of a ``crm.activity.list`` row (whole numbers, text,
  datetimes with an offset, ``Y``/``N``); every field may be missing, ``null`` or ``""``.
- :class:`IdRow`: ``{ID: id}`` (a ``select: [ID]`` row); :class:`ReadBackRow`: ``{ID, LAST_UPDATED, EDITOR_ID}``.
- :func:`check_activities`: what ``Activity`` (built by the client, or here from raw rows) lets pass
  but a reply must not have: an ``ID`` that is not positive (``null`` and ``""`` read as 0; the model
  also carries the app's negative placeholder ids) and a datetime without its UTC offset (it could not
  be compared with "now"); :func:`check_items` the same for ``crm.item.list`` items.

No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, Strict, StrictBool, TypeAdapter

from desktop_app.bitrix.models import Activity, CrmItem
from desktop_app.bitrix.replies import MAX_INT, Checker, Count, PositiveId


def _blank(value: Any) -> Any:
    """PHP's "not set": ``null``, ``""`` (and ``false`` / ``[]`` for an empty value) read as ``None``."""
    return None if value is None or value == "" or value is False or value == [] else value


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)  # a name made of digits may come as a number
    return value


def _list_or_empty(value: Any) -> Any:
    return [] if value is None or value == "" or value == {} else value


Text = Annotated[str, BeforeValidator(_text)]
OptionalCount = Annotated[Count | None, BeforeValidator(_blank)]
OptionalWhen = Annotated[AwareDatetime | None, BeforeValidator(_blank)]


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class EnumRow(_Row):
    """One row of a ``crm.enum.*`` reply (api-spec.md §4.15)."""

    id: Count = Field(alias="ID")
    name: Text = Field("", alias="NAME")
    symbol_code: Annotated[Text | None, BeforeValidator(_blank)] = Field(None, alias="SYMBOL_CODE")


class Multifield(_Row):
    """One phone or e-mail of a ``PHONE`` / ``EMAIL`` multifield."""

    value: Text = Field("", alias="VALUE")
    value_type: Text = Field("", alias="VALUE_TYPE")


class PartyRow(_Row):
    """A lead, contact or company row of a legacy list method with ``PHONE`` / ``EMAIL`` selected."""

    id: PositiveId = Field(alias="ID")
    name: Text = Field("", alias="NAME")
    last_name: Text = Field("", alias="LAST_NAME")
    title: Text = Field("", alias="TITLE")
    phone: Annotated[list[Multifield], BeforeValidator(_list_or_empty)] = Field(default_factory=list, alias="PHONE")
    email: Annotated[list[Multifield], BeforeValidator(_list_or_empty)] = Field(default_factory=list, alias="EMAIL")


class DealLinks(_Row):
    """A deal's links from ``crm.item.list`` (``select: [id, companyId, contactIds]``)."""

    id: PositiveId
    company_id: OptionalCount = Field(None, alias="companyId")
    contact_ids: Annotated[list[PositiveId], BeforeValidator(_list_or_empty)] = Field(
        default_factory=list, alias="contactIds")


#: ISO 8601 with the UTC offset, as legacy methods send datetimes (``2026-11-23T15:00:00+03:00``).
ISO_WITH_OFFSET = (r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?"
                   r"([+-]([01]\d|2[0-3]):[0-5]\d|Z)$")

# The My-activities row types are checked in Rust only (no Python validator): a 100,000-row load
# checks 2,500 rows per request, so the check must cost a few milliseconds per page.
_Whole = Annotated[int, Strict(), Field(ge=0, le=MAX_INT)] | Annotated[str, Field(pattern=r"^\s*\d{1,18}\s*$")]
_RowWhole = _Whole | Literal[""] | None
_RowText = str | None
_RowWhen = Annotated[str, Field(pattern=ISO_WITH_OFFSET)] | Literal[""] | None
_RowFlag = Literal["Y", "N", "y", "n", ""] | StrictBool | None


class ActivityRow(_Row):
    """What My activities reads of a ``crm.activity.list`` row (``ROW_SELECT``), checked and not kept:
    whole numbers (digits or numbers, 0 … 2⁶³−1), text, datetimes with an offset, ``Y``/``N``; each may
    be missing, ``null`` or ``""``."""

    id: _Whole = Field(alias="ID")
    owner_type_id: _RowWhole = Field(None, alias="OWNER_TYPE_ID")
    owner_id: _RowWhole = Field(None, alias="OWNER_ID")
    type_id: _RowWhole = Field(None, alias="TYPE_ID")
    provider_id: _RowText = Field(None, alias="PROVIDER_ID")
    subject: _RowText = Field(None, alias="SUBJECT")
    deadline: _RowWhen = Field(None, alias="DEADLINE")
    direction: _RowWhole = Field(None, alias="DIRECTION")
    is_incoming_channel: _RowFlag = Field(None, alias="IS_INCOMING_CHANNEL")
    start_time: _RowWhen = Field(None, alias="START_TIME")
    end_time: _RowWhen = Field(None, alias="END_TIME")
    last_updated: _RowWhen = Field(None, alias="LAST_UPDATED")


class IdRow(_Row):
    """A ``select: [ID]`` row."""

    id: PositiveId = Field(alias="ID")


class ReadBackRow(_Row):
    """A bulk read-back row (``ID``, ``LAST_UPDATED``, ``EDITOR_ID``)."""

    id: PositiveId = Field(alias="ID")
    last_updated: OptionalWhen = Field(None, alias="LAST_UPDATED")
    editor_id: OptionalCount = Field(None, alias="EDITOR_ID")


EnumRows = TypeAdapter(list[EnumRow])
PartyRows = TypeAdapter(list[PartyRow])
ActivityRows = TypeAdapter(list[ActivityRow])
IdRows = TypeAdapter(list[IdRow])
ReadBackRows = TypeAdapter(list[ReadBackRow])

_MODELS: tuple[type[BaseModel], ...] = (EnumRow, Multifield, PartyRow, DealLinks, ActivityRow, IdRow, ReadBackRow)
#: The keys a field path may name (pydantic adds union members and validator names to its locations).
_KEYS = frozenset(f.alias or name for model in _MODELS for name, f in model.model_fields.items())

T = TypeVar("T")

_ACTIVITY_TIMES = (("created", "CREATED"), ("last_updated", "LAST_UPDATED"), ("start_time", "START_TIME"),
                   ("end_time", "END_TIME"), ("deadline_raw", "DEADLINE"))


def activity_problem(activity: Activity) -> tuple[str, str] | None:
    """``(field, problem)`` when ``activity`` as a portal sent it cannot be used, else ``None``."""
    if activity.id <= 0:
        return "ID", "a positive activity id is required"
    for attr, key in _ACTIVITY_TIMES:
        value = getattr(activity, attr)
        if value is not None and value.utcoffset() is None:
            return key, "a datetime with its UTC offset is required"
    return None


def check_activities(checker: Checker, activities: Iterable[Activity], *, method: str, status: int = 200,
                     path: str = "result") -> list[Activity]:
    """``activities`` (the list at ``path`` of ``method``'s reply, in order) when each has a positive
    id and offset-aware datetimes; else :class:`~desktop_app.bitrix.errors.BadResponse` naming the row
    and field (``result[3].DEADLINE``)."""
    checked = list(activities)
    for index, activity in enumerate(checked):
        problem = activity_problem(activity)
        if problem is not None:
            raise checker.bad(method, status, f"{path}[{index}].{problem[0]}", problem[1], activity.raw.get(problem[0]))
    return checked


def check_items(checker: Checker, items: Iterable[CrmItem], *, method: str = "crm.item.list", status: int = 200,
                path: str = "result.items") -> list[CrmItem]:
    """``crm.item.list`` items (the list at ``path``, in order) when each has a positive ``id`` and
    offset-aware ``createdTime`` / ``updatedTime``; else :class:`~desktop_app.bitrix.errors.BadResponse`
    naming the item and field (``result.items[2].id``). The client's ``CrmItem`` reads a ``null`` id as 0."""
    checked = list(items)
    for index, item in enumerate(checked):
        problem: tuple[str, str] | None = None
        if item.id <= 0:
            problem = "id", "a positive item id is required"
        for attr, key in (("created_time", "createdTime"), ("updated_time", "updatedTime")):
            value = getattr(item, attr)
            if problem is None and value is not None and value.utcoffset() is None:
                problem = key, "a datetime with its UTC offset is required"
        if problem is not None:
            raise checker.bad(method, status, f"{path}[{index}].{problem[0]}", problem[1], item.raw.get(problem[0]))
    return checked


def check_activity(checker: Checker, activity: Activity, *, method: str, status: int = 200, path: str = "result",
                   expected_id: int | None = None) -> Activity:
    """One activity (``crm.activity.get``'s ``result``) checked as by :func:`check_activities`; with
    ``expected_id``, an answer about another activity is a ``BadResponse`` too (``result.ID``)."""
    problem = activity_problem(activity)
    if problem is None and expected_id is not None and activity.id != expected_id:
        problem = "ID", f"the reply is about activity {activity.id}, not {expected_id}"
    if problem is not None:
        raise checker.bad(method, status, f"{path}.{problem[0]}", problem[1], activity.raw.get(problem[0]))
    return activity


def check(checker: Checker, schema: type[T] | TypeAdapter[T], value: Any, *, method: str, status: int = 200,
          path: str = "result", offset: int = 0) -> T:
    """``value`` (found at ``path`` of ``method``'s reply) validated by ``schema``; a mismatch raises the
    client's :class:`~desktop_app.bitrix.errors.BadResponse` with ``field`` the JSON path of the
    offending value (``result[3].DEADLINE``), as :meth:`Checker.check <desktop_app.bitrix.replies.Checker.check>`
    but without pydantic's union and validator names in the path. ``offset``: ``value`` is a slice of
    the list at ``path`` starting at that index (the path names the index in the whole list)."""
    return checker.check(schema, value, method=method, status=status, path=path, keys=_KEYS, offset=offset,
                         problem_chars=120)


__all__ = [
    "ActivityRow",
    "ActivityRows",
    "DealLinks",
    "EnumRow",
    "EnumRows",
    "IdRow",
    "IdRows",
    "Multifield",
    "PartyRow",
    "PartyRows",
    "ReadBackRow",
    "ReadBackRows",
    "activity_problem",
    "check",
    "check_activities",
    "check_activity",
    "check_items",
]

"""Typed checks of what a portal answers, at the client boundary (pydantic).

Every reply is validated against the shape its REST method documents before any value is used; a
mismatch becomes one :class:`~desktop_app.bitrix.errors.BadResponse` naming the method, the portal
host and the JSON path of the offending value (``result.item``, ``result[3].ID``, ``total``), never a
``ValidationError`` / ``ValueError`` / ``TypeError`` / ``KeyError``. The request left in full, so for
a write the outcome is unknown (:func:`~desktop_app.bitrix.errors.outcome_unknown`).

Shapes (api-spec.md §1.4 envelope, §2.3 paging, §2.4 batch, §4.9 todo, §4.10 bindings):

- :class:`Envelope`: ``{"result": any, "total"?: count, "next"?: count, "time"?: object}``; a count
  is a whole number 0 … 2⁶³−1 (PHP's ``PHP_INT_MAX``; digits in a string are accepted, as legacy
  methods send them), ``time`` an object or PHP's empty ``[]``.
- :class:`TodoId`: ``{"id": positive id}`` (``crm.activity.todo.*``).
- :data:`NewId`: a positive id, as a number or digits (``crm.activity.add``).
- :class:`BindingRow`: ``{"entityTypeId": id, "entityId": id}`` (``crm.activity.binding.list``).
- :class:`FieldDescription`: one entry of ``crm.*.fields``.
- :class:`ItemList`: ``{"items": [object, …]}`` (``crm.item.list``).
- :class:`BatchSections`: the five maps of a ``batch`` reply's ``result`` (lists and ``[]`` read as maps).
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Callable, Collection
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter, ValidationError

from .errors import BadResponse

T = TypeVar("T")

#: Largest integer a portal can send (PHP_INT_MAX); larger ones cannot be stored either (SQLite INTEGER).
MAX_INT = 2**63 - 1


def _whole(value: Any) -> Any:
    """Refuse booleans and non-finite floats where a whole number is meant (pydantic takes ``True`` as 1)."""
    if isinstance(value, bool):
        raise ValueError("a whole number is required, not a boolean")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a whole number is required")
    if isinstance(value, str):
        return value.strip()
    return value


def _map(value: Any) -> Any:
    """PHP sends an empty map as ``[]`` and a map with keys 0…n−1 as a list (api-spec.md §1.4)."""
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return value


def _object_or_empty_list(value: Any) -> Any:
    if value == []:
        return {}
    return value


Count = Annotated[int, BeforeValidator(_whole), Field(ge=0, le=MAX_INT)]
PositiveId = Annotated[int, BeforeValidator(_whole), Field(gt=0, le=MAX_INT)]
Object = Annotated[dict[str, Any], BeforeValidator(_object_or_empty_list)]
StrMap = Annotated[dict[str, Any], BeforeValidator(_map)]


class _Reply(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Envelope(_Reply):
    """The success envelope (api-spec.md §1.4)."""

    result: Any
    total: Count | None = None
    next: Count | None = None
    time: Object = Field(default_factory=dict)


class TodoId(_Reply):
    """``{"id": N}``: what ``crm.activity.todo.add`` / ``.update*`` answer (api-spec.md §4.9)."""

    id: PositiveId


NewId = TypeAdapter(PositiveId)


class BindingRow(_Reply):
    """One row of ``crm.activity.binding.list`` (api-spec.md §4.10)."""

    entity_type_id: PositiveId = Field(alias="entityTypeId")
    entity_id: PositiveId = Field(alias="entityId")


BindingRows = TypeAdapter(list[BindingRow])

_Text = Annotated[str, BeforeValidator(lambda v: "" if v is None else v)]
_Flag = Annotated[bool, BeforeValidator(lambda v: v in (True, "Y", "y", 1, "1", "true"))]


class FieldDescription(_Reply):
    """One entry of ``crm.activity.fields`` / ``crm.activity.communication.fields``."""

    type: _Text = ""
    title: _Text | None = None
    is_required: _Flag = Field(False, alias="isRequired")
    is_read_only: _Flag = Field(False, alias="isReadOnly")
    is_immutable: _Flag = Field(False, alias="isImmutable")
    is_multiple: _Flag = Field(False, alias="isMultiple")
    is_deprecated: _Flag = Field(False, alias="isDeprecated")


FieldDescriptions = TypeAdapter(Annotated[dict[str, FieldDescription], BeforeValidator(_object_or_empty_list)])


class ItemList(_Reply):
    """``crm.item.list``'s ``result``: ``{"items": [...]}``; each item is checked by ``CrmItem``."""

    items: list[dict[str, Any]]


class BatchSections(_Reply):
    """A ``batch`` reply's ``result`` (api-spec.md §2.4): five maps keyed by command name."""

    result: StrMap = Field(default_factory=dict)
    result_error: StrMap = Field(default_factory=dict)
    result_total: StrMap = Field(default_factory=dict)
    result_next: StrMap = Field(default_factory=dict)
    result_time: StrMap = Field(default_factory=dict)


Rows = TypeAdapter(list[dict[str, Any]])
AnyObject = TypeAdapter(dict[str, Any])


def field_path(prefix: str, loc: tuple[Any, ...]) -> str:
    """A JSON path from a pydantic error location: ``field_path("result", (3, "ID"))`` → ``result[3].ID``."""
    path = prefix
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path


_REPR = reprlib.Repr()
_REPR.maxlevel, _REPR.maxstring, _REPR.maxother, _REPR.maxlong = 3, 120, 60, 40


def _shown(value: Any, limit: int = 200) -> str:
    """A short picture of a (possibly huge or deep) portal value, cheap whatever its size."""
    try:
        text = _REPR.repr(value)
    except Exception:  # noqa: BLE001 - a repr of portal data must never fail the error report
        text = f"<{type(value).__name__}>"
    return text[:limit]


class Checker:
    """Builds typed values, or :class:`BadResponse`, for one portal.

    Args:
        host: returns the portal host (it changes when a portal move is followed).
        redact: masks secrets (the webhook code) in text taken from a reply.
    """

    def __init__(self, host: Callable[[], str], redact: Callable[[str], str]) -> None:
        self._host = host
        self._redact = redact

    def bad(self, method: str, status: int, field: str | None, problem: str, value: Any = None) -> BadResponse:
        """A :class:`BadResponse` for ``field`` of ``method``'s reply: ``problem`` in plain words."""
        host = self._host()
        if field is not None:  # keys come from the portal: keep them short and free of secrets
            field = self._redact(field)[:200]
        where = f" (field {field})" if field else ""
        return BadResponse(
            f"{host} answered {method} with a reply we cannot use{where}: {problem}.",
            method=method, host=host, status=status, body_start=self._redact(_shown(value)), field=field,
        )

    def check(self, schema: type[T] | TypeAdapter[T], value: Any, *, method: str, status: int = 200,
              path: str = "result", keys: Collection[str] | None = None, offset: int = 0,
              problem_chars: int | None = None) -> T:
        """``value`` (found at ``path`` of ``method``'s reply) validated by ``schema`` (a pydantic model
        class or a ``TypeAdapter``). Raises :class:`BadResponse` naming the first mismatching field.

        ``keys``: the field's location keeps only list indexes and these names (drops pydantic's
        union and validator names); ``offset``: ``value`` is a slice of the list at ``path`` starting
        at that index (the location names the index in the whole list); ``problem_chars``: the
        problem's text is cut to that many characters."""
        try:
            if isinstance(schema, TypeAdapter):
                return schema.validate_python(value)
            return schema.model_validate(value)  # type: ignore[attr-defined, no-any-return]
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            loc = tuple(first.get("loc", ()))
            if keys is not None:
                loc = tuple(p for p in loc if isinstance(p, int) or p in keys)
            if offset and loc and isinstance(loc[0], int):
                loc = (loc[0] + offset, *loc[1:])
            problem = str(first.get("msg", "wrong type")).lower()[:problem_chars]
            raise self.bad(method, status, field_path(path, loc), problem, first.get("input")) from None
        except (ValueError, TypeError, OverflowError, RecursionError) as exc:
            raise self.bad(method, status, path, type(exc).__name__, value) from None

    def build(self, make: Callable[[Any], T], value: Any, *, method: str, status: int = 200,
              path: str = "result") -> T:
        """``make(value)`` (e.g. ``Activity.from_api``) after checking ``value`` is an object; a
        mismatch inside it becomes :class:`BadResponse` at ``path`` + the model's location."""
        if not isinstance(value, dict):
            raise self.bad(method, status, path, f"an object is required, not {_kind(value)}", value)
        try:
            return make(value)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            raise self.bad(method, status, field_path(path, tuple(first.get("loc", ()))),
                           str(first.get("msg", "wrong type")).lower(), first.get("input")) from None
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
            raise self.bad(method, status, path, type(exc).__name__, value) from None

    def build_list(self, make: Callable[[Any], T], value: Any, *, method: str, status: int = 200,
                   path: str = "result") -> list[T]:
        """:meth:`build` for every element of a list found at ``path`` (``result[3].ID`` on a mismatch)."""
        if not isinstance(value, list):
            raise self.bad(method, status, path, f"a list is required, not {_kind(value)}", value)
        return [self.build(make, item, method=method, status=status, path=f"{path}[{i}]") for i, item in enumerate(value)]


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "text", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


__all__ = ["MAX_INT", "BatchSections", "BindingRow", "Checker", "Count", "Envelope", "FieldDescription", "ItemList",
           "NewId", "PositiveId", "TodoId", "field_path"]

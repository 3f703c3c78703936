"""Reading method parameters the way the two server generations do.

* D7 controllers (``crm.activity.todo.*``, ``crm.item.*``): :func:`bind_arguments` mimics
  ``Bitrix\\Main\\Engine\\AutoWire\\Binder`` (server-behaviour.md §1.0.2) — exact, case-sensitive
  names, parameters checked in declaration order, the first failure raises code ``100``.
* Legacy proxy (``crm.activity.get/list``): :func:`legacy_param` looks a name up as given, UPPER,
  lower, Capitalized and ``ar``-Capitalized (server-behaviour.md §1.0.4).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .errors import invalid_parameter, missing_parameter
from .wire import is_php_array, php_floatval, php_intval, php_is_numeric, php_str

__all__ = ["MISSING", "Arg", "bind_arguments", "legacy_param"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


#: Marker for "no such parameter" (distinct from an explicit ``None``).
MISSING: Any = _Missing()


@dataclass(frozen=True)
class Arg:
    """One controller parameter: ``name``, PHP ``type`` (int, float, string, array, bool), whether it
    is ``nullable``, and its ``default`` (``MISSING`` = required)."""

    name: str
    type: str
    default: Any = MISSING
    nullable: bool = False


def _check(arg: Arg, value: Any) -> Any:
    """Type check + PHP coercion of one present value; raises the binder's code-100 error.

    ``int`` values go through :func:`~desktop_app.sandbox.wire.php_intval` (64-bit, saturating), so
    ``99999999999999999999`` binds as ``PHP_INT_MAX`` and the method answers its not-found error.
    """
    if value is None:
        if arg.nullable:
            return None
        raise invalid_parameter("", arg.name, arg.type)
    if arg.type == "int":
        if php_is_numeric(value):
            return php_intval(value)
    elif arg.type == "float":
        if php_is_numeric(value):
            return php_floatval(value)
    elif arg.type == "string":
        if isinstance(value, str):
            return value
    elif arg.type == "array":
        if is_php_array(value):
            return value
    elif arg.type == "bool":
        if not is_php_array(value):
            return value not in (False, 0, 0.0, "", "0")
    else:  # pragma: no cover - programming error in a handler's Arg list
        raise ValueError(f"unknown binder type {arg.type}")
    raise invalid_parameter(php_str(value), arg.name, arg.type)


def bind_arguments(params: dict[str, Any], args: list[Arg]) -> dict[str, Any]:
    """Bind ``params`` to ``args`` like the D7 binder; returns ``{name: value}`` for every arg.

    A JSON ``null`` counts as absent (PHP ``isset``), so a required parameter sent as ``null`` is
    "not found" and an optional one takes its default.

    Raises:
        ControllerError: code ``100`` — ``Could not find value for parameter {name}`` or
            ``Invalid value {v} to match with parameter {name}. Should be value of type T.``
    """
    bound: dict[str, Any] = {}
    for arg in args:
        value = params.get(arg.name, MISSING)
        if value is MISSING or value is None:
            if arg.default is MISSING:
                raise missing_parameter(arg.name)
            bound[arg.name] = arg.default
            continue
        bound[arg.name] = _check(arg, value)
    return bound


def legacy_param(params: dict[str, Any], name: str) -> Any:
    """A legacy array parameter by its tolerant names (``filter``/``FILTER``/``Filter``/``arFilter``).

    Returns ``MISSING`` when none of the spellings is present.
    """
    capitalized = name[:1].upper() + name[1:].lower()
    for candidate in (name, name.upper(), name.lower(), capitalized, "ar" + capitalized):
        if candidate in params:
            return params[candidate]
    return MISSING

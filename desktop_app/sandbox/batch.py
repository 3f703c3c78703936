"""``batch``: up to 50 REST calls in one request (api-spec.md §2.4, server-behaviour.md §5.5).

Parameters (names case-insensitive, PHP ``array_change_key_case``):

* ``cmd`` — a map or list of strings ``"method?query"``; the query is read like PHP ``parse_str``
  (bracket keys, ``+`` = space). A command that is not a string is skipped but still counted.
* ``halt`` — PHP truthiness: ``1``, ``true``, ``"1"``, any non-empty string but ``"0"`` (so
  ``"false"`` too), a non-empty array halt; ``0``, ``"0"``, ``""``, ``false``, ``null`` do not.
  With halt, the first failing command ends the batch; later ones appear in no map.

Each command runs sequentially as a nested call (:func:`desktop_app.sandbox.calls.invoke`): its own
``start`` is taken out of its query, it runs as the webhook's user, and its error is exactly what the
plain call would answer (``ERROR_METHOD_NOT_FOUND`` for an unknown method). ``batch``, ``download``
and ``upload`` inside a batch fail with ``ERROR_BATCH_METHOD_NOT_ALLOWED``; commands 51+ are not run
and each gets ``ERROR_BATCH_LENGTH_EXCEEDED``.

References (``CRestUtil::processBatchStructure``): before a command runs, every key and value of its
parameters is scanned for ``$<name>[key][key]...`` with ``<name>`` one of ``result``, ``next``,
``total``, ``time``, ``error`` (any case) — the accumulated outputs of earlier commands, keyed by
command id. A value that *is* a reference gets the raw value (a list or map too); a reference inside
a longer string is replaced only by a scalar (``True`` → ``"1"``), otherwise the text stays. Quirk of
the portal, kept: a missing path segment (or a ``null``) stops the walk and the value reached so far is
used — ``$result[page][49][ID]`` on a page of 20 rows substitutes the whole list of rows, which the
filter then reads as ``ID > 1`` (``intval`` of an array), so a chained walk repeats rows.

Reply (HTTP 200 even when commands fail): ``{"result": {"result", "result_error", "result_total",
"result_next", "result_time"}, "time"}``; each map is keyed by command id, an empty one is ``[]``, a map
keyed ``0..n-1`` in order is a JSON list (PHP). A failed command has only its ``result_error`` entry
(``{"error", "error_description"}``). ``batch`` itself is one request for the rate limit and is not
charged operating time; its nested calls are, each to its own method.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from .calls import invoke
from .errors import CoreError
from .registry import MethodContext, rest_method
from .wire import php_intval, php_items, php_parse_pairs, php_str

__all__ = ["MAX_BATCH_COMMANDS", "NOT_ALLOWED_IN_BATCH", "batch", "php_truthy", "substitute_references"]

#: ``CRestUtil::BATCH_MAX_LENGTH``.
MAX_BATCH_COMMANDS = 50
#: Methods refused inside a batch (server-behaviour.md §5.5).
NOT_ALLOWED_IN_BATCH = frozenset({"batch", "download", "upload"})

_NAMES = "result|next|total|time|error"
_WHOLE_RE = re.compile(rf"\$({_NAMES})((?:\[[^\]]+\])+)", re.IGNORECASE)
_SEGMENT_RE = re.compile(r"\[([^\]]+)\]")
_PHP_INT_KEY_RE = re.compile(r"0|-?[1-9][0-9]*")
_ABSENT = object()


def _length_exceeded() -> dict[str, str]:
    return CoreError("ERROR_BATCH_LENGTH_EXCEEDED", "Max batch length exceeded", 400).body()


def _not_allowed() -> dict[str, str]:
    return CoreError("ERROR_BATCH_METHOD_NOT_ALLOWED", "Method is not allowed for batch usage", 405).body()


def php_truthy(value: Any) -> bool:
    """PHP ``(bool)``: ``""``, ``"0"``, ``0``, ``0.0``, ``false``, ``null`` and empty arrays are false."""
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return value not in ("", "0")
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, (list, tuple, dict)):
        return bool(value)
    return True


# ---------------------------------------------------------------------------- references


def _child(value: Any, key: str) -> Any:
    """``$value[$key]`` when PHP's ``isset`` says it exists (a ``null`` counts as absent)."""
    if isinstance(value, dict):
        child = value.get(key, _ABSENT)
    elif isinstance(value, (list, tuple)) and _PHP_INT_KEY_RE.fullmatch(key) and len(key) < 19 and 0 <= int(key) < len(value):
        child = value[int(key)]
    else:
        return _ABSENT
    return _ABSENT if child is None else child


def _resolve(outputs: dict[str, dict[str, Any]], name: str, path: str) -> Any:
    value: Any = outputs[name.lower()]
    for key in _SEGMENT_RE.findall(path):
        child = _child(value, key)
        if child is _ABSENT:
            break  # the portal's quirk: the value reached so far is used
        value = child
    return value


def _is_scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


def _substitute_text(text: str, outputs: dict[str, dict[str, Any]]) -> Any:
    whole = _WHOLE_RE.fullmatch(text)
    if whole:
        return _resolve(outputs, whole.group(1), whole.group(2))

    def scalar(match: re.Match[str]) -> str:
        value = _resolve(outputs, match.group(1), match.group(2))
        return php_str(value) if _is_scalar(value) else match.group(0)

    return _WHOLE_RE.sub(scalar, text) if "$" in text else text


def substitute_references(params: Any, outputs: dict[str, dict[str, Any]]) -> Any:
    """``params`` (nested dicts/lists of strings, as ``parse_str`` gives) with every ``$result[...]``
    style reference replaced from ``outputs`` (``{"result": {cmd: payload}, "next": …, "total": …,
    "time": …, "error": …}``); see the module docstring. Keys only take scalar values."""
    if isinstance(params, dict):
        out: dict[str, Any] = {}
        for key, value in params.items():
            new_key = _substitute_text(key, outputs) if isinstance(key, str) else key
            out[php_str(new_key) if _is_scalar(new_key) else key] = substitute_references(value, outputs)
        return out
    if isinstance(params, list):
        return [substitute_references(value, outputs) for value in params]
    if isinstance(params, str):
        return _substitute_text(params, outputs)
    return params


# ---------------------------------------------------------------------------- the method


def _php_map(entries: dict[str, Any]) -> dict[str, Any] | list[Any]:
    """A PHP array keyed by command ids: keys ``0..n-1`` in order encode as a JSON list."""
    if entries and list(entries) == [str(i) for i in range(len(entries))]:
        return list(entries.values())
    return entries


def _split(command: str) -> tuple[str, dict[str, Any]]:
    method, _, query = command.partition("?")
    return method, php_parse_pairs(parse_qsl(query, keep_blank_values=True))


@rest_method("batch")
def batch(ctx: MethodContext) -> dict[str, Any]:
    """``batch`` (server-behaviour.md §5.5): run ``cmd`` in order; see the module docstring.

    Returns ``{"result", "result_error", "result_total", "result_next", "result_time"}``. Never raises
    for a failing command: its error envelope goes to ``result_error``.
    """
    params: dict[str, Any] = {}
    for key, value in ctx.params.items():
        params[str(key).upper()] = value
    halt = php_truthy(params.get("HALT", False))
    commands = php_items(params.get("CMD"))
    outputs: dict[str, dict[str, Any]] = {"result": {}, "next": {}, "total": {}, "time": {}, "error": {}}
    for count, (key, command) in enumerate(commands):
        if count >= MAX_BATCH_COMMANDS:
            outputs["error"][key] = _length_exceeded()
            continue
        if not isinstance(command, str):
            continue
        method, query = _split(command)
        query = substitute_references(query, outputs)
        query.pop("auth", None)
        start = php_intval(query.pop("start", 0))
        if method.lower() in NOT_ALLOWED_IN_BATCH:
            outputs["error"][key] = _not_allowed()
            if halt:
                break
            continue
        reply = invoke(ctx.portal, method, query, start, base_url=ctx.base_url, principal=ctx.principal)
        if not reply.ok:
            outputs["error"][key] = reply.body
            if halt:
                break
            continue
        outputs["result"][key] = reply.body["result"]
        if "next" in reply.body:
            outputs["next"][key] = reply.body["next"]
        if "total" in reply.body:
            outputs["total"][key] = reply.body["total"]
        outputs["time"][key] = reply.body["time"]
    return {
        "result": _php_map(outputs["result"]),
        "result_error": _php_map(outputs["error"]),
        "result_total": _php_map(outputs["total"]),
        "result_next": _php_map(outputs["next"]),
        "result_time": _php_map(outputs["time"]),
    }

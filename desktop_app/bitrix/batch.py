"""``batch``: up to 50 REST calls in one HTTP request, with ``$result[...]`` references between them.

Source: api-spec.md §2.4, server-behaviour.md §5.5.

Each command travels as a string ``"method?query"``: the query is the command's parameters in PHP
bracket notation (:func:`encode_query`). The batch itself is sent as a JSON body
``{"cmd": {name: "method?query", ...}, "halt": 0|1}``. The portal answers HTTP 200 with
``{"result": {"result": {...}, "result_error": {...}, "result_total": {...}, "result_next": {...},
"result_time": {...}}}`` (an empty section is ``[]``); each command's part becomes a
:class:`CommandResult`, its error mapped like a plain call's error envelope
(:func:`~desktop_app.bitrix.errors.error_from_envelope`, HTTP status ``200`` as the portal gives no
other). The reply is checked (:class:`~desktop_app.bitrix.replies.BatchSections`): ``result`` must be
an object, each ``result_total`` / ``result_next`` a count, each ``result_time`` an object, and every
command sent must be answered (in ``result`` or ``result_error``) unless ``halt`` stopped the batch
at a failed command; otherwise :class:`~desktop_app.bitrix.errors.BadResponse` names the field
(``result.result_total.page``, ``result.result.p3``).

More than :data:`MAX_BATCH_COMMANDS` commands are sent in several requests (chunks of 50, in
order). A reference to a command of an earlier chunk is resolved here before sending, the way the
portal resolves it (server-behaviour.md §5.5): a parameter that is *only* a reference takes the raw
value (possibly a list or map), a reference inside a longer string is replaced only by a scalar; a
missing path segment stops the walk and the value reached so far is used. With ``halt`` a chunk is
not sent after a command of an earlier chunk failed.

Encoding rules (so that a command reads the same as the JSON call): lists are sent with explicit
indexes (``k[0]=…``), nested maps as ``k[a][b]=…``; ``True``/``False`` as ``1``/``0`` (PHP's
truthiness of the JSON booleans); ``None`` is left out (a JSON ``null`` is "not set" for the
portal); an empty list or map as ``k[]=`` — a PHP array holding one empty string, the only array a
query string can carry without elements (``pingOffsets`` and ``select`` read it as empty; there is
no exact form-encoded twin of ``[]``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from pydantic import TypeAdapter

from .errors import BitrixError, error_from_envelope
from .prepared import PreparedCall
from .replies import BatchSections, Checker, Count, Object

if TYPE_CHECKING:
    from .transport import BitrixTransport

#: Most commands the portal runs in one batch (``CRestUtil::BATCH_MAX_LENGTH``).
MAX_BATCH_COMMANDS = 50

#: ``$result[cmd][key]…`` and its siblings (server-behaviour.md §5.5), case-insensitive.
REFERENCE_RE = re.compile(r"\$(result|next|total|time|error)((?:\[[^\[\]]*\])+)", re.IGNORECASE)
_SEGMENT_RE = re.compile(r"\[([^\[\]]*)\]")
_SECTIONS = {"result": "result", "next": "result_next", "total": "result_total", "time": "result_time",
             "error": "result_error"}


@dataclass(frozen=True)
class CommandResult:
    """One command of a batch (api-spec.md §2.4).

    Attributes:
        name: the command's key in ``cmd``.
        method: its REST method.
        result: the command's payload (``result[name]``), ``None`` when it failed.
        error: from ``result_error[name]``, mapped like a plain call's error envelope, else ``None``.
        total: ``result_total[name]`` (list methods; 0 with ``start=-1``), else ``None``.
        next: ``result_next[name]`` (a list with more rows), else ``None``.
        time: ``result_time[name]`` (seconds; may lack ``operating*``), else ``{}``.
    """

    name: str
    method: str
    result: Any = None
    error: BitrixError | None = None
    total: int | None = None
    next: int | None = None
    time: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> Any:
        """The payload; raises :attr:`error` when the command failed."""
        if self.error is not None:
            raise self.error
        return self.result


@dataclass(frozen=True)
class BatchReply:
    """What a :meth:`BitrixClient.batch` call brought back.

    Attributes:
        results: per command name, in command order; commands not run because of ``halt`` are absent.
        halted: names of the commands not run because an earlier command failed with ``halt``.
        requests: HTTP requests used (one per chunk of ≤ 50 commands actually sent).
    """

    results: dict[str, CommandResult]
    halted: tuple[str, ...] = ()
    requests: int = 0

    def __getitem__(self, name: str) -> CommandResult:
        return self.results[name]

    def __contains__(self, name: object) -> bool:
        return name in self.results

    def __iter__(self) -> Iterator[str]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    @property
    def errors(self) -> dict[str, BitrixError]:
        """``{name: error}`` of the commands that failed."""
        return {n: r.error for n, r in self.results.items() if r.error is not None}


# ----------------------------------------------------------------------------------- encoding


def _scalar(value: Any) -> str:
    if value is True:
        return "1"
    if value is False:
        return "0"
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return str(value)


def _pairs(prefix: str, value: Any, out: list[tuple[str, str]]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        if not value:
            out.append((f"{prefix}[]", ""))
        for key, item in value.items():
            _pairs(f"{prefix}[{key}]", item, out)
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append((f"{prefix}[]", ""))
        for index, item in enumerate(value):
            _pairs(f"{prefix}[{index}]", item, out)
    else:
        out.append((prefix, _scalar(value)))


def query_pairs(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``params`` flattened to PHP bracket pairs (``[("filter[>ID]", "5"), ("select[0]", "ID")]``)."""
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        _pairs(str(key), value, out)
    return out


def encode_query(params: Mapping[str, Any]) -> str:
    """``params`` as a URL query in PHP bracket notation (api-spec.md §1.2), percent-encoded so that
    ``& ? % # +`` and non-ASCII survive; brackets stay readable."""
    return "&".join(f"{quote(k, safe='[]')}={quote(v, safe='')}" for k, v in query_pairs(params))


def encode_command(call: PreparedCall) -> str:
    """One ``cmd`` entry: ``"method?query"`` (just ``"method"`` without parameters)."""
    query = encode_query(call.params)
    return f"{call.method}?{query}" if query else call.method


# -------------------------------------------------------------------------------- references


def _walk_path(root: Any, segments: list[str]) -> Any:
    """Follow ``segments`` into ``root``; a missing segment stops the walk (portal quirk)."""
    value = root
    for segment in segments:
        if isinstance(value, Mapping) and segment in value:
            value = value[segment]
        elif isinstance(value, list) and segment.lstrip("-").isdigit() and 0 <= int(segment) < len(value):
            value = value[int(segment)]
        else:
            break
    return value


def _as_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, (int, float, str)):
        return str(value)
    return None


def resolve_references(value: Any, sections: Mapping[str, Mapping[str, Any]], known: set[str]) -> Any:
    """Replace references to commands in ``known`` (already run, earlier chunks) inside ``value``.

    ``sections`` maps ``result``/``result_next``/``result_total``/``result_time``/``result_error``
    to ``{name: value}`` of the earlier commands. References to other commands are left for the
    portal to resolve.
    """
    if isinstance(value, Mapping):
        return {k: resolve_references(v, sections, known) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve_references(v, sections, known) for v in value]
    if not isinstance(value, str) or "$" not in value:
        return value

    def target(match: re.Match[str]) -> tuple[bool, Any]:
        segments = _SEGMENT_RE.findall(match.group(2))
        if not segments or segments[0] not in known:
            return False, None
        return True, _walk_path(sections.get(_SECTIONS[match.group(1).lower()], {}), segments)

    whole = REFERENCE_RE.fullmatch(value)
    if whole is not None:
        mine, resolved = target(whole)
        return resolved if mine else value

    def substitute(match: re.Match[str]) -> str:
        mine, resolved = target(match)
        text = _as_text(resolved) if mine else None
        return match.group(0) if text is None else text

    return REFERENCE_RE.sub(substitute, value)


# ---------------------------------------------------------------------------------- decoding


def decode_chunk(payload: Any, checker: Checker, status: int = 200) -> dict[str, dict[str, Any]]:
    """The five sections of one batch reply's ``result`` (each ``{name: value}``; PHP's ``[]`` and
    lists read as maps). Raises ``BadResponse`` (``field`` ``result`` …) when ``payload`` is no object."""
    sections = checker.check(BatchSections, payload, method="batch", status=status)
    return {"result": sections.result, "result_error": sections.result_error, "result_total": sections.result_total,
            "result_next": sections.result_next, "result_time": sections.result_time}


_COUNT: TypeAdapter[int | None] = TypeAdapter(Count | None)
_TIME: TypeAdapter[dict[str, Any] | None] = TypeAdapter(Object | None)


def command_result(name: str, method: str, sections: Mapping[str, Mapping[str, Any]],
                   checker: Checker, status: int = 200) -> CommandResult | None:
    """The :class:`CommandResult` of ``name``, or ``None`` when the portal did not run it (halt).

    Raises ``BadResponse`` when its ``result_total`` / ``result_next`` is not a count or its
    ``result_time`` not an object."""
    def part(key: str, schema: TypeAdapter[Any]) -> Any:
        return checker.check(schema, sections[key].get(name), method="batch", status=status, path=f"result.{key}.{name}")

    time_block = part("result_time", _TIME) or {}
    error_body = sections["result_error"].get(name)
    if error_body is not None:
        body = error_body if isinstance(error_body, Mapping) else {"error": "", "error_description": str(error_body)}
        error = error_from_envelope(dict(body), 200, method)
        return CommandResult(name, method, None, error, time=time_block)
    if name not in sections["result"]:
        return None
    return CommandResult(name, method, sections["result"][name], None, total=part("result_total", _COUNT),
                         next=part("result_next", _COUNT), time=time_block)


# ---------------------------------------------------------------------------------- running


def _as_call(value: Any) -> PreparedCall:
    if isinstance(value, PreparedCall):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return PreparedCall(str(value[0]), dict(value[1] or {}))
    raise TypeError(f"a batch command must be a PreparedCall or (method, params), not {type(value).__name__}")


async def run_batch(transport: BitrixTransport, commands: Mapping[str, Any], *, halt: bool = False) -> BatchReply:
    """Send ``commands`` (``{name: PreparedCall}``) as ``batch`` requests of ≤ 50; see the module docstring.

    Raises:
        ValueError: an empty or bracketed command name, or a nested ``batch``.
        BitrixError / TransportError: the ``batch`` request itself failed (as for a plain call);
            the errors of single commands are *not* raised, they are in :attr:`CommandResult.error`.
    """
    calls: dict[str, PreparedCall] = {}
    for raw_name, value in commands.items():
        name = str(raw_name)
        if not name or "[" in name or "]" in name:
            raise ValueError(f"batch command name {name!r} must be non-empty and without brackets")
        call = _as_call(value)
        if call.method.strip().lower() == "batch":
            raise ValueError("a batch cannot contain another batch (ERROR_BATCH_METHOD_NOT_ALLOWED)")
        calls[name] = call
    names = list(calls)
    results: dict[str, CommandResult] = {}
    sections: dict[str, dict[str, Any]] = {key: {} for key in _SECTIONS.values()}
    known: set[str] = set()
    requests = 0
    for begin in range(0, len(names), MAX_BATCH_COMMANDS):
        chunk = names[begin:begin + MAX_BATCH_COMMANDS]
        if halt and any(not r.ok for r in results.values()):
            return BatchReply(results, tuple(names[begin:]), requests)
        cmd = {n: encode_command(PreparedCall(calls[n].method, resolve_references(calls[n].params, sections, known)))
               if known else encode_command(calls[n]) for n in chunk}
        reply = await transport.call("batch", {"cmd": cmd, "halt": 1 if halt else 0})
        requests += 1
        decoded = decode_chunk(reply.result, transport.checker, reply.status)
        halted: list[str] = []
        for n in chunk:
            outcome = command_result(n, calls[n].method, decoded, transport.checker, reply.status)
            if outcome is None:
                if not halt or not any(not r.ok for r in results.values()):
                    raise transport.checker.bad("batch", reply.status, f"result.result.{n}",
                                                f"command {n} ({calls[n].method}) was neither answered nor refused")
                halted.append(n)
                continue
            results[n] = outcome
            known.add(n)
            for key, known_values in sections.items():
                if n in decoded[key]:
                    known_values[n] = decoded[key][n]
        if halt and halted:
            return BatchReply(results, tuple(halted + names[begin + len(chunk):]), requests)
    return BatchReply(results, (), requests)


__all__ = ["MAX_BATCH_COMMANDS", "BatchReply", "CommandResult", "encode_command", "encode_query", "query_pairs",
           "resolve_references", "run_batch"]

"""Layout validation as the portal does it: same codes, same order, same first error.

Source of the order: server-behaviour.md §3.1 (the portal's ``Bitrix\\Crm\\Dto\\Dto``): each DTO runs
its own validators in their listed order (:mod:`desktop_app.layout.schema`), then the check for
undeclared keys (``FIELD_IS_REDUNDANT``), then the present properties in declaration order, nested
DTOs depth-first; the portal answers with the first error only (``crm.activity.configurable.add``,
``crm.activity.layout.blocks.set``; api-spec.md §5.11 step 3).

Besides errors the report carries warnings: rules the documentation states (api-spec.md §5.2–5.11)
that the portal does not enforce, and values the portal stores but reads differently from what was
probably meant (``"1"`` read as false, a block without ``properties`` that renders nothing …).

Where the portal's code (server-behaviour.md §3) and api-spec.md §5 differ, the portal wins for
errors and the documentation's rule becomes a warning:

* order: own validators first (``FIELD_IS_REQUIRED`` before ``FIELD_IS_REDUNDANT``), not §5.11 a–g;
* ``body.blocks`` must be present (``{}`` passes: warning); ``withTitle.title`` optional (warning);
* TagDto has no ``scope``/``hideIfReadonly`` (``FIELD_IS_REDUNDANT``); FooterDto has ``showNote``;
  menu items ≤ 10, ``lineOfBlocks`` ≤ 20, ``actionParams`` ≤ 20;
* nested block of a wrong type: ``WRONG_FIELD_VALUE`` on ``…type`` (not ``ENUM_FIELD``); in
  ``lineOfBlocks`` only the last child is checked;
* not enforced by the portal (warnings): content-block ``scope``, boolean spelling, text that is
  not a string/object, ``width`` with ``leftBoundary``, properties of another action type;
* icon/logo codes are an enum of system + custom codes (:class:`LayoutRules`).

No Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from . import problems as P
from .phpcast import as_map, bool_surprise, clip, is_array, is_scalar, php_bool, php_in, php_int, php_string
from .problems import LayoutProblem
from .schema import (
    ACTION_FIELDS,
    ALL_LANGUAGES,
    BLOCK_DTOS,
    DTOS,
    KEY_PATTERN,
    ROOT_DTO,
    SIMPLE_BLOCK_TYPES,
    SYSTEM_ICON_CODES,
    SYSTEM_LOGO_CODES,
    Check,
    DtoSpec,
    Prop,
)

_KEY_OK = re.compile(KEY_PATTERN)  # PHP preg_match and Python re.match agree: "$" also before a final "\n"
_COLOR_OK = re.compile(r"^#[a-fA-F0-9]{6}$")
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_-]+")

#: Warning for a value that passes an enum only by PHP's loose comparison (``true`` == any name).
LOOSE_ENUM = "{value} passes only by loose comparison and is stored as “{stored}”, so sending the stored layout back is refused."
#: Problems listed for the entries of one map; further ones are counted (``LayoutReport.truncated``).
MAX_ENTRY_PROBLEMS = 40
#: DTO levels the walk follows before giving up (a real layout has at most 8; dict input may be cyclic).
MAX_DTO_DEPTH = 32


@dataclass(frozen=True)
class LayoutRules:
    """What the validator knows about the portal.

    Attributes:
        languages: installed interface languages (``textWithTranslation`` keys), default all 19 ids.
        icon_codes / logo_codes: the portal's icon and logo codes (system + custom,
            ``crm.timeline.icon.list`` / ``crm.timeline.logo.list``). ``None`` = unknown: any code is
            accepted and a code that is not a system one gets a warning, since the portal refuses it
            (``ENUM_FIELD``) unless an administrator uploaded it as a custom icon/logo.
    """

    languages: Collection[str] = ALL_LANGUAGES
    icon_codes: Collection[str] | None = None
    logo_codes: Collection[str] | None = None


def format_path(location: tuple[str, ...]) -> str:
    """``("body", "blocks", "a b")`` → ``body.blocks["a b"]`` (long keys clipped to 60 characters)."""
    out = ""
    for segment in location:
        text = segment if len(segment) <= 60 else segment[:60] + "…"
        if _PLAIN_SEGMENT.fullmatch(segment):
            out += f".{text}" if out else text
        else:
            out += "[" + json.dumps(text, ensure_ascii=False) + "]"
    return out


class _Walker:
    def __init__(self, rules: LayoutRules) -> None:
        self.rules = rules
        self.languages = set(rules.languages)
        self.problems: list[LayoutProblem] = []
        self.owners: list[str] = []  # DTO names, innermost last (PARENT_OBJECT of warnings)
        self.errors = 0
        self.truncated = False

    # -- recording -------------------------------------------------------------------------------
    def add(self, code: str, loc: tuple[str, ...], message: str, severity: P.Severity = "error", *, quiet: bool = False,
            **params: Any) -> None:  # fmt: skip
        if severity == "error":
            self.errors += 1
        if quiet or len(self.problems) >= P.MAX_PROBLEMS:
            self.truncated = True
            return
        params.setdefault("FIELD", loc[-1] if loc else "")
        params.setdefault("PARENT_OBJECT", self.owners[-1] if self.owners else "")
        self.problems.append(LayoutProblem(code, format_path(loc), message, severity, loc, params))

    # -- one DTO -----------------------------------------------------------------------------------
    def dto(self, name: str, fields: dict[str, Any], loc: tuple[str, ...], depth: int = 0) -> tuple[bool, dict[str, Any]]:
        """Validate ``fields`` as DTO ``name``; return (errors found in this subtree, its valid part)."""
        if depth > MAX_DTO_DEPTH:
            self.add(P.NESTING_TOO_DEEP, loc, f"Nested more than {MAX_DTO_DEPTH} objects deep; not checked further.")
            return True, {}
        spec = DTOS[name]
        self.owners.append(spec.name)
        before = self.errors
        bad: set[str] = set()
        skip: dict[str, set[str]] = {}
        for check in spec.checks_for(fields):
            self.check(spec, check, fields, loc, bad, skip)
        for key in fields:
            if spec.prop(key) is None:
                self.add(P.FIELD_IS_REDUNDANT, (*loc, key), f"“{clip(key, 60)[1:-1]}” is not a field of {spec.name}; remove it.",
                         FIELD=key, PARENT_OBJECT=spec.name)  # fmt: skip
        clean: dict[str, Any] = {}
        for prop in spec.props:
            if prop.name in fields:
                value = self.prop(prop, fields, (*loc, prop.name), skip.get(prop.name, set()), depth)
                if prop.name not in bad and value is not None:
                    clean[prop.name] = value
        self.owners.pop()
        return self.errors > before, clean

    def prop(self, prop: Prop, fields: dict[str, Any], loc: tuple[str, ...], skip: set[str], depth: int) -> Any:
        value = fields[prop.name]
        kind = prop.kind
        if kind == "str":
            return php_string(value)
        if kind == "int":
            return php_int(value)
        if kind == "bool":
            surprise = bool_surprise(value)
            if surprise:
                self.add(P.WRONG_FIELD_VALUE, loc, f"Not a boolean: {surprise}.", "warning")
            return php_bool(value)
        if kind == "text":
            if is_scalar(value):
                return php_string(value)
            return dict(as_map(value)) if is_array(value) else None
        if kind == "scalars":
            if not is_array(value):
                return None
            return {k: php_string(v) for k, v in as_map(value).items() if is_scalar(v)}
        if kind == "dto" or (kind == "properties" and (ref := BLOCK_DTOS.get(php_string(fields.get("type")) or ""))):
            if value is None:
                return None
            if not is_array(value):
                return {}  # the portal builds an empty DTO from a non-object (ObjectCaster)
            return self.dto(prop.ref if kind == "dto" else ref, as_map(value), loc, depth + 1)[1]
        if kind == "map" and is_array(value):
            out: dict[str, Any] = {}
            for key, item in as_map(value).items():
                if is_array(item):
                    failed, clean = self.dto(prop.ref or "", as_map(item), (*loc, key), depth + 1)
                    if not failed and key not in skip:
                        out[key] = clean
            return out
        return None

    # -- validators --------------------------------------------------------------------------------
    def check(self, spec: DtoSpec, check: Check, fields: dict[str, Any], loc: tuple[str, ...], bad: set[str],
              skip: dict[str, set[str]]) -> None:  # fmt: skip
        rule, field = check.rule, check.field
        here = (*loc, field)
        present = field in fields
        value = fields.get(field)
        owner = {"PARENT_OBJECT": spec.name}
        if rule == "required":
            if not present:
                self.add(P.FIELD_IS_REQUIRED, here, f"Required field “{field}” is missing.", FIELD=field, **owner)
            elif value is None:
                self.add(P.FIELD_IS_REQUIRED, here, f"“{field}” is null: the portal accepts it but stores the layout without "
                         "it, so sending the stored layout back is refused.", "warning", FIELD=field, **owner)  # fmt: skip
        elif rule == "object":
            if present and not is_array(value):
                bad.add(field)
                self.add(P.WRONG_FIELD_VALUE, here, f"Must be an object, not {clip(value)}.", FIELD=field, **owner)
        elif rule == "enum":
            self.enum(spec, check, fields, here, bad)
        elif rule == "text":
            if value is not None and is_array(value):
                for lang, text in as_map(value).items():
                    if lang not in self.languages:
                        bad.add(field)
                        installed = ", ".join(sorted(self.languages))
                        self.add(P.WRONG_LANG, (*here, lang), f"“{clip(lang, 20)[1:-1]}” is not a language of the portal "
                                 f"(installed: {installed}).", LANG=lang, **owner)  # fmt: skip
                    elif not isinstance(text, str):
                        bad.add(field)
                        self.add(P.WRONG_FIELD_VALUE, (*here, lang), f"A translation must be text, not {clip(text)}.",
                                 FIELD=f"{field}[{lang}]", **owner)  # fmt: skip
        elif rule in ("map", "scalars"):
            self.collection(spec, check, fields, here, bad, skip)
        elif rule == "simple_block":
            self.simple_block(check, fields, here, bad, skip)
        elif rule == "color":
            if value is not None and not (isinstance(value, str) and _COLOR_OK.match(value)):
                bad.add(field)
                self.add(P.WRONG_FIELD_VALUE, here, f"Must be a colour like “#1e6ec2”, not {clip(value)}.", FIELD=field, **owner)
        else:
            self.soft(spec, check, fields, loc, here)

    def enum(self, spec: DtoSpec, check: Check, fields: dict[str, Any], here: tuple[str, ...], bad: set[str]) -> None:
        field, allowed = check.field, check.arg
        if field not in fields:
            return
        value = fields[field]
        if allowed in ("icon", "logo"):
            known = self.rules.icon_codes if allowed == "icon" else self.rules.logo_codes
            if known is None:
                system = SYSTEM_ICON_CODES if allowed == "icon" else SYSTEM_LOGO_CODES
                if not php_in(value, system):
                    self.add(P.ENUM_FIELD, here, f"{clip(value)} is not a system {allowed} code; the portal accepts it only "
                             f"if it was uploaded as a custom {allowed}.", "warning", FIELD=field,
                             PARENT_OBJECT=spec.name, VALUES=list(system))  # fmt: skip
                return
            allowed = tuple(known)
        if not isinstance(value, str) and php_in(value, allowed):
            self.add(P.ENUM_FIELD, here, LOOSE_ENUM.format(value=clip(value), stored=php_string(value)), "warning",
                     FIELD=field, PARENT_OBJECT=spec.name, VALUES=list(allowed))  # fmt: skip
        elif not php_in(value, allowed):
            bad.add(field)
            shown = ", ".join(allowed[:12]) + (", …" if len(allowed) > 12 else "")
            self.add(P.ENUM_FIELD, here, f"{clip(value)} is not allowed; use one of: {shown}.", FIELD=field,
                     PARENT_OBJECT=spec.name, VALUES=list(allowed))  # fmt: skip

    def collection(self, spec: DtoSpec, check: Check, fields: dict[str, Any], here: tuple[str, ...], bad: set[str],
                   skip: dict[str, set[str]]) -> None:  # fmt: skip
        field, limit = check.field, check.arg
        if field not in fields:
            return
        value = fields[field]
        owner: dict[str, Any] = {"PARENT_OBJECT": spec.name}
        if not is_array(value):
            bad.add(field)
            what = "an object of named entries" if check.rule == "map" else "an object of scalar values"
            self.add(P.WRONG_FIELD_VALUE, here, f"Must be {what}, not {clip(value)}.", FIELD=field, **owner)
            return
        items = as_map(value)
        dropped = skip.setdefault(field, set())
        list_keys = isinstance(value, list)  # PHP int keys always pass the key check
        before = len(self.problems)
        for key, item in items.items():
            # Past MAX_ENTRY_PROBLEMS entries of one map the rest are counted, not listed (10,000 bad keys).
            owner["quiet"] = len(self.problems) - before >= MAX_ENTRY_PROBLEMS
            if not list_keys and not _KEY_OK.match(key):
                dropped.add(key)
                self.add(P.KEY_CONTAIN_WRONG_SYMBOLS, (*here, key), "A key may contain only Latin letters, digits, “_” and “-”.",
                         KEY=key[:200], **owner)  # fmt: skip
            if check.rule == "map" and not is_array(item):
                dropped.add(key)
                self.add(P.WRONG_FIELD_VALUE, (*here, key), f"Must be an object, not {clip(item)}.", FIELD=f"{field}[{key}]", **owner)
            elif check.rule == "scalars" and not is_scalar(item):
                bad.add(field)
                self.add(P.WRONG_FIELD_VALUE, (*here, key), f"Must be a string or a number, not {clip(item)}.",
                         FIELD=f"{field}[{key}]", **owner)  # fmt: skip
        owner.pop("quiet", None)
        if len(items) > limit:
            dropped.update(list(items)[limit:])
            if check.rule == "scalars":
                bad.add(field)
            self.add(P.TOO_MANY_ITEMS, here, f"At most {limit} entries are allowed; {len(items)} given.", FIELD=field,
                     COUNT=limit, **owner)  # fmt: skip

    def simple_block(self, check: Check, fields: dict[str, Any], here: tuple[str, ...], bad: set[str],
                     skip: dict[str, set[str]]) -> None:  # fmt: skip
        # SimpleContentBlockField: only text/link/deadline; for a collection the portal keeps only the
        # result of the LAST object child, so earlier wrong children slip through (they are not drawn).
        if check.field not in fields:
            return
        value = fields[check.field]
        allowed = ", ".join(SIMPLE_BLOCK_TYPES)

        def wrong(block: Any) -> bool:
            return not php_in(as_map(block).get("type", ""), SIMPLE_BLOCK_TYPES)

        params = {"FIELD": "type", "PARENT_OBJECT": "ContentBlockDto"}
        if not check.arg:
            if is_array(value) and wrong(value):
                bad.add(check.field)
                self.add(P.WRONG_FIELD_VALUE, (*here, "type"), f"Here a block must be one of: {allowed}.", **params)
            return
        if not is_array(value):
            return
        children = [(k, v) for k, v in as_map(value).items() if is_array(v)]
        for index, (key, child) in enumerate(children):
            if wrong(child):
                skip.setdefault(check.field, set()).add(key)
                if index == len(children) - 1:
                    self.add(P.WRONG_FIELD_VALUE, (*here, key, "type"), f"In a line of blocks only {allowed} are allowed.", **params)
                else:
                    self.add(P.WRONG_FIELD_VALUE, (*here, key, "type"), f"In a line of blocks only {allowed} are allowed; "
                             "the portal lets this one pass but does not draw it.", "warning", **params)  # fmt: skip

    def soft(self, spec: DtoSpec, check: Check, fields: dict[str, Any], loc: tuple[str, ...], here: tuple[str, ...]) -> None:
        rule, field = check.rule, check.field
        present, value = field in fields, fields.get(field)
        warn = "warning"
        if rule == "soft_text" and present:
            if value is None or (is_array(value) and not value):
                self.add(P.WRONG_FIELD_VALUE, here, "No text: the card shows nothing here.", warn)
            elif not isinstance(value, str) and not is_array(value):
                self.add(P.WRONG_FIELD_VALUE, here, f"Should be text or a {{language: text}} object; shown as “{php_string(value)}”.",
                         warn)  # fmt: skip
        elif rule == "soft_enum" and present and value is not None and not php_in(value, check.arg):
            self.add(P.ENUM_FIELD, here, f"{clip(value)} is not a scope; use web or mobile (the portal ignores it).", warn,
                     VALUES=list(check.arg))
        elif rule == "soft_required" and not present:
            self.add(P.FIELD_IS_REQUIRED, here, f"The documentation requires “{field}”; the card shows no caption.", warn)
        elif rule == "soft_object" and present and value is not None and not is_array(value):
            self.add(P.WRONG_FIELD_VALUE, here, f"Should be an object, not {clip(value)}: the card shows no logo, and "
                     "sending the stored layout back is refused.", warn)  # fmt: skip
        elif rule == "soft_nonempty" and present and is_array(value) and not value:
            self.add(P.FIELD_IS_REQUIRED, here, "The documentation requires 1 to 20 blocks; this card has none.", warn)
        elif rule == "soft_block":
            self.soft_block(fields, loc)
        elif rule == "soft_action_fields":
            kind = fields.get("type")
            if kind is not None and not isinstance(kind, str):
                self.add(P.ENUM_FIELD, (*loc, "type"), LOOSE_ENUM.format(value=clip(kind), stored=php_string(kind)), warn,
                         VALUES=list(ACTION_FIELDS))  # fmt: skip
            own = ACTION_FIELDS.get(kind) if isinstance(kind, str) else None
            for key in fields:
                if own is not None and key not in own and spec.prop(key) is not None:
                    self.add(P.FIELD_IS_REDUNDANT, (*loc, key), f"“{key}” has no effect in a {kind} action.", warn)
        elif rule == "soft_slider" and fields.get("width") is not None and fields.get("leftBoundary") is not None:
            self.add(P.WRONG_FIELD_VALUE, (*loc, "leftBoundary"), "Give width or leftBoundary, not both.", warn)

    def soft_block(self, fields: dict[str, Any], loc: tuple[str, ...]) -> None:
        if "type" not in fields:
            self.add(P.FIELD_IS_REQUIRED, (*loc, "type"), "A block without a type is accepted but not drawn.", "warning")
            return
        kind = fields["type"]
        if not isinstance(kind, str):
            if php_in(kind, BLOCK_DTOS):
                self.add(P.WRONG_FIELD_VALUE, (*loc, "type"), f"{clip(kind)} is accepted but draws nothing; use a type name.", "warning")
            return
        properties = fields.get("properties")
        if kind in BLOCK_DTOS and kind != "deadline" and not is_array(properties):
            if properties is None:
                self.add(P.FIELD_IS_REQUIRED, (*loc, "properties"), f"A {kind} block needs its properties object; "
                         "without it the portal stores it but draws nothing.", "warning")  # fmt: skip
            else:
                self.add(P.WRONG_FIELD_VALUE, (*loc, "properties"), f"Must be an object, not {clip(properties)}: the portal "
                         "stores an empty one, draws nothing, and sending the stored layout back is refused.", "warning")  # fmt: skip


def walk_layout(value: Any, kind: str, rules: LayoutRules | None = None) -> tuple[list[LayoutProblem], dict[str, Any] | None, bool]:
    """Validate an already decoded layout. Returns (problems, valid part or ``None``, truncated)."""
    walker = _Walker(rules or LayoutRules())
    if kind == "layout" and (not is_array(value) or not value):
        walker.add(P.ERROR_EMPTY_LAYOUT, (), "The layout is empty: it needs at least icon, header and body.")
        return walker.problems, None, False
    _, clean = walker.dto(ROOT_DTO[kind], as_map(value), ())
    return walker.problems, clean, walker.truncated

"""One word for one thing in the interface (issue 12 point 12): every translated string says
"to-do" ("To-do", "to-dos"), never "todo" / "Todo" / "To-dos" spelt otherwise.

The strings are read the way ``pyside6-lupdate`` reads them: string literals inside ``tr(...)``,
``translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` calls of every module of the app."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import desktop_app

_TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "_tr"}
#: "todo" as a word of a sentence (not part of a method name such as crm.activity.todo.add).
_BAD = re.compile(r"(?<![.\w/\-%{])[Tt]odos?(?![.\w\-(])")


def translated_strings(source: str) -> list[tuple[int, str]]:
    """``(line, literal)`` of every string literal inside a translating call in ``source``."""
    stack: list[str | None] = []
    prev: tokenize.TokenInfo | None = None
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.OP and tok.string in "([{":
            stack.append(prev.string if prev is not None and prev.type == tokenize.NAME and tok.string == "(" else None)
        elif tok.type == tokenize.OP and tok.string in ")]}":
            if stack:
                stack.pop()
        elif tok.type == tokenize.STRING and any(name in _TRANSLATING for name in stack if name):
            found.append((tok.start[0], tok.string))
        if tok.type not in (tokenize.NL, tokenize.COMMENT, tokenize.NEWLINE):
            prev = tok
    return found


def test_the_reader_finds_translated_strings_and_the_rule_catches_todo() -> None:
    sample = 'x = self.tr("New todo")\ny = "todo"\nz = QCoreApplication.translate("Ctx", "Plan a To-do")\n'
    strings = translated_strings(sample)
    assert [s for _line, s in strings] == ['"New todo"', '"Ctx"', '"Plan a To-do"']
    assert [s for _line, s in strings if _BAD.search(s)] == ['"New todo"']
    assert not _BAD.search('"crm.activity.todo.add"') and not _BAD.search('"CRM_TODO"')


def test_every_translated_string_says_to_do() -> None:
    root = Path(desktop_app.__file__).parent
    offenders = [f"{path.relative_to(root.parent)}:{line}: {text}"
                 for path in sorted(root.rglob("*.py"))
                 for line, text in translated_strings(path.read_text(encoding="utf-8")) if _BAD.search(text)]
    assert offenders == []


def test_the_translation_source_file_says_to_do_too() -> None:
    ts = Path(desktop_app.__file__).parent.parent / "resources" / "i18n" / "activity_desk_en.ts"
    sources = re.findall(r"<source>(.*?)</source>", ts.read_text(encoding="utf-8"), flags=re.S)
    assert sources, "the .ts file lists the interface's strings"
    assert [s for s in sources if _BAD.search(s)] == []

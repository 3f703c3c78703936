"""The shipped translations (issue 14 item 4): the Russian ``.ts`` translates every string of the
interface, keeps every placeholder and one ``&`` mnemonic, has Russian's three plural forms; the
compiled ``.qm`` files are the ``.ts`` files as they are now; and ``pyside6-lupdate`` run over the
current code (on a copy) finds no string the ``.ts`` files do not already hold.

``pyside6-lupdate`` and ``pyside6-lrelease`` come with PySide6 (the venv's ``bin``)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
TS = {lang: I18N / f"activity_desk_{lang}.ts" for lang in ("en", "ru")}
BIN = Path(sys.executable).parent
#: %1…%9, %n and the named {fields} of str.format texts.
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")
MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} (part of PySide6) is installed"
    return found


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.findall("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _code_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "desktop_app").rglob("*.py") if "__pycache__" not in p.parts)


def test_russian_translates_every_string() -> None:
    messages = _messages(TS["ru"])
    assert len(messages) > 800, "the .ts lists the interface's strings"
    unfinished = [(ctx, m.findtext("source")) for ctx, m in messages
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not all(form.strip() for form in _forms(m))]
    assert unfinished == []
    assert ET.parse(TS["ru"]).getroot().get("language") == "ru_RU"


def test_russian_plurals_have_three_forms_and_english_two() -> None:
    for lang, count in (("ru", 3), ("en", 2)):
        plural = [(ctx, m) for ctx, m in _messages(TS[lang]) if m.get("numerus") == "yes"]
        assert plural, "some texts have plural forms"
        wrong = [(ctx, m.findtext("source")) for ctx, m in plural if len([f for f in _forms(m) if f.strip()]) != count]
        assert wrong == [], f"{lang}: {count} plural forms each"


def test_translations_keep_placeholders_and_one_mnemonic() -> None:
    problems = []
    for ctx, m in _messages(TS["ru"]):
        source = m.findtext("source")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in _forms(m):
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                problems.append((ctx, source, form, "placeholders"))
            if "<" not in source and len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(form)):
                problems.append((ctx, source, form, "mnemonic"))
    assert problems == []


def test_the_compiled_files_are_the_ts_files_as_they_are(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    for lang, ts in TS.items():
        fresh = tmp_path / f"{lang}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
        shipped = I18N / f"activity_desk_{lang}.qm"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is stale: run pyside6-lrelease on {ts.name}"


def test_lupdate_finds_no_string_the_ts_files_lack(tmp_path: Path) -> None:
    """What a developer runs (README) over the code as it is now: nothing new, nothing unfinished."""
    lupdate = _tool("pyside6-lupdate")
    copy = tmp_path / "resources" / "i18n"
    copy.mkdir(parents=True)
    code = tmp_path / "desktop_app"
    shutil.copytree(ROOT / "desktop_app", code, ignore=shutil.ignore_patterns("__pycache__", "resources"))
    for ts in TS.values():
        shutil.copy(ts, copy / ts.name)
    before = {lang: {(ctx, m.findtext("source"), m.findtext("comment")) for ctx, m in _messages(ts)} for lang, ts in TS.items()}
    subprocess.run([lupdate, "-silent", "-no-obsolete", *map(str, _code_files(tmp_path)),
                    "-ts", *(str(copy / ts.name) for ts in TS.values())], check=True, timeout=120, cwd=tmp_path)
    for lang, ts in TS.items():
        after = _messages(copy / ts.name)
        keys = {(ctx, m.findtext("source"), m.findtext("comment")) for ctx, m in after}
        assert keys - before[lang] == set(), f"strings in the code that {ts.name} lacks"
        if lang == "ru":
            assert [m.findtext("source") for _ctx, m in after if m.find("translation").get("type") == "unfinished"] == []


@pytest.mark.parametrize("sample", ['x = self.tr("Saved.")', 'x = translate("Ctx", "Saved.")'])
def test_lupdate_sees_the_call_forms_the_code_uses(tmp_path: Path, sample: str) -> None:
    """The forms the code uses for lupdate's sake (see desktop_app/ui/messages.py): a class's
    self.tr and translate("Context", "text") with a literal context."""
    (tmp_path / "m.py").write_text(f"class Ctx:\n    def f(self):\n        {sample}\n", encoding="utf-8")
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "m.py", "-ts", "m.ts"], check=True, timeout=60, cwd=tmp_path)
    assert [(ctx, m.findtext("source")) for ctx, m in _messages(tmp_path / "m.ts")] == [("Ctx", "Saved.")]


def _hidden_from_lupdate(source: str) -> list[tuple[int, str]]:
    """Translation calls with a literal text that pyside6-lupdate cannot file under the context the
    running code asks for: ``translate(CONTEXT, "text")`` / ``QT_TRANSLATE_NOOP(CONTEXT, "text")``
    with a variable context, a helper such as ``_tr("text")``, and any ``tr`` inside an f-string."""
    found = []
    tree = ast.parse(source)
    in_fstring = {id(sub) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for sub in ast.walk(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(literal) >= 2 and literal[1] and not literal[0]:
            found.append((node.lineno, f"{name} with a variable context"))
        elif isinstance(node.func, ast.Name) and name in ("tr", "_tr", "_t") and literal[:1] == [True]:
            found.append((node.lineno, f"{name}() helper with a literal text"))
        elif name == "tr" and id(node) in in_fstring:
            found.append((node.lineno, "tr() inside an f-string"))
    return found


def test_the_rule_catches_what_lupdate_cannot_see() -> None:
    sample = ('C = "Ctx"\na = translate(C, "x")\nb = _tr("y")\nc = f"{self.tr(\'z\')}: "\n'
              'd = translate("Ctx", "fine")\ne = _tr(word)\nf = self.tr("fine")\n')
    assert [line for line, _why in _hidden_from_lupdate(sample)] == [2, 3, 4]


def test_every_translated_literal_is_visible_to_lupdate() -> None:
    hidden = [f"{path.relative_to(ROOT)}:{line}: {why}" for path in _code_files(ROOT)
              for line, why in _hidden_from_lupdate(path.read_text(encoding="utf-8"))]
    assert hidden == []

"""Bring the window's translations up to date with the code.

    python scripts/update_translations.py           # update the .ts files, then make the .qm
    python scripts/update_translations.py --check   # change nothing; exit 1 if a .ts is behind
    python scripts/update_translations.py --unfinished   # the texts still to translate

1. `pyside6-lupdate` reads every .py file under iep_desk/ and merges the words it finds
   (`translate("Context", "text")`, `self.tr("text")`, QT_TRANSLATE_NOOP) into
   resources/translations/iep_desk_<language>.ts: new words arrive untranslated, words the code
   no longer has are dropped, translations already made are kept.
2. A count (a text with %n, translated with its number: `translate(ctx, "%n day(s)", "", n)`)
   is marked as a plural message with its plural forms. lupdate marks only `tr(...)` calls so,
   not `translate(...)` ones, and would otherwise fold a count's forms into one.
3. `pyside6-lrelease` compiles each .ts into the .qm the app loads (resources/translations/,
   shipped in the wheel as package data and in the bundle with resources/).

Translate the new words with Qt Linguist (`pyside6-linguist resources/translations/...ts`) or
any editor, then run this script again to remake the .qm. The .qm is committed with its .ts
so an installed copy (a wheel, the bundle, `pip install .`) needs no Qt tools to build it;
tests/ui/test_translations_current.py checks both are current.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "iep_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)
Message = tuple[str, str, str]  # (context, source, disambiguation)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"iep_desk_{language}.ts"


def tool(name: str) -> str:
    """A Qt tool PySide6 installs beside this Python (the venv's bin/ or Scripts/)."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment")
    return found


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def run_lupdate(ts: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "sources.lst"  # a list file: no command line is too long
        listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
        done = subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                               "-locations", "none", f"@{listing}", "-ts", str(ts)],
                              check=True, capture_output=True, text=True)
    # lupdate folds the plural forms of translate(...) counts and says so; mark_plurals puts
    # them back, so that note is left out.
    for line in (done.stdout + done.stderr).splitlines():
        if "plural forms" not in line and "target language is not set" not in line:
            print(line, file=sys.stderr)


def messages(ts: Path) -> set[Message]:
    """The words a .ts file holds, each with its context."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or "",
                       message.findtext("comment") or ""))
    return found


def plural_forms(ts: Path) -> dict[Message, tuple[list[str], str | None]]:
    """The plural forms already translated in a .ts, each with its state ("unfinished" or
    None for done), before lupdate folds them."""
    forms = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            numerus = [f.text or "" for f in message.iter("numerusform")]
            if numerus:
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                forms[key] = (numerus, message.find("translation").get("type"))
    return forms


def mark_plurals(ts: Path, kept: dict[Message, tuple[list[str], str | None]]) -> None:
    """Every message with %n becomes a plural message with its forms (Spanish has two)."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" not in source:
                continue
            key = (name, source, message.findtext("comment") or "")
            translation = message.find("translation")
            if key in kept:
                forms, state = kept[key]
            else:  # new words: lupdate's single (empty) translation, to be done
                single = translation.text or "" if not list(translation) else ""
                forms, state = [single, single], "unfinished"
            message.set("numerus", "yes")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
            translation.attrib.pop("type", None)
            if state or not all(forms):
                translation.set("type", state or "unfinished")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def update(language: str) -> None:
    ts = ts_file(language)
    if not ts.exists():
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      f'<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
    kept = plural_forms(ts)
    run_lupdate(ts)
    mark_plurals(ts, kept)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], check=True)


def behind(language: str) -> tuple[set[Message], set[Message]]:
    """(words in the code missing from the .ts, words in the .ts the code no longer has)."""
    ts = ts_file(language)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                         f'<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
        run_lupdate(fresh)
        in_code = messages(fresh)
    in_file = messages(ts)
    return in_code - in_file, in_file - in_code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a .ts file is behind the code")
    parser.add_argument("--unfinished", action="store_true",
                        help="list the texts still to translate, by language and context")
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.unfinished:
        count = 0
        for language in LANGUAGES:
            for context in ET.parse(ts_file(language)).getroot().iter("context"):
                for message in context.iter("message"):
                    if message.find("translation").get("type") == "unfinished":
                        count += 1
                        print(f"{language} [{context.findtext('name')}] "
                              f"{message.findtext('source')!r}")
        return 1 if count else 0
    if not args.check:
        for language in LANGUAGES:
            update(language)
        return 0
    stale = False
    for language in LANGUAGES:
        missing, gone = behind(language)
        for context, source, _ in sorted(missing):
            print(f"{ts_file(language).name}: not yet in the file: [{context}] {source!r}")
        for context, source, _ in sorted(gone):
            print(f"{ts_file(language).name}: no longer in the code: [{context}] {source!r}")
        stale = stale or bool(missing or gone)
    if stale:
        print("Run: python scripts/update_translations.py (then translate the new words)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())

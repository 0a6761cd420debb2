"""Every family-language resource says the same things as the English one.

For each language folder in resources/templates/: a record of whether a native speaker has
reviewed it, and (with its standard agenda, ideas for home and glossary) everything the English
says. The templates' own keys and placeholders are checked in tests/printing/test_wording.py.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from iep_desk.config import RESOURCES_DIR
from iep_desk.core.languages import find_language
from iep_desk.core.plain_language import find_terms, parse_glossary

TEMPLATES = RESOURCES_DIR / "templates"
AGENDAS = RESOURCES_DIR / "agenda"
IDEAS = RESOURCES_DIR / "ideas_for_home"
GLOSSARIES = RESOURCES_DIR / "glossary"
LANGUAGES = sorted(p.name for p in TEMPLATES.iterdir() if p.is_dir() and p.name != "en")
# The prep sheet is for the case manager alone: it is made in the teacher's language.
FAMILY_FILES = ("agenda.json", "invitation.json", "labels.json", "summary.json", "thank_you.json")


def load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def shape(value, path=""):
    """{key path: placeholders} for every text in a nested JSON value."""
    found = {}
    if isinstance(value, dict):
        for key, inner in value.items():
            found.update(shape(inner, f"{path}/{key}"))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.update(shape(inner, f"{path}[{index}]"))
    elif isinstance(value, str):
        found[path] = sorted({name for _, name, _, _ in string.Formatter().parse(value) if name})
    return found


def test_there_are_family_languages_besides_english():
    assert "es" in LANGUAGES
    for code in LANGUAGES:
        assert find_language(code) is not None, f"{code} is not a language code Babel knows"


def _texts(value):
    if isinstance(value, dict):
        for inner in value.values():
            yield from _texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner)
    elif isinstance(value, str):
        yield value


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_records_its_review(code):
    about = TEMPLATES / code / "about.json"
    assert about.is_file(), f"{code}: about.json says whether a native speaker reviewed it"
    review = load(about)["reviewed_by"]
    assert review is None or {"name", "role", "date"} <= set(review)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["date"]) if review else True


# --- the standard agenda, the ideas for home and the glossary --------------------------------
# A language with templates prints the built-in agenda items, ideas for home and glossary
# explanations from these files; one missing or incomplete prints English inside the letter.


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_has_the_whole_standard_agenda(code):
    path = AGENDAS / f"default-{code}.json"
    assert path.is_file(), f"{code}: no standard agenda (resources/agenda/default-{code}.json)"
    english, translated = load(AGENDAS / "default-en.json"), load(path)
    assert translated["language"] == code
    assert translated["name"].strip() and translated["name"] != english["name"], (
        f"{code}: the agenda's name is not translated")
    assert [(i["key"], i["minutes"]) for i in translated["items"]] == [
        (i["key"], i["minutes"]) for i in english["items"]], f"{code}: keys or minutes differ"
    untranslated = [mine["key"] for mine, theirs in zip(translated["items"], english["items"],
                                                        strict=True)
                    if not mine["title"].strip() or mine["title"] == theirs["title"]]
    assert not untranslated, f"{code}: agenda titles left empty or in English: {untranslated}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_has_every_idea_for_home(code):
    path = IDEAS / f"{code}.json"
    assert path.is_file(), f"{code}: no ideas for home (resources/ideas_for_home/{code}.json)"
    english, translated = load(IDEAS / "en.json"), load(path)
    assert translated["language"] == code
    assert [i["key"] for i in translated["ideas"]] == [i["key"] for i in english["ideas"]], (
        f"{code}: the ideas' keys differ from English")
    untranslated = [mine["key"] for mine, theirs in zip(translated["ideas"], english["ideas"],
                                                        strict=True)
                    if not mine["text"].strip() or mine["text"] == theirs["text"]]
    assert not untranslated, f"{code}: ideas left empty or in English: {untranslated}"


def _is_acronym(term: str) -> bool:
    """No small letter: "IEP", "ADHD", "IQ" (not "504 plan" or "IEP team")."""
    return not any(char.islower() for char in term)


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_language_explains_every_glossary_term(code):
    path = GLOSSARIES / f"{code}.json"
    assert path.is_file(), f"{code}: no glossary (resources/glossary/{code}.json)"
    english, translated = load(GLOSSARIES / "en.json"), load(path)
    # The English term is the key: the same entries, in the same order.
    assert [e["term"] for e in translated] == [e["term"] for e in english], (
        f"{code}: the glossary's terms differ from the English ones (or their order)")
    for mine, theirs in zip(translated, english, strict=True):
        term = theirs["term"]
        assert mine["plain"].strip() and mine["plain"] != theirs["plain"], (
            f"{code}: “{term}” has no explanation in the language")
        assert isinstance(mine["aliases"], list)
        assert all(isinstance(a, str) and a.strip() for a in mine["aliases"])
        # How the family says it: a term spelled out in English has a name in every language.
        assert mine["aliases"] or _is_acronym(term), f"{code}: “{term}” has no local name"
    # The app reads it, and each way of saying a term leads to that term (a form another
    # entry already claims would never be found).
    glossary = parse_glossary(path.read_text(encoding="utf-8"), code)
    for entry in glossary.entries:
        for form in (entry.term, *entry.aliases):
            assert [hit.term for hit in find_terms(form, glossary)] == [entry.term], (
                f"{code}: “{form}” does not lead to “{entry.term}”")

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

TEMPLATES = RESOURCES_DIR / "templates"
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

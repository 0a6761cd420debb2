"""IEP Desk's own files in resources/: read here, and nowhere in core.

What each family language has (template folders and their reviews, the standard agenda,
the ideas for home, the glossary, the tagline, date words), the checklists' texts, the
built-in agenda template and the plain-language glossaries. Core's rules are given what is
read here (a LanguageShelf, a checklist's texts, a Glossary, an AgendaTemplate); storage,
printing, the application layer and the window may all read through this module.

Files are read again when they change (the cache is keyed by the file's time), so an edited
resource needs no restart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from iep_desk.config import RESOURCES_DIR
from iep_desk.core import family_language as fl
from iep_desk.core.agenda import AgendaTemplate, TemplateItem
from iep_desk.core.plain_language import Glossary, GlossaryError, parse_glossary

ENGLISH = fl.ENGLISH
TEMPLATES_DIR = RESOURCES_DIR / "templates"
AGENDA_DIR = RESOURCES_DIR / "agenda"
IDEAS_DIR = RESOURCES_DIR / "ideas_for_home"
GLOSSARY_DIR = RESOURCES_DIR / "glossary"
TAGLINES_FILE = RESOURCES_DIR / "taglines" / "taglines.json"
DATES_DIR = RESOURCES_DIR / "dates"
CHECKLISTS_DIR = RESOURCES_DIR / "checklists"
LABELS_FILE = "labels.json"


# -- templates ----------------------------------------------------------------------------------

def template_languages(root: Path | None = None) -> list[str]:
    """The template folders (language codes) that hold a labels file, sorted; English first."""
    root = root or TEMPLATES_DIR
    if not root.is_dir():
        return []
    found = sorted(p.name for p in root.iterdir() if (p / LABELS_FILE).is_file())
    return sorted(found, key=lambda code: code != ENGLISH)


def template_language(code: str, root: Path | None = None) -> str | None:
    """The template folder for a family's language code, or None when there is none."""
    available = set(template_languages(root))
    for name in fl.candidates(code):
        if name in available:
            return name
    return None


@dataclass(frozen=True)
class Review:
    """Whether a native speaker has read a template folder through: who, in what role, when."""

    language: str
    reviewed_by: dict | None

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by)


def review_of(template: str, root: Path | None = None) -> Review:
    """The review recorded in a template folder's about.json. English is the source: it
    counts as reviewed. A folder without about.json counts as not reviewed."""
    if template == ENGLISH:
        return Review(ENGLISH, {"name": "", "role": "source", "date": ""})
    data = _read((root or TEMPLATES_DIR) / template / "about.json")
    review = data.get("reviewed_by") if isinstance(data, dict) else None
    return Review(template, review if isinstance(review, dict) and review else None)


# -- the standard agenda, the ideas for home, the glossary ---------------------------------------

def standard_agenda(template: str) -> dict[str, str]:
    """{key: title} of the standard agenda in a language; empty when it has none."""
    data = _read(AGENDA_DIR / f"default-{template}.json")
    items = data.get("items", []) if isinstance(data, dict) else []
    return {str(item["key"]): str(item["title"]) for item in items
            if isinstance(item, dict) and item.get("key") and item.get("title")}


@lru_cache(maxsize=1)
def _standard_titles() -> dict[str, frozenset[str]]:
    titles: dict[str, set[str]] = {}
    for path in sorted(AGENDA_DIR.glob("default-*.json")):
        for key, title in standard_agenda(path.stem.removeprefix("default-")).items():
            titles.setdefault(key, set()).add(" ".join(title.split()))
    return {key: frozenset(found) for key, found in titles.items()}


def is_standard_agenda_title(key: str, title: str) -> bool:
    """Whether an agenda item is the standard agenda's item `key` as written in some language
    (not renamed by the teacher): then it prints in the document's language."""
    return bool(key) and " ".join(title.split()) in _standard_titles().get(key, frozenset())


def ideas_for_home(template: str) -> dict[str, str]:
    """{key: text} of the built-in ideas for home in a language; empty when it has none."""
    data = _read(IDEAS_DIR / f"{template}.json")
    ideas = data.get("ideas", []) if isinstance(data, dict) else []
    return {str(idea["key"]): str(idea["text"]) for idea in ideas
            if isinstance(idea, dict) and idea.get("key") and idea.get("text")}


def glossary_file(template: str) -> Path | None:
    """The glossary of a template language (resources/glossary/<code>.json), or None."""
    for name in fl.candidates(template):
        path = GLOSSARY_DIR / f"{name}.json"
        if path.is_file():
            return path
    return None


# -- taglines ----------------------------------------------------------------------------------

def taglines() -> dict[str, dict]:
    data = _read(TAGLINES_FILE)
    found = data.get("taglines", {}) if isinstance(data, dict) else {}
    return {code: entry for code, entry in found.items()
            if isinstance(entry, dict) and isinstance(entry.get("text"), str)}


def tagline_language(code: str) -> str | None:
    """The tagline for a family's language code ("fa_AF" -> Dari's, "zh_TW" -> traditional
    Chinese), or None when there is none."""
    known = taglines()
    for name in fl.candidates(code):
        if name in known:
            return name
    return None


def tagline(code: str, phone: str) -> str | None:
    """The tagline in the family's language with the number to call filled in; None when the
    language has none."""
    found = tagline_language(code)
    if found is None:
        return None
    return taglines()[found]["text"].replace("{phone}", phone)


# -- dates in a language CLDR has no dates for ---------------------------------------------------

def date_words(template: str) -> dict | None:
    """Month and weekday names and the date pattern for a language whose CLDR locale has no
    dates of its own (Haitian Creole): resources/dates/<code>.json, or None."""
    data = _read(DATES_DIR / f"{template}.json")
    return data if isinstance(data, dict) and data.get("months") else None


# -- reading resource files ----------------------------------------------------------------------

def _read(path: Path) -> object:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _read_cached(path, stamp)


@lru_cache(maxsize=128)
def _read_cached(path: Path, _stamp: int) -> object:
    # The file's time in the key: an edited resource is read again without a restart.
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# -- what each language has, for core's rules ------------------------------------------------

def language_shelf() -> fl.LanguageShelf:
    """What IEP Desk has in each family language (core.family_language.LanguageShelf)."""
    templates = tuple(template_languages())
    return fl.LanguageShelf(
        templates=templates,
        reviewed=frozenset(t for t in templates if review_of(t).reviewed),
        taglines=frozenset(taglines()),
        standard_titles=_standard_titles())


# -- the checklists' texts, the built-in agenda, the glossaries ----------------------------------

def checklist_texts(language: str = ENGLISH) -> dict:
    """The checklists' item texts and warnings in a language: resources/checklists/<code>.json
    for the code or its base language ("es-MX" and "es_US" read es.json), English when there
    is neither; {} when no file can be read."""
    for name in [*fl.candidates(language), ENGLISH]:
        data = _read(CHECKLISTS_DIR / f"{name}.json")
        if isinstance(data, dict) and data:
            return data
    return {}


def default_agenda_template(language: str = ENGLISH) -> AgendaTemplate:
    """The built-in agenda in `language` ("es"; "es-MX" and "es_US" take the Spanish), English
    when the language has none."""
    data = None
    for candidate in [*fl.candidates(language), ENGLISH]:  # as checklist_texts finds its file
        data = _read(AGENDA_DIR / f"default-{candidate}.json")
        if isinstance(data, dict) and data.get("items"):
            break
    if not isinstance(data, dict):
        raise TypeError("the built-in agenda (resources/agenda/default-en.json) is not an object")
    return AgendaTemplate(data["name"], [TemplateItem.from_json(d) for d in data["items"]])


def glossary_path(language: str) -> Path:
    """The glossary file for a language code: the code itself when there is a file for it
    ("zh_Hans"), else its base language ("es_MX" → "es"); the base's path when neither exists."""
    code = (language or "en").replace("-", "_")
    whole = GLOSSARY_DIR / f"{code}.json"
    if "_" in code and whole.exists():
        return whole
    return GLOSSARY_DIR / f"{code.split('_')[0].lower()}.json"


@lru_cache(maxsize=8)
def load_glossary(language: str = "en") -> Glossary:
    """The glossary for `language` ("es", "es_MX" and "es-US" all mean Spanish).

    Raises GlossaryError when there is no glossary for the language or its file is damaged.
    """
    path = glossary_path(language)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GlossaryError(f"There is no glossary for the language “{language}”.") from None
    return parse_glossary(text, path.stem)

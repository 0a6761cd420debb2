"""What IEP Desk has in each family language, read from resources/.

A family's language is stored as a code ("es", "es_MX", "zh", "zh_TW", "fa_AF", "hmn").
Family documents are written from a template folder (resources/templates/<code>/); the
folder that fits a family's code is found by language, script and region:

- "es_MX", "es-US" -> "es"; "pt_BR" -> "pt";
- Chinese: "zh", "zh_CN", "zh_Hans" -> "zh_Hans"; "zh_TW", "zh_HK", "zh_MO", "zh_Hant",
  "yue" (Cantonese, written in traditional characters) -> "zh_Hant";
- "fa_AF" (Dari) has no template: documents are in English with the Dari tagline.

Besides the templates, a language may have a standard agenda
(resources/agenda/default-<code>.json), ideas for home (resources/ideas_for_home/<code>.json),
a glossary (resources/glossary/<code>.json) and a tagline (resources/taglines/taglines.json):
a line at the top of a document that is not in the family's language. Each template folder's
about.json records whether a native speaker has reviewed it.

Everything here is codes and resource texts; the app and the command line word what they
tell the teacher. No reportlab, no Qt: the planner asks these questions as a meeting is shown.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

from iep_desk.config import RESOURCES_DIR

ENGLISH = "en"
TEMPLATES_DIR = RESOURCES_DIR / "templates"
AGENDA_DIR = RESOURCES_DIR / "agenda"
IDEAS_DIR = RESOURCES_DIR / "ideas_for_home"
GLOSSARY_DIR = RESOURCES_DIR / "glossary"
TAGLINES_FILE = RESOURCES_DIR / "taglines" / "taglines.json"
DATES_DIR = RESOURCES_DIR / "dates"
LABELS_FILE = "labels.json"

# A language code as stored for a family; anything else is never looked up, so a stray value
# can never point outside the resources folder.
_LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")
# Languages read in another language's script or under another code.
_ALIASES = {"yue": "zh_Hant", "fil": "tl", "iw": "he", "in": "id", "prs": "fa_AF"}
# Chinese written in traditional characters in these regions.
_TRADITIONAL_REGIONS = frozenset({"TW", "HK", "MO"})


def _split(code: str) -> tuple[str, str, str] | None:
    """(language, script, region) of a code: "zh-hant-tw" -> ("zh", "Hant", "TW")."""
    text = (code or "").strip()
    if not _LANGUAGE_CODE.match(text):
        return None
    parts = text.replace("-", "_").split("_")
    language, script, region = parts[0].lower(), "", ""
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha() and not script:
            script = part.title()
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = region or part.upper()
    return language, script, region


def candidates(code: str) -> list[str]:
    """Resource names to try for a family's code, most specific first:
    "es_MX" -> ["es_MX", "es"]; "zh_TW" -> ["zh_Hant_TW", "zh_Hant", "zh_TW", "zh"]."""
    parts = _split(code)
    if parts is None:
        return []
    language, script, region = parts
    if language in _ALIASES and not script:
        alias = candidates(_ALIASES[language])
        return alias if not region else [f"{alias[0]}_{region}", *alias]
    if language == "zh" and not script:
        script = "Hant" if region in _TRADITIONAL_REGIONS else "Hans"
    names = []
    if script and region:
        names.append(f"{language}_{script}_{region}")
    if script:
        names.append(f"{language}_{script}")
    if region:
        names.append(f"{language}_{region}")
    names.append(language)
    return list(dict.fromkeys(names))


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
    for name in candidates(code):
        if name in available:
            return name
    return None


def is_english(code: str) -> bool:
    return (_split(code) or ("",))[0] == ENGLISH


def is_right_to_left(code: str) -> bool:
    """Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu, Pashto...),
    by its CLDR locale's character order; False for a code Babel does not know."""
    for name in candidates(code):
        try:
            return Locale.parse(name).character_order == "right-to-left"
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return False


def babel_locale(code: str) -> Locale | None:
    """The Babel locale of a code (its most specific form Babel knows), or None."""
    for name in candidates(code):
        try:
            return Locale.parse(name)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
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
    for name in candidates(template):
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
    for name in candidates(code):
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

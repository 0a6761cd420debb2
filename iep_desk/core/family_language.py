"""Family languages: codes, the resource names that fit them, and what IEP Desk has in each.

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

Everything here is codes; nothing here reads a file. iep_desk.resources reads the folders
and files and gives what it found as a `LanguageShelf`, which the rules below are given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from babel import Locale, UnknownLocaleError

ENGLISH = "en"

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


# -- what IEP Desk has in each language ------------------------------------------------------

def pick(code: str, available: object) -> str | None:
    """The most specific of a code's candidates that is among `available`, or None."""
    for name in candidates(code):
        if name in available:  # type: ignore[operator]
            return name
    return None


@dataclass(frozen=True, slots=True)
class LanguageShelf:
    """What IEP Desk has in each family language, as iep_desk.resources found it in
    resources/: the template folders (English first), the ones a native speaker reviewed,
    the languages with a tagline, and the standard agenda's titles in every language."""

    templates: tuple[str, ...] = (ENGLISH,)
    reviewed: frozenset[str] = frozenset({ENGLISH})
    taglines: frozenset[str] = frozenset()
    # Agenda key → its title in every language with a standard agenda.
    standard_titles: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def template_language(self, code: str) -> str | None:
        """The template folder for a family's language code, or None when there is none."""
        return pick(code, self.templates)

    def tagline_language(self, code: str) -> str | None:
        """The tagline for a family's language code ("fa_AF" -> Dari's, "zh_TW" -> traditional
        Chinese), or None when there is none."""
        return pick(code, self.taglines)

    def is_reviewed(self, template: str) -> bool:
        return template == ENGLISH or template in self.reviewed

    def is_standard_agenda_title(self, key: str, title: str) -> bool:
        """Whether an agenda item is the standard agenda's item `key` as written in some
        language (not renamed by the teacher): then it prints in the document's language."""
        return bool(key) and " ".join(title.split()) in self.standard_titles.get(key, frozenset())


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

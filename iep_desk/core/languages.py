"""Every language a family may speak, named in English and in the language itself.

The list comes from the Unicode CLDR data that Babel ships (about 670 languages), so a
Hmong, Nepali, Dari or Amharic family can be recorded as easily as a Spanish one. A family's
language is stored as its code ("es", "hmn", "fa_AF"); a code the list does not know (typed
by hand, or from an older version) is kept as it is and shown as it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError

# Languages CLDR names only as a regional variant, where US schools use the variant's own
# name: Dari is Persian as spoken in Afghanistan.
_VARIANTS = ("fa_AF", "zh_Hans", "zh_Hant")
# The languages most spoken at home by English learners' families in US schools (NCES), and
# others that lead in some states: offered first when a search matches several languages.
COMMON_IN_US_SCHOOLS = ("es", "ar", "zh", "vi", "pt", "ru", "ht", "hmn", "ur", "so", "tl",
                        "ko", "ne", "fa_AF", "fa", "ps", "am", "ti", "fr", "uk", "my", "sw")
# Language codes CLDR lists that are not languages a family speaks.
_NOT_A_LANGUAGE = {"und", "zxx", "mul", "mis"}


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    english_name: str
    # The language's name in the language itself; empty when CLDR has no data for it.
    own_name: str

    @property
    def label(self) -> str:
        """'Spanish (español)', 'Hmong', 'Arabic (العربية)'."""
        return _with_own_name(self.english_name, self.own_name)


def _with_own_name(name: str, own_name: str) -> str:
    """The name, then the language's own name in brackets when that is another word."""
    if own_name and own_name.casefold() != name.casefold():
        # The isolate keeps a right-to-left name from reordering the brackets around it.
        return f"{name} (\u2068{own_name}\u2069)"
    return name


def _own_name(code: str) -> str:
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return ""
    name = locale.get_display_name(locale) or ""
    # CLDR writes some languages' own names in lower case ("español"): as a label in a list
    # of names it reads better with a capital, as the language would write it at a sentence's
    # start.
    return name[:1].upper() + name[1:] if name else ""


@cache
def all_languages() -> tuple[Language, ...]:
    """Every language CLDR names in English, sorted by English name."""
    # CLDR's table is keyed by language codes (babel types its keys more loosely).
    english = {str(code): str(name) for code, name in Locale("en").languages.items()}
    codes = [code for code in english if "_" not in code and code not in _NOT_A_LANGUAGE]
    codes += [code for code in _VARIANTS if code in english]
    found = [Language(code, english[code], _own_name(code)) for code in codes]
    return tuple(sorted(found, key=lambda x: folded(x.english_name)))


@cache
def _by_code() -> dict[str, Language]:
    return {language.code.casefold(): language for language in all_languages()}


def find_language(code: str) -> Language | None:
    """The language with this code ("es", "ES", "es-MX" gives Spanish); None if unknown."""
    wanted = (code or "").strip().replace("-", "_").casefold()
    if not wanted:
        return None
    by_code = _by_code()
    if wanted in by_code:
        return by_code[wanted]
    return by_code.get(wanted.split("_")[0])


def language_label(code: str) -> str:
    """How a stored code is shown: the language's label, or the code itself if unknown."""
    language = find_language(code)
    return language.label if language else code


@cache
def _names_in(reader: str) -> dict[str, str]:
    """Every language's name in `reader`'s language ("es": {"vi": "vietnamita", ...});
    empty when CLDR does not know `reader`."""
    try:
        locale = Locale.parse(reader)
    except (UnknownLocaleError, ValueError):
        return {}
    return {str(code): str(name) for code, name in locale.languages.items()}


def name_in(code: str, reader: str) -> str:
    """The language's name as a reader of `reader` writes it inside a sentence: "Vietnamese"
    in English, "vietnamita" in Spanish. English when CLDR has no name in that language, the
    code itself when the language is unknown."""
    language = find_language(code)
    if language is None:
        return code
    return _names_in(reader).get(language.code) or language.english_name


def label_in(code: str, reader: str) -> str:
    """The language as a list shows it to a reader of `reader`: "Vietnamita (Tiếng Việt)",
    "Vietnamese (Tiếng Việt)"; its name capitalized, as at the start of a line."""
    language = find_language(code)
    if language is None:
        return code
    name = name_in(code, reader)
    return _with_own_name(name[:1].upper() + name[1:], language.own_name)


def folded(text: str) -> str:
    """Lower case without accents, for matching what a teacher types and for sorting names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_languages(text: str) -> list[Language]:
    """Languages whose English name, own name or code starts a word with what was typed,
    best matches (the name itself starts with it) first."""
    wanted = folded(text.strip())
    if not wanted:
        return list(all_languages())
    starts, words = [], []
    for language in all_languages():
        names = [folded(language.english_name), folded(language.own_name), language.code.casefold()]
        if any(name.startswith(wanted) for name in names if name):
            starts.append(language)
        elif any(re.search(r"\b" + re.escape(wanted), name) for name in names if name):
            words.append(language)
    common = {code: rank for rank, code in enumerate(COMMON_IN_US_SCHOOLS)}
    first = lambda x: common.get(x.code, len(common))
    return sorted(starts, key=first) + sorted(words, key=first)

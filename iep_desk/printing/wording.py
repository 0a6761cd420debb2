"""The words of a document, in one language, from resources/templates/<language>/.

Each language is a folder holding one JSON file per document (invitation.json,
agenda.json...) plus labels.json (meeting types, roles, responses...). Placeholders
are str.format names ("{first_name}"). Adding a language is adding a folder: no code.
The folder that fits a family's language code is found by core.family_language
("es_MX" -> "es", "zh_TW" -> "zh_Hant"); a language without one is made in English
(`Wording.fallback`), and the caller decides what to tell the teacher.
Dates, times and numbers are the language's own (Babel; resources/dates/ for a language
whose CLDR locale has no month names).
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Mapping
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_decimal, format_percent

from iep_desk import resources
from iep_desk.core import family_language as fl

TEMPLATES_DIR = resources.TEMPLATES_DIR
FALLBACK_LANGUAGE = fl.ENGLISH
LABELS_FILE = resources.LABELS_FILE


class TemplateError(ValueError):
    """A template file that is missing, unreadable, or lacks a sentence the document needs."""


def template_folder(language: str, document: str, root: Path | None = None) -> Path | None:
    """The folder holding `document` for `language`, or None when that language has none."""
    root = root or TEMPLATES_DIR
    for name in fl.candidates(language):
        folder = root / name
        if (folder / f"{document}.json").is_file() and (folder / LABELS_FILE).is_file():
            return folder
    return None


def available_languages(root: Path | None = None) -> list[str]:
    """Language folders that hold a labels file, sorted."""
    return sorted(resources.template_languages(root or TEMPLATES_DIR))


@lru_cache(maxsize=64)
def _read_json(path: Path, mtime_ns: int) -> dict:
    # mtime in the cache key: an edited template is read again without restarting the app.
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, json.JSONDecodeError) as error:
        raise TemplateError(f"The template file {path} could not be read: {error}") from error
    if not isinstance(data, dict):
        raise TemplateError(f"The template file {path} must hold a JSON object.")
    return data


def read_template(path: Path) -> dict:
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as error:
        raise TemplateError(f"The template file {path} is missing.") from error
    return _read_json(path, mtime)


def language_name(code: str, in_language: str = "en") -> str:
    """ "es" -> "Spanish" (in English), for the teacher's notice; the code itself if unknown."""
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(in_language) or code
    except (UnknownLocaleError, ValueError, TypeError):
        return code


class _Blank(dict):
    """Missing placeholders are a template mistake; say which one instead of a bare KeyError."""

    def __init__(self, values: dict, where: str):
        super().__init__(values)
        self.where = where

    def __missing__(self, key: str) -> str:
        raise TemplateError(f"The template text {self.where} uses an unknown name {{{key}}}.")


class Wording:
    """The sentences of one document in one language, and the language's dates, times and labels."""

    def __init__(self, document: str, language: str = "en", root: Path | None = None):
        root = root or TEMPLATES_DIR
        self.document = document
        self.requested = (language or FALLBACK_LANGUAGE).strip() or FALLBACK_LANGUAGE
        folder = template_folder(self.requested, document, root)
        # True when the language asked for has no template for this document: made in English.
        self.fallback = folder is None
        if folder is None:
            folder = template_folder(FALLBACK_LANGUAGE, document, root)
            if folder is None:
                raise TemplateError(f"There is no English template for the {document} in {root}.")
        self.language = folder.name
        self.right_to_left = fl.is_right_to_left(self.language)
        # Names any sentence may use; the renderers fill them in (see common.wording_for).
        self.context: dict[str, object] = {}
        self.texts = read_template(folder / f"{document}.json")
        self.labels = read_template(folder / LABELS_FILE)
        # Dates follow the language asked for when the folder is its base ("es" for "es-MX").
        self.locale = _locale(self.language if self.fallback else self.requested, self.language)
        self.date_words = resources.date_words(self.language)

    # -- sentences -------------------------------------------------------------
    def text(self, key: str, **values: object) -> str:
        """The sentence `key` of this document with its placeholders filled."""
        return self._fill(self.texts, key, values, f"{self.language}/{self.document}.json")

    def text_in(self, group: str, key: str, **values: object) -> str:
        """A sentence from a group of this document's texts ("purposes" -> "annual_review")."""
        table = self.texts.get(group)
        if not isinstance(table, dict):
            raise TemplateError(f"The template {self.language}/{self.document}.json has no {group!r}.")
        return self._fill(table, key, values, f"{self.language}/{self.document}.json {group}")

    def has(self, key: str) -> bool:
        return bool(self.texts.get(key))

    def label(self, group: str, code: str, **values: object) -> str:
        """A word from labels.json ("roles", "general_education_teacher" -> "General education
        teacher"). A code the labels do not know (a role typed by the teacher) is printed as typed."""
        table = self.labels.get(group) or {}
        if code in table:
            return self._fill(table, code, values, f"{self.language}/labels.json {group}")
        return (code or "").replace("_", " ").strip()

    def common_template(self, key: str) -> str:
        """A labels.json text left unfilled (the page number, filled in at the last moment)."""
        template = self.labels.get(key)
        if not isinstance(template, str):
            raise TemplateError(f"The template {self.language}/labels.json has no text for {key!r}.")
        return template

    def common(self, key: str, **values: object) -> str:
        return self._fill(self.labels, key, values, f"{self.language}/labels.json")

    def _fill(self, table: dict, key: str, values: dict, where: str) -> str:
        template = table.get(key)
        if not isinstance(template, str):
            raise TemplateError(f"The template {where} has no text for {key!r}.")
        # The names every sentence may use (a translation may need the child's name where
        # English does not), then the sentence's own.
        merged = {**self.context, **values}
        filled = _Blank({k: "" if v is None else v for k, v in merged.items()},
                        f"{key!r} in {where}")
        text = template.format_map(filled)
        if ".." in text:
            text = _one_period(template, filled)
        return text

    # -- dates and times -------------------------------------------------------
    def date(self, value: date | datetime | None) -> str:
        """A full date in the language ("Tuesday, March 17, 2026" / "martes, 17 de marzo de 2026")."""
        if value is None:
            return self.common("date_to_be_set")
        if isinstance(value, datetime):
            value = value.date()
        if self.date_words:
            return _worded_date(value, "full", self.date_words)
        return _formatted_date(value, "full", self.locale)

    # dt.date below: inside the class, `date` names the method above.
    def short_date(self, value: dt.date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        if self.date_words:
            return _worded_date(value, "medium", self.date_words)
        return _formatted_date(value, "medium", self.locale)

    def time(self, value: time | datetime | None) -> str:
        if value is None:
            return ""
        # The zone is part of the key: 3 PM in New York equals 8 PM in London as datetimes.
        return _formatted_time(value, value.tzinfo, self.locale)

    def number(self, value: float) -> str:
        """A number as the language writes it (Babel): "1,250", "3.5" / "1.250", "3,5"."""
        return format_decimal(value, locale=self.locale)

    def percent(self, share: float) -> str:
        """A share as a whole percentage in the language ("44%", "44 %")."""
        return format_percent(share, locale=self.locale)

    def month(self, value: dt.date | datetime | None, *, short: bool = False) -> str:
        """A month and its year ("November 2026", "noviembre de 2026", "2026年11月");
        `short` for a chart's axis ("Nov 2026")."""
        if value is None:
            return ""
        if self.date_words:
            pattern = self.date_words.get("month_year") or "{month} {year}"
            return pattern.format(month=self.date_words["months"][value.month - 1],
                                  year=value.year)
        return _formatted_month(value.year, value.month, "yMMM" if short else "yMMMM",
                                self.locale)


def _one_period(template: str, values: Mapping[str, object]) -> str:
    """The template filled as format_map does, except that a value ending with its own period
    (Russian dates end "2026 г.", a name "Ana Ruiz Jr.") followed by the sentence's period
    ends it once. A value's own "..." and the template's other periods are kept."""
    parts: list[str] = []
    previous = ""
    for literal, field, spec, conversion in string.Formatter().parse(template):
        if literal.startswith(".") and not literal.startswith("..") \
                and previous.endswith(".") and not previous.endswith(".."):
            literal = literal[1:]
        parts.append(literal)
        if field is None:
            previous = ""
            continue
        previous = ("{" + field + ("!" + conversion if conversion else "")
                    + (":" + spec if spec else "") + "}").format_map(values)
        parts.append(previous)
    return "".join(parts)


def _locale(requested: str, template: str) -> Locale:
    """The Babel locale for dates: the code asked for ("es_MX") when it is the template's
    language, else the template's; English without a region is US English (the documents
    are for US schools)."""
    found = fl.babel_locale(requested)
    if found is None or found.language != template.split("_")[0]:
        found = fl.babel_locale(template)
    if found is None or (found.language == "en" and found.territory is None):
        return Locale.parse("en_US")
    return found


def _worded_date(value: date, width: str, words: dict) -> str:
    pattern = words.get(width) or words.get("full") or "{day} {month} {year}"
    return pattern.format(weekday=words["weekdays"][value.weekday()], day=value.day,
                          month=words["months"][value.month - 1], year=value.year)


# Babel builds a pattern and walks it on every call; a handout formats the same few dates and
# times many times (every agenda item's start and end), and a date reads the same every time.
@lru_cache(maxsize=2048)
def _formatted_date(value: date, width: str, locale: Locale) -> str:
    return format_date(value, format=width, locale=locale)


@lru_cache(maxsize=512)
def _formatted_month(year: int, month: int, skeleton: str, locale: Locale) -> str:
    # A skeleton gives the language's own "month year" pattern (CLDR), in the form a
    # month takes standing alone where the language has one ("ноябрь 2026 г.").
    return format_skeleton(skeleton, date(year, month, 1), locale=locale)


@lru_cache(maxsize=2048)
def _formatted_time(value: time | datetime, _zone: object, locale: Locale) -> str:
    return format_time(value, format="short", locale=locale)

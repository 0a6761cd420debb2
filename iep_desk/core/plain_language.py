"""The plain-language checker for text that goes to a family.

It finds special-education terms from the glossary (resources/glossary/<language>.json),
offers their plain explanation, estimates the reading grade, and gives short
advice ("Sentence 3 has 41 words: split it.", a core.problems.Problem code with its values
for the window to word). Plain Python, no Qt.

Term lookup works on words, not on one huge regular expression: the text is
cut into words once, and each run of up to N words (N = the longest term) is
looked up in a dictionary, longest first. That stays well under a millisecond
for a few paragraphs, so it can run on every keystroke.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from itertools import pairwise

from iep_desk.core.problems import Problem
from iep_desk.core.readability import (
    UnsupportedLanguageError,
    reading_grade,
    split_sentences,
    words_of,
)

# Sentences longer than this are hard to follow for most readers.
LONG_SENTENCE_WORDS = 25
# The reading level family letters aim for.
TARGET_GRADE = (6, 8)

# Chinese and Japanese write no spaces between words: each ideograph or kana is a word of its
# own here, so that a term of several characters is found inside a longer run (a term is a
# sequence of words either way).
_NO_SPACES = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_NO_SPACES}]|[^\W_{_NO_SPACES}]+")
# What may stand between the words of a term: spaces, line breaks, hyphens, the apostrophe of
# "teacher's aide" and "parents' rights", the slash of "attention-deficit/hyperactivity" (and
# its full-width form), a colon with nothing around it ("1:1 aide"; "team: meeting" is two
# sentences' words), and nothing at all (between two characters of a language without spaces).
_JOINER = re.compile(r"[\s\-‐‑–'’/／・]+|:|")
_POSSESSIVE = re.compile(r"['’]s\b")
# First words of an explanation that keep their capital inside parentheses.
_KEEP_CAPITAL = frozenset({"I", "Section", "English", "Spanish"})


class GlossaryError(ValueError):
    """The glossary file is missing or damaged; the message is for the teacher."""


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    aliases: tuple[str, ...]
    plain: str

    @property
    def short(self) -> str:
        """The first sentence of the explanation, ready to put in parentheses."""
        # A sentence ends with ". " in most scripts, with "。！？" and no space in Chinese and
        # Japanese, with "؟" in Arabic and "।" in Devanagari.
        first = re.split(r"(?<=[.!?؟।])\s|(?<=[。！？])", self.plain.strip(), maxsplit=1)[0]
        first = first.rstrip(".。")
        first_word = first.split(" ", 1)[0]
        # "A written plan" reads as "(a written plan)"; acronyms and names keep their capitals.
        ordinary = first_word[:1].isupper() and (len(first_word) == 1 or first_word[1:].islower())
        if ordinary and first_word not in _KEEP_CAPITAL:
            first = first[0].lower() + first[1:]
        return first


@dataclass(frozen=True)
class TermHit:
    """A glossary term found at text[start:end]."""

    start: int
    end: int
    term: str
    plain: str


@dataclass
class Glossary:
    """The glossary of one language, indexed for fast lookup."""

    language: str
    entries: list[GlossaryEntry]
    _exact: dict[str, GlossaryEntry] = field(default_factory=dict, repr=False)
    _folded: dict[str, GlossaryEntry] = field(default_factory=dict, repr=False)
    _longest: int = field(default=1, repr=False)
    # Casefolded first words of the terms of two words or more: only these start a long match.
    _starts_long: set[str] = field(default_factory=set, repr=False)
    # Casefolded words that can start any match, plural forms included: most words of a
    # text are in no term, and this set turns them away with one lookup.
    _starts: set[str] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for form in (entry.term, *entry.aliases):
                words = _WORD.findall(form)
                if not words:
                    continue
                key = " ".join(words)
                self._longest = max(self._longest, len(words))
                first = words[0].casefold()
                if len(words) > 1:
                    self._starts_long.add(first)
                self._starts.update(_plurals(first))
                if _is_acronym(form):
                    # Acronyms match only in capitals: "IDEA" the law, not "idea".
                    self._exact.setdefault(key, entry)
                else:
                    self._folded.setdefault(key.casefold(), entry)

    def lookup(self, words: list[str]) -> GlossaryEntry | None:
        """The entry for these words, allowing a plural ending on the last word."""
        key = " ".join(words)
        for candidate in _singulars(key):
            entry = self._exact.get(candidate) or self._folded.get(candidate.casefold())
            if entry is not None:
                return entry
        return None

    def entry(self, term: str) -> GlossaryEntry | None:
        return next((e for e in self.entries if e.term == term), None)


@dataclass
class PlainLanguageReport:
    hits: list[TermHit]
    grade: float | None
    advice: list[Problem]


def _is_acronym(form: str) -> bool:
    """Two capitals in a row ("IEP", "IEPs", "PLAAFP", "ИПО") or no small letters at all
    ("504"), in any script that has capitals (a script without case, such as Arabic or
    Chinese, has no acronyms in this sense)."""
    cased = [ch for ch in form if ch.isupper() or ch.islower()]
    if not cased:
        return not any(ch.isalpha() for ch in form)
    return any(a.isupper() and b.isupper() for a, b in pairwise(form)) or not any(
        ch.islower() for ch in cased)


def _plurals(word: str) -> set[str]:
    """Every form of `word` that _singulars() turns back into it."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


def _singulars(key: str) -> list[str]:
    forms = [key]
    if key.endswith("ies") and len(key) > 4:
        forms.append(key[:-3] + "y")
    if key.endswith("es") and len(key) > 3:
        forms.append(key[:-2])
    if key.endswith("s") and len(key) > 2:
        forms.append(key[:-1])
    return forms


def parse_glossary(text: str, language: str) -> Glossary:
    """Read a glossary from JSON text: a list of {"term", "aliases", "plain"}."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise GlossaryError(
            f"The {language} glossary is damaged (line {error.lineno}): {error.msg}."
        ) from None
    if not isinstance(data, list):
        raise GlossaryError(f"The {language} glossary should be a list of terms.")
    entries = []
    for number, item in enumerate(data, start=1):
        if (
            not isinstance(item, dict)
            or not str(item.get("term", "")).strip()
            or not str(item.get("plain", "")).strip()
        ):
            raise GlossaryError(
                f"Term {number} of the {language} glossary needs a “term” and a “plain” text."
            )
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise GlossaryError(
                f"The aliases of “{item['term']}” in the {language} glossary must be a list of "
                "texts."
            )
        entries.append(
            GlossaryEntry(
                str(item["term"]).strip(),
                tuple(a.strip() for a in aliases if a.strip()),
                str(item["plain"]).strip(),
            )
        )
    return Glossary(language, entries)


def find_terms(text: str, glossary: Glossary) -> list[TermHit]:
    """Every glossary term in `text`, left to right, longest match first, whole words only.

    Acronyms match case-sensitively, spelled-out terms in any case; a term's
    words may be separated by spaces, line breaks or hyphens.
    """
    tokens = list(_WORD.finditer(text))
    words = [t.group() for t in tokens]
    # joined[i]: the gap after word i is only spaces or hyphens, so a term may run on.
    joined = [
        bool(_JOINER.fullmatch(text, a.end(), b.start())) for a, b in itertools.pairwise(tokens)
    ]
    hits: list[TermHit] = []
    i = 0
    while i < len(tokens):
        first = words[i].casefold()
        if first not in glossary._starts:
            i += 1
            continue
        longest = 1
        if first in glossary._starts_long:
            while (
                longest < glossary._longest
                and i + longest < len(tokens)
                and joined[i + longest - 1]
            ):
                longest += 1
        for n in range(longest, 0, -1):
            entry = glossary.lookup(words[i : i + n])
            if entry is not None:
                hits.append(
                    TermHit(tokens[i].start(), tokens[i + n - 1].end(), entry.term, entry.plain)
                )
                i += n
                break
        else:
            i += 1
    return hits


def explain_inline(text: str, hit: TermHit) -> str:
    """`text` with the term's short explanation in parentheses right after it.

    "IEP meeting" becomes "IEP (a written plan ...) meeting". A possessive "'s"
    stays with the term. When the explanation is already there, the text is returned unchanged.
    """
    entry = GlossaryEntry(hit.term, (), hit.plain)
    end = hit.end
    possessive = _POSSESSIVE.match(text, end)
    if possessive:
        end = possessive.end()
    insertion = f" ({entry.short})"
    if text.startswith(insertion, end):
        return text
    return text[:end] + insertion + text[end:]


def _explained(text: str, hit: TermHit) -> bool:
    """The term is followed by an explanation in parentheses, or is itself in
    parentheses right after its spelled-out form ("... Education Act (IDEA)")."""
    followed = re.match(r"(?:['’]s)?\s*\(", text[hit.end : hit.end + 4])
    inside = text[: hit.start].rstrip().endswith("(")
    return bool(followed or inside)


def check_text(text: str, language: str, *, glossary: Glossary | None) -> PlainLanguageReport:
    """Glossary terms, reading grade and advice for a text meant for a family.

    `glossary` is the language's (iep_desk.resources.load_glossary); a language without a
    glossary (None) gets no term hits, one without a reading formula gets `grade` None.
    """
    hits = find_terms(text, glossary) if glossary is not None else []
    try:
        grade: float | None = reading_grade(text, language)
    except UnsupportedLanguageError:
        grade = None

    advice: list[Problem] = []
    if grade is not None and grade > TARGET_GRADE[1]:
        advice.append(
            Problem.of(
                "reading_grade_too_high",
                grade=f"{grade:.1f}",
                low=TARGET_GRADE[0],
                high=TARGET_GRADE[1],
            )
        )
    for number, sentence in enumerate(split_sentences(text), start=1):
        count = len(words_of(sentence))
        if count > LONG_SENTENCE_WORDS:
            advice.append(Problem.of("sentence_too_long", number=number, words=count))
    # A term explained once in the text counts as explained everywhere.
    explained = {hit.term for hit in hits if _explained(text, hit)}
    unexplained = list(dict.fromkeys(h.term for h in hits if h.term not in explained))
    if unexplained:
        advice.append(Problem.of("explain_terms", terms=", ".join(unexplained)))
    return PlainLanguageReport(hits=hits, grade=grade, advice=advice)

"""A reading-grade estimate that works offline.

Syllables are counted with pyphen's bundled hyphenation dictionaries (shipped
inside the pyphen package, so nothing is downloaded), with a count of vowel
groups as a floor: hyphenation dictionaries leave short words whole ("about",
"idea"), which would make every text look easier than it is.

- English: the Flesch–Kincaid grade level.
- Spanish: the Fernández Huerta reading ease (in its corrected form,
  206.84 − 60 × syllables per word − 1.02 × words per sentence), built to match
  Flesch's reading-ease scale, converted to a US school grade with Flesch's own
  table of reading ease against grade.
- French, German, Italian, Portuguese and Dutch: each language's published
  adaptation of Flesch's reading ease (Kandel–Moles, Amstad, Vacca, Martins,
  Douma), converted the same way. These are rougher estimates.

The result is a guide for the teacher ("aim for grade 6 to 8"), not a measure
to report.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import pyphen

# Reading ease = base - per_sentence × words per sentence - per_syllable × syllables per word.
_READING_EASE = {
    "es": (206.84, 1.02, 60.0),  # Fernández Huerta (corrected)
    "fr": (207.0, 1.015, 73.6),  # Kandel & Moles
    "de": (180.0, 1.0, 58.5),  # Amstad
    "it": (217.0, 1.3, 60.0),  # Flesch–Vacca
    "pt": (248.835, 1.015, 84.6),  # Martins et al.
    "nl": (206.835, 0.93, 77.0),  # Douma
}
# Flesch's table: reading ease against school grade (90–100 fifth grade, 80–90 sixth,
# 70–80 seventh, 60–70 eighth and ninth, 50–60 tenth to twelfth, 30–50 college,
# below 30 college graduate), as points to interpolate between. Above 100 (short
# Spanish words score there) each further 10 points is taken as one grade lower.
_EASE_TO_GRADE = (
    (120.0, 2.0),
    (110.0, 3.0),
    (100.0, 4.0),
    (90.0, 5.0),
    (80.0, 6.0),
    (70.0, 7.0),
    (60.0, 9.0),
    (50.0, 12.0),
    (30.0, 16.0),
    (0.0, 18.0),
)
# Language → the pyphen dictionary its syllables are counted with (the bundle ships only these).
HYPHENATION_DICTIONARIES = {
    "en": "en_US",
    "es": "es",
    "fr": "fr",
    "de": "de_DE",
    "it": "it_IT",
    "pt": "pt_PT",
    "nl": "nl_NL",
}

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_VOWELS = {
    "en": "aeiouy",
    "es": "aeiouáéíóúü",
}
_GENERIC_VOWELS = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ"
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "sr",
    "jr",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "no",
    "prof",
    "a.m",
    "p.m",
    "sra",
    "srta",
    "dra",
    "lic",
    "ud",
    "uds",
    "núm",
    "pág",
    "approx",
    "dept",
    "min",
}
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n\s*\n|\n(?=\s*[-•*\d])")


class UnsupportedLanguageError(ValueError):
    """No reading-grade formula for this language."""


@dataclass(frozen=True)
class TextCounts:
    sentences: int
    words: int
    syllables: int


def supported_languages() -> tuple[str, ...]:
    return tuple(HYPHENATION_DICTIONARIES)


def _base_language(language: str) -> str:
    code = (language or "en").replace("-", "_").split("_")[0].lower()
    if code not in HYPHENATION_DICTIONARIES:
        raise UnsupportedLanguageError(
            f"There is no reading-grade estimate for the language “{language}”."
        )
    return code


@lru_cache(maxsize=8)
def _hyphenator(code: str) -> pyphen.Pyphen:
    # left=1, right=1: split as finely as the dictionary allows.
    return pyphen.Pyphen(lang=HYPHENATION_DICTIONARIES[code], left=1, right=1)


def split_sentences(text: str) -> list[str]:
    """The text's sentences; a blank line or a new list item also ends one."""
    sentences = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].rstrip()
        last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
        if (
            match.group().startswith(".")
            and len(match.group().strip()) == 1
            and (last_word.rstrip(".") in _ABBREVIATIONS or len(last_word) == 1)
        ):
            continue
        piece = text[start : match.end()].strip()
        if _WORD.search(piece):
            sentences.append(piece)
        start = match.end()
    rest = text[start:].strip()
    if _WORD.search(rest):
        sentences.append(rest)
    return sentences


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def _vowel_groups(word: str, code: str) -> int:
    vowels = _VOWELS.get(code, _GENERIC_VOWELS)
    lower = word.lower()
    groups = 0
    previous = ""
    for char in lower:
        if char in vowels:
            if not previous or (code == "es" and _spanish_hiatus(previous, char)):
                groups += 1
            previous = char
        else:
            previous = ""
    if code == "en" and groups > 1 and _silent_ending(lower, vowels):
        groups -= 1
    return max(groups, 1)


def _silent_ending(lower: str, vowels: str) -> bool:
    """An English ending whose vowel is not spoken: "made", "create", "named", "likes".

    Not "-le" after a consonant ("simple"), and not "-ted", "-ses"... ("wanted", "buses").
    """
    if lower.endswith("e"):
        return not lower.endswith(("le", "ee", "ye"))
    if lower.endswith(("es", "ed")) and len(lower) > 3 and lower[-3] not in vowels:
        return not lower.endswith(("ted", "ded", "ses", "zes", "ces", "ges", "xes", "shes", "ches"))
    return False


def _spanish_hiatus(previous: str, char: str) -> bool:
    """Two Spanish vowels in separate syllables: two strong ones, or an accented í/ú."""
    strong = "aeoáéó"
    return (previous in strong and char in strong) or char in "íú" or previous in "íú"


def count_syllables(word: str, language: str = "en") -> int:
    """Syllables in one word: pyphen's hyphenation points, never fewer than its vowel groups.

    An acronym in capitals ("IEP", "FAPE") is read letter by letter: one syllable per letter.
    """
    code = _base_language(language)
    if word.isdigit():
        return max(1, len(word) - 1)
    if word.isupper() and 2 <= len(word) <= 5:
        return len(word)
    vowels = _VOWELS.get(code, _GENERIC_VOWELS)
    pieces = _hyphenator(code).inserted(word.lower()).split("-")
    # A piece without a vowel ("e-d-u", "tion-s") is not a syllable of its own.
    from_dictionary = sum(1 for piece in pieces if any(c in vowels for c in piece))
    return max(from_dictionary, _vowel_groups(word, code))


def count_text(text: str, language: str = "en") -> TextCounts:
    code = _base_language(language)
    sentences = split_sentences(text)
    words = words_of(text)
    syllables = sum(count_syllables(word, code) for word in words)
    return TextCounts(
        sentences=max(len(sentences), 1 if words else 0), words=len(words), syllables=syllables
    )


def grade_from_reading_ease(ease: float) -> float:
    """A US school grade for a Flesch-scale reading ease (100 very easy, 0 very hard)."""
    points = _EASE_TO_GRADE
    if ease >= points[0][0]:
        return points[0][1]
    for (high_ease, low_grade), (low_ease, high_grade) in itertools.pairwise(points):
        if ease >= low_ease:
            share = (high_ease - ease) / (high_ease - low_ease)
            return low_grade + share * (high_grade - low_grade)
    return points[-1][1]


def reading_grade(text: str, language: str = "en") -> float:
    """The US school grade a reader needs for `text` (0.0 for a text without words).

    English uses Flesch–Kincaid; other languages their Flesch-style reading
    ease converted to a grade (see the module notes). Works without a network.
    Raises UnsupportedLanguageError for a language without a formula.
    """
    code = _base_language(language)
    counts = count_text(text, code)
    if counts.words == 0:
        return 0.0
    words_per_sentence = counts.words / counts.sentences
    syllables_per_word = counts.syllables / counts.words
    if code == "en":
        grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    else:
        base, per_sentence, per_syllable = _READING_EASE[code]
        ease = base - per_sentence * words_per_sentence - per_syllable * syllables_per_word
        grade = grade_from_reading_ease(ease)
    return round(max(grade, 0.0), 1)

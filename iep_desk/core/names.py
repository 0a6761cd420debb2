"""How a student's name is written: the name they go by, the order of the legal name, and
names that sit inside other text.

The rule for the name shown (display_name):
- no preferred name: the legal name;
- a preferred name that already holds the family name ("Maria Lopez" for a student whose
  family name is Lopez, "王小明" for 王) is a full name and is shown alone;
- a preferred name written, like the family name, in a script whose names put the family name
  first (Chinese and Japanese characters, Korean Hangul) follows the family name, without a
  space, as those names are written: "小明" with family name 王 is "王小明";
- otherwise the preferred name, then the family name: "Majo Fernández".

The legal name (legal_name) follows the same scripts: family name first, without a space, when
both parts are written in Han, Kana or Hangul ("王" and "小明" make "王小明"); given name first
otherwise. (A family that writes a Latin-letter name family-first, as many Vietnamese and
Hungarian families do at home, cannot be told apart by its letters: that would need a setting
for the student, which the data file does not have yet.)

Right-to-left names (Arabic, Hebrew...) inside a sentence of the window are wrapped in Unicode
isolates (U+2068 ... U+2069), so the punctuation around them stays where the sentence puts it;
file names get no invisible characters (file_name_part).
"""

from __future__ import annotations

import re
import unicodedata

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
# Marks and embeddings that change the order letters are shown in; never in a file name.
_DIRECTION_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Scripts whose personal names are written family name first.
_FAMILY_FIRST_PREFIXES = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HANGUL",
                          "HIRAGANA", "KATAKANA")


def _written_family_first(text: str) -> bool:
    """True when every letter of `text` belongs to a family-name-first script."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(
        unicodedata.name(ch, "").startswith(_FAMILY_FIRST_PREFIXES) for ch in letters)


def family_name_first(*parts: str) -> bool:
    """Whether a name made of these parts is written family name first: every part that is
    not empty is written in Han, Kana or Hangul."""
    written = [p.strip() for p in parts if p and p.strip()]
    return bool(written) and all(_written_family_first(p) for p in written)


def _join(given: str, family: str) -> str:
    if given and family and family_name_first(given, family):
        return family + given
    return " ".join(p for p in (given, family) if p)


def _holds(name: str, family: str) -> bool:
    """Whether `name` already holds the family name (as a word; anywhere in a name written
    without spaces, such as a Chinese one)."""
    name, family = unicodedata.normalize("NFC", name).casefold(), \
        unicodedata.normalize("NFC", family).casefold()
    if _written_family_first(family):
        return family in name
    return re.search(rf"(?<!\w){re.escape(family)}(?!\w)", name) is not None


def legal_name(first: str, last: str) -> str:
    """The legal name in the order the name's script writes it."""
    return _join((first or "").strip(), (last or "").strip())


def display_name(preferred: str, first: str, last: str) -> str:
    """The name shown for a student (see the module's rule)."""
    preferred, last = (preferred or "").strip(), (last or "").strip()
    if not preferred:
        return legal_name(first, last)
    if last and _holds(preferred, last):
        return preferred
    return _join(preferred, last)


# -- names inside other text -------------------------------------------------------------------
def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def isolate(text: str) -> str:
    """`text` between Unicode isolates (FSI ... PDI): its own direction cannot move the
    punctuation of the sentence around it."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


def in_text(name: str, *, always: bool = False) -> str:
    """A name to put inside a sentence: isolated when it holds right-to-left letters (or
    `always`, as a right-to-left window needs for every name)."""
    return isolate(name) if always or has_right_to_left(name) else name


def file_name_part(text: str) -> str:
    """A name for a file name: no direction marks or isolates (invisible characters have no
    place in a file name), no characters that file systems refuse, single spaces."""
    text = _DIRECTION_MARKS.sub("", text)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", text)
    return " ".join(text.split()).strip(" .")

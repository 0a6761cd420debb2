"""Text from outside (a CSV file, a full export) cleaned before it is stored. Plain Python.

A district file or a spreadsheet can carry characters no teacher typed: control characters
(an escape sequence that recolours or clears a terminal, a bell, a NUL) and the bidirectional
overrides that make "eeL" display as "Lee" (U+202E). They are removed, so that what is stored,
printed on a handout and shown in a terminal is what it looks like. Text is also put in one
Unicode form (NFC), so "é" written as one character and as "e" plus a combining accent (as
macOS writes it) are the same name.

Kept: tab and line breaks where a field may hold several lines (normalised to "\\n"), the
right-to-left and left-to-right marks (U+200E, U+200F, U+061C) that lay out mixed-script
names, and the directional isolates (U+2066–U+2069) when they are balanced in the text.
"""

from __future__ import annotations

import re
import unicodedata

# Line breaks as Windows, old Macs, FileMaker (vertical tab) and Unicode write them.
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\u2028\u2029]")
# C0 controls but tab and line feed (which `multiline` decides), DEL, the C1 controls, the
# directional embeddings and overrides (U+202A–U+202E), and a byte-order mark left inside
# a text by joining two files.
_ALWAYS_REMOVED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\ufeff]")
_ISOLATES = re.compile("[\u2066-\u2069]")
# Anything the slow path below would change, but for the Unicode form: most texts have none.
_NEEDS_WORK = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_NEEDS_WORK_MULTILINE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_ISOLATE_CLOSER = "\u2069"


def _drop_unmatched_isolates(text: str) -> str:
    """Remove each directional isolate that has no partner: an opener (U+2066–U+2068)
    never closed, or a closer (U+2069) with nothing open."""
    if not _ISOLATES.search(text):
        return text
    unmatched: set[int] = set()
    open_at: list[int] = []
    for match in _ISOLATES.finditer(text):
        if match.group() == _ISOLATE_CLOSER:
            if open_at:
                open_at.pop()
            else:
                unmatched.add(match.start())
        else:
            open_at.append(match.start())
    unmatched.update(open_at)
    return "".join(ch for i, ch in enumerate(text) if i not in unmatched) if unmatched else text


def clean_text(text: str, *, multiline: bool = False) -> str:
    """`text` without control or override characters, in NFC.

    With `multiline`, line breaks become "\\n" and tabs stay; without it, each run of line
    breaks and tabs becomes one space (a name or a school sits on one line). Directional
    isolates without a partner are removed; balanced ones stay.
    """
    if not text:
        return text
    if (_NEEDS_WORK_MULTILINE if multiline else _NEEDS_WORK).search(text) is None:
        # The common case, made cheap: an import cleans every cell of a district file.
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return text
        return unicodedata.normalize("NFC", text)
    text = _LINE_BREAK.sub("\n", text)
    if not multiline:
        text = re.sub("[\t\n]+", " ", text)
    text = _drop_unmatched_isolates(_ALWAYS_REMOVED.sub("", text))
    return unicodedata.normalize("NFC", text)


def terminal_safe(text: str) -> str:
    """`text` without anything a terminal would act on instead of printing it (an escape
    sequence, a carriage return that writes over the line, a direction override): for
    messages that quote a value from a file. Line breaks and tabs stay."""
    return _drop_unmatched_isolates(_ALWAYS_REMOVED.sub("", _LINE_BREAK.sub("\n", text)))

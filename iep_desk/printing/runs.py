"""Text in any script, in any direction: split into runs, shaped, put in visual order.

A paragraph's text is kept in the order it was typed (logical order). To print it:

1. The Unicode bidirectional algorithm (python-bidi) gives each character an embedding
   level: even for left-to-right, odd for right-to-left, from the paragraph's base
   direction. Phone numbers, email addresses and numeric dates are kept as one
   left-to-right unit (an LRE ... PDF embedding), so "(541) 555-0142" inside Arabic text
   does not come out as "555-0142 (541)".
2. Each character gets a font (fonts.family_for; a space, digit or mark follows the text
   around it).
3. Consecutive characters with the same level and font form a run; HarfBuzz shapes each
   run in its own direction (through reportlab's shapeFragWord), which joins Arabic letters,
   forms Indic conjuncts and gives the glyphs of a right-to-left run in visual order.
4. Lines are broken in logical order (paragraph.py); the runs of each line are then put in
   visual order by the algorithm's rule L2, on whole runs (python-bidi's
   reverse_contiguous_sequence).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bidi import algorithm as bidi_algorithm
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeFragWord

from iep_desk.printing import fonts

# HarfBuzz features beyond the ones every script needs (Arabic joining, Indic conjuncts and
# the required ligatures are always on): kerning. Not "dlig" (reportlab's default adds it):
# discretionary ligatures turn the typed name محمد into the single honorific glyph ﷴ, with
# vowel marks nobody typed. Not "liga" either: "fi" drawn as one glyph reads back as "ﬁ"
# when the family searches or copies the text, or a screen reader reads it.
FEATURES = {"kern": True, "liga": False, "dlig": False}
# Bold text in a face with no bold file (Chinese, Japanese and Korean: WenQuanYi Micro Hei
# has one weight) is drawn filled and outlined, with an outline this share of the font size
# wide: a heading in Chinese then stands out as the Latin name beside it does.
SYNTHETIC_BOLD_OUTLINE = 0.035
_FILL_THEN_STROKE = 2  # a PDF text rendering mode (PDF 1.7, table 106)

# Left-to-right units inside right-to-left text: an email address, and a number with the
# separators phone numbers, dates and times use ("(541) 555-0142", "17/03/2026", "3:30").
_LTR_ISLAND = re.compile(r"[^\s@()]+@[^\s@()]+\.[^\s@()]+|\+?\(?\d[\d().\-/:\s]*\d\)?|\d")
_LRE, _PDF = "\u202a", "\u202c"
_RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
# Spaces that never break a line: no-break, figure and narrow no-break (Babel writes the
# last between a time and "PM").
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")
# Scripts written without spaces between words, where a line may break between characters.
CJK_SCRIPTS = frozenset({"Hani", "Hira", "Kana", "Bopo"})


def is_break_space(char: str) -> bool:
    return char == "\t" or (unicodedata.category(char) == "Zs" and char not in _NO_BREAK_SPACES)


@lru_cache(maxsize=65536)
def _bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char)


def has_right_to_left(text: str) -> bool:
    return any(_bidi_class(c) in _RTL_CLASSES for c in text)


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The bidi level of each character of one paragraph (no line breaks) with the given
    base direction."""
    base = 1 if rtl else 0
    if not rtl and not has_right_to_left(text):
        return [0] * len(text)
    protected, origin = _protect_islands(text) if (rtl or has_right_to_left(text)) else (text, None)
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "R" if rtl else "L"
    bidi_algorithm.get_embedding_levels(protected, storage)
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    # The algorithm drops embedding controls and boundary neutrals (joiners) from its list
    # (rule X9); they take the level of the character before them.
    removed = bidi_algorithm.X9_REMOVED
    resolved = iter(storage["chars"])
    levels_of_protected = []
    level = base
    for char in protected:
        if _bidi_class(char) not in removed:
            level = next(resolved)["level"]
        levels_of_protected.append(level)
    if origin is None:
        return levels_of_protected
    levels = [base] * len(text)
    for index, where in enumerate(origin):
        if where is not None:
            levels[where] = levels_of_protected[index]
    return levels


def _protect_islands(text: str) -> tuple[str, list[int | None]]:
    """`text` with each left-to-right unit wrapped in LRE ... PDF, and for each character of
    the result its index in `text` (None for the added controls)."""
    out: list[str] = []
    origin: list[int | None] = []
    at = 0
    for match in _LTR_ISLAND.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        for index in range(at, start):
            out.append(text[index])
            origin.append(index)
        out.append(_LRE)
        origin.append(None)
        for index in range(start, end):
            out.append(text[index])
            origin.append(index)
        out.append(_PDF)
        origin.append(None)
        at = end
    for index in range(at, len(text)):
        out.append(text[index])
        origin.append(index)
    return "".join(out), origin


def choose_fonts(text: str, bold: list[bool]) -> list[str]:
    """reportlab's font name for each character of `text`."""
    own: list[fonts.FontFamily | None] = [
        fonts.family_for(char) if fonts.has_own_script(char) else None for char in text]
    # For each character, the family of the nearest character with a script of its own
    # before it and after it.
    before: list[fonts.FontFamily | None] = []
    last = None
    for family in own:
        before.append(last)
        last = family or last
    after: list[fonts.FontFamily | None] = [None] * len(text)
    last = None
    for index in range(len(text) - 1, -1, -1):
        after[index] = last
        last = own[index] or last
    names = []
    for index, (char, is_bold) in enumerate(zip(text, bold)):
        family = own[index]
        if family is None:
            # Spaces, digits, punctuation and marks take the font of the text around them when
            # it has them, so "(محمد)" or "张伟，" is one run: an opening bracket or quote looks
            # at what follows it, anything else at what comes before it.
            candidates: tuple[fonts.FontFamily | None, ...]
            if unicodedata.category(char) in ("Ps", "Pi"):
                candidates = (after[index], fonts.LATIN, before[index])
            else:
                candidates = (before[index], after[index])
            family = next((f for f in candidates if f is not None and fonts.covers(f, char)),
                          None) or fonts.family_for(char) or fonts.LATIN
        wants_bold = is_bold and (family.key == "latin" or fonts.bold_face_has(family, char))
        names.append(fonts.font_name(family, wants_bold))
    return names


@dataclass(frozen=True)
class Piece:
    """A run of characters with one font and one level, shaped and measured."""

    text: str  # as typed (logical order)
    font: str
    size: float
    level: int
    width: float
    shaped: str  # what is drawn, glyphs from left to right
    outlined: bool = False  # bold wanted, the face has none: drawn filled and outlined


@lru_cache(maxsize=50_000)
def shape(text: str, font: str, size: float, right_to_left: bool) -> tuple[str, float]:
    """(the string to draw, its width) for one run, shaped by HarfBuzz.

    HarfBuzz takes a run's direction from its script. Two kinds of run would get it wrong,
    so they are given to it already in display order: punctuation alone in right-to-left
    text (reversed and mirrored by python-bidi's Python algorithm, which mirrors where its
    Rust one does not: "(" becomes ")"), and digits of a right-to-left script, which are read
    left to right (ShapedText.pieces gives each its own run).
    """
    if right_to_left and not has_right_to_left(text):
        text = bidi_algorithm.get_display(text, base_dir="R")
    width = pdfmetrics.stringWidth(text, font, size)
    if not pdfmetrics.getFont(font).shapable:
        return text, width
    word = shapeFragWord([width, (ABag(fontName=font, fontSize=size), text)], features=FEATURES)
    return word[1][1], word[0]


class ShapedText:
    """One paragraph (no line breaks) in one size: its levels and fonts, and its pieces for
    any range of characters."""

    def __init__(self, text: str, size: float, bold: list[bool], rtl: bool):
        self.text = text
        self.size = size
        self.rtl = rtl
        self.levels = embedding_levels(text, rtl)
        self.fonts = choose_fonts(text, bold)
        self.outlined = [wanted and not fonts.is_bold_face(name)
                         for wanted, name in zip(bold, self.fonts)]
        self.run_ends = self._run_ends()

    def _run_ends(self) -> list[int]:
        """For each character, where a run starting at it ends: the first character after
        it with another level, font or outline. Worked out once, since the line breaker asks
        for the pieces of many ranges of the same paragraph."""
        text, levels, font_names, outlined = self.text, self.levels, self.fonts, self.outlined
        # A character of a right-to-left script read left to right (an Arabic-Indic or
        # Persian digit) is a run of its own (see shape).
        alone = [level % 2 == 0 and fonts.written_right_to_left(char)
                 for char, level in zip(text, levels)]
        ends = [len(text)] * len(text)
        for at in range(len(text) - 2, -1, -1):
            after = at + 1
            same_run = (not alone[at] and not alone[after] and levels[after] == levels[at]
                        and font_names[after] == font_names[at]
                        and outlined[after] == outlined[at])
            ends[at] = ends[after] if same_run else after
        return ends

    def pieces(self, start: int, end: int) -> list[Piece]:
        """The runs of text[start:end], in logical order."""
        pieces: list[Piece] = []
        at = start
        while at < end:
            stop = min(self.run_ends[at], end)
            level, font, run = self.levels[at], self.fonts[at], self.text[at:stop]
            drawn, width = shape(run, font, self.size, level % 2 == 1)
            pieces.append(Piece(run, font, self.size, level, width, drawn, self.outlined[at]))
            at = stop
        return pieces

    def width(self, start: int, end: int) -> float:
        return sum(piece.width for piece in self.pieces(start, end))


def visual_order(pieces: list[Piece]) -> list[Piece]:
    """The pieces of one line from left to right (rule L2 of the bidi algorithm)."""
    levels = [piece.level for piece in pieces]
    if not any(levels):
        return pieces
    odd = [level for level in levels if level % 2]
    chars: list[dict[str, Any]] = [{"level": piece.level, "piece": piece} for piece in pieces]
    bidi_algorithm.reverse_contiguous_sequence(
        chars, 0, len(chars) - 1, max(levels), min(odd) if odd else max(levels) + 1)
    return [entry["piece"] for entry in chars]


def draw_pieces(canvas, x: float, y: float, pieces: list[Piece], color) -> float:
    """Draw pieces (already in visual order) from x on the baseline y; the width drawn."""
    start = x
    canvas.setFillColor(color)
    for piece in pieces:
        if piece.shaped.strip():
            canvas.setFont(piece.font, piece.size)
            with_its_text = piece.shaped != piece.text and piece.level % 2 == 0
            if with_its_text:
                _begin_its_text(canvas, piece)
            if piece.outlined:
                canvas.saveState()  # the outline's colour and width are for this piece only
                canvas.setStrokeColor(color)
                canvas.setLineWidth(piece.size * SYNTHETIC_BOLD_OUTLINE)
                canvas.drawString(x, y, piece.shaped, mode=_FILL_THEN_STROKE)
                canvas.restoreState()
            else:
                canvas.drawString(x, y, piece.shaped)
            if with_its_text:
                canvas.addLiteral("EMC")
        x += piece.width
    return x - start


def _begin_its_text(canvas, piece: Piece) -> None:
    """Open a marked-content span whose ActualText is the piece's text as typed (the
    caller draws the piece, then closes the span with EMC).

    Shaping turns letters into glyphs a font has no character for (an Indic conjunct, a
    joined Arabic letter), which the PDF's text layer can only give as private-use or
    presentation-form characters: copied, searched or read aloud by a screen reader they are
    not the family's words. A reader that honors ActualText (PDF 1.5, section 14.9.4) uses
    the typed text instead.

    Left-to-right pieces only. A right-to-left piece's glyphs are drawn in visual order and
    readers put them back in reading order themselves; given the typed (logical) text as
    well, poppler reverses it a second time. Joined Arabic letters read back as Unicode's
    Arabic presentation forms, which are still the letters typed in their joined shapes.
    """
    typed = "<FEFF" + piece.text.encode("utf-16-be").hex().upper() + ">"
    canvas.addLiteral(f"/Span <</ActualText {typed}>> BDC")

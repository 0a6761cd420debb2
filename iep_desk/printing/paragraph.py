"""A paragraph flowable for text in any script and either direction.

reportlab's Paragraph shapes each word with one font (a word mixing two fonts, such as a
Chinese sentence with a Latin name in it, is shaped with the wrong one), and without the
rlbidi package, which is not on PyPI, it lays right-to-left words out left to right. So
every text on a handout is a `Text`: lines are broken in the order the text was typed, then
each line's runs are put in visual order and drawn with the canvas's public drawString
(runs.py does the shaping and the ordering). A Text splits between lines across pages.

The teacher's text is never read as markup: a "<" in a note prints as "<".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable

from iep_desk.printing import fonts
from iep_desk.printing.runs import (
    CJK_SCRIPTS,
    Piece,
    ShapedText,
    draw_pieces,
    has_right_to_left,
    is_break_space,
    visual_order,
)

# (text, bold) parts of a paragraph: a bold label, then the value.
Span = tuple[str, bool]
# One printed line: the paragraph line it comes from and the range of its characters.
Line = tuple[ShapedText, int, int]

_JOINERS = frozenset("\u200c\u200d")
# Where a word too long for its line is best cut: after a hyphen-minus or a hyphen (not after
# a non-breaking hyphen, U+2011, which says "never here").
_HYPHENS = frozenset("-\u2010")
_VIRAMA = 9  # canonical combining class of a virama (Indic scripts): it joins the next letter


@lru_cache(maxsize=65536)
def _is_cjk(char: str) -> bool:  # asked for each pair of characters as lines are broken
    return fonts.script(char) in CJK_SCRIPTS or unicodedata.east_asian_width(char) == "F"


def _may_break_between(before: str, after: str) -> bool:
    """Between two characters of Chinese or Japanese text a line may break, except before
    closing punctuation ("，", "。", "）") and after opening punctuation ("（")."""
    if not (_is_cjk(before) or _is_cjk(after)) or is_break_space(after):
        return False
    if unicodedata.category(after) in ("Pe", "Pf", "Po") or unicodedata.category(after) == "Lm":
        return False
    return unicodedata.category(before) not in ("Ps", "Pi")


def words(text: str) -> list[tuple[int, int, int]]:
    """(start, end of the word, end of the spaces after it) for each unit a line may end
    after: words between spaces, and single characters of Chinese and Japanese text."""
    found = []
    start = 0
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if is_break_space(char):
            end = index
            while index < length and is_break_space(text[index]):
                index += 1
            found.append((start, end, index))
            start = index
            continue
        if index + 1 < length and _may_break_between(char, text[index + 1]):
            found.append((start, index + 1, index + 1))
            start = index + 1
        index += 1
    if start < length:
        found.append((start, length, length))
    return found


def _cluster_starts(text: str, start: int, end: int) -> list[int]:
    """Where a word too long for a line may be cut: never before a combining mark, nor after
    a joiner or a virama (that would split a letter and its accent, or an Indic conjunct)."""
    places = []
    for index in range(start + 1, end):
        char, before = text[index], text[index - 1]
        if unicodedata.category(char).startswith("M") or before in _JOINERS or char in _JOINERS:
            continue
        if unicodedata.combining(before) == _VIRAMA:
            continue
        places.append(index)
    return places


def _cut_place(shaped: ShapedText, start: int, end: int, room: float) -> int:
    """Where to cut a word wider than the line: after its last hyphen that fits
    ("Fernández-" / "Villavicencio"), else at the last letter that fits (at least one)."""
    text = shaped.text
    cut = start + 1
    after_hyphen = None
    for place in _cluster_starts(text, start, end):
        if shaped.width(start, place) > room:
            break
        cut = place
        if text[place - 1] in _HYPHENS:
            after_hyphen = place
    return after_hyphen or cut


def break_lines(shaped: ShapedText, room: float) -> list[Line]:
    """Fill lines greedily in logical order; a word wider than the line is cut."""
    text = shaped.text
    lines: list[Line] = []
    line_start: int | None = None
    line_end = 0
    used = 0.0
    for start, end, after in words(text):
        width = shaped.width(start, end)
        gap = shaped.width(end, after) if after > end else 0.0
        if line_start is not None and used + width <= room:
            used += width + gap
            line_end = after
            continue
        if line_start is not None:
            lines.append((shaped, line_start, line_end))
            line_start = None
        while width > room:
            cut = _cut_place(shaped, start, end, room)
            lines.append((shaped, start, cut))
            start = cut
            width = shaped.width(start, end)
        line_start, line_end, used = start, after, width + gap
    if line_start is not None:
        lines.append((shaped, line_start, line_end))
    if not lines:
        lines.append((shaped, 0, 0))
    return lines


def line_pieces(line: Line) -> list[Piece]:
    """A line's pieces from left to right, without the spaces at its end."""
    shaped, start, end = line
    while end > start and is_break_space(shaped.text[end - 1]):
        end -= 1
    return visual_order(shaped.pieces(start, end)) if end > start else []


def _spans_text(spans: list[Span]) -> tuple[str, list[bool]]:
    text = "".join(part for part, _ in spans)
    bold = [is_bold for part, is_bold in spans for _ in part]
    return text, bold


class Text(Flowable):
    """A paragraph: `spans` of plain text (bold or not), in `style`'s size, leading,
    colour, indents and spacing. `rtl`: the paragraph's base direction is right to left
    (its lines start at the right); by default, a style whose wordWrap is "RTL" (reportlab's
    own mark for it) makes it so. Line breaks in the text are kept."""

    def __init__(self, spans: list[Span] | str, style: ParagraphStyle, *,
                 rtl: bool | None = None, bullet: str | None = None,
                 _lines: list[Line] | None = None):
        super().__init__()
        self.spans = [(spans, False)] if isinstance(spans, str) else list(spans)
        self.style = style
        self.rtl = (getattr(style, "wordWrap", None) == "RTL") if rtl is None else rtl
        self.bullet = bullet
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines = _lines
        self._laid_out_for: float | None = None if _lines is None else -1.0

    def paragraphs(self) -> list[ShapedText]:
        """One ShapedText per line of the typed text (each a paragraph for the bidi rules)."""
        text, bold = _spans_text(self.spans)
        if self.style.fontName == fonts.BOLD:  # a bold style: every span is bold
            bold = [True] * len(bold)
        size = self.style.fontSize
        found = []
        at = 0
        for part in text.split("\n"):
            stripped = part.strip(" \t")
            lead = len(part) - len(part.lstrip(" \t"))
            found.append(ShapedText(stripped, size, bold[at + lead:at + lead + len(stripped)],
                                    _base_direction(stripped, self.rtl)))
            at += len(part) + 1
        return found

    def _layout(self, width: float) -> list[Line]:
        if self._laid_out_for == -1.0:  # the second half of a split keeps its lines
            assert self._lines is not None
            return self._lines
        if self._lines is None or self._laid_out_for != width:
            style = self.style
            room = max(10.0, width - style.leftIndent - style.rightIndent)
            lines: list[Line] = []
            for shaped in self.paragraphs():
                lines += break_lines(shaped, room)
            self._lines = lines
            self._laid_out_for = width
        return self._lines

    def wrap(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def line_count(self, width: float) -> int:
        """How many lines the paragraph takes in `width`."""
        return len(self._layout(width))

    def natural_width(self) -> float:
        """The width of the longest line when nothing is wrapped."""
        return max((shaped.width(0, len(shaped.text)) for shaped in self.paragraphs()),
                   default=0.0) + self.style.leftIndent + self.style.rightIndent

    def split(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        first = Text(self.spans, self.style, rtl=self.rtl, bullet=self.bullet,
                     _lines=lines[:fit])
        rest = Text(self.spans, self.style, rtl=self.rtl, _lines=lines[fit:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        first.width = rest.width = availWidth
        return [first, rest]

    def getSpaceBefore(self):
        return self.spaceBefore

    def getSpaceAfter(self):
        return self.spaceAfter

    def draw(self):
        canvas = self.canv
        style = self.style
        lines = self._lines or []
        width = getattr(self, "width", 0)
        baseline = self.height - style.fontSize
        # The indents are at the start (left) and end (right) of a line; in right-to-left
        # text the start is at the right.
        right_indent = style.leftIndent if self.rtl else style.rightIndent
        left_indent = style.rightIndent if self.rtl else style.leftIndent
        if self.bullet:
            # The bullet's own width (line_width counts the style's indents too).
            bullet_width = line_width(self.bullet, style) - style.leftIndent - style.rightIndent
            x = width - style.bulletIndent - bullet_width if self.rtl else style.bulletIndent
            draw_line(canvas, x, baseline, self.bullet, style)
        for line in lines:
            pieces = line_pieces(line)
            drawn = sum(piece.width for piece in pieces)
            if style.alignment == TA_CENTER:
                x = left_indent + (width - left_indent - right_indent - drawn) / 2
            elif (style.alignment == TA_RIGHT) != self.rtl:
                x = width - right_indent - drawn
            else:
                x = left_indent
            draw_pieces(canvas, x, baseline, pieces, style.textColor)
            baseline -= style.leading


def _base_direction(text: str, rtl: bool) -> bool:
    """A line of a right-to-left paragraph written wholly in a left-to-right script (an English
    question on an Arabic agenda) reads left to right, its "?" at its end: the paragraph's
    direction then decides only where the line stands (at the right), not its order."""
    if not rtl or has_right_to_left(text):
        return rtl
    return not any(unicodedata.bidirectional(char) == "L" for char in text)


def line_width(text: str, style: ParagraphStyle, *, bold: bool = False, rtl: bool = False) -> float:
    """The width of `text` on one line in `style`."""
    return Text([(text, bold)], style, rtl=rtl).natural_width()


def draw_line(canvas, x: float, y: float, text: str, style: ParagraphStyle, *,
              align: str = "left", bold: bool = False, rtl: bool = False) -> float:
    """One line of text on the baseline y with its left end, right end or centre at x
    (page furniture: running head, page number). The width drawn."""
    shaped = ShapedText(text, style.fontSize, [bold] * len(text), rtl)
    pieces = line_pieces((shaped, 0, len(text)))
    width = sum(piece.width for piece in pieces)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    draw_pieces(canvas, x, y, pieces, style.textColor)
    return width

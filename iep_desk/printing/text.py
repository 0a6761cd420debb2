"""Plain text blocks: wrapped at spaces, in the shipped font, with an optional bold label.

reportlab's Paragraph runs a markup parser on every paragraph and re-measures
fragments on every wrap. Handouts need no markup (a parent's or teacher's text
must never be read as markup anyway), so this flowable measures each word once
(widths are cached across documents) and draws lines directly. It is what lets
a three-page invitation render within a few times the cost of a one-paragraph PDF.
"""

from __future__ import annotations

from reportlab.lib.colors import CMYKColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus.flowables import Flowable

from iep_desk.printing.fonts import BOLD

Line = list[tuple[str, str]]  # (font name, text) runs drawn one after the other

_widths: dict[tuple[str, str, float], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    key = (text, font, size)
    width = _widths.get(key)
    if width is None:
        if len(_widths) > 100_000:  # a long session prints many names; keep memory bounded
            _widths.clear()
        width = _widths[key] = stringWidth(text, font, size)
    return width


def _break_word(word: str, font: str, size: float, room: float) -> list[str]:
    """A word wider than the line (a long web link) cut into pieces that fit."""
    pieces, current = [], ""
    for char in word:
        if current and text_width(current + char, font, size) > room:
            pieces.append(current)
            current = char
        else:
            current += char
    return pieces + ([current] if current else [])


def wrap_lines(words: list[tuple[str, str]], size: float, room: float) -> list[Line]:
    """Greedy line filling. `words` are (font, word) pairs; ("", "\\n") forces a new line."""
    lines: list[Line] = []
    line: Line = []
    used = 0.0
    widths = _widths
    spaces: dict[str, float] = {}
    for font, word in words:
        if word == "\n":
            lines.append(line)
            line, used = [], 0.0
            continue
        width = widths.get((word, font, size))
        if width is None:
            width = text_width(word, font, size)
        if line:
            gap = spaces.get(font)
            if gap is None:
                gap = spaces[font] = text_width(" ", font, size)
            if used + gap + width > room:
                lines.append(line)
                line, used, gap = [], 0.0, 0.0
        else:
            gap = 0.0
        if width > room:
            *whole, word = _break_word(word, font, size, room)
            lines.extend([[(font, piece)] for piece in whole])
            width = text_width(word, font, size)
        if line:
            last_font, last_text = line[-1]
            if last_font == font:
                line[-1] = (font, f"{last_text} {word}")
            else:
                line.append((font, f" {word}"))
        else:
            line.append((font, word))
        used += gap + width
    lines.append(line)
    return lines


class TextBlock(Flowable):
    """A paragraph of plain text; splits between lines across pages."""

    def __init__(self, text: str, style: ParagraphStyle, *, label: str | None = None,
                 bullet: str | None = None, _lines: list[Line] | None = None):
        super().__init__()
        self.text = text or ""
        self.style = style
        self.label = label
        self.bullet = bullet
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._lines = _lines
        self._laid_out_for: float | None = None if _lines is None else -1.0

    def _words(self) -> list[tuple[str, str]]:
        words: list[tuple[str, str]] = []
        if self.label:
            words += [(BOLD, w) for w in self.label.split()]
        for number, line in enumerate(self.text.split("\n")):
            if number:
                words.append(("", "\n"))
            words += [(self.style.fontName, w) for w in line.split()]
        return words

    def _layout(self, width: float) -> list[Line]:
        if self._laid_out_for == -1.0:  # the second half of a split keeps its lines
            return self._lines
        if self._lines is None or self._laid_out_for != width:
            style = self.style
            room = max(10.0, width - style.leftIndent - style.rightIndent)
            short = (None if self.label or "\n" in self.text or len(self.text) > 120
                     else " ".join(self.text.split()))
            if short is not None and text_width(short, style.fontName, style.fontSize) <= room:
                # A name, a role, a date: one line, no need to measure word by word.
                self._lines = [[(style.fontName, short)] if short else []]
            else:
                self._lines = wrap_lines(self._words(), style.fontSize, room)
            self._laid_out_for = width
        return self._lines

    def wrap(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth, availHeight):
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        first = TextBlock(self.text, self.style, label=self.label, bullet=self.bullet,
                          _lines=lines[:fit])
        rest = TextBlock(self.text, self.style, _lines=lines[fit:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def getSpaceBefore(self):
        return self.spaceBefore

    def getSpaceAfter(self):
        return self.spaceAfter

    def drawOn(self, canvas, x, y, _sW=0):
        """Draw at (x, y) directly: no translate and no saved state per block, which is most of
        the cost of a short block. The fill colour is set by every block, so none leaks."""
        self._draw_at(canvas, x, y)

    def draw(self):
        self._draw_at(self.canv, 0, 0)

    def _draw_at(self, canvas, x: float, y: float) -> None:
        style = self.style
        lines = self._lines or []
        baseline = y + self.height - style.fontSize
        if self.bullet:
            if style.bulletFontSize == style.fontSize:
                draw_line(canvas, x + style.bulletIndent, baseline, self.bullet, style,
                          font=style.bulletFontName)
            else:
                canvas.setFillColor(style.textColor)
                canvas.setFont(style.bulletFontName, style.bulletFontSize)
                canvas.drawString(x + style.bulletIndent, baseline, self.bullet)
        canvas._code.append(_text_code(canvas, x + style.leftIndent, baseline, style, lines))


def draw_line(canvas, x: float, y: float, text: str, style: ParagraphStyle, *,
              align: str = "left", font: str | None = None) -> None:
    """One line of text on the baseline y, in the style's size and colour (and its font unless
    `font` is given), left-aligned at x, or with its right end or centre at x. Like
    canvas.drawString without building a text object."""
    font = font or style.fontName
    if align != "left":
        width = text_width(text, font, style.fontSize)
        x -= width if align == "right" else width / 2
    canvas._code.append(_text_code(canvas, x, y, style, [[(font, text)]]))


# The text operators, written out directly. They are, to the byte, what reportlab's text object
# (canvas.beginText, setFillColor, setFont, textOut, textLine, drawText) writes for the same calls
# with a TrueType font; building that object costs more than the text itself for short blocks.
_style_codes: dict[int, tuple[ParagraphStyle, str, str]] = {}
# escapePDF's table as one str.translate: backslash, brackets and unprintable codes become
# escapes, byte for byte as reportlab writes them (it loops over the bytes in Python).
_ESCAPES = {code: escapePDF(bytes([code])) for code in range(256)
            if escapePDF(bytes([code])) != chr(code)}


def _escaped(chunk: bytes) -> str:
    return chunk.decode("latin-1").translate(_ESCAPES)


def _codes_for(style: ParagraphStyle) -> tuple[str, str]:
    """(fill colour operator, " size Tf leading TL" tail) of a style, formatted once."""
    known = _style_codes.get(id(style))
    if known is None or known[0] is not style:
        colour = style.textColor
        if isinstance(colour, CMYKColor):
            d = colour.density
            fill = f"{fp_str(d * colour.cyan, d * colour.magenta, d * colour.yellow, d * colour.black)} k"
        else:
            fill = f"{fp_str(colour.red, colour.green, colour.blue)} rg"
        known = (style, fill,
                 f"{fp_str(style.fontSize)} Tf {fp_str(style.leading)} TL")
        if len(_style_codes) > 1000:  # styles are made per document; keep the memory bounded
            _style_codes.clear()
        _style_codes[id(style)] = known
    return known[1], known[2]


class _NotYetCoded(Exception):
    """A character with no code yet in a font's first subset for this document."""


class _CodedText(dict):
    """ord(character) -> its code in subset 0 of one font in one document, escaped for a PDF
    string, for str.translate. A character not in it stops the translation."""

    def __missing__(self, key):
        raise _NotYetCoded


def _coded_text(font, doc) -> _CodedText:
    """The translation table of `font` in `doc`, kept with reportlab's own per-document state
    of the font (so it lives exactly as long as the document's character codes)."""
    state = font._assignState(doc)
    table = getattr(state, "_iep_desk_coded_text", None)
    if table is None:
        table = state._iep_desk_coded_text = _CodedText()
    return table


def _learn_codes(table: _CodedText, font, doc, run: str) -> None:
    """Add the codes reportlab has just given the characters of `run` in subset 0."""
    codes = font.state[doc].assignments
    for char in run:
        code = codes.get(ord(char))
        if code is not None and code < 256:
            table[ord(char)] = _ESCAPES.get(code, chr(code))


def _text_code(canvas, x: float, y: float, style: ParagraphStyle, lines: list[Line]) -> str:
    doc = canvas._doc
    colour, font_tail = _codes_for(style)
    code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm", colour]
    add = code.append
    font_name = None
    font = None
    subset_now = -1
    for line in lines:
        if not line:
            if font_name is None:
                font_name = style.fontName
                font = getFont(font_name)
                subset_now = -1
            add(" T*")
            continue
        last = len(line) - 1
        for number, (name, run) in enumerate(line):
            if name != font_name:
                font_name = name
                font = getFont(name)
                subset_now = -1
            parts = []
            try:
                # Most runs: every character already has its code in the first subset, and
                # one str.translate writes the escaped PDF string.
                coded = run.translate(_coded_text(font, doc))
                if subset_now != 0:
                    parts.append(f"{font.getSubsetInternalName(0, doc)} {font_tail}")
                    subset_now = 0
                parts.append(f"({coded}) Tj")
            except _NotYetCoded:
                # New characters (reportlab gives them codes), later subsets, characters the
                # font lacks: reportlab's own splitting.
                for subset, chunk in font.splitString(run, doc):
                    if subset != subset_now:
                        parts.append(f"{font.getSubsetInternalName(subset, doc)} {font_tail}")
                        subset_now = subset
                    parts.append(f"({_escaped(chunk)}) Tj")
                _learn_codes(_coded_text(font, doc), font, doc, run)
            formatted = " ".join(parts)
            add(f"{formatted} T*" if number == last else formatted)
    add("ET")
    return " ".join(code)

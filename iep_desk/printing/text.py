"""Plain text blocks: wrapped at spaces, in the shipped font, with an optional bold label.

reportlab's Paragraph runs a markup parser on every paragraph and re-measures
fragments on every wrap. Handouts need no markup (a parent's or teacher's text
must never be read as markup anyway), so this flowable measures each word once
(widths are cached across documents) and draws lines directly. It is what lets
a three-page invitation render within a few times the cost of a one-paragraph PDF.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
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
    for font, word in words:
        if word == "\n":
            lines.append(line)
            line, used = [], 0.0
            continue
        width = text_width(word, font, size)
        gap = text_width(" ", font, size) if line else 0.0
        if line and used + gap + width > room:
            lines.append(line)
            line, used, gap = [], 0.0, 0.0
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
            room = max(10.0, width - self.style.leftIndent - self.style.rightIndent)
            self._lines = wrap_lines(self._words(), self.style.fontSize, room)
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
            canvas.setFillColor(style.textColor)
            canvas.setFont(style.bulletFontName, style.bulletFontSize)
            canvas.drawString(x + style.bulletIndent, baseline, self.bullet)
        text = canvas.beginText(x + style.leftIndent, baseline)
        text.setFillColor(style.textColor)
        current = None
        for line in lines:
            for number, (font, run) in enumerate(line):
                if font != current:
                    text.setFont(font, style.fontSize, style.leading)
                    current = font
                if number == len(line) - 1:
                    text.textLine(run)  # ends with T*: the next line, one leading down
                else:
                    text.textOut(run)
            if not line:
                if current is None:
                    text.setFont(style.fontName, style.fontSize, style.leading)
                    current = style.fontName
                text.textLine("")
        canvas.drawText(text)

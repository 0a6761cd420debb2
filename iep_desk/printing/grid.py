"""A ruled table of plain-text cells: a shaded header row repeated on every page, a rule under
each row, rows kept whole across pages.

reportlab's Table does far more (spans, styles per cell, nested flowables) and spends most of
a handout's layout time working out what this needs no working out: every cell here is a
TextBlock in a column of fixed width. Drawing writes the few path operators directly.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.platypus.flowables import Flowable

from iep_desk.printing.text import TextBlock

PAD_X = 4.0
PAD_Y = 3.0


def _colour_code(colour, operator: str) -> str:
    """`r g b rg` (fill) or `r g b RG` (stroke) for an RGB colour."""
    return f"{fp_str(colour.red, colour.green, colour.blue)} {operator}"


class Grid(Flowable):
    """`rows[0]` is the header. Each row is a list of TextBlocks, one per column."""

    def __init__(self, rows: list[list[TextBlock]], widths: list[float], *, shade, rule,
                 header_rule: float = 0.8, row_rule: float = 0.3):
        super().__init__()
        self.rows = rows
        self.widths = list(widths)
        self.shade, self.rule = shade, rule
        self.header_rule, self.row_rule = header_rule, row_rule
        self.hAlign = "LEFT"
        self._heights: list[float] | None = None

    # -- measuring ---------------------------------------------------------------------
    def _row_heights(self) -> list[float]:
        if self._heights is None:
            heights = []
            for row in self.rows:
                tallest = 0.0
                for cell, width in zip(row, self.widths):
                    _, height = cell.wrap(max(10.0, width - 2 * PAD_X), 1e9)
                    tallest = max(tallest, height)
                heights.append(tallest + 2 * PAD_Y)
            self._heights = heights
        return self._heights

    def wrap(self, availWidth, availHeight):
        self.width = sum(self.widths)
        self.height = sum(self._row_heights())
        return self.width, self.height

    def split(self, availWidth, availHeight):
        """As many whole rows as fit under the header, then the rest under a repeated header.
        A row taller than a whole page is cut between lines, so nothing is ever lost."""
        heights = self._row_heights()
        header, body = self.rows[0], self.rows[1:]
        used = heights[0]
        fit = 0
        for height in heights[1:]:
            if used + height > availHeight:
                break
            used += height
            fit += 1
        if fit == len(body):
            return []
        if fit:
            return [self._part([header, *body[:fit]]), self._part([header, *body[fit:]])]
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if not at_top:
            return []  # the next page has room for the row whole
        return self._cut_row(availHeight - heights[0])

    def _part(self, rows: list[list[TextBlock]]) -> Grid:
        return Grid(rows, self.widths, shade=self.shade, rule=self.rule,
                    header_rule=self.header_rule, row_rule=self.row_rule)

    def _cut_row(self, room: float) -> list[Flowable]:
        header, row, rest = self.rows[0], self.rows[1], self.rows[2:]
        firsts, seconds = [], []
        for cell, width in zip(row, self.widths):
            parts = cell.split(max(10.0, width - 2 * PAD_X), room - 2 * PAD_Y)
            if parts:
                firsts.append(parts[0])
                seconds.append(parts[1])
            else:  # the whole cell fits: it stays in the first part
                firsts.append(cell)
                seconds.append(TextBlock("", cell.style))
        if all(first is cell for first, cell in zip(firsts, row)):
            return []
        return [self._part([header, firsts]), self._part([header, seconds, *rest])]

    # -- drawing -------------------------------------------------------------------------
    def drawOn(self, canvas, x, y, _sW=0):
        """Draw at (x, y) directly, as TextBlock does: the shading and rules in one saved
        graphics state, then the cells (each sets its own colour and font)."""
        heights = self._row_heights()
        right = x + self.width
        top = y + self.height
        code = ["q", _colour_code(self.shade, "rg"),
                f"n {fp_str(x, top - heights[0], self.width, heights[0])} re f*",
                _colour_code(self.rule, "RG")]
        row_top = top
        for number, height in enumerate(heights):
            row_top -= height
            width = self.header_rule if number == 0 else self.row_rule
            code.append(f"{fp_str(width)} w n {fp_str(x, row_top)} m {fp_str(right, row_top)} l S")
        code.append("Q")
        canvas._code.append(" ".join(code))
        row_top = top
        for row, height in zip(self.rows, heights):
            cell_x = x
            for cell, width in zip(row, self.widths):
                cell.drawOn(canvas, cell_x + PAD_X, row_top - PAD_Y - cell.height)
                cell_x += width
            row_top -= height

    def draw(self):
        self.drawOn(self.canv, 0, 0)

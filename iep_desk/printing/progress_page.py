"""The family's progress page: one small chart per goal, and one plain sentence under it.

A picture first, numbers second, in the family's language. For a goal with numbers the
chart shows where the student started (an open square), the straight path from there to
the target (a dashed line), each measurement (filled dots joined by a line) and the
target (a star), each labelled with its number; the months at the ends of the path are
written under it. For a goal rated by observation, a four-step scale (not yet, starting,
growing, reached) with the steps reached shaded and the latest one outlined, marked with a
triangle and written in bold. Nothing depends on colour: shapes, line styles and words
carry the meaning, so the page reads the same in black and white.

The sentence says where the student was in which month, the goal and its date, and
whether that is on track (core.goals.goal_progress); a rated goal says its latest rating
in words; a goal with no notes says so kindly. Sentences name the student, never "he" or
"she". Months and numbers are written as the language writes them (Babel).

Goals are laid out two to a row, so 8 goals take two pages (four on each); the chart's
time runs left to right in every language, as charts do in print.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from iep_desk.core.goals import Goal, GoalProgress, ProgressStatus, Rating, goal_progress
from iep_desk.core.typed_text import FieldRef
from iep_desk.printing import common
from iep_desk.printing.fonts import REGULAR
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import INK, MUTED, RULE, SHADE, Styles, mm, p
from iep_desk.printing.paragraph import draw_line
from iep_desk.printing.wording import Wording

DOCUMENT = "progress_page"

CHART_HEIGHT = 36 * mm
COLUMN_GAP = 6 * mm
# The rating scale's steps, lowest first.
RATING_STEPS = (Rating.NOT_YET, Rating.EMERGING, Rating.PROGRESSING, Rating.MET)
PATH_DASH = (3, 2)


def render_progress_page(data: HandoutData, language: str = "en", *,
                         with_tagline: bool = True) -> RenderedDocument:
    """The progress page for `data.goals` with `data.progress_notes` up to `data.today`, in
    `language` (a language without a template is made in English, with the family's
    tagline on top)."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    story, tagline = common.tagline(data, w, s) if with_tagline else ([], None)
    story += [p(w.text("title"), s.title), p(w.text("intro", date=w.date(data.today)), s.body)]
    if data.goals:
        story += [Legend(w, s), Spacer(1, 2 * mm), _goal_table(data, w, s)]
    else:
        story.append(p(w.text("no_goals"), s.body))
    story += [Spacer(1, 2 * mm), KeepTogether([
        p(w.text("contact", contact_name=common.contact_name(data)), s.body),
        *common.contact_line(data, s, w)])]
    pdf = common.build(story, data, w, title=w.text("document_title"), s=s)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback,
                            tagline=tagline)


def _goal_table(data: HandoutData, w: Wording, s: Styles) -> Table:
    """Two goals to a row; a row never splits between pages."""
    width = common.frame_width(data.paper)
    column = (width - COLUMN_GAP) / 2
    blocks = [goal_block(goal, number, data, w, s, column)
              for number, goal in enumerate(data.goals, start=1)]
    rows: list[list[Any]] = [blocks[i:i + 2] for i in range(0, len(blocks), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    widths = [column, COLUMN_GAP, column]
    rows = [[left, "", right] for left, right in rows]
    if s.rtl:  # the first goal at the right, where the reading starts
        rows = [list(reversed(row)) for row in rows]
    return Table(rows, colWidths=widths, hAlign="CENTER", style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
    ]))


def goal_block(goal: Goal, number: int, data: HandoutData, w: Wording, s: Styles,
               width: float) -> list[Flowable]:
    """One goal: its heading, the goal in words, the picture, then the sentence."""
    area = common.typed(data, w, FieldRef("goals", goal.id, "area"), goal.area.strip())
    heading = (w.text("goal_heading", number=w.number(number), area=area) if area
               else w.text("goal_heading_no_area", number=w.number(number)))
    text = common.typed(data, w, FieldRef("goals", goal.id, "text"), goal.text.strip())
    progress = goal_progress(goal, data.progress_notes, data.today)
    block: list[Flowable] = [p(heading, s.heading), p(text, s.cell), Spacer(1, 1.5 * mm)]
    if goal.measurable:
        block.append(GoalChart(goal, progress, w, width))
    elif progress.latest is not None and progress.latest.rating is not None:
        block.append(RatingScale(progress.latest.rating, w, width, rtl=s.rtl))
    block += [Spacer(1, 1.5 * mm), p(goal_sentence(goal, progress, data, w), s.body)]
    return block


def goal_sentence(goal: Goal, progress: GoalProgress, data: HandoutData, w: Wording) -> str:
    """The plain sentence under a goal's picture (see the module's docstring)."""
    latest = progress.latest
    if latest is None:
        return w.text("no_notes")
    unit = common.typed(data, w, FieldRef("goals", goal.id, "unit"), goal.unit.strip())
    status = w.text_in("status", progress.status) if progress.status in (
        ProgressStatus.ON_TRACK, ProgressStatus.BEHIND, ProgressStatus.MET,
        ProgressStatus.ENDED_NOT_MET) else ""
    if latest.value is not None and goal.measurable:
        assert goal.target is not None  # a measurable goal has one
        key = "measured" if unit else "measured_no_unit"
        said = w.text(key, month=w.month(latest.noted_on), value=w.number(latest.value),
                      unit=unit, target=w.number(goal.target), target_month=w.month(goal.target_by))
        return _join(w, said, status)
    if latest.rating is not None:
        said = w.text("rated", month=w.month(latest.noted_on),
                      rating=w.text_in("ratings", latest.rating))
        # A rated goal's status is its rating, said already, unless its time is over.
        return _join(w, said, status if progress.status is ProgressStatus.ENDED_NOT_MET else "")
    if latest.value is not None:
        return w.text("measured_no_target", month=w.month(latest.noted_on),
                      value=w.number(latest.value), unit=unit).replace("  ", " ")
    return w.text("noted", month=w.month(latest.noted_on))


def _join(w: Wording, first: str, second: str) -> str:
    if not second:
        return first
    # Chinese and Japanese put no space between sentences.
    gap = "" if w.language.split("_")[0] in ("zh", "ja") else " "
    return f"{first}{gap}{second}"


# -- the pictures ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Box:
    left: float
    bottom: float
    right: float
    top: float


class GoalChart(Flowable):
    """A measured goal's chart (reportlab.graphics shapes), its labels drawn with the
    handouts' own text drawing so month names print in any script."""

    def __init__(self, goal: Goal, progress: GoalProgress, w: Wording, width: float):
        super().__init__()
        self.goal = goal
        self.points = [(n.noted_on, n.value) for n in progress.notes if n.value is not None]
        self.w = w
        self.width = width
        self.height = CHART_HEIGHT
        self.label_style = _label_style()

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def _scales(self):
        goal = self.goal
        first = min([goal.baseline_on] + [d for d, _ in self.points])
        last = max([goal.target_by] + [d for d, _ in self.points])
        values = [goal.baseline, goal.target] + [v for _, v in self.points]
        low, high = min(values), max(values)
        pad = (high - low) * 0.12 or 1.0
        low, high = low - pad, high + pad
        box = _Box(9 * mm, 8 * mm, self.width - 9 * mm, self.height - 3 * mm)
        span = max((last - first).days, 1)

        def x(day: date) -> float:
            return box.left + (box.right - box.left) * (day - first).days / span

        def y(value: float) -> float:
            return box.bottom + (box.top - box.bottom) * (value - low) / (high - low)

        return box, x, y

    def draw(self):
        goal = self.goal
        box, x, y = self._scales()
        drawing = _drawing(self.width, self.height)
        drawing.add(Line(box.left, box.bottom, box.right, box.bottom, strokeColor=RULE,
                         strokeWidth=0.6))
        drawing.add(Line(box.left, box.bottom, box.left, box.top, strokeColor=RULE,
                         strokeWidth=0.6))
        start = (x(goal.baseline_on), y(goal.baseline))
        end = (x(goal.target_by), y(goal.target))
        drawing.add(Line(*start, *end, strokeColor=MUTED, strokeWidth=1,
                         strokeDashArray=PATH_DASH))
        measured = [start] + [(x(d), y(v)) for d, v in self.points]
        if len(measured) > 1:
            drawing.add(PolyLine([c for point in measured for c in point], strokeColor=INK,
                                 strokeWidth=1.2))
        drawing.add(makeMarker("Square", x=start[0], y=start[1], size=6, strokeColor=INK,
                               strokeWidth=1, fillColor=colors.white))
        for px, py in measured[1:]:
            drawing.add(makeMarker("FilledCircle", x=px, y=py, size=5, fillColor=INK,
                                   strokeColor=INK))
        drawing.add(makeMarker("FilledStarFive", x=end[0], y=end[1], size=10, fillColor=INK,
                               strokeColor=INK))
        renderPDF.draw(drawing, self.canv, 0, 0)
        self._labels(box, start, end, measured[-1] if self.points else None)

    def _labels(self, box: _Box, start, end, latest) -> None:
        canvas, w, style = self.canv, self.w, self.label_style
        goal = self.goal
        assert goal.baseline is not None and goal.target is not None  # drawn for measured goals
        draw_line(canvas, start[0] - 4, start[1] - 3, w.number(goal.baseline), style,
                  align="right")
        draw_line(canvas, end[0] - 7, end[1] + 4, w.number(goal.target), style, align="right",
                  bold=True)
        if latest is not None:
            px, py = latest
            # Below the point when the path runs above it, so the label never sits on it.
            along = (px - start[0]) / ((end[0] - start[0]) or 1)
            below = py < start[1] + (end[1] - start[1]) * along
            draw_line(canvas, px, py - 10 if below else py + 5, w.number(self.points[-1][1]),
                      style, align="centre", bold=True)
        months = _label_style(small=True)
        draw_line(canvas, box.left, box.bottom - 9, w.month(goal.baseline_on, short=True),
                  months)
        draw_line(canvas, box.right, box.bottom - 9, w.month(goal.target_by, short=True),
                  months, align="right")


class RatingScale(Flowable):
    """Four steps from "not yet" to "reached": those reached shaded, the latest outlined,
    marked with a triangle and its word in bold."""

    def __init__(self, rating: Rating, w: Wording, width: float, *, rtl: bool):
        super().__init__()
        self.rating = rating
        self.w = w
        self.width = width
        self.height = 15 * mm
        self.rtl = rtl

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        reached = RATING_STEPS.index(self.rating)
        step = self.width / len(RATING_STEPS)
        drawing = _drawing(self.width, self.height)
        top = self.height - 2 * mm
        bar = 5 * mm
        places = []
        for index, _ in enumerate(RATING_STEPS):
            slot = len(RATING_STEPS) - 1 - index if self.rtl else index
            left = slot * step + 1
            places.append(left)
            drawing.add(Rect(left, top - bar, step - 2, bar,
                             fillColor=SHADE if index <= reached else colors.white,
                             strokeColor=INK if index == reached else RULE,
                             strokeWidth=1.6 if index == reached else 0.6))
        centre = places[reached] + (step - 2) / 2
        drawing.add(makeMarker("FilledTriangle", x=centre, y=top - bar - 3 * mm, size=6,
                               fillColor=INK, strokeColor=INK))
        renderPDF.draw(drawing, self.canv, 0, 0)
        style = _label_style(small=True)
        for index, code in enumerate(RATING_STEPS):
            draw_line(self.canv, places[index] + (step - 2) / 2, top - bar + 1.6 * mm,
                      self.w.text_in("rating_steps", code), style, align="centre",
                      bold=index == reached)


class Legend(Flowable):
    """What the chart's marks mean, in words, once at the top of the page."""

    def __init__(self, w: Wording, s: Styles):
        super().__init__()
        self.w = w
        self.rtl = s.rtl
        self.style = _label_style()
        self.height = 6 * mm

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return self.width, self.height

    def draw(self):
        w = self.w
        entries = [("start", w.text("legend_start")), ("path", w.text("legend_path")),
                   ("measured", w.text("legend_measured")), ("goal", w.text("legend_goal"))]
        slot = self.width / len(entries)
        y = self.height / 2
        drawing = _drawing(self.width, self.height)
        for index, (kind, _) in enumerate(entries):
            at = (len(entries) - 1 - index) * slot if self.rtl else index * slot
            mark_x = at + slot - 5 * mm if self.rtl else at + 3 * mm
            if kind == "path":
                drawing.add(Line(mark_x - 3 * mm, y, mark_x + 3 * mm, y, strokeColor=MUTED,
                                 strokeWidth=1, strokeDashArray=PATH_DASH))
            elif kind == "start":
                drawing.add(makeMarker("Square", x=mark_x, y=y, size=6, strokeColor=INK,
                                       strokeWidth=1, fillColor=colors.white))
            elif kind == "measured":
                drawing.add(makeMarker("FilledCircle", x=mark_x, y=y, size=5, fillColor=INK,
                                       strokeColor=INK))
            else:
                drawing.add(makeMarker("FilledStarFive", x=mark_x, y=y, size=10,
                                       fillColor=INK, strokeColor=INK))
        renderPDF.draw(drawing, self.canv, 0, 0)
        for index, (_, label) in enumerate(entries):
            at = (len(entries) - 1 - index) * slot if self.rtl else index * slot
            if self.rtl:
                draw_line(self.canv, at + slot - 10 * mm, y - 2.5, label, self.style,
                          align="right", rtl=True)
            else:
                draw_line(self.canv, at + 8 * mm, y - 2.5, label, self.style)


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing that starts in the handouts' own font: the graphics renderer sets the
    drawing's initial font (Helvetica unless told), which would list a base-14 font on the
    page even though the chart draws no text itself."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


def _label_style(small: bool = False):
    return ParagraphStyle("ChartLabel", fontName=REGULAR, fontSize=7 if small else 8,
                          leading=9, textColor=MUTED if small else INK)


__all__ = ["goal_block", "goal_sentence", "render_progress_page"]

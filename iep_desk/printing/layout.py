"""Page geometry, paragraph styles and the page furniture shared by all five documents.

Modelled on pretix's invoice renderer: geometry in mm, fonts registered once,
a BaseDocTemplate with a first-page template (letterhead) and a later-page
template (a one-line running head), and flowables that split across pages so
long lists never overlap anything. "Page N of M" is drawn once the page count
is known, by a canvas that holds back every page until the document is finished.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
)
from reportlab.platypus import Spacer as _Spacer

from iep_desk.core.letterhead import Letterhead
from iep_desk.printing.fonts import BOLD, REGULAR, register_fonts
from iep_desk.printing.grid import Grid
from iep_desk.printing.text import TextBlock, draw_line

PAPER = {"letter": LETTER, "a4": A4}

MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
LETTERHEAD_HEIGHT = 34 * mm
RUNNING_HEAD_HEIGHT = 10 * mm
LOGO_BOX = 24 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f5")
WARNING = colors.HexColor("#8b0000")


class Spacer(_Spacer):
    """Blank room. Draws nothing, so it writes nothing either (reportlab's still writes an
    empty saved state and move for it)."""

    def drawOn(self, canvas, x, y, _sW=0):
        pass


class Rule(Flowable):
    """A horizontal line `height` points above the flowable's foot: the signature line and the
    reply slip's cut line. It draws the same strokes a one-cell table with a LINEABOVE draws
    (round cap and join for a solid line; round join for a dashed one), without a table."""

    def __init__(self, width: float, height: float, thickness: float, color,
                 dash: tuple[float, float] | None = None):
        super().__init__()
        self.width, self.height = width, height
        self.thickness, self.color, self.dash = thickness, color, dash
        self.hAlign = "LEFT"

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        if self.dash:
            canvas.setDash(list(self.dash), 0)
        else:
            canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.thickness)
        canvas.line(0, self.height, self.width, self.height)
        canvas.restoreState()


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           before: float = 0, after: float = 0, color=INK, align=TA_LEFT, **extra) -> ParagraphStyle:
    font = BOLD if bold else REGULAR
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.3,
        spaceBefore=before, spaceAfter=after, textColor=color, alignment=align,
        bulletFontName=REGULAR, bulletFontSize=size, **extra,
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle
    notice: ParagraphStyle


def make_styles() -> Styles:
    """The paragraph styles of every handout. Made once per process and shared: they never
    change, and the text blocks remember formatted style operators by style (text._codes_for).
    Treat them as read-only."""
    register_fonts()
    return _shared_styles()


@lru_cache(maxsize=1)
def _shared_styles() -> Styles:
    return Styles(
        title=_style("Title", 16, bold=True, after=4 * mm, leading=20),
        heading=_style("Heading", 12, bold=True, before=4 * mm, after=1.5 * mm),
        body=_style("Body", 10.5, after=2 * mm, leading=14),
        small=_style("Small", 8.5, color=MUTED, leading=11),
        cell=_style("Cell", 9.5, leading=12),
        cell_bold=_style("CellBold", 9.5, bold=True, leading=12),
        bullet=_style("Bullet", 10.5, leading=14, leftIndent=5 * mm, bulletIndent=1 * mm,
                      after=1 * mm),
        notice=_style("Notice", 10, bold=True, color=WARNING, leading=13),
    )


def p(text: str, style: ParagraphStyle) -> TextBlock:
    """A paragraph of plain text: user text never becomes markup; line breaks are kept."""
    return TextBlock(text, style)


def labelled(label: str, value: str, style: ParagraphStyle) -> TextBlock:
    """ "Label: value" with the label in bold."""
    return TextBlock(value, style, label=f"{label}:")


def bullets(items: list[str], style: ParagraphStyle) -> list[Flowable]:
    return [TextBlock(item, style, bullet="•") for item in items]


def table(header: list[str], rows: list[list[str]], widths: list[float], styles: Styles,
          *, bold_first_column: bool = False) -> Grid:
    """A table whose header repeats on every page it spans; cells wrap instead of overflowing."""
    data = [[p(h, styles.cell_bold) for h in header]]
    for row in rows:
        data.append([p(v, styles.cell_bold if bold_first_column and i == 0 else styles.cell)
                     for i, v in enumerate(row)])
    return Grid(data, widths, shade=SHADE, rule=RULE)


def section(heading: str, body: list[Flowable], styles: Styles) -> list[Flowable]:
    """A heading never left alone at the foot of a page: with less than a few lines of room
    left, the section starts on the next page. (Keeping the heading together with a long table
    would push the whole table over and leave half a page empty.)"""
    if not body:
        return []
    return [CondPageBreak(28 * mm), p(heading, styles.heading), *body]


def signature_lines(letterhead: Letterhead, sign_off: str, styles: Styles,
                    closing: str | None = None) -> list[Flowable]:
    """The closing sentence, sign-off, a line to sign on, and the teacher's details, kept on
    one page together."""
    lines = [p(closing, styles.body)] if closing else []
    lines += [p(sign_off, styles.body), Spacer(1, 12 * mm)]
    lines.append(Rule(60 * mm, 1, 0.6, INK))
    for value in (letterhead.teacher_name, letterhead.teacher_title, letterhead.school_name):
        if value.strip():
            lines.append(p(value, styles.cell))
    contact = " · ".join(v for v in (letterhead.phone.strip(), letterhead.email.strip()) if v)
    if contact:
        lines.append(p(contact, styles.cell))
    return [KeepTogether(lines)]


# -- page furniture ---------------------------------------------------------------
@dataclass(frozen=True)
class PageFurniture:
    """What is drawn around the flowing text."""

    letterhead: Letterhead | None
    running_head: str
    page_of: str  # e.g. "Page {page} of {pages}"
    # Drawn at the top and bottom of every page (the prep sheet's confidentiality line).
    banner: str | None = None


class _NumberedCanvas(Canvas):
    """Holds back every page until the end, then writes "Page N of M" on each (when M > 1)."""

    furniture: PageFurniture  # set per document by make_canvas_class

    def __init__(self, *args, **kwargs):
        # The canvas's initial font would otherwise be Helvetica, listed on every page.
        # (the doc template passes initialFontName=None explicitly, so setdefault is not enough).
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict] = []

    def showPage(self):
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            if total > 1:
                self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        width, _ = self._pagesize
        text = self.furniture.page_of.format(page=self._pageNumber, pages=total)
        draw_line(self, width - MARGIN_X, MARGIN_BOTTOM - 9 * mm, text, _FURNITURE.small,
                  align="right")


class _FurnitureStyles:
    """Font, size and colour of each line drawn around the flowing text (read-only)."""

    school = _style("School", 14, bold=True)
    address = _style("Address", 9, color=MUTED)
    teacher = _style("Teacher", 9, bold=True)
    contact = _style("Contact", 9)
    banner = _style("Banner", 9, bold=True, color=WARNING)
    small = _style("Small", 8.5, color=MUTED)


_FURNITURE = _FurnitureStyles()


def _draw_letterhead(canvas: Canvas, letterhead: Letterhead, width: float, height: float) -> None:
    top = height - MARGIN_TOP
    x = MARGIN_X
    logo = (letterhead.logo_path or "").strip()
    if logo and Path(logo).is_file():
        try:
            image = ImageReader(logo)
            canvas.drawImage(image, x, top - LOGO_BOX, LOGO_BOX, LOGO_BOX,
                             preserveAspectRatio=True, anchor="nw", mask="auto")
            x += LOGO_BOX + 5 * mm
        except Exception:  # noqa: BLE001, S110 - a damaged picture must not stop the letter
            pass
    if letterhead.school_name.strip():
        draw_line(canvas, x, top - 5 * mm, letterhead.school_name.strip()[:80], _FURNITURE.school)
    y = top - 10.5 * mm
    for line in [ln.strip() for ln in letterhead.address.splitlines() if ln.strip()][:3]:
        draw_line(canvas, x, y, line[:90], _FURNITURE.address)
        y -= 4 * mm
    # The teacher's name and contacts, right-aligned.
    right = width - MARGIN_X
    y = top - 5 * mm
    for style, value in ((_FURNITURE.teacher, letterhead.teacher_name),
                         (_FURNITURE.contact, letterhead.teacher_title),
                         (_FURNITURE.contact, letterhead.phone),
                         (_FURNITURE.contact, letterhead.email)):
        if value.strip():
            draw_line(canvas, right, y, value.strip()[:60], style, align="right")
            y -= 4.2 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    rule_y = height - MARGIN_TOP - LETTERHEAD_HEIGHT + 4 * mm
    canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)


def _draw_banner(canvas: Canvas, text: str, width: float, height: float) -> None:
    for y in (height - MARGIN_TOP + 6 * mm, MARGIN_BOTTOM - 9 * mm):
        draw_line(canvas, width / 2, y, text, _FURNITURE.banner, align="centre")


def _draw_running_head(canvas: Canvas, text: str, width: float, height: float) -> None:
    draw_line(canvas, MARGIN_X, height - MARGIN_TOP - 4 * mm, text[:110], _FURNITURE.small)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    y = height - MARGIN_TOP - RUNNING_HEAD_HEIGHT + 4 * mm
    canvas.line(MARGIN_X, y, width - MARGIN_X, y)


def build_pdf(story: list[Flowable], furniture: PageFurniture, paper: str, *,
              title: str, author: str = "") -> bytes:
    """Lay out `story` on Letter or A4 with the document's furniture; the PDF as bytes."""
    register_fonts()
    pagesize = PAPER.get(paper, LETTER)
    width, height = pagesize
    first_top = LETTERHEAD_HEIGHT if furniture.letterhead is not None else RUNNING_HEAD_HEIGHT

    def frame(top_space: float, ident: str) -> Frame:
        return Frame(MARGIN_X, MARGIN_BOTTOM, width - 2 * MARGIN_X,
                     height - MARGIN_TOP - MARGIN_BOTTOM - top_space,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=ident)

    def on_first(canvas: Canvas, _doc) -> None:
        canvas.saveState()
        if furniture.letterhead is not None:
            _draw_letterhead(canvas, furniture.letterhead, width, height)
        else:
            _draw_running_head(canvas, furniture.running_head, width, height)
        if furniture.banner:
            _draw_banner(canvas, furniture.banner, width, height)
        canvas.restoreState()

    def on_later(canvas: Canvas, _doc) -> None:
        canvas.saveState()
        _draw_running_head(canvas, furniture.running_head, width, height)
        if furniture.banner:
            _draw_banner(canvas, furniture.banner, width, height)
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=pagesize, title=title, author=author,
                          creator="IEP Desk", leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=True,
                          initialFontName=REGULAR)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[frame(first_top, "first")], onPage=on_first),
        PageTemplate(id="later", frames=[frame(RUNNING_HEAD_HEIGHT, "later")], onPage=on_later),
    ])
    doc.build([NextPageTemplate("later"), *story], canvasmaker=make_canvas_class(furniture))
    return buffer.getvalue()


def make_canvas_class(furniture: PageFurniture) -> Callable[..., Canvas]:
    return type("HandoutCanvas", (_NumberedCanvas,), {"furniture": furniture})


__all__ = [
    "TA_RIGHT",
    "PageFurniture",
    "Rule",
    "Spacer",
    "Styles",
    "build_pdf",
    "bullets",
    "labelled",
    "make_styles",
    "mm",
    "p",
    "section",
    "signature_lines",
    "table",
]

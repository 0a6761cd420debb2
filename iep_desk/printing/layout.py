"""Page geometry, paragraph styles, the building blocks and the page furniture of every handout.

Modelled on pretix's invoice renderer: geometry in mm, fonts registered once, a
BaseDocTemplate with a first-page template (the letterhead, or a running head) and a
later-page template (the running head), and flowables that split across pages so long
lists never overlap anything. Tables are reportlab's Table with the header row repeated on
every page; blocks that belong together are KeepTogether. "Page N of M" is a form XObject
per page, drawn when the page is made and filled in once the number of pages is known.
Everything is drawn through reportlab's public API.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    LayoutError,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from iep_desk.core.letterhead import Letterhead
from iep_desk.printing.fonts import BOLD, REGULAR, register_fonts
from iep_desk.printing.letterhead import (
    RUNNING_HEAD_HEIGHT,
    draw_letterhead,
    letterhead_height,
    running_head_block,
)
from iep_desk.printing.paragraph import Text, draw_line

PAPER = {"letter": LETTER, "a4": A4}

MARGIN_X = 20 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f5")
WARNING = colors.HexColor("#8b0000")

CELL_PAD_X = 4
CELL_PAD_Y = 2


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           before: float = 0, after: float = 0, color=INK, rtl: bool = False,
           **extra) -> ParagraphStyle:
    # wordWrap "RTL" is reportlab's mark for a right-to-left paragraph; Text reads it.
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=leading or size * 1.3,
        spaceBefore=before, spaceAfter=after, textColor=color, alignment=TA_LEFT,
        wordWrap="RTL" if rtl else None, **extra)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    bullet: ParagraphStyle
    notice: ParagraphStyle
    # The document's base direction: True for Arabic, Hebrew, Persian, Urdu documents.
    rtl: bool = False


def make_styles(rtl: bool = False) -> Styles:
    """The paragraph styles of every handout (shared and read-only)."""
    register_fonts()
    return _shared_styles(rtl)


@lru_cache(maxsize=2)
def _shared_styles(rtl: bool) -> Styles:
    return Styles(
        title=_style("Title", 15, bold=True, after=2.5 * mm, leading=19, rtl=rtl),
        heading=_style("Heading", 11.5, bold=True, before=2.5 * mm, after=1 * mm, leading=14.5,
                       rtl=rtl),
        body=_style("Body", 10, after=1.2 * mm, leading=13, rtl=rtl),
        small=_style("Small", 8.5, color=MUTED, leading=11, rtl=rtl),
        cell=_style("Cell", 9, leading=11, rtl=rtl),
        bullet=_style("Bullet", 10, leading=13, leftIndent=5 * mm, bulletIndent=1 * mm,
                      after=0.8 * mm, rtl=rtl),
        notice=_style("Notice", 10, bold=True, color=WARNING, leading=13, rtl=rtl),
        rtl=rtl,
    )


def p(text: str, style: ParagraphStyle) -> Text:
    """A paragraph of plain text: the teacher's text is never markup; line breaks are kept.
    Its direction is the style's (see make_styles)."""
    return Text(text, style)


# Languages written without spaces between words put a full-width colon after a label.
_FULL_WIDTH_COLON = ("zh", "ja")


def label_colon(language: str) -> str:
    """What follows a label ("Date: ", "日期："), in the document's language."""
    return "：" if language.split("_")[0] in _FULL_WIDTH_COLON else ": "


def labelled(label: str, value: str, style: ParagraphStyle, language: str = "en") -> Text:
    """ "Label: value" with the label in bold."""
    return Text([(label + label_colon(language), True), (value, False)], style)


def bullets(items: list[str], style: ParagraphStyle) -> list[Flowable]:
    return [Text(item, style, bullet="•") for item in items]


def table(header: list[str], rows: list[list[str]], widths: list[float], styles: Styles,
          *, bold_first_column: bool = False, compact: bool = False) -> Table:
    """A table whose header row repeats on every page it spans; cells wrap, rows are never
    split between pages. In a right-to-left document the first column is at the right.
    `compact` halves the space above and below each row's text (a long list of people that
    must leave room on the page for what follows; the rules between rows keep them apart)."""
    pad_y = CELL_PAD_Y / 2 if compact else CELL_PAD_Y
    def cell(text: str, bold: bool) -> Text:
        return Text([(text, bold)], styles.cell)

    data = [[cell(h, True) for h in header]]
    for row in rows:
        data.append([cell(v, bold_first_column and i == 0) for i, v in enumerate(row)])
    widths = list(widths)
    if styles.rtl:
        data = [list(reversed(row)) for row in data]
        widths.reverse()
    style = TableStyle([
        # The cells are Text flowables; the font only keeps Table from naming Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), pad_y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y + 1),
    ])
    return Table(data, colWidths=widths, repeatRows=1, style=style,
                 hAlign="RIGHT" if styles.rtl else "LEFT")


def section(heading: str, body: list[Flowable], styles: Styles) -> list[Flowable]:
    """A heading never left alone at the foot of a page: with less than a few lines of room
    left, the section starts on the next page. (Keeping the heading together with a whole
    table would push a long table over and leave half a page empty.)"""
    if not body:
        return []
    return [CondPageBreak(24 * mm), p(heading, styles.heading), *body]


def rule(width: float, *, dashed: bool = False, thickness: float = 0.6, color=INK,
         before: float = 0, after: float = 0, styles: Styles | None = None) -> HRFlowable:
    return HRFlowable(width=width, thickness=thickness, color=color, spaceBefore=before,
                      spaceAfter=after, dash=(3, 3) if dashed else None,
                      hAlign="RIGHT" if styles and styles.rtl else "LEFT")


def signature_lines(letterhead: Letterhead, sign_off: str, styles: Styles,
                    closing: str | None = None, *, with_contacts: bool = True) -> list[Flowable]:
    """The closing sentence, sign-off, a line to sign on, and the teacher's name, title and
    contacts, kept on one page together. `with_contacts=False` leaves the phone and email
    out where the letter already gives them just above."""
    return [KeepTogether(signature_block(letterhead, sign_off, styles, closing,
                                         with_contacts=with_contacts))]


def signature_block(letterhead: Letterhead, sign_off: str, styles: Styles,
                    closing: str | None = None, *, with_contacts: bool = True) -> list[Flowable]:
    """signature_lines as loose flowables, for a caller that keeps them together with what
    follows (the invitation's reply slip)."""
    lines: list[Flowable] = [p(closing, styles.body)] if closing else []
    lines += [p(sign_off, styles.body), Spacer(1, 8 * mm),
              rule(60 * mm, after=1 * mm, styles=styles)]
    for value in (letterhead.teacher_name, letterhead.teacher_title):
        if value.strip():
            lines.append(p(value.strip(), styles.cell))
    contact = " · ".join(v for v in (letterhead.phone.strip(), letterhead.email.strip()) if v)
    if contact and with_contacts:
        lines.append(p(contact, styles.cell))
    return lines


# -- page furniture ---------------------------------------------------------------
@dataclass(frozen=True)
class PageFurniture:
    """What is drawn around the flowing text."""

    letterhead: Letterhead | None
    # The running head's parts, most important last: the one dropped first comes first
    # (school name, document title, student's name, date).
    running_head: tuple[str, ...]
    page_of: str  # e.g. "Page {page} of {pages}"
    # Drawn at the top and bottom of every page (the prep sheet's confidentiality line).
    banner: str | None = None
    rtl: bool = False
    # How the page numbers are written (the document language's digits).
    number: Callable[[int], str] = str


class _FurnitureStyles:
    """Font, size and colour of each line drawn around the flowing text (read-only)."""

    banner = _style("Banner", 9, bold=True, color=WARNING)
    small = _style("Small", 8.5, color=MUTED, leading=11)


_FURNITURE = _FurnitureStyles()


def _page_label_form(number: int) -> str:
    return f"IEPDeskPageLabel{number}"


def _counting_canvas(furniture: PageFurniture, width: float):
    """A Canvas class that fills in each page's "Page N of M" form when the document is saved
    (nothing for a one-page document)."""

    class HandoutCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # The canvas's initial font would otherwise be Helvetica, listed on every page.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self.pages_made = 0

        def save(self):
            total = self.pages_made
            for number in range(1, total + 1):
                self.beginForm(_page_label_form(number))
                if total > 1:
                    text = furniture.page_of.format(page=furniture.number(number),
                                                    pages=furniture.number(total))
                    if furniture.rtl:
                        draw_line(self, MARGIN_X, MARGIN_BOTTOM - 9 * mm, text, _FURNITURE.small,
                                  rtl=True)
                    else:
                        draw_line(self, width - MARGIN_X, MARGIN_BOTTOM - 9 * mm, text,
                                  _FURNITURE.small, align="right")
                self.endForm()
            super().save()

    return HandoutCanvas


class TooLongForAPage(ValueError):
    """One text of the document (a name, a note, an agenda item) is longer than a page holds:
    a table's row cannot be broken across pages, so nothing is made."""

    def __init__(self):
        super().__init__("one of the texts in it (a name, a note, an item) is too long to fit "
                         "on a page")


def build_pdf(story: list[Flowable], furniture: PageFurniture, paper: str, *,
              title: str, author: str = "") -> bytes:
    """Lay out `story` on Letter or A4 with the document's furniture; the PDF as bytes."""
    register_fonts()
    pagesize = PAPER.get(paper, LETTER)
    width, height = pagesize
    inner = width - 2 * MARGIN_X
    head = furniture.letterhead
    first_top = letterhead_height(head, inner) if head is not None else RUNNING_HEAD_HEIGHT

    def frame(top_space: float, ident: str) -> Frame:
        return Frame(MARGIN_X, MARGIN_BOTTOM, inner,
                     height - MARGIN_TOP - MARGIN_BOTTOM - top_space,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=ident)

    def furnish(canvas: Canvas, letterhead: bool) -> None:
        canvas.saveState()
        top = height - MARGIN_TOP
        if letterhead and head is not None:
            draw_letterhead(canvas, head, MARGIN_X, top, inner, rtl=furniture.rtl)
        else:
            block = running_head_block(furniture.running_head, inner, rtl=furniture.rtl)
            _, block_height = block.wrapOn(canvas, inner, RUNNING_HEAD_HEIGHT)
            block.drawOn(canvas, MARGIN_X, top - block_height)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            rule_y = top - RUNNING_HEAD_HEIGHT + 3 * mm
            canvas.line(MARGIN_X, rule_y, width - MARGIN_X, rule_y)
        if furniture.banner:
            for y in (height - MARGIN_TOP + 5 * mm, MARGIN_BOTTOM - 13 * mm):
                draw_line(canvas, width / 2, y, furniture.banner, _FURNITURE.banner,
                          align="centre", bold=True, rtl=furniture.rtl)
        canvas.restoreState()
        canvas.doForm(_page_label_form(canvas.getPageNumber()))
        canvas.pages_made = canvas.getPageNumber()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=pagesize, title=title, author=author,
                          creator="IEP Desk", leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, invariant=True,
                          initialFontName=REGULAR)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[frame(first_top, "first")],
                     onPage=lambda canvas, _doc: furnish(canvas, head is not None)),
        PageTemplate(id="later", frames=[frame(RUNNING_HEAD_HEIGHT, "later")],
                     onPage=lambda canvas, _doc: furnish(canvas, False)),
    ])
    try:
        doc.build([NextPageTemplate("later"), *story],
                  canvasmaker=_counting_canvas(furniture, width))
    except LayoutError as error:
        raise TooLongForAPage() from error
    return buffer.getvalue()


__all__ = [
    "PageFurniture",
    "Spacer",
    "Styles",
    "TooLongForAPage",
    "build_pdf",
    "bullets",
    "labelled",
    "make_styles",
    "mm",
    "p",
    "rule",
    "section",
    "signature_lines",
    "table",
]

"""The letterhead at the top of a family document's first page, and the running head of the
other pages: laid out so that nothing is ever cut.

The letterhead: the logo (if any), then the school's name (wrapped over up to three lines)
and its address on the left; the teacher's name, title, phone and email on the right, each
on one line, right-aligned. The right column is as wide as its longest line, up to half
the page; the school's name wraps in what is left. Its height follows what it holds.
A letterhead that cannot be laid out that way is refused by the letterhead dialog
(`letterhead_problems`, as codes); one saved before that check still prints whole
(a line too long for its column wraps instead of being cut).

The running head: school name, document title, student's name and date, on one line;
when they do not fit, the school's name goes first, then the title; the student's name and
the date are never dropped or cut (they wrap to a second line if they must).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from iep_desk.core.letterhead import Letterhead
from iep_desk.printing.fonts import BOLD, REGULAR, register_fonts
from iep_desk.printing.paragraph import Text

RUNNING_HEAD_HEIGHT = 10 * mm
LOGO_BOX = 22 * mm
GAP = 6 * mm
RIGHT_COLUMN_SHARE = 0.5
MAX_SCHOOL_LINES = 3
MAX_ADDRESS_LINES = 4
SEPARATOR = " · "

_INK = colors.HexColor("#1a1a1a")
_MUTED = colors.HexColor("#555555")
_RULE = colors.HexColor("#9a9a9a")
_SCHOOL = ParagraphStyle("LetterheadSchool", fontName=BOLD, fontSize=13, leading=16,
                         textColor=_INK)
_ADDRESS = ParagraphStyle("LetterheadAddress", fontName=REGULAR, fontSize=9, leading=11.5,
                          textColor=_MUTED)
_CONTACT = ParagraphStyle("LetterheadContact", fontName=REGULAR, fontSize=9, leading=11.5,
                          textColor=_INK, alignment=TA_RIGHT)
_RUNNING = ParagraphStyle("RunningHead", fontName=REGULAR, fontSize=8.5, leading=11,
                          textColor=_MUTED)

# The fields on the right, in order; the teacher's name in bold.
RIGHT_FIELDS = ("teacher_name", "teacher_title", "phone", "email")


@dataclass(frozen=True)
class LetterheadProblem:
    """Why a letterhead cannot be printed whole: `field` (a Letterhead attribute) and `code`:
    "too_wide" (a line of the right column is longer than half the page), or
    "too_many_lines" (the school's name or address needs more than `limit` lines)."""

    field: str
    code: str
    limit: int = 0


@dataclass
class _Layout:
    logo: ImageReader | None
    right: list[tuple[str, Text]]
    right_width: float
    school: Text | None
    address: Text | None
    height: float


def _logo(letterhead: Letterhead) -> ImageReader | None:
    path = (letterhead.logo_path or "").strip()
    if not path or not Path(path).is_file():
        return None
    try:
        image = ImageReader(path)
        image.getSize()
        return image
    except Exception:  # noqa: BLE001 - a damaged picture is left out; the letter still prints
        return None


def _layout(letterhead: Letterhead, inner: float, rtl: bool = False) -> _Layout:
    register_fonts()
    right = []
    for field in RIGHT_FIELDS:
        value = getattr(letterhead, field).strip()
        if value:
            right.append((field, Text([(value, field == "teacher_name")], _CONTACT, rtl=rtl)))
    natural = max((text.natural_width() for _, text in right), default=0.0)
    right_width = min(natural + 1, inner * RIGHT_COLUMN_SHARE)
    logo = _logo(letterhead)
    left_width = inner - (right_width + GAP if right else 0) - (LOGO_BOX + 4 * mm if logo else 0)
    left_width = max(left_width, 20 * mm)
    school = (Text(letterhead.school_name.strip(), _SCHOOL, rtl=rtl)
              if letterhead.school_name.strip() else None)
    lines = [line.strip() for line in letterhead.address.splitlines() if line.strip()]
    address = Text("\n".join(lines), _ADDRESS, rtl=rtl) if lines else None
    left_height = 0.0
    for block in (school, address):
        if block is not None:
            left_height += block.wrap(left_width, 1e6)[1] + 1 * mm
    right_height = sum(text.wrap(right_width, 1e6)[1] for _, text in right)
    height = max(left_height, right_height, LOGO_BOX if logo else 0.0)
    return _Layout(logo, right, right_width, school, address, height)


def _left_width(layout: _Layout, inner: float) -> float:
    """The width of the school's column: what the teacher's column and the logo leave."""
    width = inner - (layout.right_width + GAP if layout.right else 0) - (
        LOGO_BOX + 4 * mm if layout.logo is not None else 0)
    return max(width, 20 * mm)


def letterhead_problems(letterhead: Letterhead, paper: str = "letter") -> list[LetterheadProblem]:
    """What keeps the letterhead from printing whole (empty when it fits)."""
    inner = {"letter": LETTER, "a4": A4}.get(paper, LETTER)[0] - 40 * mm
    # The narrower of the two papers decides: a school may print on either.
    inner = min(inner, A4[0] - 40 * mm)
    layout = _layout(letterhead, inner)
    problems = [LetterheadProblem(field, "too_wide") for field, text in layout.right
                if text.natural_width() > inner * RIGHT_COLUMN_SHARE]
    left_width = _left_width(layout, inner)
    if layout.school is not None and layout.school.line_count(left_width) > MAX_SCHOOL_LINES:
        problems.append(LetterheadProblem("school_name", "too_many_lines", MAX_SCHOOL_LINES))
    if layout.address is not None and layout.address.line_count(left_width) > MAX_ADDRESS_LINES:
        problems.append(LetterheadProblem("address", "too_many_lines", MAX_ADDRESS_LINES))
    return problems


def letterhead_height(letterhead: Letterhead, inner: float) -> float:
    """The room the letterhead takes at the top of the first page, its rule included."""
    if letterhead.is_empty and not _logo(letterhead):
        return RUNNING_HEAD_HEIGHT
    return _layout(letterhead, inner).height + 7 * mm


def draw_letterhead(canvas, letterhead: Letterhead, x: float, top: float, inner: float, *,
                    rtl: bool = False) -> None:
    """Draw the letterhead with its top at `top`, between x and x + inner."""
    layout = _layout(letterhead, inner, rtl)
    if letterhead.is_empty and layout.logo is None:
        return
    right_x = x + inner - layout.right_width
    left_x = x
    if layout.logo is not None:
        logo_x = x + inner - LOGO_BOX if rtl else x
        canvas.drawImage(layout.logo, logo_x, top - LOGO_BOX, LOGO_BOX, LOGO_BOX,
                         preserveAspectRatio=True, anchor="ne" if rtl else "nw", mask="auto")
        if not rtl:
            left_x += LOGO_BOX + 4 * mm
    left_width = _left_width(layout, inner)
    if rtl:  # the school at the right, the teacher's details at the left
        right_x = x
        left_x = x + inner - left_width - (LOGO_BOX + 4 * mm if layout.logo is not None else 0)
    y = top
    for block in (layout.school, layout.address):
        if block is not None:
            _, height = block.wrap(left_width, 1e6)
            block.drawOn(canvas, left_x, y - height)
            y -= height + 1 * mm
    y = top
    for _, text in layout.right:
        _, height = text.wrap(layout.right_width, 1e6)
        text.drawOn(canvas, right_x, y - height)
        y -= height
    canvas.setStrokeColor(_RULE)
    canvas.setLineWidth(0.8)
    rule_y = top - layout.height - 3 * mm
    canvas.line(x, rule_y, x + inner, rule_y)


def letterhead_preview_pdf(letterhead: Letterhead, paper: str = "letter") -> bytes:
    """A PDF of just the letterhead as it prints at the top of a letter (for the dialog)."""
    width = {"letter": LETTER, "a4": A4}.get(paper, LETTER)[0]
    inner = width - 40 * mm
    height = letterhead_height(letterhead, inner) + 10 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True, initialFontName=REGULAR)
    draw_letterhead(canvas, letterhead, 20 * mm, height - 5 * mm, inner)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# In a right-to-left document a right-to-left mark on each side of the separator keeps each part
# in its place: without them a name in Latin letters and a date of digits and slashes beside it
# would be read as one left-to-right run, and the date's parts would cross the name.
RTL_SEPARATOR = "\u200f" + SEPARATOR + "\u200f"


def running_head_text(parts: tuple[str, ...], inner: float, rtl: bool = False) -> str:
    """The parts that fit on one line, dropping from the first (the school's name) but
    never the last two (the student's name and the date)."""
    parts = tuple(part.strip() for part in parts if part and part.strip())
    separator = RTL_SEPARATOR if rtl else SEPARATOR
    for first in range(max(1, len(parts) - 1)):
        text = separator.join(parts[first:])
        if Text(text, _RUNNING, rtl=rtl).natural_width() <= inner:
            return text
    return separator.join(parts[-2:])


def running_head_block(parts: tuple[str, ...], inner: float, rtl: bool = False) -> Text:
    return Text(running_head_text(parts, inner, rtl), _RUNNING, rtl=rtl)

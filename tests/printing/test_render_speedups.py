"""The speed-ups in printing/ write exactly what stock reportlab writes."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from iep_desk.printing.fonts import BOLD, REGULAR, register_fonts
from iep_desk.printing.text import TextBlock, _escaped, draw_line
from iep_desk.printing.wording import Wording


def _stock_text_code(x, y, style, lines, canvas=None) -> str:
    canvas = canvas or Canvas(io.BytesIO(), initialFontName=REGULAR)
    text = canvas.beginText(x, y)
    text.setFillColor(style.textColor)
    current = None
    for line in lines:
        for number, (font, run) in enumerate(line):
            if font != current:
                text.setFont(font, style.fontSize, style.leading)
                current = font
            if number == len(line) - 1:
                text.textLine(run)
            else:
                text.textOut(run)
        if not line:
            if current is None:
                text.setFont(style.fontName, style.fontSize, style.leading)
                current = style.fontName
            text.textLine("")
    canvas.drawText(text)
    return canvas._code[-1]


def _our_text_code(x, y, style, lines, canvas=None) -> str:
    canvas = canvas or Canvas(io.BytesIO(), initialFontName=REGULAR)
    block = TextBlock("", style, _lines=lines)
    block.height = len(lines) * style.leading
    block.drawOn(canvas, x, y - block.height + style.fontSize)
    return canvas._code[-1]


def test_text_blocks_write_the_operators_reportlab_writes():
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10.5, leading=14)
    lines = [[(BOLD, "Place:"), (REGULAR, " Room (114) \\ Ελληνικά")], [],
             [(REGULAR, "Кириллица and Trần Văn Đức")]]
    ours = _our_text_code(56.7, 700.25, style, lines)
    assert ours.startswith("BT 1 0 0 1 56.7 700.25 Tm") and ours.count(" Tj") == 3
    assert ours == _stock_text_code(56.7, 700.25, style, lines)


def test_text_drawn_again_in_the_same_document_matches_reportlab_too():
    # The second time, every character already has its code: the quick path writes it.
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10.5, leading=14)
    first = [[(BOLD, "Time:"), (REGULAR, " 3:30 (PM) \\ Trần")]]
    again = [[(REGULAR, "Trần (PM) 3:30 \\")], [(BOLD, "Time: Tim")]]
    ours_canvas = Canvas(io.BytesIO(), initialFontName=REGULAR)
    stock_canvas = Canvas(io.BytesIO(), initialFontName=REGULAR)
    assert (_our_text_code(50, 600, style, first, ours_canvas)
            == _stock_text_code(50, 600, style, first, stock_canvas))
    ours = _our_text_code(50, 500, style, again, ours_canvas)
    assert ours == _stock_text_code(50, 500, style, again, stock_canvas)
    assert "\\(PM\\)" in ours and "\\\\" in ours  # brackets and backslash escaped


def test_a_line_drawn_right_aligned_or_centred_ends_or_centres_at_x():
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=9, leading=12)
    width = stringWidth("Page 1 of 2", REGULAR, 9)
    for align, start in (("left", 300), ("right", 300 - width), ("centre", 300 - width / 2)):
        canvas = Canvas(io.BytesIO(), initialFontName=REGULAR)
        draw_line(canvas, 300, 40, "Page 1 of 2", style, align=align)
        assert canvas._code[-1].startswith(f"BT 1 0 0 1 {fp_str(start, 40)} Tm")


def test_escaping_matches_reportlab_for_every_byte():
    every = bytes(range(256))
    assert _escaped(every) == escapePDF(every)


def test_a_remembered_time_keeps_its_zone():
    w = Wording("agenda", "en")
    utc = datetime(2026, 3, 17, 15, 0, tzinfo=UTC)
    east = utc.astimezone(timezone(timedelta(hours=-5)))  # the same moment, 10 AM
    assert w.time(utc) != w.time(east)

"""The Text flowable: lines broken in the order the text was typed, then put in visual order;
fonts chosen per run; spaces that must not break; text never read as markup."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from iep_desk.printing.fonts import REGULAR, register_fonts
from iep_desk.printing.paragraph import (
    Text,
    break_lines,
    draw_line,
    line_pieces,
    line_width,
    words,
)


@pytest.fixture(scope="module")
def style():
    register_fonts()
    return ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=13)


def lines_of(text: str, style, width: float, rtl: bool = False) -> list[str]:
    """Each line's pieces as typed, in visual order (left to right), joined."""
    paragraph = Text(text, style, rtl=rtl)
    paragraph.wrap(width, 1000)
    return ["".join(piece.text for piece in line_pieces(line)) for line in paragraph._lines]


def test_a_right_to_left_paragraph_breaks_in_typed_order_then_each_line_is_reversed(style):
    text = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة"
    first_words = text.split()[:3]
    width = line_width(" ".join(first_words), style) + 2
    lines = lines_of(text, style, width, rtl=True)
    assert len(lines) >= 3
    # The first line holds the first words typed (drawn right to left as one run: the
    # glyph order is checked in test_scripts.py).
    assert lines[0] == " ".join(first_words)


def test_right_to_left_lines_end_at_the_right(style):
    paragraph = Text("مرحبا", style, rtl=True)
    paragraph.wrap(300, 100)
    shaped = paragraph._lines[0]
    width = sum(piece.width for piece in line_pieces(shaped))
    assert 0 < width < 300  # drawn from 300 - width to 300 (see Text.draw)


def test_arabic_indic_and_persian_digits_read_left_to_right(style):
    for digits in ("١٢٣", "۱۲۳"):
        [line] = lines_of(f"الصف {digits} اليوم", style, 400, rtl=True)
        assert digits in line
        assert line.index(digits) < line.index("الصف")


def test_a_no_break_space_keeps_a_time_together(style):
    text = "We meet at 3:30\u202fPM in the library room on Tuesday"
    space = text.index("\u202f")
    assert any(start < space < end for start, end, _ in words(text))
    assert "3:30\u202fPM" in "".join(lines_of(text, style, line_width("We meet at 3:30", style)))
    # Python's str.split() would have broken it: the reason words() does not use it.
    assert ["3:30", "PM"] == ["3:30", "PM"]


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation(style):
    text = "我们想谈谈在家里阅读的事情。我们想谈谈在家里阅读的事情。"
    lines = lines_of(text, style, line_width("我们想谈谈在家里阅", style) + 1)
    assert len(lines) >= 3
    assert "".join(lines) == text
    assert not any(line.startswith("。") for line in lines)


def test_a_word_longer_than_the_line_is_cut_between_letters_never_inside_a_conjunct(style):
    register_fonts()
    text = "क्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रियक्षत्रिय"
    paragraph = Text(text, style)
    shaped = paragraph.paragraphs()[0]
    lines = break_lines(shaped, 40)
    assert len(lines) > 1
    assert "".join(text[start:end] for _, start, end in lines) == text
    for _, start, end in lines[:-1]:
        assert text[end - 1] != "\u094d"  # never right after a virama


def test_a_double_name_too_long_for_its_column_is_cut_after_its_hyphen(style):
    """A name wider than a narrow table column was cut between any two letters
    ("Fernández-Villavice" / "ncio"); it is cut after its hyphen when that fits, and a
    non-breaking hyphen (U+2011) is never a place to cut."""
    register_fonts()
    width = line_width("Fernández-Villavicencio", style) - 5
    assert line_width("Villavicencio", style) < width  # the second part fits a line
    assert lines_of("Fernández-Villavicencio", style, width) == ["Fernández-", "Villavicencio"]
    joined = "Fernández\u2011Villavicencio"
    lines = lines_of(joined, style, width)
    assert len(lines) == 2 and not lines[0].endswith("\u2011")
    assert "".join(lines) == joined


def test_text_is_never_markup(style):
    [line] = lines_of("Bring <b>both</b> & the notes", style, 400)
    assert line == "Bring <b>both</b> & the notes"


def test_a_name_in_another_script_uses_its_own_font_and_punctuation_follows_it(style):
    shaped = Text("Dear 张伟， (محمد) and «Ана».", style).paragraphs()[0]
    fonts = [(piece.text, piece.font) for piece in shaped.pieces(0, len(shaped.text))]
    assert ("Dear ", "IEPDeskSans") in fonts
    assert ("张伟， ", "IEPDesk-cjk") in fonts
    assert ("محمد", "IEPDesk-arabic") in fonts
    # The Arabic font has no brackets: both come from the Latin font, which matches them.
    assert [font for text, font in fonts if text.strip().startswith(("(", ")"))] == [
        "IEPDeskSans", "IEPDeskSans"]
    assert fonts[-1][1] == "IEPDeskSans" and "«Ана»." in fonts[-1][0]


def test_a_bold_style_makes_every_run_bold(style):
    bold = ParagraphStyle("b", parent=style, fontName="IEPDeskSans-Bold")
    shaped = Text("Nguyễn محمد", bold).paragraphs()[0]
    assert all(piece.font.endswith("Bold") for piece in shaped.pieces(0, len(shaped.text)))


def test_bold_chinese_and_korean_are_outlined_where_the_face_has_no_bold(style):
    """WenQuanYi Micro Hei has one weight: bold Chinese or Korean is drawn filled and
    outlined (PDF text mode 2); bold Latin uses its bold file; regular text is neither."""
    bold = ParagraphStyle("b", parent=style, fontName="IEPDeskSans-Bold")
    for paragraph_style, outlined in ((bold, {"为什么开会 ", "김민준"}), (style, set())):
        shaped = Text("为什么开会 Maryam 김민준", paragraph_style).paragraphs()[0]
        pieces = shaped.pieces(0, len(shaped.text))
        assert {piece.text for piece in pieces if piece.outlined} == outlined
        assert not any(piece.outlined for piece in pieces if piece.font.startswith("IEPDeskSans"))

    canvas = Canvas(io.BytesIO())
    draw_line(canvas, 72, 700, "为什么开会", bold, bold=True)
    draw_line(canvas, 72, 680, "为什么开会", style)
    stream = canvas.getpdfdata()
    page = PdfReader(io.BytesIO(stream)).pages[0]
    operations = ContentStream(page.get_contents(), page.pdf).operations
    modes = [float(operands[0]) for operands, operator in operations if operator == b"Tr"]
    assert modes == [2.0, 0.0]  # outlined for the bold line, then back to plain fill


def test_an_english_line_in_a_right_to_left_paragraph_keeps_its_order():
    """An English question on an Arabic agenda: its "?" at its end (the right), the line at
    the right of its column."""
    from reportlab.lib.styles import ParagraphStyle

    from iep_desk.printing.fonts import REGULAR, register_fonts
    from iep_desk.printing.paragraph import Text, break_lines, line_pieces

    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=13)
    shaped = Text("How can we help with reading at home?", style, rtl=True).paragraphs()[0]
    visual = "".join(piece.text for piece in line_pieces(break_lines(shaped, 1e6)[0]))
    assert visual == "How can we help with reading at home?"
    arabic = Text("نقرأ معا؟", style, rtl=True).paragraphs()[0]
    assert arabic.rtl
    digits = Text("3:30", style, rtl=True).paragraphs()[0]
    assert digits.rtl, "no letters: the paragraph's direction"

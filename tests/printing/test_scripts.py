"""Every script prints: each document, with names and typed text in every script on the list,
read back glyph by glyph from the embedded fonts.

Arabic, Urdu, Persian, Hebrew and the Indic and Southeast Asian scripts are checked against
HarfBuzz itself: the glyphs a run draws are the glyphs HarfBuzz gives for the name, shaped in
its own direction with the shipped font file (so Arabic is joined, conjuncts are formed, and a
right-to-left name is placed right to left, its first word at the right).
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont

from iep_desk.printing import RENDERERS
from iep_desk.printing.fonts import FONTS_DIR
from iep_desk.printing.runs import FEATURES
from tests.printing.pdf_tools import Handout, boxes, copied_text, drawn_runs, glyph_outline
from tests.printing.sample import SCRIPT_SAMPLES, every_script_handout

ALL = list(RENDERERS)
HELD = {"summary", "thank-you"}
# Names whose glyphs are not simply their letters: checked against HarfBuzz's shaping.
SHAPED = {"Arabic": "NotoSansArabic", "Urdu": "NotoSansArabic", "Persian": "NotoSansArabic",
          "Hebrew": "NotoSansHebrew", "Hindi": "NotoSansDevanagari",
          "Nepali": "NotoSansDevanagari", "Bengali": "NotoSansBengali", "Thai": "NotoSansThai",
          "Burmese": "NotoSansMyanmar", "Khmer": "NotoSansKhmer"}
# Names read back as text (scripts drawn letter by letter, left to right).
READ_BACK = ("Vietnamese", "Latin", "Cyrillic", "Greek", "Chinese (simplified)",
             "Chinese (traditional)", "Japanese", "Korean", "Amharic")


@pytest.fixture(scope="module")
def every_script():
    cache = {}

    def get(kind: str):
        if kind not in cache:
            document = RENDERERS[kind](every_script_handout(held=kind in HELD))
            cache[kind] = (document, drawn_runs(document.pdf), Handout(document.pdf))
        return cache[kind]
    return get


@cache
def _font(path: str) -> tuple[TTFont, hb.Font]:
    return TTFont(path), hb.Font(hb.Face(hb.Blob.from_file_path(path)))


def harfbuzz_outlines(text: str, font_file: str) -> tuple[tuple, ...]:
    """The glyphs HarfBuzz draws for `text` with the font file, left to right."""
    font, shaper = _font(str(FONTS_DIR / font_file))
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    hb.shape(shaper, buffer, FEATURES)
    order = font.getGlyphOrder()
    return tuple(glyph_outline(font, order[info.codepoint]) for info in buffer.glyph_infos)


def contains(runs, outlines: tuple) -> bool:
    """Whether the glyphs are drawn one after the other. A shaped run may be written as
    several text operators (reportlab starts a new one where a mark is raised or lowered),
    so the runs of a page are read as one sequence."""
    size = len(outlines)
    for page in {run.page for run in runs}:
        drawn = tuple(o for run in runs if run.page == page for o in run.outlines)
        if any(drawn[i:i + size] == outlines for i in range(len(drawn) - size + 1)):
            return True
    return False


@pytest.mark.parametrize("kind", ALL)
def test_every_character_is_drawn_with_a_real_glyph_of_an_embedded_font(kind, every_script):
    _, runs, _ = every_script(kind)
    assert runs
    assert boxes(runs) == []
    # Every family of the shipped fonts that the names need is embedded.
    embedded = {run.font for run in runs}
    for family in ("NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari",
                   "NotoSansThai", "NotoSansMyanmar", "NotoSansKhmer", "NotoSansEthiopic",
                   "NotoSansBengali", "WenQuanYi"):
        assert any(name.startswith(family) for name in embedded), (kind, family)


@pytest.mark.parametrize("kind", ALL)
@pytest.mark.parametrize("script", sorted(SHAPED))
def test_names_are_shaped_and_in_order(kind, script, every_script):
    _, runs, _ = every_script(kind)
    name = SCRIPT_SAMPLES[script][0]
    family = SHAPED[script]
    # The name is printed in the regular or (a table's name column) the bold face.
    assert (contains(runs, harfbuzz_outlines(name, f"{family}-Regular.ttf"))
            or contains(runs, harfbuzz_outlines(name, f"{family}-Bold.ttf"))), (kind, script)


def test_arabic_is_joined_and_right_to_left(every_script):
    _, runs, _ = every_script("invitation")
    name = SCRIPT_SAMPLES["Arabic"][0]  # "محمد علي": two words
    font, _ = _font(str(FONTS_DIR / "NotoSansArabic-Regular.ttf"))
    order, cmap = font.getGlyphOrder(), font.getBestCmap()
    isolated = tuple(glyph_outline(font, cmap[ord(c)]) for c in reversed(name))
    shaped = harfbuzz_outlines(name, "NotoSansArabic-Regular.ttf")
    # Not the letters' isolated forms, laid right to left: joined forms.
    assert shaped != isolated and not contains(runs, isolated)
    assert contains(runs, shaped)
    # The first word (محمد) is at the right: the second word's glyphs come first.
    first, second = name.split()
    assert shaped[:len(harfbuzz_outlines(second, "NotoSansArabic-Regular.ttf"))] == \
        harfbuzz_outlines(second, "NotoSansArabic-Regular.ttf")
    assert shaped[-len(harfbuzz_outlines(first, "NotoSansArabic-Regular.ttf")):] == \
        harfbuzz_outlines(first, "NotoSansArabic-Regular.ttf")
    assert order  # the font was read


@pytest.mark.parametrize("kind", ALL)
def test_hebrew_letters_are_placed_right_to_left(kind, every_script):
    _, runs, _ = every_script(kind)
    name = SCRIPT_SAMPLES["Hebrew"][0]
    # Hebrew needs no joining: each code stands for its letter, so the drawn text read left
    # to right is the name backwards (its first letter rightmost).
    assert any(name[::-1] in run.chars for run in runs)
    assert not any(name in run.chars for run in runs)


@pytest.mark.parametrize("kind", ALL)
def test_names_in_scripts_written_left_to_right_read_back(kind, every_script):
    _, _, handout = every_script(kind)
    names = [SCRIPT_SAMPLES[script][0] for script in READ_BACK]
    assert handout.missing(names) == []


@pytest.mark.parametrize("kind", ALL)
def test_every_name_copies_and_searches_as_typed(kind, every_script):
    """A conjunct or a joined letter is a glyph with no character of its own; the text layer
    still gives the name as typed (ActualText), so a family can search and copy it and a
    screen reader reads it. Before, Hindi, Nepali, Bengali, Burmese and Khmer names came
    back with private-use characters."""
    document, _, _ = every_script(kind)
    text = copied_text(document.pdf)
    lost = [script for script, (name, _) in SCRIPT_SAMPLES.items()
            if unicodedata.normalize("NFKC", name) not in text]
    assert lost == []


def test_a_phone_number_in_arabic_text_keeps_its_order(every_script):
    from reportlab.lib.styles import ParagraphStyle

    from iep_desk.printing.fonts import REGULAR, register_fonts
    from iep_desk.printing.paragraph import Text, break_lines, line_pieces

    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=13)
    text = "اتصلوا بنا على (541) 555-0142 أو a.petrova@lincoln.example.org"
    shaped = Text(text, style, rtl=True).paragraphs()[0]
    pieces = line_pieces(break_lines(shaped, 1e6)[0])
    visual = "".join(piece.text for piece in pieces)
    # The number and the address read left to right, as typed; the Arabic words run right
    # to left around them (the first word is at the right end).
    assert "(541) 555-0142" in visual and "a.petrova@lincoln.example.org" in visual
    assert visual.index("a.petrova") < visual.index("(541)")
    assert pieces[-1].text.startswith("اتصلوا")


def test_harfbuzz_reads_the_fonts_and_scripts_as_fonttools_does():
    # The app reads character maps and scripts with HarfBuzz (fontTools is a test tool
    # only): the same answers for every character of every shipped font, and a few more.
    from fontTools import unicodedata as reference

    from iep_desk.printing import fonts

    wanted = set(range(0x20, 0x3000))
    for family in fonts.FAMILIES:
        font = TTFont(str(fonts.FONTS_DIR / family.regular), fontNumber=family.subfont,
                      lazy=True)
        assert fonts.characters_of(family.key) == frozenset(font.getBestCmap())
        font.close()
        wanted |= fonts.characters_of(family.key)
    for code in sorted(wanted - set(range(0xD800, 0xE000))):
        char = chr(code)
        theirs = reference.script(char)
        own = theirs not in ("Zyyy", "Zinh", "Zzzz")
        assert fonts.has_own_script(char) == own, hex(code)
        if own:
            assert fonts.script(char) == theirs, hex(code)
        assert fonts.written_right_to_left(char) == (
            reference.script_horizontal_direction(theirs, "LTR") == "RTL"), hex(code)

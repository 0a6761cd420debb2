"""The fonts embedded in the handouts: whole outlines and names, no hinting, no licence text,
and pages that look the same as with reportlab's stock embedding."""

from __future__ import annotations

import io
import itertools
import struct

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from iep_desk.printing.compact_font import compact_face, short_name_table, unhinted_glyph
from iep_desk.printing.fonts import BOLD, FONTS_DIR, REGULAR, register_fonts
from tests.printing.pdf_tools import page_texts, render_pages

SAMPLE = "Nguyễn Thị Ánh, Анастасия Петрова, Γιώργος Παπαδόπουλος: IEP meeting 3:30 PM (Room 114)"


# -- the font programs, read with struct ---------------------------------------------------
def tables(program: bytes) -> dict[str, bytes]:
    count = struct.unpack_from(">H", program, 4)[0]
    found = {}
    for number in range(count):
        tag, _, offset, length = struct.unpack_from(">4sLLL", program, 12 + 16 * number)
        found[tag.decode("latin-1")] = program[offset:offset + length]
    return found


def glyphs(font: dict[str, bytes]) -> list[bytes]:
    count = struct.unpack_from(">H", font["maxp"], 4)[0]
    long_offsets = struct.unpack_from(">h", font["head"], 50)[0] == 1
    if long_offsets:
        offsets = struct.unpack_from(f">{count + 1}L", font["loca"])
    else:
        offsets = [2 * o for o in struct.unpack_from(f">{count + 1}H", font["loca"])]
    return [font["glyf"][a:b] for a, b in itertools.pairwise(offsets)]


def names(name_table: bytes) -> dict[int, str]:
    _, count, strings_at = struct.unpack_from(">HHH", name_table)
    found = {}
    for number in range(count):
        platform, _, _, name_id, length, offset = struct.unpack_from(">HHHHHH", name_table,
                                                                     6 + 12 * number)
        if platform == 3:
            text = name_table[strings_at + offset:strings_at + offset + length]
            found[name_id] = text.decode("utf-16-be")
    return found


def embedded_programs(pdf: bytes) -> dict[str, bytes]:
    programs = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            stream = font["/FontDescriptor"]["/FontFile2"].get_object()
            programs[str(font["/BaseFont"])] = stream.get_data()
    return programs


def one_line_pdf(font_name: str) -> bytes:
    canvas = Canvas(io.BytesIO(), initialFontName=font_name)
    canvas.setFont(font_name, 16)
    canvas.drawString(40, 700, SAMPLE[:40])
    canvas.setFont(font_name, 10.5)
    canvas.drawString(40, 670, SAMPLE)
    buffer = io.BytesIO()
    canvas._filename = buffer
    canvas.save()
    return buffer.getvalue()


def stock_font() -> str:
    """The regular font file registered with reportlab's stock TTFont (under a face name of its
    own: reportlab would hand a second registration of the same face the first font)."""
    name = "StockDejaVuForTests"
    if name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(name, str(FONTS_DIR / "DejaVuSans.ttf"))
        font.face.name += b"-Stock"
        pdfmetrics.registerFont(font)
    return name


# -- the glyph surgery ---------------------------------------------------------------------------
HEADER = struct.pack(">hhhhh", 1, 0, 0, 500, 700)


def test_a_simple_glyph_loses_its_instructions_and_keeps_its_outline():
    outline = bytes([0x01, 0x01, 0x01]) + struct.pack(">hhh", 0, 500, -250) * 2
    glyph = HEADER + struct.pack(">H", 2) + struct.pack(">H", 3) + b"\xb0\x01\x02" + outline
    assert unhinted_glyph(glyph) == HEADER + struct.pack(">H", 2) + b"\0\0" + outline


def test_a_glyph_without_instructions_or_without_data_is_returned_as_it_is():
    plain = HEADER + struct.pack(">H", 2) + b"\0\0" + b"\x01\x01\x01"
    assert unhinted_glyph(plain) == plain
    assert unhinted_glyph(b"") == b""


def test_a_composite_glyph_loses_the_instructions_after_its_last_component():
    composite_header = struct.pack(">hhhhh", -1, 0, 0, 500, 700)
    more, words, has_instructions = 0x0020, 0x0001, 0x0100
    first = struct.pack(">HHhh", more | words, 36, 0, 0)
    last = struct.pack(">HHbb", has_instructions, 1021, 12, 40)
    glyph = composite_header + first + last + struct.pack(">H", 4) + b"\x01\x02\x03\x04"
    expected = composite_header + first + struct.pack(">HHbb", 0, 1021, 12, 40)
    assert unhinted_glyph(glyph) == expected


def test_the_name_table_keeps_names_copyright_and_licence_address_but_not_its_text():
    original = TTFont("NameTableTest", str(FONTS_DIR / "DejaVuSans.ttf")).face.get_table("name")
    before, after = names(original), names(short_name_table(original))
    assert 13 in before and 13 not in after
    assert {k: v for k, v in before.items() if k != 13} == after
    assert after[1] == "DejaVu Sans" and "Bitstream" in after[0] and after[14].startswith("http")
    assert len(short_name_table(original)) < len(original) / 5


# -- what the handouts embed ------------------------------------------------------------------
def test_handouts_embed_unhinted_fonts_with_their_names(rendered):
    document, _ = rendered("agenda")
    programs = embedded_programs(document.pdf)
    assert len(programs) == 2  # regular and bold
    for base_name, program in programs.items():
        font = tables(program)
        assert not {"cvt ", "fpgm", "prep"} & set(font), base_name
        assert {"glyf", "loca", "head", "hhea", "hmtx", "maxp", "cmap", "name"} <= set(font)
        every = glyphs(font)
        assert len(every) > 20
        assert all(unhinted_glyph(glyph) == glyph for glyph in every), base_name
        assert names(font["name"])[1] == "DejaVu Sans"


def test_the_compact_embedding_is_far_smaller_and_draws_the_same_page(tmp_path):
    register_fonts()
    ours, stock = one_line_pdf(REGULAR), one_line_pdf(stock_font())
    ours_program = next(iter(embedded_programs(ours).values()))
    stock_program = next(iter(embedded_programs(stock).values()))
    assert len(ours_program) < len(stock_program) / 2
    # Same text back, every script intact.
    assert page_texts(ours) == page_texts(stock)
    assert "Nguyễn Thị Ánh" in page_texts(ours)[0]
    # Same picture: rendered by poppler, at most a sliver of pixels differ (edge smoothing).
    [ours_page] = render_pages(ours, tmp_path, "ours")
    [stock_page] = render_pages(stock, tmp_path, "stock")
    ours_pixels, stock_pixels = ours_page.read_bytes(), stock_page.read_bytes()
    assert len(ours_pixels) == len(stock_pixels)
    differing = sum(1 for a, b in zip(ours_pixels, stock_pixels) if abs(a - b) > 64)
    inked = sum(1 for value in stock_pixels if value < 200)
    assert inked > 100
    assert differing <= inked * 0.05


def test_bold_embeds_only_the_glyphs_a_document_uses():
    register_fonts()
    canvas = Canvas(io.BytesIO(), initialFontName=REGULAR)
    canvas.setFont(BOLD, 12)
    canvas.drawString(40, 700, "Date:")
    buffer = io.BytesIO()
    canvas._filename = buffer
    canvas.save()
    bold = next(p for name, p in embedded_programs(buffer.getvalue()).items() if "Bold" in name)
    # .notdef, the space reportlab keeps at code 32, and D a t e : (not all of ASCII).
    assert len(glyphs(tables(bold))) <= 8


def test_the_shipped_fonts_are_compacted_and_a_face_kept_differently_is_left_alone():
    register_fonts()
    assert pdfmetrics.getFont(REGULAR).compact and pdfmetrics.getFont(BOLD).compact

    class Different:  # a face from a reportlab that keeps its tables some other way
        def __init__(self):
            self.glyphPos = [0, 10]

        def get_table(self, tag):
            raise KeyError(tag)

    face = Different()
    assert compact_face(face) is False
    assert face.glyphPos == [0, 10] and not hasattr(face, "_ttf_data")

"""The shipped fonts, embedded in each PDF without what no reader needs.

reportlab embeds a subset of the font in every PDF: the glyphs the document uses, plus
tables copied whole from the font file. For DejaVu Sans that copy is most of the subset:
the `name` table (15 KB, two thirds of it the licence text, twice over) and the hinting,
TrueType bytecode that tells a rasteriser how to snap outlines to a low-resolution pixel
grid (9 KB of the 16 KB of glyph data for the letters, digits and punctuation). PDF
readers draw these fonts unhinted or with their own auto-hinter, and a printer's
resolution needs no hinting at all, so the subset leaves both out: the embedded font is a
third of the size, and making and compressing it takes a third of the time.

What stays: every glyph outline and metric, and a `name` table with the font's names, its
copyright notice and the address of its licence (the licence itself ships in
resources/fonts/). The font files in resources/fonts/ are the unmodified upstream files.
"""

from __future__ import annotations

import itertools
import struct

from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

# Composite glyph flags (OpenType `glyf` table).
_ARG_1_AND_2_ARE_WORDS = 0x0001
_WE_HAVE_A_SCALE = 0x0008
_MORE_COMPONENTS = 0x0020
_WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
_WE_HAVE_A_TWO_BY_TWO = 0x0080
_WE_HAVE_INSTRUCTIONS = 0x0100

_HINTING_TABLES = ("cvt ", "fpgm", "prep")
_LICENCE_TEXT = 13  # the name ID of the licence's full text; ID 14, its address, is kept


def unhinted_glyph(glyph: bytes) -> bytes:
    """One glyph's data without its instructions (an empty glyph is returned as it is)."""
    if len(glyph) < 10:
        return glyph
    contours = struct.unpack_from(">h", glyph)[0]
    if contours >= 0:  # a simple glyph: instructions sit between the contour ends and flags
        at = 10 + 2 * contours
        length = struct.unpack_from(">H", glyph, at)[0]
        if not length:
            return glyph
        return glyph[:at] + b"\0\0" + glyph[at + 2 + length:]
    # A composite glyph: instructions, if any, follow the last component.
    flag_places = _component_flag_places(glyph)
    if not any(flags & _WE_HAVE_INSTRUCTIONS for _, flags in flag_places):
        return glyph
    body = bytearray(glyph[:_component_end(*flag_places[-1])])
    for place, flags in flag_places:  # "instructions follow" cleared on every component
        struct.pack_into(">H", body, place, flags & ~_WE_HAVE_INSTRUCTIONS)
    return bytes(body)


def _component_end(place: int, flags: int) -> int:
    """Where a composite glyph's component that starts at `place` ends: its flags and glyph
    index, two arguments (bytes or words), and the transform its flags announce."""
    end = place + 4 + (4 if flags & _ARG_1_AND_2_ARE_WORDS else 2)
    if flags & _WE_HAVE_A_SCALE:
        end += 2
    elif flags & _WE_HAVE_AN_X_AND_Y_SCALE:
        end += 4
    elif flags & _WE_HAVE_A_TWO_BY_TWO:
        end += 8
    return end


def _component_flag_places(glyph: bytes) -> list[tuple[int, int]]:
    """(place, flags) of each component of a composite glyph, in order."""
    places = []
    place, flags = 10, _MORE_COMPONENTS
    while flags & _MORE_COMPONENTS:
        flags = struct.unpack_from(">H", glyph, place)[0]
        places.append((place, flags))
        place = _component_end(place, flags)
    return places


def short_name_table(table: bytes) -> bytes:
    """The `name` table without the records holding the licence's full text."""
    _, count, strings_at = struct.unpack_from(">HHH", table)
    records, strings, seen = [], bytearray(), {}
    for number in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", table, 6 + 12 * number)
        if name_id == _LICENCE_TEXT:
            continue
        text = table[strings_at + offset:strings_at + offset + length]
        if text not in seen:
            seen[text] = len(strings)
            strings += text
        records.append((platform, encoding, language, name_id, length, seen[text]))
    header = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(struct.pack(">HHHHHH", *r) for r in records) + bytes(strings)


def compact_face(face: TTFontFace) -> bool:
    """Point a loaded font face's glyph and name tables at compact copies and forget its
    hinting tables, so that reportlab's own subsetter (which reads the tables through the
    face's table directory, and leaves out a table the font does not have) embeds those.
    The metrics reportlab read when it loaded the font are unchanged.

    This leans on how reportlab keeps a loaded font (`_ttf_data`, `table`, `glyphPos`). If a
    later reportlab keeps it differently, nothing is changed and False is returned: the
    handouts then embed the font as reportlab does by default, larger but just as right
    (the tests in tests/printing/test_compact_font.py would say so).
    """
    try:
        glyf = face.get_table("glyf")
        glyphs = [unhinted_glyph(glyf[start:end])
                  for start, end in itertools.pairwise(face.glyphPos)]
        positions = [0]
        for glyph in glyphs:
            positions.append(positions[-1] + len(glyph))
        compact_glyf = b"".join(glyphs)
        name = short_name_table(face.get_table("name"))
        # The copies go after the file's own bytes, where the directory entries will point.
        data = face._ttf_data
        table = dict(face.table)
        table["glyf"] = dict(table["glyf"], offset=len(data), length=len(compact_glyf))
        table["name"] = dict(table["name"], offset=len(data) + len(compact_glyf),
                             length=len(name))
        for tag in _HINTING_TABLES:
            table.pop(tag, None)
    except (AttributeError, KeyError, TypeError, IndexError, struct.error):
        return False
    # Everything worked out: only now is the face changed, all at once.
    face._ttf_data = b"".join((data, compact_glyf, name))
    face.table = table
    face.glyphPos = positions
    return True


class CompactTTFont(TTFont):
    """A TrueType font registered with reportlab whose embedded subsets are compact."""

    def __init__(self, name: str, filename: str, **kwargs):
        super().__init__(name, filename, **kwargs)
        self.compact = compact_face(self.face)

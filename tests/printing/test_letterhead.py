"""The letterhead: school, address, the teacher's contacts, and an optional logo."""

from __future__ import annotations

import io
import struct
import zlib

from pypdf import PdfReader

from iep_desk.printing import render_invitation, render_prep_sheet
from tests.printing.pdf_tools import Handout, ink_fraction, render_pages
from tests.printing.sample import sample_handout


def write_png(path, width=40, height=20) -> None:
    """A small solid blue PNG, written by hand (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x20\x40\xc0" * width for _ in range(height))
    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def images_on_first_page(pdf: bytes) -> int:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    objects = page["/Resources"].get("/XObject", {})
    return sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")


def test_the_logo_is_printed_when_set(tmp_path):
    logo = tmp_path / "logo.png"
    write_png(logo)
    data = sample_handout()
    data.letterhead.logo_path = str(logo)
    pdf = render_invitation(data).pdf
    assert images_on_first_page(pdf) == 1
    assert "Lincoln Middle School" in Handout(pdf).pages[0]
    assert images_on_first_page(render_invitation(sample_handout()).pdf) == 0


def test_a_missing_or_damaged_logo_is_left_out(tmp_path):
    damaged = tmp_path / "logo.png"
    damaged.write_bytes(b"not a picture")
    for path in (damaged, tmp_path / "gone.png"):
        data = sample_handout()
        data.letterhead.logo_path = str(path)
        pdf = render_invitation(data).pdf
        assert images_on_first_page(pdf) == 0
        assert "Lincoln Middle School" in Handout(pdf).pages[0]


def test_an_empty_letterhead_still_prints(tmp_path):
    data = sample_handout()
    data.letterhead.school_name = data.letterhead.address = ""
    data.letterhead.teacher_name = data.letterhead.phone = data.letterhead.email = ""
    pdf = render_invitation(data).pdf
    handout = Handout(pdf)
    # Whom to contact falls back to the special-education teacher on the team.
    assert handout.says("Please call or email Анастасия Петрова")
    images = render_pages(pdf, tmp_path, "empty")
    assert images and all(ink_fraction(image) > 0.003 for image in images)


def test_the_prep_sheet_never_shows_the_logo(tmp_path):
    logo = tmp_path / "logo.png"
    write_png(logo)
    data = sample_handout()
    data.letterhead.logo_path = str(logo)
    assert images_on_first_page(render_prep_sheet(data).pdf) == 0

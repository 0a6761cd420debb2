"""Reading handouts back: text, fonts and page images of a PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from collections import defaultdict
from pathlib import Path

from pypdf import PdfReader

BASE_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


def normalise(text: str) -> str:
    """NFC, one space for any run of spaces (including the narrow ones CLDR puts before "PM")."""
    text = unicodedata.normalize("NFC", text)
    for space in ("\u202f", "\u00a0", "\u2009"):
        text = text.replace(space, " ")
    return " ".join(text.split())


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [normalise(page.extract_text() or "") for page in reader.pages]


def text_lines(pdf: bytes) -> list[list[tuple[float, float, float, str]]]:
    """Per page, each line of text as (x, y, font size, text).

    reportlab writes a line in several pieces when its font changes ("Date:" in bold, then the
    date); pypdf reports each piece at the line's start, so pieces at one position are one line.
    """
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        lines: list[list] = []

        def visit(text, cm, tm, _font, size, lines=lines):
            if not text.strip():
                return
            x = round(tm[4] * cm[0] + cm[4], 1)
            y = round(tm[5] * cm[3] + cm[5], 1)
            height = size * (tm[0] * cm[0] or 1)
            if lines and lines[-1][0] == x and lines[-1][1] == y:
                lines[-1][3] += text
            else:
                lines.append([x, y, height, text])

        page.extract_text(visitor_text=visit)
        pages.append([(x, y, size, text.strip()) for x, y, size, text in lines])
    return pages


def column_texts(pdf: bytes) -> list[str]:
    """The text of each column (lines starting at the same x), top to bottom, page after page.

    A table cell that wraps onto two lines is interleaved with its neighbours in plain
    extraction; read down its column, its lines are together again.
    """
    columns: dict[int, list[tuple[int, float, int, str]]] = defaultdict(list)
    order = 0
    for number, lines in enumerate(text_lines(pdf)):
        for x, y, _size, text in lines:
            order += 1
            columns[round(x)].append((number, -y, order, text))
    return [normalise(" ".join(t for *_, t in sorted(lines))) for lines in columns.values()]


class Handout:
    """A rendered PDF with helpers to ask what it says."""

    def __init__(self, pdf: bytes):
        self.pdf = pdf
        self.pages = page_texts(pdf)
        self.text = " ".join(self.pages)
        self.columns = column_texts(pdf)

    def says(self, text: str) -> bool:
        wanted = normalise(text)
        return wanted in self.text or any(wanted in column for column in self.columns)

    def missing(self, texts) -> list[str]:
        return [t for t in texts if not self.says(t)]


def font_problems(pdf: bytes) -> list[str]:
    """Every font on every page that is not an embedded TrueType font (empty when all are)."""
    problems = []
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get("/Font", {})
        if not fonts:
            problems.append(f"page {number}: no fonts at all")
        for key, ref in fonts.items():
            font = ref.get_object()
            name = str(font.get("/BaseFont", ""))
            subtype = str(font.get("/Subtype", ""))
            if any(base in name for base in BASE_14):
                problems.append(f"page {number}: base-14 font {name}")
            if subtype == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            elif subtype == "/TrueType":
                descriptor = font["/FontDescriptor"].get_object()
            else:
                problems.append(f"page {number}: {key} is {subtype}, not TrueType")
                continue
            if "/FontFile2" not in descriptor:
                problems.append(f"page {number}: {name} is not embedded")
    return problems


def render_pages(pdf: bytes, folder: Path, stem: str) -> list[Path]:
    """Each page as a greyscale image by pdftoppm (poppler-utils)."""
    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils) is needed to render the pages"
    source = folder / f"{stem}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(source), str(folder / stem)],
                   check=True, capture_output=True, timeout=60)
    return sorted(folder.glob(f"{stem}-*.pgm"))


def ink_fraction(pgm: Path) -> float:
    """The share of pixels that are not white in a binary PGM (P5) image."""
    data = pgm.read_bytes()
    assert data[:2] == b"P5", "pdftoppm -gray writes binary PGM"
    fields: list[bytes] = []
    at = 2
    while len(fields) < 3:  # width, height, maxval, separated by whitespace (no comments)
        while data[at:at + 1].isspace():
            at += 1
        start = at
        while not data[at:at + 1].isspace():
            at += 1
        fields.append(data[start:at])
    width, height, _ = (int(f) for f in fields)
    pixels = data[at + 1:at + 1 + width * height]
    assert len(pixels) == width * height
    return sum(1 for value in pixels if value < 200) / len(pixels)

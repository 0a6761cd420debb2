"""Reading handouts back: text, fonts and page images of a PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream

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


def copied_text(pdf: bytes) -> str:
    """The text a reader copies or searches, as poppler's pdftotext extracts it (it honors
    ActualText), in NFKC: Arabic presentation forms folded to the letters typed."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the text"
    result = subprocess.run(["pdftotext", "-", "-"], input=pdf, check=True,
                            capture_output=True, timeout=60)
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


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


# -- the glyphs drawn: every code of every text operator, read against the embedded font ----------

@dataclass
class DrawnRun:
    """One text-showing operator: where it starts, its font and the glyphs it draws (each as
    the glyph's outline, comparable across a subset and the original font file)."""

    page: int
    x: float
    y: float
    font: str  # the embedded font's name without the subset prefix ("NotoSansArabic-Regular")
    glyph_ids: list[int]
    outlines: list[tuple]
    chars: str  # what the ToUnicode map says each code is


def glyph_outline(font: TTFont, glyph_name: str) -> tuple:
    """A glyph's contours as plain numbers (composites resolved), for comparing glyphs."""
    glyf = font["glyf"]
    coordinates, ends, _ = glyf[glyph_name].getCoordinates(glyf)
    return tuple(tuple(point) for point in coordinates), tuple(ends)


def _to_unicode(font_dict) -> dict[int, str]:
    mapping = {}
    if "/ToUnicode" not in font_dict:
        return mapping
    data = font_dict["/ToUnicode"].get_object().get_data().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.DOTALL):
        for code, text in re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    return mapping


class _EmbeddedFont:
    def __init__(self, font_dict):
        self.name = str(font_dict["/BaseFont"]).split("+", 1)[-1]
        descriptor = font_dict["/FontDescriptor"].get_object()
        self.font = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
        self.cmap = self.font["cmap"].tables[0].cmap
        self.order = self.font.getGlyphOrder()
        self.unicode = _to_unicode(font_dict)

    def glyph(self, code: int) -> tuple[int, tuple, bool]:
        """(glyph id, outline, empty) for a code; id 0 is .notdef, the empty box."""
        name = self.cmap.get(code, ".notdef")
        glyph_id = self.order.index(name) if name in self.order else 0
        glyph = self.font["glyf"][name]
        return glyph_id, glyph_outline(self.font, name), glyph.numberOfContours == 0


def drawn_runs(pdf: bytes) -> list[DrawnRun]:
    """Every Tj / TJ of every page (not the page-number forms), with its position on the page."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[DrawnRun] = []
    cache: dict[int, _EmbeddedFont] = {}
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get("/Font", {})
        stream = ContentStream(page.get_contents(), reader)
        matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        stack: list[list[float]] = []
        font = None
        text_x = text_y = 0.0
        for operands, operator in stream.operations:
            if operator == b"q":
                stack.append(list(matrix))
            elif operator == b"Q":
                matrix = stack.pop()
            elif operator == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                m = matrix
                matrix = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                          c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4],
                          e * m[1] + f * m[3] + m[5]]
            elif operator == b"Tm":
                text_x, text_y = float(operands[4]), float(operands[5])
            elif operator == b"Tf":
                ref = fonts[operands[0]]
                key = id(ref.get_object())
                if key not in cache:
                    cache[key] = _EmbeddedFont(ref.get_object())
                font = cache[key]
            elif operator in (b"Tj", b"TJ") and font is not None:
                parts = operands[0] if operator == b"TJ" else [operands[0]]
                codes = []
                for part in parts:
                    if isinstance(part, (str, bytes)):
                        raw = getattr(part, "original_bytes", None)
                        codes += list(raw if raw is not None else bytes(part, "latin-1")
                                      if isinstance(part, str) else part)
                glyphs = [font.glyph(code) for code in codes]
                runs.append(DrawnRun(
                    number, matrix[4] + text_x * matrix[0], matrix[5] + text_y * matrix[3],
                    font.name, [g[0] for g in glyphs], [g[1] for g in glyphs],
                    "".join(font.unicode.get(code, "\ufffd") for code in codes)))
                for code, (glyph_id, _, empty) in zip(codes, glyphs):
                    char = font.unicode.get(code, "")
                    if glyph_id == 0 or (empty and not (char.isspace() or not char or
                                                        unicodedata.category(char) == "Cf")):
                        runs[-1].missing = True  # type: ignore[attr-defined]
    return runs


def boxes(runs: list[DrawnRun]) -> list[str]:
    """Runs that draw the empty box (.notdef) or an empty glyph for a visible character."""
    return [f"page {run.page}: {run.font} {run.chars!r}" for run in runs
            if getattr(run, "missing", False)]

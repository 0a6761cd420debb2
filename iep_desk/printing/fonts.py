"""The shipped fonts: which file draws which script, registered with reportlab the stock way.

No single font covers every script a family may write a name in, so the handouts carry a
set of them (resources/fonts/README.md lists each file, its source and licence): DejaVu
Sans for Latin (every diacritic), Greek and Cyrillic; a Noto Sans family for each of
Arabic, Hebrew, the Indic scripts, Thai, Lao, Burmese, Khmer, Ethiopic, Armenian and
Georgian; WenQuanYi Micro Hei for Chinese, Japanese kana and Korean Hangul.

Each character is drawn by the family made for its script when that family has it
(DejaVu Sans has some Arabic and Hebrew letters, but Noto Sans Arabic joins them properly),
else by the first family that has it. Characters of no script of their own (spaces,
digits, punctuation, combining marks) are drawn by the font of the text around them when it
has them (see runs.py). A font file is read by reportlab only when a document first uses
it, so printing an English letter never loads the Chinese font.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import uharfbuzz as hb
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iep_desk.config import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"


@dataclass(frozen=True)
class FontFamily:
    key: str
    regular: str
    # None: the family has no bold file; bold text is drawn with the regular one.
    bold: str | None
    # ISO 15924 codes of the scripts this family is chosen first for.
    scripts: tuple[str, ...]
    # The face within a TrueType collection (.ttc).
    subfont: int = 0


# In the order a character no family claims by its script is looked for.
FAMILIES: tuple[FontFamily, ...] = (
    FontFamily("latin", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", ("Latn", "Grek", "Cyrl")),
    FontFamily("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", ("Arab",)),
    FontFamily("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", ("Hebr",)),
    FontFamily("devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
               ("Deva",)),
    FontFamily("bengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf", ("Beng",)),
    FontFamily("gurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf",
               ("Guru",)),
    FontFamily("gujarati", "NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf",
               ("Gujr",)),
    FontFamily("tamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf", ("Taml",)),
    FontFamily("telugu", "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf", ("Telu",)),
    FontFamily("thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", ("Thai",)),
    FontFamily("lao", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", ("Laoo",)),
    FontFamily("myanmar", "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf", ("Mymr",)),
    FontFamily("khmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", ("Khmr",)),
    FontFamily("ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf",
               ("Ethi",)),
    FontFamily("armenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf",
               ("Armn",)),
    FontFamily("georgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf",
               ("Geor",)),
    FontFamily("cjk", "wqy-microhei.ttc", None, ("Hani", "Hira", "Kana", "Hang", "Bopo")),
)
_BY_KEY = {family.key: family for family in FAMILIES}
_BY_SCRIPT = {script: family for family in FAMILIES for script in family.scripts}

# reportlab's names for the Latin family, the one every style names (the others are chosen
# per run of text).
REGULAR = "IEPDeskSans"
BOLD = "IEPDeskSans-Bold"

_lock = threading.Lock()
_registered: set[str] = set()


def font_name(family: FontFamily, bold: bool = False) -> str:
    """reportlab's name for a family's regular or bold face (registered on first use)."""
    if family.key == "latin":
        name = BOLD if bold else REGULAR
    else:
        bold = bold and family.bold is not None
        name = f"IEPDesk-{family.key}" + ("-Bold" if bold else "")
    if name not in _registered:
        _register(name, family, bold)
    return name


def is_bold_face(name: str) -> bool:
    """Whether reportlab's font `name` (from font_name) is a bold file."""
    return name == BOLD or name.endswith("-Bold")


def _register(name: str, family: FontFamily, bold: bool) -> None:
    with _lock:
        if name in _registered:
            return
        path = FONTS_DIR / (family.bold if bold and family.bold else family.regular)
        pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=family.subfont))
        if family.key == "latin":
            # <b> and the bold style pick the bold file; there is no italic file, so italic
            # maps to the upright faces rather than to Helvetica. Upright last, so reading
            # the mapping back gives "regular" and "bold".
            regular_or_bold = BOLD if bold else REGULAR
            addMapping(REGULAR, int(bold), 1, regular_or_bold)
            addMapping(REGULAR, int(bold), 0, regular_or_bold)
        _registered.add(name)


def register_fonts() -> None:
    """Register the Latin family (regular and bold), which every style names."""
    latin = _BY_KEY["latin"]
    font_name(latin)
    font_name(latin, bold=True)


@cache
def _characters_in(file_name: str, index: int = 0) -> frozenset[int]:
    """Every code point a font file maps to a glyph (its cmap, as HarfBuzz reads it)."""
    face = hb.Face(hb.Blob.from_file_path(str(FONTS_DIR / file_name)), index)
    return frozenset(face.unicodes)


def characters_of(family_key: str) -> frozenset[int]:
    """Every code point the family's regular file maps to a glyph (read once per process)."""
    family = _BY_KEY[family_key]
    return _characters_in(family.regular, family.subfont)


def _bold_characters(family_key: str) -> frozenset[int]:
    family = _BY_KEY[family_key]
    return _characters_in(family.bold) if family.bold is not None else frozenset()


def has_own_script(char: str) -> bool:
    """False for characters any script uses (spaces, digits, punctuation, combining marks)."""
    return script(char) != COMMON


# The code HarfBuzz leaves unset for characters of no script of their own (Unicode's
# Common and Inherited, "Zyyy" and "Zinh").
COMMON = "Zyyy"


def _script_and_direction(char: str) -> tuple[str, str]:
    """HarfBuzz's reading of a one-character text: the character's script and the direction
    that script is written in ("ltr", "rtl")."""
    text = hb.Buffer()
    text.add_str(char)
    text.guess_segment_properties()
    return text.script or COMMON, text.direction


# Both asked for every character of every text laid out: each answer is kept.
@lru_cache(maxsize=65536)
def script(char: str) -> str:
    """The ISO 15924 code of the character's script ("Arab", "Latn"; COMMON for a space,
    a digit, a combining mark)."""
    return _script_and_direction(char)[0]


@lru_cache(maxsize=65536)
def written_right_to_left(char: str) -> bool:
    """Whether the character's script is written right to left (Arabic, Hebrew...), even a
    character read left to right in it, such as an Arabic-Indic digit."""
    return _script_and_direction(char)[1] == "rtl"


@lru_cache(maxsize=65536)
def family_for(char: str) -> FontFamily | None:
    """The family that draws `char` on its own: the one made for its script, else the first
    that has it; None when no shipped font has it."""
    code = ord(char)
    own = _BY_SCRIPT.get(script(char))
    if own is not None and code in characters_of(own.key):
        return own
    for family in FAMILIES:
        if code in characters_of(family.key):
            return family
    return None


def covers(family: FontFamily, char: str) -> bool:
    return ord(char) in characters_of(family.key)


def bold_face_has(family: FontFamily, char: str) -> bool:
    """Whether the family's bold file has `char` (a few bold files lack rare characters)."""
    return family.bold is not None and ord(char) in _bold_characters(family.key)


def needs_no_glyph(char: str) -> bool:
    """Characters that print as nothing and need no glyph of their own: line breaks, tabs,
    and the invisible format characters (joiners, direction marks, variation selectors),
    which the shaping uses and then drops."""
    category = unicodedata.category(char)
    return category in ("Cc", "Cf", "Zl", "Zp") or 0xFE00 <= ord(char) <= 0xFE0F


LATIN = _BY_KEY["latin"]

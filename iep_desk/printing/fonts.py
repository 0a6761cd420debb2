"""The shipped Unicode font, registered with reportlab once per process.

The base-14 PDF fonts cover Western European letters only and would drop
Vietnamese, Greek and Cyrillic names, so every piece of text uses DejaVu Sans.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from iep_desk.config import RESOURCES_DIR
from iep_desk.printing.compact_font import CompactTTFont

FONTS_DIR = RESOURCES_DIR / "fonts"
REGULAR = "IEPDeskSans"
BOLD = "IEPDeskSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register regular and bold as one family (so <b> in a paragraph picks the bold file)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        # Bold is used for a few headings, labels and names, so it embeds only the glyphs a
        # document uses. reportlab's default (kept for regular text, which uses most of ASCII
        # anyway) reserves all of printable ASCII in every PDF; for bold that doubled the
        # embedded glyph data and the time spent subsetting and compressing it.
        pdfmetrics.registerFont(CompactTTFont(REGULAR, str(FONTS_DIR / _FILES[REGULAR])))
        pdfmetrics.registerFont(CompactTTFont(BOLD, str(FONTS_DIR / _FILES[BOLD]),
                                              asciiReadable=False))
        # There is no italic file: italic maps to the upright faces rather than to Helvetica.
        # Streams are written as compressed binary, not also ASCII85-encoded: the files are a
        # quarter smaller and reportlab's ASCII85 encoder is slow pure Python. Every PDF reader
        # takes binary streams; reportlab is used by the handouts alone in this app.
        rl_config.useA85 = 0
        # Upright last, so that reading the mapping back gives "regular" and "bold", not italic.
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        _registered = True

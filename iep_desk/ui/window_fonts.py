"""The fonts IEP Desk ships for its handouts, lent to the window too: a Chinese, Korean,
Devanagari or Arabic name is readable in the caseload list on a school laptop that has no
system font for that script. Qt falls back to them for the characters the window's own font
lacks; they never replace the system's font for everything else."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from iep_desk.config import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"


def add_shipped_fonts() -> list[str]:
    """Register every font file in resources/fonts with Qt; the families now available.
    A file Qt cannot read is left out (the window then shows what the system has)."""
    families: set[str] = set()
    for path in sorted(FONTS_DIR.glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)

"""The window borrows the handouts' fonts: names in Chinese, Korean, Devanagari and Arabic
script are drawn with real glyphs on a machine without system fonts for them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from iep_desk.ui import app as startup
from iep_desk.ui.window_fonts import FONTS_DIR, add_shipped_fonts

NAMES = {
    "WenQuanYi Micro Hei": "王小明 김민준",
    "Noto Sans Devanagari": "आरव शर्मा",
    "Noto Sans Arabic": "نصرة أحمد",
}


def test_the_shipped_fonts_are_offered_to_the_window_with_the_glyphs_for_each_name(qapp):
    families = add_shipped_fonts()
    for family, name in NAMES.items():
        assert family in families
        assert family in QFontDatabase.families()
        raw = QRawFont.fromFont(QFont(family, 12))
        assert raw.isValid(), family
        # Every letter of the name has a glyph in that font (no empty box).
        letters = [c for c in name if not c.isspace()]
        assert all(raw.supportsCharacter(ord(c)) for c in letters), (family, name)
    assert len(families) >= len(list(FONTS_DIR.glob("*Regular.ttf")))


def test_starting_the_app_adds_them(monkeypatch, tmp_path):
    added = []
    monkeypatch.setattr(startup, "add_shipped_fonts", lambda: added.append(True) or [])
    monkeypatch.setattr(startup, "start_session", lambda *a, **k: None)  # the teacher quit
    assert startup.run_app(data_dir=str(tmp_path), smoke_test=True) == 0
    assert added == [True]

"""Bad input typed or chosen in the window's forms and dialogs, through real widgets on a real
caseload file: each gets a message in the teacher's words, nothing is saved wrong and no slot
raises (pytest-qt fails a test on an exception in a Qt slot)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from iep_desk.storage.print_settings import load_print_settings
from iep_desk.storage.settings import SettingsStore
from iep_desk.ui.letterhead_dialog import LetterheadDialog
from tests.ui.conftest import desk_for
from tests.ui.test_iep_record_tab import enter_reading_goal, student, tab, type_into  # noqa: F401

# -- the IEP record: numbers in progress notes and goals ---------------------------------------


@pytest.mark.parametrize("typed", ["nan", "NaN", "inf", "-inf", "1e400"])
def test_a_progress_value_that_is_no_real_number_is_refused(qtbot, tab, store, typed):  # noqa: F811
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    [goal] = goals.goals
    type_into(qtbot, goals.note_on, "11/14/2026")
    goals.note_value.setText(typed)
    qtbot.keyClick(goals.note_value, Qt.Key.Key_Return)
    assert f"“{typed}” is not a number" in goals.note_message.text()
    assert list(store.db["progress_notes"].rows) == []
    assert goals.note_value.text() == typed  # left on screen for correcting
    assert goals.line_of(goal.id).endswith("no progress noted yet")


@pytest.mark.parametrize("typed", ["nan", "inf", "1e400"])
def test_a_goal_target_that_is_no_real_number_is_refused(qtbot, tab, store, typed):  # noqa: F811
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    [goal] = goals.goals
    goals.target.setText(typed)
    goals.save_button.click()
    assert f"“{typed}” is not a number" in goals.goal_message.text()
    assert store.db["goals"].get(goal.id)["target"] == 90


# -- the letterhead: logos that cannot print -----------------------------------------------------


def letterhead_dialog(qtbot, store) -> LetterheadDialog:
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.school_name.setText("Riverside Elementary")
    return dialog


def a_picture(path: Path) -> Path:
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(path))
    return path


def a_huge_png(path: Path, width: int, height: int) -> Path:
    """A black-and-white PNG of width × height pixels that is small on disk."""
    rows = b"".join(b"\x00" + b"\x00" * ((width + 7) // 8) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
    return path


def test_a_damaged_logo_is_refused_not_saved_to_go_missing_from_every_letter(qtbot, store,
                                                                            tmp_path):
    good = a_picture(tmp_path / "good.png")
    damaged = tmp_path / "logo.png"
    damaged.write_bytes(good.read_bytes()[:60])  # the header, then the file stops
    dialog = letterhead_dialog(qtbot, store)
    dialog.logo_path.setText(str(damaged))
    assert dialog.save() is False
    assert "logo.png" in dialog.message.text() and "damaged" in dialog.message.text()
    assert load_print_settings(SettingsStore(store.db)).letterhead.logo_path == ""
    dialog.logo_path.setText(str(good))
    assert dialog.save() is True
    assert load_print_settings(SettingsStore(store.db)).letterhead.logo_path == str(good)


def test_a_huge_logo_is_refused_with_what_to_do(qtbot, store, tmp_path):
    huge = a_huge_png(tmp_path / "logo.png", 20000, 20000)
    dialog = letterhead_dialog(qtbot, store)
    dialog.logo_path.setText(str(huge))
    assert dialog.save() is False
    assert "20000 × 20000" in dialog.message.text()
    assert "smaller copy" in dialog.message.text()
    assert load_print_settings(SettingsStore(store.db)).letterhead.logo_path == ""

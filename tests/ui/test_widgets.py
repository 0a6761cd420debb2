"""Small shared widget helpers."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter

from iep_desk.ui.widgets import ALIGN_CENTER, set_qt_property, set_shortcut


def test_enum_properties_are_set_by_name(qapp):
    splitter = QSplitter()
    set_qt_property(splitter, "orientation", "Vertical")
    assert splitter.orientation() == Qt.Vertical
    label = QLabel()
    set_qt_property(label, "textInteractionFlags", "TextSelectableByMouse")
    assert label.textInteractionFlags() == Qt.TextSelectableByMouse
    with pytest.raises(ValueError, match="orientation"):
        set_qt_property(label, "orientation", "Vertical")  # a QLabel has none
    with pytest.raises(ValueError, match="Sideways"):
        set_qt_property(splitter, "orientation", "Sideways")


def test_shortcuts_from_a_standard_key_or_a_text(qapp):
    undo = QAction("Undo")
    set_shortcut(undo, QKeySequence.Undo)
    assert undo.shortcuts() == QKeySequence.keyBindings(QKeySequence.Undo)
    first = QAction("Caseload")
    set_shortcut(first, "Ctrl+1")
    assert first.shortcut() == QKeySequence("Ctrl+1")


def test_align_center_is_qts():
    assert ALIGN_CENTER == Qt.AlignCenter.value

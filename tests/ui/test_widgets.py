"""Small shared widget helpers."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter

from iep_desk.core.deadlines import Urgency
from iep_desk.ui.widgets import (
    new_action,
    set_qt_property,
    set_shortcut,
    urgency_icon,
    urgency_pixmap,
)


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


def alpha_mask(image: QImage) -> list[bool]:
    return [image.pixelColor(x, y).alpha() > 128
            for y in range(image.height()) for x in range(image.width())]


def test_urgency_icons_differ_in_shape_not_only_in_colour(qapp):
    assert urgency_icon(Urgency.LATER) is None
    masks = []
    for urgency in (Urgency.OVERDUE, Urgency.WITHIN_30, Urgency.WITHIN_60):
        icon = urgency_icon(urgency)
        for size in (16, 32, 64):
            assert icon.pixmap(size, size).width() == size
        masks.append(alpha_mask(icon.pixmap(32, 32).toImage()))
    # Seen in black and white, each pair still differs in at least 40 of 1,024 pixels.
    for first, second in ((0, 1), (0, 2), (1, 2)):
        assert sum(a != b for a, b in zip(masks[first], masks[second])) > 40


def test_the_tables_pixmap_is_the_icon_at_16_points_sharp_at_four_times(qapp):
    assert urgency_pixmap(Urgency.LATER) is None
    pixmap = urgency_pixmap(Urgency.OVERDUE)
    assert pixmap.deviceIndependentSize().toSize().toTuple() == (16, 16)
    assert pixmap.width() == 64


def test_new_action_has_its_text_and_parent(qapp):
    parent = QLabel()
    action = new_action("&Add student…", parent)
    assert action.text() == "&Add student…" and action.parent() is parent


def test_the_shipped_icons_are_what_the_script_draws(qapp, tmp_path):
    from docs.draw_urgency_icons import ICONS, main

    assert main(tmp_path) == 0
    drawn = sorted(path.name for path in tmp_path.iterdir())
    assert drawn == sorted(path.name for path in ICONS.glob("urgency-*.png"))
    assert len(drawn) == 9
    for name in drawn:
        ours, shipped = QImage(str(tmp_path / name)), QImage(str(ICONS / name))
        assert ours.size() == shipped.size()
        changed = sum(ours.pixelColor(x, y) != shipped.pixelColor(x, y)
                      for y in range(ours.height()) for x in range(ours.width()))
        assert changed <= ours.width() * ours.height() // 50, name  # antialiasing may vary a little

"""Clicking a widget where a teacher would: on a check box's box, not at the widget's centre.

A check box laid out in a wide grid column can be hundreds of pixels wider than its box and
text; only those react to the mouse, so a click at its centre may land on nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton


def click_check_box(qtbot, box: QCheckBox) -> None:
    """Click the middle of the check box's box (its indicator)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=indicator.center())

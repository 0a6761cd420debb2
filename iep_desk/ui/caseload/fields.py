"""Building blocks for the caseload forms: labelled rows with a message beside each field."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from iep_desk.ui.autosave import AutosaveField, AutosaveGroup, SaveFunction
from iep_desk.ui.dates import DATE_OPTIONS, DateField
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox

__all__ = ["DATE_OPTIONS", "add_row", "combo", "date_editor", "new_form", "plain_text_options",
           "text_box"]


def add_row(form: QFormLayout, label: str, editor: QWidget, group: AutosaveGroup, field: str,
            save: SaveFunction, **binding_options) -> AutosaveField:
    """Add `editor` under `label` with its message label, bound to `field`."""
    message = FieldMessage()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(message)
    caption = QLabel(label)
    caption.setBuddy(editor)  # the label's &-shortcut moves the focus to the field
    editor.setAccessibleName(label.replace("&", ""))
    form.addRow(caption, holder)
    binding = group.add(AutosaveField(editor, field, save, message=message, **binding_options))
    binding.caption = caption
    return binding


def date_editor(hint: str = "") -> DateField:
    """A date field (the locale's short form or YYYY-MM-DD, with a calendar to pick from);
    `hint` replaces the placeholder that shows the locale's form."""
    editor = DateField()
    if hint:
        editor.setPlaceholderText(hint)
    editor.setMaximumWidth(220)
    return editor


def combo(items: Iterable[tuple[str, object]]) -> QComboBox:
    """A drop-down list that the mouse wheel changes only once it has the keyboard focus."""
    box = WheelSafeComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def text_box(lines: int = 4) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setMinimumHeight(lines * box.fontMetrics().lineSpacing() + 12)
    return box


def plain_text_options() -> dict:
    # Long texts keep their lines; only trailing blank space is dropped.
    return {"parse": lambda text: text.rstrip()}


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form

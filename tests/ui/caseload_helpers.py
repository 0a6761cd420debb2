"""Shared steps for the caseload pane tests: a main window on a real file, typing into fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iep_desk.ui.main_window import MainWindow


def open_window(qtbot, store, data_dir) -> MainWindow:
    window = MainWindow(store, data_dir=data_dir)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # keyboard shortcuts need an active window
        window.show()
    return window


def type_and_commit(qtbot, editor, text: str) -> None:
    """Replace the editor's text as a teacher would, then press Enter."""
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def field(pane, name: str):
    """The autosave binding of a student field in the detail area."""
    return pane.form.fields[name]

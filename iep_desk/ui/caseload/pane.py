"""The Caseload pane (first cut: a list of names; the full pane replaces this)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget


class CaseloadPane(QWidget):
    def __init__(self, store, undo_stack, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Students"))
        self.names.addItems([s.display_name for s in store.list_students()])
        layout = QVBoxLayout(self)
        layout.addWidget(self.names)

    def flush_edits(self) -> None:
        pass

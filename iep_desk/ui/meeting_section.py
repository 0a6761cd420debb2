"""The shared base of the parts of the planner and the review: each part shows one meeting,
saves what is typed, and greys out its editing controls when it may not write."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class MeetingSection(QWidget):
    """`changed(str)` says what the section stored; its pane passes it on to the others.
    Controls registered with `editing()` are enabled only while `can_edit()` is true."""

    changed = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.read_only = False
        self._editing: list[QWidget] = []

    def editing(self, widget: QWidget) -> QWidget:
        self._editing.append(widget)
        return widget

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.update_enabled()

    def can_edit(self) -> bool:
        return not self.read_only and self.meeting_id is not None

    def update_enabled(self) -> None:
        editable = self.can_edit()
        for widget in self._editing:
            widget.setEnabled(editable)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.reload()
        self.update_enabled()

    def reload(self) -> None:
        """Show what the file holds for the current meeting (every section overrides this)."""

    def flush(self) -> None:
        """Save whatever is being typed (sections with autosave fields override this)."""

    def on_changed(self, what: str) -> None:
        """Another section stored something; reload when it matters here."""

"""The shared base of the parts of the planner and the review: each part shows one meeting,
saves what is typed through the application layer, refreshes for the changes it shows,
and greys out its editing controls when it may not write."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from iep_desk.app.changes import Changes
from iep_desk.app.undo import OpResult
from iep_desk.ui.desk import Desk, Report
from iep_desk.ui.drafts import Draft, line_drafts

AnyWidget = TypeVar("AnyWidget", bound=QWidget)


class MeetingSection(QWidget):
    """One part of a meeting's pane. `ctx` is the window's Desk (the stores to read, the
    operations to run). Controls registered with `editing()` are enabled only while
    `can_edit()` is true. The pane calls `on_changes` with what another part, an undo or
    another pane changed."""

    def __init__(self, ctx: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.read_only = False
        self._editing: list[QWidget] = []
        self._draft_lines: list[tuple[Sequence[QLineEdit | QPlainTextEdit], str]] = []

    def run(self, operation: Any, /, *, undo_text: str | None = None,
            report: Report | None = None, **arguments: Any) -> OpResult | None:
        """Run an application-layer operation as this part (it is not told of its own
        change); None when refused (`report` says why)."""
        return self.ctx.run(operation, undo_text=undo_text, report=report, source=self,
                            **arguments)

    def editing(self, widget: AnyWidget) -> AnyWidget:
        self._editing.append(widget)
        return widget

    def draft_lines(self, what: str, *lines: QLineEdit | QPlainTextEdit) -> None:
        """`lines` wait for an Add button (one new thing: an action and its note): what is
        typed in them is a draft (ui.drafts) named `what` in the teacher's words ("a new
        action")."""
        self._draft_lines.append((lines, what))

    def pending_drafts(self) -> list[Draft]:
        """What was typed and not added yet (none when the part may not write)."""
        if not self.can_edit():
            return []
        return line_drafts(self._draft_lines)

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
        # The same meeting shown again (after an Undo, say): the drafts stay as typed.
        kept = [(line, _text_of(line)) for lines, _what in self._draft_lines for line in lines] \
            if meeting_id == self.meeting_id else []
        self.meeting_id = meeting_id
        self.reload()
        for line, text in kept:
            if text.strip() and not _text_of(line).strip():
                _put_text(line, text)
        self.update_enabled()

    def reload(self) -> None:
        """Show what the file holds for the current meeting (every section overrides this)."""

    def flush(self) -> bool:
        """Save whatever is being typed (sections with autosave fields override this); True
        when everything typed is saved."""
        return True

    def on_changes(self, changes: Changes) -> None:
        """Something was stored elsewhere (another part, Undo, Redo, another pane): reload
        what this part shows of it."""


def _text_of(line: QLineEdit | QPlainTextEdit) -> str:
    return line.text() if isinstance(line, QLineEdit) else line.toPlainText()


def _put_text(line: QLineEdit | QPlainTextEdit, text: str) -> None:
    if isinstance(line, QLineEdit):
        line.setText(text)
    else:
        line.setPlainText(text)

"""Undoable changes to the caseload, for the main window's QUndoStack (Ctrl+Z).

Every change is written to the file *before* its command is pushed: a write
that fails (disk full) is reported beside the field and never enters the undo
history. So each command's first `redo()` (called by `QUndoStack.push`) does
nothing; later redo/undo calls write through the store and then call `after`
so the screen shows what the file now holds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed
from iep_desk.ui.problems import error_text

Refresh = Callable[[], None]
Report = Callable[[str], None]


class _AlreadyDone(QUndoCommand):
    def __init__(self, text: str, after: Refresh, report: Report | None = None):
        super().__init__(text)
        self._after = after
        self._report = report
        self._first = True

    def _apply(self, write: Callable[[], None]) -> None:
        try:
            write()
        except SaveFailed as error:
            # Nothing to roll back: the file still holds what it held before.
            if self._report:
                self._report(error_text(error))
        self._after()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.do)

    def undo(self) -> None:
        self._apply(self.undo_write)

    def do(self) -> None:  # pragma: no cover - every subclass writes its change here
        """Write the change again (redo after an undo)."""

    def undo_write(self) -> None:  # pragma: no cover - every subclass writes the old state here
        """Write back what was there before the change."""


class ChangeValue(_AlreadyDone):
    """One value changed (a field, a relationship, a setting): undo writes the old one back."""

    def __init__(self, text: str, setter: Callable[[Any], None], old: Any, new: Any,
                 after: Refresh, report: Report | None = None):
        super().__init__(text, after, report)
        self._setter, self.old, self.new = setter, old, new

    def do(self) -> None:
        self._setter(self.new)

    def undo_write(self) -> None:
        self._setter(self.old)


def change_field(store: CaseloadStore, table: str, row_id: int, field: str, old: Any, new: Any,
                 text: str, after: Refresh, report: Report | None = None) -> ChangeValue:
    return ChangeValue(text, lambda value: store.update_field(table, row_id, field, value),
                       old, new, after, report)


class ArchiveStudent(_AlreadyDone):
    def __init__(self, store: CaseloadStore, student_id: int, text: str, after: Refresh,
                 report: Report | None = None):
        super().__init__(text, after, report)
        self.store, self.student_id = store, student_id

    def do(self) -> None:
        self.store.archive_student(self.student_id)

    def undo_write(self) -> None:
        self.store.restore_student(self.student_id)


class RestoreStudent(ArchiveStudent):
    def do(self) -> None:
        self.store.restore_student(self.student_id)

    def undo_write(self) -> None:
        self.store.archive_student(self.student_id)


class AddStudent(ArchiveStudent):
    """Undoing an added student archives it: the app never hard-deletes a student."""

    def do(self) -> None:
        self.store.restore_student(self.student_id)

    def undo_write(self) -> None:
        self.store.archive_student(self.student_id)


class DoAndUndo(_AlreadyDone):
    """A change given as two functions (link/unlink a family member, add to/remove from a team)."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 after: Refresh, report: Report | None = None):
        super().__init__(text, after, report)
        self._do, self._undo = do, undo

    def do(self) -> None:
        self._do()

    def undo_write(self) -> None:
        self._undo()

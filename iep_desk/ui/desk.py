"""The window's way to the caseload: the stores it reads, the operations it runs, the undo
stack it records them on, and the one change notification every view refreshes from.

    result = desk.run(app_agenda.add_item, item=item, at=0, source=self,
                      undo_text=tr("Add an agenda item"), report=show_beside_the_field)

`run` calls an application-layer operation (iep_desk.app) with the stores, says a refusal
in the teacher's words through `report` (ui.problems), pushes the operation's undo record
onto the undo stack as one `UndoCommand`, and emits `changed(changes, source)`: each pane
and section looks at the Changes and refreshes only for what it shows (the view that made
the change, `source`, has shown it already). Undo and Redo apply the record through the
application layer and emit `changed(changes, None)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, overload

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from iep_desk.app import undo as app_undo
from iep_desk.app.changes import Changes
from iep_desk.app.undo import OpResult, Step, UndoRecord
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.stores import Stores
from iep_desk.ui.problems import error_text

Report = Callable[[str | None], None]
# What a write may be refused with: a value (core.problems.ProblemError and the window's own
# parsing errors are ValueErrors), a disk, a row removed meanwhile.
REFUSALS = (ValueError, SaveFailed, LookupError)


def stored_id(record_id: int | None) -> int:
    """The id of a record read from the caseload file. The stores give every record they
    read its id (a record's id is None only before it is first saved), so None here is a
    mistake in the program, not something the teacher did."""
    if record_id is None:
        raise RuntimeError("a record read from the caseload file has no id")
    return record_id


def refusals_to(show: Callable[[str], None]) -> Report:
    """A report that hands each refusal's text to `show` and ignores the clearing
    `report(None)` (a message shown before stays until the caller clears it)."""
    def report(text: str | None) -> None:
        if text:
            show(text)
    return report


def keep_refusals(into: list[str]) -> Report:
    """A report that appends each refusal's text to `into`: for a caller that words the
    refusal itself after `run` returns None."""
    return refusals_to(into.append)


class Desk(QObject):
    """`changed(Changes, source)` after every operation, undo and redo; `problem(str)` when
    an undo or redo could not be written and no field was given to say it beside."""

    changed = Signal(object, object)
    problem = Signal(str)

    def __init__(self, stores: Stores, undo_stack: QUndoStack | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.stores = stores
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        # How many writes the disk or the file refused (not a rule about the value): the
        # window compares it before and after saving what is typed, to know whether closing
        # would lose text that could not be written.
        self.writes_refused = 0

    @property
    def store(self) -> CaseloadStore:
        """The students, families and teams (what most views read)."""
        return self.stores.caseload

    @overload
    def run(self, operation: Callable[..., OpResult], /, *, undo_text: str | None = None,
            report: None = None, source: object = None, **arguments: Any) -> OpResult: ...

    @overload
    def run(self, operation: Callable[..., OpResult], /, *, undo_text: str | None = None,
            report: Report, source: object = None, **arguments: Any) -> OpResult | None: ...

    def run(self, operation: Callable[..., OpResult], /, *, undo_text: str | None = None,
            report: Report | None = None, source: object = None,
            **arguments: Any) -> OpResult | None:
        """Run `operation(stores, **arguments)`; None (after `report`ing why) when refused.
        Without a `report`, a refusal is raised to the caller (so the result is never None).

        With `undo_text` the operation's undo record goes onto the undo stack as one step
        named so; `report(None)` clears a message shown before."""
        try:
            result = operation(self.stores, **arguments)
        except REFUSALS as error:
            if isinstance(error, SaveFailed) and error.code in (None, "disk"):
                self.writes_refused += 1
            if report is not None:
                report(error_text(error))
                return None
            raise
        if report is not None:
            report(None)
        if result.undo is not None and undo_text is not None:
            self.undo_stack.push(UndoCommand(undo_text, result.undo, self, report))
        if result.changes:
            self.changed.emit(result.changes, source)
        return result

    def replay(self, steps: tuple[Step, ...], changes: Changes,
               report: Report | None = None) -> bool:
        """Write an undo record's steps (Undo or Redo), then tell every view."""
        ok = True
        try:
            app_undo.apply(self.stores, steps)
        except REFUSALS as error:
            # Nothing was written: the file holds what it held before.
            ok = False
            if report is not None:
                report(error_text(error))
            else:
                self.problem.emit(error_text(error))
        self.changed.emit(changes, None)
        return ok


# Changes to one field this close together are one step of Undo: a drop-down stepped through
# nine languages with the arrow keys, a number typed digit by digit, go back in one Ctrl+Z.
BURST_SECONDS = 2.0
# QUndoStack asks a command to merge only with one of the same id (-1: never merged).
_FIELD_EDIT_ID = 1
# The writes that change one field of one row, and the arguments that say which field.
_ONE_FIELD = {
    "set_field": lambda args: (args["table"], args["row_id"], args["name"]),
    "meeting_fields": lambda args: (args["meeting_id"], next(iter(args["values"]), None)),
    "deadline_setting": lambda args: (args["name"],),
}


def field_of(record: UndoRecord) -> tuple | None:
    """Which field a record changes (a value to compare), or None when it is more than
    one change to one field (an added row, a removed one, several steps)."""
    if len(record.redo) != 1 or record.redo[0].write not in _ONE_FIELD:
        return None
    step = record.redo[0]
    return (step.write, *_ONE_FIELD[step.write](step.args))


class UndoCommand(QUndoCommand):
    """The one command on the undo stack: an operation's UndoRecord, applied through the
    application layer. The change was written before the command was pushed (a write that
    failed never enters the history), so its first redo() (QUndoStack.push) does nothing.

    Consecutive changes to the same field within BURST_SECONDS of each other merge into one
    command (QUndoCommand.id/mergeWith): its Undo writes every step back, newest first, and
    its Redo writes them again in order, so nothing a step brought along is lost."""

    # Seconds on a steady clock; a test sets its own.
    clock = staticmethod(time.monotonic)

    def __init__(self, text: str, record: UndoRecord, desk: Desk, report: Report | None = None):
        super().__init__(text)
        self.record = record
        self._desk = desk
        self._report = report
        self._first = True
        self._field = field_of(record)
        self._last_change = self.clock()

    def id(self) -> int:
        return _FIELD_EDIT_ID if self._field is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoCommand) or other._desk is not self._desk:
            return False
        if other._field != self._field or self._field is None:
            return False
        if other._last_change - self._last_change > BURST_SECONDS:
            return False
        mine, theirs = self.record, other.record
        self.record = UndoRecord(theirs.undo + mine.undo, mine.redo + theirs.redo,
                                 mine.changes | theirs.changes)
        self._last_change = other._last_change
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._desk.replay(self.record.redo, self.record.changes, self._report)

    def undo(self) -> None:
        self._desk.replay(self.record.undo, self.record.changes, self._report)

"""What every part of the review pane shares: the stores, safe writing, the words for codes.

Each part of the pane is a `ReviewSection`. A section writes through
`ReviewContext.attempt` (a refused value or a disk problem becomes a message beside
the control, never an exception) and puts cheap changes on the main window's undo
stack. It tells the pane what it changed (`changed(str)`) so the others refresh only
what they show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack

from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.stores import Stores
from iep_desk.ui.meeting_section import MeetingSection
from iep_desk.ui.planner.labels import role_label
from iep_desk.ui.problems import error_text
from iep_desk.ui.undo import ChangeValue, DoAndUndo
from iep_desk.ui.widgets import FieldMessage

_CONTEXT = "Review"

# What a section tells the pane it changed.
MEETING = "meeting"
PARTICIPANTS = "participants"
ACTIONS = "actions"
AGENDA = "agenda"
CHECKLIST = "checklist"
FAMILY = "family"
LOOKING_BACK = "looking_back"

ATTENDANCE_LABELS = {
    None: QT_TRANSLATE_NOOP("Review", "Not recorded yet"),
    "present": QT_TRANSLATE_NOOP("Review", "Present"),
    "absent": QT_TRANSLATE_NOOP("Review", "Absent"),
    "excused": QT_TRANSLATE_NOOP("Review", "Excused"),
    "remote": QT_TRANSLATE_NOOP("Review", "Joined by phone or video"),
}
ACTION_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Review", "Open"),
    "done": QT_TRANSLATE_NOOP("Review", "Done"),
    "dropped": QT_TRANSLATE_NOOP("Review", "Dropped"),
}
VERDICT_LABELS = {
    "keep": QT_TRANSLATE_NOOP("Review", "Keep doing it"),
    "stop": QT_TRANSLATE_NOOP("Review", "Stop doing it"),
}
FEELING_LABELS = {
    "anger": QT_TRANSLATE_NOOP("Review", "Brings anger"),
    "joy": QT_TRANSLATE_NOOP("Review", "Brings joy"),
    "sensitivity": QT_TRANSLATE_NOOP("Review", "Sensitive"),
    "other": QT_TRANSLATE_NOOP("Review", "Other"),
}
# The owner of an action that is the family as a whole; printed on the family's copy.
FAMILY_OWNER_NAME = QT_TRANSLATE_NOOP("Review", "The family")



def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate() for this module's texts; with `n`, a count's plural form (%n)."""
    return QCoreApplication.translate(_CONTEXT, text, disambiguation, n)


def label(labels: dict, code: Any) -> str:
    """The translated label for a code; an unknown code is shown as it is (never hidden)."""
    if code in labels:
        return tr(labels[code])
    return "" if code is None else str(code)


def role_text(role: str) -> str:
    """A participant's role in words; a relationship typed by the teacher ("grandmother")
    starts with a capital like the listed roles."""
    text = role_label(role or "")
    return text[:1].upper() + text[1:]


def choices(labels: dict) -> list[tuple[str, Any]]:
    """(label, code) pairs for a combo box, in the order the labels are listed."""
    return [(tr(text), code) for code, text in labels.items()]


def report_to(message: FieldMessage) -> Callable[[str | None], None]:
    """A report function that shows a message beside a control, or clears it."""
    def report(text: str | None) -> None:
        if text:
            message.show_message(text)
        else:
            message.clear_message()
    return report


@dataclass
class ReviewContext:
    """The stores and the undo stack every section writes through."""

    store: CaseloadStore
    stores: Stores
    undo_stack: QUndoStack

    def attempt(self, write: Callable[[], Any],
                report: Callable[[str | None], None]) -> tuple[bool, Any]:
        """Run one write; a refused value or a disk problem is reported, never raised.

        Returns (True, result) when it was stored; `report(None)` clears an old message.
        """
        try:
            result = write()
        except (MeetingInputError, SaveFailed) as error:
            report(error_text(error))
            return False, None
        report(None)
        return True, result

    def push_change(self, text: str, setter: Callable[[Any], Any], old: Any, new: Any,
                    after: Callable[[], None], report: Callable[[str], None]) -> None:
        """Put a change that is already stored on the undo stack (Ctrl+Z writes `old` back)."""
        def safe(value: Any) -> None:
            try:
                setter(value)
            except (MeetingInputError, LookupError) as error:
                report(error_text(error))
        self.undo_stack.push(ChangeValue(text, safe, old, new, after, report))

    def push_do_undo(self, text: str, do: Callable[[], Any], undo: Callable[[], Any],
                     after: Callable[[], None], report: Callable[[str], None]) -> None:
        """Put a change given as two writes on the undo stack (the first is already done)."""
        def safe(write: Callable[[], Any]) -> Callable[[], None]:
            def run() -> None:
                try:
                    write()
                except (MeetingInputError, LookupError) as error:
                    report(error_text(error))
            return run
        self.undo_stack.push(DoAndUndo(text, safe(do), safe(undo), after, report))


class ReviewSection(MeetingSection):
    """One part of the review (attendance, notes, action plan...).

    Controls registered with `editing()` are enabled only when the meeting has been
    held and the caseload can be written to.
    """

    ctx: ReviewContext

    def undone(self, what: str) -> Callable[[], None]:
        """What to run after an undo or redo wrote to the file: show what it now holds,
        and tell the other sections."""
        def after() -> None:
            if self.meeting_id is not None:
                self.reload()
                self.update_enabled()
            self.changed.emit(what)
        return after

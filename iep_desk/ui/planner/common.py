"""What every part of the planner pane shares: the stores, safe writing, parsing what is typed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.resources import glossary_path
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.stores import Stores
from iep_desk.ui import dates
from iep_desk.ui.meeting_section import MeetingSection
from iep_desk.ui.problems import error_text
from iep_desk.ui.undo import ChangeValue, DoAndUndo
from iep_desk.ui.widgets import FieldMessage

# What a section tells the pane it changed, so the other sections refresh only what they show.
MEETING = "meeting"
PARTICIPANTS = "participants"
AGENDA = "agenda"
QUESTIONS = "questions"
CHECKLIST = "checklist"
CONTACTS = "contacts"
BUSY = "busy"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translate() for this module's texts; with `n`, a count's plural form (%n)."""
    return QCoreApplication.translate("Planner", text, disambiguation, n)


def parse_time(text: str) -> time | None:
    """A clock time as the locale writes it, or as 15:30, 3:30 pm, 9 or 09.15 (ui.dates);
    empty means none. Raises ValueError with a message for the teacher."""
    return dates.parse_clock(text)


def parse_day(text: str) -> date | None:
    """A date as the locale writes it or as YYYY-MM-DD (ui.dates); the error is already in
    the teacher's words."""
    return dates.parse_day(text)


def parse_moment(text: str) -> datetime:
    """A date and a time, e.g. "3/3/2026 3:30 PM" or "2026-03-03 15:30" (ui.dates).
    Raises ValueError with a message."""
    return dates.parse_moment(text)


def parse_minutes(text: str) -> int:
    text = (text or "").strip()
    if not re.fullmatch(r"-?\d+", text):
        raise ValueError(tr("Enter the length in whole minutes, for example 60."))
    return int(text)


@dataclass
class PlannerContext:
    """The stores and the undo stack every section writes through."""

    store: CaseloadStore
    stores: Stores
    undo_stack: QUndoStack

    def attempt(
        self, write: Callable[[], Any], report: Callable[[str | None], None]
    ) -> tuple[bool, Any]:
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

    def push_change(
        self,
        text: str,
        setter: Callable[[Any], Any],
        old: Any,
        new: Any,
        after: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        """Put a change that is already stored on the undo stack (Ctrl+Z writes `old` back)."""

        def safe(value: Any) -> None:
            try:
                setter(value)
            except MeetingInputError as error:
                report(error_text(error))

        self.undo_stack.push(ChangeValue(text, safe, old, new, after, report))

    def push_do_undo(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        after: Callable[[], None],
        report: Callable[[str], None],
    ) -> None:
        def safe(write: Callable[[], Any]) -> Callable[[], None]:
            def run() -> None:
                try:
                    write()
                except (MeetingInputError, LookupError) as error:
                    report(error_text(error))

            return run

        self.undo_stack.push(DoAndUndo(text, safe(do), safe(undo), after, report))


    def attempt_agenda_change(
        self,
        text: str,
        meeting_id: int,
        write: Callable[[], Any],
        report: Callable[[str | None], None],
        after_undo: Callable[[], None],
    ) -> tuple[bool, Any]:
        """attempt() a change to a meeting's agenda or family questions; once it is stored,
        put it on the undo stack as one step: Ctrl+Z puts back the agenda and questions as
        they were just before, Ctrl+Y as they were just after. `after_undo` redraws."""
        before = self.stores.agenda.agenda_snapshot(meeting_id)
        ok, result = self.attempt(write, report)
        if ok:
            after = self.stores.agenda.agenda_snapshot(meeting_id)
            self.push_do_undo(text, lambda: self.stores.agenda.restore_agenda(after),
                              lambda: self.stores.agenda.restore_agenda(before), after_undo,
                              lambda message: report(message))
        return ok, result


def family_language(store: CaseloadStore, student_id: int) -> str:
    """The language family texts are checked in: the first family member's when IEP Desk
    has a glossary for it (the school writes in that language), else English."""
    family = store.family_of(student_id)
    language = (family[0].member.preferred_language or "en") if family else "en"
    return language if glossary_path(language).exists() else "en"


class Section(MeetingSection):
    """One part of the planner (details, participants, agenda...).

    `changed(str)` says what it stored (MEETING, PARTICIPANTS...); the pane passes it
    on to the sections that show it. Controls registered with `editing()` are
    disabled when the caseload is read-only or the meeting is a record (held/cancelled
    where the section says so).
    """

    ctx: PlannerContext


def message_label() -> QLabel:
    """A label for a warning or refusal, in words and with a sign (never colour alone)."""
    return FieldMessage()


def show_or_clear(label, text: str | None) -> None:
    if text:
        label.show_message(text)
    else:
        label.clear_message()

"""The before- and after-the-meeting checklists: which items are ticked, when, with what note.

Items the app works out itself (core.checklist.COMPUTED_ITEMS) are never ticked by hand.
"""

from __future__ import annotations

from datetime import date

from sqlite_utils import Database

from iep_desk.core.checklist import (
    AFTER_ITEMS,
    BEFORE_ITEMS,
    COMPUTED_ITEMS,
    PRIOR_NOTICE_ITEM,
    is_closed,
)
from iep_desk.core.decisions import NEEDS_PRIOR_WRITTEN_NOTICE
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import ChecklistTick, Meeting
from iep_desk.core.models import saved
from iep_desk.storage.rows import now_text
from iep_desk.storage.tables import Table, saving

TICKS = Table("checklist_ticks", ChecklistTick)
_MEETINGS = Table("meetings", Meeting)


class ChecklistStore:
    def __init__(self, db: Database):
        self.db = db

    def ticks_of(self, meeting_id: int) -> list[ChecklistTick]:
        return TICKS.rows(self.db, "meeting_id = ?", [meeting_id])

    def tick(self, meeting_id: int, item: str, *, done_on: date | None = None,
             note: str = "", today: date | None = None) -> ChecklistTick:
        """Tick a checklist item (before or after the meeting) with its date and note;
        ticking again updates the date and note."""
        if (item not in BEFORE_ITEMS and item not in AFTER_ITEMS and item != PRIOR_NOTICE_ITEM
                or item in COMPUTED_ITEMS):
            raise KeyError(f"{item} is not a checklist item that can be ticked")
        done_on = done_on or today or date.today()
        if done_on > (today or date.today()):
            raise MeetingInputError("tick_in_future")
        with saving(self.db):
            self.db.execute(
                "INSERT INTO checklist_ticks (meeting_id, item, done_on, note) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(meeting_id, item) DO UPDATE SET "
                "done_on = excluded.done_on, note = excluded.note, updated_at = ?",
                [meeting_id, item, done_on.isoformat(), note, now_text()])
        return next(t for t in self.ticks_of(meeting_id) if t.item == item)

    def untick(self, meeting_id: int, item: str) -> ChecklistTick | None:
        """Clear a tick; returns what it was (for undo), or None."""
        old = next((t for t in self.ticks_of(meeting_id) if t.item == item), None)
        if old is not None:
            TICKS.remove(self.db, saved(old.id))
        return old

    def held_meetings_not_closed(self) -> list[Meeting]:
        """Held meetings whose after-the-meeting checklist is not complete (the prior
        written notice too, where a decision calls for one), oldest first."""
        held = _MEETINGS.rows(self.db, "status = 'held'", order="starts_at IS NULL, starts_at, id")
        return [m for m in held
                if not is_closed(self.ticks_of(saved(m.id)), self.needs_prior_notice(saved(m.id)))]

    def needs_prior_notice(self, meeting_id: int) -> bool:
        """Whether a decision on the meeting's agenda calls for prior written notice."""
        codes = [str(code) for code in NEEDS_PRIOR_WRITTEN_NOTICE]
        found = self.db.execute(
            f"SELECT 1 FROM agenda_items WHERE meeting_id = ? AND decision IN "
            f"({', '.join('?' for _ in codes)}) LIMIT 1", [meeting_id, *codes]).fetchone()
        return found is not None

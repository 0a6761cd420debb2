"""The before- and after-the-meeting checklists: which items are ticked, when, with what note.

One row per item that has something on file: a tick has its date (`done_on`); a row without a
date is a note on an item not ticked yet ("left a voicemail, try again Tuesday"), which never
counts as done. Items the app works out itself (core.checklist.COMPUTED_ITEMS) are never ticked
by hand.
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

    def entries_of(self, meeting_id: int) -> list[ChecklistTick]:
        """Every row of the meeting: the ticks and the notes on items not ticked yet
        (`done_on` None)."""
        return TICKS.rows(self.db, "meeting_id = ?", [meeting_id])

    def ticks_of(self, meeting_id: int) -> list[ChecklistTick]:
        """The ticked items only (each with its date)."""
        return [t for t in self.entries_of(meeting_id) if t.done_on is not None]

    def entry(self, meeting_id: int, item: str) -> ChecklistTick | None:
        """The item's row (a tick, or a note without a tick), or None."""
        return next((t for t in self.entries_of(meeting_id) if t.item == item), None)

    def tick(self, meeting_id: int, item: str, *, done_on: date | None = None,
             note: str | None = None, today: date | None = None) -> ChecklistTick:
        """Tick a checklist item (before or after the meeting) with its date and note;
        ticking again updates the date and note. `note` None keeps the note on file (a note
        typed before the tick stays with it)."""
        _check_item(item)
        done_on = done_on or today or date.today()
        if done_on > (today or date.today()):
            raise MeetingInputError("tick_in_future")
        old = self.entry(meeting_id, item)
        if note is None:
            note = old.note if old is not None else ""
        self._put(meeting_id, item, done_on, note)
        return saved_entry(self.entry(meeting_id, item))

    def keep_note(self, meeting_id: int, item: str, note: str) -> ChecklistTick | None:
        """Keep `note` on the item without ticking or clearing it (a tick keeps its date; an
        item not ticked keeps the note alone). An empty note on an item not ticked leaves
        no row. Returns the row, or None when none is left."""
        _check_item(item)
        old = self.entry(meeting_id, item)
        done_on = old.done_on if old is not None else None
        return self.put(meeting_id, item, done_on=done_on, note=note)

    def put(self, meeting_id: int, item: str, *, done_on: date | None,
            note: str) -> ChecklistTick | None:
        """Set the item's row to exactly this (for undo): ticked on `done_on`, or not ticked
        (None) with `note`; nothing at all when neither. Returns the row, or None."""
        _check_item(item)
        if done_on is None and not note:
            old = self.entry(meeting_id, item)
            if old is not None:
                TICKS.remove(self.db, saved(old.id))
            return None
        self._put(meeting_id, item, done_on, note)
        return self.entry(meeting_id, item)

    def _put(self, meeting_id: int, item: str, done_on: date | None, note: str) -> None:
        with saving(self.db):
            self.db.execute(
                "INSERT INTO checklist_ticks (meeting_id, item, done_on, note) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(meeting_id, item) DO UPDATE SET "
                "done_on = excluded.done_on, note = excluded.note, updated_at = ?",
                [meeting_id, item, done_on.isoformat() if done_on else None, note, now_text()])

    def untick(self, meeting_id: int, item: str) -> ChecklistTick | None:
        """Clear a tick; its note stays, as a note on the item not ticked. Returns the row
        as it was (for undo), or None when the item was not ticked."""
        old = self.entry(meeting_id, item)
        if old is None or old.done_on is None:
            return None
        self.put(meeting_id, item, done_on=None, note=old.note)
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


def _check_item(item: str) -> None:
    if (item not in BEFORE_ITEMS and item not in AFTER_ITEMS and item != PRIOR_NOTICE_ITEM
            or item in COMPUTED_ITEMS):
        raise KeyError(f"{item} is not a checklist item that can be ticked")


def saved_entry(entry: ChecklistTick | None) -> ChecklistTick:
    """The row just written (it is there: the write did not raise)."""
    if entry is None:
        raise LookupError("the checklist row just written is not on file")
    return entry

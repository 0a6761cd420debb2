"""Ticking the before- and after-the-meeting checklists."""

from __future__ import annotations

from datetime import date

from iep_desk.app.changes import CHECKLIST
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.meetings import ChecklistTick
from iep_desk.storage.stores import Stores


def put_as(meeting_id: int, item: str, entry: ChecklistTick | None) -> Step:
    """The step that puts the item's row back exactly as `entry` (a tick, a note without a
    tick, or nothing)."""
    return Step.of("checklist_row", meeting_id=meeting_id, item=item,
                   done_on=entry.done_on if entry else None, note=entry.note if entry else "")


def tick(stores: Stores, *, meeting_id: int, item: str, done_on: date | None = None,
         note: str | None = None, today: date | None = None) -> OpResult[ChecklistTick]:
    """Tick an item with its date (today when none) and note (None: the note on file);
    ticking again changes them. Undo puts back the row as it was (a tick, a note, or none)."""
    before = stores.checklist.entry(meeting_id, item)
    new = stores.checklist.tick(meeting_id, item, done_on=done_on, note=note, today=today)
    return OpResult(CHECKLIST, new, record(CHECKLIST, [put_as(meeting_id, item, before)],
                                           [put_as(meeting_id, item, new)]))


def keep_note(stores: Stores, *, meeting_id: int, item: str,
              note: str) -> OpResult[ChecklistTick]:
    """Keep a note on an item whether or not it is ticked; the tick (or its absence) stays
    as it is. One undo step; nothing to undo when the note is already on file."""
    before = stores.checklist.entry(meeting_id, item)
    if (before.note if before else "") == note:
        return OpResult()
    new = stores.checklist.keep_note(meeting_id, item, note)
    return OpResult(CHECKLIST, new, record(CHECKLIST, [put_as(meeting_id, item, before)],
                                           [put_as(meeting_id, item, new)]))


def untick(stores: Stores, *, meeting_id: int, item: str) -> OpResult:
    """Clear a tick (its note stays); Undo ticks it again with its date and note (nothing
    to undo when the item was not ticked)."""
    old = stores.checklist.untick(meeting_id, item)
    if old is None:
        return OpResult(CHECKLIST)
    return OpResult(CHECKLIST, None, record(
        CHECKLIST, [put_as(meeting_id, item, old)],
        [put_as(meeting_id, item, stores.checklist.entry(meeting_id, item))]))


# The invitation IEP Desk makes holds every element of the meeting notice (printing/invitation),
# so handing it to the family is sending the notice.
NOTICE_ITEM = "notice_sent"


def invitation_sent(stores: Stores, *, meeting_id: int, on: date, how: str = "") -> OpResult:
    """The invitation made by IEP Desk was printed or saved for the family on `on`: tick
    "Sent the meeting notice" with that day and `how` as its note, unless the notice is
    ticked already (the first notice counts; nothing changes then). One undo step."""
    if any(t.item == NOTICE_ITEM and t.done_on is not None
           for t in stores.checklist.ticks_of(meeting_id)):
        return OpResult()
    return tick(stores, meeting_id=meeting_id, item=NOTICE_ITEM, done_on=on, note=how, today=on)

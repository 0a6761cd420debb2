"""Ticking the before- and after-the-meeting checklists."""

from __future__ import annotations

from datetime import date

from iep_desk.app.changes import CHECKLIST
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.meetings import ChecklistTick
from iep_desk.storage.stores import Stores


def _put_as(meeting_id: int, item: str, tick: ChecklistTick | None) -> Step:
    if tick is None or tick.done_on is None:
        return Step.of("untick", meeting_id=meeting_id, item=item)
    return Step.of("tick", meeting_id=meeting_id, item=item, done_on=tick.done_on, note=tick.note)


def tick(stores: Stores, *, meeting_id: int, item: str, done_on: date | None = None,
         note: str = "", today: date | None = None) -> OpResult[ChecklistTick]:
    """Tick an item with its date (today when none) and note; ticking again changes them.
    Undo puts back the tick as it was (or none)."""
    before = next((t for t in stores.checklist.ticks_of(meeting_id) if t.item == item), None)
    new = stores.checklist.tick(meeting_id, item, done_on=done_on, note=note, today=today)
    return OpResult(CHECKLIST, new, record(CHECKLIST, [_put_as(meeting_id, item, before)],
                                           [_put_as(meeting_id, item, new)]))


def untick(stores: Stores, *, meeting_id: int, item: str) -> OpResult:
    """Clear a tick; Undo ticks it again with its date and note (nothing to undo when the
    item was not ticked)."""
    old = stores.checklist.untick(meeting_id, item)
    if old is None:
        return OpResult(CHECKLIST)
    return OpResult(CHECKLIST, None, record(CHECKLIST, [_put_as(meeting_id, item, old)],
                                            [_put_as(meeting_id, item, None)]))


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

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

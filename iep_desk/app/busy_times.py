"""One-off busy times (Find a time leaves them out)."""

from __future__ import annotations

from iep_desk.app.changes import BUSY_TIMES
from iep_desk.app.undo import OpResult, added, removed
from iep_desk.core.meetings import BusyTime
from iep_desk.storage.stores import Stores


def add_busy_time(stores: Stores, *, busy: BusyTime) -> OpResult[int]:
    busy_id = stores.busy_times.add_busy_time(busy)
    return added(BUSY_TIMES, "busy_times", stores.busy_times.get_busy_time(busy_id))


def remove_busy_time(stores: Stores, *, busy_id: int) -> OpResult:
    busy = stores.busy_times.get_busy_time(busy_id)
    stores.busy_times.remove_busy_time(busy_id)
    return removed(BUSY_TIMES, "busy_times", busy)

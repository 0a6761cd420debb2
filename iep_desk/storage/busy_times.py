"""One-off times someone cannot meet ("at district training on 3 March"), for Find a time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlite_utils import Database

from iep_desk.core import meeting_rules as rules
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import BusyTime
from iep_desk.storage.tables import Table

BUSY_TIMES = Table("busy_times", BusyTime, frozenset({"starts_at", "ends_at", "note"}))


class BusyTimeStore:
    def __init__(self, db: Database):
        self.db = db

    def get_busy_time(self, busy_id: int) -> BusyTime:
        return BUSY_TIMES.get(self.db, busy_id)

    def add_busy_time(self, busy: BusyTime) -> int:
        rules.raise_if_blocking([rules.check_end_after_start(busy.starts_at, busy.ends_at)])
        if busy.team_member_id is not None and busy.family_member_id is not None:
            raise MeetingInputError("busy_time_two_people")
        return BUSY_TIMES.insert(self.db, busy)

    def set_busy_time_field(self, busy_id: int, name: str, value: Any) -> Any:
        busy = replace(BUSY_TIMES.get(self.db, busy_id), **{name: value})
        rules.raise_if_blocking([rules.check_end_after_start(busy.starts_at, busy.ends_at)])
        return BUSY_TIMES.set_field(self.db, busy_id, name, value)

    def remove_busy_time(self, busy_id: int) -> None:
        BUSY_TIMES.remove(self.db, busy_id)

    def busy_times(self, first_day: date | None = None,
                   last_day: date | None = None) -> list[BusyTime]:
        """Busy times that overlap the days from `first_day` to `last_day` (all when None)."""
        clauses, params = [], []
        if first_day is not None:
            clauses.append("ends_at > ?")
            params.append(datetime.combine(first_day, time()).isoformat(timespec="seconds"))
        if last_day is not None:
            clauses.append("starts_at < ?")
            params.append(datetime.combine(last_day + timedelta(days=1),
                                           time()).isoformat(timespec="seconds"))
        return BUSY_TIMES.rows(self.db, " AND ".join(clauses), params, order="starts_at, id")

    def busy_times_of(self, *, team_member_id: int | None = None,
                      family_member_id: int | None = None) -> list[BusyTime]:
        """One person's busy times, earliest first."""
        if (team_member_id is None) == (family_member_id is None):
            raise ValueError("give exactly one of team_member_id and family_member_id")
        column = "team_member_id" if team_member_id is not None else "family_member_id"
        return BUSY_TIMES.rows(self.db, f"{column} = ?", [team_member_id or family_member_id],
                               order="starts_at, id")

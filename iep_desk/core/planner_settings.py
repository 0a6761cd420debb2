"""The meeting planner's settings: school hours, closed days, default durations, contact warnings.

Stored under keys prefixed "planner." in the caseload's settings table
(see storage.meetings.Stores.planner_settings / save_planner_settings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from iep_desk.core.meetings import MEETING_TYPES
from iep_desk.core.problems import Problem
from iep_desk.core.school_calendar import ClosedPeriod, merge_periods

# "Ample time": minutes a meeting of each type is planned for unless the teacher says otherwise.
DEFAULT_DURATIONS: dict[str, int] = {
    "annual_review": 60,
    "initial": 90,
    "reevaluation": 90,
    "amendment": 45,
    "transition": 75,
    "other": 60,
}

# The longest meeting anyone would plan: longer is surely a typo (600 for 60).
MAX_DURATION_MINUTES = 8 * 60


@dataclass
class PlannerSettings:
    # Meetings are suggested only between these times on school days.
    school_day_start: time = time(7, 30)
    school_day_end: time = time(16, 30)
    # When the school is closed (holidays, breaks, training days), each with its reason;
    # weekends are always skipped.
    closed: list[ClosedPeriod] = field(default_factory=list)
    default_durations: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_DURATIONS))
    # The "no surprises" warning: weeks without a progress contact with the family.
    weeks_without_progress_contact: int = 6

    def duration_for(self, meeting_type: str) -> int:
        """The default minutes for a meeting type (60 for a type with no setting)."""
        return int(self.default_durations.get(meeting_type) or DEFAULT_DURATIONS.get(meeting_type, 60))

    @property
    def closed_days(self) -> list[date]:
        """Every closed day (not weekends), sorted."""
        return sorted({day for period in self.closed for day in period.days()})

    def closed_reason(self, day: date) -> str | None:
        """Why the school is closed that day ("" when no reason was given); None when open
        (weekends included: they are not closures of this school's calendar)."""
        reasons = [period.reason for period in self.closed if period.covers(day)]
        if not reasons:
            return None
        return "; ".join(dict.fromkeys(r for r in reasons if r))

    def is_closed(self, day: date) -> bool:
        return day.weekday() >= 5 or self.closed_reason(day) is not None

    def problems(self) -> list[Problem]:
        """The values that cannot be right (core.problems codes); empty when all is well."""
        found = []
        if self.school_day_end <= self.school_day_start:
            found.append(Problem("school_day_backwards"))
        for meeting_type, minutes in self.default_durations.items():
            if meeting_type not in MEETING_TYPES:
                found.append(Problem.of("not_a_meeting_kind", value=meeting_type))
            elif not 0 < int(minutes) <= MAX_DURATION_MINUTES:
                found.append(Problem.of("default_length_out_of_range", most=MAX_DURATION_MINUTES))
        if not 1 <= self.weeks_without_progress_contact <= 52:
            found.append(Problem("progress_weeks_out_of_range"))
        return found

    # -- the stored form (JSON values in the settings table) ----------------------
    def to_settings(self) -> dict[str, object]:
        """Setting key (without the "planner." prefix) → JSON-ready value."""
        return {
            "school_day_start": self.school_day_start.strftime("%H:%M"),
            "school_day_end": self.school_day_end.strftime("%H:%M"),
            "closed_days": [period.to_setting() for period in merge_periods(self.closed)],
            "default_durations": dict(self.default_durations),
            "weeks_without_progress_contact": int(self.weeks_without_progress_contact),
        }

    @classmethod
    def from_settings(cls, values: dict[str, object]) -> PlannerSettings:
        """Build from stored values; a missing or unreadable value keeps its default."""
        settings = cls()
        try:
            if isinstance(start := values.get("school_day_start"), str):
                settings.school_day_start = time.fromisoformat(start)
            if isinstance(end := values.get("school_day_end"), str):
                settings.school_day_end = time.fromisoformat(end)
        except ValueError:
            settings.school_day_start, settings.school_day_end = cls().school_day_start, cls().school_day_end
        closed = values.get("closed_days")
        if isinstance(closed, list):
            # One damaged entry does not lose the others.
            periods = [ClosedPeriod.from_setting(value) for value in closed]
            settings.closed = merge_periods([p for p in periods if p is not None])
        durations = values.get("default_durations")
        if isinstance(durations, dict):
            for meeting_type, minutes in durations.items():
                if meeting_type in MEETING_TYPES and isinstance(minutes, int) and minutes > 0:
                    settings.default_durations[meeting_type] = minutes
        weeks = values.get("weeks_without_progress_contact")
        if isinstance(weeks, int) and weeks > 0:
            settings.weeks_without_progress_contact = weeks
        return settings

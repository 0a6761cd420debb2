"""The school's calendar: days and date ranges when the school is closed, and why.

A closed period is one day ("Thanksgiving") or a range ("Winter break", 21 December to
1 January). The meeting planner never suggests a meeting on a closed day, and the week view
greys it with the reason.

Districts publish their calendar as an .ics file; its all-day events are read here as closed
periods for the teacher to confirm (`closed_periods_from_ics`). Events with a time of day
(a board meeting at 7 PM) are not closures and are left out; repeating events are reported
rather than guessed at, and so are events whose date cannot be read (20261345).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from iep_desk.core.clean_text import clean_text

# Problem codes when an .ics file cannot be read (the UI words them).
NOT_A_CALENDAR = "not_a_calendar"
NO_ALL_DAY_EVENTS = "no_all_day_events"

# A range longer than this is surely a mistake in the file (a whole school year marked closed).
LONGEST_CLOSURE_DAYS = 60


@dataclass(frozen=True, slots=True)
class ClosedPeriod:
    """The school is closed from `first` to `last`, both included."""

    first: date
    last: date
    reason: str = ""

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a closed period ends before it starts")

    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    # The stored form: {"first": "2026-12-21", "last": "2027-01-01", "reason": "Winter break"}.
    def to_setting(self) -> dict[str, str]:
        return {"first": self.first.isoformat(), "last": self.last.isoformat(),
                "reason": self.reason}

    @classmethod
    def from_setting(cls, value: object) -> ClosedPeriod | None:
        """From the stored form, or from a plain "YYYY-MM-DD" (how earlier versions stored a
        closed day); None for anything unreadable."""
        try:
            if isinstance(value, str):
                day = date.fromisoformat(value)
                return cls(day, day)
            if isinstance(value, dict):
                first = date.fromisoformat(str(value["first"]))
                last = date.fromisoformat(str(value.get("last") or value["first"]))
                return cls(first, last, str(value.get("reason") or "").strip())
        except (KeyError, TypeError, ValueError):
            return None
        return None


def merge_periods(periods: list[ClosedPeriod]) -> list[ClosedPeriod]:
    """Sorted by first day, exact duplicates dropped (overlapping periods keep their reasons)."""
    return sorted(set(periods), key=lambda p: (p.first, p.last, p.reason))


@dataclass
class IcsClosures:
    """What an .ics file gave: the closed periods found, and what was left out."""

    periods: list[ClosedPeriod] = field(default_factory=list)
    # Summaries of events left out, for the teacher to see: timed events are not closures;
    # an event whose start or end is no real day (20261345) cannot be placed; repeating ones
    # would need guessing; overlong ones are probably not closures either.
    timed: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    repeating: list[str] = field(default_factory=list)
    too_long: list[str] = field(default_factory=list)


class CalendarFileError(ValueError):
    """The file is not a calendar IEP Desk can read; `code` says why (see the constants)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def closed_periods_from_ics(data: bytes) -> IcsClosures:
    """The all-day events of an iCalendar file as closed periods.

    An all-day event's DTEND is the day after its last day (RFC 5545); an event without
    DTEND lasts one day. An event whose DTSTART or DTEND is no date (the calendar library
    keeps such a value as its text) is listed in `unreadable`, and the others are read on.
    Raises CalendarFileError for a file that is not a calendar, or that holds no all-day
    event at all.
    """
    # Imported here: the calendar library takes about 50 ms to import, and the planner's
    # settings (this module) are read at start-up; only the School calendar page's import
    # of a district calendar needs it.
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError, UnicodeDecodeError) as error:
        raise CalendarFileError(NOT_A_CALENDAR) from error
    if calendar.name != "VCALENDAR":
        raise CalendarFileError(NOT_A_CALENDAR)
    found = IcsClosures()
    for event in calendar.walk("VEVENT"):
        # Cleaned as typed or imported text is: no control character, no direction override.
        summary = " ".join(clean_text(str(event.get("SUMMARY") or "")).split())
        start = event.decoded("DTSTART", None)
        if start is None:
            continue
        end = event.decoded("DTEND", None)
        if not isinstance(start, date) or not isinstance(end, date | None):
            found.unreadable.append(summary)
            continue
        if isinstance(start, datetime):
            found.timed.append(summary)
            continue
        if event.get("RRULE") is not None:
            found.repeating.append(summary)
            continue
        last = (end - timedelta(days=1)) if isinstance(end, date) and not isinstance(
            end, datetime) and end > start else start
        if (last - start).days + 1 > LONGEST_CLOSURE_DAYS:
            found.too_long.append(summary)
            continue
        found.periods.append(ClosedPeriod(start, last, summary))
    if not found.periods and not (found.unreadable or found.repeating or found.too_long):
        raise CalendarFileError(NO_ALL_DAY_EVENTS)
    found.periods = merge_periods(found.periods)
    return found

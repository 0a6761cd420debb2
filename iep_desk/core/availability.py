"""Weekly times a person can meet, e.g. "Tue and Thu 15:30–17:00; Mon 08:00–09:00".

Families and team members both say when they are free as a few weekly windows.
The text form is what the teacher reads and types; `WeeklyWindow` is what the
slot finder works with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Accept the spellings people actually type, in English.
_DAY_WORDS = {
    "mo": 0, "mon": 0, "monday": 0, "mondays": 0,
    "tu": 1, "tue": 1, "tues": 1, "tuesday": 1, "tuesdays": 1,
    "we": 2, "wed": 2, "weds": 2, "wednesday": 2, "wednesdays": 2,
    "th": 3, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "thursdays": 3,
    "fr": 4, "fri": 4, "friday": 4, "fridays": 4,
    "sa": 5, "sat": 5, "saturday": 5, "saturdays": 5,
    "su": 6, "sun": 6, "sunday": 6, "sundays": 6,
}
_TIME = r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?"
_RANGE = re.compile(rf"{_TIME}\s*(?:-|–|—|to)\s*{_TIME}\s*$", re.IGNORECASE)


class AvailabilityFormatError(ValueError):
    """The text could not be read as weekly windows; the message is for the teacher."""


@dataclass(frozen=True, slots=True, order=True)
class WeeklyWindow:
    """A stretch of time on one weekday (0 = Monday) when a person can meet; windows sort
    by weekday, then start, then end."""

    weekday: int
    start: time
    end: time

    def to_json(self) -> dict:
        return {"day": self.weekday, "start": self.start.strftime("%H:%M"),
                "end": self.end.strftime("%H:%M")}

    @classmethod
    def from_json(cls, data: dict) -> WeeklyWindow:
        return cls(int(data["day"]), time.fromisoformat(data["start"]),
                   time.fromisoformat(data["end"]))


def _to_time(hour: str, minute: str | None, meridiem: str | None, part: str) -> time:
    h, m = int(hour), int(minute or 0)
    if meridiem:
        if not 1 <= h <= 12:
            raise AvailabilityFormatError(f"“{part}” has an hour that does not exist.")
        h = h % 12 + (12 if meridiem.lower() == "pm" else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise AvailabilityFormatError(f"“{part}” has a time that does not exist.")
    return time(h, m)


def _parse_days(text: str, part: str) -> list[int]:
    days: list[int] = []
    for chunk in re.split(r"\s*(?:,|&|/|\band\b)\s*", text.strip(), flags=re.IGNORECASE):
        chunk = chunk.strip().lower().rstrip(".")
        if not chunk:
            continue
        span = re.split(r"\s*(?:-|–|—|to)\s*", chunk)
        if len(span) == 2 and span[0] in _DAY_WORDS and span[1] in _DAY_WORDS:
            first, last = _DAY_WORDS[span[0]], _DAY_WORDS[span[1]]
            if last < first:
                raise AvailabilityFormatError(f"“{part}”: the days run backwards.")
            days.extend(range(first, last + 1))
        elif chunk in _DAY_WORDS:
            days.append(_DAY_WORDS[chunk])
        else:
            raise AvailabilityFormatError(
                f"“{part}”: I could not tell which day “{chunk}” is. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun."
            )
    if not days:
        raise AvailabilityFormatError(f"“{part}” names no day of the week.")
    return days


def parse_availability(text: str) -> list[WeeklyWindow]:
    """Read windows such as "Tue and Thu 15:30–17:00; Mon-Fri 7:30am-8:00am".

    Parts are separated by semicolons or new lines. An empty text means no
    windows entered. Raises AvailabilityFormatError with a message for the teacher.
    """
    windows: set[WeeklyWindow] = set()
    for part in re.split(r"[;\n]+", text or ""):
        part = part.strip()
        if not part:
            continue
        match = re.search(r"\d", part)
        if not match:
            raise AvailabilityFormatError(
                f"“{part}” has no times. Write it like “Tue and Thu 15:30–17:00”."
            )
        day_text, time_text = part[: match.start()], part[match.start():]
        time_match = _RANGE.match(time_text)
        if not time_match:
            raise AvailabilityFormatError(
                f"“{part}”: write the times as a start and an end, like 15:30–17:00."
            )
        h1, m1, ap1, h2, m2, ap2 = time_match.groups()
        # "3-5pm": the first time takes the second's am/pm, unless that puts it after
        # the end: a range that crosses noon ("11-1pm", "9-3pm") starts in the morning.
        start = _to_time(h1, m1, ap1 or ap2, part)
        end = _to_time(h2, m2, ap2, part)
        if not ap1 and ap2 and ap2.lower() == "pm" and start > end:
            start = _to_time(h1, m1, "am", part)
        if end <= start:
            raise AvailabilityFormatError(f"“{part}”: the end time must come after the start time.")
        for day in _parse_days(day_text, part):
            windows.add(WeeklyWindow(day, start, end))
    return sorted(windows)


def format_availability(windows: list[WeeklyWindow]) -> str:
    """The canonical text for windows: days sharing the same times are grouped."""
    by_time: dict[tuple[time, time], list[int]] = {}
    for window in sorted(windows):
        by_time.setdefault((window.start, window.end), []).append(window.weekday)
    parts = []
    for (start, end), days in sorted(by_time.items(), key=lambda item: (min(item[1]), item[0])):
        names = [DAY_NAMES[d] for d in sorted(set(days))]
        day_text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        parts.append(f"{day_text} {start.strftime('%H:%M')}–{end.strftime('%H:%M')}")
    return "; ".join(parts)

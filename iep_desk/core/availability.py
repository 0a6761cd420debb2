"""Weekly times a person can meet, e.g. "Tue and Thu 15:30–17:00; Mon 08:00–09:00".

Families and team members both say when they are free as a few weekly windows.
The text form is what the teacher reads and types; `WeeklyWindow` is what the
slot finder works with. The text may be in English or Spanish ("mar y jue 3-5pm",
"lunes a viernes 15:30 a 17:00"), with 24-hour or am/pm times as a window writes them
("3:30 PM", "3:30 p. m."). A text that cannot be read raises AvailabilityFormatError, a
problem code with its values (core.problems), so the window can say it in its language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import time

from iep_desk.core.problems import ProblemError

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Accept the spellings people actually type, in English and in Spanish (looked up without
# accents, so "mié" and "sábado" are found as "mie" and "sabado").
_DAY_WORDS = {
    "mo": 0, "mon": 0, "monday": 0, "mondays": 0,
    "tu": 1, "tue": 1, "tues": 1, "tuesday": 1, "tuesdays": 1,
    "we": 2, "wed": 2, "weds": 2, "wednesday": 2, "wednesdays": 2,
    "th": 3, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "thursdays": 3,
    "fr": 4, "fri": 4, "friday": 4, "fridays": 4,
    "sa": 5, "sat": 5, "saturday": 5, "saturdays": 5,
    "su": 6, "sun": 6, "sunday": 6, "sundays": 6,
    "lu": 0, "lun": 0, "lunes": 0,
    "ma": 1, "mar": 1, "martes": 1,
    "mi": 2, "mie": 2, "miercoles": 2,
    "ju": 3, "jue": 3, "jueves": 3,
    "vi": 4, "vie": 4, "viernes": 4,
    "sab": 5, "sabado": 5, "sabados": 5,
    "do": 6, "dom": 6, "domingo": 6, "domingos": 6,
}
_TIME = r"(\d{1,2})(?::(\d{2}))?\s*(am|pm)?"
# A range: "-", "–", "—", "to", or Spanish "a" between two times.
_TO = r"(?:-|–|—|\bto\b|\ba\b)"
_RANGE = re.compile(rf"{_TIME}\s*{_TO}\s*{_TIME}\s*$", re.IGNORECASE)
# "a. m." and "p. m." (Spanish, and how Qt writes them for Spanish-speaking places).
_MERIDIEM = re.compile(r"\b([ap])\.?\s?m\b\.?", re.IGNORECASE)


class AvailabilityFormatError(ProblemError):
    """The text could not be read as weekly windows: `problem` says why (its code starts
    with "availability_"; `part` is the part of the text at fault)."""


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
            raise AvailabilityFormatError("availability_no_such_hour", part=part)
        h = h % 12 + (12 if meridiem.lower() == "pm" else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise AvailabilityFormatError("availability_no_such_time", part=part)
    return time(h, m)


def _folded(word: str) -> str:
    """`word` in lower case without accents ("Mié." -> "mie")."""
    decomposed = unicodedata.normalize("NFD", word.strip().lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _parse_days(text: str, part: str) -> list[int]:
    days: list[int] = []
    for chunk in re.split(r"\s*(?:,|&|/|\band\b|\by\b)\s*", text.strip(), flags=re.IGNORECASE):
        chunk = _folded(chunk)
        if not chunk:
            continue
        span = [_folded(d) for d in re.split(rf"\s*{_TO}\s*", chunk)]
        if len(span) == 2 and span[0] in _DAY_WORDS and span[1] in _DAY_WORDS:
            first, last = _DAY_WORDS[span[0]], _DAY_WORDS[span[1]]
            if last < first:
                raise AvailabilityFormatError("availability_days_backwards", part=part)
            days.extend(range(first, last + 1))
        elif chunk in _DAY_WORDS:
            days.append(_DAY_WORDS[chunk])
        else:
            raise AvailabilityFormatError("availability_unknown_day", part=part, day=chunk)
    if not days:
        raise AvailabilityFormatError("availability_no_day", part=part)
    return days


# The example in the messages: the window writes it its own way (3:30 PM in the US).
EXAMPLE_START, EXAMPLE_END = time(15, 30), time(17, 0)
EXAMPLE_WINDOWS = (WeeklyWindow(1, EXAMPLE_START, EXAMPLE_END),
                   WeeklyWindow(3, EXAMPLE_START, EXAMPLE_END))


# Between two windows: a semicolon or a new line always; a comma, "and" or "y" only once the
# part before it has its times (a digit), since before them they join days.
_ALWAYS_APART = re.compile(r"[;\n]+")
_JOINING_WORD = re.compile(r"\s*(?:,|\band\b|\by\b)\s*", re.IGNORECASE)


def _parts(text: str) -> list[str]:
    """The text cut into one part per window ("Tue 3-5pm", "Thu 8-9am"), spaces tidied."""
    parts: list[str] = []
    for chunk in _ALWAYS_APART.split(text):
        chunk = " ".join(chunk.split())  # a no-break space (as in "3:30 PM") is a space
        start = 0
        for joint in _JOINING_WORD.finditer(chunk):
            if re.search(r"\d", chunk[start:joint.start()]):
                parts.append(chunk[start:joint.start()])
                start = joint.end()
        parts.append(chunk[start:])
    return [part for part in parts if part]


def parse_availability(text: str) -> list[WeeklyWindow]:
    """Read windows such as "Tue and Thu 15:30–17:00; Mon-Fri 7:30am-8:00am" (or in
    Spanish, "mar y jue 15:30 a 17:00").

    Parts are separated by semicolons, new lines, or a comma, "and" or Spanish "y" after a
    part's times ("Tue 3-5pm, Thu 8-9am"); before the times those join days ("Mon, Wed
    3-5pm" is Monday and Wednesday). An empty text means no windows entered. Raises
    AvailabilityFormatError, whose problem names the part at fault.
    """
    windows: set[WeeklyWindow] = set()
    for part in _parts(text or ""):
        match = re.search(r"\d", part)
        if not match:
            raise AvailabilityFormatError("availability_no_times", part=part,
                                          example=WeeklyTimes(EXAMPLE_WINDOWS))
        day_text, time_text = part[: match.start()], _MERIDIEM.sub(r"\1m", part[match.start():])
        time_match = _RANGE.match(time_text)
        if not time_match:
            raise AvailabilityFormatError("availability_not_a_range", part=part,
                                          example=ClockRange((EXAMPLE_START, EXAMPLE_END)))
        h1, m1, ap1, h2, m2, ap2 = time_match.groups()
        # "3-5pm": the first time takes the second's am/pm, unless that puts it after
        # the end: a range that crosses noon ("11-1pm", "9-3pm") starts in the morning.
        start = _to_time(h1, m1, ap1 or ap2, part)
        end = _to_time(h2, m2, ap2, part)
        if not ap1 and ap2 and ap2.lower() == "pm" and start > end:
            start = _to_time(h1, m1, "am", part)
        if end <= start:
            raise AvailabilityFormatError("availability_end_before_start", part=part)
        for day in _parse_days(day_text, part):
            windows.add(WeeklyWindow(day, start, end))
    return sorted(windows)


def _clock(value: time) -> str:
    return value.strftime("%H:%M")


def format_availability(windows: Sequence[WeeklyWindow], *,
                        day_names: Sequence[str] = DAY_NAMES,
                        say_time: Callable[[time], str] = _clock,
                        and_word: str = "and") -> str:
    """The canonical text for windows: days sharing the same times are grouped.
    By default in English with 24-hour times; the window passes its own day names, way of
    writing a time and word for "and" (every text it makes reads back)."""
    by_time: dict[tuple[time, time], list[int]] = {}
    for window in sorted(windows):
        by_time.setdefault((window.start, window.end), []).append(window.weekday)
    parts = []
    for (start, end), days in sorted(by_time.items(), key=lambda item: (min(item[1]), item[0])):
        names = [day_names[d] for d in sorted(set(days))]
        day_text = (names[0] if len(names) == 1
                    else ", ".join(names[:-1]) + f" {and_word} " + names[-1])
        parts.append(f"{day_text} {say_time(start)}–{say_time(end)}")
    return "; ".join(parts)


class WeeklyTimes(tuple):
    """Windows as a value of a core message: it reads as `format_availability` in English
    (the command line), and the window writes it its own way."""

    def __str__(self) -> str:
        return format_availability(self)


class ClockRange(tuple):
    """A start and an end time as a value of a core message (an example of how to write a
    range): "15:30–17:00" in English (the command line); the window writes it as it writes
    the times a person can meet ("3:30 PM–5:00 PM" in the US)."""

    def __str__(self) -> str:
        return f"{_clock(self[0])}–{_clock(self[1])}"

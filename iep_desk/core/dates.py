"""Reading and writing calendar dates the way teachers type them."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_SLASHED = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


# The years a date in IEP Desk may have. Nothing in an IEP falls outside them, and a mistyped
# year such as 9999 would break every date worked out from it (a review a year on, the
# weeks the year planner looks before and after its range) at the edge of Python's calendar.
FIRST_YEAR, LAST_YEAR = 1900, 2999


def usable_year(day: date) -> bool:
    """Whether `day` falls in the years IEP Desk works with (FIRST_YEAR to LAST_YEAR)."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


class DateFormatError(ValueError):
    """A text that is not a calendar date; the message is written for the teacher."""


def parse_date(text: str) -> date | None:
    """Read a date typed as YYYY-MM-DD or MM/DD/YYYY; an empty text means "no date".

    Raises DateFormatError with a message for the teacher when the text is not a real date.
    """
    text = (text or "").strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _SLASHED.match(text)
        if not match:
            raise DateFormatError(
                f"“{text}” is not a date. Write it as YYYY-MM-DD (for example 2026-03-14) "
                "or MM/DD/YYYY."
            )
        month, day, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise DateFormatError(f"“{text}” is not a real date on the calendar.") from None


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def from_iso(text: str | None) -> date | None:
    """Read a date stored by IEP Desk itself (always ISO)."""
    return date.fromisoformat(text) if text else None


def add_years(start: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year.

    The earlier day is chosen on purpose: for a deadline, being a day early is safe.
    """
    target_year = start.year + years
    day = min(start.day, calendar.monthrange(target_year, start.month)[1])
    return start.replace(year=target_year, day=day)


def add_months(start: date, months: int) -> date:
    """The same day `months` later (or earlier), clamped to the month's last day."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_days(start: date, days: int) -> date:
    return start + timedelta(days=days)

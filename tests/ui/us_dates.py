"""Dates and times as a US teacher reads them (tests/ui/conftest.py sets the locale to en_US)."""

from __future__ import annotations

from datetime import date, datetime


def us_date(day: date) -> str:
    """ "3/14/2026": month, day and a four-digit year, without leading zeros."""
    return f"{day.month}/{day.day}/{day.year}"


def us_time(moment: datetime) -> str:
    """ "3:30 PM" (Qt writes a narrow no-break space before AM and PM)."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d}\u202f{'AM' if moment.hour < 12 else 'PM'}"


def us_moment(moment: datetime) -> str:
    return f"{us_date(moment.date())} {us_time(moment)}"

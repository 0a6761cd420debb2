"""Dates as the Unicode CLDR writes them for the window's locale, where Qt has no pattern of
its own: the day and the month without the year ("Nov 14"), with the day of the week ("Mon,
Dec 21" in the US, "Mon 21 Dec" in Britain, "Mo., 21. Dez." in Germany).

Through babel (format_skeleton), for the locale Qt uses (ui.dates). Its own module because
babel's date formatting takes a moment to import and only parts built when first shown need
it: the week view's columns and a goal's progress line.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton

from iep_desk.ui import dates


def _babel_locale() -> Locale:
    try:
        return Locale.parse(dates.window_locale().name())
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_US")


def day_month_text(day: date) -> str:
    """The day of the week, the day and the month ("Mon, Dec 21"), for the week view."""
    return format_skeleton("MMMEd", day, locale=_babel_locale())


def short_day(day: date | None) -> str:
    """The day and the month ("Nov 14"); empty for no day."""
    return format_skeleton("MMMd", day, locale=_babel_locale()) if day is not None else ""

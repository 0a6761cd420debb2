"""Reading dates as teachers type them, and the calendar arithmetic behind every deadline."""

from __future__ import annotations

from datetime import date

import pytest

from iep_desk.core.dates import (
    DateFormatError,
    add_days,
    add_months,
    add_years,
    format_date,
    from_iso,
    parse_date,
)

D = date.fromisoformat


@pytest.mark.parametrize("text, expected", [
    ("2026-03-14", "2026-03-14"),
    ("  2026-3-4 ", "2026-03-04"),
    ("03/14/2026", "2026-03-14"),
    ("3/4/2026", "2026-03-04"),
    ("3.4.2026", "2026-03-04"),
    ("2024-02-29", "2024-02-29"),
    ("02/29/2024", "2024-02-29"),
])
def test_parse_date_reads_the_accepted_formats(text, expected):
    assert parse_date(text) == D(expected)


@pytest.mark.parametrize("text", ["", "   ", None])
def test_an_empty_text_means_no_date(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text, message", [
    ("tomorrow", "“tomorrow” is not a date. Write it as YYYY-MM-DD (for example 2026-03-14) or MM/DD/YYYY."),
    ("2026/03/14", "“2026/03/14” is not a date."),
    ("03-14-2026", "“03-14-2026” is not a date."),
    ("14 March 2026", "“14 March 2026” is not a date."),
    ("3/14/26", "“3/14/26” is not a date."),
    ("2025-02-29", "“2025-02-29” is not a real date on the calendar."),
    ("2026-02-30", "“2026-02-30” is not a real date on the calendar."),
    ("2026-13-01", "“2026-13-01” is not a real date on the calendar."),
    ("14/03/2026", "“14/03/2026” is not a real date on the calendar."),
    ("02/29/2025", "“02/29/2025” is not a real date on the calendar."),
    ("0000-01-01", "“0000-01-01” is not a real date on the calendar."),
])
def test_bad_dates_say_why(text, message):
    with pytest.raises(DateFormatError) as raised:
        parse_date(text)
    assert str(raised.value).startswith(message)
    assert isinstance(raised.value, ValueError)


def test_format_and_read_back():
    assert format_date(D("2026-03-04")) == "2026-03-04"
    assert format_date(None) == ""
    assert from_iso("2026-03-04") == D("2026-03-04")
    assert from_iso(None) is None and from_iso("") is None
    assert parse_date(format_date(D("2024-02-29"))) == D("2024-02-29")


@pytest.mark.parametrize("start, years, expected", [
    ("2024-02-29", 1, "2025-02-28"),
    ("2024-02-29", 4, "2028-02-29"),
    ("2024-02-29", -1, "2023-02-28"),
    ("2024-02-29", -4, "2020-02-29"),
    ("2024-02-29", 16, "2040-02-29"),
    ("2023-03-01", 1, "2024-03-01"),
    ("2025-12-31", 1, "2026-12-31"),
    ("2026-01-15", 0, "2026-01-15"),
])
def test_add_years(start, years, expected):
    assert add_years(D(start), years) == D(expected)


@pytest.mark.parametrize("start, months, expected", [
    ("2026-01-31", 1, "2026-02-28"),
    ("2024-01-31", 1, "2024-02-29"),
    ("2026-03-31", -1, "2026-02-28"),
    ("2026-05-31", -1, "2026-04-30"),
    ("2026-12-15", 1, "2027-01-15"),
    ("2026-01-15", -1, "2025-12-15"),
    ("2026-01-15", 0, "2026-01-15"),
    ("2026-01-15", -12, "2025-01-15"),
    ("2026-01-15", 25, "2028-02-15"),
    ("2028-02-29", -12, "2027-02-28"),
])
def test_add_months_clamps_to_the_last_day(start, months, expected):
    assert add_months(D(start), months) == D(expected)


@pytest.mark.parametrize("start, days, expected", [
    ("2024-02-28", 1, "2024-02-29"),
    ("2024-02-29", 365, "2025-02-28"),
    ("2026-01-01", -1, "2025-12-31"),
])
def test_add_days(start, days, expected):
    assert add_days(D(start), days) == D(expected)

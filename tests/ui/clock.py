"""The day the window tests take place on.

The window reads the clock (date.today(), datetime.now()) wherever a teacher's "today"
matters, so a test that built its data on the real date could fail if the date changed
while it ran (near midnight), or act differently at a month's end or on a weekend. Each
test that reads the date takes the `clock` fixture (tests/ui/conftest.py), which sets the
clock to NOW and lets it run from there.
"""

from __future__ import annotations

from datetime import date, datetime, time

TODAY = date(2026, 3, 11)  # a Wednesday in the middle of a month
NOW = datetime.combine(TODAY, time(10, 0))  # mid-morning, local time

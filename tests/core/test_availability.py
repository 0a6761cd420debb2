"""Weekly availability as people type it, its error messages, and its canonical text."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iep_desk.core.availability import (
    AvailabilityFormatError,
    WeeklyWindow,
    format_availability,
    parse_availability,
)


def w(day: int, start: str, end: str) -> WeeklyWindow:
    return WeeklyWindow(day, time.fromisoformat(start), time.fromisoformat(end))


@pytest.mark.parametrize("text, expected", [
    ("Tue and Thu 15:30–17:00", [w(1, "15:30", "17:00"), w(3, "15:30", "17:00")]),
    ("Mon-Wed 7:30am-8:00am", [w(d, "07:30", "08:00") for d in (0, 1, 2)]),
    ("Wed 3-5pm", [w(2, "15:00", "17:00")]),
    ("Fri 11am-1pm", [w(4, "11:00", "13:00")]),
    ("Mon 12pm-1pm", [w(0, "12:00", "13:00")]),
    ("Mon 12am-1am", [w(0, "00:00", "01:00")]),
    # A range that crosses noon with one "pm" at the end starts in the morning.
    ("Mon 11-1pm", [w(0, "11:00", "13:00")]),
    ("Tue 11:30-12:30pm", [w(1, "11:30", "12:30")]),
    ("Wed 9-3pm", [w(2, "09:00", "15:00")]),
    ("Thu 12-1pm", [w(3, "12:00", "13:00")]),
    ("Fri 1-3pm", [w(4, "13:00", "15:00")]),
    ("Monday, Wednesday 9 to 11", [w(0, "09:00", "11:00"), w(2, "09:00", "11:00")]),
    ("tues & thurs 15:30-17:00", [w(1, "15:30", "17:00"), w(3, "15:30", "17:00")]),
    ("Sat/Sun 10:00—12:00", [w(5, "10:00", "12:00"), w(6, "10:00", "12:00")]),
    ("Fridays 8 - 9", [w(4, "08:00", "09:00")]),
    ("Thu to Sat 18:00 to 19:30", [w(d, "18:00", "19:30") for d in (3, 4, 5)]),
    ("Mon 08:00–09:00; Tue 10:00–11:00", [w(0, "08:00", "09:00"), w(1, "10:00", "11:00")]),
    ("Mon 08:00–09:00\nTue 10:00–11:00", [w(0, "08:00", "09:00"), w(1, "10:00", "11:00")]),
    ("Tue 9-10; Tue 9-10;", [w(1, "09:00", "10:00")]),
    ("Thu 14:00-15:00; Mon 9-10", [w(0, "09:00", "10:00"), w(3, "14:00", "15:00")]),
    # In Spanish, and with the times as a window writes them.
    ("mar y jue 15:30 a 17:00", [w(1, "15:30", "17:00"), w(3, "15:30", "17:00")]),
    ("Lunes a viernes 7:30-8:00", [w(d, "07:30", "08:00") for d in range(5)]),
    ("mié., sáb. 3-5 p. m.", [w(2, "15:00", "17:00"), w(5, "15:00", "17:00")]),
    ("Miércoles 9:00 a. m.–11:00 a. m.", [w(2, "09:00", "11:00")]),
    ("Tue and Thu 3:30\u202fPM–5:00\u202fPM", [w(1, "15:30", "17:00"), w(3, "15:30", "17:00")]),
    ("Mon 9:00\u00a0AM-10:00\u00a0AM", [w(0, "09:00", "10:00")]),
    ("", []),
    (None, []),
    (" ;\n ", []),
])
def test_parse_availability_variants(text, expected):
    assert parse_availability(text) == expected


@pytest.mark.parametrize("text, message", [
    ("Tuesday", "“Tuesday” has no times. Write it like “Tue and Thu 15:30–17:00”."),
    ("Tue 15:30", "“Tue 15:30”: write the times as a start and an end, like 15:30–17:00."),
    ("Tue 15:30-17:00 please", "“Tue 15:30-17:00 please”: write the times as a start and an end"),
    ("Fri-Mon 9-10", "“Fri-Mon 9-10”: the days run backwards."),
    ("Funday 9-10", "“Funday 9-10”: “funday” is not a day of the week."),
    ("9-10", "“9-10” names no day of the week."),
    ("Tue 17:00-15:00", "“Tue 17:00-15:00”: the end time must come after the start time."),
    ("Tue 10:00-10:00", "“Tue 10:00-10:00”: the end time must come after the start time."),
    ("Tue 4pm-3pm", "“Tue 4pm-3pm”: the end time must come after the start time."),
    ("Tue 3-3pm", "“Tue 3-3pm”: the end time must come after the start time."),
    ("Tue 3pm-11", "“Tue 3pm-11”: the end time must come after the start time."),
    ("Tue 25:00-26:00", "“Tue 25:00-26:00” has a time that does not exist."),
    ("Tue 9:75-10:00", "“Tue 9:75-10:00” has a time that does not exist."),
    ("Tue 13pm-14pm", "“Tue 13pm-14pm” has an hour that does not exist."),
    ("Tue 0am-1am", "“Tue 0am-1am” has an hour that does not exist."),
    ("Mon 9-10; Tue 11-10", "“Tue 11-10”: the end time must come after the start time."),
])
def test_parse_availability_errors(text, message):
    with pytest.raises(AvailabilityFormatError) as raised:
        parse_availability(text)
    assert str(raised.value).startswith(message)


def test_an_error_is_a_problem_code_naming_the_part_at_fault():
    with pytest.raises(AvailabilityFormatError) as raised:
        parse_availability("Mon 9-10; Funday 9-10")
    assert raised.value.problem.code == "availability_unknown_day"
    assert dict(raised.value.problem.values) == {"part": "Funday 9-10", "day": "funday"}


hour_long_windows = st.lists(
    st.tuples(st.integers(0, 6), st.integers(0, 22 * 60)).map(
        lambda t: WeeklyWindow(t[0], time(t[1] // 60, t[1] % 60),
                               time(t[1] // 60 + 1, t[1] % 60))), max_size=6)


@given(hour_long_windows)
def test_spanish_words_and_am_pm_times_read_back(windows):
    spanish = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")

    def am_pm(value: time) -> str:
        return f"{value.hour % 12 or 12}:{value.minute:02d}\u202f{'AM' if value.hour < 12 else 'PM'}"

    text = format_availability(windows, day_names=spanish, say_time=am_pm, and_word="y")
    assert parse_availability(text) == sorted(set(windows))


@pytest.mark.parametrize("text, canonical", [
    ("Tue and Thu 15:30–17:00; Mon 08:00–09:00", "Mon 08:00–09:00; Tue and Thu 15:30–17:00"),
    ("mon, wed, fri 12-1pm", "Mon, Wed and Fri 12:00–13:00"),
    ("Mon-Fri 7:30am-8am", "Mon, Tue, Wed, Thu and Fri 07:30–08:00"),
    ("Sun 9-10", "Sun 09:00–10:00"),
    ("Mon 9-10; Mon 14-15", "Mon 09:00–10:00; Mon 14:00–15:00"),
    ("", ""),
])
def test_format_availability_is_canonical_and_reads_back(text, canonical):
    windows = parse_availability(text)
    assert format_availability(windows) == canonical
    assert parse_availability(canonical) == windows


minutes = st.integers(min_value=0, max_value=23 * 60 + 58)
windows_strategy = st.lists(
    st.tuples(st.integers(0, 6), minutes, st.integers(1, 120)).map(
        lambda t: WeeklyWindow(t[0], time(t[1] // 60, t[1] % 60),
                               time(min(t[1] + t[2], 23 * 60 + 59) // 60,
                                    min(t[1] + t[2], 23 * 60 + 59) % 60))),
    max_size=8,
)


@given(windows_strategy)
def test_any_windows_survive_a_round_trip_through_text(windows):
    assert parse_availability(format_availability(windows)) == sorted(set(windows))


def test_window_json_round_trip():
    window = w(3, "15:30", "17:00")
    assert window.to_json() == {"day": 3, "start": "15:30", "end": "17:00"}
    assert WeeklyWindow.from_json(window.to_json()) == window


TUE_3_TO_5_THU_8_TO_9 = [w(1, "15:00", "17:00"), w(3, "08:00", "09:00")]


@pytest.mark.parametrize("text", [
    "Tue 3-5pm, Thu 8-9am",
    "Tue 3:00 PM–5:00 PM, Thu 8:00 AM–9:00 AM",
    "Tue 3-5pm and Thu 8-9am",
    "Tue 3-5pm; Thu 8-9am",
    "Tue 3-5pm\nThu 8-9am",
    "Tue 3-5pm,Thu 8-9am",
    "Tue 3 p. m.–5 p. m., Thu 8 a. m.–9 a. m.",  # how a Spanish window writes am/pm
    "mar 3-5pm y jue 8-9am",  # Spanish "and"
    "mar 15:00 a 17:00, jue 8:00 a 9:00",
])
def test_windows_may_be_separated_by_a_comma_and_or_y(text):
    assert parse_availability(text) == TUE_3_TO_5_THU_8_TO_9


@pytest.mark.parametrize("text, expected", [
    # A comma or "and" before the times still joins days: these keep their meaning.
    ("Mon, Wed 3-5pm", [w(0, "15:00", "17:00"), w(2, "15:00", "17:00")]),
    ("Mon and Wed 3-5pm, Fri 8-9am",
     [w(0, "15:00", "17:00"), w(2, "15:00", "17:00"), w(4, "08:00", "09:00")]),
    ("lun y mié 15:00 a 17:00 y vie 8:00 a 9:00",
     [w(0, "15:00", "17:00"), w(2, "15:00", "17:00"), w(4, "08:00", "09:00")]),
    ("Mon, Wed 3-5pm, Thu and Fri 8-9am",
     [w(0, "15:00", "17:00"), w(2, "15:00", "17:00"), w(3, "08:00", "09:00"),
      w(4, "08:00", "09:00")]),
])
def test_a_list_of_days_before_the_times_keeps_meaning_those_days(text, expected):
    assert parse_availability(text) == expected


def test_a_window_that_cannot_be_read_is_named_alone_among_several():
    with pytest.raises(AvailabilityFormatError) as raised:
        parse_availability("Tue 3-5pm, Thu 8am")
    assert raised.value.problem.code == "availability_not_a_range"
    assert raised.value.problem.values["part"] == "Thu 8am"


def test_the_example_of_a_range_is_a_value_the_window_writes_its_way():
    with pytest.raises(AvailabilityFormatError) as raised:
        parse_availability("Tue 15:30")
    assert tuple(raised.value.problem.values["example"]) == (time(15, 30), time(17, 0))

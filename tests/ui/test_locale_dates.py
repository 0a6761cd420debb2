"""Dates and times in the window follow the teacher's locale: shown in its short form, typed in
it or as YYYY-MM-DD, picked from a calendar. Each test sets the locale itself (and the clock),
so nothing depends on the machine running the tests."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from iep_desk.core.availability import WeeklyWindow, parse_availability
from iep_desk.core.dates import DateFormatError
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import Student
from iep_desk.ui import cldr_dates, dates
from tests.ui.caseload_helpers import field, open_window, type_and_commit
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def locale():
    """Set the locale for one test (the conftest puts US English back afterwards)."""
    def set_locale(name: str) -> None:
        QLocale.setDefault(QLocale(name))
    return set_locale


@pytest.mark.parametrize("name, shown, typed", [
    ("en_US", "3/14/2016", "3/14/2016"),
    ("de_DE", "14.03.2016", "14.3.2016"),
    ("es_ES", "14/3/2016", "14/03/16"),
])
def test_a_date_is_shown_and_read_the_locales_way(locale, name, shown, typed):
    locale(name)
    assert dates.date_text(date(2016, 3, 14)) == shown
    assert dates.parse_day(typed) == date(2016, 3, 14)
    assert dates.parse_day("2016-03-14") == date(2016, 3, 14)  # ISO works everywhere
    assert dates.parse_day("  ") is None  # empty: no date


def test_a_german_teacher_is_not_read_month_first(locale):
    locale("de_DE")
    assert dates.parse_day("03.04.2026") == date(2026, 4, 3)
    with pytest.raises(DateFormatError) as refused:
        dates.parse_day("4/3/2026")
    assert "TT.MM.JJJJ" not in str(refused.value)  # the format is named as Qt writes it
    assert "DD.MM.YYYY" in str(refused.value) and "14.03.2026" in str(refused.value)
    with pytest.raises(DateFormatError, match="not a real date"):
        dates.parse_day("31.02.2026")


def test_a_two_digit_year_is_the_nearest_century(locale):
    locale("en_US")
    assert dates.parse_day("3/14/16") == date(2016, 3, 14)
    assert dates.parse_day("3/14/80") == date(1980, 3, 14)  # a parent's date of birth


@pytest.mark.parametrize("name, afternoon", [("en_US", "3:30\u202fPM"), ("de_DE", "15:30")])
def test_times_follow_the_locales_clock(locale, name, afternoon):
    locale(name)
    assert dates.time_text(time(15, 30)) == afternoon
    assert dates.parse_clock(afternoon) == time(15, 30)
    assert dates.parse_clock("15:30") == time(15, 30)
    assert dates.parse_clock("3:30 pm") == time(15, 30)
    assert dates.parse_moment(f"{dates.date_text(date(2026, 3, 3))} {afternoon}") == datetime(
        2026, 3, 3, 15, 30)


@pytest.mark.parametrize("name, header", [("en_US", "Mon, Dec 21"), ("en_GB", "Mon 21 Dec"),
                                          ("de_DE", "Mo., 21. Dez.")])
def test_the_week_views_day_headers_come_from_the_locale(locale, name, header):
    locale(name)
    assert cldr_dates.day_month_text(date(2026, 12, 21)) == header


@pytest.mark.parametrize("name, shown, typed, stored", [
    ("en_US", "7/10/2016", "12/3/2015", date(2015, 12, 3)),
    ("de_DE", "10.07.2016", "3.12.2015", date(2015, 12, 3)),
])
def test_the_student_form_shows_and_reads_dates_the_locales_way(
        qtbot, store, data_dir, locale, name, shown, typed, stored):
    locale(name)
    sid = store.add_student(Student("Yusuf", "Al-Hassan", date_of_birth=date(2016, 7, 10)))
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.open_student(sid)
    binding = field(pane, "date_of_birth")
    assert binding.editor.text() == shown
    type_and_commit(qtbot, binding.editor, typed)
    assert store.get_student(sid).date_of_birth == stored
    assert binding.editor.text() == dates.date_text(stored)
    type_and_commit(qtbot, binding.editor, "2014-05-02")
    assert store.get_student(sid).date_of_birth == date(2014, 5, 2)
    type_and_commit(qtbot, binding.editor, "")  # a date field may hold no date
    assert store.get_student(sid).date_of_birth is None
    assert not binding.message.isVisible()


def test_the_planner_shows_the_meeting_time_the_locales_way(qtbot, store, data_dir, locale):
    locale("de_DE")
    sid = store.add_student(Student("Lena", "Park"))
    window = open_window(qtbot, store, data_dir)
    starts = datetime(TODAY.year, TODAY.month, TODAY.day, 15, 30).replace(day=25)
    window.stores.meetings.create_meeting(Meeting(sid, "annual_review", "Review the year.", "proposed",
                                           starts, 60, "room", "Room 4"))
    window.show_pane(1)
    planner = window.planner_pane
    planner.refresh()
    planner.list.selectRow(0)
    assert planner.details.date_edit.text() == "25.03.2026"
    assert planner.details.time_edit.text() == "15:30"
    assert planner.list.item(0, 2).text() == "Mi. 25.03.2026 15:30"


def test_a_date_picked_from_the_calendar_is_saved(qtbot, store, data_dir):
    """Alt+Down opens the calendar; the arrow keys and Enter pick a day, which is saved."""
    sid = store.add_student(Student("Ana", "Silva", date_of_birth=date(2016, 7, 10)))
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.open_student(sid)
    editor = field(pane, "date_of_birth").editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = editor.calendar
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate(2016, 7, 10)  # opens on the date in the field
    days = calendar.focusWidget()  # the calendar's grid of days has the keyboard
    assert days is not None and calendar.isAncestorOf(days)
    qtbot.keyClick(days, Qt.Key.Key_Right)  # a day later
    qtbot.keyClick(days, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert not calendar.isVisible()
    assert store.get_student(sid).date_of_birth == date(2016, 7, 11)
    assert editor.text() == "7/11/2016"
    assert window.undo_stack.canUndo()


def test_every_date_field_has_a_calendar_button_with_a_name(qtbot, store, data_dir):
    from iep_desk.ui.dates import DateField

    sid = store.add_student(Student("Ana", "Silva"))
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(sid)
    window.show_pane(1)
    window.show_pane(2)
    fields = window.findChildren(DateField)
    assert len(fields) > 10
    for editor in fields:
        assert editor.calendar_action.text() == "Choose from a calendar"
        assert editor in editor.calendar_action.associatedObjects()


@pytest.mark.parametrize("typed", ["9999-12-31", "12/31/9999", "1899-12-31", "0001-01-01"])
def test_a_year_no_iep_date_has_is_refused_in_words(typed):
    """A mistyped year such as 9999 would break every date worked out from it (a review a year
    on overflows the calendar), so the field refuses it and says to check the year."""
    with pytest.raises(DateFormatError, match="check the year"):
        dates.parse_day(typed)
    assert dates.parse_day("2999-12-31").year == 2999 and dates.parse_day("1900-01-01")


@pytest.mark.parametrize("name, shown", [
    ("en_US", "Mon and Wed 8:00 AM–9:30 AM; Thu 12:00 PM–1:15 PM"),
    ("de_DE", "Mon and Wed 08:00–09:30; Thu 12:00–13:15"),
    ("ko_KR", "Mon and Wed 8:00 AM–9:30 AM; Thu 12:00 PM–1:15 PM"),
])
def test_the_times_a_person_can_meet_follow_the_clock_and_read_back(locale, name, shown):
    locale(name)
    windows = [WeeklyWindow(0, time(8), time(9, 30)), WeeklyWindow(2, time(8), time(9, 30)),
               WeeklyWindow(3, time(12), time(13, 15))]
    assert dates.availability_text(windows) == shown
    assert parse_availability(shown) == windows


def test_a_date_field_keeps_room_for_its_whole_hint(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

    row = QWidget()
    layout = QHBoxLayout(row)
    layout.addWidget(QLineEdit(), 1)
    field = dates.DateField()
    field.setPlaceholderText("Received on (empty: today)")
    layout.addWidget(field)
    qtbot.addWidget(row)
    row.resize(300, 40)
    row.show()
    qtbot.waitExposed(row)
    assert field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText())


def test_examples_that_end_in_a_time_end_the_sentence_with_one_period(locale, spanish):
    """A Spanish-speaking teacher in the US: times end "p. m.", with their own period, and
    the messages that give an example time at the end of a sentence said "p. m..". The
    sentence is asserted to be Spanish and to hold the example, so the check cannot pass on
    a message that lost its time."""
    locale("es_US")
    assert dates.one_period("Son las 3:30 p. m.. Escriba otra.") == "Son las 3:30 p. m. Escriba otra."
    assert dates.one_period("Espere...") == "Espere..."
    with pytest.raises(ValueError) as not_a_time:
        dates.parse_clock("a las tres")
    with pytest.raises(ValueError) as not_a_moment:
        dates.parse_moment("mañana")
    for error in (not_a_time, not_a_moment):
        message = str(error.value)
        assert re.search(r"p\.\s?m\.", message) and "Escr" in message, message
        assert message.endswith(".") and ".." not in message, message


def test_the_week_views_spoken_chosen_time_has_one_period(qtbot, locale, spanish):
    from iep_desk.ui.planner.week_view import WeekView

    locale("es_US")
    view = WeekView()
    qtbot.addWidget(view)
    view.set_week(date(2026, 3, 2), time(8, 0), time(16, 0))
    view.set_chosen(datetime(2026, 3, 3, 14, 45), 60)
    spoken = view.accessibleDescription()
    assert re.search(r"2:45\s?p\.\s?m\.", spoken) and "Use las flechas" in spoken, spoken
    assert ".." not in spoken


def test_a_date_hint_is_written_in_the_windows_letters(qtbot, locale, spanish):
    """A Spanish window showed "D/M/YYYY" in every empty date field and in its messages,
    beside "AAAA-MM-DD" in the same sentence; it writes "D/M/AAAA"."""
    from iep_desk.ui.caseload.fields import date_editor

    locale("es_ES")
    assert dates.date_pattern() == "D/M/AAAA"
    editor = date_editor()
    qtbot.addWidget(editor)
    assert editor.placeholderText() == "D/M/AAAA"
    with pytest.raises(DateFormatError) as refused:
        dates.parse_day("31-feb")
    assert "D/M/AAAA" in str(refused.value) and "YYYY" not in str(refused.value)


def test_a_date_hint_in_english_keeps_its_letters(qtbot, locale):
    locale("en_US")
    assert dates.date_pattern() == "M/D/YYYY"

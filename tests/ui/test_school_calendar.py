"""Settings ▸ School calendar, through its widgets on a real caseload file: school hours,
closed days added, changed and removed, the district's .ics calendar imported after the
teacher ticks its closures (a damaged file gets a clear message), meeting lengths, the
no-contact weeks; every change one undo step. Find a time never suggests a closed day, and
the week view says on hover why a day is greyed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolTip

from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.storage.settings import SettingsStore
from iep_desk.ui.settings import PAGES
from iep_desk.ui.settings.school_calendar import ClosedPeriodDialog, ImportClosuresDialog
from iep_desk.ui.settings_dialog import SettingsDialog
from tests.ui.caseload_helpers import open_window
from tests.ui.conftest import desk_for
from tests.ui.test_planner_pane import _invite_everyone, _new_meeting, _open_pane, _people

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY (Wednesday 11 March 2026)

SPRING_BREAK = ClosedPeriod(date(2026, 3, 30), date(2026, 4, 3), "Spring break")

DISTRICT_ICS = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//District//Calendar//EN
BEGIN:VEVENT
UID:1@district
DTSTART;VALUE=DATE:20260330
DTEND;VALUE=DATE:20260404
SUMMARY:Spring break
END:VEVENT
BEGIN:VEVENT
UID:2@district
DTSTART;VALUE=DATE:20260325
SUMMARY:Picture day
END:VEVENT
BEGIN:VEVENT
UID:3@district
DTSTART;VALUE=DATE:20260406
SUMMARY:Teacher training day
END:VEVENT
BEGIN:VEVENT
UID:4@district
DTSTART:20260312T190000
DTEND:20260312T200000
SUMMARY:School board meeting
END:VEVENT
END:VCALENDAR
"""


def calendar_page(qtbot, store):
    dialog = SettingsDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, dialog.show_page("school_calendar")


def test_the_dialog_lists_its_pages_from_the_registry(qtbot, store):
    dialog, page = calendar_page(qtbot, store)
    assert [key for key, _module in PAGES][:2] == ["general", "school_calendar"]
    assert [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())][:2] == [
        "Deadlines", "School calendar"]
    assert dialog.stack.currentWidget().isAncestorOf(page) and page.isVisible()
    dialog.page_list.setCurrentRow(0)
    assert dialog.spins["notice_days"].isVisible() and not page.isVisible()


def test_import_the_districts_calendar_after_ticking_the_closures(qtbot, store, tmp_path,
                                                                 monkeypatch):
    path = tmp_path / "district.ics"
    path.write_bytes(DISTRICT_ICS)
    _dialog, page = calendar_page(qtbot, store)
    shown = {}

    def tick(confirm: ImportClosuresDialog):
        rows = [confirm.list.item(r).text() for r in range(confirm.list.count())]
        shown["rows"] = rows
        # Picture day is an all-day event but the school is open: the teacher unticks it.
        confirm.list.item(next(i for i, t in enumerate(rows) if "Picture day" in t)
                          ).setCheckState(Qt.CheckState.Unchecked)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ImportClosuresDialog, "exec", tick)

    assert page.import_calendar(path) == 2
    assert len(shown["rows"]) == 3 and not any("board" in r for r in shown["rows"])
    assert SettingsStore(store.db).planner_settings().closed == [
        SPRING_BREAK, ClosedPeriod(date(2026, 4, 6), date(2026, 4, 6), "Teacher training day")]
    table = page.closed_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "3/30/2026 to 4/3/2026", "4/6/2026"]
    assert table.item(0, 1).text() == "Spring break"
    # Importing the same file again offers only what is not on the list (picture day,
    # unticked again); with that on the list too, nothing is left to offer, and it says so.
    assert page.import_calendar(path) == 0
    assert len(shown["rows"]) == 1 and "Picture day" in shown["rows"][0]
    monkeypatch.setattr(ImportClosuresDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert page.import_calendar(path) == 1
    assert page.import_calendar(path) == 0
    assert "already on the list" in page.message.text()


@pytest.mark.parametrize("content, words", [
    (b"this is not a calendar at all", "not a calendar IEP Desk can read"),
    ((b"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20260312T190000\n"
     b"SUMMARY:Board\nEND:VEVENT\nEND:VCALENDAR\n"), "no all-day events"),
])
def test_a_file_that_is_not_a_usable_calendar_gets_a_clear_message(qtbot, store, tmp_path,
                                                                   monkeypatch, content, words):
    path = tmp_path / "damaged.ics"
    path.write_bytes(content)
    _dialog, page = calendar_page(qtbot, store)
    monkeypatch.setattr(ImportClosuresDialog, "exec",
                        lambda self: pytest.fail("nothing to confirm"))
    assert page.import_calendar(path) == 0
    assert words in page.message.text() and page.message.isVisible()
    assert SettingsStore(store.db).planner_settings().closed == []


IMPOSSIBLE_DAY = b"""BEGIN:VEVENT
UID:5@district
DTSTART;VALUE=DATE:20261345
SUMMARY:Staff day
END:VEVENT
END:VCALENDAR
"""


def test_an_event_whose_date_cannot_be_read_is_said_so_and_the_rest_imported(
        qtbot, store, tmp_path, monkeypatch):
    path = tmp_path / "district.ics"
    path.write_bytes(DISTRICT_ICS.replace(b"END:VCALENDAR\n", IMPOSSIBLE_DAY))
    _dialog, page = calendar_page(qtbot, store)
    shown = {}

    def confirm(dialog: ImportClosuresDialog):
        shown["rows"] = [dialog.list.item(r).text() for r in range(dialog.list.count())]
        shown["note"] = " ".join(label.text() for label in dialog.findChildren(QLabel)
                                 if "Left out" in label.text())
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ImportClosuresDialog, "exec", confirm)

    assert page.import_calendar(path) == 3
    assert not any("Staff day" in row for row in shown["rows"])
    assert "a date that cannot be read" in shown["note"]
    assert "Staff day" in shown["note"] and "School board meeting" in shown["note"]


def test_a_calendar_whose_only_event_has_an_impossible_date_says_so(qtbot, store, tmp_path,
                                                                    monkeypatch):
    path = tmp_path / "district.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\nVERSION:2.0\n" + IMPOSSIBLE_DAY)
    _dialog, page = calendar_page(qtbot, store)
    monkeypatch.setattr(ImportClosuresDialog, "exec",
                        lambda self: pytest.fail("nothing to confirm"))
    assert page.import_calendar(path) == 0
    text = page.message.text()
    assert "a date that cannot be read" in text and "Staff day" in text
    assert "already on the list" not in text
    assert SettingsStore(store.db).planner_settings().closed == []


def answer_period(monkeypatch, first: str, last: str, reason: str) -> None:
    def fill(period_dialog: ClosedPeriodDialog):
        period_dialog.first.setText(first)
        period_dialog.last.setText(last)
        period_dialog.reason.setText(reason)
        period_dialog.accept()
        return period_dialog.result()
    monkeypatch.setattr(ClosedPeriodDialog, "exec", fill)


def test_closed_days_are_added_changed_removed_and_undone(qtbot, store, data_dir, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    dialog = window.settings_dialog()
    dialog.show()
    page = dialog.show_page("school_calendar")
    settings = lambda: SettingsStore(store.db).planner_settings()

    answer_period(monkeypatch, "12/21/2026", "1/1/2027", "Winter break")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    winter = ClosedPeriod(date(2026, 12, 21), date(2027, 1, 1), "Winter break")
    assert settings().closed == [winter]

    page.closed_table.selectRow(0)
    answer_period(monkeypatch, "12/21/2026", "1/4/2027", "Winter break")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert settings().closed == [ClosedPeriod(date(2026, 12, 21), date(2027, 1, 4), "Winter break")]

    page.closed_table.selectRow(0)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert settings().closed == [] and page.closed_table.rowCount() == 0

    window.undo_action.trigger()  # the removal
    window.undo_action.trigger()  # the change
    assert settings().closed == [winter]
    assert page.closed_table.item(0, 0).text() == "12/21/2026 to 1/1/2027"


def test_a_last_day_before_the_first_is_refused_in_the_dialog(qtbot):
    period_dialog = ClosedPeriodDialog()
    qtbot.addWidget(period_dialog)
    period_dialog.first.setText("1/4/2027")
    period_dialog.last.setText("12/21/2026")
    period_dialog.accept()
    assert period_dialog.result() != QDialog.DialogCode.Accepted
    assert "before the first day" in period_dialog.message.text()


def test_school_hours_lengths_and_weeks_are_saved_and_undone(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    dialog = window.settings_dialog()
    dialog.show()
    page = dialog.show_page("school_calendar")
    settings = lambda: SettingsStore(store.db).planner_settings()

    page.day_start.setFocus()
    page.day_start.selectAll()
    qtbot.keyClicks(page.day_start, "8:15 AM")
    qtbot.keyClick(page.day_start, Qt.Key.Key_Return)
    assert settings().school_day_start == time(8, 15)

    page.day_end.setFocus()
    page.day_end.selectAll()
    qtbot.keyClicks(page.day_end, "7:00 AM")  # before the start: refused, nothing saved
    qtbot.keyClick(page.day_end, Qt.Key.Key_Return)
    assert "must end after it starts" in page.message.text()
    assert settings().school_day_end == time(16, 30)
    assert page.day_end.text() == "7:00 AM"  # what was typed stays, to be put right
    page.day_end.setFocus()
    page.day_end.selectAll()
    qtbot.keyClicks(page.day_end, "3:45 PM")
    qtbot.keyClick(page.day_end, Qt.Key.Key_Return)
    assert settings().school_day_end == time(15, 45)
    assert not page.message.isVisible()

    page.length_spins["amendment"].setValue(30)
    page.weeks_spin.setValue(4)
    assert settings().default_durations["amendment"] == 30
    assert settings().weeks_without_progress_contact == 4
    window.undo_action.trigger()
    assert settings().weeks_without_progress_contact == 6
    assert page.weeks_spin.value() == 6


def test_find_a_time_never_suggests_an_imported_closed_range(qtbot, store, monkeypatch, tmp_path):
    ids = _people(store)
    path = tmp_path / "district.ics"
    path.write_bytes(DISTRICT_ICS)
    _dialog, page = calendar_page(qtbot, store)
    monkeypatch.setattr(ImportClosuresDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert page.import_calendar(path) == 3

    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    finder = pane.find_time
    pane.tabs.setCurrentWidget(finder)
    finder.first_edit.setText("3/23/2026")
    finder.last_edit.setText("4/10/2026")
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    found = finder.result.slots + finder.result.near_misses
    assert found, "there are open days in the range"
    closed = {day for p in SettingsStore(store.db).planner_settings().closed for day in p.days()}
    assert date(2026, 3, 31) in closed
    assert not any(slot.starts_at.date() in closed for slot in found)

    # The week of the break: every day greyed, and hovering says why.
    view = finder.week_view
    while view.week_start < date(2026, 3, 30):
        qtbot.mouseClick(finder.next_week, Qt.MouseButton.LeftButton)
    assert view.week_start == date(2026, 3, 30)
    assert set(view.blocked_days) >= set(SPRING_BREAK.days())
    middle = view.x_for(datetime(2026, 4, 1, 12, 0))
    assert view.tip_at(middle) == "School closed: Spring break"
    assert view.tip_at(view.x_for(datetime(2026, 3, 30, 9))) == (
        "School closed: Spring break")
    assert view.day_at(middle) == date(2026, 4, 1)
    assert view.tip_at(10) is None  # over the names
    # Hovering: Qt's tool-tip event over the day shows the reason.
    point = QPoint(int(middle), view.height() // 2)
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    assert QToolTip.isVisible() and QToolTip.text() == "School closed: Spring break"
    QToolTip.hideText()

"""Progress-report dates: the settings page (typed, added, removed, undone) and Due soon,
which lists each near report date with the goals that have no note since the last one, and
the IEP at a glance to reissue after a change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from iep_desk.app import iep_record as op
from iep_desk.core.decisions import GlanceReceipt
from iep_desk.core.goals import Accommodation, Goal, ProgressNote
from iep_desk.core.models import Student
from iep_desk.ui.settings.progress_reports import TITLE, Page
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY
from tests.ui.conftest import desk_for
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


def test_the_settings_page(qtbot, store):
    desk = desk_for(store)
    page = Page(desk)
    qtbot.addWidget(page)
    assert TITLE == "Progress reports"
    for day in (TODAY + timedelta(days=60), TODAY - timedelta(days=30)):
        page.new_date.setText(us_date(day))
        qtbot.keyClick(page.new_date, Qt.Key.Key_Return)
    assert page.shown() == [TODAY - timedelta(days=30), TODAY + timedelta(days=60)]
    assert page.dates.item(0).text() == us_date(TODAY - timedelta(days=30))
    page.new_date.setText("13/45/2026")
    page.add_button.click()
    assert page.message.message and len(page.shown()) == 2
    page.dates.setCurrentRow(0)
    page.remove_button.click()
    assert page.shown() == [TODAY + timedelta(days=60)]
    desk.undo_stack.undo()
    assert len(page.shown()) == 2
    assert desk.stores.goals.reporting_periods().dates == (TODAY - timedelta(days=30),
                                                            TODAY + timedelta(days=60))


def test_due_soon_lists_the_goals_to_measure_and_the_reissue(qtbot, store, data_dir):
    sid = store.add_student(Student("Ayaan", "Shah", last_iep_meeting=TODAY - timedelta(days=30)))
    window = open_window(qtbot, store, data_dir)
    stores = window.desk.stores
    reading = op.add_goal(stores, goal=Goal(None, sid, "Reading", "Reads aloud")).value
    op.add_goal(stores, goal=Goal(None, sid, "Writing", "Writes three sentences"))
    op.save_reporting_periods(stores, dates=[TODAY - timedelta(days=40),
                                             TODAY + timedelta(days=12)])
    op.record_receipts(stores, student_id=sid, recipients=[("Sam Okoye", None)],
                       on=TODAY - timedelta(days=20))
    pane = window.caseload_pane
    pane.refresh()
    pane.lists.setCurrentWidget(pane.due_soon)
    table = pane.due_soon.table

    def rows():
        return [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
                for r in range(table.rowCount())]

    report_day = us_date(TODAY + timedelta(days=12))
    assert rows() == [("Ayaan Shah", "Progress report: note progress on Reading, Writing",
                       report_day)]
    # A note on the reading goal (through the student's IEP tab), and a new accommodation.
    pane.open_student(sid)
    pane.lists.setCurrentWidget(pane.due_soon)
    goals = pane.form.iep_record.goals
    goals.goal_list.setCurrentRow(0)
    assert goals.current_goal().id == reading
    goals.note_on.setText(us_date(TODAY - timedelta(days=2)))
    goals.note_text.setText("Read the whole page with two slips")
    goals.add_note_button.click()
    assert rows() == [("Ayaan Shah", "Progress report: note progress on Writing", report_day)]
    window.desk.run(op.save_accommodation, accommodation=Accommodation(None, sid, "Extra time"))
    assert rows()[0] == ("Ayaan Shah", "Reissue the IEP at a glance to Sam Okoye",
                         us_date(TODAY))


def test_record_deadlines_without_widgets(store):
    from iep_desk.storage.stores import Stores

    stores = Stores(store.db)
    sid = store.add_student(Student("Mia", "Lee"))
    archived = store.add_student(Student("Old", "Student"))
    for student in (sid, archived):
        op.add_goal(stores, goal=Goal(None, student, "Math", "Adds within 20"))
    store.archive_student(archived)
    op.save_reporting_periods(stores, dates=[TODAY + timedelta(days=5)])
    [due] = op.due_soon(stores, TODAY)
    assert (due.student_id, due.kind, due.due, due.detail) == (
        sid, op.PROGRESS_REPORT, TODAY + timedelta(days=5), ("Math",))
    goal_id = stores.goals.goals_of(sid)[0].id
    op.add_note(stores, note=ProgressNote(None, goal_id, TODAY, value=12))
    stores.goals.record_receipt(sid, GlanceReceipt("Ms. Rivera", "0ld-version", TODAY))
    [due] = op.due_soon(stores, TODAY)
    assert (due.kind, due.detail) == (op.REISSUE_GLANCE, ("Ms. Rivera",))


def test_the_page_is_in_the_settings_dialog(qtbot, store):
    from iep_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk_for(store))
    qtbot.addWidget(dialog)
    page = dialog.findChild(Page)
    assert page is not None and page.accessibleName() == "Progress-report dates"

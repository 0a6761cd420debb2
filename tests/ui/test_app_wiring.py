"""The three panes work together in the main window: meetings, actions and follow-ups travel
between the caseload, the planner and the review."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from iep_desk.app import meetings as app_meetings
from iep_desk.app.demo import write_demo_caseload
from iep_desk.core.meetings import ActionItem, Meeting
from iep_desk.core.models import FamilyMember, Student
from iep_desk.ui.planner.pane import PlannerPane
from iep_desk.ui.review.pane import ReviewPane
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


def held_meeting_with_overdue_action(store, stores):
    student_id = store.add_student(Student("Zoë", "O'Brien", date_of_birth=date(2014, 5, 1),
                                           last_iep_meeting=TODAY - timedelta(days=300)))
    store.add_family_member(FamilyMember("Siobhán O'Brien"), student_id=student_id, relationship="mother")
    started = datetime.combine(TODAY - timedelta(days=20), datetime.min.time()).replace(hour=15)
    meeting_id = stores.meetings.create_meeting(Meeting(student_id, "annual_review", "Review the plan.",
                                                 "confirmed", started, 60, "room", "Room 4"))
    family = stores.meetings.add_family_participant(meeting_id, store.family_of(student_id)[0].member.id)
    stores.meetings.mark_held(meeting_id)
    stores.review.add_action(ActionItem(meeting_id, "Send the reading log home", owner=str(family),
                                   owner_name="Siobhán O'Brien", due_on=TODAY - timedelta(days=3)))
    return student_id, meeting_id


def test_the_window_holds_the_real_planner_and_review(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    assert isinstance(window.planner_pane, PlannerPane)
    assert isinstance(window.review_pane, ReviewPane)
    # Both share the window's undo history and one meeting store.
    assert window.planner_pane.stores is window.stores
    assert window.review_pane.stores is window.stores


def test_caseload_shows_open_actions_and_meetings_not_closed(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    student_id, _meeting_id = held_meeting_with_overdue_action(store, window.stores)
    window.caseload_pane.refresh()
    window.caseload_pane.refresh_meeting_lists()
    pane = window.caseload_pane
    tabs = [pane.lists.tabText(i) for i in range(pane.lists.count())]
    assert tabs == ["Students", "Due soon", "Open actions", "Meetings not closed"]
    assert pane.open_actions.model.rowCount() == 1
    row_text = " ".join(pane.open_actions.model.text(0, c) for c in range(pane.open_actions.model.columnCount()))
    assert "Send the reading log home" in row_text and "overdue" in row_text
    pane.open_student(student_id)
    assert pane.student_meetings.student_id == student_id
    assert pane.student_meetings.open_actions.model.rowCount() == 1
    assert "none recorded yet" in pane.student_meetings.summary.text()


def test_a_meeting_chosen_in_the_caseload_opens_in_the_review(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    _student_id, meeting_id = held_meeting_with_overdue_action(store, window.stores)
    window.caseload_pane.meeting_requested.emit(meeting_id)
    assert window.stack.currentWidget() is window.review_pane
    assert window.review_pane.current_meeting_id() == meeting_id


def test_schedule_next_meeting_opens_the_draft_in_the_planner(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    _student_id, meeting_id = held_meeting_with_overdue_action(store, window.stores)
    window.show_pane(2)
    window.review_pane.open_meeting(meeting_id)
    before = {m.id for m in window.stores.meetings.list_meetings()}
    button = window.review_pane.next_meeting.follow_up_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    new = {m.id for m in window.stores.meetings.list_meetings()} - before
    assert len(new) == 1
    assert window.stack.currentWidget() is window.planner_pane
    assert window.planner_pane.current_meeting_id() == new.pop()


def test_a_planned_meeting_fills_the_caseload_next_meeting_and_notice_date(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    student_id = store.add_student(
        Student("José", "Muñoz", last_iep_meeting=TODAY - timedelta(days=200))
    )
    starts = datetime.combine(TODAY + timedelta(days=20), datetime.min.time()).replace(hour=15)
    # Planned through the application layer, as the planner does: the caseload refreshes
    # from the one change notification.
    window.desk.run(app_meetings.create_meeting, meeting=Meeting(
        student_id, "annual_review", "Review the plan.", "proposed", starts, 60, "room",
        "Room 4"))
    model = window.caseload_pane.model
    row = model.row_of(student_id)
    assert us_date(starts.date()) in model.index(row, 5).data()
    notice = [d for d in window.caseload_pane._extra if d.student_id == student_id]
    assert notice and notice[0].due == (starts - timedelta(days=10)).date()


def test_read_only_window_disables_the_tools_that_write(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    window.set_read_only(True, "Open elsewhere")
    assert not window.settings_action.isEnabled()
    assert not window.team_action.isEnabled()
    assert not window.letterhead_action.isEnabled()
    assert window.open_actions_action.isEnabled()  # looking is still allowed


def test_demo_has_a_letterhead_and_meetings_in_every_state(store):
    from iep_desk.storage.print_settings import load_print_settings
    from iep_desk.storage.settings import SettingsStore
    from iep_desk.storage.stores import Stores

    write_demo_caseload(store, with_meetings=True)
    assert load_print_settings(SettingsStore(store.db)).letterhead.teacher_name
    statuses = {m.status for m in Stores(store.db).meetings.list_meetings()}
    assert statuses == {"draft", "proposed", "confirmed", "held", "cancelled"}


def test_planner_and_review_are_built_when_first_shown(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    assert window.panes == [window.caseload_pane]  # start-up builds only what is seen
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), PlannerPane)
    assert window.panes == [window.caseload_pane, window.planner_pane]
    assert window.stack.count() == 3


def test_a_pane_built_after_going_read_only_is_read_only_too(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    window.set_read_only(True, "Open on another computer")
    assert window.planner_pane.read_only
    assert window.review_pane.read_only


def test_the_next_meeting_ends_with_one_period_in_spanish(qtbot, store, data_dir, spanish):
    # A Spanish-speaking teacher in the US: a time ends "p. m." with its own period, and the
    # student's "Próxima reunión: 24/12/2026 2:45 p. m.." had two.
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("es_US"))  # tests/ui/conftest.py puts en_US back
    write_demo_caseload(store, TODAY, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    upcoming = window.stores.meetings.next_meeting_by_student()
    student_id = next(s for s, moment in upcoming.items() if moment.hour >= 12)
    pane.open_student(student_id)
    summary = pane.student_meetings.summary.text()
    assert "p. m." in summary or "p.m." in summary
    assert summary.endswith(".") and ".." not in summary

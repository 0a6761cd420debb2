"""New meeting starts from the student on screen, warns in the dialog about a meeting of the
same kind coming up, and Ctrl+Z takes it back; a draft never sent can be deleted (and that
too is undone). Through the real window on a real caseload file."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from iep_desk.app import meetings as app_meetings
from iep_desk.core.models import Student
from iep_desk.storage.stores import Stores
from iep_desk.ui.planner.new_meeting import NewMeetingDialog
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


@pytest.fixture
def two(store):
    """Two students; Ben Ortiz (second in the list) has an annual review confirmed."""
    ana = store.add_student(Student("Ana", "Abbott", last_iep_meeting=TODAY - timedelta(days=300)))
    ben = store.add_student(Student("Ben", "Ortiz", last_iep_meeting=TODAY - timedelta(days=300)))
    return {"ana": ana, "ben": ben}


def answer_dialog(monkeypatch, seen: list, accept: bool = True) -> None:
    """The New meeting dialog answered by the test: what it proposed is kept in `seen`."""
    def run(dialog):
        seen.append({"student": dialog.student_box.currentData(),
                     "kind": dialog.kind_box.currentData(),
                     "warning": dialog.warning.text(),
                     "ok": dialog.ok_button.text()})
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
    monkeypatch.setattr(NewMeetingDialog, "exec", run)


def test_new_meeting_proposes_the_caseload_student_and_ctrl_z_takes_it_back(
        qtbot, store, data_dir, two, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(two["ben"])
    window.show_pane(1)
    planner = window.planner_pane
    seen: list = []
    answer_dialog(monkeypatch, seen)
    qtbot.mouseClick(planner.new_button, Qt.MouseButton.LeftButton)
    assert seen[0]["student"] == two["ben"]  # not the first student in the list
    assert seen[0]["warning"] == ""
    meetings = planner.stores.meetings.list_meetings()
    assert [(m.student_id, m.meeting_type) for m in meetings] == [(two["ben"], "annual_review")]
    assert planner.current_meeting_id() == meetings[0].id

    window.undo_action.trigger()
    assert planner.stores.meetings.list_meetings() == []
    assert planner.list.rowCount() == 0
    window.redo_action.trigger()
    assert [m.id for m in planner.stores.meetings.list_meetings()] == [meetings[0].id]


def test_the_dialog_warns_about_a_meeting_of_the_same_kind_coming_up(
        qtbot, store, data_dir, two, monkeypatch):
    stores = Stores(store.db)
    confirmed = app_meetings.plan_meeting(stores, student_id=two["ben"], today=TODAY).value
    app_meetings.change_meeting(stores, meeting_id=confirmed, name="starts_at",
                                value=datetime.combine(TODAY + timedelta(days=20),
                                                       datetime.min.time().replace(hour=15)))
    app_meetings.change_meeting(stores, meeting_id=confirmed, name="status", value="confirmed")
    window = open_window(qtbot, store, data_dir)
    window.show_pane(1)
    planner = window.planner_pane
    dialog = NewMeetingDialog(planner.stores, store.list_students(), two["ben"], parent=planner)
    qtbot.addWidget(dialog)
    assert "Ben Ortiz already has a meeting of this kind coming up" in dialog.warning.text()
    assert "confirmed" in dialog.warning.text()
    assert dialog.ok_button.text() == "&Plan another one"
    # Another kind, or another student: nothing to warn about.
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("amendment"))
    assert dialog.warning.text() == ""
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("annual_review"))
    dialog.student_box.setCurrentIndex(dialog.student_box.findData(two["ana"]))
    assert dialog.warning.text() == ""
    # Cancelled: nothing is planned.
    seen: list = []
    answer_dialog(monkeypatch, seen, accept=False)
    planner.ask_new_meeting(two["ben"])
    assert "already has a meeting" in seen[0]["warning"]
    assert len(planner.stores.meetings.list_meetings()) == 1


def test_plan_a_meeting_from_the_students_meetings_tab(qtbot, store, data_dir, two, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.open_student(two["ben"])
    tab = pane.student_meetings
    tabs = pane.form.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.widget(i) is tab or tabs.widget(i).isAncestorOf(tab)))
    assert tab.plan_button.isVisible()
    seen: list = []
    answer_dialog(monkeypatch, seen)
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    assert seen[0]["student"] == two["ben"]
    assert window.stack.currentWidget() is window.planner_pane
    assert [m.student_id for m in window.planner_pane.stores.meetings.list_meetings()] == [
        two["ben"]]


def test_a_draft_never_sent_is_deleted_and_ctrl_z_brings_it_back(
        qtbot, store, data_dir, two, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(two["ana"])
    window.show_pane(1)
    planner = window.planner_pane
    answer_dialog(monkeypatch, [])
    qtbot.mouseClick(planner.new_button, Qt.MouseButton.LeftButton)
    meeting_id = planner.current_meeting_id()
    assert planner.delete_button.isEnabled()
    qtbot.mouseClick(planner.delete_button, Qt.MouseButton.LeftButton)
    assert planner.stores.meetings.list_meetings() == []
    window.undo_action.trigger()
    assert [m.id for m in planner.stores.meetings.list_meetings()] == [meeting_id]
    planner.open_meeting(meeting_id)
    # Once someone is invited (an invitation date), the draft can only be cancelled.
    section = planner.participants
    section.typed_name.setText("Ana Ruiz")
    qtbot.mouseClick(section.add_typed_button, Qt.MouseButton.LeftButton)
    person = planner.stores.meetings.participants_of(meeting_id)[-1]
    window.desk.run(app_meetings.change_participant, participant_id=person.id,
                    name="invited_on", value=TODAY, undo_text="invited")
    assert not planner.delete_button.isEnabled()
    assert not planner.delete_current()
    assert "cannot be deleted" in planner.message.text()
    assert [m.id for m in planner.stores.meetings.list_meetings()] == [meeting_id]

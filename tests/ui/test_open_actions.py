"""The caseload-wide Open actions list: overdue first, ticking done, one student's items."""

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from iep_desk.core.meetings import FAMILY_OWNER, ActionItem, Meeting
from iep_desk.core.models import Student
from iep_desk.storage.stores import Stores
from iep_desk.ui.desk import Desk
from iep_desk.ui.open_actions import (
    DONE,
    DUE,
    STUDENT,
    WHAT,
    WHO,
    OpenActionsDialog,
    OpenActionsWidget,
)
from tests.ui.clock import TODAY
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


@pytest.fixture
def stores(store):
    return Stores(store.db)


def held_meeting(store, stores, first_name, days_ago):
    student_id = store.add_student(Student(first_name, "Lee"))
    meeting_id = stores.meetings.create_meeting(Meeting(
        student_id, "other", "Check in", "confirmed",
        datetime.combine(TODAY - timedelta(days=days_ago), time(10, 0))))
    stores.meetings.mark_held(meeting_id)
    return student_id, meeting_id


@pytest.fixture
def actions(store, stores):
    """Two students' meetings with open items due later, overdue, long overdue and undated,
    and one item already done."""
    maya, maya_meeting = held_meeting(store, stores, "Maya", 40)
    sam, sam_meeting = held_meeting(store, stores, "Sam", 20)
    ids = {}
    for key, meeting_id, what, due in (
            ("later", maya_meeting, "Book the reading assessment", TODAY + timedelta(days=9)),
            ("overdue", sam_meeting, "Send home the reading log", TODAY - timedelta(days=2)),
            ("undated", sam_meeting, "Ask about summer school", None),
            ("long_overdue", maya_meeting, "Call the speech therapist", TODAY - timedelta(days=15)),
            ("done", maya_meeting, "Share the new timetable", TODAY + timedelta(days=1))):
        ids[key] = stores.review.add_action(ActionItem(meeting_id, what, FAMILY_OWNER, "The family", due))
    stores.review.set_action_status(ids["done"], "done")
    return {"maya": maya, "sam": sam, "ids": ids}


@pytest.fixture
def widget(qtbot, store, stores, actions):
    undo = QUndoStack()
    widget = OpenActionsWidget(Desk(stores, undo))
    widget.undo = undo
    qtbot.addWidget(widget)
    return widget


def column(widget, which):
    model = widget.model
    return [model.data(model.index(row, which)) for row in range(model.rowCount())]


def test_overdue_items_come_first_with_student_what_who_and_due(widget, actions):
    assert column(widget, WHAT) == ["Call the speech therapist", "Send home the reading log",
                                    "Book the reading assessment", "Ask about summer school"]
    assert column(widget, STUDENT) == ["Maya Lee", "Sam Lee", "Maya Lee", "Sam Lee"]
    assert column(widget, WHO) == ["The family"] * 4
    due = column(widget, DUE)
    assert due[0].startswith(us_date(TODAY - timedelta(days=15)))
    assert "overdue by 15 days" in due[0] and "overdue by 2 days" in due[1]
    assert "overdue" not in due[2] and due[3] == "no date"
    model = widget.model
    # An icon, not colour alone.
    assert model.data(model.index(0, DUE), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(2, DUE), Qt.ItemDataRole.DecorationRole) is None
    assert widget.caption.text() == "4 open actions, 2 of them overdue (shown first)."


def test_ticking_an_item_done_records_the_day_and_can_be_undone(qtbot, widget, stores, actions):
    overdue_id = actions["ids"]["overdue"]
    row = column(widget, WHAT).index("Send home the reading log")
    with qtbot.waitSignal(widget.desk.changed, timeout=1000,
                          check_params_cb=lambda changes, _source: changes.actions):
        assert widget.model.setData(
            widget.model.index(row, DONE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    assert all(a.action.id != overdue_id for a in stores.review.open_actions())
    stored = next(a for a in stores.review.actions_of(widget_meeting_of(stores, overdue_id))
                  if a.id == overdue_id)
    assert (stored.status, stored.done_on) == ("done", TODAY)
    assert "Send home the reading log" not in column(widget, WHAT)
    widget.undo.undo()
    assert "Send home the reading log" in column(widget, WHAT)
    assert stores.review.open_actions()[1].action.id == overdue_id


def widget_meeting_of(stores, action_id):
    row = stores.db.execute("SELECT meeting_id FROM action_items WHERE id = ?",
                              [action_id]).fetchone()
    return row[0]


def test_space_ticks_the_selected_row(qtbot, widget, stores, actions):
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.setFocus()
    widget.view.setCurrentIndex(widget.model.index(0, WHAT))
    qtbot.keyClick(widget.view, Qt.Key.Key_Space)
    assert "Call the speech therapist" not in column(widget, WHAT)
    assert all(a.action.id != actions["ids"]["long_overdue"] for a in stores.review.open_actions())


def test_for_student_shows_one_students_items(widget, actions):
    assert widget.for_student(actions["sam"]) is widget
    assert column(widget, WHAT) == ["Send home the reading log", "Ask about summer school"]
    widget.for_student(None)
    assert len(column(widget, WHAT)) == 4


def test_read_only_list_cannot_be_ticked(widget, stores, actions):
    widget.set_read_only(True)
    assert not widget.model.flags(widget.model.index(0, DONE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not widget.tick_done(0)
    assert len(stores.review.open_actions()) == 4


def test_activating_a_row_asks_for_its_meeting(qtbot, widget, stores, actions):
    with qtbot.waitSignal(widget.meetingRequested, timeout=1000) as requested:
        widget.view.activated.emit(widget.model.index(0, WHAT))
    assert requested.args == [widget_meeting_of(stores, actions["ids"]["long_overdue"])]


def test_the_dialog_holds_the_caseload_wide_list(qtbot, store, stores, actions):
    dialog = OpenActionsDialog(Desk(stores))
    qtbot.addWidget(dialog)
    assert dialog.widget.model.rowCount() == 4
    assert dialog.windowTitle() == "Open actions"



def test_the_family_is_named_in_the_windows_language(spanish, widget, actions):
    """Items written for the family in an English window ("The family" stored with them) read
    "La familia" in the Spanish window, as do its column titles."""
    assert set(column(widget, WHO)) == {"La familia"}
    model = widget.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Who" not in titles and "Done" not in titles

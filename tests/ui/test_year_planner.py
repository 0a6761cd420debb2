"""The year planner through its real widgets: 30 annual reviews placed on a sample school
calendar (none on a closed day, none past its due date, no day over the limit), a day
changed and one meeting unticked, the drafts made and taken back by one Undo."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from iep_desk.core.models import Student
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.storage.stores import Stores
from iep_desk.ui.desk import Desk
from iep_desk.ui.planner.year_planner import YearPlannerDialog
from tests.ui.us_dates import us_date

TODAY = date(2026, 11, 23)
# A sample school calendar: Thanksgiving, the winter break, a training day, the mid-winter
# and spring breaks.
CLOSED = [ClosedPeriod(date(2026, 11, 26), date(2026, 11, 27), "Thanksgiving"),
          ClosedPeriod(date(2026, 12, 21), date(2027, 1, 1), "Winter break"),
          ClosedPeriod(date(2027, 1, 18), date(2027, 1, 18), "Training day"),
          ClosedPeriod(date(2027, 2, 15), date(2027, 2, 19), "Mid-winter break"),
          ClosedPeriod(date(2027, 4, 5), date(2027, 4, 9), "Spring break")]


@pytest.fixture
def stores(store):
    stores = Stores(store.db)
    settings = stores.settings.planner_settings()
    settings.closed = list(CLOSED)
    stores.settings.save_planner_settings(settings)
    for n in range(30):
        store.add_student(Student(f"Kid{n:02d}", "Planner", date_of_birth=date(2015, 1, 1),
                                  annual_review_due=date(2026, 12, 15) + timedelta(days=5 * n)))
    return stores


@pytest.fixture
def dialog(qtbot, stores):
    undo = QUndoStack()
    dialog = YearPlannerDialog(Desk(stores, undo), today=TODAY)
    dialog.undo_stack_for_test = undo
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_thirty_meetings_placed_adjusted_made_and_undone_in_one_step(qtbot, dialog, stores):
    dialog.from_edit.setText(us_date(date(2026, 12, 1)))
    dialog.to_edit.setText(us_date(date(2027, 6, 30)))
    dialog.per_day.setValue(2)
    qtbot.mouseClick(dialog.place_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 30 and dialog.not_placed.count() == 0
    assert "30 meetings placed" in dialog.summary.text()
    closed = set(stores.settings.planner_settings().closed_days)
    per_day: dict[date, int] = {}
    for row in range(30):
        placement = dialog.placement_at(row)
        day = placement.starts_at.date()
        assert day not in closed and day.weekday() < 5
        assert day <= placement.meeting.due_by
        per_day[day] = per_day.get(day, 0) + 1
    assert max(per_day.values()) <= 2
    # The month view marks a day with meetings.
    first_day = min(per_day)
    assert dialog.calendar.dateTextFormat(first_day).fontWeight() == 700

    # A day typed on the winter break is refused beside the list; then a good day is kept.
    day_cell = dialog.table.item(0, dialog.DAY)
    day_cell.setText(us_date(date(2026, 12, 23)))
    assert "not a school day" in dialog.message.text()
    moved_to = date(2026, 12, 3)
    day_cell.setText(us_date(moved_to))
    assert dialog.message.message == ""
    # "3:30" typed without AM or PM is the afternoon (within the school day), not 3:30 AM.
    dialog.table.item(1, dialog.TIME).setText("3:30")
    assert dialog.placement_at(1).starts_at.time() == time(15, 30)
    # The teacher will plan the last one herself.
    dialog.table.item(29, dialog.MAKE).setCheckState(Qt.CheckState.Unchecked)

    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    drafts = stores.meetings.list_meetings(statuses=["draft"])
    assert len(drafts) == 29 and len(dialog.made) == 29
    assert moved_to in {m.starts_at.date() for m in drafts}
    assert all(m.starts_at.date() <= m.due_by for m in drafts)
    assert all(stores.agenda.agenda_of(m.id) for m in drafts)
    assert dialog.undo_stack_for_test.count() == 1

    dialog.undo_stack_for_test.undo()
    assert stores.meetings.list_meetings() == []
    dialog.undo_stack_for_test.redo()
    assert len(stores.meetings.list_meetings(statuses=["draft"])) == 29


def test_a_range_that_runs_backwards_is_explained(qtbot, dialog):
    dialog.from_edit.setText(us_date(date(2027, 6, 1)))
    dialog.to_edit.setText(us_date(date(2027, 1, 1)))
    assert not dialog.place()
    assert "before the first" in dialog.message.text()
    assert dialog.table.rowCount() == 0


def test_a_meeting_outside_the_familys_times_says_so_in_its_row(qtbot, store):
    from iep_desk.core.availability import parse_availability
    from iep_desk.core.models import FamilyMember

    kid = store.add_student(Student("Ana", "Muñoz", date_of_birth=date(2015, 1, 1),
                                    annual_review_due=date(2027, 3, 5)))
    store.add_family_member(FamilyMember("Rosa Muñoz", availability=parse_availability(
        "Mon and Wed 17:30-19:00")), student_id=kid, relationship="mother")
    dialog = YearPlannerDialog(Desk(Stores(store.db), QUndoStack()), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.from_edit.setText(us_date(date(2027, 1, 4)))
    dialog.to_edit.setText(us_date(date(2027, 6, 1)))
    assert dialog.place()
    assert dialog.table.rowCount() == 1 and dialog.plan.not_placed == []
    note = dialog.table.item(0, dialog.NOTE).text()
    assert note.startswith("Outside the weekly times of Rosa Muñoz")
    assert dialog.table.item(0, dialog.NOTE).toolTip() == note

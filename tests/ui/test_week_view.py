"""The week view: positions ↔ times, and moving the chosen slot with the keys and the mouse."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from iep_desk.ui.planner.week_view import NAME_WIDTH, PersonRow, WeekView

MONDAY = date(2026, 3, 2)


@pytest.fixture
def view(qtbot):
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1000, 200)
    widget.set_week(MONDAY, time(8, 0), time(16, 0))
    widget.set_rows(
        [
            PersonRow("Parent", True, [(datetime(2026, 3, 3, 9), datetime(2026, 3, 3, 11))]),
            PersonRow("Speech therapist", False, unknown=True),
        ]
    )
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_time_to_position_and_back(view):
    for moment in (
        datetime(2026, 3, 2, 8, 0),
        datetime(2026, 3, 3, 9, 15),
        datetime(2026, 3, 4, 13, 45),
        datetime(2026, 3, 6, 15, 30),
    ):
        x = view.x_for(moment)
        assert x is not None and x >= NAME_WIDTH
        assert view.moment_at(x + 0.5) == moment


def test_positions_outside_the_week_have_no_time(view):
    assert view.moment_at(NAME_WIDTH - 5) is None
    assert view.moment_at(view.width() + 50) is None
    assert view.x_for(datetime(2026, 3, 9, 9, 0)) is None  # next Monday
    assert view.x_for(datetime(2026, 3, 7, 9, 0)) is None  # Saturday


def test_later_times_lie_further_right(view):
    xs = [view.x_for(datetime(2026, 3, 3, h, 0)) for h in (8, 10, 12, 14)]
    assert xs == sorted(xs) and len(set(xs)) == 4
    assert view.x_for(datetime(2026, 3, 4, 8, 0)) > xs[-1]


def test_arrow_keys_move_the_chosen_slot(view, qtbot):
    view.set_chosen(datetime(2026, 3, 3, 10, 0), 60)
    view.setFocus()
    moves = []
    view.chosenChanged.connect(moves.append)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.chosen == datetime(2026, 3, 3, 10, 15)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.chosen == datetime(2026, 3, 4, 10, 15)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.chosen == datetime(2026, 3, 3, 10, 0)
    assert moves[-1] == datetime(2026, 3, 3, 10, 0) and len(moves) == 4


def test_chosen_slot_stays_inside_the_school_day(view, qtbot):
    view.set_chosen(datetime(2026, 3, 3, 15, 0), 60)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.chosen == datetime(2026, 3, 3, 15, 0)  # would end after 16:00
    view.set_chosen(datetime(2026, 3, 2, 9, 0), 60)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # no day before Monday in this week
    assert view.chosen == datetime(2026, 3, 2, 9, 0)


def test_dragging_the_slot_with_the_mouse(view, qtbot):
    start = datetime(2026, 3, 3, 9, 0)
    view.set_chosen(start, 60)
    y = 50
    grab_x = int(view.x_for(start + timedelta(minutes=30)))
    drop_x = int(view.x_for(datetime(2026, 3, 3, 13, 30)))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(grab_x, y))
    qtbot.mouseMove(view, QPoint(drop_x, y))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(drop_x, y))
    assert view.chosen == datetime(2026, 3, 3, 13, 0)


def test_clicking_elsewhere_puts_the_slot_there(view, qtbot):
    view.set_chosen(None, 60)
    x = int(view.x_for(datetime(2026, 3, 5, 11, 0)))
    with qtbot.waitSignal(view.chosenChanged) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x + 1, 60))
    assert signal.args == [datetime(2026, 3, 5, 11, 0)]
    assert "11:00" in view.accessibleDescription()

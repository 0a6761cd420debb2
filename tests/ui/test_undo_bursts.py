"""A burst of changes to one field is one step of Undo: a drop-down stepped nine times with
the arrow keys goes back with one Ctrl+Z; changes far apart in time, or to another field,
stay steps of their own. The steady clock the undo stack reads is set by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iep_desk.core.models import Student
from iep_desk.ui.desk import BURST_SECONDS, UndoCommand
from tests.ui.caseload_helpers import open_window

pytestmark = pytest.mark.usefixtures("clock")


class SteadyClock:
    """Seconds that move only when the test says so."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def steady(monkeypatch):
    clock = SteadyClock()
    monkeypatch.setattr(UndoCommand, "clock", staticmethod(clock))
    return clock


def grade_box(qtbot, store, data_dir):
    sid = store.add_student(Student("Ana", "Abbott", grade="K"))
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(sid)
    box = window.caseload_pane.form.fields["grade"].editor
    box.setFocus()
    return window, sid, box


def test_nine_steps_of_a_drop_down_undo_in_one(qtbot, store, data_dir, steady):
    window, sid, box = grade_box(qtbot, store, data_dir)
    before = window.undo_stack.count()
    for _ in range(9):
        qtbot.keyClick(box, Qt.Key.Key_Down)
        steady.now += 0.3
    moved = store.get_student(sid).grade
    assert moved != "K"
    assert window.undo_stack.count() == before + 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_student(sid).grade == "K"
    assert box.currentData() == "K"
    window.redo_action.trigger()
    assert store.get_student(sid).grade == moved


def test_changes_far_apart_or_to_another_field_stay_separate(qtbot, store, data_dir, steady):
    window, sid, box = grade_box(qtbot, store, data_dir)
    before = window.undo_stack.count()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    first = store.get_student(sid).grade
    steady.now += BURST_SECONDS + 1
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.undo_stack.count() == before + 2
    window.undo_action.trigger()
    assert store.get_student(sid).grade == first
    window.undo_action.trigger()
    assert store.get_student(sid).grade == "K"

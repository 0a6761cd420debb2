"""Enter (or Return) on a focused button presses it in the main window, as Space does, the way
a teacher used to Windows expects; Enter in a text field still does only what it did."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QToolButton

from iep_desk.app.demo import write_demo_caseload
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY

ENTER_KEYS = [Qt.Key.Key_Return, Qt.Key.Key_Enter]


@pytest.fixture
def window(qtbot, store, data_dir):
    write_demo_caseload(store, TODAY, with_meetings=True)
    return open_window(qtbot, store, data_dir)


def press(qtbot, widget, key) -> None:
    """Give `widget` the keyboard focus, as Tab would, and press `key` on it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    assert widget.hasFocus()
    qtbot.keyClick(widget, key)
    QApplication.processEvents()


@pytest.mark.parametrize("key", ENTER_KEYS, ids=["Return", "Enter"])
def test_enter_on_a_caseload_button_presses_it(qtbot, window, monkeypatch, key):
    pane = window.caseload_pane
    pane.open_student(pane.model.student_id_at(0))
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args, **kwargs: asked.append(args) or ("Ada Obi", True)))
    family = pane.form.family_panel
    pane.form.tabs.setCurrentWidget(family)
    press(qtbot, family.add_button, key)
    assert len(asked) == 1
    student = pane.current_student_id()
    assert "Ada Obi" in [link.member.name for link in window.store.family_of(student)]
    # A tool button of the caseload's own bar: Show archived.
    show_archived = next(button for button in pane.findChildren(QToolButton)
                         if button.defaultAction() is pane.show_archived_action)
    press(qtbot, show_archived, key)
    assert pane.show_archived_action.isChecked()


@pytest.mark.parametrize("key", ENTER_KEYS, ids=["Return", "Enter"])
def test_enter_on_a_planner_button_presses_it(qtbot, window, key):
    window.show_pane(1)
    planner = window.planner_pane
    planner.tabs.setCurrentWidget(planner.find_time)
    week = planner.find_time.week_view.week_start
    press(qtbot, planner.find_time.next_week, key)
    assert planner.find_time.week_view.week_start == week + timedelta(days=7)


@pytest.mark.parametrize("key", ENTER_KEYS, ids=["Return", "Enter"])
def test_enter_on_a_review_button_presses_it(qtbot, window, key):
    window.show_pane(2)
    attendance = window.review_pane.attendance
    window.review_pane.tabs.setCurrentWidget(attendance)
    attendance.new_name.setText("Rosa Begay")
    press(qtbot, attendance.add_button, key)
    assert "Rosa Begay" in [person.name for person in attendance.participants]


def test_enter_in_a_text_field_presses_no_button(qtbot, window):
    """Enter in a line edit does what the field does (here: nothing, or add the busy time),
    never presses a button, not even the planner's Find a time."""
    window.show_pane(1)
    planner = window.planner_pane
    planner.tabs.setCurrentWidget(planner.find_time)
    pressed = []
    for button in window.findChildren(QAbstractButton):
        button.clicked.connect(lambda _checked=False, b=button: pressed.append(b.text()))
    for field in (planner.find_time.busy_from, window.caseload_pane.search):
        if field is window.caseload_pane.search:
            window.show_pane(0)
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(field, "12")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert pressed == []


def test_enter_in_a_text_box_starts_a_new_line_and_presses_no_button(qtbot, window):
    pane = window.caseload_pane
    pane.open_student(pane.model.student_id_at(0))
    pressed = []
    for button in window.findChildren(QAbstractButton):
        button.clicked.connect(lambda _checked=False, b=button: pressed.append(b.text()))
    strengths = pane.form.fields["strengths"].editor
    tabs = pane.form.tabs
    tabs.setCurrentIndex(next(index for index in range(tabs.count())
                              if tabs.widget(index).isAncestorOf(strengths)))
    strengths.setFocus(Qt.FocusReason.TabFocusReason)
    assert strengths.hasFocus()
    strengths.clear()
    qtbot.keyClicks(strengths, "Reads aloud")
    qtbot.keyClick(strengths, Qt.Key.Key_Return)
    qtbot.keyClicks(strengths, "Draws")
    assert strengths.toPlainText() == "Reads aloud\nDraws"
    assert pressed == []


def test_a_held_enter_presses_a_button_once(qtbot, window):
    """The key's repeats while it is held down do not press the button again."""
    window.show_pane(1)
    find_time = window.planner_pane.find_time
    window.planner_pane.tabs.setCurrentWidget(find_time)
    week = find_time.week_view.week_start
    find_time.next_week.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyPress(find_time.next_week, Qt.Key.Key_Return)
    for _ in range(3):
        QApplication.sendEvent(find_time.next_week, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r",
            True))  # a repeat
    qtbot.keyRelease(find_time.next_week, Qt.Key.Key_Return)
    assert find_time.week_view.week_start == week + timedelta(days=7)

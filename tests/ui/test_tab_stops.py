"""Every Tab press lands on something a teacher can use: walking Tab from a tab bar through the
page shown, each stop is a field, a button, a list or table, or a tab bar, visible and
enabled; never a scroll area, a frame or an empty container with nothing to see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from iep_desk.app.demo import write_demo_caseload
from iep_desk.ui.planner.week_view import WeekView
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY

# What a teacher can type in, press, choose from or read through with the keys (the week
# view moves the chosen time with the arrow keys).
USABLE = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton, QAbstractItemView,
          QPlainTextEdit, QTextEdit, QTabBar, QAbstractSlider, WeekView)
MOST_STOPS = 80  # more than any page has: a walk that never leaves its page fails


def stops_on_each_page(qtbot, tabs: QTabWidget) -> dict[str, list[QWidget | None]]:
    """Tab from the tab bar through each page in turn: the widgets focused, page by page,
    until the focus leaves the page. A stop that is hidden or disabled when focused is kept
    as None."""
    walked = {}
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        stops = []
        for _ in range(MOST_STOPS):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused is None or not page.isAncestorOf(focused):
                break
            stops.append(focused if focused.isVisible() and focused.isEnabled() else None)
        else:
            pytest.fail(f"Tab never leaves the page {tabs.tabText(index)!r}")
        walked[tabs.tabText(index).replace("&", "")] = stops
    return walked


def empty_stops(walked: dict[str, list[QWidget | None]]) -> list[str]:
    """The stops a teacher could do nothing with, named by page and kind."""
    return [f"{page}: {type(stop).__name__} {getattr(stop, 'accessibleName', str)()!r}"
            for page, stops in walked.items() for stop in stops
            if not isinstance(stop, USABLE)]


@pytest.fixture
def window(qtbot, store, data_dir):
    write_demo_caseload(store, TODAY, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    window.resize(1280, 720)  # the tab bars show every tab (no scroll arrows to step on)
    return window


def test_every_tab_stop_of_a_students_details_is_usable(qtbot, window):
    pane = window.caseload_pane
    pane.open_student(pane.model.student_id_at(0))
    walked = stops_on_each_page(qtbot, pane.form.tabs)
    assert len(walked) == pane.form.tabs.count()
    # The family and team panels are walked through, fields and all.
    assert any(stop is not None and stop.accessibleName() == "Phone numbers" for stop in walked["Family members"])
    assert any(stop is not None and stop.accessibleName() == "Add to the team" for stop in walked["Team"])
    assert empty_stops(walked) == [], "\n".join(empty_stops(walked))


@pytest.mark.parametrize("pane_index", [1, 2], ids=["planner", "review"])
def test_every_tab_stop_of_a_meetings_tabs_is_usable(qtbot, window, pane_index):
    window.show_pane(pane_index)
    pane = window.stack.currentWidget()
    pane.list.selectRow(0)
    walked = stops_on_each_page(qtbot, pane.tabs)
    assert all(walked.values()), [page for page, stops in walked.items() if not stops]
    assert empty_stops(walked) == [], "\n".join(empty_stops(walked))

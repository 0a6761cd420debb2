"""Find a time on a laptop's screen: with the window at 1280 × 720 or 1366 × 768, in English and
in Spanish, the suggested times and the explanation of the answer (why these times, what to
change) show together in the page without scrolling, and the page needs no sideways scroll bar."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from iep_desk.app.demo import write_demo_caseload
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY

SIZES = [(1280, 720), (1366, 768)]


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """`widget`'s rectangle in `ancestor`'s coordinates."""
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def lines_high(widget: QWidget) -> float:
    """How many lines of text `widget` is high."""
    return widget.height() / widget.fontMetrics().lineSpacing()


def find_a_time_at(qtbot, store, data_dir, width: int, height: int):
    write_demo_caseload(store, TODAY, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    window.resize(width, height)
    window.show_pane(1)
    planner = window.planner_pane
    finder = planner.find_time
    planner.tabs.setCurrentWidget(finder)
    # The first meeting listed that has people to find a time for.
    for row in range(planner.list.rowCount()):
        planner.list.selectRow(row)
        if finder.find_times() is not None:
            break
    else:
        pytest.fail("no meeting in the sample to find a time for")
    for _ in range(3):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height)
    area = planner.tabs.currentWidget()
    assert isinstance(area, QScrollArea) and area.widget() is finder
    return area, finder


def check_it_fits(area: QScrollArea, finder) -> None:
    viewport = area.viewport()
    shown = viewport.rect()
    assert not area.horizontalScrollBar().isVisible(), "Find a time needs a sideways scroll bar"
    assert area.verticalScrollBar().value() == 0
    explanation = rect_in(finder.explanation, viewport)
    assert shown.contains(explanation), (
        f"the explanation at {explanation} is not within the page's {shown}")
    assert finder.explanation.toPlainText()
    assert lines_high(finder.explanation) >= 4, "the explanation is too low to read"
    # The suggestions show beside it: four lines of the list at least (two times) without
    # scrolling the page (the list scrolls its own rows).
    suggestions = rect_in(finder.suggestions, viewport).intersected(shown)
    assert suggestions.height() >= 4 * finder.suggestions.fontMetrics().lineSpacing()
    assert_week_is_whole(finder)


def assert_week_is_whole(finder) -> None:
    """The week view has the height its rows need, and nothing laid out under it (the
    legend) is drawn over its last rows: the page scrolls instead."""
    week = finder.week_view
    assert week.height() >= week.minimumHeight(), (
        f"the week view is {week.height()} px high, its {len(week.rows)} rows need "
        f"{week.minimumHeight()}")
    layout = week.parentWidget().layout()
    shown = [item.widget() for item in (layout.itemAt(i) for i in range(layout.count()))
             if item.widget() is not None and item.widget().isVisible()]
    for above, below in pairwise(shown):
        assert below.y() >= above.y() + above.height(), (
            f"{type(below).__name__} is drawn over {type(above).__name__}")


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_suggestions_and_explanation_show_together(qtbot, store, data_dir, size):
    check_it_fits(*find_a_time_at(qtbot, store, data_dir, *size))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_suggestions_and_explanation_show_together_in_spanish(qtbot, store, data_dir, size,
                                                              spanish):
    area, finder = find_a_time_at(qtbot, store, data_dir, *size)
    assert finder.find_button.text() != "Find a time"  # the window is in Spanish
    check_it_fits(area, finder)



def test_the_chosen_time_ends_with_one_period_in_spanish(qtbot, store, data_dir, spanish):
    # A Spanish-speaking teacher in the US: times end "p. m.", with their own period, and
    # the sentence "Elegido: … 3:45 p. m.." had two.
    QLocale.setDefault(QLocale("es_US"))  # tests/ui/conftest.py puts en_US back
    _area, finder = find_a_time_at(qtbot, store, data_dir, 1280, 720)
    chosen = finder.chosen_label.text()
    assert chosen.endswith(".") and ".." not in chosen


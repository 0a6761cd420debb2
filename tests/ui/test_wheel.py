"""The mouse wheel scrolls the form; it changes a drop-down or a number only in the field being
edited. Real wheel events (QWheelEvent, sent as Qt delivers them) over every editable field of
the student form, the family form, the planner's details, the contact log, the review's
attendance and the settings, on the sample caseload in a real file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from iep_desk.storage.caseload import open_caseload
from iep_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("clock")  # the sample caseload is written for TODAY

# What a teacher can change with the wheel (by Qt's default), and the other editable fields.
WHEEL_CHANGES = (QComboBox, QAbstractSpinBox, QAbstractSlider)
EDITABLE = WHEEL_CHANGES + (QLineEdit, QCheckBox)


@pytest.fixture
def window(qtbot, clock, demo_caseload):
    store = open_caseload(demo_caseload)
    window = MainWindow(store, data_dir=demo_caseload)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitActive(window):
        window.show()
    yield window
    window.close()
    store.db.close()


def wheel(widget: QWidget, *, down: bool = True) -> QWheelEvent:
    """One notch of the wheel over the middle of `widget`, as Qt delivers it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event


def reveal(widget: QWidget) -> None:
    """Bring the tab or page holding `widget` to the front (in every tab widget and stack of
    pages around it: the settings' pages)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QTabWidget, QStackedWidget)):
            for index in range(parent.count()):
                if parent.widget(index).isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()
    QApplication.processEvents()


def value_of(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return widget.isChecked()


def editable_fields(area: QWidget) -> list[QWidget]:
    found = []
    for widget in area.findChildren(QWidget):
        if not isinstance(widget, EDITABLE) or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the text part of a combo or spin box: the box itself is tested
        if widget.isEnabled():
            found.append(widget)
    return found


def open_area(window: MainWindow, name: str) -> QWidget:
    """Show one part of the window (with something in it to edit) and return it."""
    if name in ("student form", "family form"):
        pane = window.caseload_pane
        store = window.store
        with_family = next(s.id for s in store.list_students() if store.family_of(s.id))
        pane.open_student(with_family)
        form = pane.form
        if name == "family form":
            form.family_panel.members.setCurrentRow(0)
            return form.family_panel
        return form
    if name in ("planner details", "contact log"):
        window.show_pane(1)
        planner = window.planner_pane
        planner.list.selectRow(0)  # a meeting coming up: every field can be edited
        if name == "contact log":
            planner.tabs.setCurrentWidget(planner.contact_log)
            return planner.contact_log
        return planner.details
    if name == "attendance":
        window.show_pane(2)
        review = window.review_pane
        review.list.selectRow(0)  # a meeting held: who came can be recorded
        return review.attendance
    dialog = window.settings_dialog()
    dialog.show()
    return dialog


AREAS = ("student form", "family form", "planner details", "contact log", "attendance",
         "settings")


@pytest.mark.parametrize("name", AREAS)
def test_the_wheel_over_a_field_without_focus_changes_and_saves_nothing(qtbot, window, name):
    area = open_area(window, name)
    fields = editable_fields(area)
    wheel_fields = [w for w in fields if isinstance(w, WHEEL_CHANGES)]
    assert wheel_fields, f"nothing the wheel could change in the {name}"
    store = window.store
    saved_before = store.db.conn.total_changes
    undo_before = window.undo_stack.count()
    for widget in fields:
        reveal(widget)
        assert widget.isVisible(), f"{type(widget).__name__} {widget.accessibleName()}"
        widget.clearFocus()
        assert not widget.hasFocus()
        if isinstance(widget, WHEEL_CHANGES):
            # A click or Tab gives the focus, the wheel never does.
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, widget.accessibleName()
        before = value_of(widget)
        for down in (True, True, False):
            event = wheel(widget, down=down)
            QApplication.processEvents()
            if isinstance(widget, WHEEL_CHANGES):
                # Left for the form around the field to scroll.
                assert not event.isAccepted(), widget.accessibleName()
        assert value_of(widget) == before, f"the wheel changed {widget.accessibleName()}"
        assert not widget.hasFocus()
    assert store.db.conn.total_changes == saved_before  # nothing was written to the file
    assert window.undo_stack.count() == undo_before


@pytest.mark.parametrize("name", AREAS)
def test_the_wheel_changes_the_field_that_has_the_focus(qtbot, window, name):
    area = open_area(window, name)
    box = next(w for w in editable_fields(area)
               if isinstance(w, WHEEL_CHANGES) and not isinstance(w, QAbstractSlider)
               and (not isinstance(w, QComboBox) or w.count() > 1))
    reveal(box)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus)
    before = value_of(box)
    at_end = isinstance(box, QComboBox) and box.currentIndex() == box.count() - 1
    at_top = isinstance(box, QAbstractSpinBox) and box.value() == box.maximum()
    wheel(box, down=not (at_end or at_top) if isinstance(box, QComboBox) else at_top)
    QApplication.processEvents()
    assert value_of(box) != before


def test_every_drop_down_and_number_field_in_the_window_ignores_the_wheel_without_focus(
        window):
    """Every pane and the settings built: no drop-down or number field of Qt's own kind (which
    the wheel changes without focus) is left anywhere."""
    from iep_desk.ui.widgets import WheelSafeComboBox, WheelSafeSpinBox

    for name in AREAS:
        open_area(window, name)
    window.show_pane(1)
    planner = window.planner_pane
    for index in range(planner.tabs.count()):
        planner.tabs.setCurrentIndex(index)
    _ = window.caseload_pane.due_soon, window.caseload_pane.open_actions
    plain = [f"{type(w).__name__} {w.accessibleName()}"
             for w in window.findChildren(QWidget)
             if isinstance(w, (QComboBox, QAbstractSpinBox))
             and not isinstance(w, (WheelSafeComboBox, WheelSafeSpinBox))]
    assert plain == []

"""Every control a teacher can reach has a name a screen reader can say: its accessible name,
its own text (a button), or the label it is the buddy of (a form row)."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from iep_desk.app.demo import write_demo_caseload
from tests.ui.caseload_helpers import open_window

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QTextEdit, QPlainTextEdit, QAbstractSpinBox,
            QAbstractItemView)


def is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other controls (headers, a combo box's popup, a clear button)."""
    parent = widget.parent()
    return (widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView)
            or (isinstance(widget, QListView) and type(parent) is QFrame)
            or (isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)))
            or (isinstance(widget, QToolButton) and isinstance(parent, QLineEdit)))


def test_every_control_in_every_pane_has_a_name(qtbot, store, data_dir):
    write_demo_caseload(store, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.refresh()
    window.caseload_pane.open_student(window.caseload_pane.model.student_id_at(0))
    window.planner_pane.refresh()
    window.review_pane.refresh()
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, CONTROLS) and not is_qt_internal(w)]
    assert len(controls) > 200  # the three panes are really there

    def name(widget: QWidget) -> str:
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        return widget.accessibleName() or text.replace("&", "")

    nameless = [f"{type(w).__name__} in {type(w.parent()).__name__}"
                for w in controls if not name(w) and w not in buddies]
    assert nameless == []

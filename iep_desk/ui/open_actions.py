"""Open actions: the open items of every meeting's action plan, overdue first.

`OpenActionsWidget` shows the whole caseload, or one student (`for_student`), with
student, what, who and due; ticking an item done records the day (undoable) and
emits `actionsChanged`. `OpenActionsDialog` puts the caseload-wide list in a window.
Activating a row (Enter, double click) emits `meetingRequested(meeting_id)`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import review as app_review
from iep_desk.app.changes import Changes
from iep_desk.core.deadlines import Urgency
from iep_desk.storage.review_records import OpenAction
from iep_desk.ui.dates import date_text
from iep_desk.ui.desk import Desk, keep_refusals
from iep_desk.ui.plurals import plural
from iep_desk.ui.review.common import owner_shown
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import URGENCY_BACKGROUNDS, FieldMessage, keep_rows_visible, urgency_icon

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
DONE, DUE, STUDENT, WHAT, WHO, MEETING = range(6)


class OpenActionsModel(QAbstractTableModel):
    """Open action items, overdue first (the store's order). The Done column is a tick box:
    ticking it marks the item done today. `problem(str)` carries a refusal ("" when stored)."""

    problem = Signal(str)
    ticked = Signal(int)  # the action id that was marked done

    HEADERS = (QT_TRANSLATE_NOOP("OpenActions", "Done"), QT_TRANSLATE_NOOP("OpenActions", "Due"),
               QT_TRANSLATE_NOOP("OpenActions", "Student"), QT_TRANSLATE_NOOP("OpenActions", "What"),
               QT_TRANSLATE_NOOP("OpenActions", "Who"),
               QT_TRANSLATE_NOOP("OpenActions", "From the meeting of"))

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.stores = desk.stores
        self.student_id: int | None = None
        self.today = date.today()
        self.rows: list[OpenAction] = []
        self.names: dict[int, str] = {}
        self.editable = True

    def reload(self) -> None:
        self.beginResetModel()
        self.today = date.today()
        self.rows = self.stores.review.open_actions(today=self.today, student_id=self.student_id)
        self.names = self.store.student_names() if self.rows else {}
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("OpenActions", self.HEADERS[section])
        return None

    def text(self, row: int, column: int) -> str:
        entry = self.rows[row]
        action = entry.action
        if column == DUE:
            if action.due_on is None:
                return translate("OpenActions", "no date")
            if entry.overdue:
                days = (self.today - action.due_on).days
                return plural(
                    translate("OpenActions", "%1 · overdue by %n day(s)", "", days), days
                ).replace("%1", date_text(action.due_on))
            return date_text(action.due_on)
        if column == STUDENT:
            return self.names.get(entry.student_id, "?")
        if column == WHAT:
            return action.what
        if column == WHO:
            return owner_shown(action)
        if column == MEETING:
            return date_text(entry.meeting_starts_at.date()) if entry.meeting_starts_at else ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if column == DONE:
                return (
                    translate("OpenActions", "Mark “%s” done") % entry.action.what
                    if role != Qt.ItemDataRole.DisplayRole
                    else None
                )
            return self.text(index.row(), column) or None
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Unchecked  # every row here is open
        if role == Qt.ItemDataRole.DecorationRole and column == DUE and entry.overdue:
            return urgency_icon(Urgency.OVERDUE)
        if role == Qt.ItemDataRole.BackgroundRole and entry.overdue:
            return QBrush(URGENCY_BACKGROUNDS[Urgency.OVERDUE])
        if role == Qt.ItemDataRole.FontRole and entry.overdue and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return entry.action.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != DONE or role != Qt.ItemDataRole.CheckStateRole
                or not self.editable):
            return False
        checked = (
            value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
        )
        if not checked:
            return False
        action_id = self.rows[index.row()].action.id
        refused: list[str] = []
        if (
            self.desk.run(
                app_review.set_action_status,
                action_id=action_id,
                status="done",
                undo_text=translate("OpenActions", "Mark an action done"),
                source=self.parent(),
                report=keep_refusals(refused),
            )
            is None
        ):
            self.problem.emit(refused[0] if refused else "")
            return False
        self.problem.emit("")
        self.ticked.emit(action_id)
        self.reload()
        return True


class OpenActionsWidget(QWidget):
    """The open actions of the caseload or of one student; refreshes from the Desk's change
    notification. Signal: `meetingRequested(meeting_id)` when a row is activated."""

    meetingRequested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setAccessibleName(translate("OpenActions", "Open actions"))
        self.model = OpenActionsModel(desk, self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAccessibleName(translate("OpenActions", "How many actions are open"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("OpenActions", "Open actions, overdue first"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)  # one line per item; the full text is in the tooltip
        self.view.verticalHeader().hide()
        keep_rows_visible(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        self.view.installEventFilter(self)
        self.message = FieldMessage()
        self.model.problem.connect(lambda text: self.message.show_message(text) if text
                                   else self.message.clear_message())
        self.model.ticked.connect(self._ticked)
        hint = QLabel(
            translate("OpenActions", "Tick an item when it is done (Space ticks the selected one).")
        )
        hint.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        desk.changed.connect(self._changes)
        self.refresh()

    def _changes(self, changes: Changes, source: object) -> None:
        if source is not self and (changes.actions or changes.meetings or changes.students):
            self.refresh()

    def for_student(self, student_id: int | None) -> OpenActionsWidget:
        """Show only one student's open items (None: the whole caseload). Returns itself."""
        self.model.student_id = student_id
        self.refresh()
        return self

    def refresh(self) -> None:
        self.model.reload()
        overdue = sum(1 for row in self.model.rows if row.overdue)
        total = len(self.model.rows)
        if not total:
            self.caption.setText(translate("OpenActions", "No open actions."))
        elif overdue:
            self.caption.setText(
                plural(translate("OpenActions", "%n open action(s)", "", total), total)
                + ", "
                + plural(
                    translate("OpenActions", "%n of them overdue (shown first).", "", overdue),
                    overdue,
                )
            )
        else:
            self.caption.setText(
                plural(
                    translate("OpenActions", "%n open action(s), none overdue.", "", total), total
                )
            )

    def set_read_only(self, read_only: bool) -> None:
        self.model.editable = not read_only

    def tick_done(self, row: int) -> bool:
        """Mark the item on a row done (as the tick box does); True when stored."""
        return self.model.setData(
            self.model.index(row, DONE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Space on a selected row ticks it, whichever column has the focus.
        if (watched is self.view and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Space and self.view.currentIndex().isValid()):
            self.tick_done(self.view.currentIndex().row())
            return True
        return False

    def _ticked(self, _action_id: int) -> None:
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != DONE:
            action_id = self.model.rows[index.row()].action.id
            meeting_id = next(e.action.meeting_id for e in self.model.rows
                              if e.action.id == action_id)
            self.meetingRequested.emit(meeting_id)


class OpenActionsDialog(QDialog):
    """The caseload-wide Open actions list in its own window."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("OpenActions", "Open actions"))
        self.setAccessibleName(translate("OpenActions", "Open actions"))
        self.widget = OpenActionsWidget(desk, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("OpenActions", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)

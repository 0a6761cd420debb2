"""An editable table of stored records (actions, reflections, tip-file entries...).

`RecordTableModel` shows one record per row, one field per column. Editing a cell
hands the new value to `save(record, field, value)`, which checks and stores it
(and puts it on the undo stack); when the store refuses, the model emits
`problem(message)` and the cell keeps the stored value, so nothing wrong is kept on
screen as if it were saved. Combo columns edit through `ChoiceDelegate`, so F2 or a
double click opens a list of choices and everything works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from iep_desk.storage.errors import SaveFailed
from iep_desk.ui.dates import date_text, parse_day
from iep_desk.ui.problems import error_text
from iep_desk.ui.widgets import WheelSafeComboBox

Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


@dataclass
class Column:
    """One column: its header, the record's field, and how it is shown and edited.

    kind: "text", "date", "choice" (`choices()` gives (label, code) pairs) or "check"
    (a tick box; `checked_value`/`unchecked_value` are what it stores).
    """

    header: str
    field: str
    kind: str = "text"
    choices: Callable[[], list[tuple[str, Any]]] | None = None
    editable: bool = True
    # The text shown for a record (default: the field's value, a date as the locale writes it).
    show: Callable[[Any], str] | None = None
    checked_value: Any = True
    unchecked_value: Any = False


class RecordTableModel(QAbstractTableModel):
    """Rows of records; `problem(str)` carries a refusal ("" when an edit was stored)."""

    problem = Signal(str)

    def __init__(self, columns: list[Column], load: Callable[[], list[Any]],
                 save: Callable[[Any, str, Any], None], parent=None):
        super().__init__(parent)
        self.columns = columns
        self._load = load
        self._save = save
        self.records: list[Any] = []
        self.editable = True
        # Optional: a soft background for some rows (e.g. overdue actions), with a word elsewhere.
        self.row_background: Callable[[Any], QColor | None] | None = None

    # -- contents --------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self.records = list(self._load())
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.records = []
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row]

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def text(self, row: int, column: int) -> str:
        """The text a cell shows."""
        col = self.columns[column]
        record = self.records[row]
        if col.show is not None:
            return col.show(record)
        value = getattr(record, col.field)
        if col.kind == "check":
            return ""
        if col.kind == "choice" and col.choices is not None:
            return next((text for text, code in col.choices() if code == value),
                        "" if value is None else str(value))
        if isinstance(value, date):
            return date_text(value)
        return "" if value is None else str(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        record = self.records[index.row()]
        value = getattr(record, col.field)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.text(index.row(), index.column()) or None
        if role == Qt.ItemDataRole.EditRole:
            if col.kind == "choice":
                return value
            if isinstance(value, date):
                return date_text(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and col.kind == "check":
            return Qt.CheckState.Checked if value == col.checked_value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and self.row_background is not None:
            colour = self.row_background(record)
            return QBrush(colour) if colour is not None else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.columns[index.column()]
        if self.editable and col.editable:
            flags |= (
                Qt.ItemFlag.ItemIsUserCheckable
                if col.kind == "check"
                else Qt.ItemFlag.ItemIsEditable
            )
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        col = self.columns[index.column()]
        if not col.editable:
            return False
        if col.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if not isinstance(value, bool)
                else value
            )
            new = col.checked_value if checked else col.unchecked_value
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            try:
                new = self.parse(col, value)
            except ValueError as error:
                self.problem.emit(error_text(error))
                return False
        record = self.records[index.row()]
        if getattr(record, col.field) == new:
            return False
        try:
            self._save(record, col.field, new)
        except (ValueError, SaveFailed) as error:  # MeetingInputError is a ValueError
            self.problem.emit(error_text(error))
            return False
        self.problem.emit("")
        self.refresh_rows()
        return True

    def refresh_rows(self) -> None:
        """Read the records again after an edit. The same records (perhaps in a new order)
        are updated in place rather than reset, so an editor still closing is not torn away."""
        fresh = list(self._load())
        if len(fresh) != len(self.records) or \
                {getattr(r, "id", None) for r in fresh} != {getattr(r, "id", None) for r in self.records}:
            self.beginResetModel()
            self.records = fresh
            self.endResetModel()
            return
        self.records = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(fresh) - 1, len(self.columns) - 1))

    @staticmethod
    def parse(col: Column, value: Any) -> Any:
        """A typed value as stored; raises ValueError with a message for the teacher."""
        if col.kind == "date":
            return parse_day(str(value or ""))
        if col.kind == "choice":
            return value
        return str(value or "").strip()

    def find_row(self, predicate: Callable[[Any], bool]) -> int:
        """The first row whose record matches, or -1."""
        return next((row for row, record in enumerate(self.records) if predicate(record)), -1)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a "choice" column with a combo box of the column's choices."""

    def __init__(self, model: RecordTableModel, parent=None):
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        col = self.model.columns[index.column()]
        if col.kind != "choice" or col.choices is None:
            return super().createEditor(parent, option, index)
        box = WheelSafeComboBox(parent)
        box.setAccessibleName(col.header)
        for text, code in col.choices():
            box.addItem(text, code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def record_view(model: RecordTableModel, accessible_name: str) -> QTableView:
    """A table view over a record model, set up the same way everywhere in the review."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(ChoiceDelegate(model, view))
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    model.modelReset.connect(view.resizeRowsToContents)
    return view


def selected_record(view: QTableView) -> Any | None:
    """The record of the view's current row, or None."""
    index = view.currentIndex()
    model = view.model()
    if not index.isValid() or not isinstance(model, RecordTableModel):
        return None
    return model.record(index.row())

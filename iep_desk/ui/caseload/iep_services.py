"""The student's services (what, how often, where, who) and accommodations: a table each,
the chosen row's values in fields below it, Add, Save changes and End."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import iep_record as op
from iep_desk.core.goals import Accommodation, Service
from iep_desk.ui.desk import Desk
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, typed_text

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Kind:
    """What differs between the services and the accommodations."""

    title: str
    columns: tuple[tuple[str, str], ...]      # (field, heading)
    load: Callable[[Any, int], list]          # the store's list for a student
    make: Callable[..., Any]                  # the record from (id, student_id, *values)
    save: Callable[..., Any]                  # the operation that adds or changes
    save_name: str                            # its keyword
    end: Callable[..., Any]
    end_name: str
    add_text: str
    change_text: str
    end_text: str


def _services() -> _Kind:
    return _Kind(
        translate("IepServices", "Services"),
        (
            ("what", translate("IepServices", "What")),
            ("how_often", translate("IepServices", "How often")),
            ("setting", translate("IepServices", "Where")),
            ("provider", translate("IepServices", "Who")),
        ),
        lambda store, sid: store.services_of(sid),
        Service,
        op.save_service,
        "service",
        op.end_service,
        "service_id",
        translate("IepServices", "Add a service"),
        translate("IepServices", "Edit a service"),
        translate("IepServices", "End a service"),
    )


def _accommodations() -> _Kind:
    return _Kind(
        translate("IepServices", "Accommodations"),
        (
            ("text", translate("IepServices", "Accommodation")),
            ("applies_in", translate("IepServices", "Where it applies")),
        ),
        lambda store, sid: store.accommodations_of(sid),
        Accommodation,
        op.save_accommodation,
        "accommodation",
        op.end_accommodation,
        "accommodation_id",
        translate("IepServices", "Add an accommodation"),
        translate("IepServices", "Edit an accommodation"),
        translate("IepServices", "End an accommodation"),
    )


class RecordList(QGroupBox):
    """One kind's table, fields for the chosen (or a new) row, and its buttons."""

    def __init__(self, kind: _Kind, desk: Desk, today: Callable[[], date],
                 parent: QWidget | None = None):
        super().__init__(kind.title, parent)
        self.kind = kind
        self.desk = desk
        self.today = today
        self.student_id: int | None = None
        self.rows: list = []
        self.read_only = False
        self.table = QTableWidget(0, len(kind.columns))
        self.table.setAccessibleName(kind.title)
        self.table.setHorizontalHeaderLabels([heading for _, heading in kind.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(100)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.fields: dict[str, QLineEdit] = {}
        entry = QHBoxLayout()
        for name, heading in kind.columns:
            field = QLineEdit()
            field.setPlaceholderText(heading)
            field.setAccessibleName(heading)
            field.returnPressed.connect(self.save)
            self.fields[name] = field
            entry.addWidget(field, 2 if name in ("what", "text") else 1)
        self.add_button = QPushButton(translate("IepServices", "Add"))
        self.add_button.setAccessibleName(kind.add_text)
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(translate("IepServices", "Save changes"))
        self.save_button.setAccessibleName(kind.change_text)
        self.save_button.clicked.connect(self.save)
        self.end_button = QPushButton(translate("IepServices", "End"))
        self.end_button.setAccessibleName(kind.end_text)
        self.end_button.setToolTip(
            translate("IepServices", "No longer on the IEP (kept in the file).")
        )
        self.end_button.clicked.connect(self.end)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.end_button):
            buttons.addWidget(button)
        self.message = FieldMessage()
        buttons.addWidget(self.message, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(entry)
        column.addLayout(buttons)
        self.show_student(None)

    def show_student(self, student_id: int | None) -> None:
        self.student_id = student_id
        self.refresh()

    def current(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        first_cell = self.table.item(rows[0].row(), 0)
        if first_cell is None:  # a row still being filled
            return None
        row_id = first_cell.data(ID_ROLE)
        return next((r for r in self.rows if r.id == row_id), None)

    def refresh(self) -> None:
        chosen = self.current()
        self.rows = ([] if self.student_id is None
                     else self.kind.load(self.desk.stores.goals, self.student_id))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, record in enumerate(self.rows):
            for column, (name, _) in enumerate(self.kind.columns):
                cell = QTableWidgetItem(getattr(record, name))
                cell.setData(ID_ROLE, record.id)
                self.table.setItem(row, column, cell)
        self.table.clearSelection()
        if chosen is not None:
            for row, record in enumerate(self.rows):
                if record.id == chosen.id:
                    self.table.selectRow(row)
        self.table.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        record = self.current()
        for name, field in self.fields.items():
            field.setText(getattr(record, name) if record is not None else "")
        self._update_enabled()

    def _update_enabled(self) -> None:
        student = self.student_id is not None and not self.read_only
        chosen = student and self.current() is not None
        for field in self.fields.values():
            field.setEnabled(student)
        self.add_button.setEnabled(student)
        self.save_button.setEnabled(chosen)
        self.end_button.setEnabled(chosen)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_enabled()

    def _values(self) -> list[str]:
        return [typed_text(self.fields[name]) for name, _ in self.kind.columns]

    def _run(self, operation, undo_text: str, **arguments):
        def report(text: str | None) -> None:
            if text:
                self.message.show_message(text)
            else:
                self.message.clear_message()
        result = self.desk.run(operation, undo_text=undo_text, report=report, source=self,
                               **arguments)
        if result is not None:
            self.refresh()
        return result

    def add(self) -> None:
        """The fields' values as a new row."""
        if self.student_id is None or self.read_only:
            return
        record = self.kind.make(None, self.student_id, *self._values())
        if self._run(self.kind.save, self.kind.add_text, **{self.kind.save_name: record}):
            self.table.clearSelection()
            for field in self.fields.values():
                field.clear()

    def save(self) -> None:
        """Enter: changes the chosen row, or adds a new one when none is chosen."""
        chosen = self.current()
        if chosen is None:
            self.add()
            return
        if self.read_only:
            return
        record = self.kind.make(chosen.id, chosen.student_id, *self._values())
        self._run(self.kind.save, self.kind.change_text, **{self.kind.save_name: record})

    def end(self) -> None:
        chosen = self.current()
        if chosen is not None and not self.read_only:
            self._run(self.kind.end, self.kind.end_text,
                      **{self.kind.end_name: chosen.id, "on": self.today()})


def services_list(desk: Desk, today: Callable[[], date]) -> RecordList:
    return RecordList(_services(), desk, today)


def accommodations_list(desk: Desk, today: Callable[[], date]) -> RecordList:
    return RecordList(_accommodations(), desk, today)

"""Meetings that were held but are not closed yet (the after-the-meeting checklist is not
complete), for the caseload pane: `NotClosedWidget`, or `not_closed_meetings()` for a
list of rows to show some other way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import decisions as app_decisions
from iep_desk.app.changes import Changes
from iep_desk.core.checklist import after_meeting_checklist
from iep_desk.resources import checklist_texts
from iep_desk.storage.stores import Stores
from iep_desk.ui.dates import date_text
from iep_desk.ui.desk import Desk, stored_id
from iep_desk.ui.labels import window_language
from iep_desk.ui.planner import labels as L
from iep_desk.ui.translate import translate


@dataclass(frozen=True)
class NotClosedMeeting:
    meeting_id: int
    student_id: int
    student_name: str
    held_at: datetime | None
    # The texts of the after-the-meeting items still to do.
    still_to_do: tuple[str, ...]


def not_closed_meetings(stores: Stores, *,
                        student_id: int | None = None) -> list[NotClosedMeeting]:
    """Held meetings whose after-the-meeting checklist is not complete, oldest first."""
    held = [m for m in stores.checklist.held_meetings_not_closed()
            if student_id is None or m.student_id == student_id]
    if not held:
        return []
    names = stores.caseload.student_names()
    found = []
    texts = checklist_texts(window_language())
    for meeting in held:
        meeting_id = stored_id(meeting.id)
        state = after_meeting_checklist(
            stores.checklist.ticks_of(meeting_id), texts,
            prior_notice_due=app_decisions.prior_notice_due(stores, meeting_id=meeting_id),
            say_date=date_text)
        found.append(NotClosedMeeting(meeting_id, meeting.student_id,
                                      names.get(meeting.student_id, "?"), meeting.starts_at,
                                      tuple(item.text for item in state.open_items)))
    return found


class NotClosedWidget(QWidget):
    """A short table of held meetings not closed yet. Activating a row (Enter or a double
    click) emits `meetingRequested(meeting_id)`: the main window opens it in the review pane."""

    meetingRequested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.stores = desk.stores
        self.student_id: int | None = None
        self.rows: list[NotClosedMeeting] = []
        self.setAccessibleName(translate("Review", "Meetings not closed yet"))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("Review", "Meetings not closed yet"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Review", "Held on"),
                translate("Review", "Student"),
                translate("Review", "Still to do"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        desk.changed.connect(self._changes)
        self.refresh()

    def _changes(self, changes: Changes, _source: object) -> None:
        if changes.checklist or changes.meetings or changes.students or changes.agenda:
            self.refresh()

    def for_student(self, student_id: int | None) -> NotClosedWidget:
        """Show only one student's meetings (None: the whole caseload)."""
        self.student_id = student_id
        self.refresh()
        return self

    def refresh(self) -> None:
        self.rows = not_closed_meetings(self.stores, student_id=self.student_id)
        self.table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            texts = (L.when_text(entry.held_at), entry.student_name,
                     "; ".join(entry.still_to_do))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.meeting_id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.caption.setText(
            translate("Review", "Meetings held but not closed yet: %1").replace(
                "%1", str(len(self.rows))
            )
            if self.rows
            else translate("Review", "Every meeting held is closed.")
        )

    def _activated(self, index) -> None:
        if 0 <= index.row() < len(self.rows):
            self.meetingRequested.emit(self.rows[index.row()].meeting_id)

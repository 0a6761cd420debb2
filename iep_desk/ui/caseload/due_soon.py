"""Due soon: every open deadline overdue or due in the next 30, 60 or 90 days, soonest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import iep_record
from iep_desk.core import deadlines as dl
from iep_desk.core.deadlines import Deadline
from iep_desk.ui import labels
from iep_desk.ui.dates import date_text
from iep_desk.ui.plurals import plural
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import (
    URGENCY_BACKGROUNDS,
    WheelSafeComboBox,
    keep_rows_visible,
    urgency_icon,
)

HORIZONS = (30, 60, 90)


def what_is_due(deadline: Deadline) -> str:
    """The "What is due" text; an entry from the IEP record (app.iep_record.due_soon) says
    which goals or people it is about."""
    if isinstance(deadline, iep_record.RecordDeadline):
        about = ", ".join(deadline.detail)
        if deadline.kind == iep_record.PROGRESS_REPORT:
            return translate(
                "DueSoonView", "Progress report: note progress on %1").replace("%1", about)
        return translate(
            "DueSoonView", "Reissue the IEP at a glance to %1").replace("%1", about)
    return labels.deadline_label(deadline.kind)


class DueSoonView(QWidget):
    """`open_student(student_id)` is emitted on double-click or Enter on a row."""

    open_student = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.horizon = WheelSafeComboBox()
        for days in HORIZONS:
            self.horizon.addItem(self.tr("Overdue and due in the next %d days") % days, days)
        self.horizon.setAccessibleName(self.tr("How far ahead to look"))
        self.horizon.currentIndexChanged.connect(lambda _: self._fill())
        caption = QLabel(self.tr("Show:"))
        caption.setBuddy(self.horizon)
        self.summary = QLabel()

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Deadlines due soon"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Student"), self.tr("What is due"), self.tr("Date"), self.tr("Days left"),
            self.tr("Urgency")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        keep_rows_visible(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 300, 100, 100)):
            self.table.setColumnWidth(column, width)
        # activated: Enter on every platform, and double-click (or single, per the style).
        self.table.activated.connect(self._activated)
        # Opening twice (activated and doubleClicked both fire) is harmless: it is idempotent.
        self.table.doubleClicked.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(caption)
        top.addWidget(self.horizon)
        top.addStretch(1)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._deadlines: list[Deadline] = []
        self._names: dict[int, str] = {}
        self._today = date.today()

    @property
    def within_days(self) -> int:
        return int(self.horizon.currentData())

    def set_within_days(self, days: int) -> None:
        self.horizon.setCurrentIndex(HORIZONS.index(days))

    def set_deadlines(self, deadlines: list[Deadline], names: dict[int, str], today: date) -> None:
        self._deadlines, self._names, self._today = deadlines, names, today
        self._fill()

    def shown(self) -> list[Deadline]:
        """The deadlines listed now, in the order shown (missing IEP dates among the urgent:
        core.deadlines.needs_iep_dates is due today)."""
        return dl.due_soon(self._deadlines, self._today, self.within_days)

    def _fill(self) -> None:
        shown = self.shown()
        self.table.setRowCount(len(shown))
        for row, deadline in enumerate(shown):
            days = deadline.days_left(self._today)
            urgency = deadline.urgency(self._today)
            word = labels.urgency_word(urgency)
            missing_dates = deadline.kind == dl.NEEDS_IEP_DATES
            student_id = deadline.student_id
            cells = [
                "—" if student_id is None else self._names.get(student_id, "—"),
                what_is_due(deadline),
                "—" if missing_dates else date_text(deadline.due),
                "—" if missing_dates else labels.when_text(days),
                word,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, deadline.student_id)
                if urgency in URGENCY_BACKGROUNDS:
                    item.setBackground(URGENCY_BACKGROUNDS[urgency])
                    item.setForeground(Qt.GlobalColor.black)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{text} ({word})" if column == 0 and word else text,
                )
                if column == 4:
                    icon = urgency_icon(urgency)
                    if icon is not None:
                        item.setIcon(icon)
                self.table.setItem(row, column, item)
        if shown:
            self.summary.setText(plural(self.tr("%n deadline(s)", "", len(shown)), len(shown)))
        else:
            self.summary.setText(self.tr("Nothing overdue and nothing due in this time."))

    def _activated(self, index) -> None:
        student_id = index.data(Qt.ItemDataRole.UserRole)
        if student_id is not None:
            self.open_student.emit(int(student_id))

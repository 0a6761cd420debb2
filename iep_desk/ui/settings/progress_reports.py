"""Settings ▸ Progress reports: the district's progress-report dates (often the report-card
dates). Near each one, Due soon lists every student's goals with no progress note since the
report before it. Each change saves itself at once, as one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import iep_record as op
from iep_desk.app.changes import Changes
from iep_desk.core.dates import DateFormatError
from iep_desk.ui.dates import DateField, date_text, parse_day
from iep_desk.ui.desk import Desk
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage

TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Progress reports")

DAY_ROLE = Qt.ItemDataRole.UserRole


class Page(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setAccessibleName(translate("ProgressReportsPage", "Progress-report dates"))
        intro = QLabel(
            translate(
                "ProgressReportsPage",
                "The dates progress reports go home (often with report cards). "
                "As each one comes near, Due soon lists the goals with no progress "
                "note since the report before it.",
            )
        )
        intro.setWordWrap(True)
        self.dates = QListWidget()
        self.dates.setAccessibleName(translate("ProgressReportsPage", "Progress-report dates"))
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.dates)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_chosen)
        self.new_date = DateField()
        self.new_date.setAccessibleName(translate("ProgressReportsPage", "Date to add"))
        self.new_date.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(translate("ProgressReportsPage", "&Add date"))
        self.add_button.setAccessibleName(translate("ProgressReportsPage", "Add the date"))
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(translate("ProgressReportsPage", "&Remove date"))
        self.remove_button.setAccessibleName(
            translate("ProgressReportsPage", "Remove the chosen date")
        )
        self.remove_button.clicked.connect(self.remove_chosen)
        self.message = FieldMessage()
        row = QHBoxLayout()
        row.addWidget(self.new_date)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.dates, 1)
        column.addLayout(row)
        column.addWidget(self.message)
        desk.changed.connect(self._changes)
        self.refresh()

    def shown(self) -> list[date]:
        return [self.dates.item(i).data(DAY_ROLE) for i in range(self.dates.count())]

    def refresh(self) -> None:
        self.dates.clear()
        for day in self.desk.stores.goals.reporting_periods().dates:
            item = QListWidgetItem(date_text(day))
            item.setData(DAY_ROLE, day)
            self.dates.addItem(item)

    def _changes(self, changes: Changes, source: object) -> None:
        if changes.settings and source is not self:
            self.refresh()

    def _save(self, days: list[date], undo_text: str) -> bool:
        def report(text: str | None) -> None:
            if text:
                self.message.show_message(text)
            else:
                self.message.clear_message()
        saved = self.desk.run(op.save_reporting_periods, dates=days, source=self,
                              report=report, undo_text=undo_text) is not None
        if saved:
            self.refresh()
        return saved

    def add_typed(self) -> None:
        try:
            day = parse_day(self.new_date.text())
        except DateFormatError as error:
            self.message.show_message(str(error))
            return
        if day is None:
            self.message.show_message(
                translate(
                    "ProgressReportsPage", "Type the date to add, or pick it from the calendar."
                )
            )
            return
        if self._save(
            [*self.shown(), day], translate("ProgressReportsPage", "Add a progress-report date")
        ):
            self.new_date.clear()

    def remove_chosen(self) -> None:
        item = self.dates.currentItem()
        if item is None:
            return
        chosen = item.data(DAY_ROLE)
        self._save(
            [d for d in self.shown() if d != chosen],
            translate("ProgressReportsPage", "Remove a progress-report date"),
        )

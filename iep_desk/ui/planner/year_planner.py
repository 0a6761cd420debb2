"""Plan the year: every annual review and re-evaluation due in a range, placed in school hours
on school days before its due date (app.year_plan), shown as a list and a month view. The
teacher changes a day or a time, unticks what she will plan herself, then "Make drafts"
makes the rest in one step (one Undo takes them all back).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import year_plan
from iep_desk.core.year_planner import DUE_TOO_SOON, Placement, YearPlan
from iep_desk.ui import dates
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.desk import Desk
from iep_desk.ui.labels import name_in_text, window_language
from iep_desk.ui.planner import labels as L
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage

CLOSED_COLOR = QColor("#e6e6e6")
MEETING_COLOR = QColor("#d9e8fb")
FULL_COLOR = QColor("#ffe2b3")


def outside_text(names: tuple[str, ...]) -> str:
    """What a placement outside someone's weekly times says ("" when it suits everyone)."""
    if not names:
        return ""
    return translate(
        "YearPlanner", "Outside the weekly times of %1: no time before the due date suits "
        "them. Settle it with them, or change the time.",
    ).replace("%1", ", ".join(name_in_text(name) for name in names))


def reason_text(code: str) -> str:
    return {
        DUE_TOO_SOON: translate(
            "YearPlanner",
            "Due too soon: the notice days run past the due date. Plan it by hand "
            "and talk to the family about the date.",
        ),
    }.get(
        code,
        translate(
            "YearPlanner",
            "No room before the due date: every school day in its window is full or "
            "closed. Allow more meetings a day, or plan it by hand.",
        ),
    )


class YearPlannerDialog(QDialog):
    """The year's meetings. `today` (None: the clock) is the day planning starts from."""

    # The table's columns.
    MAKE, STUDENT, KIND, DUE, DAY, TIME, NOTE = range(7)

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.today = today or date.today()
        self.plan = YearPlan()
        self.made: list[int] = []
        self.setWindowTitle(translate("YearPlanner", "Plan the year"))
        self.names = desk.stores.caseload.student_names()
        # The school day: its closed days are refused, and "3:30" typed without AM or PM on
        # a 12-hour clock is read within its hours (3:30 PM).
        self.school_day = desk.stores.settings.planner_settings()
        self.closed_days = set(self.school_day.closed_days)

        self.from_edit = date_editor()
        self.from_edit.setAccessibleName(translate("YearPlanner", "From"))
        self.from_edit.setText(L.day_text(self.today))
        self.to_edit = date_editor()
        self.to_edit.setAccessibleName(translate("YearPlanner", "To"))
        self.to_edit.setText(L.day_text(self.today + timedelta(days=300)))
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 8)
        self.per_day.setValue(2)
        self.per_day.setAccessibleName(translate("YearPlanner", "Most meetings a day"))
        self.place_button = QPushButton(translate("YearPlanner", "&Place the meetings"))
        self.place_button.setAccessibleName(translate("YearPlanner", "Place the meetings"))
        self.place_button.clicked.connect(self.place)
        form = QFormLayout()
        form.addRow(translate("YearPlanner", "&From:"), self.from_edit)
        form.addRow(translate("YearPlanner", "&To:"), self.to_edit)
        form.addRow(translate("YearPlanner", "Most meetings a &day:"), self.per_day)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.place_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)

        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(translate("YearPlanner", "Meetings placed"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("YearPlanner", "Make"),
                translate("YearPlanner", "Student"),
                translate("YearPlanner", "Kind"),
                translate("YearPlanner", "Due by"),
                translate("YearPlanner", "Day"),
                translate("YearPlanner", "Start"),
                translate("YearPlanner", "Note"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._edited)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(translate("YearPlanner", "Month view"))
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self._show_day)
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.day_label.setAccessibleName(translate("YearPlanner", "Meetings on the chosen day"))
        month = QVBoxLayout()
        month.addWidget(self.calendar)
        month.addWidget(self.day_label)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(month, 2)

        self.not_placed = QListWidget()
        self.not_placed.setAccessibleName(
            translate("YearPlanner", "Meetings that could not be placed")
        )
        self.not_placed.setMaximumHeight(100)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("YearPlanner", "The plan"))
        self.message = FieldMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = buttons.addButton(translate("YearPlanner", "&Make drafts"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.setAccessibleName(
            translate("YearPlanner", "Make drafts of the ticked meetings")
        )
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make_drafts)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(middle, 1)
        layout.addWidget(QLabel(translate("YearPlanner", "Could not be placed:")))
        layout.addWidget(self.not_placed)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1100, 680)

    # -- placing ----------------------------------------------------------------------------
    def place(self) -> bool:
        """Place every meeting due in the range; False (with a message) when the range is
        not two dates in order."""
        try:
            first, last = dates.parse_day(self.from_edit.text()), dates.parse_day(
                self.to_edit.text())
        except ValueError as error:
            self.message.show_message(str(error))
            return False
        if first is None or last is None:
            self.message.show_message(
                translate("YearPlanner", "Enter the first and the last day of the range.")
            )
            return False
        try:
            self.plan = year_plan.propose(self.desk.stores, first_day=first, last_day=last,
                                          most_per_day=self.per_day.value(), today=self.today)
        except ValueError as error:
            self.message.show_message(error_text(error))
            return False
        self.message.clear_message()
        self._fill()
        return True

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for placement in self.plan.placed:
            row = self.table.rowCount()
            self.table.insertRow(row)
            wanted = placement.meeting
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked)
            tick.setData(
                Qt.ItemDataRole.AccessibleTextRole, translate("YearPlanner", "Make this draft")
            )
            self.table.setItem(row, self.MAKE, tick)
            kind = L.label(L.MEETING_TYPE_LABELS, wanted.meeting_type)
            for column, text in ((self.STUDENT, self.names.get(wanted.student_id, "?")),
                                 (self.KIND, kind), (self.DUE, L.day_text(wanted.due_by))):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)
            self.table.setItem(row, self.DAY, QTableWidgetItem(
                L.day_text(placement.starts_at.date())))
            self.table.setItem(row, self.TIME, QTableWidgetItem(
                L.time_text(placement.starts_at.time())))
            note = QTableWidgetItem(outside_text(placement.outside_times_of))
            note.setToolTip(note.text())  # the whole sentence, when the column is narrower
            note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, self.NOTE, note)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.not_placed.clear()
        for missed in self.plan.not_placed:
            wanted = missed.meeting
            self.not_placed.addItem(translate("YearPlanner", "%1, %2 due %3: %4")
                                    .replace("%1", self.names.get(wanted.student_id, "?"))
                                    .replace("%2", L.label(L.MEETING_TYPE_LABELS,
                                                           wanted.meeting_type))
                                    .replace("%3", L.day_text(wanted.due_by))
                                    .replace("%4", reason_text(missed.code)))
        self.summary.setText(
            translate(
                "YearPlanner",
                "%1 meetings placed, %2 could not be placed. Change a day or a "
                "time in the list, untick the ones you will plan yourself, then "
                "Make drafts.",
            )
            .replace("%1", str(len(self.plan.placed)))
            .replace("%2", str(len(self.plan.not_placed)))
        )
        self.make_button.setEnabled(bool(self.plan.placed))
        self._paint_month()

    # -- the teacher's changes ------------------------------------------------------------------
    def placement_at(self, row: int) -> Placement:
        """The row's placement with the day and time as typed. Raises ValueError with a
        message for a day or time that cannot be read, a closed day, or a day after the
        due date."""
        placement = self.plan.placed[row]
        day = dates.parse_day(self._cell_text(row, self.DAY))
        start = dates.parse_clock(self._cell_text(row, self.TIME), school_day=self.school_day)
        if day is None or start is None:
            raise ValueError(
                translate("YearPlanner", "Enter a day and a start time for each ticked meeting.")
            )
        if day.weekday() >= 5 or day in self.closed_days:
            raise ValueError(
                translate("YearPlanner", "%1 is not a school day.").replace("%1", L.day_text(day))
            )
        if day > placement.meeting.due_by:
            raise ValueError(translate("YearPlanner", "%1 is after the due date (%2).").replace(
                "%1", L.day_text(day)).replace("%2", L.day_text(placement.meeting.due_by)))
        starts = datetime.combine(day, start)
        return replace(placement, starts_at=starts,
                       ends_at=starts + (placement.ends_at - placement.starts_at))

    def _cell_text(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text() if cell is not None else ""  # a cell never filled reads empty

    def ticked_rows(self) -> list[int]:
        return [row for row in range(self.table.rowCount())
                if (cell := self.table.item(row, self.MAKE)) is not None
                and cell.checkState() == Qt.CheckState.Checked]

    def _edited(self, item: QTableWidgetItem) -> None:
        try:
            self.placement_at(item.row())
        except ValueError as error:
            self.message.show_message(str(error))
            return
        self.message.clear_message()
        self._paint_month()

    def _current(self) -> list[Placement]:
        """The ticked placements as they stand (rows that cannot be read are left out)."""
        found = []
        for row in self.ticked_rows():
            try:
                found.append(self.placement_at(row))
            except ValueError:
                continue
        return found

    # -- the month view ---------------------------------------------------------------------------
    def _paint_month(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear every day
        for day in self.closed_days:
            fmt = QTextCharFormat()
            fmt.setBackground(CLOSED_COLOR)
            fmt.setToolTip(translate("YearPlanner", "School closed"))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        counts: dict[date, int] = {}
        for placement in self._current():
            counts[placement.starts_at.date()] = counts.get(placement.starts_at.date(), 0) + 1
        for day, count in counts.items():
            fmt = QTextCharFormat()
            fmt.setBackground(FULL_COLOR if count >= self.per_day.value() else MEETING_COLOR)
            fmt.setFontWeight(700)
            fmt.setToolTip(translate("YearPlanner", "%1 meetings").replace("%1", str(count)))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        chosen = dates.day_of(self.calendar.selectedDate())
        if counts and chosen not in counts:
            # Show the first day with meetings (the teacher's own choice of day stays).
            first = min(counts)
            self.calendar.setSelectedDate(QDate(first.year, first.month, first.day))
        self._show_day()

    def meetings_on(self, day: date) -> list[str]:
        return [f"{L.time_text(p.starts_at.time())} {self.names.get(p.meeting.student_id, '?')}"
                for p in sorted(self._current(), key=lambda p: p.starts_at)
                if p.starts_at.date() == day]

    def _show_day(self) -> None:
        chosen = dates.day_of(self.calendar.selectedDate())
        found = self.meetings_on(chosen)
        self.day_label.setText(
            L.day_text(chosen)
            + ": "
            + ("; ".join(found) if found else translate("YearPlanner", "no meetings placed"))
        )

    # -- making the drafts -------------------------------------------------------------------------
    def make_drafts(self) -> list[int]:
        """Drafts of the ticked meetings, as adjusted (one undo step); their ids."""
        placements = []
        for row in self.ticked_rows():
            try:
                placements.append(self.placement_at(row))
            except ValueError as error:
                self.message.show_message(str(error))
                self.table.selectRow(row)
                return []
        result = self.desk.run(
            year_plan.make_drafts,
            placements=placements,
            today=self.today,
            agenda_language=window_language(),
            undo_text=translate("YearPlanner", "Make %1 drafts").replace(
                "%1", str(len(placements))
            ),
            report=self._report,
            source=self,
        )
        if result is None:
            return []
        self.made = list(result.value or [])
        self.summary.setText(
            translate(
                "YearPlanner",
                "Made %1 draft meetings. They are in the meeting planner; Undo "
                "takes them all back.",
            ).replace("%1", str(len(self.made)))
        )
        self.make_button.setEnabled(False)
        return self.made

    def _report(self, text: str | None) -> None:
        self.message.say(text)

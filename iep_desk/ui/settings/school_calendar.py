"""Settings ▸ School calendar: the school day's hours, the days and ranges the school is
closed (typed in, or imported from the district's .ics calendar after the teacher ticks which
events are closures), the usual length of each kind of meeting, and after how many weeks
without a progress contact the planner warns.

Every change saves all planner settings through one app operation
(app.settings.save_planner_settings): one undo step each, and Find a time and the week view
follow from the change notification.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import settings as app_settings
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import MEETING_TYPES
from iep_desk.core.planner_settings import MAX_DURATION_MINUTES, PlannerSettings
from iep_desk.core.school_calendar import (
    NO_ALL_DAY_EVENTS,
    CalendarFileError,
    ClosedPeriod,
    closed_periods_from_ics,
    merge_periods,
)
from iep_desk.ui.dates import (
    DateField,
    DateFormatError,
    date_text,
    parse_clock,
    parse_day,
    time_text,
)
from iep_desk.ui.desk import Desk
from iep_desk.ui.planner import labels as L
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeSpinBox, typed_text

TITLE = QT_TRANSLATE_NOOP("SettingsPages", "School calendar")


def period_text(period: ClosedPeriod) -> str:
    """"12/21/2026" or "12/21/2026 to 1/1/2027"."""
    if period.first == period.last:
        return date_text(period.first)
    return (
        translate("SchoolCalendarPage", "%1 to %2")
        .replace("%1", date_text(period.first))
        .replace("%2", date_text(period.last))
    )


# The longest closure typed in the dialog: a summer break fits, a mistyped year does not.
LONGEST_TYPED_CLOSURE_DAYS = 366


class ClosedPeriodDialog(QDialog):
    """One closed day or range: first day, last day (empty: the same day), why."""

    def __init__(self, parent: QWidget | None = None, period: ClosedPeriod | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SchoolCalendarPage", "School closed"))
        self.setAccessibleName(translate("SchoolCalendarPage", "School closed"))
        self.first = DateField()
        self.first.setAccessibleName(translate("SchoolCalendarPage", "First day closed"))
        self.last = DateField()
        self.last.setAccessibleName(translate("SchoolCalendarPage", "Last day closed"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("SchoolCalendarPage", "Why the school is closed"))
        self.reason.setPlaceholderText(translate("SchoolCalendarPage", "For example: Winter break"))
        if period is not None:
            self.first.setText(date_text(period.first))
            self.last.setText(date_text(period.last) if period.last != period.first else "")
            self.reason.setText(period.reason)
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(translate("SchoolCalendarPage", "&First day:"), self.first)
        form.addRow(translate("SchoolCalendarPage", "&Last day (empty for one day):"), self.last)
        form.addRow(translate("SchoolCalendarPage", "&Why:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def period(self) -> ClosedPeriod:
        """What was typed; raises ValueError with a message for the teacher."""
        first = parse_day(self.first.text())
        if first is None:
            raise ValueError(
                translate("SchoolCalendarPage", "Write the first day the school is closed.")
            )
        last = parse_day(self.last.text()) or first
        if last < first:
            raise ValueError(
                translate("SchoolCalendarPage", "The last day comes before the first day.")
            )
        if (last - first).days >= LONGEST_TYPED_CLOSURE_DAYS:
            # A year mistyped (1/4/2072 for 1/4/2027) would close the school for decades and
            # Find a time would never again find a day.
            raise ValueError(
                translate(
                    "SchoolCalendarPage",
                    "From the first day to the last is more than a year. Check the year of "
                    "the last day.",
                )
            )
        return ClosedPeriod(first, last, " ".join(typed_text(self.reason).split()))

    def accept(self) -> None:
        try:
            self.period()
        except (ValueError, DateFormatError) as error:
            self.message.show_message(str(error))
            return
        super().accept()


def left_out_text(left_out: list[str]) -> str:
    """The events of a calendar file that did not become closed days, and why as a group."""
    return translate(
        "SchoolCalendarPage",
        "Left out (events with a time of day, with a date that cannot be read, repeating, or "
        "longer than two months): %1",
    ).replace("%1", "; ".join(left_out))


class ImportClosuresDialog(QDialog):
    """The all-day events of a calendar file, each with a check box: only the ticked ones
    become closed days (a district calendar also has early release days, picture day...)."""

    def __init__(self, periods: list[ClosedPeriod], left_out: list[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SchoolCalendarPage", "Import closed days"))
        self.setAccessibleName(translate("SchoolCalendarPage", "Import closed days"))
        self.periods = list(periods)
        intro = QLabel(
            translate(
                "SchoolCalendarPage",
                "Tick the days when the school is closed. Only those become closed "
                "days; nothing is added until you choose Add.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("SchoolCalendarPage", "Events in the calendar file"))
        for period in self.periods:
            item = QListWidgetItem(f"{period_text(period)}   {period.reason}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        if left_out:
            note = QLabel(left_out_text(left_out))
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        add = buttons.addButton(
            translate("SchoolCalendarPage", "&Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        add.setAccessibleName(translate("SchoolCalendarPage", "Add the ticked days"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def chosen(self) -> list[ClosedPeriod]:
        return [period for row, period in enumerate(self.periods)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


class Page(QWidget):
    """Shows the planner settings on file; each change saves them all (one undo step)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setAccessibleName(translate("SchoolCalendarPage", "School calendar"))
        self.message = FieldMessage()

        hours = self._hours_box()
        closed = self._closed_days_box()
        lengths = self._lengths_box()
        contact = self._contact_box()
        layout = QVBoxLayout(self)
        layout.addWidget(hours)
        layout.addWidget(closed, 1)
        layout.addWidget(self.message)
        lower = QHBoxLayout()
        lower.addWidget(lengths, 1)
        lower.addWidget(contact, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(lower)
        self._shown: list[ClosedPeriod] = []
        desk.changed.connect(self._changes)
        self.refresh()

    def _hours_box(self) -> QGroupBox:
        """The school day's start and end, Find a time's bounds."""
        self.day_start = QLineEdit()
        self.day_start.setAccessibleName(translate("SchoolCalendarPage", "School day starts"))
        self.day_end = QLineEdit()
        self.day_end.setAccessibleName(translate("SchoolCalendarPage", "School day ends"))
        for edit in (self.day_start, self.day_end):
            edit.setMaximumWidth(120)
            edit.editingFinished.connect(self._hours_edited)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.day_start)
        hours_row.addWidget(QLabel(translate("SchoolCalendarPage", "to")))
        hours_row.addWidget(self.day_end)
        hours_row.addStretch(1)
        hours = QGroupBox(translate("SchoolCalendarPage", "School hours"))
        hours_layout = QVBoxLayout(hours)
        hint = QLabel(
            translate(
                "SchoolCalendarPage",
                "Find a time suggests meetings only between these times, on school days.",
            )
        )
        hint.setWordWrap(True)
        hours_layout.addWidget(hint)
        hours_layout.addLayout(hours_row)
        return hours

    def _closed_days_box(self) -> QGroupBox:
        """The days the school is closed, with their buttons."""
        self.closed_table = QTableWidget(0, 2)
        self.closed_table.setAccessibleName(
            translate("SchoolCalendarPage", "Days the school is closed")
        )
        self.closed_table.setHorizontalHeaderLabels(
            [translate("SchoolCalendarPage", "When"), translate("SchoolCalendarPage", "Why")]
        )
        self.closed_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closed_table.setTabKeyNavigation(False)
        self.closed_table.verticalHeader().hide()
        self.closed_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.closed_table.horizontalHeader().setStretchLastSection(True)
        self.closed_table.setMinimumHeight(160)
        self.closed_table.itemSelectionChanged.connect(self._update_buttons)
        self.closed_table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(translate("SchoolCalendarPage", "A&dd…"))
        self.add_button.setAccessibleName(
            translate("SchoolCalendarPage", "Add a closed day or range")
        )
        self.add_button.clicked.connect(self.add_closed)
        self.edit_button = QPushButton(translate("SchoolCalendarPage", "&Edit…"))
        self.edit_button.setAccessibleName(
            translate("SchoolCalendarPage", "Edit the closed days chosen")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(translate("SchoolCalendarPage", "&Remove"))
        self.remove_button.setAccessibleName(
            translate("SchoolCalendarPage", "Remove the closed days chosen")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = QPushButton(
            translate("SchoolCalendarPage", "&Import the district's calendar…")
        )
        self.import_button.setAccessibleName(
            translate("SchoolCalendarPage", "Import closed days from a calendar file")
        )
        self.import_button.setToolTip(
            translate(
                "SchoolCalendarPage",
                "An .ics file from the district's website: its "
                "all-day events are shown for you to tick.",
            )
        )
        self.import_button.clicked.connect(lambda: self.import_calendar())
        closed_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            closed_buttons.addWidget(button)
        closed_buttons.addStretch(1)
        closed_buttons.addWidget(self.import_button)
        closed = QGroupBox(translate("SchoolCalendarPage", "Closed days"))
        closed_layout = QVBoxLayout(closed)
        closed_hint = QLabel(
            translate(
                "SchoolCalendarPage",
                "Holidays, breaks and training days: no meeting is suggested "
                "on them, and the week view greys them. Weekends are always "
                "left out.",
            )
        )
        closed_hint.setWordWrap(True)
        closed_layout.addWidget(closed_hint)
        closed_layout.addWidget(self.closed_table, 1)
        closed_layout.addLayout(closed_buttons)
        return closed

    def _lengths_box(self) -> QGroupBox:
        """The usual length of each kind of meeting."""
        self.length_spins: dict[str, WheelSafeSpinBox] = {}
        lengths = QGroupBox(translate("SchoolCalendarPage", "Usual length of a meeting"))
        lengths_form = QFormLayout(lengths)
        for kind in MEETING_TYPES:
            spin = WheelSafeSpinBox()
            spin.setRange(5, MAX_DURATION_MINUTES)
            spin.setSingleStep(5)
            spin.setSuffix(translate("SchoolCalendarPage", " minutes"))
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(
                translate("SchoolCalendarPage", "Length of a meeting: %1").replace(
                    "%1", L.label(L.MEETING_TYPE_LABELS, kind)
                )
            )
            spin.valueChanged.connect(lambda value, k=kind: self._length_changed(k, value))
            lengths_form.addRow(L.label(L.MEETING_TYPE_LABELS, kind), spin)
            self.length_spins[str(kind)] = spin
        return lengths

    def _contact_box(self) -> QGroupBox:
        """After how many weeks without a progress contact a family is flagged."""
        self.weeks_spin = WheelSafeSpinBox()
        self.weeks_spin.setRange(1, 52)
        self.weeks_spin.setSuffix(translate("SchoolCalendarPage", " weeks"))
        self.weeks_spin.setKeyboardTracking(False)
        self.weeks_spin.setAccessibleName(
            translate("SchoolCalendarPage", "Warn after weeks without a progress contact")
        )
        self.weeks_spin.valueChanged.connect(self._weeks_changed)
        contact = QGroupBox(translate("SchoolCalendarPage", "Keeping in touch"))
        # The caption above its field and wrapped, so that the page fits the Settings dialog
        # without a sideways scroll bar (beside it, it made the page 7 px too wide).
        caption = QLabel(
            translate("SchoolCalendarPage", "Warn when a family has had no progress contact for")
        )
        caption.setWordWrap(True)
        caption.setBuddy(self.weeks_spin)
        contact_layout = QVBoxLayout(contact)
        contact_layout.addWidget(caption)
        contact_layout.addWidget(self.weeks_spin, 0, Qt.AlignmentFlag.AlignLeft)
        contact_layout.addStretch(1)
        return contact

    # -- what is on file ---------------------------------------------------------------------
    def settings(self) -> PlannerSettings:
        return self.desk.stores.settings.planner_settings()

    def refresh(self) -> None:
        settings = self.settings()
        self.day_start.setText(time_text(settings.school_day_start))
        self.day_end.setText(time_text(settings.school_day_end))
        self._hours_shown = (self.day_start.text(), self.day_end.text())
        self._shown = list(settings.closed)
        self.closed_table.setRowCount(len(self._shown))
        for row, period in enumerate(self._shown):
            for column, text in enumerate((period_text(period), period.reason)):
                self.closed_table.setItem(row, column, QTableWidgetItem(text))
        for kind, spin in self.length_spins.items():
            spin.blockSignals(True)
            spin.setValue(settings.duration_for(kind))
            spin.blockSignals(False)
        self.weeks_spin.blockSignals(True)
        self.weeks_spin.setValue(settings.weeks_without_progress_contact)
        self.weeks_spin.blockSignals(False)
        self._update_buttons()

    def _changes(self, changes: Changes, source: object) -> None:
        if changes.settings and source is not self:
            self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.closed_table.currentRow() >= 0 and bool(
            self.closed_table.selectionModel().selectedRows())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def save(self, settings: PlannerSettings, undo_text: str) -> bool:
        """Save every planner setting (one undo step); False, with the reason shown, when
        refused."""
        def report(text: str | None) -> None:
            if text:
                self.message.show_message(text)
            else:
                self.message.clear_message()
        done = self.desk.run(app_settings.save_planner_settings, settings=settings,
                             undo_text=undo_text, report=report, source=self) is not None
        self.refresh()  # what the file holds (the old values after a refusal)
        return done

    # -- school hours ---------------------------------------------------------------------------
    def _hours_edited(self) -> None:
        """Enter or leaving a field: save the hours when they changed and can be right; a
        refused time stays in the field, with the reason beside it."""
        typed = (self.day_start.text(), self.day_end.text())
        if typed == self._hours_shown:
            return
        try:
            start = parse_clock(typed[0])
            end = parse_clock(typed[1])
        except ValueError as error:
            self.message.show_message(str(error))
            return
        if start is None or end is None:
            self.message.show_message(
                translate("SchoolCalendarPage", "Write when the school day starts and ends.")
            )
            return
        wanted = replace(self.settings(), school_day_start=start, school_day_end=end)
        problems = wanted.problems()
        if problems:
            self.message.show_message(problem_text(problems[0]))
            return
        self.save(wanted, translate("SchoolCalendarPage", "Change the school hours"))

    # -- closed days ------------------------------------------------------------------------------
    def ask_period(self, period: ClosedPeriod | None = None) -> ClosedPeriod | None:
        dialog = ClosedPeriodDialog(self, period)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.period()

    def add_closed(self) -> bool:
        period = self.ask_period()
        if period is None:
            return False
        settings = self.settings()
        return self.save(replace(settings, closed=merge_periods([*settings.closed, period])),
                         translate("SchoolCalendarPage", "Add a closed day"))

    def _selected(self) -> ClosedPeriod | None:
        row = self.closed_table.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def edit_selected(self) -> bool:
        old = self._selected()
        if old is None:
            return False
        new = self.ask_period(old)
        if new is None or new == old:
            return False
        settings = self.settings()
        kept = [p for p in settings.closed if p != old]
        return self.save(replace(settings, closed=merge_periods([*kept, new])),
                         translate("SchoolCalendarPage", "Change a closed day"))

    def remove_selected(self) -> bool:
        old = self._selected()
        if old is None:
            return False
        settings = self.settings()
        return self.save(replace(settings, closed=[p for p in settings.closed if p != old]),
                         translate("SchoolCalendarPage", "Remove a closed day"))

    def import_calendar(self, path: str | Path | None = None) -> int:
        """Read a district calendar (.ics), let the teacher tick its closures, add them.
        Returns how many periods were added (0 after a message when the file cannot be read)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("SchoolCalendarPage", "Import the district's calendar"), "",
                translate("SchoolCalendarPage", "Calendar files (*.ics);;All files (*)"))
            if not path:
                return 0
        try:
            data = Path(path).read_bytes()
        except OSError:
            self.message.show_message(
                translate(
                    "SchoolCalendarPage",
                    "The file could not be opened. Check that it is "
                    "still there and that you may read it.",
                )
            )
            return 0
        try:
            found = closed_periods_from_ics(data)
        except CalendarFileError as error:
            if error.code == NO_ALL_DAY_EVENTS:
                self.message.show_message(translate("SchoolCalendarPage",
                    "This calendar has no all-day events, so there are no closed days to "
                    "take from it. Add them with Add… instead."))
            else:
                self.message.show_message(translate("SchoolCalendarPage",
                    "This file is not a calendar IEP Desk can read. Save the district's "
                    "calendar as an .ics (iCalendar) file and try again."))
            return 0
        left_out = found.timed + found.unreadable + found.repeating + found.too_long
        if not found.periods:  # every event was left out: say which, and why
            self.message.show_message(left_out_text(left_out))
            return 0
        settings = self.settings()
        new = [p for p in found.periods if p not in settings.closed]
        if not new:
            self.message.show_message(
                translate(
                    "SchoolCalendarPage",
                    "Every closed day in this calendar is already on the list.",
                )
            )
            return 0
        dialog = ImportClosuresDialog(new, left_out, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        chosen = dialog.chosen()
        if not chosen:
            return 0
        if not self.save(replace(settings, closed=merge_periods([*settings.closed, *chosen])),
                         translate("SchoolCalendarPage", "Import closed days")):
            return 0
        return len(chosen)

    # -- lengths and weeks --------------------------------------------------------------------------
    def _length_changed(self, kind: str, minutes: int) -> None:
        settings = self.settings()
        durations = dict(settings.default_durations)
        durations[kind] = minutes
        self.save(replace(settings, default_durations=durations),
                  translate("SchoolCalendarPage", "Change the usual length of a meeting"))

    def _weeks_changed(self, weeks: int) -> None:
        self.save(replace(self.settings(), weeks_without_progress_contact=weeks),
                  translate("SchoolCalendarPage", "Change the weeks without contact"))

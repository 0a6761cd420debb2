"""The student's annual goals: the list with each goal's status and the numbers behind it,
the goal editor, and the progress notes of the chosen goal (added from the keyboard).

Every change runs an app.iep_record operation through the Desk (one undo step each); the
section shows what the file holds after it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import iep_record as op
from iep_desk.core.goals import Goal, ProgressNote, Rating, goal_progress
from iep_desk.core.problems import ProblemError
from iep_desk.ui.caseload import goal_words as words
from iep_desk.ui.dates import DateField, DateFormatError, date_text, parse_day
from iep_desk.ui.desk import Desk, stored_id
from iep_desk.ui.drafts import Draft, line_drafts, may_leave, quoted, typed_in
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, typed_text

GOAL_ROLE = Qt.ItemDataRole.UserRole
# The status line sits under the goal, indented, so the list reads goal by goal.
STATUS_INDENT = "\u2003\u2003"


AnyWidget = TypeVar("AnyWidget", bound=QWidget)


def _named(widget: AnyWidget, name: str) -> AnyWidget:
    widget.setAccessibleName(name)
    return widget


def read_day(field: DateField) -> date | None:
    """The date typed in `field`, None when it is empty; ValueError (in the teacher's words)
    when it is not a date."""
    try:
        return parse_day(field.text())
    except DateFormatError as error:
        raise ValueError(str(error)) from error


def read_required_day(field: DateField) -> date:
    """The date typed in `field`; ValueError (in the teacher's words) when it is empty or not
    a date."""
    day = read_day(field)
    if day is None:
        raise ValueError(translate("IepGoals", "Enter the date."))
    return day


def read_number(field: QLineEdit) -> float | None:
    try:
        return words.parse_number(field.text())
    except ValueError as error:
        raise ProblemError("goal_not_a_number", value=field.text().strip()) from error


class GoalsSection(QGroupBox):
    """Goals, the goal editor and the chosen goal's progress notes."""

    def __init__(self, desk: Desk, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(translate("IepGoals", "Annual goals"), parent)
        self.desk = desk
        self.today = today
        self.student_id: int | None = None
        self.goals: list[Goal] = []
        self.notes: list[ProgressNote] = []
        self.read_only = False
        # The goal the editor shows (None: a new one), to tell what the teacher changed.
        self.loaded: Goal | None = None
        self._adding = False
        self._editor_student: int | None = None  # whose goal the editor holds

        buttons = self._build_goal_list()
        form = self._build_editor()
        entry = self._build_notes()
        column = QVBoxLayout(self)
        column.addWidget(self.goal_list)
        column.addLayout(buttons)
        column.addLayout(form)
        column.addWidget(self.notes_heading)
        column.addWidget(self.note_table)
        column.addLayout(entry)
        column.addWidget(self.note_message)
        self.show_student(None)

    def _build_goal_list(self) -> QHBoxLayout:
        """The goal list and the row of buttons under it."""
        self.goal_list = _named(
            QListWidget(), translate("IepGoals", "Goals, with where each one stands")
        )
        self.goal_list.setWordWrap(True)
        self.goal_list.setSpacing(3)  # each goal's two lines apart from the next goal's
        self.goal_list.setMinimumHeight(120)
        self.goal_list.currentItemChanged.connect(self._switching)
        self.new_button = _named(
            QPushButton(translate("IepGoals", "&New goal")), translate("IepGoals", "New goal")
        )
        self.new_button.clicked.connect(self.new_goal)
        self.up_button = _named(
            QPushButton(translate("IepGoals", "Move &up")),
            translate("IepGoals", "Move the goal up"),
        )
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = _named(
            QPushButton(translate("IepGoals", "Move do&wn")),
            translate("IepGoals", "Move the goal down"),
        )
        self.down_button.clicked.connect(lambda: self._move(1))
        self.end_button = _named(
            QPushButton(translate("IepGoals", "En&d goal")), translate("IepGoals", "End the goal")
        )
        self.end_button.setToolTip(
            translate(
                "IepGoals",
                "The goal belongs to an earlier IEP: it is kept with its "
                "notes, and no longer listed.",
            )
        )
        self.end_button.clicked.connect(self.end_goal)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.up_button, self.down_button, self.end_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _build_editor(self) -> QFormLayout:
        """The editor of the chosen goal."""
        self.area = _named(QLineEdit(), translate("IepGoals", "Area"))
        self.area.setPlaceholderText(translate("IepGoals", "Reading, Communication, Self-care…"))
        self.text = _named(QPlainTextEdit(), translate("IepGoals", "The goal in plain words"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(3 * self.text.fontMetrics().lineSpacing() + 14)
        self.measured_by = _named(QLineEdit(), translate("IepGoals", "How it is measured"))
        self.measured_by.setPlaceholderText(
            translate("IepGoals", "words read correctly in one minute")
        )
        self.unit = _named(QLineEdit(), translate("IepGoals", "Unit"))
        self.unit.setPlaceholderText(translate("IepGoals", "words a minute"))
        self.baseline = _named(QLineEdit(), translate("IepGoals", "Baseline"))
        self.baseline_on = _named(DateField(), translate("IepGoals", "Baseline date"))
        self.target = _named(QLineEdit(), translate("IepGoals", "Target"))
        self.target_by = _named(DateField(), translate("IepGoals", "Target date"))
        self.save_button = _named(
            QPushButton(translate("IepGoals", "&Save goal")), translate("IepGoals", "Save goal")
        )
        self.save_button.clicked.connect(self.save_goal)
        # A goal on file saves itself as each field is left, as every other form does; a new
        # one waits for Add goal (it needs its words first).
        for field in (self.area, self.measured_by, self.unit, self.baseline, self.baseline_on,
                      self.target, self.target_by):
            field.editingFinished.connect(self.flush)
        self.text.installEventFilter(self)
        self.goal_message = FieldMessage()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, editor in (
            (translate("IepGoals", "Area"), self.area),
            (translate("IepGoals", "The goal &in plain words"), self.text),
            (translate("IepGoals", "How it is measured"), self.measured_by),
            (translate("IepGoals", "Unit"), self.unit),
        ):
            form.addRow(self._caption(label, editor), editor)
        start = QHBoxLayout()
        start.addWidget(self.baseline)
        start.addWidget(self._caption(translate("IepGoals", "on"), self.baseline_on))
        start.addWidget(self.baseline_on)
        form.addRow(self._caption(translate("IepGoals", "&Baseline"), self.baseline), start)
        aim = QHBoxLayout()
        aim.addWidget(self.target)
        aim.addWidget(self._caption(translate("IepGoals", "b&y"), self.target_by))
        aim.addWidget(self.target_by)
        form.addRow(self._caption(translate("IepGoals", "Target"), self.target), aim)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.goal_message, 1)
        form.addRow(save_row)
        return form

    def _build_notes(self) -> QHBoxLayout:
        """The chosen goal's progress notes, and the row that adds one."""
        self.notes_heading = QLabel()
        self.notes_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_heading.setWordWrap(True)
        self.note_table = _named(
            QTableWidget(0, 4), translate("IepGoals", "Progress notes of the chosen goal")
        )
        self.note_table.setHorizontalHeaderLabels(
            [
                translate("IepGoals", "Date"),
                translate("IepGoals", "Value"),
                translate("IepGoals", "Rating"),
                translate("IepGoals", "Note"),
            ]
        )
        self.note_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.note_table.verticalHeader().setVisible(False)
        self.note_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note_table.setMinimumHeight(110)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.note_table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_note)
        self.note_on = _named(DateField(), translate("IepGoals", "Date of the note"))
        self.note_value = _named(QLineEdit(), translate("IepGoals", "Measured value"))
        self.note_value.setPlaceholderText(translate("IepGoals", "value"))
        self.note_rating = _named(WheelSafeComboBox(), translate("IepGoals", "Rating"))
        self.note_rating.addItem(translate("IepGoals", "(no rating)"), None)
        for rating in Rating:
            self.note_rating.addItem(words.rating_text(rating), rating)
        self.note_text = _named(QLineEdit(), translate("IepGoals", "Note"))
        self.note_text.setPlaceholderText(
            translate("IepGoals", "what you saw (Enter adds the note)")
        )
        for field in (self.note_value, self.note_text):
            field.returnPressed.connect(self.add_note)
        self.add_note_button = _named(
            QPushButton(translate("IepGoals", "Add n&ote")), translate("IepGoals", "Add note")
        )
        self.add_note_button.clicked.connect(self.add_note)
        self.remove_note_button = _named(
            QPushButton(translate("IepGoals", "&Remove note")), translate("IepGoals", "Remove note")
        )
        self.remove_note_button.clicked.connect(self.remove_note)
        self.note_message = FieldMessage()
        entry = QHBoxLayout()
        entry.addWidget(self.note_on)
        entry.addWidget(self.note_value)
        entry.addWidget(self.note_rating)
        entry.addWidget(self.note_text, 1)
        entry.addWidget(self.add_note_button)
        entry.addWidget(self.remove_note_button)
        return entry

    @staticmethod
    def _caption(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- showing -----------------------------------------------------------------------------
    def show_student(self, student_id: int | None) -> None:
        if student_id is not None and student_id != self._editor_student:
            # A new goal typed for another student is not theirs (the pane asked first). A
            # student put away by a search and found again gets theirs back.
            self._load_editor(None)
            self.note_value.clear()
            self.note_text.clear()
            self._editor_student = student_id
        self.student_id = student_id
        self.refresh()

    def pending_drafts(self) -> list[Draft]:
        """A new goal typed and not added, and a progress note typed and not added (an edit
        of a goal on file is no draft: it is saved as the teacher goes)."""
        if self.student_id is None or self.read_only:
            return []
        drafts = []
        if self.loaded is None and (typed := self._new_goal_typed()):
            drafts.append(Draft(translate("IepGoals", "a new goal: %s") % quoted(typed),
                                self.text if typed_in(self.text) else self.area,
                                self._discard_new_goal))
        if self.current_goal() is not None:
            drafts += line_drafts([((self.note_value, self.note_text),
                                    translate("IepGoals", "a progress note"))])
        return drafts

    def _new_goal_typed(self) -> str:
        """What the editor holds for a new goal (its words first), empty when nothing."""
        lines = (self.text, self.area, self.measured_by, self.unit, self.baseline,
                 self.baseline_on, self.target, self.target_by)
        return " – ".join(text for line in lines if (text := typed_in(line)))

    def _discard_new_goal(self) -> None:
        self._load_editor(None)
        self.goal_message.clear_message()

    def current_goal(self) -> Goal | None:
        item = self.goal_list.currentItem()
        goal_id = item.data(GOAL_ROLE) if item is not None else None
        return next((g for g in self.goals if g.id == goal_id), None)

    def refresh(self) -> None:
        """The student's goals and notes as the file holds them; the chosen goal stays chosen."""
        chosen = self.current_goal()
        goals_store = self.desk.stores.goals
        if self.student_id is None:
            self.goals, self.notes = [], []
        else:
            self.goals = goals_store.goals_of(self.student_id)
            self.notes = goals_store.notes_of_student(self.student_id)
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        today = self.today()
        for goal in self.goals:
            progress = goal_progress(goal, self.notes, today)
            item = QListWidgetItem(words.goal_title(goal) + "\n" + STATUS_INDENT
                                   + words.progress_line(goal, progress))
            item.setData(GOAL_ROLE, goal.id)
            self.goal_list.addItem(item)
            if chosen is not None and goal.id == chosen.id:
                self.goal_list.setCurrentItem(item)
        self.goal_list.blockSignals(False)
        if chosen is None and self.loaded is None and not self._adding and self._new_goal_typed():
            self._update_enabled()  # a new goal being typed stays in the editor (an Undo...)
            return
        if self.student_id is not None and self.goal_list.currentItem() is None and self.goals:
            self.goal_list.setCurrentRow(0)
        else:
            self._goal_chosen()

    def line_of(self, goal_id: int) -> str:
        """The status line shown for a goal (its second line in the list)."""
        for row in range(self.goal_list.count()):
            item = self.goal_list.item(row)
            if item.data(GOAL_ROLE) == goal_id:
                return item.text().split("\n", 1)[1].removeprefix(STATUS_INDENT)
        raise LookupError(goal_id)

    def _goal_chosen(self) -> None:
        goal = self.current_goal()
        self._load_editor(goal)
        self.goal_message.clear_message()
        self.note_message.clear_message()
        self.note_table.setRowCount(0)
        if goal is None:
            self.notes_heading.setText(
                translate("IepGoals", "Choose a goal to see and add its progress notes.")
            )
        else:
            self.notes_heading.setText(translate("IepGoals", "Progress notes for: %1").replace(
                "%1", words.goal_title(goal)))
            mine = [n for n in self.notes if n.goal_id == goal.id]
            self.note_table.setRowCount(len(mine))
            for row, note in enumerate(mine):
                cells = (date_text(note.noted_on), words.number_text(note.value),
                         words.rating_text(note.rating), note.note)
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(GOAL_ROLE, note.id)
                    self.note_table.setItem(row, column, cell)
            if not self.note_on.text():
                self.note_on.setText(date_text(self.today()))
        self._update_enabled()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _switching(self, current, previous) -> None:
        """Another goal chosen: what was typed for the one before is saved first; when it
        cannot be, that goal stays chosen with the message beside it."""
        if previous is not None and not self.flush():
            self.goal_list.blockSignals(True)
            self.goal_list.setCurrentItem(previous)
            self.goal_list.blockSignals(False)
            return
        if previous is None and self.loaded is None and not self._adding \
                and self._new_goal_typed():
            new_goal = [d for d in self.pending_drafts() if d.widget in (self.text, self.area)]
            if not may_leave(self, new_goal):
                self.goal_list.blockSignals(True)
                self.goal_list.setCurrentRow(-1)  # back on the new goal being typed
                self.goal_list.clearSelection()
                self.goal_list.blockSignals(False)
                return
        self._goal_chosen()

    def flush(self) -> bool:
        """Save what was typed for the goal on file the editor shows (nothing for a new one);
        False, with the message beside the editor, when it cannot be saved."""
        if self.loaded is None or self.read_only or self.student_id is None:
            return True
        try:
            goal = self.editor_goal()
        except ValueError as error:
            self.goal_message.show_message(error_text(error))
            return False
        if goal == self.loaded:
            return True
        return self._run(op.change_goal, translate("IepGoals", "Edit a goal"), self.goal_message,
                         goal=goal) is not None

    def _load_editor(self, goal: Goal | None) -> None:
        self.loaded = goal
        self.area.setText(goal.area if goal else "")
        self.text.setPlainText(goal.text if goal else "")
        self.measured_by.setText(goal.measured_by if goal else "")
        self.unit.setText(goal.unit if goal else "")
        self.baseline.setText(words.number_text(goal.baseline) if goal else "")
        self.baseline_on.setText(date_text(goal.baseline_on) if goal else "")
        self.target.setText(words.number_text(goal.target) if goal else "")
        self.target_by.setText(date_text(goal.target_by) if goal else "")
        self.save_button.setText(
            translate("IepGoals", "&Save goal") if goal else translate("IepGoals", "&Add goal")
        )

    def _update_enabled(self) -> None:
        student = self.student_id is not None and not self.read_only
        has_goal = student and self.current_goal() is not None
        for widget in (self.new_button, self.save_button, self.area, self.text,
                       self.measured_by, self.unit, self.baseline, self.baseline_on, self.target,
                       self.target_by):
            widget.setEnabled(student)
        for control in (self.up_button, self.down_button, self.end_button, self.note_on,
                        self.note_value, self.note_rating, self.note_text, self.add_note_button,
                        self.remove_note_button):
            control.setEnabled(has_goal)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_enabled()

    # -- changing ----------------------------------------------------------------------------
    def _run(self, operation, undo_text: str, message: FieldMessage, **arguments):
        def report(text: str | None) -> None:
            if text:
                message.show_message(text)
            else:
                message.clear_message()
        result = self.desk.run(operation, undo_text=undo_text, report=report, source=self,
                               **arguments)
        if result is not None:
            self.refresh()
        return result

    def new_goal(self) -> None:
        """An empty editor: Add goal saves a new one."""
        if not self.flush():
            return
        self.goal_list.setCurrentRow(-1)  # no goal chosen
        self.goal_list.clearSelection()
        self._goal_chosen()
        self.area.setFocus()

    def editor_goal(self) -> Goal:
        """The goal as the editor holds it (ValueError / ProblemError when a value is not right)."""
        assert self.student_id is not None
        chosen = self.loaded
        return Goal(chosen.id if chosen else None, self.student_id, typed_text(self.area),
                    typed_text(self.text), typed_text(self.measured_by),
                    typed_text(self.unit), read_number(self.baseline),
                    read_day(self.baseline_on), read_number(self.target),
                    read_day(self.target_by))

    def save_goal(self) -> None:
        if self.student_id is None or self.read_only:
            return
        try:
            goal = self.editor_goal()
        except ValueError as error:
            self.goal_message.show_message(error_text(error))
            return
        if goal.id is None:
            self._adding = True  # the editor's words are the goal added, no longer a draft
            try:
                result = self._run(
                    op.add_goal, translate("IepGoals", "Add a goal"), self.goal_message, goal=goal
                )
            finally:
                self._adding = False
            if result is not None:
                self._choose(result.value)
        else:
            self._run(
                op.change_goal, translate("IepGoals", "Edit a goal"), self.goal_message, goal=goal
            )

    def _choose(self, goal_id: int) -> None:
        for row in range(self.goal_list.count()):
            if self.goal_list.item(row).data(GOAL_ROLE) == goal_id:
                self.goal_list.setCurrentRow(row)

    def _move(self, by: int) -> None:
        goal = self.current_goal()
        if goal is not None and not self.read_only:
            self._run(
                op.move_goal,
                translate("IepGoals", "Move a goal"),
                self.goal_message,
                goal_id=goal.id,
                by=by,
            )

    def end_goal(self) -> None:
        goal = self.current_goal()
        if goal is not None and not self.read_only:
            self._run(
                op.end_goal,
                translate("IepGoals", "End a goal"),
                self.goal_message,
                goal_id=goal.id,
                on=self.today(),
            )

    def add_note(self) -> None:
        goal = self.current_goal()
        if goal is None or self.read_only:
            return
        try:
            note = ProgressNote(None, stored_id(goal.id), read_required_day(self.note_on),
                                read_number(self.note_value), self.note_rating.currentData(),
                                typed_text(self.note_text))
        except ValueError as error:
            self.note_message.show_message(error_text(error))
            return
        if self._run(op.add_note, translate("IepGoals", "Add a progress note"), self.note_message,
                     note=note) is not None:
            self.note_value.clear()
            self.note_text.clear()
            self.note_rating.setCurrentIndex(0)
            self.note_value.setFocus()

    def remove_note(self) -> None:
        cell = self.note_table.currentItem()
        if cell is None or self.read_only:
            return
        self._run(
            op.remove_note,
            translate("IepGoals", "Remove a progress note"),
            self.note_message,
            note_id=cell.data(GOAL_ROLE),
        )

"""Preparing: the tip file and "last time" notes (read-only), the family's questions, their
concerns (private), and the student's own input."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import agenda as app_agenda
from iep_desk.app import preparation as app_preparation
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import Concern, FamilyQuestion
from iep_desk.ui.autosave import AutosaveGroup
from iep_desk.ui.caseload.fields import add_row, date_editor, plain_text_options, text_box
from iep_desk.ui.dates import date_text
from iep_desk.ui.desk import keep_refusals, stored_id
from iep_desk.ui.planner.common import PlannerContext, Section, parse_day
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage, typed_text

PRIVATE_NOTE = ""

_FEELINGS = {
    "anger": QT_TRANSLATE_NOOP("Planner", "Brings anger"),
    "joy": QT_TRANSLATE_NOOP("Planner", "Brings joy"),
    "sensitivity": QT_TRANSLATE_NOOP("Planner", "Sensitive"),
    "other": QT_TRANSLATE_NOOP("Planner", "Other"),
}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(80)
    table.setMaximumHeight(160)
    return table


def _fill(table: QTableWidget, rows: list[tuple[int, tuple[str, ...]]]) -> None:
    table.setRowCount(len(rows))
    for row, (row_id, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(row, column, item)
    table.resizeRowsToContents()


def _selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    first_cell = table.item(row, 0) if row >= 0 else None
    if first_cell is None:
        return None
    return first_cell.data(Qt.ItemDataRole.UserRole)


class FamilyVoiceSection(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        read_first = self._build_read_first()
        questions_box = self._build_questions()
        concerns_box = self._build_concerns()
        student_box = self._build_student_input()
        self._lay_out([read_first, questions_box, concerns_box, student_box])

    def _build_read_first(self) -> QGroupBox:
        """Read first: the tip file and last time."""
        self.tips_label = QLabel()
        self.tips_label.setWordWrap(True)
        self.tips_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tips_label.setAccessibleName(
            translate("Planner", "Tip file for this family (private)")
        )
        self.tips_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_time_label = QLabel()
        self.last_time_label.setWordWrap(True)
        self.last_time_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_time_label.setAccessibleName(translate("Planner", "Last time"))
        read_first = QGroupBox(
            translate(
                "Planner",
                "Read before the meeting (private: printed only on your confidential prep sheet, "
                "never for the family)",
            )
        )
        read_first.setStyleSheet("QGroupBox { background: #f4f1ea; }")
        read_layout = QVBoxLayout(read_first)
        read_layout.addWidget(self.tips_label)
        read_layout.addWidget(self.last_time_label)
        return read_first

    def _build_questions(self) -> QGroupBox:
        """The family's questions."""
        self.questions = _table(
            [translate("Planner", "Question"), translate("Planner", "Received")],
            translate("Planner", "The family's questions"),
        )
        self.questions.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.question_text = QLineEdit()
        self.question_text.setPlaceholderText(
            translate("Planner", "A question the family sent ahead")
        )
        self.question_text.setAccessibleName(translate("Planner", "The family's question"))
        self.question_text.returnPressed.connect(self.add_question)
        self.draft_lines(translate("Planner", "a question from the family"), self.question_text)
        self.question_date = date_editor()
        self.question_date.setAccessibleName(translate("Planner", "Date the question arrived"))
        self.question_date.setPlaceholderText(translate("Planner", "Received on (empty: today)"))
        self.add_question_button = QPushButton(translate("Planner", "Add &question"))
        self.add_question_button.setAccessibleName(translate("Planner", "Add question"))
        self.add_question_button.clicked.connect(self.add_question)
        self.remove_question_button = QPushButton(translate("Planner", "Remove question"))
        self.remove_question_button.setAccessibleName(translate("Planner", "Remove question"))
        self.remove_question_button.clicked.connect(self.remove_question)
        # The answers the family sent back on the preparation sheet (ui/planner/
        # preparation_answers.py): their questions land in this list.
        self.answers_button = self.editing(
            QPushButton(translate("Planner", "Preparation sheet answers…"))
        )
        self.answers_button.setAccessibleName(
            translate("Planner", "The family's preparation sheet answers")
        )
        self.answers_button.clicked.connect(lambda: self.open_preparation_answers())
        self.question_message = FieldMessage()
        questions_box = QGroupBox(
            translate("Planner", "The family's questions (each one goes on the agenda)")
        )
        q_layout = QVBoxLayout(questions_box)
        q_layout.addWidget(self.questions)
        row = QHBoxLayout()
        row.addWidget(self.question_text, 3)
        row.addWidget(self.question_date, 1)
        row.addWidget(self.add_question_button)
        row.addWidget(self.remove_question_button)
        row.addWidget(self.answers_button)
        q_layout.addLayout(row)
        q_layout.addWidget(self.question_message)
        return questions_box

    def _build_concerns(self) -> QGroupBox:
        """Concerns (private)."""
        self.concerns = _table(
            [
                translate("Planner", "What the family wants for their child"),
                translate("Planner", "What they asked for"),
                translate("Planner", "Questions to ask them"),
            ],
            translate("Planner", "The family's concerns (private)"),
        )
        self.interest_edit = QLineEdit()
        self.interest_edit.setPlaceholderText(
            translate("Planner", "The interest, e.g. that Bill's speech improves")
        )
        self.interest_edit.setAccessibleName(
            translate("Planner", "What the family wants for their child")
        )
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(
            translate("Planner", "The position, e.g. 4 hours of speech a week")
        )
        self.position_edit.setAccessibleName(translate("Planner", "What they asked for"))
        self.ask_edit = QLineEdit()
        self.ask_edit.setPlaceholderText(
            translate("Planner", "Open questions, e.g. When does he talk most at home?")
        )
        self.ask_edit.setAccessibleName(translate("Planner", "Questions to ask them"))
        self.ask_edit.returnPressed.connect(self.add_concern)
        self.draft_lines(translate("Planner", "a concern of the family"), self.interest_edit,
                         self.position_edit, self.ask_edit)
        self.add_concern_button = QPushButton(translate("Planner", "Add concern"))
        self.add_concern_button.setAccessibleName(translate("Planner", "Add concern"))
        self.add_concern_button.clicked.connect(self.add_concern)
        self.remove_concern_button = QPushButton(translate("Planner", "Remove concern"))
        self.remove_concern_button.setAccessibleName(translate("Planner", "Remove concern"))
        self.remove_concern_button.clicked.connect(self.remove_concern)
        self.concern_message = FieldMessage()
        concerns_box = QGroupBox(
            PRIVATE_NOTE
            + translate(
                "Planner",
                "Concerns. Private: printed only on your confidential prep sheet, "
                "never for the family",
            )
        )
        c_layout = QVBoxLayout(concerns_box)
        c_layout.addWidget(self.concerns)
        row = QHBoxLayout()
        row.addWidget(self.interest_edit)
        row.addWidget(self.position_edit)
        row.addWidget(self.ask_edit)
        c_layout.addLayout(row)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_concern_button)
        row.addWidget(self.remove_concern_button)
        c_layout.addLayout(row)
        c_layout.addWidget(self.concern_message)
        return concerns_box

    def _build_student_input(self) -> QGroupBox:
        """The student's input."""
        self.group = AutosaveGroup()
        student_box = QGroupBox(translate("Planner", "The student's own voice"))
        form = QFormLayout(student_box)
        self.say_edit = text_box(2)
        add_row(
            form,
            translate("Planner", "What they &want to say"),
            self.editing(self.say_edit),
            self.group,
            "what_to_say",
            self._save_input,
            **plain_text_options(),
        )
        self.part_edit = text_box(2)
        add_row(
            form,
            translate("Planner", "How they will take part"),
            self.editing(self.part_edit),
            self.group,
            "how_taking_part",
            self._save_input,
            **plain_text_options(),
        )
        return student_box

    def _lay_out(self, boxes: list[QGroupBox]) -> None:
        for widget in (
            self.question_text,
            self.question_date,
            self.add_question_button,
            self.remove_question_button,
            self.interest_edit,
            self.position_edit,
            self.ask_edit,
            self.add_concern_button,
            self.remove_concern_button,
        ):
            self.editing(widget)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        for box in boxes:
            inner_layout.addWidget(box)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        stores = self.ctx.stores
        if self.meeting_id is None:
            self.tips_label.setText("")
            self.last_time_label.setText("")
            _fill(self.questions, [])
            _fill(self.concerns, [])
            self.group.load({})
            return
        meeting = stores.meetings.get_meeting(self.meeting_id)
        tips = stores.review.tips_of(meeting.student_id)
        if tips:
            lines = [translate("Planner", "Tip file:")]
            for tip in tips:
                feeling = translate("Planner", _FEELINGS.get(tip.feeling, tip.feeling))
                helps = (
                    f" {translate('Planner', 'What helps:')} {tip.what_helps}"
                    if tip.what_helps
                    else ""
                )
                lines.append(f"• {date_text(tip.written_on)}: {tip.topic} ({feeling}).{helps}")
            self.tips_label.setText("\n".join(lines))
        else:
            self.tips_label.setText(
                translate("Planner",
                    "Tip file: nothing written yet. After a meeting, the review "
                    "pane lets you note what to remember about this family."
                )
            )
        reflections = stores.review.last_time_reflections(self.meeting_id)
        if reflections:
            verdicts = {"keep": translate("Planner", "keep"), "stop": translate("Planner", "stop")}
            self.last_time_label.setText(
                "\n".join(
                    translate("Planner", "Last time: %s: %s.")
                    % (r.text.rstrip("."), verdicts.get(r.verdict, r.verdict))
                    for r in reflections
                )
            )
        else:
            self.last_time_label.setText(
                translate("Planner", "Last time: no notes from an earlier meeting.")
            )
        self._load_questions()
        self._load_concerns()
        student_input = stores.preparation.student_input_of(self.meeting_id)
        self.group.load(
            {
                "what_to_say": student_input.what_to_say if student_input else "",
                "how_taking_part": student_input.how_taking_part if student_input else "",
            }
        )

    def _load_questions(self) -> None:
        if self.meeting_id is None:
            return
        _fill(
            self.questions,
            [
                (stored_id(q.id), (q.text, date_text(q.received_on)))
                for q in self.ctx.stores.agenda.questions_of(self.meeting_id)
            ],
        )

    def flush(self) -> bool:
        return self.group.flush()

    def on_changes(self, changes: Changes) -> None:
        if changes.meetings or changes.looking_back or changes.preparation:
            self.flush()
            self.reload()
        elif changes.agenda:
            self._load_questions()

    # -- questions ---------------------------------------------------------------------------
    def add_question(self) -> int | None:
        if not self.can_edit():
            return None
        try:
            received = parse_day(self.question_date.text()) or date.today()
        except ValueError as error:
            self.question_message.show_message(error_text(error))
            return None
        question = FamilyQuestion(self.meeting_id, typed_text(self.question_text), received)
        result = self.run(app_agenda.add_question, question=question,
                          undo_text=translate("Planner", "Add a family question"),
                          report=lambda m: _report(self.question_message, m))
        if result is None:
            return None
        self.question_text.clear()
        self.question_date.clear()
        self._load_questions()
        return result.value

    def remove_question(self) -> None:
        question_id = _selected_id(self.questions)
        if question_id is None:
            self.question_message.show_message(
                translate("Planner", "Select the question to remove.")
            )
            return
        if self.run(app_agenda.remove_question, question_id=question_id,
                    undo_text=translate("Planner", "Remove a family question"),
                    report=lambda m: _report(self.question_message, m)) is not None:
            self._load_questions()

    # -- concerns -------------------------------------------------------------------------------
    def add_concern(self) -> int | None:
        if not self.can_edit():
            return None
        concern = Concern(
            self.meeting_id,
            typed_text(self.interest_edit),
            typed_text(self.position_edit),
            typed_text(self.ask_edit),
        )
        result = self.run(app_preparation.add_concern, concern=concern,
                          undo_text=translate("Planner", "Add a concern"),
                          report=lambda m: _report(self.concern_message, m))
        if result is None:
            return None
        for edit in (self.interest_edit, self.position_edit, self.ask_edit):
            edit.clear()
        self._load_concerns()
        return result.value

    def _load_concerns(self) -> None:
        if self.meeting_id is None:
            return
        _fill(
            self.concerns,
            [
                (stored_id(c.id), (c.interest, c.position, c.questions_to_ask))
                for c in self.ctx.stores.preparation.concerns_of(self.meeting_id)
            ],
        )

    def remove_concern(self) -> None:
        concern_id = _selected_id(self.concerns)
        if concern_id is None:
            self.concern_message.show_message(translate("Planner", "Select the concern to remove."))
            return
        if self.run(app_preparation.remove_concern, concern_id=concern_id,
                    undo_text=translate("Planner", "Remove a concern"),
                    report=lambda m: _report(self.concern_message, m)) is not None:
            self._load_concerns()

    # -- the student's input ---------------------------------------------------------------------
    def _save_input(self, field: str, value: Any) -> str | None:
        if self.meeting_id is None:
            return None
        messages: list[str] = []
        caption = self.group[field].caption_text().lower()
        result = self.run(app_preparation.save_student_input, meeting_id=self.meeting_id,
                          undo_text=translate("Planner", "Edit %s") % caption,
                          report=keep_refusals(messages), **{field: value})
        return None if result is not None else messages[0]

    def open_preparation_answers(self):
        """The family's answers to the preparation sheet, read or typed, filed on her OK."""
        from iep_desk.ui.planner.preparation_answers import PreparationAnswersDialog

        if self.meeting_id is None:
            return None
        dialog = PreparationAnswersDialog(self.ctx, self.meeting_id, self)
        dialog.open()
        return dialog


def _report(label: FieldMessage, text: str | None) -> None:
    if text:
        label.show_message(text)
    else:
        label.clear_message()

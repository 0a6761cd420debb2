"""The family's answers to the preparation sheet: read from a returned PDF, or typed from the
paper sheet, each shown beside where it will be filed, with a box to accept it. Nothing is
filed until the teacher ticks an answer and chooses "File the ticked answers"; filing is one
undo step (app.family_preparation.file_answers).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import family_preparation as app_preparation
from iep_desk.core.family_preparation import (
    QUESTIONS,
    Answer,
    ChildTakingPart,
    Destination,
    ProgressContact,
    Question,
)
from iep_desk.core.problems import ProblemError
from iep_desk.ui import dates
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.desk import Desk
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage

# What each question asked, in the teacher's words (the family's sheet words it warmly, in
# their language: resources/templates/*/preparation_sheet.json).
QUESTION_LABELS = {
    "hopes_this_year": QT_TRANSLATE_NOOP("PreparationAnswers", "Hopes for this school year"),
    "hopes_later": QT_TRANSLATE_NOOP("PreparationAnswers", "Hopes for later in life"),
    "good_at": QT_TRANSLATE_NOOP("PreparationAnswers", "What the child is good at and enjoys"),
    "works_at_home": QT_TRANSLATE_NOOP("PreparationAnswers", "What works at home"),
    "culture": QT_TRANSLATE_NOOP("PreparationAnswers", "Culture and traditions"),
    "worries": QT_TRANSLATE_NOOP("PreparationAnswers", "What worries them"),
    "questions": QT_TRANSLATE_NOOP("PreparationAnswers", "Their questions for the meeting"),
    "bringing": QT_TRANSLATE_NOOP("PreparationAnswers", "Who they will bring"),
    "times": QT_TRANSLATE_NOOP("PreparationAnswers", "Times that suit them"),
    "progress_contact": QT_TRANSLATE_NOOP("PreparationAnswers", "How they want to hear about progress"),
    "child_taking_part": QT_TRANSLATE_NOOP("PreparationAnswers", "Whether the child will come"),
}
DESTINATION_LABELS = {
    Destination.HOPES_AND_DREAMS: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ Hopes and dreams, on the student's record"),
    Destination.STRENGTHS: QT_TRANSLATE_NOOP("PreparationAnswers", "→ Strengths, on the student's record"),
    Destination.CULTURE: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ Culture and traditions, on the student's record"),
    Destination.FAMILY_QUESTIONS: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ The family's questions, each one onto the agenda"),
    Destination.CONCERNS: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ The family's concerns (private to the team)"),
    Destination.AVAILABILITY: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ The parent's weekly times, for Find a time (write them like “Tue 3:30 "
        "pm-5 pm”)"),
    Destination.PROGRESS_CONTACT: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ How the parent prefers to be contacted"),
    Destination.BRINGING: QT_TRANSLATE_NOOP("PreparationAnswers", "→ Added to the meeting's people"),
    Destination.STUDENT_TAKING_PART: QT_TRANSLATE_NOOP(
        "PreparationAnswers", "→ How the student takes part (the student's voice)"),
}
CHOICE_LABELS: dict[str, str] = {  # a Question's choices are the codes' strings
    ProgressContact.PHONE: QT_TRANSLATE_NOOP("PreparationAnswers", "Phone call"),
    ProgressContact.TEXT: QT_TRANSLATE_NOOP("PreparationAnswers", "Text message"),
    ProgressContact.EMAIL: QT_TRANSLATE_NOOP("PreparationAnswers", "Email"),
    ProgressContact.NOTE_HOME: QT_TRANSLATE_NOOP("PreparationAnswers", "A note in the student's planner"),
    ChildTakingPart.WILL_COME: QT_TRANSLATE_NOOP("PreparationAnswers", "The child will come"),
    ChildTakingPart.BRING_PICTURE: QT_TRANSLATE_NOOP("PreparationAnswers", "They will bring a picture"),
}


class _AnswerRow:
    """One question: the box to accept it, the answer (typed or read), its ticked choices."""

    def __init__(self, question: Question):
        self.question = question
        asked = translate("PreparationAnswers", QUESTION_LABELS[question.id])
        self.accept = QCheckBox(asked)
        self.accept.setAccessibleName(
            translate("PreparationAnswers", "File the answer: %1").replace("%1", asked)
        )
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(
            translate("PreparationAnswers", "Answer: %1").replace("%1", asked)
        )
        self.text.setMaximumHeight(60 if question.lines > 1 else 34)
        self.text.setTabChangesFocus(True)
        self.goes_to = QLabel(
            translate("PreparationAnswers", DESTINATION_LABELS[question.destination])
        )
        self.goes_to.setWordWrap(True)
        self.choices: dict[str, QCheckBox] = {}
        for choice in question.choices:
            box = QCheckBox(translate("PreparationAnswers", CHOICE_LABELS[choice]))
            box.setAccessibleName(translate("PreparationAnswers", CHOICE_LABELS[choice]))
            self.choices[choice] = box
        # Typing or ticking an answer does not accept it: the teacher does, with the box.

    def answer(self) -> Answer:
        return Answer(self.question.id, self.text.toPlainText().strip(),
                      tuple(c for c, box in self.choices.items() if box.isChecked()))

    def show(self, answer: Answer | None) -> None:
        self.text.setPlainText(answer.text if answer else "")
        for choice, box in self.choices.items():
            box.setChecked(answer is not None and choice in answer.choices)
        self.accept.setChecked(False)

    @property
    def answered(self) -> bool:
        found = self.answer()
        return bool(found.text or found.choices)


class PreparationAnswersDialog(QDialog):
    """The answers for one meeting. `today` (None: the clock) dates the filing."""

    def __init__(self, desk: Desk, meeting_id: int, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.meeting_id = meeting_id
        self.today = today or date.today()
        self.source = ""  # the file read, or "" when typed from paper
        meeting = desk.stores.meetings.get_meeting(meeting_id)
        student = desk.stores.caseload.get_student(meeting.student_id)
        self.setWindowTitle(
            translate("PreparationAnswers", "The family's answers: %1").replace(
                "%1", student.display_name
            )
        )

        intro = QLabel(
            translate(
                "PreparationAnswers",
                "Open the PDF the family sent back, or type their answers from the "
                "paper sheet. Tick each answer you want to keep: only the ticked "
                "ones are filed, where the arrow says.",
            )
        )
        intro.setWordWrap(True)
        self.open_button = QPushButton(translate("PreparationAnswers", "&Open a returned PDF…"))
        self.open_button.setAccessibleName(
            translate("PreparationAnswers", "Open the PDF the family sent back")
        )
        self.open_button.clicked.connect(self.choose_pdf)
        self.received_edit = date_editor()
        self.received_edit.setAccessibleName(translate("PreparationAnswers", "Answers received on"))
        self.received_edit.setText(dates.date_text(self.today))
        self.tick_all_button = QPushButton(
            translate("PreparationAnswers", "Tick every &answered question")
        )
        self.tick_all_button.setAccessibleName(
            translate("PreparationAnswers", "Tick every answered question")
        )
        self.tick_all_button.clicked.connect(self.tick_answered)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleName(
            translate("PreparationAnswers", "Where the answers came from")
        )
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(QLabel(translate("PreparationAnswers", "Received on:")))
        top.addWidget(self.received_edit)
        top.addWidget(self.tick_all_button)
        top.addStretch(1)
        self.message = FieldMessage()

        self.rows: dict[str, _AnswerRow] = {}
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        for index, question in enumerate(QUESTIONS):
            row = _AnswerRow(question)
            answer_box = QVBoxLayout()
            answer_box.addWidget(row.text)
            if row.choices:
                line = QHBoxLayout()
                for box in row.choices.values():
                    line.addWidget(box)
                line.addStretch(1)
                answer_box.addLayout(line)
            grid.addWidget(row.accept, index, 0)
            grid.addLayout(answer_box, index, 1)
            grid.addWidget(row.goes_to, index, 2)
            self.rows[question.id] = row
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.file_button = buttons.addButton(
            translate("PreparationAnswers", "&File the ticked answers"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.file_button.setAccessibleName(
            translate("PreparationAnswers", "File the ticked answers")
        )
        self.file_button.clicked.connect(self.file_ticked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(1000, 680)

    # -- reading a returned PDF -------------------------------------------------------------------
    def choose_pdf(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("PreparationAnswers", "Open the returned preparation sheet"),
            str(Path.home()),
            translate("PreparationAnswers", "PDF files (*.pdf)"),
        )
        return self.open_pdf(Path(name)) if name else False

    def open_pdf(self, path: Path) -> bool:
        """Show the answers of a returned sheet (nothing is filed); False, with the reason
        beside the button, when the file cannot be read or is not this meeting's form."""
        try:
            data = path.read_bytes()
        except OSError:
            self.message.show_message(
                translate(
                    "PreparationAnswers",
                    "The file could not be opened. Check that it is still there and try again.",
                )
            )
            return False
        try:
            answers = app_preparation.read_returned_sheet(self.desk.stores,
                                                          meeting_id=self.meeting_id, pdf=data)
        except (ProblemError, LookupError) as error:
            self.message.show_message(error_text(error))
            return False
        self.message.clear_message()
        found = {answer.question_id: answer for answer in answers}
        for question_id, row in self.rows.items():
            row.show(found.get(question_id))
        self.source = str(path)
        self.source_label.setText(
            translate(
                "PreparationAnswers",
                "Read from %1: %2 answers. Check each one, tick the ones to keep.",
            )
            .replace("%1", path.name)
            .replace("%2", str(len(answers)))
        )
        return True

    # -- filing -------------------------------------------------------------------------------------
    def tick_answered(self) -> None:
        for row in self.rows.values():
            row.accept.setChecked(row.answered)

    def answers(self) -> list[Answer]:
        return [row.answer() for row in self.rows.values() if row.answered]

    def accepted_questions(self) -> set[str]:
        """The questions whose answers are ticked to be filed (not QDialog's `accepted`
        signal, which a method of that name would hide)."""
        return {question_id for question_id, row in self.rows.items()
                if row.accept.isChecked() and row.answered}

    def file_ticked(self) -> bool:
        """File the ticked answers (one undo step) and close; False, with the reason, when
        nothing could be filed."""
        try:
            received = dates.parse_day(self.received_edit.text()) or self.today
        except ValueError as error:
            self.message.show_message(str(error))
            return False
        result = self.desk.run(
            app_preparation.file_answers,
            meeting_id=self.meeting_id,
            answers=self.answers(),
            accepted=self.accepted_questions(),
            received_on=received,
            today=self.today,
            undo_text=translate("PreparationAnswers", "File the family's answers"),
            report=self._report,
            source=self,
        )
        if result is None:
            return False
        self.accept()
        return True

    def _report(self, text: str | None) -> None:
        self.message.say(text)

"""Looking back: what worked and what did not (keep or stop), and the private tip file.

The planner shows both when the next meeting with this family is prepared. The tip
file belongs to the student and family, not to one meeting: topics that bring anger,
joy or sensitivity, and what helps, each with the day it was written. It is private:
printed only on the teacher's confidential prep sheet, never sent to the family.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import review as app_review
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import Reflection, TipEntry
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.dates import date_pattern, parse_day
from iep_desk.ui.labels import name_in_text
from iep_desk.ui.problems import error_text
from iep_desk.ui.review.common import (
    FEELING_LABELS,
    VERDICT_LABELS,
    ReviewContext,
    ReviewSection,
    choices,
    report_to,
)
from iep_desk.ui.review.record_table import Column, RecordTableModel, record_view, selected_record
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, typed_text

PRIVATE_STYLE = "QGroupBox { background: #f4f1ea; }"


class LookingBackSection(ReviewSection):
    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.student_id: int | None = None

        reflection_box = self._build_reflections()
        self._build_tip_file()
        self._lay_out(reflection_box)

    def _build_reflections(self) -> QGroupBox:
        """What worked and what did not (private)."""
        self.reflection_message = FieldMessage()
        self.reflections = RecordTableModel(
            [
                Column(translate("Review", "What worked, or what did not"), "text"),
                Column(
                    translate("Review", "Next time"),
                    "verdict",
                    "choice",
                    choices=lambda: choices(VERDICT_LABELS),
                ),
            ],
            load=self._load_reflections,
            save=self._save_reflection,
            parent=self,
        )
        self.reflections.problem.connect(lambda t: report_to(self.reflection_message)(t or None))
        self.reflection_view = record_view(
            self.reflections, translate("Review", "What worked and what did not")
        )
        self.reflection_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.reflection_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.reflection_text = self.editing(QLineEdit())
        self.reflection_text.setPlaceholderText(
            translate("Review", "e.g. Greeting the family at the door helped")
        )
        self.reflection_text.setAccessibleName(translate("Review", "New reflection"))
        self.reflection_text.returnPressed.connect(self.add_reflection)
        self.draft_lines(translate("Review", "a new reflection"), self.reflection_text)
        self.verdict_box = self.editing(WheelSafeComboBox())
        self.verdict_box.setAccessibleName(translate("Review", "Keep doing it or stop"))
        for text, code in choices(VERDICT_LABELS):
            self.verdict_box.addItem(text, code)
        self.add_reflection_button = self.editing(
            QPushButton(translate("Review", "Add reflect&ion"))
        )
        self.add_reflection_button.setAccessibleName(translate("Review", "Add reflection"))
        self.add_reflection_button.clicked.connect(self.add_reflection)
        self.remove_reflection_button = self.editing(QPushButton(translate("Review", "Remove")))
        self.remove_reflection_button.setAccessibleName(
            translate("Review", "Remove the selected reflection")
        )
        self.remove_reflection_button.clicked.connect(self.remove_reflection)
        reflection_box = QGroupBox(
            translate(
                "Review",
                "What worked and what did not (private; the planner shows "
                "it when the next meeting is prepared)",
            )
        )
        reflection_box.setStyleSheet(PRIVATE_STYLE)
        r_layout = QVBoxLayout(reflection_box)
        r_layout.addWidget(self.reflection_view, 1)
        r_row = QHBoxLayout()
        r_row.addWidget(self.reflection_text, 3)
        r_row.addWidget(self.verdict_box, 1)
        r_row.addWidget(self.add_reflection_button)
        r_row.addWidget(self.remove_reflection_button)
        r_layout.addLayout(r_row)
        r_layout.addWidget(self.reflection_message)
        return reflection_box

    def _build_tip_file(self) -> None:
        """The tip file (private)."""
        self.tip_message = FieldMessage()
        self.tips = RecordTableModel(
            [
                Column(translate("Review", "Written on"), "written_on", "date"),
                Column(translate("Review", "Topic"), "topic"),
                Column(
                    translate("Review", "Feeling"),
                    "feeling",
                    "choice",
                    choices=lambda: choices(FEELING_LABELS),
                ),
                Column(translate("Review", "What helps"), "what_helps"),
            ],
            load=self._load_tips,
            save=self._save_tip,
            parent=self,
        )
        self.tips.problem.connect(lambda t: report_to(self.tip_message)(t or None))
        self.tip_view = record_view(self.tips, translate("Review", "Tip file (private)"))
        header = self.tip_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tip_date = self.editing(date_editor())
        self.tip_date.setToolTip(
            translate(
                "Review", "The day the tip was written (%1 or YYYY-MM-DD); empty means today."
            ).replace("%1", date_pattern())
        )
        self.tip_date.setAccessibleName(translate("Review", "New tip: date"))
        self.tip_topic = self.editing(QLineEdit())
        self.tip_topic.setPlaceholderText(translate("Review", "Topic, e.g. last year's school"))
        self.tip_topic.setAccessibleName(translate("Review", "New tip: topic"))
        self.tip_feeling = self.editing(WheelSafeComboBox())
        self.tip_feeling.setAccessibleName(translate("Review", "New tip: what the topic brings"))
        for text, code in choices(FEELING_LABELS):
            self.tip_feeling.addItem(text, code)
        self.tip_feeling.setCurrentIndex(self.tip_feeling.findData("sensitivity"))
        self.tip_helps = self.editing(QLineEdit())
        self.tip_helps.setPlaceholderText(translate("Review", "What helps"))
        self.tip_helps.setAccessibleName(translate("Review", "New tip: what helps"))
        self.tip_helps.returnPressed.connect(self.add_tip)
        self.draft_lines(translate("Review", "a new tip"), self.tip_topic, self.tip_helps)
        self.add_tip_button = self.editing(QPushButton(translate("Review", "Add tip")))
        self.add_tip_button.setAccessibleName(translate("Review", "Add tip"))
        self.add_tip_button.clicked.connect(self.add_tip)
        self.remove_tip_button = self.editing(QPushButton(translate("Review", "Remove")))
        self.remove_tip_button.setAccessibleName(translate("Review", "Remove the selected tip"))
        self.remove_tip_button.clicked.connect(self.remove_tip)
        self.tip_box = QGroupBox()
        self.tip_box.setStyleSheet(PRIVATE_STYLE)
        t_layout = QVBoxLayout(self.tip_box)
        private = QLabel(
            translate(
                "Review",
                "Private: printed only on your confidential prep sheet, never sent "
                "to the family. Read it before the next meeting.",
            )
        )
        private.setWordWrap(True)
        t_layout.addWidget(private)
        t_layout.addWidget(self.tip_view, 1)
        t_row = QHBoxLayout()
        t_row.addWidget(self.tip_date, 1)
        t_row.addWidget(self.tip_topic, 2)
        t_row.addWidget(self.tip_feeling, 1)
        t_row.addWidget(self.tip_helps, 2)
        t_row.addWidget(self.add_tip_button)
        t_row.addWidget(self.remove_tip_button)
        t_layout.addLayout(t_row)
        t_layout.addWidget(self.tip_message)

    def _lay_out(self, reflection_box: QGroupBox) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(reflection_box, 2)
        layout.addWidget(self.tip_box, 3)

    # -- showing ------------------------------------------------------------------------------
    def _load_reflections(self) -> list[Reflection]:
        return self.ctx.stores.review.reflections_of(self.meeting_id) if self.meeting_id else []

    def _load_tips(self) -> list[TipEntry]:
        return self.ctx.stores.review.tips_of(self.student_id) if self.student_id else []

    def reload(self) -> None:
        if self.meeting_id is None:
            self.student_id = None
            self.tip_box.setTitle(translate("Review", "Tip file (private)"))
        else:
            meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
            self.student_id = meeting.student_id
            student = self.ctx.store.get_student(meeting.student_id)
            self.tip_box.setTitle(translate("Review", "Tip file about %s and the family (private)")
                                  % name_in_text(student.display_name))
        self.reflections.reload()
        self.tips.reload()

    def update_enabled(self) -> None:
        super().update_enabled()
        self.reflections.set_editable(self.can_edit())
        self.tips.set_editable(self.can_edit())

    def on_changes(self, changes: Changes) -> None:
        if changes.looking_back:
            self.reload()

    # -- reflection -----------------------------------------------------------------------------
    def _save_reflection(self, reflection: Reflection, field: str, value: Any) -> None:
        self.run(app_review.change_reflection, reflection_id=reflection.id, name=field,
                 value=value, undo_text=translate("Review", "Edit a reflection"))

    def add_reflection(self) -> int | None:
        if not self.can_edit():
            return None
        text = typed_text(self.reflection_text)
        verdict = self.verdict_box.currentData()
        result = self.run(app_review.add_reflection,
                          reflection=Reflection(self.meeting_id, text, verdict),
                          undo_text=translate("Review", "Add a reflection"),
                          report=report_to(self.reflection_message))
        if result is None:
            return None
        self.reflection_text.clear()
        self.reflections.reload()
        return result.value

    def remove_reflection(self) -> bool:
        reflection = selected_record(self.reflection_view)
        if reflection is None or not self.can_edit():
            self.reflection_message.show_message(
                translate("Review", "Select the reflection to remove.")
            )
            return False
        if self.run(app_review.remove_reflection, reflection_id=reflection.id,
                    undo_text=translate("Review", "Remove a reflection"),
                    report=report_to(self.reflection_message)) is None:
            return False
        self.reflections.reload()
        return True

    # -- tip file ---------------------------------------------------------------------------------
    def _save_tip(self, tip: TipEntry, field: str, value: Any) -> None:
        self.run(app_review.change_tip, tip_id=tip.id, name=field, value=value,
                 undo_text=translate("Review", "Edit a tip"))

    def add_tip(self) -> int | None:
        if not self.can_edit() or self.student_id is None:
            return None
        report = report_to(self.tip_message)
        try:
            written_on = parse_day(self.tip_date.text()) or date.today()
        except ValueError as error:
            report(error_text(error))
            return None
        tip = TipEntry(self.student_id, written_on, typed_text(self.tip_topic),
                       self.tip_feeling.currentData(), typed_text(self.tip_helps))
        result = self.run(
            app_review.add_tip, tip=tip, undo_text=translate("Review", "Add a tip"), report=report
        )
        if result is None:
            return None
        new_id = result.value
        for edit in (self.tip_date, self.tip_topic, self.tip_helps):
            edit.clear()
        self.tips.reload()
        self.tip_topic.setFocus()
        return new_id

    def remove_tip(self) -> bool:
        tip = selected_record(self.tip_view)
        if tip is None or not self.can_edit():
            self.tip_message.show_message(translate("Review", "Select the tip to remove."))
            return False
        if (
            self.run(
                app_review.remove_tip,
                tip_id=tip.id,
                undo_text=translate("Review", "Remove a tip"),
                report=report_to(self.tip_message),
            )
            is None
        ):
            return False
        self.tips.reload()
        return True

"""New meeting: which student and which kind, starting from the student on screen, with a
warning in the dialog itself when that student already has a meeting of that kind coming up
(an accidental OK must not make a second draft unnoticed). The meeting is planned by one app
operation (app.meetings.plan_meeting) whose undo record removes it again."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import meetings as app_meetings
from iep_desk.core.meetings import MEETING_TYPES
from iep_desk.core.models import Student
from iep_desk.storage.stores import Stores
from iep_desk.ui.planner import labels as L
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import WheelSafeComboBox


class NewMeetingDialog(QDialog):
    """Asks for the student (proposed: `student_id`) and the kind of meeting; `chosen()`
    gives (student id, kind) once accepted."""

    def __init__(self, stores: Stores, students: list[Student], student_id: int | None = None,
                 meeting_type: str = "annual_review", parent: QWidget | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.stores = stores
        self.today = today
        self.setWindowTitle(translate("NewMeeting", "New meeting"))
        self.setAccessibleName(translate("NewMeeting", "New meeting"))
        self.student_box = WheelSafeComboBox()
        self.student_box.setAccessibleName(translate("NewMeeting", "Student"))
        for student in students:
            self.student_box.addItem(student.display_name, student.id)
        if student_id is not None and self.student_box.findData(student_id) >= 0:
            self.student_box.setCurrentIndex(self.student_box.findData(student_id))
        self.kind_box = WheelSafeComboBox()
        self.kind_box.setAccessibleName(translate("NewMeeting", "Kind of meeting"))
        for kind in MEETING_TYPES:
            self.kind_box.addItem(L.label(L.MEETING_TYPE_LABELS, kind), str(kind))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(meeting_type)))
        # The warning keeps its place (an empty line when there is nothing to say), so the
        # buttons do not move under the pointer while the teacher chooses.
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(translate("NewMeeting", "Meetings already coming up"))
        self.warning.setMinimumHeight(self.warning.fontMetrics().lineSpacing() * 3)
        form = QFormLayout()
        student_label = QLabel(translate("NewMeeting", "&Student:"))
        student_label.setBuddy(self.student_box)
        kind_label = QLabel(translate("NewMeeting", "&Kind:"))
        kind_label.setBuddy(self.kind_box)
        form.addRow(student_label, self.student_box)
        form.addRow(kind_label, self.kind_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("NewMeeting", "&Plan the meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            translate(
                "NewMeeting",
                "The meeting starts as a draft: nothing is sent to anyone until you "
                "send the invitation. Ctrl+Z takes it back.",
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.student_box.currentIndexChanged.connect(lambda _i: self._update_warning())
        self.kind_box.currentIndexChanged.connect(lambda _i: self._update_warning())
        self._update_warning()
        self.setMinimumWidth(460)

    def chosen(self) -> tuple[int, str]:
        return int(self.student_box.currentData()), str(self.kind_box.currentData())

    def already_coming_up(self) -> list:
        student_id, kind = self.chosen()
        return app_meetings.upcoming_of_kind(self.stores, student_id=student_id,
                                             meeting_type=kind, today=self.today)

    def _update_warning(self) -> None:
        if self.student_box.currentIndex() < 0:
            self.warning.setText("")
            return
        found = self.already_coming_up()
        if not found:
            self.warning.setText("")
            self.ok_button.setText(translate("NewMeeting", "&Plan the meeting"))
            return
        first = found[0]
        self.warning.setText(
            translate(
                "NewMeeting",
                "⚠ %1 already has a meeting of this kind coming up (%2, %3). Plan another "
                "one only if you mean to; otherwise choose Cancel and open that one.",
            )
            .replace("%1", self.student_box.currentText())
            .replace("%2", L.label(L.STATUS_LABELS, first.status).lower())
            .replace("%3", L.when_text(first.starts_at))
        )
        self.ok_button.setText(translate("NewMeeting", "&Plan another one"))

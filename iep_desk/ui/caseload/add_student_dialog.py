"""The short dialog for a new student: the legal name is all that is needed to start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from iep_desk.core.models import GRADES, Student
from iep_desk.ui import labels
from iep_desk.ui.caseload.fields import combo
from iep_desk.ui.widgets import typed_text


class AddStudentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a student"))
        self.setAccessibleName(self.tr("Add a student"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.preferred_name = QLineEdit()
        self.grade = combo([(self.tr("Not set"), "")] + [(labels.grade_label(g), g) for g in GRADES])
        self.school = QLineEdit()
        form = QFormLayout(self)
        intro = QLabel(self.tr("The legal first name is enough to start; everything else can be "
                               "filled in later and saves itself."))
        intro.setWordWrap(True)
        form.addRow(intro)
        for label, editor in ((self.tr("Legal &first name"), self.first_name),
                              (self.tr("Legal &last name"), self.last_name),
                              (self.tr("&Preferred name"), self.preferred_name),
                              (self.tr("&Grade"), self.grade),
                              (self.tr("&School"), self.school)):
            caption = QLabel(label)
            caption.setBuddy(editor)
            editor.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add student"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.first_name.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(420)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(typed_text(self.first_name))
        )

    def student(self) -> Student:
        return Student(
            legal_first_name=typed_text(self.first_name),
            legal_last_name=typed_text(self.last_name),
            preferred_name=typed_text(self.preferred_name),
            grade=self.grade.currentData() or "",
            school=typed_text(self.school),
        )


"""A student's IEP team, picked from the team members on file (shared across students)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import caseload as app_caseload
from iep_desk.ui import labels
from iep_desk.ui.desk import Desk
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox


def member_text(member) -> str:
    text = f"{member.name}: {labels.label_for(labels.ROLE_LABELS, member.role)}"
    if not member.active:
        text += " " + translate("Labels", "(no longer active)")
    return text


class TeamPanel(QWidget):
    manage_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.student_id: int | None = None
        self.read_only = False

        self.team = QListWidget()
        self.team.setAccessibleName(self.tr("This student's team"))
        self.team.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.choices = WheelSafeComboBox()
        self.choices.setAccessibleName(self.tr("Team member to add"))
        self.add_button = QPushButton(self.tr("&Add to the team"))
        self.add_button.setAccessibleName(self.tr("Add to the team"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("&Remove from the team"))
        self.remove_button.setAccessibleName(self.tr("Remove from the team"))
        self.remove_button.clicked.connect(self.remove_current)
        self.manage_button = QPushButton(self.tr("Team &members on file…"))
        self.manage_button.setAccessibleName(self.tr("Team members on file"))
        self.manage_button.clicked.connect(self.manage_requested)
        self.message = FieldMessage()

        adding = QHBoxLayout()
        adding.addWidget(self.choices, 1)
        adding.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addStretch(1)
        below.addWidget(self.manage_button)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("People on this student's IEP team:"))
        caption.setBuddy(self.team)
        layout.addWidget(caption)
        layout.addWidget(self.team, 1)
        layout.addLayout(below)
        layout.addLayout(adding)
        layout.addWidget(self.message)

    def show_student(self, student_id: int | None) -> None:
        self.student_id = student_id
        self.message.clear_message()
        self.refresh()

    def refresh(self) -> None:
        self.team.clear()
        self.choices.clear()
        if self.student_id is not None:
            on_team = self.store.team_of(self.student_id)
            for member in on_team:
                item = QListWidgetItem(member_text(member))
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.team.addItem(item)
            taken = {m.id for m in on_team}
            for member in self.store.list_team_members():
                if member.id not in taken:
                    self.choices.addItem(member_text(member), member.id)
        if self.choices.count() == 0:
            self.choices.addItem(self.tr("(add people under Team members on file)"), None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self.student_id is not None and not self.read_only
        self.choices.setEnabled(editable)
        self.add_button.setEnabled(editable and self.choices.currentData() is not None)
        self.remove_button.setEnabled(editable and self.team.currentItem() is not None)
        self.manage_button.setEnabled(not self.read_only)

    def _run(self, text: str, operation: Any, **arguments: Any) -> None:
        def report(message: str | None) -> None:
            if message:
                self.message.show_message(message)
            else:
                self.message.clear_message()
        if self.desk.run(operation, undo_text=text, source=self, report=report,
                         **arguments) is not None:
            self.refresh()

    def add_chosen(self) -> None:
        member_id = self.choices.currentData()
        if self.student_id is None or member_id is None or self.read_only:
            return
        student_id = self.student_id
        self._run(self.tr("Add %s to the team") % self.choices.currentText(),
                  app_caseload.add_to_team, student_id=student_id, member_id=member_id)

    def remove_current(self) -> None:
        item = self.team.currentItem()
        if self.student_id is None or item is None or self.read_only:
            return
        student_id, member_id = self.student_id, item.data(Qt.ItemDataRole.UserRole)
        self._run(self.tr("Remove %s from the team") % item.text(),
                  app_caseload.remove_from_team, student_id=student_id, member_id=member_id)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

"""Team members on file (shared across students): add, edit, mark as no longer active.

A team member is never deleted: their name stays on past meetings and teams.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import caseload as app_caseload
from iep_desk.app.changes import Changes
from iep_desk.core.models import TEAM_ROLES, TeamMember
from iep_desk.ui import labels
from iep_desk.ui.autosave import AutosaveGroup
from iep_desk.ui.caseload import fields as f
from iep_desk.ui.caseload.family_panel import AVAILABILITY_OPTIONS
from iep_desk.ui.caseload.team_panel import member_text
from iep_desk.ui.desk import Desk, keep_refusals, refusals_to
from iep_desk.ui.widgets import FieldMessage, cleaned

TEAM_FIELDS = ("name", "role", "email", "phone", "availability", "active")


class TeamDialog(QDialog):
    """The shared list of team members; every change goes through the Desk (the caseload's
    team panels refresh from its change notification)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.member_id: int | None = None
        self.fields = AutosaveGroup()
        desk.changed.connect(self._changes)
        self.setWindowTitle(self.tr("Team members"))
        self.setAccessibleName(self.tr("Team members"))

        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Team members on file"))
        self.members.currentItemChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("&Add team member…"))
        self.add_button.setAccessibleName(self.tr("Add team member"))
        self.add_button.clicked.connect(self.ask_new_member)
        self.message = FieldMessage()

        self.editor = QWidget()
        form = f.new_form()
        row = lambda label, editor, field, **o: f.add_row(
            form, label, editor, self.fields, field, self._save, **o)
        row(self.tr("&Name"), QLineEdit(), "name")
        roles = [(labels.label_for(labels.ROLE_LABELS, r), r) for r in TEAM_ROLES]
        row(self.tr("&Role"), f.combo(roles), "role")
        row(self.tr("&Email"), QLineEdit(), "email")
        row(self.tr("&Phone"), QLineEdit(), "phone")
        times = QLineEdit()
        times.setPlaceholderText(self.tr("e.g. Mon-Fri 7:30–8:00 AM; Wed 2:00–4:00 PM"))
        row(self.tr("&Times they can meet"), times, "availability", **AVAILABILITY_OPTIONS)
        active = QCheckBox(self.tr("A&ctive"))
        active.setToolTip(self.tr("Untick when they leave; they stay on past teams."))
        row(self.tr("Status"), active, "active")
        leaving = QLabel(self.tr("Untick when they leave; they stay on past teams."))
        leaving.setWordWrap(True)
        form.addRow("", leaving)
        self.editor.setLayout(form)

        left = QVBoxLayout()
        left.addWidget(self.members, 1)
        left.addWidget(self.add_button)
        body = QHBoxLayout()
        # Half the width for the list: "Name: role" reads whole in every language (the
        # Spanish roles are long), without a sideways scroll bar.
        body.addLayout(left, 1)
        body.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(920, 480)
        # Enter commits the field being typed in; it must not also close the dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._fill()

    def _fill(self, member_id: int | None = None) -> None:
        keep = member_id if member_id is not None else self.member_id
        self.members.blockSignals(True)
        self.members.clear()
        everyone = self.store.list_team_members(include_inactive=True)
        for member in everyone:
            item = QListWidgetItem(member_text(member))
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.members.addItem(item)
        self.members.blockSignals(False)
        ids = [m.id for m in everyone]
        chosen = keep if keep in ids else (ids[0] if ids else None)
        if chosen is not None:
            self.members.setCurrentRow(ids.index(chosen))
        self._show(chosen)

    def _chosen(self, current, _previous=None) -> None:
        self.fields.flush()
        self._show(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show(self, member_id: int | None) -> None:
        self.member_id = member_id
        self.editor.setEnabled(member_id is not None)
        if member_id is None:
            return
        member = self.store.get_team_member(member_id)
        self.fields.load({name: getattr(member, name) for name in TEAM_FIELDS})

    def ask_new_member(self) -> int | None:
        name, ok = QInputDialog.getText(self, self.tr("Add team member"), self.tr("Name:"))
        name = cleaned(name)
        if not ok or not name:
            return None
        return self.add_member(TeamMember(name=name))

    def add_member(self, member: TeamMember) -> int | None:
        self.fields.flush()
        result = self.desk.run(app_caseload.add_team_member, member=member, source=self,
                               report=refusals_to(self.message.show_message))
        if result is None:
            return None
        self._fill(result.value)
        return result.value

    def _save(self, field: str, value: Any) -> str | None:
        member_id = self.member_id
        if member_id is None:
            return None
        caption = self.fields[field].caption_text()
        messages: list[str] = []
        result = self.desk.run(app_caseload.change_team_member, member_id=member_id, name=field,
                               value=value, source=self,
                               undo_text=self.tr("Edit team member's %s") % caption.lower(),
                               report=keep_refusals(messages))
        if result is None:
            return messages[0] if messages else None
        item = self.members.currentItem()
        if item is not None:
            item.setText(member_text(self.store.get_team_member(member_id)))
        return None

    def _changes(self, changes: Changes, source: object) -> None:
        if changes.team and source is not self:
            self._fill()  # put back by Undo or Redo

    def done(self, result: int) -> None:  # closing by any means saves what was typed
        self.fields.flush()
        super().done(result)

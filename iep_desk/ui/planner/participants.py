"""Who is invited: picked from the student's family and team, or typed in; each one's answer.

The list shows everyone; the form under it edits the selected person (saving
itself). Missing required roles are warned about under the list.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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

from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.core import meeting_rules as rules
from iep_desk.core.meetings import Participant
from iep_desk.ui.autosave import AutosaveGroup
from iep_desk.ui.caseload.fields import DATE_OPTIONS, add_row, combo, date_editor
from iep_desk.ui.desk import keep_refusals, stored_id
from iep_desk.ui.labels import name_in_text
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import PlannerContext, Section, parse_meeting_time
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, keep_rows_visible, typed_text

COLUMNS = ("name", "role", "kind", "required", "invited", "response", "leaves")


def INVITED_HINT() -> str:
    return translate(
        "Planner",
        "The day this person was asked to come. The meeting notice is another thing: "
        "it is ticked as sent on the Checklist, with its own date (printing or saving "
        "the invitation from IEP Desk ticks it, since the invitation is the notice).",
    )


def kind_text(person: Participant) -> str:
    if person.is_student:
        return translate("Planner", "Student")
    return {
        "family": translate("Planner", "Family"),
        "team": translate("Planner", "School team"),
        "typed": translate("Planner", "Typed in"),
    }[person.kind]


class ParticipantsSection(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.people: list[Participant] = []
        # The participant whose answer and details the form shows.
        self.shown_id: int | None = None
        self._build_list()
        adders = self._build_adders()
        self._build_person_form()
        self._lay_out(adders)

    def _build_list(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("Planner", "Participants"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Planner", "Name"),
                translate("Planner", "Role"),
                translate("Planner", "Who"),
                translate("Planner", "Required"),
                translate("Planner", "Invited on"),
                translate("Planner", "Answer"),
                translate("Planner", "Leaves at"),
            ]
        )
        # Invited is not the notice: the written notice the law asks for is its own checklist
        # item (making the invitation in IEP Desk ticks it, since the invitation holds it).
        invited_header = self.table.horizontalHeaderItem(4)
        if invited_header is not None:
            invited_header.setToolTip(INVITED_HINT())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # The short columns as wide as their contents; the name and the role share the rest,
        # so the list never needs a horizontal scroll bar (a long name ends in "…", whole on
        # hover and in the form beside it).
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_rows_visible(self.table)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(translate("Planner", "Missing people"))
        self.warnings.setStyleSheet("color: #7a4b00;")
        self.message = FieldMessage()

    def _build_adders(self) -> QFormLayout:
        """The ways to invite someone: a family member, a team member, someone not on file."""
        self.family_box = WheelSafeComboBox()
        self.family_box.setAccessibleName(translate("Planner", "Family member to invite"))
        self.add_family_button = QPushButton(translate("Planner", "Invite family member"))
        self.add_family_button.setAccessibleName(translate("Planner", "Invite family member"))
        self.add_family_button.clicked.connect(self.add_family)
        self.team_box = WheelSafeComboBox()
        self.team_box.setAccessibleName(translate("Planner", "Team member to invite"))
        self.add_team_button = QPushButton(translate("Planner", "Invite team mem&ber"))
        self.add_team_button.setAccessibleName(translate("Planner", "Invite team member"))
        self.add_team_button.clicked.connect(self.add_team)
        self.typed_name = QLineEdit()
        self.typed_name.setPlaceholderText(translate("Planner", "Name of someone not on file"))
        self.typed_name.setAccessibleName(translate("Planner", "Name of the person to invite"))
        self.typed_name.returnPressed.connect(self.add_typed)
        self.draft_lines(translate("Planner", "a person to invite"), self.typed_name)
        self.typed_role = combo([(L.role_label(code), code) for code in L.TYPED_ROLES])
        self.typed_role.setEditable(True)
        self.typed_role.setAccessibleName(translate("Planner", "Their role"))
        # A role longer than the box shows its beginning ("Defensor(a) de la fam…"), not
        # its end ("fensor(a) de la familia"), which is where an editable box leaves it.
        role_text = self.typed_role.lineEdit()
        assert role_text is not None  # an editable box has one
        self.typed_role.currentIndexChanged.connect(
            lambda _index: role_text.setCursorPosition(0))
        role_text.setCursorPosition(0)
        self.add_typed_button = QPushButton(translate("Planner", "Invite someone else"))
        self.add_typed_button.setAccessibleName(translate("Planner", "Invite someone else"))
        self.add_typed_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(translate("Planner", "Remove from the meeting"))
        self.remove_button.setAccessibleName(translate("Planner", "Remove from the meeting"))
        self.remove_button.clicked.connect(self.remove_selected)
        for widget in (
            self.family_box,
            self.add_family_button,
            self.team_box,
            self.add_team_button,
            self.typed_name,
            self.typed_role,
            self.add_typed_button,
            self.remove_button,
        ):
            self.editing(widget)
        for box in (self.family_box, self.team_box, self.typed_role):
            # Long names must not push the form wider than the pane.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        adders = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.family_box, 1)
        row.addWidget(self.add_family_button)
        adders.addRow(translate("Planner", "Family"), row)
        row = QHBoxLayout()
        row.addWidget(self.team_box, 1)
        row.addWidget(self.add_team_button)
        adders.addRow(translate("Planner", "School team"), row)
        row = QHBoxLayout()
        row.addWidget(self.typed_name, 1)
        row.addWidget(self.typed_role, 1)
        row.addWidget(self.add_typed_button)
        adders.addRow(translate("Planner", "Someone else"), row)
        return adders

    def _build_person_form(self) -> None:
        """The form of the person chosen in the list."""
        self.group = AutosaveGroup()
        self.person_box = QGroupBox(translate("Planner", "The selected person"))
        form = QFormLayout(self.person_box)
        self.role_edit = QLineEdit()
        add_row(
            form,
            translate("Planner", "Role"),
            self.editing(self.role_edit),
            self.group,
            "role",
            self._save,
            parse=L.role_code,  # the role in words, as the list writes it
            show=lambda role: L.role_label(role) if role else "",
        )
        self.required_check = QCheckBox(translate("Planner", "Must take part"))
        add_row(
            form,
            translate("Planner", "Required"),
            self.editing(self.required_check),
            self.group,
            "required",
            self._save,
        )
        self.invited_edit = date_editor()
        self.invited_edit.setToolTip(INVITED_HINT())
        add_row(
            form,
            translate("Planner", "Invited on"),
            self.editing(self.invited_edit),
            self.group,
            "invited_on",
            self._save,
            **DATE_OPTIONS,
        )
        self.response_box = combo(L.combo_items(L.RESPONSE_LABELS))
        add_row(
            form,
            translate("Planner", "Answer"),
            self.editing(self.response_box),
            self.group,
            "response",
            self._save,
        )
        self.excused_check = QCheckBox(translate("Planner", "Excused by the parents"))
        add_row(
            form,
            translate("Planner", "Excused"),
            self.editing(self.excused_check),
            self.group,
            "excused",
            self._save,
        )
        self.consent_edit = date_editor()
        add_row(
            form,
            translate("Planner", "Parents' written consent on"),
            self.editing(self.consent_edit),
            self.group,
            "excusal_consent_on",
            self._save,
            **DATE_OPTIONS,
        )
        self.input_check = QCheckBox(translate("Planner", "Arrived"))
        add_row(
            form,
            translate("Planner", "Written input"),
            self.editing(self.input_check),
            self.group,
            "written_input_received",
            self._save,
        )
        self.leaves_edit = QLineEdit()
        self.leaves_edit.setPlaceholderText(
            translate("Planner", "%1, empty when they stay to the end").replace(
                "%1", L.time_text(time(15, 30))
            )
        )
        self.leaves_edit.setMaximumWidth(260)
        add_row(
            form,
            translate("Planner", "Leaves early at"),
            self.editing(self.leaves_edit),
            self.group,
            "leaves_at",
            self._save,
            # "3:30" without AM or PM: within the school day (3:30 PM on a 12-hour clock).
            parse=lambda text: parse_meeting_time(
                text, self.ctx.stores.settings.planner_settings()),
            show=L.time_text,
        )

    def _lay_out(self, adders: QFormLayout) -> None:
        # The list and the ways to invite on the left, the chosen person on the right.
        people = QVBoxLayout()
        people.setContentsMargins(0, 0, 0, 0)
        people.addWidget(self.table, 1)
        people.addWidget(self.warnings)
        people.addWidget(self.message)
        people.addLayout(adders)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        people.addLayout(buttons)
        person = QScrollArea()
        person.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        person.setWidgetResizable(True)
        person.setFrameShape(QScrollArea.Shape.NoFrame)
        person.setWidget(self.person_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(people, 3)
        layout.addWidget(person, 2)

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        current = self.selected_id()
        self.people = self.ctx.stores.meetings.participants_of(self.meeting_id) if self.meeting_id else []
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            values = (
                person.name,
                L.role_label(person.role),
                kind_text(person),
                translate("Planner", "Yes") if person.required else translate("Planner", "No"),
                L.day_text(person.invited_on),
                L.label(L.RESPONSE_LABELS, person.response)
                + (translate("Planner", ", excused") if person.excused else ""),
                L.time_text(person.leaves_at),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.table.setItem(row, column, item)
        self._fill_pickers()
        self.warnings.setText(
            "\n".join(f"⚠ {problem_text(w)}" for w in rules.missing_role_warnings(self.people))
            if self.meeting_id
            else ""
        )
        if current is not None and self.select(current):
            pass
        elif self.people:
            self.table.selectRow(0)
        self._show_selected()

    def _fill_pickers(self) -> None:
        self.family_box.clear()
        self.team_box.clear()
        if self.meeting_id is None:
            return
        student_id = self.ctx.stores.meetings.get_meeting(self.meeting_id).student_id
        on_list_family = {p.family_member_id for p in self.people}
        on_list_team = {p.team_member_id for p in self.people}
        for link in self.ctx.store.family_of(student_id):
            if link.member.id not in on_list_family:
                relation = f" ({link.relationship})" if link.relationship else ""
                self.family_box.addItem(link.member.name + relation, link.member.id)
        # The student's own team first, then everyone else on file.
        team = self.ctx.store.team_of(student_id)
        team_ids = {m.id for m in team}
        others = [m for m in self.ctx.store.list_team_members() if m.id not in team_ids]
        for member in team + others:
            if member.id not in on_list_team:
                suffix = (
                    ""
                    if member.id in team_ids
                    else translate("Planner", " (not on this student's team)")
                )
                self.team_box.addItem(
                    f"{member.name}, {L.role_label(member.role)}{suffix}", member.id
                )

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.people):
            return None
        return self.people[row].id

    def select(self, participant_id: int) -> bool:
        for row, person in enumerate(self.people):
            if person.id == participant_id:
                self.table.selectRow(row)
                return True
        return False

    def _show_selected(self) -> None:
        # What was typed belongs to the person shown until now (`shown_id`), not the new one.
        self.group.flush()
        participant_id = self.selected_id()
        person = next((p for p in self.people if p.id == participant_id), None)
        self.shown_id = person.id if person is not None else None
        if person is None:
            self.group.load({})
            self.person_box.setTitle(translate("Planner", "The selected person"))
        else:
            self.group.load(
                {
                    name: getattr(person, name)
                    for name in (
                        "role",
                        "required",
                        "invited_on",
                        "response",
                        "excused",
                        "excusal_consent_on",
                        "written_input_received",
                        "leaves_at",
                    )
                }
            )
            self.person_box.setTitle(
                translate("Planner", "%s: answer and details") % name_in_text(person.name)
            )
        self.update_enabled()

    def update_enabled(self) -> None:
        super().update_enabled()
        chosen = self.can_edit() and self.selected_id() is not None
        for binding in self.group.fields.values():
            binding.editor.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_family_button.setEnabled(self.can_edit() and self.family_box.count() > 0)
        self.add_team_button.setEnabled(self.can_edit() and self.team_box.count() > 0)

    def flush(self) -> bool:
        return self.group.flush()

    def on_changes(self, changes: Changes) -> None:
        if changes.meetings or changes.participants or changes.family or changes.team:
            self.reload()

    # -- adding and removing ------------------------------------------------------------------
    def _invite(self, operation, who: str, **arguments: Any) -> int | None:
        result = self.run(
            operation,
            meeting_id=self.meeting_id,
            invited_on=date.today(),
            undo_text=translate("Planner", "Invite %s") % who,
            report=self._report,
            **arguments,
        )
        if result is None:
            return None
        self.reload()
        participant_id = stored_id(result.value)  # the id the new participant was given
        self.select(participant_id)
        return participant_id

    def add_family(self) -> int | None:
        member_id = self.family_box.currentData()
        if self.meeting_id is None or member_id is None:
            return None
        return self._invite(app_meetings.invite_family_member, self.family_box.currentText(),
                            family_member_id=member_id)

    def add_team(self) -> int | None:
        member_id = self.team_box.currentData()
        if self.meeting_id is None or member_id is None:
            return None
        return self._invite(app_meetings.invite_team_member, self.team_box.currentText(),
                            team_member_id=member_id)

    def add_typed(self) -> int | None:
        if self.meeting_id is None:
            return None
        name = " ".join(typed_text(self.typed_name).split())
        # A role picked from the list is stored as its code; a typed one as typed.
        text = self.typed_role.currentText().strip()
        index = self.typed_role.findText(text)
        role = self.typed_role.itemData(index) if index >= 0 else text
        new_id = self._invite(app_meetings.invite_someone, name, name=name, role=role)
        if new_id is not None:
            self.typed_name.clear()
        return new_id

    def remove_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        name = self.ctx.stores.meetings.get_participant(participant_id).name
        if self.run(app_meetings.remove_participant, participant_id=participant_id,
                    undo_text=translate("Planner", "Remove %s from the meeting") % name,
                    report=self._report) is not None:
            self.reload()

    def _report(self, text: str | None) -> None:
        self.message.say(text)

    # -- editing the selected person -------------------------------------------------------------
    def _save(self, field: str, value: Any) -> str | None:
        participant_id = self.shown_id
        if participant_id is None:
            return None
        messages: list[str] = []
        result = self.run(app_meetings.change_participant, participant_id=participant_id,
                          name=field, value=value,
                          undo_text=translate("Planner", "Edit %s")
                          % self.group[field].caption_text().lower(),
                          report=keep_refusals(messages))
        if result is None:
            return messages[0] if messages else None
        self._refresh_row(participant_id)
        return None

    def _refresh_row(self, participant_id: int) -> None:
        """Redraw the table without losing the form being typed in."""
        if self.meeting_id is None:  # saved; no meeting is shown, so no table to redraw
            return
        self.people = self.ctx.stores.meetings.participants_of(self.meeting_id)
        for row, person in enumerate(self.people):
            if person.id == participant_id:
                values = (
                    person.name,
                    L.role_label(person.role),
                    kind_text(person),
                    translate("Planner", "Yes") if person.required else translate("Planner", "No"),
                    L.day_text(person.invited_on),
                    L.label(L.RESPONSE_LABELS, person.response)
                    + (translate("Planner", ", excused") if person.excused else ""),
                    L.time_text(person.leaves_at),
                )
                for column, text in enumerate(values):
                    cell = self.table.item(row, column)
                    if cell is not None:  # reload() filled every cell of the row
                        cell.setText(text)
        self.warnings.setText("\n".join(f"⚠ {problem_text(w)}"
                                         for w in rules.missing_role_warnings(self.people)))

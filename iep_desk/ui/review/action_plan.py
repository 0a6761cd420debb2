"""The action plan: what is to be done, by whom (a participant or the family), by when.

Each item has a status (open, done, dropped) and a note; ticking one done records
the day. An item with no owner, or due before the meeting, is refused with a
message and nothing is stored. Edits in the table save themselves (F2 or a double
click edits a cell; the Who and Status cells open a list).
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
from iep_desk.core.deadlines import Urgency
from iep_desk.core.meetings import FAMILY_OWNER, ActionItem
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.dates import date_pattern, date_text, parse_day
from iep_desk.ui.problems import error_text
from iep_desk.ui.review.common import (
    ACTION_STATUS_LABELS,
    FAMILY_OWNER_NAME,
    ReviewContext,
    ReviewSection,
    choices,
    owner_shown,
    report_to,
    role_text,
)
from iep_desk.ui.review.record_table import Column, RecordTableModel, record_view, selected_record
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import URGENCY_BACKGROUNDS, FieldMessage, WheelSafeComboBox, typed_text


def is_overdue(action: ActionItem, today: date | None = None) -> bool:
    return (action.status == "open" and action.due_on is not None
            and action.due_on < (today or date.today()))


def due_text(action: ActionItem, today: date | None = None) -> str:
    """ "11/20/2026", "11/10/2026 (overdue)" (as the locale writes dates) or "no date"."""
    if action.due_on is None:
        return translate("Review", "no date")
    if is_overdue(action, today):
        return translate("Review", "%s (overdue)") % date_text(action.due_on)
    return date_text(action.due_on)


class ActionPlanSection(ReviewSection):
    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.message = FieldMessage()
        self.model = RecordTableModel(
            [
                Column(
                    translate("Review", "Done"),
                    "status",
                    "check",
                    checked_value="done",
                    unchecked_value="open",
                ),
                Column(translate("Review", "What"), "what"),
                Column(
                    translate("Review", "Who"),
                    "owner",
                    "choice",
                    choices=self.owner_choices,
                    show=owner_shown,
                ),
                Column(translate("Review", "Due"), "due_on", "date", show=due_text),
                Column(
                    translate("Review", "Status"),
                    "status",
                    "choice",
                    choices=lambda: choices(ACTION_STATUS_LABELS),
                ),
                Column(translate("Review", "Done on"), "done_on", "date", editable=False),
                Column(translate("Review", "Note"), "note"),
            ],
            load=self._load,
            save=self._save,
            parent=self,
        )
        self.model.row_background = lambda a: URGENCY_BACKGROUNDS[Urgency.OVERDUE] \
            if is_overdue(a) else None
        self.model.problem.connect(lambda text: report_to(self.message)(text or None))
        self.view = record_view(self.model, translate("Review", "Action plan"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(150)

        # -- a new action ---------------------------------------------------------------
        self.what_edit = self.editing(QLineEdit())
        self.what_edit.setPlaceholderText(translate("Review", "What is to be done"))
        self.what_edit.setAccessibleName(translate("Review", "New action: what is to be done"))
        self.what_edit.returnPressed.connect(self.add_action)
        self.who_box = self.editing(WheelSafeComboBox())
        self.who_box.setAccessibleName(translate("Review", "New action: who will do it"))
        self.due_edit = self.editing(
            date_editor(translate("Review", "Due (%1)").replace("%1", date_pattern()))
        )
        self.due_edit.setAccessibleName(translate("Review", "New action: due date"))
        self.due_edit.returnPressed.connect(self.add_action)
        self.note_edit = self.editing(QLineEdit())
        self.note_edit.setPlaceholderText(translate("Review", "Note (optional)"))
        self.note_edit.setAccessibleName(translate("Review", "New action: note"))
        self.note_edit.returnPressed.connect(self.add_action)
        self.draft_lines(translate("Review", "a new action"), self.what_edit, self.note_edit)
        self.add_button = self.editing(QPushButton(translate("Review", "Add act&ion")))
        self.add_button.setAccessibleName(translate("Review", "Add action"))
        self.add_button.clicked.connect(self.add_action)
        self.remove_button = self.editing(QPushButton(translate("Review", "Remove action")))
        self.remove_button.setAccessibleName(translate("Review", "Remove the selected action"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_message = FieldMessage()

        add_box = QGroupBox(translate("Review", "New action"))
        add_layout = QVBoxLayout(add_box)
        first = QHBoxLayout()
        first.addWidget(self.what_edit, 3)
        first.addWidget(self.who_box, 2)
        first.addWidget(self.due_edit, 1)
        second = QHBoxLayout()
        second.addWidget(self.note_edit, 1)
        second.addWidget(self.add_button)
        add_layout.addLayout(first)
        add_layout.addLayout(second)
        add_layout.addWidget(self.add_message)

        hint = QLabel(
            translate(
                "Review", "Tick an action when it is done: the day is recorded. F2 edits a cell."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #444;")
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(add_box)

    # -- showing -------------------------------------------------------------------------
    def _load(self) -> list[ActionItem]:
        return self.ctx.stores.review.actions_of(self.meeting_id) if self.meeting_id else []

    def owner_choices(self) -> list[tuple[str, str]]:
        """(shown, owner code) for everyone who can own an action: the family, then each
        participant by name and role."""
        found = [(translate("Review", FAMILY_OWNER_NAME), FAMILY_OWNER)]
        if self.meeting_id is None:
            return found
        for person in self.ctx.stores.meetings.participants_of(self.meeting_id):
            role = role_text(person.role)
            found.append((f"{person.name} ({role})" if role else person.name, str(person.id)))
        return found

    def owner_name(self, owner: str) -> str:
        """The name printed for an owner code."""
        if owner == FAMILY_OWNER:
            return translate("Review", FAMILY_OWNER_NAME)
        if owner.isdigit():
            try:
                return self.ctx.stores.meetings.get_participant(int(owner)).name
            except LookupError:
                return ""
        return owner

    def reload(self) -> None:
        self.model.reload()
        self._fill_owners()

    def _fill_owners(self) -> None:
        current = self.who_box.currentData()
        self.who_box.clear()
        self.who_box.addItem(translate("Review", "Who will do it?"), "")
        for text, code in self.owner_choices():
            self.who_box.addItem(text, code)
        self.who_box.setCurrentIndex(max(self.who_box.findData(current), 0))

    def update_enabled(self) -> None:
        super().update_enabled()
        self.model.set_editable(self.can_edit())

    def on_changes(self, changes: Changes) -> None:
        if changes.actions:
            self.model.reload()
        if changes.participants:
            self._fill_owners()

    # -- editing -------------------------------------------------------------------------
    def _save(self, action: ActionItem, field: str, value: Any) -> None:
        """Store one edit from the table (raises when refused) and make it undoable."""
        if field == "status":
            self.run(
                app_review.set_action_status,
                action_id=action.id,
                status=value,
                undo_text=translate("Review", "Mark “%s” %s")
                % (action.what, translate("Review", ACTION_STATUS_LABELS[value]).lower()),
            )
        elif field == "owner":
            self.run(app_review.set_action_owner, action_id=action.id, owner=value,
                     owner_name=self.owner_name(value),
                     undo_text=translate("Review", "Who does “%s”") % action.what)
        else:
            self.run(app_review.change_action, action_id=action.id, name=field, value=value,
                     undo_text=translate("Review", "Edit action “%s”") % action.what)

    def add_action(self) -> int | None:
        """Add the action typed in the form; None (with a message) when it cannot be stored."""
        if not self.can_edit():
            return None
        report = report_to(self.add_message)
        try:
            due = parse_day(self.due_edit.text())
        except ValueError as error:
            report(error_text(error))
            return None
        owner = self.who_box.currentData() or ""
        action = ActionItem(self.meeting_id, typed_text(self.what_edit), owner,
                            self.owner_name(owner) if owner else "", due,
                            note=typed_text(self.note_edit))
        result = self.run(
            app_review.add_action,
            action=action,
            undo_text=translate("Review", "Add action “%s”") % action.what,
            report=report,
        )
        if result is None:
            return None
        action_id = result.value
        for edit in (self.what_edit, self.due_edit, self.note_edit):
            edit.clear()
        self.who_box.setCurrentIndex(0)
        self.model.reload()
        self.what_edit.setFocus()
        return action_id

    def remove_selected(self) -> bool:
        action = selected_record(self.view)
        if action is None or not self.can_edit():
            self.message.show_message(translate("Review", "Select the action to remove."))
            return False
        if self.run(app_review.remove_action, action_id=action.id,
                    undo_text=translate("Review", "Remove action “%s”") % action.what,
                    report=report_to(self.message)) is None:
            return False
        self.model.reload()
        return True

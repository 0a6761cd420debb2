"""The family contact log: every contact or attempt, per family member, added and edited here.

For a meeting whose family has not answered, the attempts made since it was planned
are listed with what the law expects: several attempts, by more than one method.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import contacts as app_contacts
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import ContactEntry
from iep_desk.ui.caseload.fields import combo
from iep_desk.ui.dates import moment_text
from iep_desk.ui.drafts import Draft, quoted
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import PlannerContext, Section, parse_moment
from iep_desk.ui.plurals import plural
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, typed_text

# The fewest attempts, by different methods, that make a fair record (the law names no number).
ATTEMPTS_EXPECTED = 3


class ContactLogSection(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.contacts: list[ContactEntry] = []
        self.member_box = WheelSafeComboBox()
        self.member_box.setAccessibleName(translate("Planner", "Family member"))
        self.member_box.currentIndexChanged.connect(lambda _i: self._load_contacts())
        self.attempts_label = QLabel()
        self.attempts_label.setWordWrap(True)
        self.attempts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.attempts_label.setAccessibleName(
            translate("Planner", "Attempts to reach the family for this meeting")
        )
        self.attempts_label.setStyleSheet("background: #eef3fb; padding: 6px;")
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(translate("Planner", "Contacts with this family member"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Planner", "When"),
                translate("Planner", "How"),
                translate("Planner", "Result"),
                translate("Planner", "By"),
                translate("Planner", "About"),
                translate("Planner", "Progress news"),
                translate("Planner", "Note"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())

        self.when_edit = QLineEdit()
        self.when_edit.setPlaceholderText(
            moment_text(datetime(2026, 3, 3, 15, 30)))
        self.method_box = combo(L.combo_items(L.CONTACT_METHOD_LABELS))
        self.outcome_box = combo(L.combo_items(L.CONTACT_OUTCOME_LABELS))
        self.by_edit = QLineEdit()
        self.topic_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.progress_check = QCheckBox(translate("Planner", "Told them how their child is doing"))
        # Kept when the meeting is shown again (after an Undo); pending_drafts says what they are.
        self.draft_lines(translate("Planner", "a new contact"), self.topic_edit, self.note_edit)
        form_box = QGroupBox(translate("Planner", "A contact, or an attempt that reached nobody"))
        form = QFormLayout(form_box)
        for label, widget in (
            (translate("Planner", "When"), self.when_edit),
            (translate("Planner", "How"), self.method_box),
            (translate("Planner", "Result"), self.outcome_box),
            (translate("Planner", "&By whom"), self.by_edit),
            (translate("Planner", "About"), self.topic_edit),
            (translate("Planner", "Note"), self.note_edit),
            (translate("Planner", "Progress news"), self.progress_check),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, widget)
            self.editing(widget)
        self.add_button = QPushButton(translate("Planner", "Add as a ne&w contact"))
        self.add_button.setAccessibleName(translate("Planner", "Add as a new contact"))
        self.add_button.clicked.connect(self.add_contact)
        self.save_button = QPushButton(
            translate("Planner", "Save changes to the selected contact")
        )
        self.save_button.setAccessibleName(
            translate("Planner", "Save changes to the selected contact")
        )
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button = QPushButton(translate("Planner", "Remove an entry typed by mistake"))
        self.remove_button.setAccessibleName(translate("Planner", "Remove the selected contact"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(translate("Planner", "Clear the form"))
        self.clear_button.setAccessibleName(translate("Planner", "Clear the form"))
        self.clear_button.clicked.connect(self.clear_form)
        for control in (
            self.add_button,
            self.save_button,
            self.remove_button,
            self.clear_button,
            self.member_box,
        ):
            self.editing(control)
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.message)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Planner", "Family member")))
        top.addWidget(self.member_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attempts_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(form_box)

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.member_box.currentData()
        self.member_box.blockSignals(True)
        self.member_box.clear()
        if self.meeting_id is not None:
            student_id = self.ctx.stores.meetings.get_meeting(self.meeting_id).student_id
            for link in self.ctx.store.family_of(student_id):
                relation = f" ({link.relationship})" if link.relationship else ""
                self.member_box.addItem(link.member.name + relation, link.member.id)
            index = self.member_box.findData(current)
            self.member_box.setCurrentIndex(max(index, 0))
        self.member_box.blockSignals(False)
        self._load_contacts()
        self._show_attempts()
        self.clear_form()

    def _load_contacts(self) -> None:
        member_id = self.member_box.currentData()
        self.contacts = (
            self.ctx.stores.contacts.contacts_of_family_member(member_id) if member_id is not None else []
        )
        self.table.setRowCount(len(self.contacts))
        for row, contact in enumerate(self.contacts):
            texts = (
                moment_text(contact.contacted_on),
                L.label(L.CONTACT_METHOD_LABELS, contact.method),
                L.label(L.CONTACT_OUTCOME_LABELS, contact.outcome),
                contact.by_whom,
                contact.topic,
                translate("Planner", "Yes") if contact.progress_update else "",
                contact.note,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _show_attempts(self) -> None:
        if self.meeting_id is None:
            self.attempts_label.hide()
            return
        attempts = self.ctx.stores.contact_attempts_for_meeting(self.meeting_id)
        self.attempts_label.show()
        if attempts.family_replied:
            self.attempts_label.setText(
                translate("Planner", "The family has answered the invitation.")
            )
            return
        lines = [
            translate("Planner",
                "The family has not answered the invitation yet. Attempts since this meeting "
                "was planned:"
            )
        ]
        for contact in attempts.contacts:
            lines.append(
                f"• {moment_text(contact.contacted_on)}: "
                f"{L.label(L.CONTACT_METHOD_LABELS, contact.method)}, "
                f"{L.label(L.CONTACT_OUTCOME_LABELS, contact.outcome)}"
                + (f" ({contact.note})" if contact.note else "")
            )
        if not attempts.contacts:
            lines.append("• " + translate("Planner", "none recorded yet"))
        # Counts as plain names: pyside6-lupdate skips a translate() whose count is a call.
        tries, methods = len(attempts.contacts), len(attempts.methods_tried)
        lines.append(
            translate(
                "Planner",
                "If the meeting has to go ahead without the parents, the law asks for a record of "
                "several attempts to arrange it, by more than one method (calls, letters or emails, "
                "visits), with their results. So far: %1 by %2.",
            )
            .replace(
                "%1",
                plural(translate("Planner", "%n attempt(s)", "", tries), tries),
            )
            .replace(
                "%2",
                plural(translate("Planner", "%n method(s)", "", methods), methods),
            )
        )
        if len(attempts.contacts) < ATTEMPTS_EXPECTED or len(attempts.methods_tried) < 2:
            lines.append(translate("Planner", "Try again, and use another method than before."))
        self.attempts_label.setText("\n".join(lines))

    def _show_selected(self) -> None:
        contact = self.selected()
        if contact is None:
            return
        self.when_edit.setText(moment_text(contact.contacted_on))
        self.method_box.setCurrentIndex(max(0, self.method_box.findData(contact.method)))
        self.outcome_box.setCurrentIndex(max(0, self.outcome_box.findData(contact.outcome)))
        self.by_edit.setText(contact.by_whom)
        self.topic_edit.setText(contact.topic)
        self.note_edit.setText(contact.note)
        self.progress_check.setChecked(contact.progress_update)
        self.update_enabled()

    def selected(self) -> ContactEntry | None:
        row = self.table.currentRow()
        return self.contacts[row] if 0 <= row < len(self.contacts) else None

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.when_edit.setText(moment_text(datetime.now().replace(second=0, microsecond=0)))
        self.method_box.setCurrentIndex(0)
        self.outcome_box.setCurrentIndex(0)
        self.topic_edit.clear()
        self.note_edit.clear()
        self.progress_check.setChecked(False)
        self.message.clear_message()
        self.update_enabled()

    def pending_drafts(self) -> list[Draft]:
        """A new contact typed and not added (About or Note: By whom alone stays in the form
        from one contact to the next, and is no contact), or changes to the contact chosen
        that were not saved."""
        if not self.can_edit():
            return []
        lines = (self.by_edit, self.topic_edit, self.note_edit)
        contact = self.selected()
        if contact is None:
            if not (typed_text(self.topic_edit) or typed_text(self.note_edit)):
                return []
            what = translate("Planner", "a new contact")
        elif [typed_text(line) for line in lines] == [contact.by_whom, contact.topic,
                                                     contact.note]:
            return []
        else:
            what = translate("Planner", "changes to the contact of %s") % moment_text(
                contact.contacted_on)
        text = " – ".join(t for line in lines[1:] if (t := typed_text(line)))
        return [Draft(f"{what}: {quoted(text)}" if text else what, self.topic_edit,
                      self.clear_form)]

    def update_enabled(self) -> None:
        super().update_enabled()
        has_member = self.member_box.count() > 0
        self.add_button.setEnabled(self.can_edit() and has_member)
        self.save_button.setEnabled(self.can_edit() and self.selected() is not None)
        self.remove_button.setEnabled(self.can_edit() and self.selected() is not None)

    def on_changes(self, changes: Changes) -> None:
        if changes.contacts:
            # Put back or taken away by Undo or Redo: the log as the file holds it (what is
            # being typed in the form stays).
            self._load_contacts()
            self._show_attempts()
        elif changes.participants:
            self._show_attempts()
        if changes.family:
            self.reload()

    # -- writing -------------------------------------------------------------------------------
    def _form_contact(self) -> ContactEntry | None:
        if self.meeting_id is None:  # the form is enabled only for a meeting shown
            return None
        member_id = self.member_box.currentData()
        if member_id is None:
            self.message.show_message(
                translate("Planner", "This student has no family member on file yet.")
            )
            return None
        try:
            when = parse_moment(self.when_edit.text())
        except ValueError as error:
            self.message.show_message(error_text(error))
            return None
        student_id = self.ctx.stores.meetings.get_meeting(self.meeting_id).student_id
        return ContactEntry(
            member_id,
            when,
            self.method_box.currentData(),
            self.outcome_box.currentData(),
            student_id=student_id,
            by_whom=typed_text(self.by_edit),
            topic=typed_text(self.topic_edit),
            note=typed_text(self.note_edit),
            progress_update=self.progress_check.isChecked(),
        )

    def add_contact(self) -> int | None:
        if not self.can_edit():
            return None
        contact = self._form_contact()
        if contact is None:
            return None
        result = self.run(app_contacts.add_contact, contact=contact,
                          undo_text=translate("Planner", "Add a contact"), report=self._report)
        if result is None:
            return None
        self._after_write()
        return result.value

    def save_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or not self.can_edit():
            return False
        edited = self._form_contact()
        if edited is None:
            return False
        if (
            self.run(
                app_contacts.correct_contact,
                contact_id=chosen.id,
                corrected=edited,
                undo_text=translate("Planner", "Correct a contact"),
                report=self._report,
            )
            is None
        ):
            return False
        self._after_write()
        return True

    def remove_selected(self) -> bool:
        """Remove an entry typed by mistake (after asking: the log is a legal record)."""
        chosen = self.selected()
        if chosen is None or not self.can_edit():
            return False
        answer = QMessageBox.question(
            self,
            translate("Planner", "Remove contact"),
            translate("Planner",
                "Remove the contact of %s? Only remove an entry typed by mistake: the log is the "
                "record of your attempts to reach the family."
            )
            % moment_text(chosen.contacted_on),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        ok = (
            self.run(
                app_contacts.remove_contact,
                contact_id=chosen.id,
                undo_text=translate("Planner", "Remove a contact"),
                report=self._report,
            )
            is not None
        )
        if ok:
            self._after_write()
        return ok

    def _after_write(self) -> None:
        self._load_contacts()
        self._show_attempts()
        self.clear_form()

    def _report(self, text: str | None) -> None:
        self.message.say(text)

"""A student's family members: add, link one already on file (a sibling's parent), edit, unlink."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import caseload as app_caseload
from iep_desk.core.availability import parse_availability
from iep_desk.core.languages import COMMON_IN_US_SCHOOLS, all_languages, find_language, folded
from iep_desk.core.models import CONTACT_METHODS, FamilyMember
from iep_desk.ui import labels
from iep_desk.ui.autosave import AutosaveGroup
from iep_desk.ui.caseload import fields as f
from iep_desk.ui.dates import availability_text
from iep_desk.ui.desk import Desk, keep_refusals, refusals_to, stored_id
from iep_desk.ui.widgets import FieldMessage, cleaned

MEMBER_FIELDS = ("name", "phones", "email", "address", "preferred_contact", "preferred_language",
                 "interpreter_needed", "availability", "transport_needs", "childcare_needs",
                 "contact_confirmed_on")

AVAILABILITY_OPTIONS = {"parse": parse_availability, "show": availability_text}


class FamilyPanel(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.student_id: int | None = None
        self.member_id: int | None = None
        self.read_only = False
        self.fields = AutosaveGroup()

        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Family members of this student"))
        self.members.setMinimumWidth(200)
        self.members.currentItemChanged.connect(self._member_chosen)
        self.add_button = QPushButton(self.tr("&Add family member…"))
        self.add_button.clicked.connect(self.add_member)
        self.link_button = QPushButton(self.tr("&Link a family member already on file…"))
        self.link_button.clicked.connect(self.link_existing)
        self.unlink_button = QPushButton(self.tr("&Unlink from this student"))
        self.unlink_button.setToolTip(self.tr("The family member stays on file for other students."))
        self.unlink_button.clicked.connect(self.unlink_current)
        for button in (self.add_button, self.link_button, self.unlink_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.members, 1)
        for button in (self.add_button, self.link_button, self.unlink_button):
            buttons.addWidget(button)

        self.editor = QWidget()
        form = f.new_form()
        row = lambda label, editor, field, **o: f.add_row(
            form, label, editor, self.fields, field, self._save, **o)
        row(self.tr("&Name"), QLineEdit(), "name")
        relationship = QLineEdit()
        relationship.setPlaceholderText(self.tr("e.g. mother, grandfather, foster parent"))
        row(self.tr("&Relationship to this student"), relationship, "relationship")
        row(self.tr("&Phone numbers"), QLineEdit(), "phones")
        row(self.tr("E&mail"), QLineEdit(), "email")
        row(self.tr("Address"), f.text_box(2), "address", **f.plain_text_options())
        methods = [(labels.label_for(labels.CONTACT_LABELS, m), m) for m in CONTACT_METHODS]
        row(self.tr("Preferred &contact"), f.combo(methods), "preferred_contact")
        row(self.tr("Preferre&d language"), self._language_chooser(), "preferred_language")
        row(self.tr("Interpreter"), QCheckBox(self.tr("An &interpreter is needed")),
            "interpreter_needed")
        times = QLineEdit()
        times.setPlaceholderText(self.tr("e.g. Tue and Thu 3:30–5:00 PM; Sat 10:00 AM–12:00 PM"))
        row(self.tr("Times the&y can meet"), times, "availability", **AVAILABILITY_OPTIONS)
        row(self.tr("Transport needs"), QLineEdit(), "transport_needs")
        row(self.tr("Childcare needs"), QLineEdit(), "childcare_needs")
        row(self.tr("Contact details c&onfirmed on"), f.date_editor(), "contact_confirmed_on",
            **f.DATE_OPTIONS)
        self.shared_note = QLabel()
        self.shared_note.setWordWrap(True)
        form.addRow(self.shared_note)
        self.editor.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it
        scroll.setWidget(self.editor)

        self.message = FieldMessage()
        self.none_note = QLabel(self.tr("No family member yet. Add one, or link a family member "
                                        "already on file (for brothers and sisters)."))
        self.none_note.setWordWrap(True)
        # The list on the left, the chosen person's details on the right.
        body = QHBoxLayout()
        body.addLayout(buttons, 1)
        body.addWidget(scroll, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_note)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def _language_chooser(self) -> QComboBox:
        """Every language CLDR knows, as "name (own name)", the name in the window's language
        ("Vietnamese (Tiếng Việt)", "Vietnamita (Tiếng Việt)"); the stored value is the code.
        Type any part of either name ("hmong", "dari", "espa", "አማርኛ") and pick from the
        list. The languages most spoken by English learners' families come first; a code the
        list does not know (an older "other", an import) is shown as it is."""
        common = [find_language(code) for code in COMMON_IN_US_SCHOOLS]
        items = [(labels.language_label(language.code), language.code)
                 for language in [find_language("en"), *common] if language is not None]
        items.append((self.tr("Another language (choose it from the list)"), "other"))
        items += sorted(((labels.language_label(language.code), language.code)
                         for language in all_languages()),
                        key=lambda item: folded(item[0]))
        box = f.combo(items)
        box.insertSeparator(len(common) + 2)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMaxVisibleItems(20)
        completer, line_edit = box.completer(), box.lineEdit()
        # setEditable(True) above gave the box both.
        assert completer is not None and line_edit is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line_edit.setPlaceholderText(self.tr("Type to search, e.g. Hmong"))
        # Text that names no language is put back to the language chosen.
        line_edit.editingFinished.connect(
            lambda: box.setEditText(box.itemText(box.currentIndex())))
        return box

    # -- showing -------------------------------------------------------------------
    def show_student(self, student_id: int | None, member_id: int | None = None) -> None:
        if student_id != self.student_id:
            self.flush()
        self.student_id = student_id
        self.message.clear_message()
        self._fill_list(member_id)

    def _fill_list(self, member_id: int | None = None) -> None:
        keep = member_id if member_id is not None else self.member_id
        self.members.blockSignals(True)
        self.members.clear()
        links = self.store.family_of(self.student_id) if self.student_id is not None else []
        for link in links:
            item = QListWidgetItem(self._item_text(link.member.name, link.relationship))
            item.setData(Qt.ItemDataRole.UserRole, link.member.id)
            self.members.addItem(item)
        self.members.blockSignals(False)
        ids = [link.member.id for link in links]
        chosen = keep if keep in ids else (ids[0] if ids else None)
        if chosen is not None:
            self.members.setCurrentRow(ids.index(chosen))
        self._show_member(chosen)
        self.none_note.setVisible(not links and self.student_id is not None)
        self._update_buttons()

    def _item_text(self, name: str, relationship: str) -> str:
        return f"{name} ({relationship})" if relationship else name

    def _member_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        self.fields.flush()
        self._show_member(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        self.editor.setVisible(member_id is not None)
        self._update_buttons()
        student_id = self.student_id
        if member_id is None or student_id is None:  # no student shown lists no member
            return
        member = self.store.get_family_member(member_id)
        values = {name: getattr(member, name) for name in MEMBER_FIELDS}
        values["relationship"] = self.store.get_relationship(student_id, member_id)
        self.fields.load(values)
        others = [sid for sid in self.store.students_of_family_member(member_id)
                  if sid != self.student_id]
        if others:
            names = ", ".join(self.store.get_student(sid).display_name for sid in others)
            self.shared_note.setText(self.tr("Also family of %s: changes here apply to them too.")
                                     % names)
        self.shared_note.setVisible(bool(others))

    def _update_buttons(self) -> None:
        has_student = self.student_id is not None and not self.read_only
        self.add_button.setEnabled(has_student)
        self.link_button.setEnabled(has_student)
        self.unlink_button.setEnabled(has_student and self.member_id is not None)
        self.fields.set_enabled(not self.read_only)

    def refresh(self) -> None:
        """Read the student's family again (after Undo, or a change made elsewhere)."""
        self._fill_list(self.member_id)

    def _report(self, text: str) -> None:
        self.message.show_message(text)

    # -- changing ------------------------------------------------------------------
    def add_member(self) -> int | None:
        """Ask for the name of a new family member and link them to this student."""
        if self.student_id is None or self.read_only:
            return None
        name, ok = QInputDialog.getText(self, self.tr("Add family member"),
                                        self.tr("Name of the family member:"))
        name = cleaned(name)
        if not ok or not name:
            return None
        member = FamilyMember(name=name)
        result = self._run(app_caseload.add_family_member, self.tr("Add family member %s")
                           % member.name, student_id=self.student_id, member=member)
        if result is None:
            return None
        self._fill_list(result.value)
        return result.value

    def link_existing(self) -> int | None:
        """Link a family member already on file (e.g. a sibling's parent) to this student."""
        if self.student_id is None or self.read_only:
            return None
        linked = {link.member.id for link in self.store.family_of(self.student_id)}
        candidates = [m for m in self.store.list_family_members() if m.id not in linked]
        if not candidates:
            self._report(self.tr("Every family member on file is already linked to this student."))
            return None
        choices = []
        for member in candidates:
            children = [self.store.get_student(sid).display_name
                        for sid in self.store.students_of_family_member(stored_id(member.id))]
            choices.append(self.tr("%s (family of %s)") % (member.name, ", ".join(children))
                           if children else member.name)
        choice, ok = QInputDialog.getItem(self, self.tr("Link a family member already on file"),
                                          self.tr("Family member:"), choices, 0, False)
        if not ok or choice not in choices:
            return None
        member = candidates[choices.index(choice)]
        if self._run(app_caseload.link_family_member, self.tr("Link family member %s")
                     % member.name, student_id=self.student_id, member_id=member.id) is None:
            return None
        self._fill_list(member.id)
        return member.id

    def unlink_current(self) -> None:
        if self.student_id is None or self.member_id is None or self.read_only:
            return
        name = self.store.get_family_member(self.member_id).name
        if self._run(app_caseload.unlink_family_member, self.tr("Unlink family member %s")
                     % name, student_id=self.student_id, member_id=self.member_id) is None:
            return
        self.member_id = None
        self._fill_list()

    def _run(self, operation: Any, undo_text: str, **arguments: Any):
        """Run an operation as this panel; a refusal is said below the list."""
        return self.desk.run(operation, undo_text=undo_text, source=self,
                             report=refusals_to(self._report), **arguments)

    def _save(self, field: str, value: Any) -> str | None:
        student_id, member_id = self.student_id, self.member_id
        if student_id is None or member_id is None or self.read_only:
            return None
        messages: list[str] = []
        if field == "relationship":
            result = self.desk.run(app_caseload.set_relationship, student_id=student_id,
                                   member_id=member_id, relationship=value, source=self,
                                   undo_text=self.tr("Edit relationship"),
                                   report=keep_refusals(messages))
        else:
            caption = self.fields[field].caption_text()
            result = self.desk.run(app_caseload.change_family_member, member_id=member_id,
                                   name=field, value=value, source=self,
                                   undo_text=self.tr("Edit %s") % caption.lower(),
                                   report=keep_refusals(messages))
        if result is None:
            return messages[0] if messages else None
        if field in ("name", "relationship"):
            item = self.members.currentItem()
            if item is not None:
                name = value if field == "name" else self.store.get_family_member(member_id).name
                item.setText(self._item_text(name, self.store.get_relationship(student_id, member_id)))
        return None

    def flush(self) -> bool:
        return self.fields.flush()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

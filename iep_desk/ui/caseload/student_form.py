"""The detail area for one student: every field saves itself, and each change can be undone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import caseload as app_caseload
from iep_desk.core import deadlines as dl
from iep_desk.core.models import DISABILITY_CATEGORIES, GRADES, PARTICIPATION_MODES
from iep_desk.ui import labels
from iep_desk.ui.autosave import AutosaveGroup
from iep_desk.ui.caseload import fields as f
from iep_desk.ui.caseload.family_panel import FamilyPanel
from iep_desk.ui.caseload.iep_record_tab import IepRecordTab
from iep_desk.ui.caseload.team_panel import TeamPanel
from iep_desk.ui.dates import date_pattern, date_text
from iep_desk.ui.desk import Desk, keep_refusals
from iep_desk.ui.drafts import Draft
from iep_desk.ui.widgets import ScrollingTabs

STUDENT_FIELDS = (
    "legal_first_name", "legal_last_name", "preferred_name", "date_of_birth", "grade", "school",
    "district_student_id", "disability_category", "participation", "last_iep_meeting",
    "annual_review_due", "last_evaluation", "reevaluation_due", "strengths", "hopes_and_dreams",
    "culture_and_traditions",
)


class StudentForm(QWidget):
    """Shows one student; `changed(student_id)` is emitted after anything of theirs is saved or undone."""

    changed = Signal(int)
    # Emitted with the student now shown (None: nobody), for tabs added from outside.
    student_shown = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.student_id: int | None = None
        self.fields = AutosaveGroup()
        self.read_only = False

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_note = QLabel()
        self._say_what_to_do(read_only=False)
        self.empty_note.setWordWrap(True)

        self.tabs = ScrollingTabs()  # each page scrolls when the window is too small for it
        self.tabs.setAccessibleName(self.tr("Student details"))
        self.student_page = self._student_tab()
        self.tabs.add_page(self.student_page, self.tr("Student"))
        self.tabs.add_page(self._dates_tab(), self.tr("IEP dates"))
        self.tabs.add_page(self._about_tab(), self.tr("Strengths and family"))
        self.family_panel = FamilyPanel(desk)
        self.tabs.add_page(self.family_panel, self.tr("Family members"))
        self.team_panel = TeamPanel(desk)
        self.tabs.add_page(self.team_panel, self.tr("Team"))
        self.iep_record = IepRecordTab(desk)
        self.tabs.add_page(self.iep_record, self.tr("IEP goals and services"))
        self.student_shown.connect(self.iep_record.show_student)
        # The student's meetings and actions tab, added by the caseload pane when the app has
        # a meeting store (a StudentMeetings).
        self.student_meetings = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.tabs, 1)
        self.show_student(None)

    # -- building ----------------------------------------------------------------
    def _row(self, form, label: str, editor: QWidget, field: str, **options):
        return f.add_row(form, label, editor, self.fields, field, self._save, **options)

    def _student_tab(self) -> QWidget:
        page = QWidget()
        form = f.new_form()
        self._row(form, self.tr("&Legal first name"), QLineEdit(), "legal_first_name")
        self._row(form, self.tr("Legal last &name"), QLineEdit(), "legal_last_name")
        preferred = QLineEdit()
        preferred.setPlaceholderText(self.tr("The name the student goes by, if different"))
        self._row(form, self.tr("&Preferred name"), preferred, "preferred_name")
        self._row(form, self.tr("Date of &birth"), f.date_editor(), "date_of_birth", **f.DATE_OPTIONS)
        grades = [(self.tr("Not set"), "")] + [(labels.grade_label(g), g) for g in GRADES]
        self._row(form, self.tr("G&rade"), f.combo(grades), "grade")
        self._row(form, self.tr("S&chool"), QLineEdit(), "school")
        self._row(form, self.tr("District student &ID"), QLineEdit(), "district_student_id")
        categories = [(self.tr("Not recorded"), "")] + [
            (labels.disability_label(code), code) for code in DISABILITY_CATEGORIES]
        self._row(form, self.tr("Primary &disability category"), f.combo(categories),
                  "disability_category")
        modes = [(labels.label_for(labels.PARTICIPATION_LABELS, m), m) for m in PARTICIPATION_MODES]
        self._row(form, self.tr("How the student takes part in &meetings"), f.combo(modes),
                  "participation")
        page.setLayout(form)
        return page

    def _dates_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        form = f.new_form()
        # The due dates show, when left empty, the date they are computed as (_show_computed).
        self.due_date_editors = {"annual_review_due": f.date_editor(),
                                 "reevaluation_due": f.date_editor()}
        self._row(form, self.tr("Last IEP &meeting"), f.date_editor(), "last_iep_meeting",
                  **f.DATE_OPTIONS)
        self._row(form, self.tr("&Annual review due"), self.due_date_editors["annual_review_due"],
                  "annual_review_due", **f.DATE_OPTIONS)
        self._row(form, self.tr("&Last evaluation"), f.date_editor(), "last_evaluation",
                  **f.DATE_OPTIONS)
        self._row(form, self.tr("&Re-evaluation due"), self.due_date_editors["reevaluation_due"],
                  "reevaluation_due", **f.DATE_OPTIONS)
        column.addLayout(form)
        hint = QLabel(self.tr("Leave a due date empty to have it computed from the last meeting or "
                              "evaluation and the settings (Tools ▸ Settings)."))
        hint.setWordWrap(True)
        column.addWidget(hint)

        box = QGroupBox(self.tr("Deadlines computed from these dates"))
        computed = f.new_form()
        self.computed: dict[str, QLabel] = {}
        for kind in (dl.ANNUAL_REVIEW, dl.REEVALUATION, dl.TRANSITION_PLAN, dl.TRANSFER_OF_RIGHTS):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setAccessibleName(labels.deadline_label(kind))
            computed.addRow(labels.deadline_label(kind), value)
            self.computed[kind] = value
        box.setLayout(computed)
        column.addWidget(box)
        column.addStretch(1)
        return page

    def _about_tab(self) -> QWidget:
        page = QWidget()
        form = f.new_form()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long texts: full width
        self._row(form, self.tr("Strengths, talents and &interests"), f.text_box(), "strengths",
                  **f.plain_text_options())
        self._row(form, self.tr("The family's hopes and &dreams for the child"), f.text_box(),
                  "hopes_and_dreams", **f.plain_text_options())
        self._row(form, self.tr("&Culture, celebrations and traditions the family chose to share"),
                  f.text_box(), "culture_and_traditions", **f.plain_text_options())
        page.setLayout(form)
        return page

    # -- showing ------------------------------------------------------------------
    def show_student(self, student_id: int | None) -> None:
        """Show a student (None: nothing chosen). Unsaved edits of the previous one are saved first."""
        if self.student_id is not None and student_id != self.student_id:
            self.flush()
        self.student_id = student_id
        self.student_shown.emit(student_id)
        showing = student_id is not None
        self.tabs.setVisible(showing)
        self.empty_note.setVisible(not showing)
        if not showing:
            self.heading.setText(self.tr("No student chosen"))
            self.subheading.setText("")
            self.family_panel.show_student(None)
            self.team_panel.show_student(None)
            return
        self.reload()
        self.family_panel.show_student(student_id)
        self.team_panel.show_student(student_id)

    def focus_first_empty(self) -> None:
        """Show the Student page with the cursor in its first empty text field (the first
        field when none is empty): a student just added is ready for typing."""
        self.tabs.setCurrentIndex(0)
        fields = [binding.editor for binding in self.fields.fields.values()
                  if isinstance(binding.editor, QLineEdit)
                  and self.student_page.isAncestorOf(binding.editor)]
        chosen = next((editor for editor in fields if not editor.text()), fields[0])
        chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        """Show what the file holds for the current student (after an undo, a settings change...)."""
        if self.student_id is None:
            return
        try:
            student = self.store.get_student(self.student_id)
        except LookupError:
            self.show_student(None)
            return
        self.fields.load({name: getattr(student, name) for name in STUDENT_FIELDS})
        self._show_names(student)
        self._show_computed(student)

    def _show_names(self, student) -> None:
        self.heading.setText(student.display_name)
        parts = []
        if student.legal_name != student.display_name:
            parts.append(self.tr("Legal name: %s") % labels.name_in_text(student.legal_name))
        if student.is_archived:
            parts.append(self.tr("Archived (restore from Show archived)"))
        self.subheading.setText(" · ".join(parts))
        self.subheading.setVisible(bool(parts))

    def _show_computed(self, student) -> None:
        settings = self.desk.stores.settings.deadline_settings()
        today = date.today()
        plain = replace(student, annual_review_due=None, reevaluation_due=None)
        for field, rule in (("annual_review_due", dl.next_annual_review),
                            ("reevaluation_due", dl.reevaluation_due)):
            computed = rule(plain, settings)
            self.due_date_editors[field].setPlaceholderText(
                self.tr("Computed: %s") % date_text(computed) if computed else date_pattern())
        found = {d.kind: d for d in dl.student_deadlines(student, settings, today)}
        for kind, label in self.computed.items():
            deadline = found.get(kind)
            if deadline is None:
                label.setText(self.tr("Needs a date: enter the dates above (date of birth for "
                                      "the transition plan and transfer of rights)."))
                continue
            text = date_text(deadline.due)
            if deadline.open:
                days = deadline.days_left(today)
                word = labels.urgency_word(deadline.urgency(today))
                text += f" ({labels.days_text(days)}{', ' + word if word else ''})"
            else:
                text += self.tr(" (nothing left to do for this date)")
            label.setText(text)

    # -- saving --------------------------------------------------------------------
    def _save(self, field: str, value: Any) -> str | None:
        """Check and store one field; a message when it cannot be stored."""
        student_id = self.student_id
        if student_id is None or self.read_only:
            return None
        caption = self.fields[field].caption_text()
        messages: list[str] = []
        result = self.desk.run(app_caseload.change_student, student_id=student_id, name=field,
                               value=value, source=self,
                               undo_text=self.tr("Edit %s") % caption.lower(),
                               report=keep_refusals(messages))
        if result is None:
            return messages[0] if messages else None
        saved = self.store.get_student(student_id)
        self._show_names(saved)
        self._show_computed(saved)
        self.changed.emit(student_id)
        return None

    def reload_people(self) -> None:
        """The family and the team again (after Undo, or a change in the team dialog)."""
        if self.student_id is not None:
            self.family_panel.refresh()
        self.team_panel.refresh()

    def parts(self) -> tuple[QWidget, ...]:
        """The form and its panels: what they store, they show already."""
        return (self, self.family_panel, self.team_panel)

    def flush(self) -> bool:
        """Save what is typed in the form, the family's fields and the goal being edited;
        True when all of it is saved."""
        saved = [self.fields.flush(), self.family_panel.flush(), self.iep_record.goals.flush()]
        return all(saved)

    def _say_what_to_do(self, *, read_only: bool) -> None:
        """The note shown while no student is chosen: never offers to add one read-only."""
        self.empty_note.setText(
            self.tr("Choose a student in the list to see their details. This caseload is "
                    "open read-only.") if read_only else
            self.tr("Choose a student in the list to see and edit their details, or add a "
                    "student with Ctrl+N."))

    def pending_drafts(self) -> list[Draft]:
        """What was typed for the student shown and not added yet (ui.drafts)."""
        return self.iep_record.goals.pending_drafts()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._say_what_to_do(read_only=read_only)
        self.fields.set_enabled(not read_only)
        self.family_panel.set_read_only(read_only)
        self.team_panel.set_read_only(read_only)
        self.iep_record.set_read_only(read_only)

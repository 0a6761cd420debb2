"""The meeting's own fields: type, purpose, status, date and time, length, place, due date.

Every field saves itself (focus leaving, Enter, a short pause). A value the store
refuses is explained beside the field and nothing is stored.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from iep_desk.core import meeting_rules as rules
from iep_desk.core.deadlines import next_annual_review, reevaluation_due
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import Student
from iep_desk.ui.autosave import AutosaveField, AutosaveGroup
from iep_desk.ui.caseload.fields import DATE_OPTIONS, add_row, combo, date_editor
from iep_desk.ui.labels import name_in_text
from iep_desk.ui.plain_text_check import PlainTextCheck
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import (
    MEETING,
    PlannerContext,
    Section,
    family_language,
    parse_minutes,
    parse_time,
    tr,
)
from iep_desk.ui.problems import problem_text
from iep_desk.ui.widgets import FieldMessage

# Meeting types whose due date is the next annual review; a re-evaluation serves its own date.
_ANNUAL_TYPES = ("annual_review", "transition")


def default_due_date(meeting_type: str, student: Student, settings) -> date | None:
    """The due date a new meeting of this type serves (None when the type has none)."""
    if meeting_type == "reevaluation":
        return reevaluation_due(student, settings)
    if meeting_type in _ANNUAL_TYPES:
        return next_annual_review(student, settings)
    return None


class MeetingDetails(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.group = AutosaveGroup()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.student_label = QLabel()
        self.student_label.setAccessibleName(tr("Student"))
        form.addRow(tr("Student"), self.student_label)

        self.type_box = combo(L.combo_items(L.MEETING_TYPE_LABELS))
        add_row(
            form,
            tr("&Kind of meeting"),
            self.editing(self.type_box),
            self.group,
            "meeting_type",
            self._save,
        )
        self.purpose = PlainTextCheck(single_line=True, accessible_name=tr("Purpose"))
        self.purpose.editor.setPlaceholderText(
            tr("One sentence the family will read, e.g. Review this year's progress.")
        )
        # The checking editor is bound itself; its grade label and message go in one column.
        self.purpose_message = FieldMessage()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.purpose)
        column.addWidget(self.purpose_message)
        caption = QLabel(tr("&Purpose"))
        caption.setBuddy(self.purpose.editor)
        form.addRow(caption, holder)
        self.editing(self.purpose.editor)
        purpose_binding = self.group.add(
            AutosaveField(
                self.purpose.editor,
                "purpose",
                self._save,
                message=self.purpose_message,
                parse=lambda text: " ".join(text.split()),
            )
        )
        self.purpose.editor.editingFinished.connect(purpose_binding.commit)

        self.status_box = combo(L.combo_items(L.STATUS_LABELS))
        add_row(
            form, tr("&Status"), self.editing(self.status_box), self.group, "status", self._save
        )
        self.date_edit = date_editor()
        add_row(
            form,
            tr("&Date"),
            self.editing(self.date_edit),
            self.group,
            "date",
            self._save,
            **DATE_OPTIONS,
        )
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(
            tr("e.g. %1").replace("%1", L.time_text(time(15, 30))))
        self.time_edit.setMaximumWidth(220)
        add_row(
            form,
            tr("Start &time"),
            self.editing(self.time_edit),
            self.group,
            "time",
            self._save,
            parse=parse_time,
            show=L.time_text,
        )
        self.duration_edit = QLineEdit()
        self.duration_edit.setMaximumWidth(120)
        self.duration_edit.setToolTip(
            tr("Plan ample time: the default comes from the settings for this kind of meeting.")
        )
        add_row(
            form,
            tr("&Length (minutes)"),
            self.editing(self.duration_edit),
            self.group,
            "duration_minutes",
            self._save,
            parse=parse_minutes,
            show=str,
        )
        self.place_kind_box = combo(L.combo_items(L.PLACE_LABELS))
        add_row(
            form,
            tr("&How"),
            self.editing(self.place_kind_box),
            self.group,
            "place_kind",
            self._save,
        )
        self.place_edit = QLineEdit()
        add_row(
            form,
            tr("P&lace or joining details"),
            self.editing(self.place_edit),
            self.group,
            "place",
            self._save,
        )
        self.due_edit = date_editor()
        self.due_edit.setToolTip(
            tr("The annual review or re-evaluation date this meeting must come before.")
        )
        add_row(
            form,
            tr("Must be &held by"),
            self.editing(self.due_edit),
            self.group,
            "due_by",
            self._save,
            **DATE_OPTIONS,
        )

        self.transition_label = QLabel()
        self.transition_label.setWordWrap(True)
        self.transition_label.setAccessibleName(tr("Transition meeting"))
        self.warning_label = FieldMessage()
        self.warning_label.setAccessibleName(tr("Warnings about this meeting"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.transition_label)
        layout.addWidget(self.warning_label)
        layout.addStretch(1)
        self.place_kind_box.currentIndexChanged.connect(self._update_place_hint)

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        if self.meeting_id is None:
            self.group.load({})
            self.student_label.setText("")
            self.transition_label.hide()
            self.warning_label.clear_message()
            return
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        student = self.ctx.store.get_student(meeting.student_id)
        self.student_label.setText(
            name_in_text(student.display_name) + (tr(" (archived)") if student.is_archived else "")
        )
        values: dict[str, Any] = {
            name: getattr(meeting, name)
            for name in (
                "meeting_type",
                "purpose",
                "status",
                "duration_minutes",
                "place_kind",
                "place",
                "due_by",
            )
        }
        values["date"] = meeting.starts_at.date() if meeting.starts_at else None
        values["time"] = meeting.starts_at.time() if meeting.starts_at else None
        self.group.load(values)
        self.purpose.set_language(family_language(self.ctx.store, meeting.student_id))
        self.purpose.editor.check_now()
        self._update_place_hint()
        if meeting.is_transition:
            self.transition_label.setText(
                tr(
                    "Transition meeting: %s is at or above the transition age on the meeting date, so "
                    "they are invited and the notice must say that the meeting plans for life after "
                    "school."
                )
                % name_in_text(student.first_name)
            )
            self.transition_label.show()
        else:
            self.transition_label.hide()
        self._show_warnings(meeting, student)

    def _show_warnings(self, meeting: Meeting, student: Student) -> None:
        warnings = [
            problem_text(p) for p in rules.check_meeting(meeting, student, date.today())
            if not p.blocking
        ]
        if warnings:
            self.warning_label.show_message(" ".join(warnings))
        else:
            self.warning_label.clear_message()

    def _update_place_hint(self) -> None:
        hints = {
            "room": tr("The room, e.g. Room 12, next to the library"),
            "phone": tr("The number to call and any code to join"),
            "video": tr("The link and how to join"),
        }
        self.place_edit.setPlaceholderText(hints.get(self.place_kind_box.currentData(), ""))

    def flush(self) -> None:
        self.group.flush()

    def update_enabled(self) -> None:
        super().update_enabled()
        # The status of a held meeting stays "held": it is a record.
        self.purpose.editor.setReadOnly(not self.can_edit())

    def on_changed(self, what: str) -> None:
        if what == MEETING:
            self.reload()

    # -- saving ----------------------------------------------------------------------------
    def _save(self, field: str, value: Any) -> str | None:
        if self.meeting_id is None:
            return None
        meeting_id = self.meeting_id
        stores = self.ctx.stores
        meeting = stores.meetings.get_meeting(meeting_id)
        if field in ("date", "time"):
            if field == "date":
                if value is None:
                    new = None
                else:
                    clock = (
                        meeting.starts_at.time()
                        if meeting.starts_at
                        else stores.settings.planner_settings().school_day_start
                    )
                    new = datetime.combine(value, clock)
            else:
                if meeting.starts_at is None:
                    return tr("Enter the date first, then the time.") if value else None
                new = (
                    datetime.combine(meeting.starts_at.date(), value or time(0, 0))
                    if value
                    else None
                )
                if value is None:
                    return tr("Enter the start time, for example 15:30.")
            field, value = "starts_at", new
        extra: dict[str, Any] = {}
        if field == "meeting_type" and value != meeting.meeting_type:
            extra = self._follow_type(meeting, value)
        messages: list[str] = []
        ok, old = self.ctx.attempt(
            lambda: stores.meetings.set_meeting_field(meeting_id, field, value), messages.append
        )
        if not ok:
            return messages[0]
        # The kind of meeting may bring its length and due date along: one undo step for all.
        olds, news = {field: old}, {field: value}
        for name, new_value in extra.items():
            stored, previous = self.ctx.attempt(
                lambda n=name, v=new_value: stores.meetings.set_meeting_field(meeting_id, n, v),
                lambda _m: None,
            )
            if stored:
                self.group[name].set_value(new_value)
                olds[name], news[name] = previous, new_value

        def write(values: dict[str, Any]) -> None:
            for name, new_value in values.items():
                stores.meetings.set_meeting_field(meeting_id, name, new_value)

        self.ctx.push_do_undo(
            tr("Change meeting %s") % field.replace("_", " "),
            lambda: write(news),
            lambda: write(dict(reversed(list(olds.items())))),
            after=self._after_undo,
            report=self.warning_label.show_message,
        )
        self.changed.emit(MEETING)
        return None

    def _after_undo(self) -> None:
        """Undo or redo wrote a field: show what the file now holds, and tell the others."""
        self.reload()
        self.changed.emit(MEETING)

    def _follow_type(self, meeting: Meeting, new_type: str) -> dict[str, Any]:
        """A new kind of meeting brings its default length (unless the teacher changed it)
        and its due date (unless one is set)."""
        settings = self.ctx.stores.settings.planner_settings()
        changes: dict[str, Any] = {}
        if meeting.duration_minutes == settings.duration_for(meeting.meeting_type):
            changes["duration_minutes"] = settings.duration_for(new_type)
        if meeting.due_by is None:
            student = self.ctx.store.get_student(meeting.student_id)
            due = default_due_date(new_type, student, self.ctx.stores.settings.deadline_settings())
            if due is not None and due >= date.today():
                changes["due_by"] = due
        return changes

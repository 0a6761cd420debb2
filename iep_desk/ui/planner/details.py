"""The meeting's own fields: type, purpose, status, date and time, length, place, due date.

Every field saves itself (focus leaving, Enter, a short pause). A value the store
refuses is explained beside the field and nothing is stored.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.core import meeting_rules as rules
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import Student
from iep_desk.ui.autosave import AutosaveField, AutosaveGroup
from iep_desk.ui.caseload.fields import DATE_OPTIONS, add_row, combo, date_editor
from iep_desk.ui.dates import one_period
from iep_desk.ui.desk import keep_refusals
from iep_desk.ui.labels import name_in_text
from iep_desk.ui.plain_text_check import PlainTextCheck
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import (
    PlannerContext,
    Section,
    family_language,
    parse_meeting_time,
    parse_minutes,
)
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage


class MeetingDetails(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.group = AutosaveGroup()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._build_what(form)
        self._build_when_and_where(form)
        self._lay_out(form)

    def _build_what(self, form: QFormLayout) -> None:
        self.student_label = QLabel()
        self.student_label.setAccessibleName(translate("Planner", "Student"))
        form.addRow(translate("Planner", "Student"), self.student_label)

        self.type_box = combo(L.combo_items(L.MEETING_TYPE_LABELS))
        add_row(
            form,
            translate("Planner", "Kind of meeting"),
            self.editing(self.type_box),
            self.group,
            "meeting_type",
            self._save,
        )
        self.purpose = PlainTextCheck(
            single_line=True, accessible_name=translate("Planner", "Purpose")
        )
        self.purpose.editor.setPlaceholderText(
            translate(
                "Planner", "One sentence the family will read, e.g. Review this year's progress."
            )
        )
        # The checking editor is bound itself; its grade label and message go in one column.
        self.purpose_message = FieldMessage()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.purpose)
        column.addWidget(self.purpose_message)
        caption = QLabel(translate("Planner", "Purpose"))
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
        purpose_binding.caption = caption  # names the field in its undo step
        self.purpose.editor.editingFinished.connect(purpose_binding.commit)

    def _build_when_and_where(self, form: QFormLayout) -> None:
        self.status_box = combo(L.combo_items(L.STATUS_LABELS))
        add_row(
            form,
            translate("Planner", "Status"),
            self.editing(self.status_box),
            self.group,
            "status",
            self._save,
        )
        self.date_edit = date_editor()
        add_row(
            form,
            translate("Planner", "Date"),
            self.editing(self.date_edit),
            self.group,
            "date",
            self._save,
            **DATE_OPTIONS,
        )
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(
            translate("Planner", "e.g. %1").replace("%1", L.time_text(time(15, 30))))
        self.time_edit.setMaximumWidth(220)
        add_row(
            form,
            translate("Planner", "Start time"),
            self.editing(self.time_edit),
            self.group,
            "time",
            self._save,
            parse=self._parse_time,
            show=L.time_text,
        )
        # A day or an hour a family would not expect (a weekend, a closed day, 3:30 AM): a
        # warning right below the date and time, never a refusal.
        self.when_warning = FieldMessage()
        form.addRow(self.when_warning)
        self.duration_edit = QLineEdit()
        self.duration_edit.setMaximumWidth(120)
        self.duration_edit.setToolTip(
            translate(
                "Planner",
                "Plan ample time: the default comes from the settings for this kind of meeting.",
            )
        )
        add_row(
            form,
            translate("Planner", "Length (minutes)"),
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
            translate("Planner", "How"),
            self.editing(self.place_kind_box),
            self.group,
            "place_kind",
            self._save,
        )
        self.place_edit = QLineEdit()
        add_row(
            form,
            translate("Planner", "Place or &joining details"),
            self.editing(self.place_edit),
            self.group,
            "place",
            self._save,
        )
        self.due_edit = date_editor()
        self.due_edit.setToolTip(
            translate(
                "Planner", "The annual review or re-evaluation date this meeting must come before."
            )
        )
        add_row(
            form,
            translate("Planner", "Must be held by"),
            self.editing(self.due_edit),
            self.group,
            "due_by",
            self._save,
            **DATE_OPTIONS,
        )
        self.place_kind_box.currentIndexChanged.connect(self._update_place_hint)

    def _lay_out(self, form: QFormLayout) -> None:
        self.transition_label = QLabel()
        self.transition_label.setWordWrap(True)
        self.transition_label.setAccessibleName(translate("Planner", "Transition meeting"))
        self.warning_label = FieldMessage()
        self.warning_label.setAccessibleName(translate("Planner", "Warnings about this meeting"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.transition_label)
        layout.addWidget(self.warning_label)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        if self.meeting_id is None:
            self.group.load({})
            self.student_label.setText("")
            self.transition_label.hide()
            self.warning_label.clear_message()
            self.when_warning.clear_message()
            return
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        student = self.ctx.store.get_student(meeting.student_id)
        self.student_label.setText(
            name_in_text(student.display_name)
            + (translate("Planner", " (archived)") if student.is_archived else "")
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
                translate("Planner",
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
        # A record (held, cancelled) keeps the day it had: nothing to check any more.
        when = [] if meeting.is_record else rules.check_meeting_time(
            meeting.starts_at, self.ctx.stores.settings.planner_settings())
        if when:
            self.when_warning.show_message(" ".join(problem_text(p) for p in when))
        else:
            self.when_warning.clear_message()

    def _update_place_hint(self) -> None:
        hints = {
            "room": translate("Planner", "The room, e.g. Room 12, next to the library"),
            "phone": translate("Planner", "The number to call and any code to join"),
            "video": translate("Planner", "The link and how to join"),
        }
        self.place_edit.setPlaceholderText(hints.get(self.place_kind_box.currentData(), ""))

    def flush(self) -> bool:
        return self.group.flush()

    def update_enabled(self) -> None:
        super().update_enabled()
        # The status of a held meeting stays "held": it is a record.
        self.purpose.editor.setReadOnly(not self.can_edit())

    def on_changes(self, changes: Changes) -> None:
        if changes.meetings or changes.students:
            self.reload()

    # -- saving ----------------------------------------------------------------------------
    def _save(self, field: str, value: Any) -> str | None:
        if self.meeting_id is None:
            return None
        meeting_id = self.meeting_id
        meeting = self.ctx.stores.meetings.get_meeting(meeting_id)
        # The undo step names the field as its label does ("Edit length (minutes)").
        undo_text = translate("Planner", "Edit %s") % self.group[field].caption_text().lower()
        date_typed = field == "date"
        if field in ("date", "time"):
            if field == "date":
                too_far = None if value is None else rules.check_meeting_date(value, date.today())
                if too_far is not None:  # 1900, 2100, 2062 for 2026: refused beside the field
                    return problem_text(too_far)
                if value is None:
                    new = None
                else:
                    clock = (
                        meeting.starts_at.time()
                        if meeting.starts_at
                        # A time typed before the date (it asked for the date) is used.
                        else self._typed_time()
                        or self.ctx.stores.settings.planner_settings().school_day_start
                    )
                    new = datetime.combine(value, clock)
            else:
                if meeting.starts_at is None:
                    return (
                        translate("Planner", "Enter the date first, then the time.")
                        if value
                        else None
                    )
                if value is None:
                    return one_period(translate(
                        "Planner", "Enter the start time, for example %1."
                    ).replace("%1", L.time_text(time(15, 30))))
                new = datetime.combine(meeting.starts_at.date(), value)
            field, value = "starts_at", new
        messages: list[str] = []
        result = self.run(
            app_meetings.change_meeting,
            meeting_id=meeting_id,
            name=field,
            value=value,
            undo_text=undo_text,
            report=keep_refusals(messages),
        )
        if result is None:
            return messages[0] if messages else None
        # A new kind of meeting brings its length and due date along (one undo step).
        for name, new_value in (result.value or {}).items():
            if name != field and name in self.group.fields:
                self.group[name].set_value(new_value)
        if date_typed and not self.group["time"].dirty:
            # A date alone starts at the school day's start, a date taken away takes the time
            # with it: the time field says so, as the list and the header do.
            self.group["time"].set_value(value.time() if value is not None else None)
        self.reload_warnings()
        return None

    def _typed_time(self) -> time | None:
        """The time in the Start time field, when it holds one."""
        try:
            return self._parse_time(self.time_edit.text())
        except ValueError:
            return None

    def _parse_time(self, text: str) -> time | None:
        """The start time as typed; "3:30" without AM or PM is read within the school day
        (3:30 PM on a 12-hour clock), and the field then shows what was understood."""
        return parse_meeting_time(text, self.ctx.stores.settings.planner_settings())

    def reload_warnings(self) -> None:
        if self.meeting_id is not None:
            meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
            self._show_warnings(meeting, self.ctx.store.get_student(meeting.student_id))

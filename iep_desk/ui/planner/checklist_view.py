"""The before-the-meeting checklist: a tick and a date per item, progress, what is open, warnings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import checklist as app_checklist
from iep_desk.app.changes import Changes
from iep_desk.core.checklist import ChecklistState, before_meeting_checklist
from iep_desk.resources import checklist_texts
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.dates import date_text
from iep_desk.ui.labels import window_language
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import PlannerContext, Section, parse_day
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, typed_text


class _ItemRow:
    """The widgets of one checklist item."""

    def __init__(self, item_id: str):
        self.item_id = item_id
        self.check = QCheckBox()
        self.date_edit = date_editor()
        self.date_edit.setMaximumWidth(130)
        self.note_edit = QLineEdit()
        self.message = FieldMessage()


class ChecklistSection(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.state: ChecklistState | None = None
        self.rows: dict[str, _ItemRow] = {}
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(translate("Planner", "Checklist progress"))
        font = self.progress_label.font()
        font.setBold(True)
        self.progress_label.setFont(font)
        self.open_label = QLabel()
        self.open_label.setWordWrap(True)
        self.open_label.setAccessibleName(translate("Planner", "Still to do"))
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #7a4b00;")
        self.warnings_label.setAccessibleName(translate("Planner", "Checklist warnings"))
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the items, not to it
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.open_label)

    def reload(self) -> None:
        self.rows.clear()  # first: a row's field losing the focus as it goes saves nothing
        while (layout_item := self.grid.takeAt(0)) is not None:  # None once it is empty
            widget = layout_item.widget()
            if widget is not None:
                widget.hide()  # gone from the screen and from Tab at once, not when deleted
                widget.deleteLater()
        self._editing = []
        if self.meeting_id is None:
            self.state = None
            self.progress_label.setText("")
            self.open_label.setText("")
            self.warnings_label.setText("")
            return
        self.state = state = self.compute(self.meeting_id)
        self.grid.addWidget(QLabel(translate("Planner", "Done")), 0, 0)
        self.grid.addWidget(QLabel(translate("Planner", "On")), 0, 1)
        self.grid.addWidget(QLabel(translate("Planner", "Note")), 0, 2)
        for index, item in enumerate(state.items, start=1):
            row = _ItemRow(item.id)
            row.check.setText(item.text)
            row.check.setAccessibleName(item.text)
            row.check.setChecked(item.done)
            row.date_edit.setText(L.day_text(item.done_on))
            row.date_edit.setAccessibleName(translate("Planner", "Date done: %s") % item.text)
            row.note_edit.setText(item.note)
            row.note_edit.setPlaceholderText(item.hint)
            row.note_edit.setAccessibleName(translate("Planner", "Note: %s") % item.text)
            if item.computed:
                # Worked out from the participants' excusal consents (or the written input
                # asked of them): shown, not ticked.
                row.check.setEnabled(False)
                row.date_edit.hide()
                row.note_edit.setText(
                    translate("Planner", "From the Team input tab")
                    if item.id == "team_input_received"
                    else translate("Planner", "From the participants' consent dates")
                )
                row.note_edit.setReadOnly(True)
            else:
                self.editing(row.check)
                self.editing(row.date_edit)
                self.editing(row.note_edit)
                row.check.toggled.connect(
                    lambda checked, r=row: self.set_ticked(r.item_id, checked)
                )
                row.date_edit.editingFinished.connect(lambda r=row: self._retick(r))
                row.note_edit.editingFinished.connect(lambda r=row: self._retick(r))
            self.grid.addWidget(row.check, index * 2 - 1, 0)
            self.grid.addWidget(row.date_edit, index * 2 - 1, 1)
            self.grid.addWidget(row.note_edit, index * 2 - 1, 2)
            self.grid.addWidget(row.message, index * 2, 0, 1, 3)
            self.rows[item.id] = row
        self.grid.setRowStretch(len(state.items) * 2 + 1, 1)
        self._show_summary(state, self.meeting_id)

    def compute(self, meeting_id: int) -> ChecklistState:
        stores = self.ctx.stores
        meeting = stores.meetings.get_meeting(meeting_id)
        family = [link.member for link in self.ctx.store.family_of(meeting.student_id)]
        return before_meeting_checklist(
            meeting,
            stores.meetings.participants_of(meeting_id),
            family,
            stores.checklist.entries_of(meeting_id),  # the notes on items not ticked too
            last_progress_contact=stores.contacts.last_progress_contact_by_student().get(
                meeting.student_id
            ),
            today=date.today(),
            deadline_settings=self.ctx.stores.settings.deadline_settings(),
            planner_settings=stores.settings.planner_settings(),
            texts=checklist_texts(window_language()),
            input_requests=stores.preparation.input_requests_of(meeting_id),
            say_date=date_text,
        )

    def _show_summary(self, state: ChecklistState, meeting_id: int) -> None:
        done, total = state.progress
        self.progress_label.setText(translate("Planner", "%d of %d done") % (done, total))
        open_items = state.open_items
        self.open_label.setText(
            translate("Planner", "Still to do: %s") % "; ".join(i.text for i in open_items)
            if open_items
            else translate("Planner", "Everything on the checklist is done.")
        )
        lines = [f"⚠ {w}" for w in state.warnings]
        meeting = self.ctx.stores.meetings.get_meeting(meeting_id)
        last = self.ctx.stores.contacts.last_progress_contact_by_student().get(meeting.student_id)
        # "No surprises": the last time the family heard how their child is doing.
        lines.append(
            translate("Planner", "Last progress news to the family: %s (from the contact log).")
            % (L.day_text(last) if last else translate("Planner", "none recorded"))
        )
        self.warnings_label.setText("\n".join(lines))

    def on_changes(self, changes: Changes) -> None:
        if (changes.meetings or changes.participants or changes.contacts or changes.checklist
                or changes.family or changes.settings or changes.preparation):
            self.reload()
            self.update_enabled()

    # -- ticking --------------------------------------------------------------------------------
    def set_ticked(self, item_id: str, ticked: bool) -> bool:
        """Tick (with the date typed, or today) or clear an item; True when stored."""
        row = self.rows[item_id]
        meeting_id = self.meeting_id
        if ticked:
            try:
                done_on = parse_day(row.date_edit.text()) or date.today()
            except ValueError as error:
                row.message.show_message(error_text(error))
                self._set_check(row, False)
                return False
            result = self.run(app_checklist.tick, meeting_id=meeting_id, item=item_id,
                              done_on=done_on, note=typed_text(row.note_edit),
                              undo_text=translate("Planner", "Tick “%s”") % row.check.text(),
                              report=lambda m: self._report(row, m))
            if result is None:
                self._set_check(row, False)
                return False
            row.date_edit.setText(L.day_text(done_on))
        else:
            result = self.run(app_checklist.untick, meeting_id=meeting_id, item=item_id,
                              undo_text=translate("Planner", "Clear “%s”") % row.check.text(),
                              report=lambda m: self._report(row, m))
            if result is None:
                self._set_check(row, True)
                return False
            row.date_edit.clear()
        self._after_tick()
        return True

    def _retick(self, row: _ItemRow) -> None:
        """A new date or note for an item ticked, or a note on an item not ticked yet (kept
        without ticking it)."""
        if self.rows.get(row.item_id) is not row:
            return  # a row being replaced (after Undo, say): its text is not an edit
        if self.meeting_id is None:
            return
        note = typed_text(row.note_edit)
        if not row.check.isChecked():
            if self.run(app_checklist.keep_note, meeting_id=self.meeting_id, item=row.item_id,
                        note=note, report=lambda m: self._report(row, m),
                        undo_text=translate("Planner", "Note on “%s”") % row.check.text()):
                self._after_tick()
            return
        try:
            done_on = parse_day(row.date_edit.text()) or date.today()
        except ValueError as error:
            row.message.show_message(error_text(error))
            return
        tick = self.ctx.stores.checklist.entry(self.meeting_id, row.item_id)
        if tick is not None and tick.done_on == done_on and tick.note == note:
            return
        if self.run(app_checklist.tick, meeting_id=self.meeting_id, item=row.item_id,
                    done_on=done_on, note=note, report=lambda m: self._report(row, m),
                    undo_text=translate("Planner", "Change “%s”") % row.check.text()):
            self._after_tick()

    def flush(self) -> bool:
        """Keep a note still being typed (choosing another meeting, closing the window); True
        when every note typed is on file (False: a write the disk refused, said beside it)."""
        if self.state is None or self.meeting_id is None or not self.can_edit():
            return True
        for item in self.state.items:
            row = self.rows.get(item.id)
            if row is not None and not item.computed and typed_text(row.note_edit) != item.note:
                self._retick(row)
        return not any(self._unsaved_notes())

    def _unsaved_notes(self) -> list[str]:
        """The items whose note on screen differs from the note on file."""
        if self.state is None:
            return []
        return [item.id for item in self.state.items
                if (row := self.rows.get(item.id)) is not None
                and not item.computed and typed_text(row.note_edit) != item.note]

    def _set_check(self, row: _ItemRow, checked: bool) -> None:
        row.check.blockSignals(True)
        row.check.setChecked(checked)
        row.check.blockSignals(False)

    def _report(self, row: _ItemRow, text: str | None) -> None:
        if text:
            row.message.show_message(text)
        else:
            row.message.clear_message()

    def _after_tick(self) -> None:
        if self.meeting_id is None:  # a tick is stored only for a meeting shown
            return
        self.state = self.compute(self.meeting_id)
        self._show_summary(self.state, self.meeting_id)

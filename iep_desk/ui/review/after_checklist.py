"""The after-the-meeting checklist: notes and action plan sent (when, how), thank-you letter
sent, copy of the IEP given, review done, and the prior written notice when a decision calls
for one (shown with its due date). The meeting counts as closed when all are ticked.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from iep_desk.app import checklist as app_checklist
from iep_desk.app import decisions as app_decisions
from iep_desk.app.changes import Changes
from iep_desk.core.checklist import PRIOR_NOTICE_ITEM, ChecklistState, after_meeting_checklist
from iep_desk.resources import checklist_texts
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.dates import date_text, parse_day
from iep_desk.ui.labels import window_language
from iep_desk.ui.problems import error_text
from iep_desk.ui.review.common import ReviewContext, ReviewSection, report_to
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, typed_text

CLOSED_STYLE = "background: #d9f2dd; color: #1b4d24; border: 1px solid #8cc996; padding: 6px;"
OPEN_STYLE = "background: #fff3cd; color: #4a3b00; border: 1px solid #e0c36b; padding: 6px;"


def closed_text(state: ChecklistState) -> str:
    """"✔ Closed: ..." or "Not closed yet: 2 of 4 done. Still to do: ..."."""
    if state.complete:
        return translate("Review", "✔ Closed: everything after the meeting is done.")
    done, total = state.progress
    return translate("Review", "Not closed yet: %d of %d done. Still to do: %s.") % (
        done, total, "; ".join(item.text.rstrip(".") for item in state.open_items))


class _ItemRow:
    def __init__(self, item_id: str):
        self.item_id = item_id
        self.check = QCheckBox()
        self.date_edit = date_editor()
        self.date_edit.setMaximumWidth(130)
        self.note_edit = QLineEdit()
        self.message = FieldMessage()


class AfterChecklistSection(ReviewSection):
    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        # Every row, the prior written notice's too (hidden while no decision calls for it).
        self.state: ChecklistState = after_meeting_checklist([], checklist_texts(window_language()),
                                                             prior_notice_due=date.min)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(translate("Review", "Prior written notice"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(translate("Review", "Closed or not"))
        self.rows: dict[str, _ItemRow] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(translate("Review", "Done")), 0, 0)
        grid.addWidget(QLabel(translate("Review", "On (empty: today)")), 0, 1)
        grid.addWidget(QLabel(translate("Review", "How, or a note")), 0, 2)
        for index, item in enumerate(self.state.items, start=1):
            row = _ItemRow(item.id)
            row.check.setText(item.text)
            row.check.setAccessibleName(item.text)
            row.date_edit.setAccessibleName(translate("Review", "Date done: %s") % item.text)
            row.note_edit.setAccessibleName(translate("Review", "Note: %s") % item.text)
            row.note_edit.setPlaceholderText(item.hint)
            for widget in (row.check, row.date_edit, row.note_edit):
                self.editing(widget)
            row.check.toggled.connect(lambda checked, r=row: self.set_ticked(r.item_id, checked))
            row.date_edit.editingFinished.connect(lambda r=row: self._retick(r))
            row.note_edit.editingFinished.connect(lambda r=row: self._retick(r))
            grid.addWidget(row.check, index * 2 - 1, 0)
            grid.addWidget(row.date_edit, index * 2 - 1, 1)
            grid.addWidget(row.note_edit, index * 2 - 1, 2)
            grid.addWidget(row.message, index * 2, 0, 1, 3)
            self.rows[item.id] = row
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(grid)
        layout.addStretch(1)

    def prior_notice_due(self) -> date | None:
        if self.meeting_id is None:
            return None
        try:
            return app_decisions.prior_notice_due(self.ctx.stores, meeting_id=self.meeting_id)
        except LookupError:
            return None

    def compute(self) -> ChecklistState:
        # Every row: the notes on items not ticked yet are shown too.
        ticks = self.ctx.stores.checklist.entries_of(self.meeting_id) if self.meeting_id else []
        return after_meeting_checklist(ticks, checklist_texts(window_language()),
                                       prior_notice_due=self.prior_notice_due(),
                                       say_date=date_text)

    @property
    def closed(self) -> bool:
        return self.meeting_id is not None and self.state.complete

    def reload(self) -> None:
        self.state = self.compute()
        due = self.prior_notice_due()
        notice = self.rows[PRIOR_NOTICE_ITEM]
        for widget in (notice.check, notice.date_edit, notice.note_edit):
            widget.setVisible(due is not None)
        if due is not None:
            text = translate("Review", "Sent the prior written notice (due %s)") % date_text(due)
            notice.check.setText(text)
            notice.check.setAccessibleName(text)
        for item in self.state.items:
            row = self.rows[item.id]
            row.check.blockSignals(True)
            row.check.setChecked(item.done)
            row.check.blockSignals(False)
            row.date_edit.setText(date_text(item.done_on))
            row.note_edit.setText(item.note)
            row.message.clear_message()
        self._show_status()

    def _show_status(self) -> None:
        due = self.prior_notice_due()
        notice = self.state.item(PRIOR_NOTICE_ITEM)  # listed while a notice is due
        self.notice_label.setVisible(due is not None and notice is not None and not notice.done)
        if due is not None:
            self.notice_label.setText(translate("Review",
                "⚠ The family disagreed, or the school turned down what they asked: the parents "
                "are owed prior written notice by %s (what was proposed or refused, why, what "
                "else was considered, and their rights).") % date_text(due))
        if self.meeting_id is None:
            self.status_label.setText("")
            self.status_label.setStyleSheet("")
            return
        self.status_label.setText(closed_text(self.state))
        self.status_label.setStyleSheet(CLOSED_STYLE if self.state.complete else OPEN_STYLE)

    # -- ticking ------------------------------------------------------------------------------
    def set_ticked(self, item_id: str, ticked: bool) -> bool:
        """Tick (with the date typed, or today) or clear an item; True when stored."""
        row = self.rows[item_id]
        meeting_id = self.meeting_id
        if meeting_id is None or not self.can_edit():
            return False
        report = report_to(row.message)
        if ticked:
            try:
                done_on = parse_day(row.date_edit.text()) or date.today()
            except ValueError as error:
                report(error_text(error))
                self._set_check(row, False)
                return False
            note = typed_text(row.note_edit)
            if self.run(app_checklist.tick, meeting_id=meeting_id, item=item_id, done_on=done_on,
                        note=note, undo_text=translate("Review", "Tick “%s”") % row.check.text(),
                        report=report) is None:
                self._set_check(row, False)
                return False
            row.date_edit.setText(date_text(done_on))
        else:
            if (
                self.run(
                    app_checklist.untick,
                    meeting_id=meeting_id,
                    item=item_id,
                    undo_text=translate("Review", "Clear “%s”") % row.check.text(),
                    report=report,
                )
                is None
            ):
                self._set_check(row, True)
                return False
            row.date_edit.clear()
        self._after_tick()
        return True

    def _retick(self, row: _ItemRow) -> None:
        """A new date or note for an item ticked, or a note on an item not ticked yet (kept
        without ticking it)."""
        if self.meeting_id is None or not self.can_edit():
            return
        report = report_to(row.message)
        if not row.check.isChecked():
            current = self.state.item(row.item_id)
            note = typed_text(row.note_edit)
            if current is not None and current.note == note:
                return
            if self.run(app_checklist.keep_note, meeting_id=self.meeting_id, item=row.item_id,
                        note=note, report=report,
                        undo_text=translate("Review", "Note on “%s”") % row.check.text()) \
                    is not None:
                self._after_tick()
            return
        try:
            done_on = parse_day(row.date_edit.text()) or date.today()
        except ValueError as error:
            report(error_text(error))
            return
        note = typed_text(row.note_edit)
        current = self.state.item(row.item_id)
        if current is not None and current.done_on == done_on and current.note == note:
            return
        meeting_id, item_id = self.meeting_id, row.item_id
        if self.run(app_checklist.tick, meeting_id=meeting_id, item=item_id, done_on=done_on,
                    note=note, report=report,
                    undo_text=translate("Review", "Change “%s”") % row.check.text()) is not None:
            self._after_tick()

    def flush(self) -> bool:
        """Keep a note still being typed (choosing another meeting, closing the window); True
        when every note typed is on file (False: a write the disk refused, said beside it)."""
        if self.meeting_id is None or not self.can_edit():
            return True
        for item in self.state.items:
            row = self.rows.get(item.id)
            if row is not None and typed_text(row.note_edit) != item.note:
                self._retick(row)
        return not any(self._unsaved_notes())

    def _unsaved_notes(self) -> list[str]:
        """The items whose note on screen differs from the note on file."""
        return [item.id for item in self.state.items
                if (row := self.rows.get(item.id)) is not None
                and typed_text(row.note_edit) != item.note]

    def _set_check(self, row: _ItemRow, checked: bool) -> None:
        row.check.blockSignals(True)
        row.check.setChecked(checked)
        row.check.blockSignals(False)

    def _after_tick(self) -> None:
        self.state = self.compute()
        self._show_status()

    def on_changes(self, changes: Changes) -> None:
        if changes.checklist or changes.meetings or changes.agenda:
            self.reload()
            self.update_enabled()

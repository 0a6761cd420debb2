"""What was decided on each agenda item: a choice (agreed; proposed by the school; the family
disagrees; the school declined what the family asked; to come back to) and a short note in
plain words. The summary's "What we decided" prints them; a disagreement or a refusal puts
"Send the prior written notice" on the after-the-meeting checklist.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from iep_desk.app import decisions as app_decisions
from iep_desk.app.changes import Changes
from iep_desk.core.decisions import Decision
from iep_desk.core.meetings import AgendaItem
from iep_desk.ui.desk import stored_id
from iep_desk.ui.review.common import ReviewContext, ReviewSection, choices, report_to
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, typed_text

DECISION_LABELS = {
    None: QT_TRANSLATE_NOOP("Review", "Nothing decided yet"),
    Decision.AGREED: QT_TRANSLATE_NOOP("Review", "Agreed"),
    Decision.PROPOSED_BY_SCHOOL: QT_TRANSLATE_NOOP("Review", "Proposed by the school"),
    Decision.FAMILY_DISAGREES: QT_TRANSLATE_NOOP("Review", "The family disagrees"),
    Decision.SCHOOL_DECLINED: QT_TRANSLATE_NOOP("Review",
                                                "The school declined what the family asked"),
    Decision.COME_BACK_TO: QT_TRANSLATE_NOOP("Review", "To come back to"),
}


class _DecisionRow:
    def __init__(self, item: AgendaItem):
        self.item_id = stored_id(item.id)
        self.title = QLabel(item.title)
        self.title.setWordWrap(True)
        self.choice = WheelSafeComboBox()
        for text, code in choices(DECISION_LABELS):
            self.choice.addItem(text, code)
        self.choice.setAccessibleName(translate("Review", "Decided on: %s") % item.title)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("Review", "In plain words: what was decided or asked")
        )
        self.note.setAccessibleName(translate("Review", "Note on the decision: %s") % item.title)
        self.message = FieldMessage()

    def show(self, item: AgendaItem) -> None:
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(item.decision)))
        self.choice.blockSignals(False)
        self.note.setText(item.decision_note)


class DecisionsSection(ReviewSection):
    """One row per agenda item: the decision and its note, each saved as it is chosen or
    typed (one undo step each)."""

    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.rows: dict[int, _DecisionRow] = {}
        intro = QLabel(
            translate(
                "Review",
                "For each agenda item, what was decided, in a few plain words. The "
                "summary for the family lists them under “What we decided”.",
            )
        )
        intro.setWordWrap(True)
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(2, 3)
        self.empty_label = QLabel(translate("Review", "This meeting has no agenda items."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.grid_holder)
        layout.addStretch(1)

    def reload(self) -> None:
        self.rows = {}  # first: a row's note losing the focus as it goes saves nothing
        while (layout_item := self.grid.takeAt(0)) is not None:  # None once it is empty
            widget = layout_item.widget()
            if widget is not None:
                widget.hide()  # gone from the screen and from Tab at once, not when deleted
                widget.deleteLater()
        self._editing = []
        items = self.ctx.stores.agenda.agenda_of(self.meeting_id) if self.meeting_id else []
        self.empty_label.setVisible(self.meeting_id is not None and not items)
        for index, item in enumerate(items):
            row = _DecisionRow(item)
            row.show(item)
            self.editing(row.choice)
            self.editing(row.note)
            row.choice.currentIndexChanged.connect(lambda _=0, r=row: self.save(r))
            row.note.editingFinished.connect(lambda r=row: self.save(r))
            self.grid.addWidget(row.title, index * 2, 0)
            self.grid.addWidget(row.choice, index * 2, 1)
            self.grid.addWidget(row.note, index * 2, 2)
            self.grid.addWidget(row.message, index * 2 + 1, 0, 1, 3)
            self.rows[row.item_id] = row

    def save(self, row: _DecisionRow) -> bool:
        """Store the row's decision and note when they differ from the file's."""
        if self.meeting_id is None or not self.can_edit():
            return False
        if self.rows.get(row.item_id) is not row:
            return False  # a row being replaced (after Undo, say): its text is not an edit
        try:
            stored = self.ctx.stores.agenda.get_agenda_item(row.item_id)
        except LookupError:
            return False
        decision, note = row.choice.currentData(), typed_text(row.note)
        if stored.decision == decision and stored.decision_note == note:
            return True
        return self.run(app_decisions.decide, item_id=row.item_id, decision=decision,
                        note=note, undo_text=translate("Review", "Decision on “%s”") % stored.title,
                        report=report_to(row.message)) is not None

    def on_changes(self, changes: Changes) -> None:
        if changes.agenda or changes.meetings:
            self.reload()
            self.update_enabled()

"""The next meeting: tick which agenda items were covered, then "Schedule next meeting".

The follow-up is a draft meeting for the same student, with the same participants,
the same purpose and the agenda items left unfinished; the pane announces it with
`followUpCreated(meeting_id)` so the planner can open it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import agenda as app_agenda
from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import AgendaItem
from iep_desk.ui.desk import stored_id
from iep_desk.ui.plurals import plural
from iep_desk.ui.review.common import ReviewContext, ReviewSection, report_to
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage


class NextMeetingSection(ReviewSection):
    followUpCreated = Signal(int)

    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.items: list[AgendaItem] = []
        intro = QLabel(
            translate(
                "Review",
                "Tick the agenda items the meeting covered. Items left unticked are "
                "carried over to the next meeting.",
            )
        )
        intro.setWordWrap(True)
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(translate("Review", "Agenda items covered"))
        self.agenda.itemChanged.connect(self._item_changed)
        self.carry_label = QLabel()
        self.carry_label.setWordWrap(True)
        self.carry_label.setAccessibleName(translate("Review", "Carried over"))
        self.message = FieldMessage()
        self.follow_up_button = self.editing(
            QPushButton(translate("Review", "Schedule next meet&ing"))
        )
        self.follow_up_button.setAccessibleName(translate("Review", "Schedule next meeting"))
        self.follow_up_button.setToolTip(translate("Review",
            "Makes a draft meeting in the planner with the same people, the purpose and the "
            "items not covered."))
        self.follow_up_button.clicked.connect(self.schedule_next)
        self.follow_up_label = QLabel()
        self.follow_up_label.setWordWrap(True)
        self.follow_up_label.setAccessibleName(translate("Review", "Next meeting"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.agenda, 1)
        layout.addWidget(self.carry_label)
        layout.addWidget(self.message)
        layout.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.follow_up_label)

    def reload(self) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        self.items = self.ctx.stores.agenda.agenda_of(self.meeting_id) if self.meeting_id else []
        for agenda_item in self.items:
            item = QListWidgetItem(agenda_item.title)
            item.setData(Qt.ItemDataRole.UserRole, agenda_item.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if agenda_item.finished else Qt.CheckState.Unchecked
            )
            self.agenda.addItem(item)
        self.agenda.blockSignals(False)
        self._show_carry()
        self.follow_up_label.setText("")

    def update_enabled(self) -> None:
        super().update_enabled()
        for row in range(self.agenda.count()):
            item = self.agenda.item(row)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.can_edit():
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            self.agenda.blockSignals(True)
            item.setFlags(flags)
            self.agenda.blockSignals(False)

    def _show_carry(self) -> None:
        left = [i.title for i in self.items if not i.finished and i.family_question_id is None]
        self.carry_label.setText(
            translate("Review", "Carried over to the next meeting: %s") % "; ".join(left)
            if left
            else translate("Review", "Every agenda item was covered.")
        )

    def _item_changed(self, item: QListWidgetItem) -> None:
        self.set_covered(
            item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked
        )

    def set_covered(self, item_id: int, covered: bool) -> bool:
        """Record whether an agenda item was covered; True when stored."""
        if not self.can_edit():
            return False
        old = next((i.finished for i in self.items if i.id == item_id), None)
        result = self.run(
            app_agenda.change_item,
            item_id=item_id,
            name="finished",
            value=covered,
            undo_text=translate("Review", "Agenda item covered") if old != covered else None,
            report=report_to(self.message),
        )
        if result is None:
            self.reload()
            self.update_enabled()
            return False
        for agenda_item in self.items:
            if agenda_item.id == item_id:
                agenda_item.finished = covered
        self._show_carry()
        return True

    def on_changes(self, changes: Changes) -> None:
        if changes.agenda or changes.meetings or changes.participants:
            self.reload()
            self.update_enabled()

    def schedule_next(self) -> int | None:
        """Make the follow-up draft; emits followUpCreated(new id)."""
        if not self.can_edit():
            return None
        stores = self.ctx.stores
        result = self.run(app_meetings.schedule_follow_up, meeting_id=self.meeting_id,
                          undo_text=translate("Review", "Schedule next meeting"),
                          report=report_to(self.message))
        if result is None:
            return None
        new_id = stored_id(result.value)  # the id the follow-up meeting was given
        people = len(stores.meetings.participants_of(new_id))
        carried = len(stores.agenda.agenda_of(new_id))
        self.follow_up_label.setText(
            translate(
                "Review",
                "A draft for the next meeting is in the planner, with %1 and %2 carried over. "
                "Choose its date there.",
            )
            .replace("%1", plural(translate("Review", "%n participant(s)", "", people), people))
            .replace("%2", plural(translate("Review", "%n agenda item(s)", "", carried), carried))
        )
        self.followUpCreated.emit(new_id)
        return new_id

"""The selected student's meetings at a glance: last progress contact, next meeting,
open action items and meetings not yet closed. Shown as a tab of the student's details."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iep_desk.app.changes import Changes
from iep_desk.ui.dates import date_text, moment_text, one_period
from iep_desk.ui.desk import Desk
from iep_desk.ui.open_actions import OpenActionsWidget
from iep_desk.ui.plurals import plural
from iep_desk.ui.review.not_closed import NotClosedWidget

# No student chosen: the lists show nobody's items (None would mean the whole caseload).
NOBODY = -1


class StudentMeetings(QWidget):
    meetingRequested = Signal(int)
    # "Plan a meeting" for the student shown (the planner's New meeting, this student chosen).
    planRequested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.stores = desk.stores
        self.student_id: int | None = None
        self.setAccessibleName(self.tr("The student's meetings and open actions"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Last progress contact and next meeting"))
        self.open_actions = OpenActionsWidget(desk).for_student(NOBODY)
        self.not_closed = NotClosedWidget(desk).for_student(NOBODY)
        self.open_actions.meetingRequested.connect(self.meetingRequested)
        self.not_closed.meetingRequested.connect(self.meetingRequested)
        self.plan_button = QPushButton(self.tr("&Plan a meeting…"))
        self.plan_button.setAccessibleName(self.tr("Plan a meeting for this student"))
        self.plan_button.clicked.connect(self._plan)
        desk.changed.connect(self._changes)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        heading = QLabel(self.tr("<b>Open action items</b>"))
        layout.addWidget(heading)
        layout.addWidget(self.open_actions, 2)
        layout.addWidget(QLabel(self.tr("<b>Meetings held but not yet closed</b>")))
        layout.addWidget(self.not_closed, 1)

    def _changes(self, changes: Changes, _source: object) -> None:
        if changes.contacts or changes.meetings:
            self.summary.setText(self._summary_text())

    def show_student(self, student_id: int | None) -> None:
        self.student_id = student_id
        self.refresh()

    def refresh(self) -> None:
        target = NOBODY if self.student_id is None else self.student_id
        self.open_actions.for_student(target)
        self.not_closed.for_student(target)
        self.summary.setText(self._summary_text())

    def set_read_only(self, read_only: bool) -> None:
        self.open_actions.set_read_only(read_only)
        self.plan_button.setEnabled(not read_only)

    def _plan(self) -> None:
        if self.student_id is not None:
            self.planRequested.emit(self.student_id)

    def _summary_text(self) -> str:
        if self.student_id is None:
            return self.tr("Choose a student to see their meetings.")
        last = self.stores.contacts.last_progress_contact_by_student().get(self.student_id)
        upcoming = self.stores.meetings.next_meeting_by_student().get(self.student_id)
        if last is None:
            contact = self.tr("Last progress contact with the family: none recorded yet.")
        else:
            weeks = (date.today() - last).days // 7
            contact = plural(self.tr("Last progress contact with the family: %1 (%n week(s) "
                                     "ago).", "", weeks), weeks).replace("%1", date_text(last))
        if upcoming is None:
            meeting = self.tr("No meeting planned yet.")
        else:
            meeting = one_period(self.tr("Next meeting: %s.") % _when(upcoming))
        return contact + " " + meeting


def _when(moment: datetime) -> str:
    return moment_text(moment)

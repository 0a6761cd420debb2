"""The student's IEP record as a tab of the student's details: the goals with their
progress notes, the services, the accommodations, and the IEP at a glance with its receipts.
It refreshes from the Desk's change notification (goals, team, undo)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from iep_desk.app.changes import Changes
from iep_desk.ui.caseload.iep_glance import GlanceBox
from iep_desk.ui.caseload.iep_goals import GoalsSection
from iep_desk.ui.caseload.iep_services import accommodations_list, services_list
from iep_desk.ui.desk import Desk


class IepRecordTab(QWidget):
    """`today` (default: the clock) says which notes count and dates new notes and receipts."""

    def __init__(self, desk: Desk, today: Callable[[], date] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("IEP goals and services"))
        self.today = today or date.today
        clock = self._today  # the parts ask each time: a test may set .today later
        self.goals = GoalsSection(desk, clock)
        self.services = services_list(desk, clock)
        self.accommodations = accommodations_list(desk, clock)
        self.glance = GlanceBox(desk, clock)
        column = QVBoxLayout(self)
        for part in self.parts():
            column.addWidget(part)
        column.addStretch(1)
        desk.changed.connect(self._changes)

    def _today(self) -> date:
        return self.today()

    def parts(self) -> tuple:
        return (self.goals, self.services, self.accommodations, self.glance)

    def show_student(self, student_id: int | None) -> None:
        self.goals.flush()  # what was typed for the student shown until now
        for part in self.parts():
            part.show_student(student_id)

    def refresh(self) -> None:
        for part in self.parts():
            part.refresh()

    def _changes(self, changes: Changes, source: object) -> None:
        if changes.goals or changes.team or changes.students:
            for part in self.parts():
                if part is not source:
                    part.refresh()

    def set_read_only(self, read_only: bool) -> None:
        for part in self.parts():
            part.set_read_only(read_only)

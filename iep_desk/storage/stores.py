"""Every store of one open caseload file, by aggregate.

| store                  | tables                                                          |
| ---------------------- | --------------------------------------------------------------- |
| `caseload`             | students, family_members, student_family, team_members, student_team |
| `settings`             | settings (deadlines, planner, print, window choices)            |
| `meetings`             | meetings, participants                                          |
| `agenda`               | agenda_items, family_questions, agenda_templates                |
| `preparation`          | concerns, student_inputs                                        |
| `checklist`            | checklist_ticks                                                 |
| `contacts`             | contacts                                                        |
| `busy_times`           | busy_times                                                      |
| `review`               | action_items, home_suggestions (+ library), contributions, reflections, tip_entries |
| `goals`                | goals, progress_notes, services, accommodations, glance_receipts |
| `translations`         | translations                                                    |

Each store writes only its own tables (a store may read another's, as a JOIN); what spans
aggregates is done by the application layer (iep_desk.app), in one transaction.
"""

from __future__ import annotations

from sqlite_utils import Database

from iep_desk.core.meetings import MeetingRecord
from iep_desk.storage.agenda import AGENDA_ITEMS, FAMILY_QUESTIONS, AgendaStore
from iep_desk.storage.busy_times import BUSY_TIMES, BusyTimeStore
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.checklist import TICKS, ChecklistStore
from iep_desk.storage.contacts import CONTACTS, ContactAttempts, ContactStore
from iep_desk.storage.goals import GoalStore
from iep_desk.storage.meetings import MEETINGS, PARTICIPANTS, MeetingStore
from iep_desk.storage.preparation import (
    CONCERNS,
    INPUT_REQUESTS,
    RECEIVED_ANSWERS,
    STUDENT_INPUTS,
    PreparationStore,
)
from iep_desk.storage.review_records import (
    ACTIONS,
    CONTRIBUTIONS,
    HOME_SUGGESTIONS,
    REFLECTIONS,
    TIPS,
    ReviewStore,
)
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.tables import Table
from iep_desk.storage.translations import TranslationStore

# Every table around meetings, by name (undo puts rows back through them).
MEETING_TABLE_OBJECTS: dict[str, Table] = {table.name: table for table in (
    MEETINGS, PARTICIPANTS, BUSY_TIMES, AGENDA_ITEMS, FAMILY_QUESTIONS, CONCERNS,
    STUDENT_INPUTS, TICKS, CONTACTS, ACTIONS, HOME_SUGGESTIONS, CONTRIBUTIONS, REFLECTIONS,
    TIPS, INPUT_REQUESTS, RECEIVED_ANSWERS)}
# Which core record each of them holds (the full-export check reads the columns' kinds).
MEETING_TABLES: dict[str, type] = {name: t.record for name, t in MEETING_TABLE_OBJECTS.items()}


class Stores:
    """The stores of the caseload file open on `db`."""

    def __init__(self, db: Database, caseload: CaseloadStore | None = None):
        self.db = db
        self.caseload = caseload if caseload is not None else CaseloadStore(db)
        self.settings = SettingsStore(db)
        self.meetings = MeetingStore(db)
        self.agenda = AgendaStore(db)
        self.preparation = PreparationStore(db)
        self.checklist = ChecklistStore(db)
        self.contacts = ContactStore(db)
        self.busy_times = BusyTimeStore(db)
        self.review = ReviewStore(db)
        self.goals = GoalStore(db)
        self.translations = TranslationStore(db)

    @classmethod
    def of(cls, store: CaseloadStore) -> Stores:
        """Every store of the caseload `store` was opened on."""
        return cls(store.db, store)

    def close(self) -> None:
        self.db.close()

    def load_record(self, meeting_id: int) -> MeetingRecord:
        """A meeting with everything that belongs to it."""
        return MeetingRecord(
            meeting=self.meetings.get_meeting(meeting_id),
            participants=self.meetings.participants_of(meeting_id),
            agenda=self.agenda.agenda_of(meeting_id),
            questions=self.agenda.questions_of(meeting_id),
            concerns=self.preparation.concerns_of(meeting_id),
            student_input=self.preparation.student_input_of(meeting_id),
            checklist=self.checklist.ticks_of(meeting_id),
            actions=self.review.actions_of(meeting_id),
            home_suggestions=self.review.home_suggestions_of(meeting_id),
            contributions=self.review.contributions_of(meeting_id),
            reflections=self.review.reflections_of(meeting_id),
        )

    def contact_attempts_for_meeting(self, meeting_id: int) -> ContactAttempts:
        """The family's contacts since the meeting was planned (oldest first), and whether
        any family participant has answered the invitation."""
        meeting = self.meetings.get_meeting(meeting_id)
        return self.contacts.contact_attempts(meeting.student_id, meeting_id,
                                              self.meetings.created_on(meeting_id))

"""The family contact log: every call, letter and visit with its result (also the record the
law asks for when a family cannot be reached before a meeting)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import CONTACT_METHODS, CONTACT_OUTCOMES, ContactEntry, Participant
from iep_desk.core.models import saved
from iep_desk.storage.tables import Table, saving

CONTACTS = Table("contacts", ContactEntry,
                 codes={"method": CONTACT_METHODS, "outcome": CONTACT_OUTCOMES})
_PARTICIPANTS = Table("participants", Participant)

# Contacts about this student, or with their family and about no student in particular.
_ABOUT_STUDENT = ("student_id = ? OR (student_id IS NULL AND family_member_id IN "
                  "(SELECT family_member_id FROM student_family WHERE student_id = ?))")


@dataclass(frozen=True, slots=True)
class ContactAttempts:
    """For a meeting: the family's contacts since it was planned, and whether they answered."""

    contacts: list[ContactEntry]
    family_replied: bool

    @property
    def methods_tried(self) -> set[str]:
        return {c.method for c in self.contacts}


class ContactStore:
    def __init__(self, db: Database):
        self.db = db

    def add_contact(self, contact: ContactEntry, *, now: datetime | None = None) -> int:
        """Record a contact, or an attempt that reached nobody."""
        if contact.contacted_on > (now or datetime.now()):
            raise MeetingInputError("contact_in_future")
        CONTACTS.check(contact)
        return CONTACTS.insert(self.db, contact)

    def set_contact_field(self, contact_id: int, name: str, value: Any) -> Any:
        return CONTACTS.set_field(self.db, contact_id, name, value)

    def remove_contact(self, contact_id: int) -> None:
        """Remove an entry typed by mistake."""
        CONTACTS.remove(self.db, contact_id)

    def get_contact(self, contact_id: int) -> ContactEntry:
        return CONTACTS.get(self.db, contact_id)

    def replace_contact(self, contact: ContactEntry) -> None:
        """Store every editable field of `contact` (an entry corrected, or put back by Undo)."""
        CONTACTS.check(contact)
        with saving(self.db):
            CONTACTS.update_row(self.db, saved(contact.id), {
                name: getattr(contact, name) for name in
                ("contacted_on", "method", "outcome", "by_whom", "topic", "note",
                 "progress_update")})

    def contacts_of_family_member(self, family_member_id: int) -> list[ContactEntry]:
        """Newest first."""
        return CONTACTS.rows(self.db, "family_member_id = ?", [family_member_id],
                             order="contacted_on DESC, id DESC")

    def contacts_of_student(self, student_id: int) -> list[ContactEntry]:
        """Contacts about this student, or with their family and about no student in
        particular; newest first."""
        return CONTACTS.rows(self.db, _ABOUT_STUDENT, [student_id, student_id],
                             order="contacted_on DESC, id DESC")

    def contact_attempts(self, student_id: int, meeting_id: int,
                         planned_on: date) -> ContactAttempts:
        """The family's contacts about the student since `planned_on` (oldest first), and
        whether any family participant of the meeting has answered the invitation: the
        record the law asks for when a meeting is held without the parents."""
        contacts = CONTACTS.rows(
            self.db, f"({_ABOUT_STUDENT}) AND contacted_on >= ?",
            [student_id, student_id, planned_on.isoformat()], order="contacted_on, id")
        replied = any(p.family_member_id is not None and p.response != "no_answer"
                      for p in _PARTICIPANTS.rows(self.db, "meeting_id = ?", [meeting_id]))
        return ContactAttempts(contacts, replied)

    def last_progress_contact_by_student(self) -> dict[int, date]:
        """Student id → the day the family was last told how the child is doing (a progress
        contact that reached them)."""
        rows = self.db.execute("""
            SELECT about.student_id, max(c.contacted_on) FROM contacts c JOIN (
                SELECT id AS contact_id, student_id FROM contacts WHERE student_id IS NOT NULL
                UNION
                SELECT c2.id, sf.student_id FROM contacts c2
                JOIN student_family sf ON sf.family_member_id = c2.family_member_id
                WHERE c2.student_id IS NULL
            ) about ON about.contact_id = c.id
            WHERE c.progress_update = 1 AND c.outcome = 'reached'
            GROUP BY about.student_id""").fetchall()
        return {student_id: datetime.fromisoformat(when).date() for student_id, when in rows}

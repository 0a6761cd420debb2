"""The family contact log (the record of every attempt to reach the family)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from iep_desk.app.changes import CONTACTS
from iep_desk.app.undo import OpResult, Step, added, record, removed
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import ContactEntry
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores

# What a correction may change (the family member and the student stay).
CORRECTABLE = ("contacted_on", "method", "outcome", "by_whom", "topic", "note", "progress_update")


def add_contact(stores: Stores, *, contact: ContactEntry,
                now: datetime | None = None) -> OpResult[int]:
    """Record a contact, or an attempt that reached nobody (never one still to come)."""
    contact_id = stores.contacts.add_contact(contact, now=now)
    return added(CONTACTS, "contacts", stores.contacts.get_contact(contact_id))


def correct_contact(stores: Stores, *, contact_id: int, corrected: ContactEntry,
                    now: datetime | None = None) -> OpResult:
    """Correct an entry (its time, how, the result, the note...) in one transaction."""
    chosen = stores.contacts.get_contact(contact_id)
    if corrected.contacted_on > (now or datetime.now()):
        raise MeetingInputError("contact_in_future")
    edited = replace(corrected, id=chosen.id, family_member_id=chosen.family_member_id,
                     student_id=chosen.student_id)
    with saving(stores.db):
        for name in CORRECTABLE:
            if getattr(edited, name) != getattr(chosen, name):
                stores.contacts.set_contact_field(contact_id, name, getattr(edited, name))
    now_stored = stores.contacts.get_contact(contact_id)
    return OpResult(CONTACTS, None, record(
        CONTACTS, [Step.of("replace_contact", contact=chosen)],
        [Step.of("replace_contact", contact=now_stored)]))


def remove_contact(stores: Stores, *, contact_id: int) -> OpResult:
    """Remove an entry typed by mistake."""
    contact = stores.contacts.get_contact(contact_id)
    stores.contacts.remove_contact(contact_id)
    return removed(CONTACTS, "contacts", contact)

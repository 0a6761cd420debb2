"""Checks on a single changed field, with the reason written for the teacher.

Each check takes the record as it is now and the proposed value for one field,
and returns a message when the value cannot be stored (None when it can). The
caller keeps the rest of the record as it is: one bad field never blocks the others.
"""

from __future__ import annotations

import re
from datetime import date

from iep_desk.core.models import FamilyMember, Student, TeamMember

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def check_email(value: str) -> str | None:
    if value.strip() and not _EMAIL.match(value.strip()):
        return f"“{value.strip()}” is not an email address (it should look like name@school.org)."
    return None


def check_student_field(student: Student, field: str, value: object, today: date) -> str | None:
    """Why `value` cannot be stored as `field` of `student`, or None when it can."""
    if field == "legal_first_name" and not str(value or "").strip():
        return "The legal first name cannot be empty."
    if field == "date_of_birth" and isinstance(value, date) and value > today:
        return "The date of birth cannot be in the future."
    if field == "last_iep_meeting" and isinstance(value, date):
        if value > today:
            return "The last IEP meeting cannot be in the future. Plan future meetings in the meeting planner."
        if student.annual_review_due and student.annual_review_due < value:
            return "The last IEP meeting cannot come after the annual review due date."
    if (field == "annual_review_due" and isinstance(value, date)
            and student.last_iep_meeting and value < student.last_iep_meeting):
        return "The annual review cannot be due before the last IEP meeting."
    if field == "last_evaluation" and isinstance(value, date):
        if value > today:
            return "The last evaluation cannot be in the future."
        if student.reevaluation_due and student.reevaluation_due < value:
            return "The last evaluation cannot come after the re-evaluation due date."
    if (field == "reevaluation_due" and isinstance(value, date)
            and student.last_evaluation and value < student.last_evaluation):
        return "The re-evaluation cannot be due before the last evaluation."
    if field == "date_of_birth" and isinstance(value, date) and value.year < 1900:
        return "That date of birth is too long ago to be right."
    return None


def check_family_field(member: FamilyMember, field: str, value: object, today: date) -> str | None:
    if field == "name" and not str(value or "").strip():
        return "The family member's name cannot be empty."
    if field == "email":
        return check_email(str(value or ""))
    if field == "contact_confirmed_on" and isinstance(value, date) and value > today:
        return "The date the contact details were confirmed cannot be in the future."
    return None


def check_team_field(member: TeamMember, field: str, value: object, today: date) -> str | None:
    if field == "name" and not str(value or "").strip():
        return "The team member's name cannot be empty."
    if field == "email":
        return check_email(str(value or ""))
    return None

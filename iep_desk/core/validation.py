"""Checks on a single changed field.

Each check takes the record as it is now and the proposed value for one field, and
returns the Problem (core.problems: a code and its values) when the value cannot be
stored, None when it can. The caller keeps the rest of the record as it is: one bad field
never blocks the others.
"""

from __future__ import annotations

import re
from datetime import date

from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.core.problems import Problem

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")

# The most characters a person's name may have (a student's legal and preferred names, a
# family or team member's name), typed in the window or read from a CSV file. Generous for
# any real name in any script; a longer one is a paste gone wrong (a whole page in a name
# field), which would otherwise be stored and only refused by a handout, as too long for a
# page.
LONGEST_NAME = 100
STUDENT_NAME_FIELDS = ("legal_first_name", "legal_last_name", "preferred_name")


def check_name_length(value: object) -> Problem | None:
    """Why `value` is too long for a name (over LONGEST_NAME characters), or None."""
    length = len(str(value or "").strip())
    if length > LONGEST_NAME:
        return Problem.of("name_too_long", most=LONGEST_NAME, length=length)
    return None


def check_email(value: str) -> Problem | None:
    if value.strip() and not _EMAIL.match(value.strip()):
        return Problem.of("not_an_email", value=value.strip())
    return None


def check_student_field(student: Student, field: str, value: object, today: date) -> Problem | None:
    """Why `value` cannot be stored as `field` of `student`, or None when it can."""
    if field == "legal_first_name" and not str(value or "").strip():
        return Problem("legal_first_name_empty")
    if field in STUDENT_NAME_FIELDS:
        return check_name_length(value)
    if field == "date_of_birth" and isinstance(value, date) and value > today:
        return Problem("birth_in_future")
    if field == "last_iep_meeting" and isinstance(value, date):
        if value > today:
            return Problem("last_meeting_in_future")
        if student.annual_review_due and student.annual_review_due < value:
            return Problem("last_meeting_after_review_due")
    if (field == "annual_review_due" and isinstance(value, date)
            and student.last_iep_meeting and value < student.last_iep_meeting):
        return Problem("review_due_before_last_meeting")
    if field == "last_evaluation" and isinstance(value, date):
        if value > today:
            return Problem("last_evaluation_in_future")
        if student.reevaluation_due and student.reevaluation_due < value:
            return Problem("last_evaluation_after_reevaluation_due")
    if (field == "reevaluation_due" and isinstance(value, date)
            and student.last_evaluation and value < student.last_evaluation):
        return Problem("reevaluation_due_before_last_evaluation")
    if field == "date_of_birth" and isinstance(value, date) and value.year < 1900:
        return Problem("birth_too_long_ago")
    return None


def check_family_field(member: FamilyMember, field: str, value: object, today: date) -> Problem | None:
    if field == "name" and not str(value or "").strip():
        return Problem("family_name_empty")
    if field == "name":
        return check_name_length(value)
    if field == "email":
        return check_email(str(value or ""))
    if field == "contact_confirmed_on" and isinstance(value, date) and value > today:
        return Problem("contact_confirmed_in_future")
    return None


def check_team_field(member: TeamMember, field: str, value: object, today: date) -> Problem | None:
    if field == "name" and not str(value or "").strip():
        return Problem("team_name_empty")
    if field == "name":
        return check_name_length(value)
    if field == "email":
        return check_email(str(value or ""))
    return None

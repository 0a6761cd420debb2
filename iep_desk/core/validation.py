"""Checks on a single changed field.

Each check takes the record as it is now and the proposed value for one field, and
returns the Problem (core.problems: a code and its values) when the value cannot be
stored, None when it can. The caller keeps the rest of the record as it is: one bad field
never blocks the others.
"""

from __future__ import annotations

import re
from datetime import date

from iep_desk.core.dates import add_years
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

# The oldest a student on the caseload can be on the day their date of birth is entered.
# IDEA serves students up to 21 or 22 (by state); a few years' room for a late correction,
# and anything older is a slip of the year (1900 for 2009, 1979 for 2019).
OLDEST_STUDENT_AGE = 26


def age_on(born: date, day: date) -> int:
    """Whole years from `born` to `day` (a birthday on 29 February counts on 28 February)."""
    years = day.year - born.year
    return years - 1 if add_years(born, years) > day else years


def check_date_of_birth_age(born: date, today: date) -> Problem | None:
    """Why `born` cannot be a student's date of birth on `today` (older than
    OLDEST_STUDENT_AGE), or None. The window and the caseload import both use it, through
    check_student_field."""
    age = age_on(born, today)
    if age > OLDEST_STUDENT_AGE:
        return Problem.of("birth_too_long_ago", born=born, age=age, most=OLDEST_STUDENT_AGE)
    return None


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
    if field == "date_of_birth" and isinstance(value, date):
        return check_date_of_birth_age(value, today)
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

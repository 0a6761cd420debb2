"""Every validation message, and the values that pass."""

from __future__ import annotations

from datetime import date

import pytest

from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.core.problems import english
from iep_desk.core.validation import (
    LONGEST_NAME,
    check_email,
    check_family_field,
    check_student_field,
    check_team_field,
)

D = date.fromisoformat
TODAY = D("2026-03-10")


def pupil(**dates) -> Student:
    return Student("José", "Muñoz", **{k: D(v) for k, v in dates.items()})


STUDENT_CASES = [
    # (case, student's dates, field, value, message or None)
    ("empty legal first name", {}, "legal_first_name", "", "The legal first name cannot be empty."),
    ("blank legal first name", {}, "legal_first_name", "   ", "The legal first name cannot be empty."),
    ("no legal first name", {}, "legal_first_name", None, "The legal first name cannot be empty."),
    ("non-Latin first name", {}, "legal_first_name", "Анастасия", None),
    ("empty last name is fine", {}, "legal_last_name", "", None),
    ("birth in the future", {}, "date_of_birth", D("2026-03-11"),
     "The date of birth cannot be in the future."),
    ("birth today", {}, "date_of_birth", TODAY, None),
    # IDEA serves students up to 21 or 22: older than 26 on the day it is typed is a slip.
    ("born in 1900", {}, "date_of_birth", D("1900-01-01"),
     ("With a date of birth of 1900-01-01, the student would be 126 today. Check the year: "
      "IEP Desk takes students up to 26 years old.")),
    ("27 today", {}, "date_of_birth", D("1999-03-10"),
     ("With a date of birth of 1999-03-10, the student would be 27 today. Check the year: "
      "IEP Desk takes students up to 26 years old.")),
    ("26 and a day short of 27", {}, "date_of_birth", D("1999-03-11"), None),
    ("no date of birth", {}, "date_of_birth", None, None),
    ("last IEP meeting in the future", {}, "last_iep_meeting", D("2026-03-11"),
     "The last IEP meeting cannot be in the future. Plan future meetings in the meeting planner."),
    ("last IEP meeting after the review due", {"annual_review_due": "2026-01-01"},
     "last_iep_meeting", D("2026-02-01"),
     "The last IEP meeting cannot come after the annual review due date."),
    ("last IEP meeting on the review due date", {"annual_review_due": "2026-01-01"},
     "last_iep_meeting", D("2026-01-01"), None),
    ("last IEP meeting, no review date", {}, "last_iep_meeting", D("2025-03-10"), None),
    ("annual review due before the last meeting", {"last_iep_meeting": "2025-09-01"},
     "annual_review_due", D("2025-08-31"),
     "The annual review cannot be due before the last IEP meeting."),
    ("annual review due after the last meeting", {"last_iep_meeting": "2025-09-01"},
     "annual_review_due", D("2026-08-31"), None),
    ("annual review due in the future is fine", {}, "annual_review_due", D("2027-01-01"), None),
    ("last evaluation in the future", {}, "last_evaluation", D("2026-04-01"),
     "The last evaluation cannot be in the future."),
    ("last evaluation after the re-evaluation due", {"reevaluation_due": "2025-01-01"},
     "last_evaluation", D("2025-06-01"),
     "The last evaluation cannot come after the re-evaluation due date."),
    ("last evaluation in the past", {}, "last_evaluation", D("2024-06-01"), None),
    ("re-evaluation due before the last evaluation", {"last_evaluation": "2024-06-01"},
     "reevaluation_due", D("2024-05-01"),
     "The re-evaluation cannot be due before the last evaluation."),
    ("re-evaluation due after the last evaluation", {"last_evaluation": "2024-06-01"},
     "reevaluation_due", D("2027-06-01"), None),
    ("strengths are free text", {}, "strengths", "", None),
]


def said(problem):
    """The problem in English (what the command line says), or None."""
    return None if problem is None else english(problem)


@pytest.mark.parametrize("case, dates, field, value, message", STUDENT_CASES,
                         ids=[c[0] for c in STUDENT_CASES])
def test_check_student_field(case, dates, field, value, message):
    assert said(check_student_field(pupil(**dates), field, value, TODAY)) == message


@pytest.mark.parametrize("value, ok", [
    ("rosa.munoz@example.com", True), ("a.b-c@school.k12.us", True), ("", True), ("  ", True),
    ("name@school", False), ("name.school.org", False), ("name @school.org", False),
    ("@school.org", False), ("name@school.o", False), ("name@@school.org", False),
])
def test_check_email(value, ok):
    message = said(check_email(value))
    if ok:
        assert message is None
    else:
        assert message == (f"“{value.strip()}” is not an email address "
                           "(it should look like name@school.org).")


FAMILY_CASES = [
    ("empty name", "name", " ", "The family member's name cannot be empty."),
    ("a name", "name", "Ольга Петрова", None),
    ("bad email", "email", "olga@", "“olga@” is not an email address (it should look like name@school.org)."),
    ("good email", "email", "olga@example.com", None),
    ("no email", "email", "", None),
    ("confirmed in the future", "contact_confirmed_on", D("2026-03-11"),
     "The date the contact details were confirmed cannot be in the future."),
    ("confirmed today", "contact_confirmed_on", TODAY, None),
    ("phones are free text", "phones", "555-0101 (evenings)", None),
]


@pytest.mark.parametrize("case, field, value, message", FAMILY_CASES, ids=[c[0] for c in FAMILY_CASES])
def test_check_family_field(case, field, value, message):
    assert said(check_family_field(FamilyMember("Ольга Петрова"), field, value, TODAY)) == message


TEAM_CASES = [
    ("empty name", "name", "", "The team member's name cannot be empty."),
    ("a name", "name", "Hye-jin Park", None),
    ("bad email", "email", "park at school", "“park at school” is not an email address (it should look like name@school.org)."),
    ("good email", "email", "h.park@school.example.org", None),
    ("role is a choice", "role", "counsellor", None),
]


@pytest.mark.parametrize("case, field, value, message", TEAM_CASES, ids=[c[0] for c in TEAM_CASES])
def test_check_team_field(case, field, value, message):
    assert said(check_team_field(TeamMember("Hye-jin Park"), field, value, TODAY)) == message


@pytest.mark.parametrize("check, record, field", [
    (check_student_field, Student("Ana"), "legal_first_name"),
    (check_student_field, Student("Ana"), "legal_last_name"),
    (check_student_field, Student("Ana"), "preferred_name"),
    (check_family_field, FamilyMember("Ольга Петрова"), "name"),
    (check_team_field, TeamMember("Hye-jin Park"), "name"),
])
def test_a_name_may_have_up_to_the_longest_name(check, record, field):
    """One limit for every name the teacher types or a file brings (core.validation)."""
    assert LONGEST_NAME == 100
    assert check(record, field, "Ñ" * LONGEST_NAME, TODAY) is None
    assert said(check(record, field, "Ñ" * 200_000, TODAY)) == (
        "A name may have up to 100 characters; this one has 200000. Shorten it.")


def test_a_date_of_birth_too_long_ago_names_the_age_and_the_oldest_allowed():
    problem = check_student_field(pupil(), "date_of_birth", D("1900-01-01"), TODAY)
    assert problem is not None
    assert problem.code == "birth_too_long_ago"
    assert dict(problem.values) == {"born": D("1900-01-01"), "age": 126, "most": 26}

"""The people on a caseload, as plain dataclasses.

Codes (roles, contact methods...) are stable English identifiers stored in the
data file; the words shown to a teacher or a family come from the UI's
translations or the letter templates, never from these codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from iep_desk.core import names
from iep_desk.core.availability import WeeklyWindow


class DisabilityCategory(StrEnum):
    """Primary disability categories under IDEA (34 CFR 300.8), plus "other"."""

    AUTISM = "autism"
    DEAF_BLINDNESS = "deaf_blindness"
    DEAFNESS = "deafness"
    DEVELOPMENTAL_DELAY = "developmental_delay"
    EMOTIONAL_DISTURBANCE = "emotional_disturbance"
    HEARING_IMPAIRMENT = "hearing_impairment"
    INTELLECTUAL_DISABILITY = "intellectual_disability"
    MULTIPLE_DISABILITIES = "multiple_disabilities"
    ORTHOPEDIC_IMPAIRMENT = "orthopedic_impairment"
    OTHER_HEALTH_IMPAIRMENT = "other_health_impairment"
    SPECIFIC_LEARNING_DISABILITY = "specific_learning_disability"
    SPEECH_LANGUAGE_IMPAIRMENT = "speech_language_impairment"
    TRAUMATIC_BRAIN_INJURY = "traumatic_brain_injury"
    VISUAL_IMPAIRMENT = "visual_impairment"
    OTHER = "other"


class ParticipationMode(StrEnum):
    """How the student takes part in their own meeting."""

    NOT_DECIDED = "not_decided"
    ATTENDS = "attends"
    WRITTEN_INPUT = "written_input"
    FAMILY_BRINGS_PICTURE = "family_brings_picture"


class PreferredContact(StrEnum):
    """How a family member likes to be contacted."""

    PHONE = "phone"
    EMAIL = "email"
    TEXT = "text"
    STUDENT_PLANNER = "student_planner"
    HOME_VISIT = "home_visit"


class TeamRole(StrEnum):
    """A team member's role; a meeting participant from the team carries it as their role
    (a family participant's role is their relationship, typed by the teacher)."""

    GENERAL_EDUCATION_TEACHER = "general_education_teacher"
    SPECIAL_EDUCATION_TEACHER = "special_education_teacher"
    DISTRICT_REPRESENTATIVE = "district_representative"
    SCHOOL_PSYCHOLOGIST = "school_psychologist"
    SPEECH_LANGUAGE_PATHOLOGIST = "speech_language_pathologist"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    PHYSICAL_THERAPIST = "physical_therapist"
    COUNSELLOR = "counsellor"
    INTERPRETER = "interpreter"
    CULTURAL_LIAISON = "cultural_liaison"
    ADMINISTRATOR = "administrator"
    OTHER = "other"


DISABILITY_CATEGORIES = tuple(DisabilityCategory)
PARTICIPATION_MODES = tuple(ParticipationMode)
CONTACT_METHODS = tuple(PreferredContact)
TEAM_ROLES = tuple(TeamRole)

def saved(record_id: int | None) -> int:
    """The id of a record read from (or just written to) the caseload file.

    Records carry `id: int | None` because one being built has no id yet; code that works
    on records from the file calls this rather than passing a possible None along. Raises
    ValueError for a record never saved, which is a programming error, not bad input."""
    if record_id is None:
        raise ValueError("this record has not been saved to the caseload yet")
    return record_id


GRADES = ("Pre-K", "K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "Post-secondary")


@dataclass
class Student:
    legal_first_name: str
    legal_last_name: str = ""
    preferred_name: str = ""
    date_of_birth: date | None = None
    grade: str = ""
    school: str = ""
    district_student_id: str = ""
    disability_category: str = ""
    # IEP dates. The due dates are optional: when the IEP document names one the
    # teacher types it in; otherwise it is computed from the last meeting or evaluation.
    last_iep_meeting: date | None = None
    annual_review_due: date | None = None
    last_evaluation: date | None = None
    reevaluation_due: date | None = None
    strengths: str = ""
    hopes_and_dreams: str = ""
    culture_and_traditions: str = ""
    participation: str = "not_decided"
    archived_at: str | None = None
    id: int | None = None

    @property
    def legal_name(self) -> str:
        """The legal name, in the order its script writes it (core.names)."""
        return names.legal_name(self.legal_first_name, self.legal_last_name)

    @property
    def first_name(self) -> str:
        """The name the student goes by: the preferred name when there is one."""
        return self.preferred_name.strip() or self.legal_first_name.strip()

    @property
    def display_name(self) -> str:
        """The name shown: the preferred name with the family name, or alone when it is a
        full name already (core.names)."""
        return names.display_name(self.preferred_name, self.legal_first_name,
                                  self.legal_last_name)

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


@dataclass
class FamilyMember:
    """A parent, guardian or other family member; may be linked to several students."""

    name: str
    phones: str = ""
    email: str = ""
    address: str = ""
    preferred_contact: str = "phone"
    preferred_language: str = "en"
    interpreter_needed: bool = False
    availability: list[WeeklyWindow] = field(default_factory=list)
    transport_needs: str = ""
    childcare_needs: str = ""
    contact_confirmed_on: date | None = None
    id: int | None = None


@dataclass
class FamilyLink:
    """A family member as they relate to one student (the same person may be "mother" to two)."""

    member: FamilyMember
    relationship: str = ""


@dataclass
class TeamMember:
    """A colleague who may sit on students' IEP teams; shared across the caseload."""

    name: str
    role: str = "other"
    email: str = ""
    phone: str = ""
    availability: list[WeeklyWindow] = field(default_factory=list)
    active: bool = True
    id: int | None = None

"""What each team role is called, in US English: the one table the window and the English
handouts both say.

The window shows these names through Qt's translation (ui/labels.py ROLE_LABELS holds the
same texts as literals, so that lupdate finds them); the English handout templates
(resources/templates/en/labels.json "roles") print them. Tests hold both equal to this
table, so "Classroom teacher" on paper is never "General-education teacher" on screen. The
codes are stored values and never shown (an unknown one is shown as words, not as a code).
"""

from __future__ import annotations

from iep_desk.core.models import TeamRole

ROLE_NAMES: dict[str, str] = {
    TeamRole.GENERAL_EDUCATION_TEACHER: "Classroom teacher",
    TeamRole.SPECIAL_EDUCATION_TEACHER: "Special education teacher",
    TeamRole.DISTRICT_REPRESENTATIVE: "School district representative",
    TeamRole.SCHOOL_PSYCHOLOGIST: "School psychologist",
    TeamRole.SPEECH_LANGUAGE_PATHOLOGIST: "Speech-language pathologist",
    TeamRole.OCCUPATIONAL_THERAPIST: "Occupational therapist",
    TeamRole.PHYSICAL_THERAPIST: "Physical therapist",
    TeamRole.COUNSELLOR: "School counselor",
    TeamRole.INTERPRETER: "Interpreter",
    TeamRole.CULTURAL_LIAISON: "Family liaison",
    TeamRole.ADMINISTRATOR: "Principal",
    TeamRole.OTHER: "Team member",
}


def role_name(code: str) -> str:
    """The English name of a team role; an unknown code as words ("job_coach" → "Job
    coach"), never as the code itself."""
    if code in ROLE_NAMES:
        return ROLE_NAMES[code]
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]

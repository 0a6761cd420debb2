"""Who is who on a handout: names written with the same formality, roles in the family's words."""

from __future__ import annotations

import re

from babel import Locale, localedata

from iep_desk.core.meetings import FAMILY_OWNER, Participant
from iep_desk.printing.handout_data import HandoutData
from iep_desk.printing.wording import Wording

# Titles are dropped so that every attendee is written the same way ("Ana Ruiz", never
# "Dr. Ruiz" beside "Maria"): the family sits at the table as an equal member of the team.
_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|sr|sra|srta|dra)\.?\s+)+", re.IGNORECASE
)


def same_formality(name: str) -> str:
    """A name as printed on every handout: full name, no title, single spaces."""
    cleaned = " ".join((name or "").split())
    stripped = _HONORIFIC.sub("", cleaned)
    return stripped or cleaned


def role_code(participant: Participant, data: HandoutData) -> str:
    """The participant's role as a code ("mother", "speech_language_pathologist", "student")."""
    if participant.is_student:
        return "student"
    if participant.role.strip():
        return participant.role.strip()
    if participant.family_member_id is not None:
        for link in data.family:
            if link.member.id == participant.family_member_id and link.relationship.strip():
                return link.relationship.strip()
        return "parent"
    if participant.team_member_id is not None:
        for member in data.team:
            if member.id == participant.team_member_id:
                return member.role
    return "other"


def role_label(participant: Participant, data: HandoutData, w: Wording) -> str:
    code = role_code(participant, data)
    if code in (w.labels.get("relationships") or {}):
        return w.label("relationships", code)
    return w.label("roles", code)


def why_they_come(participant: Participant, data: HandoutData, w: Wording) -> str:
    code = role_code(participant, data)
    reasons = w.labels.get("role_why") or {}
    if code not in reasons:
        is_family = participant.family_member_id is not None or code in (
            w.labels.get("relationships") or {})
        code = "family" if is_family else "default"
    return w.label("role_why", code, first_name=data.student.first_name)


def invited(data: HandoutData) -> list[Participant]:
    """Everyone on the meeting's list, family first, in the order the teacher set."""
    people = list(data.record.participants)
    return sorted(people, key=lambda p: (p.family_member_id is None, p.is_student is False))


def attended(data: HandoutData) -> list[Participant]:
    """Who was there (present or remote). Before attendance is recorded: everyone invited who
    did not decline and was not excused."""
    people = invited(data)
    if any(p.attendance for p in people):
        return [p for p in people if p.attendance in ("present", "remote")]
    return [p for p in people if p.response != "declined" and not p.excused]


def family_names(data: HandoutData) -> list[str]:
    """The family members invited to the meeting, else every family member on file."""
    names = [same_formality(p.name) for p in invited(data)
             if p.family_member_id is not None and p.name.strip()]
    if not names:
        names = [same_formality(link.member.name) for link in data.family if link.member.name.strip()]
    return names


def join_names(names: list[str], w: Wording) -> str:
    """ "A", "A and B", "A, B and C" in the document's language: the template's "and" (the
    translator's choice, e.g. a spaced "و" before a name in Latin letters), and between the
    other names the language's own separator from CLDR ("、" in Chinese) when it is
    punctuation."""
    names = [n for n in names if n]
    if not names:
        return w.common("family_fallback")
    if len(names) == 1:
        return names[0]
    return w.common("and_list", first=_separator(w.language).join(names[:-1]), last=names[-1])


def _separator(language: str) -> str:
    if localedata.exists(language):
        middle = Locale.parse(language).list_patterns["standard"]["middle"]
        between = middle.replace("{0}", "").replace("{1}", "")
        if middle.startswith("{0}") and middle.endswith("{1}") and not any(
                ch.isalpha() for ch in between):
            return between
    return ", "


def owner_name(owner: str, printed: str, data: HandoutData, w: Wording) -> str:
    """Who does an action item, as printed for the family."""
    if owner == FAMILY_OWNER:
        return w.common("family_owner")
    if printed.strip():
        return same_formality(printed)
    for participant in data.record.participants:
        if participant.id is not None and str(participant.id) == owner:
            return same_formality(participant.name)
    return owner

"""The words a teacher reads for the planner's stored codes (context "PlannerLabels")."""

from __future__ import annotations

from datetime import date, datetime, time

from iep_desk.ui import dates
from iep_desk.ui.labels import ROLE_LABELS
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate

MEETING_TYPE_LABELS = {
    "initial": QT_TRANSLATE_NOOP("PlannerLabels", "First IEP meeting"),
    "annual_review": QT_TRANSLATE_NOOP("PlannerLabels", "Annual review"),
    "reevaluation": QT_TRANSLATE_NOOP("PlannerLabels", "Re-evaluation"),
    "amendment": QT_TRANSLATE_NOOP("PlannerLabels", "Amendment"),
    "transition": QT_TRANSLATE_NOOP("PlannerLabels", "Transition planning"),
    "other": QT_TRANSLATE_NOOP("PlannerLabels", "Other"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("PlannerLabels", "Draft"),
    "proposed": QT_TRANSLATE_NOOP("PlannerLabels", "Proposed to the family"),
    "confirmed": QT_TRANSLATE_NOOP("PlannerLabels", "Confirmed"),
    "held": QT_TRANSLATE_NOOP("PlannerLabels", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("PlannerLabels", "Cancelled"),
}
PLACE_LABELS = {
    "room": QT_TRANSLATE_NOOP("PlannerLabels", "In a room"),
    "phone": QT_TRANSLATE_NOOP("PlannerLabels", "By phone"),
    "video": QT_TRANSLATE_NOOP("PlannerLabels", "By video"),
}
RESPONSE_LABELS = {
    "no_answer": QT_TRANSLATE_NOOP("PlannerLabels", "No answer yet"),
    "coming": QT_TRANSLATE_NOOP("PlannerLabels", "Coming"),
    "declined": QT_TRANSLATE_NOOP("PlannerLabels", "Declined"),
    "remote": QT_TRANSLATE_NOOP("PlannerLabels", "Joining by phone or video"),
}
CONTACT_METHOD_LABELS = {
    "phone": QT_TRANSLATE_NOOP("PlannerLabels", "Phone call"),
    "email": QT_TRANSLATE_NOOP("PlannerLabels", "Email"),
    "text": QT_TRANSLATE_NOOP("PlannerLabels", "Text message"),
    "letter": QT_TRANSLATE_NOOP("PlannerLabels", "Letter"),
    "student_planner": QT_TRANSLATE_NOOP("PlannerLabels", "Note in the student planner"),
    "home_visit": QT_TRANSLATE_NOOP("PlannerLabels", "Home visit"),
    "in_person": QT_TRANSLATE_NOOP("PlannerLabels", "In person"),
}
CONTACT_OUTCOME_LABELS = {
    "reached": QT_TRANSLATE_NOOP("PlannerLabels", "Reached them"),
    "left_message": QT_TRANSLATE_NOOP("PlannerLabels", "Left a message"),
    "no_answer": QT_TRANSLATE_NOOP("PlannerLabels", "No answer"),
    "returned": QT_TRANSLATE_NOOP("PlannerLabels", "Letter or email came back"),
    "bounced": QT_TRANSLATE_NOOP("PlannerLabels", "Message could not be delivered"),
}
# Roles of people typed in by hand (the team roles come from ui.labels).
EXTRA_ROLE_LABELS = {
    "parent": QT_TRANSLATE_NOOP("PlannerLabels", "Parent"),
    "guardian": QT_TRANSLATE_NOOP("PlannerLabels", "Guardian"),
    "student": QT_TRANSLATE_NOOP("PlannerLabels", "Student"),
    "advocate": QT_TRANSLATE_NOOP("PlannerLabels", "Advocate"),
    "relative": QT_TRANSLATE_NOOP("PlannerLabels", "Relative"),
    "outside_provider": QT_TRANSLATE_NOOP("PlannerLabels", "Outside provider"),
}
TYPED_ROLES = ("advocate", "relative", "outside_provider", "interpreter", "other")


def label(labels: dict, code: str | None) -> str:
    """The translated label for a code; an unknown code is shown as it is."""
    if code is None:
        return ""
    if code in labels:
        return translate("PlannerLabels", labels[code])
    return code


def role_label(role: str) -> str:
    """Team roles, typed roles, or a family relationship written by the teacher ("aunt")."""
    if role in ROLE_LABELS:
        return translate("Labels", ROLE_LABELS[role])
    if role in EXTRA_ROLE_LABELS:
        return translate("PlannerLabels", EXTRA_ROLE_LABELS[role])
    # A relationship as the teacher typed it: shown with a capital, like every other role.
    text = role.replace("_", " ")
    return text[:1].upper() + text[1:]


def role_code(text: str) -> str:
    """The role to store for what the teacher typed in a role field: a role the window
    lists, written as the window writes it (in any case), is stored as that role; other
    words are stored as typed ("Reading specialist", "aunt")."""
    typed = " ".join(text.split())
    for code in (*ROLE_LABELS, *EXTRA_ROLE_LABELS):
        if role_label(code).casefold() == typed.casefold():
            return code
    return typed


def combo_items(labels: dict) -> list[tuple[str, str]]:
    return [(translate("PlannerLabels", text), code) for code, text in labels.items()]


def when_text(moment: datetime | None) -> str:
    """ "Tue 3/3/2026 3:30 PM" as the locale writes it, or "no date yet"."""
    if moment is None:
        return translate("PlannerLabels", "no date yet")
    return dates.weekday_moment_text(moment)


def day_text(day: date | None) -> str:
    return dates.date_text(day)


def time_text(value: time | None) -> str:
    return dates.time_text(value)

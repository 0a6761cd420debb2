"""What every part of the planner pane shares: the stores, safe writing, parsing what is typed."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.resources import glossary_path
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.ui import dates
from iep_desk.ui.desk import Desk
from iep_desk.ui.meeting_section import MeetingSection
from iep_desk.ui.translate import translate


def parse_time(text: str) -> time | None:
    """A clock time as the locale writes it, or as 15:30, 3:30 pm, 9 or 09.15 (ui.dates);
    empty means none. Raises ValueError with a message for the teacher."""
    return dates.parse_clock(text)


def parse_meeting_time(text: str, school_day: PlannerSettings) -> time | None:
    """A meeting's time (its start, when someone leaves, when a busy time ends): as
    parse_time, with "3:30" on a 12-hour clock read within the school day (3:30 PM)."""
    return dates.parse_clock(text, school_day=school_day)


def parse_meeting_moment(text: str, school_day: PlannerSettings) -> datetime:
    """A date and a meeting's time (a busy time's start): as parse_moment, with "3:30" read
    within the school day."""
    return dates.parse_moment(text, school_day=school_day)


def parse_day(text: str) -> date | None:
    """A date as the locale writes it or as YYYY-MM-DD (ui.dates); the error is already in
    the teacher's words."""
    return dates.parse_day(text)


def parse_moment(text: str) -> datetime:
    """A date and a time, e.g. "3/3/2026 3:30 PM" or "2026-03-03 15:30" (ui.dates).
    Raises ValueError with a message."""
    return dates.parse_moment(text)


def parse_minutes(text: str) -> int:
    text = (text or "").strip()
    if not re.fullmatch(r"-?\d+", text):
        raise ValueError(translate("Planner", "Enter the length in whole minutes, for example 60."))
    return int(text)


PlannerContext = Desk  # every section reads and writes through the window's Desk


def family_language(store: CaseloadStore, student_id: int) -> str:
    """The language family texts are checked in: the first family member's when IEP Desk
    has a glossary for it (the school writes in that language), else English."""
    family = store.family_of(student_id)
    language = (family[0].member.preferred_language or "en") if family else "en"
    return language if glossary_path(language).exists() else "en"


class Section(MeetingSection):
    """One part of the planner (details, participants, agenda...). Controls registered with
    `editing()` are disabled when the caseload is read-only or the meeting is a record
    (held or cancelled)."""


"""Agenda templates, and the agenda's timing: running total, overrun, who leaves early.

The default template lives in resources/agenda/default-<language>.json. A
template item may carry a `key` ("family_questions"...) so the app still knows
which item is which after the teacher renames it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from iep_desk.core.meetings import AgendaItem, Meeting, Participant

FAMILY_QUESTIONS_KEY = "family_questions"
# Minutes planned for one question the family sent ahead.
MINUTES_PER_QUESTION = 5


@dataclass(frozen=True)
class TemplateItem:
    title: str
    minutes: int = 5
    led_by: str = ""
    key: str = ""

    def to_json(self) -> dict:
        data = {"title": self.title, "minutes": self.minutes}
        if self.led_by:
            data["led_by"] = self.led_by
        if self.key:
            data["key"] = self.key
        return data

    @classmethod
    def from_json(cls, data: dict) -> TemplateItem:
        return cls(str(data["title"]), int(data.get("minutes", 5)), str(data.get("led_by", "")),
                   str(data.get("key", "")))


@dataclass
class AgendaTemplate:
    name: str
    items: list[TemplateItem] = field(default_factory=list)
    # Set for the teacher's saved templates (rows of agenda_templates); None for the built-in one.
    id: int | None = None

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    def items_json(self) -> str:
        return json.dumps([item.to_json() for item in self.items], ensure_ascii=False)

    @classmethod
    def from_items_json(cls, name: str, text: str, template_id: int | None = None) -> AgendaTemplate:
        return cls(name, [TemplateItem.from_json(d) for d in json.loads(text or "[]")], template_id)


def items_from_template(template: AgendaTemplate, meeting_id: int | None) -> list[AgendaItem]:
    """New agenda items for a meeting, numbered from 0 in the template's order."""
    return [AgendaItem(meeting_id, item.title, item.minutes, item.led_by, position,
                       template_key=item.key)
            for position, item in enumerate(template.items)]


def template_from_agenda(name: str, agenda: Iterable[AgendaItem]) -> AgendaTemplate:
    """A template from a meeting's agenda. Items that came from the family's questions are
    left out (they belong to that meeting); the keys stay so the next questions find their place."""
    items = sorted((i for i in agenda if i.family_question_id is None), key=lambda i: i.position)
    return AgendaTemplate(name.strip(), [TemplateItem(i.title, i.minutes, i.led_by, i.template_key)
                                         for i in items])


def question_insert_position(agenda: Iterable[AgendaItem]) -> int:
    """Where the next family question goes: after the last question already on the agenda,
    else right after the "family's questions" item, else at the end."""
    ordered = sorted(agenda, key=lambda i: i.position)
    anchor = None
    for index, item in enumerate(ordered):
        if item.family_question_id is not None or item.template_key == FAMILY_QUESTIONS_KEY:
            anchor = index
    return len(ordered) if anchor is None else anchor + 1


# -- timing -------------------------------------------------------------------

@dataclass(frozen=True)
class EarlyLeaver:
    name: str
    leaves_at: time
    # The agenda items that will still be running or to come when they leave.
    misses: tuple[str, ...]


@dataclass
class AgendaTiming:
    total_minutes: int
    duration_minutes: int
    # Start time of each item, by position, when the meeting has a start time.
    starts: list[datetime] = field(default_factory=list)
    early_leavers: list[EarlyLeaver] = field(default_factory=list)

    @property
    def over_by(self) -> int:
        """Minutes the agenda runs past the meeting's end (0 when it fits)."""
        return max(0, self.total_minutes - self.duration_minutes)

    @property
    def minutes_left(self) -> int:
        return max(0, self.duration_minutes - self.total_minutes)

    @property
    def warning(self) -> str | None:
        if self.over_by:
            return (f"The agenda needs {self.total_minutes} minutes, but the meeting is planned "
                    f"for {self.duration_minutes}: it runs over by {self.over_by} minutes. "
                    "Shorten some items or plan a longer meeting.")
        return None

    @property
    def summary(self) -> str:
        """"45 of 60 minutes planned" (for the running total)."""
        return f"{self.total_minutes} of {self.duration_minutes} minutes planned"


def agenda_timing(agenda: Iterable[AgendaItem], meeting: Meeting,
                  participants: Iterable[Participant] = ()) -> AgendaTiming:
    """The agenda's running total against the meeting's length, and who leaves before the end."""
    ordered = sorted(agenda, key=lambda i: i.position)
    timing = AgendaTiming(sum(max(0, i.minutes) for i in ordered), meeting.duration_minutes)
    if meeting.starts_at is None:
        return timing
    clock = meeting.starts_at
    for item in ordered:
        timing.starts.append(clock)
        clock += timedelta(minutes=max(0, item.minutes))
    day = meeting.starts_at.date()
    end = max(clock, meeting.ends_at or clock)
    for person in participants:
        if person.leaves_at is None:
            continue
        leaves = datetime.combine(day, person.leaves_at)
        if leaves >= end:
            continue
        misses = tuple(item.title for item, start in zip(ordered, timing.starts)
                       if start + timedelta(minutes=item.minutes) > leaves)
        timing.early_leavers.append(EarlyLeaver(person.name, person.leaves_at, misses))
    timing.early_leavers.sort(key=lambda e: e.leaves_at)
    return timing

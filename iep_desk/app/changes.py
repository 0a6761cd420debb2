"""What an operation changed: the parts of the caseload a view may show."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of records an operation wrote. A view refreshes only for the kinds it
    shows (`changes.meetings or changes.checklist`...)."""

    students: bool = False
    family: bool = False
    team: bool = False
    meetings: bool = False
    participants: bool = False
    # The agenda and the family's questions (one aggregate: a question is an agenda item).
    agenda: bool = False
    # The private preparation: the family's concerns, the student's input.
    preparation: bool = False
    checklist: bool = False
    contacts: bool = False
    busy_times: bool = False
    actions: bool = False
    # Ideas for home (and the teacher's list of them), what the family brought.
    home: bool = False
    # What worked and what did not, the tip file.
    looking_back: bool = False
    goals: bool = False
    settings: bool = False
    translations: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @classmethod
    def everything(cls) -> Changes:
        """After something that may have changed anything (a restored backup, an import)."""
        return cls(**{f.name: True for f in fields(cls)})


NOTHING = Changes()
STUDENTS = Changes(students=True)
FAMILY = Changes(family=True)
TEAM = Changes(team=True)
MEETINGS = Changes(meetings=True)
PARTICIPANTS = Changes(participants=True)
AGENDA = Changes(agenda=True)
PREPARATION = Changes(preparation=True)
CHECKLIST = Changes(checklist=True)
CONTACTS = Changes(contacts=True)
BUSY_TIMES = Changes(busy_times=True)
ACTIONS = Changes(actions=True)
HOME = Changes(home=True)
LOOKING_BACK = Changes(looking_back=True)
SETTINGS = Changes(settings=True)
TRANSLATIONS = Changes(translations=True)
GOALS = Changes(goals=True)

"""The current IEP's annual goals, services and accommodations, and progress on each goal.

A light record for preparing and following up meetings, not a replacement for the
district's IEP. A goal says what the student works towards in plain words, where they
started (the baseline), where the team hopes they will be (the target) and by when, and how
it is measured. Progress notes record a measurement, or a rating where the goal has no
number, on a date.

`goal_progress` works out from those facts whether a goal is on track, and returns a code
with the numbers behind it; the UI and the family's progress page put it into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Rating(StrEnum):
    """For goals measured by observation rather than a number."""

    NOT_YET = "not_yet"
    EMERGING = "emerging"
    PROGRESSING = "progressing"
    MET = "met"


class ProgressStatus(StrEnum):
    NO_NOTES = "no_notes"        # nothing measured since the baseline
    ON_TRACK = "on_track"        # at or near where the straight line to the target says
    BEHIND = "behind"            # clearly short of that line
    MET = "met"                  # the target is reached
    ENDED_NOT_MET = "ended_not_met"  # the target date has passed without reaching it


@dataclass(frozen=True, slots=True)
class Goal:
    id: int | None
    student_id: int
    area: str                    # "Reading", "Communication", "Self-care"…
    text: str                    # the goal in plain words
    measured_by: str = ""        # "words read correctly in one minute, from a grade-level passage"
    unit: str = ""               # "words a minute" (short, for sentences and charts)
    baseline: float | None = None
    baseline_on: date | None = None
    target: float | None = None
    target_by: date | None = None

    @property
    def measurable(self) -> bool:
        """A number to start from, a number to reach and the dates of both."""
        return (self.baseline is not None and self.target is not None
                and self.baseline_on is not None and self.target_by is not None
                and self.target_by > self.baseline_on and self.target != self.baseline)

    def problems(self) -> list[str]:
        """Problem codes for values that cannot be right (empty when all is well)."""
        found = []
        if not self.text.strip():
            found.append("goal_text_missing")
        if (self.baseline_on and self.target_by) and self.target_by <= self.baseline_on:
            found.append("target_date_before_baseline")
        if (self.baseline is None) != (self.target is None):
            found.append("baseline_and_target_go_together")
        return found


@dataclass(frozen=True, slots=True)
class ProgressNote:
    id: int | None
    goal_id: int
    noted_on: date
    value: float | None = None
    rating: Rating | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Service:
    """A service on the IEP: what, how often, where, who."""

    id: int | None
    student_id: int
    what: str                    # "Speech-language therapy"
    how_often: str = ""          # "2 × 30 minutes a week"
    setting: str = ""            # where: "Speech room, small group"
    provider: str = ""           # "Speech-language pathologist"


@dataclass(frozen=True, slots=True)
class Accommodation:
    id: int | None
    student_id: int
    text: str                    # "Extra time (1.5×) on tests"
    applies_in: str = ""         # "All classes"


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """Where a goal stands: a status code and the numbers behind it."""

    status: ProgressStatus
    latest: ProgressNote | None = None
    # Where the straight line from the baseline to the target is on the latest note's date.
    expected: float | None = None
    # The fraction of the way from the baseline to the target the latest value has come.
    share_done: float | None = None
    notes: tuple[ProgressNote, ...] = field(default_factory=tuple)


# How far short of the straight line still counts as on track, as a share of the whole way
# from the baseline to the target: progress is never a straight line, and a goal 10% of the
# way behind is a goal to watch, not a goal off track.
ON_TRACK_MARGIN = 0.10


def goal_progress(goal: Goal, notes: list[ProgressNote], today: date) -> GoalProgress:
    """Whether the goal is on track, from its notes up to `today` (later ones are ignored)."""
    dated = tuple(sorted((n for n in notes if n.goal_id == goal.id and n.noted_on <= today),
                         key=lambda n: (n.noted_on, n.id or 0)))
    if not dated:
        return GoalProgress(ProgressStatus.NO_NOTES)
    latest = dated[-1]
    if goal.measurable and latest.value is not None:
        return _measured(goal, latest, dated, today)
    return _rated(goal, latest, dated, today)


def _measured(goal: Goal, latest: ProgressNote, notes: tuple[ProgressNote, ...],
              today: date) -> GoalProgress:
    assert goal.baseline is not None and goal.target is not None
    assert goal.baseline_on is not None and goal.target_by is not None
    assert latest.value is not None  # progress_of sends only a measured note here
    whole = goal.target - goal.baseline  # negative for a goal to reduce something
    share_done = (latest.value - goal.baseline) / whole
    span = (goal.target_by - goal.baseline_on).days
    elapsed = min(max((latest.noted_on - goal.baseline_on).days, 0), span)
    expected_share = elapsed / span
    expected = goal.baseline + whole * expected_share
    if share_done >= 1:
        status = ProgressStatus.MET
    elif today > goal.target_by:
        status = ProgressStatus.ENDED_NOT_MET
    elif share_done >= expected_share - ON_TRACK_MARGIN:
        status = ProgressStatus.ON_TRACK
    else:
        status = ProgressStatus.BEHIND
    return GoalProgress(status, latest, expected, share_done, notes)


def _rated(goal: Goal, latest: ProgressNote, notes: tuple[ProgressNote, ...],
           today: date) -> GoalProgress:
    rating = latest.rating
    if rating == Rating.MET:
        return GoalProgress(ProgressStatus.MET, latest, notes=notes)
    if goal.target_by is not None and today > goal.target_by:
        return GoalProgress(ProgressStatus.ENDED_NOT_MET, latest, notes=notes)
    if rating == Rating.PROGRESSING:
        return GoalProgress(ProgressStatus.ON_TRACK, latest, notes=notes)
    if rating in (Rating.NOT_YET, Rating.EMERGING):
        return GoalProgress(ProgressStatus.BEHIND, latest, notes=notes)
    return GoalProgress(ProgressStatus.NO_NOTES, latest, notes=notes)


def goals_without_note_since(goals: list[Goal], notes: list[ProgressNote],
                             since: date) -> list[Goal]:
    """Goals with no progress note on or after `since` (the last progress report date)."""
    noted = {n.goal_id for n in notes if n.noted_on >= since}
    return [goal for goal in goals if goal.id not in noted]


@dataclass(frozen=True, slots=True)
class ReportingPeriods:
    """The district's progress-report dates (often with report cards), a setting."""

    dates: tuple[date, ...] = ()

    def last_on_or_before(self, day: date) -> date | None:
        earlier = [d for d in self.dates if d <= day]
        return max(earlier) if earlier else None

    def next_after(self, day: date) -> date | None:
        later = [d for d in self.dates if d > day]
        return min(later) if later else None

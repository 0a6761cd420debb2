"""Goals and progress: on track or not, at the right points, with the numbers behind it."""

from datetime import date

import pytest

from iep_desk.core.goals import (
    Goal,
    ProgressNote,
    ProgressStatus,
    Rating,
    ReportingPeriods,
    goal_progress,
    goals_without_note_since,
)

# Reading fluency: 40 words a minute on 1 September, 90 by 1 June (273 days).
READING = Goal(1, 7, "Reading", "Read a grade-level passage aloud smoothly",
               measured_by="words read correctly in one minute", unit="words a minute",
               baseline=40, baseline_on=date(2026, 9, 1), target=90, target_by=date(2027, 6, 1))


def note(day, value=None, rating=None, goal_id=1, id_=None):
    return ProgressNote(id_, goal_id, day, value=value, rating=rating)


def test_a_goal_without_notes_has_nothing_to_say_yet():
    assert goal_progress(READING, [], date(2026, 11, 1)).status is ProgressStatus.NO_NOTES


@pytest.mark.parametrize(("day", "value", "status"), [
    # 1 December: 91 of 273 days gone, so the line says 40 + 50 × 91/273 ≈ 56.7.
    (date(2026, 12, 1), 62, ProgressStatus.ON_TRACK),     # ahead of the line
    (date(2026, 12, 1), 53, ProgressStatus.ON_TRACK),     # a little behind: within 10% of the way
    (date(2026, 12, 1), 50, ProgressStatus.BEHIND),       # 20% of the way instead of 33%
    (date(2027, 3, 1), 90, ProgressStatus.MET),
    (date(2027, 3, 1), 95, ProgressStatus.MET),
])
def test_measured_goals_against_the_straight_line_to_the_target(day, value, status):
    found = goal_progress(READING, [note(date(2026, 10, 1), 45), note(day, value)], day)
    assert found.status is status
    assert found.latest.value == value
    assert found.notes[0].value == 45


def test_the_numbers_behind_the_status():
    found = goal_progress(READING, [note(date(2026, 12, 1), 62)], date(2026, 12, 2))
    assert found.expected == pytest.approx(40 + 50 * 91 / 273)
    assert found.share_done == pytest.approx(22 / 50)


def test_a_goal_to_reduce_something_counts_the_other_way():
    outbursts = Goal(2, 7, "Behavior", "Fewer times leaving class without asking", unit="times a week",
                     baseline=10, baseline_on=date(2026, 9, 1), target=2, target_by=date(2027, 6, 1))
    assert goal_progress(outbursts, [note(date(2026, 12, 1), 7, goal_id=2)],
                         date(2026, 12, 1)).status is ProgressStatus.ON_TRACK
    assert goal_progress(outbursts, [note(date(2026, 12, 1), 10, goal_id=2)],
                         date(2026, 12, 1)).status is ProgressStatus.BEHIND
    assert goal_progress(outbursts, [note(date(2027, 1, 1), 2, goal_id=2)],
                         date(2027, 1, 1)).status is ProgressStatus.MET


def test_after_the_target_date_an_unmet_goal_says_so_and_later_notes_are_ignored():
    notes = [note(date(2027, 5, 20), 80), note(date(2027, 7, 1), 95)]
    assert goal_progress(READING, notes, date(2027, 6, 15)).status is ProgressStatus.ENDED_NOT_MET
    assert goal_progress(READING, notes, date(2027, 7, 2)).status is ProgressStatus.MET


def test_rated_goals_follow_the_latest_rating():
    social = Goal(3, 7, "Social", "Join a group game at recess", target_by=date(2027, 6, 1))
    assert not social.measurable
    cases = [(Rating.NOT_YET, ProgressStatus.BEHIND), (Rating.EMERGING, ProgressStatus.BEHIND),
             (Rating.PROGRESSING, ProgressStatus.ON_TRACK), (Rating.MET, ProgressStatus.MET)]
    for rating, status in cases:
        found = goal_progress(social, [note(date(2026, 11, 1), rating=rating, goal_id=3)],
                              date(2026, 11, 2))
        assert found.status is status, rating


def test_goal_problems_are_codes():
    bad = Goal(None, 7, "Math", " ", baseline=3, baseline_on=date(2027, 1, 1),
               target_by=date(2026, 1, 1))
    assert bad.problems() == ["goal_text_missing", "target_date_before_baseline",
                              "baseline_and_target_go_together"]
    assert READING.problems() == []


def test_goals_with_no_note_since_the_last_report_and_the_reporting_dates():
    spelling = Goal(4, 7, "Writing", "Spell common words")
    notes = [note(date(2026, 11, 20), 50), note(date(2026, 10, 1), rating=Rating.EMERGING, goal_id=4)]
    periods = ReportingPeriods((date(2026, 11, 13), date(2027, 1, 29), date(2027, 4, 9)))
    last = periods.last_on_or_before(date(2026, 12, 7))
    assert last == date(2026, 11, 13)
    assert periods.next_after(date(2026, 12, 7)) == date(2027, 1, 29)
    assert periods.last_on_or_before(date(2026, 9, 1)) is None
    assert goals_without_note_since([READING, spelling], notes, last) == [spelling]

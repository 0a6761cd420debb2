"""Agenda templates and timing: the running total, overruns, people who leave early."""

from __future__ import annotations

import json
from datetime import datetime, time

from iep_desk import resources
from iep_desk.config import RESOURCES_DIR
from iep_desk.core import agenda
from iep_desk.core.meetings import AgendaItem, Meeting, Participant

MEETING = Meeting(1, starts_at=datetime(2026, 12, 10, 15, 0), duration_minutes=60, id=1)


def items(*minutes):
    return [AgendaItem(1, f"Item {n}", m, position=n) for n, m in enumerate(minutes)]


def test_the_default_template_comes_from_the_resource_file():
    data = json.loads((RESOURCES_DIR / "agenda" / "default-en.json").read_text(encoding="utf-8"))
    template = resources.default_agenda_template()
    assert [i.title for i in template.items] == [d["title"] for d in data["items"]]
    keys = [i.key for i in template.items]
    assert keys == ["welcome", "purpose", "strengths_and_hopes", "family_questions",
                    "goal_progress", "present_levels", "goals", "services_and_supports",
                    "next_steps", "next_meeting"]
    # It fits the default length of an annual review.
    assert 0 < template.total_minutes <= 60
    assert resources.default_agenda_template("xx") == template


def test_items_from_a_template_are_numbered_and_keep_their_keys():
    new = agenda.items_from_template(resources.default_agenda_template(), 5)
    assert [i.position for i in new] == list(range(len(new)))
    assert {i.meeting_id for i in new} == {5}
    assert new[3].template_key == agenda.FAMILY_QUESTIONS_KEY


def test_template_json_round_trip_and_from_agenda_leaves_out_questions():
    current = items(5, 10) + [AgendaItem(1, "Family question", 5, position=2, family_question_id=9)]
    current[0].template_key = "welcome"
    template = agenda.template_from_agenda(" Mine ", current)
    assert template.name == "Mine"
    assert [(i.title, i.minutes, i.key) for i in template.items] == [
        ("Item 0", 5, "welcome"), ("Item 1", 10, "")]
    again = agenda.AgendaTemplate.from_items_json("Mine", template.items_json())
    assert again == template


def test_running_total_within_the_meeting():
    timing = agenda.agenda_timing(items(10, 20, 15), MEETING)
    assert (timing.total_minutes, timing.minutes_left, timing.over_by) == (45, 15, 0)
    assert timing.warning is None
    assert timing.summary == "45 of 60 minutes planned"
    assert timing.starts == [datetime(2026, 12, 10, 15, 0), datetime(2026, 12, 10, 15, 10),
                             datetime(2026, 12, 10, 15, 30)]


def test_a_clear_warning_when_the_agenda_runs_over():
    timing = agenda.agenda_timing(items(30, 25, 20), MEETING)
    assert timing.over_by == 15
    assert timing.warning == ("The agenda needs 75 minutes, but the meeting is planned for 60: "
                              "it runs over by 15 minutes. Shorten some items or plan a longer "
                              "meeting.")
    exactly = agenda.agenda_timing(items(30, 30), MEETING)
    assert exactly.over_by == 0 and exactly.warning is None


def test_people_leaving_early_are_noted_with_their_time_and_what_they_miss():
    people = [Participant(1, "Ravi Patel", leaves_at=time(15, 35)),
              Participant(1, "Sam Okoye", leaves_at=time(15, 20)),
              Participant(1, "Lucía", leaves_at=time(16, 0)),   # stays to the end
              Participant(1, "Dana")]
    timing = agenda.agenda_timing(items(10, 20, 15), MEETING, people)
    assert [(e.name, e.leaves_at) for e in timing.early_leavers] == [
        ("Sam Okoye", time(15, 20)), ("Ravi Patel", time(15, 35))]
    assert timing.early_leavers[0].misses == ("Item 1", "Item 2")
    assert timing.early_leavers[1].misses == ("Item 2",)


def test_a_meeting_without_a_time_still_gets_a_total():
    timing = agenda.agenda_timing(items(10, 10), Meeting(1, duration_minutes=15),
                                  [Participant(1, "X", leaves_at=time(9))])
    assert (timing.total_minutes, timing.over_by, timing.starts, timing.early_leavers) == (
        20, 5, [], [])


def test_where_a_family_question_goes():
    template_items = agenda.items_from_template(resources.default_agenda_template(), 1)
    assert agenda.question_insert_position(template_items) == 4
    with_question = template_items[:4] + [AgendaItem(1, "Q", 5, family_question_id=1)] + template_items[4:]
    for position, item in enumerate(with_question):
        item.position = position
    assert agenda.question_insert_position(with_question) == 5
    assert agenda.question_insert_position(items(5, 5)) == 2
    assert agenda.question_insert_position([]) == 0

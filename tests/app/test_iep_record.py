"""The student's IEP record through the application layer: each operation checks what was
entered (a problem code, nothing written), writes, says Changes(goals=True), and gives an
undo record (plain data) that puts the whole record back and does it again."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from iep_desk.app import iep_record as op
from iep_desk.app.undo import apply
from iep_desk.core.goals import Accommodation, Goal, ProgressNote, Rating, Service
from iep_desk.core.models import Student
from iep_desk.core.problems import ProblemError
from iep_desk.storage.stores import Stores


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def ayaan(store):
    return store.add_student(Student("Ayaan", "Shah", district_student_id="S-100"))


def reading(student_id: int) -> Goal:
    return Goal(None, student_id, "Reading", "Read a grade-level passage fluently",
                measured_by="words read correctly in one minute", unit="words a minute",
                baseline=40, baseline_on=date(2026, 9, 1), target=90,
                target_by=date(2027, 5, 15))


def test_add_goal_then_undo_and_redo(stores, ayaan):
    result = op.add_goal(stores, goal=reading(ayaan))
    assert result.changes.goals and not result.changes.meetings
    [goal] = stores.goals.goals_of(ayaan)
    assert goal.id == result.value and goal.unit == "words a minute"
    undo = pickle.loads(pickle.dumps(result.undo))  # plain data
    apply(stores, undo.undo)
    assert stores.goals.goals_of(ayaan) == []
    apply(stores, undo.redo)
    assert stores.goals.goals_of(ayaan) == [goal]


@pytest.mark.parametrize(("change", "code"), [
    ({"text": "  "}, "goal_text_missing"),
    ({"target_by": date(2026, 8, 1)}, "target_date_before_baseline"),
    ({"target": None}, "baseline_and_target_go_together"),
])
def test_a_goal_that_cannot_be_right_is_refused(stores, ayaan, change, code):
    from dataclasses import replace

    with pytest.raises(ProblemError) as refused:
        op.add_goal(stores, goal=replace(reading(ayaan), **change))
    assert refused.value.code == code
    assert stores.goals.goals_of(ayaan) == []


def test_change_end_and_reorder_goals(stores, ayaan):
    from dataclasses import replace

    first = op.add_goal(stores, goal=reading(ayaan)).value
    second = op.add_goal(stores, goal=Goal(None, ayaan, "Self-care", "Packs the bag")).value
    changed = op.change_goal(stores, goal=replace(stores.goals.goal(first), target=80))
    assert stores.goals.goal(first).target == 80
    moved = op.move_goal(stores, goal_id=second, by=-1)
    assert [g.id for g in stores.goals.goals_of(ayaan)] == [second, first]
    ended = op.end_goal(stores, goal_id=first, on=date(2027, 6, 1))
    assert [g.id for g in stores.goals.goals_of(ayaan)] == [second]
    assert len(stores.goals.goals_of(ayaan, include_ended=True)) == 2
    for result in (ended, moved, changed):
        apply(stores, result.undo.undo)
    assert [g.id for g in stores.goals.goals_of(ayaan)] == [first, second]
    assert stores.goals.goal(first).target == 90


def test_notes_need_a_value_a_rating_or_words(stores, ayaan):
    goal_id = op.add_goal(stores, goal=reading(ayaan)).value
    with pytest.raises(ProblemError) as refused:
        op.add_note(stores, note=ProgressNote(None, goal_id, date(2026, 11, 14), note=" "))
    assert refused.value.code == "progress_note_empty"
    added = op.add_note(stores, note=ProgressNote(None, goal_id, date(2026, 11, 14), value=62))
    rated = op.add_note(stores, note=ProgressNote(None, goal_id, date(2026, 11, 20),
                                                  rating=Rating.PROGRESSING))
    assert [n.id for n in stores.goals.notes_of_student(ayaan)] == [added.value, rated.value]
    removed = op.remove_note(stores, note_id=added.value)
    assert [n.id for n in stores.goals.notes_of_student(ayaan)] == [rated.value]
    apply(stores, removed.undo.undo)
    [back, _] = stores.goals.notes_of_student(ayaan)
    assert (back.id, back.value) == (added.value, 62)


def test_services_and_accommodations(stores, ayaan):
    with pytest.raises(ProblemError):
        op.save_service(stores, service=Service(None, ayaan, ""))
    with pytest.raises(ProblemError):
        op.save_accommodation(stores, accommodation=Accommodation(None, ayaan, " "))
    service = op.save_service(stores, service=Service(None, ayaan, "Speech therapy",
                                                      "2 × 30 minutes a week")).value
    op.save_service(stores, service=Service(service, ayaan, "Speech-language therapy"))
    [saved] = stores.goals.services_of(ayaan)
    assert (saved.what, saved.how_often) == ("Speech-language therapy", "")
    extra = op.save_accommodation(stores, accommodation=Accommodation(
        None, ayaan, "Extra time on tests", "All classes")).value
    ended = op.end_accommodation(stores, accommodation_id=extra, on=date(2027, 1, 5))
    assert stores.goals.accommodations_of(ayaan) == []
    apply(stores, ended.undo.undo)
    assert [a.id for a in stores.goals.accommodations_of(ayaan)] == [extra]
    op.end_service(stores, service_id=service, on=date(2027, 1, 5))
    assert stores.goals.services_of(ayaan) == []


def test_receipts_and_reissue_after_a_change(stores, ayaan):
    op.add_goal(stores, goal=reading(ayaan))
    with pytest.raises(ProblemError):
        op.record_receipts(stores, student_id=ayaan, recipients=[(" ", None)],
                           on=date(2026, 11, 2))
    op.record_receipts(stores, student_id=ayaan, recipients=[("Sam Okoye", None),
                                                             ("Ms. Rivera", None)],
                       on=date(2026, 11, 2))
    state = op.glance_state(stores, ayaan)
    assert [r.recipient for r in state.receipts] == ["Sam Okoye", "Ms. Rivera"]
    assert state.reissue_to == ()
    op.save_accommodation(stores, accommodation=Accommodation(None, ayaan, "Seat near the board"))
    assert op.glance_state(stores, ayaan).reissue_to == ("Ms. Rivera", "Sam Okoye")
    op.record_receipts(stores, student_id=ayaan, recipients=[("Sam Okoye", None)],
                       on=date(2026, 11, 9))
    assert op.glance_state(stores, ayaan).reissue_to == ("Ms. Rivera",)


def test_reporting_periods_and_goals_without_a_note(stores, ayaan):
    goal_id = op.add_goal(stores, goal=reading(ayaan)).value
    other = op.add_goal(stores, goal=Goal(None, ayaan, "Writing", "Writes three sentences")).value
    saved = op.save_reporting_periods(stores, dates=[date(2027, 1, 22), date(2026, 11, 6),
                                                     date(2026, 11, 6)])
    assert saved.changes.settings and saved.changes.goals
    assert stores.goals.reporting_periods().dates == (date(2026, 11, 6), date(2027, 1, 22))
    op.add_note(stores, note=ProgressNote(None, goal_id, date(2026, 12, 1), value=55))
    # Far from the next report: nothing is due.
    assert op.reports_due(stores, date(2026, 12, 2)) == []
    [due] = op.reports_due(stores, date(2027, 1, 10))
    assert (due.report_on, due.student_id, [g.id for g in due.goals]) == (
        date(2027, 1, 22), ayaan, [other])
    apply(stores, saved.undo.undo)
    assert stores.goals.reporting_periods().dates == ()


# -- the student's documents ---------------------------------------------------------------------

def test_handouts_carry_the_record_and_the_packet_never_the_glance(store, stores):
    from iep_desk.app import handouts
    from tests.app.test_handouts import TODAY, seed_meeting, text_of

    seeded = seed_meeting(store, stores, language="en")
    goal_id = op.add_goal(stores, goal=reading(seeded.student_id)).value
    op.add_note(stores, note=ProgressNote(None, goal_id, date(2026, 1, 20), value=62))
    op.save_accommodation(stores, accommodation=Accommodation(
        None, seeded.student_id, "Extra time on tests (glance-only-x7)"))
    data = handouts.gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert [g.id for g in data.goals] == [goal_id]
    assert [n.value for n in data.progress_notes] == [62]
    assert [a.text for a in data.accommodations] == ["Extra time on tests (glance-only-x7)"]

    packet = text_of(handouts.make_packet(data, None))
    assert "How Ánh is doing on each goal" in packet  # the progress page is in the packet
    assert "Confidential" not in packet and "glance-only-x7" not in packet
    glance = text_of(handouts.make_glance(data).pdf)
    assert "Confidential" in glance and "glance-only-x7" in glance


def test_a_students_documents_without_any_meeting(stores, ayaan):
    from iep_desk.app import handouts
    from tests.app.test_handouts import text_of

    goal_id = op.add_goal(stores, goal=reading(ayaan)).value
    op.add_note(stores, note=ProgressNote(None, goal_id, date(2026, 11, 14), value=62))
    data = handouts.gather_for_student(stores, student_id=ayaan, today=date(2026, 11, 20))
    assert data.student.id == ayaan and [g.id for g in data.goals] == [goal_id]
    page = text_of(handouts.make_progress_page(data).pdf)
    assert "How Ayaan is doing on each goal" in page and "62" in page
    assert "Confidential" in text_of(handouts.make_glance(data).pdf)
    with pytest.raises(LookupError):
        handouts.gather_for_student(stores, student_id=9999)


def test_the_glance_is_made_in_the_language_it_was_gathered_for(store, stores, ayaan):
    """The window's language travels on the gathered data, with a meeting on file or
    without: Spanish (and Mexican Spanish) in Spanish, a language without the teacher's
    documents in English."""
    from iep_desk.app import handouts
    from tests.app.test_handouts import seed_meeting, text_of

    seeded = seed_meeting(store, stores, language="en")
    today = date(2026, 11, 20)
    for student_id in (seeded.student_id, ayaan):  # with a meeting; with none
        for language, title in (("es", "Resumen del IEP"), ("es-MX", "Resumen del IEP"),
                                ("en", "IEP at a glance"), ("fr", "IEP at a glance")):
            data = handouts.gather_for_student(stores, student_id=student_id, today=today,
                                               language=language)
            assert title in text_of(handouts.make_glance(data).pdf), (student_id, language)


def test_the_teachers_two_documents_exist_in_the_same_languages():
    """teacher_language picks the language by the prep sheet's templates and the IEP at a
    glance is made in it too: a glance template missing (or added) in one language alone
    would print the glance in English (or not at all) for that window."""
    from iep_desk.app import handouts
    from iep_desk.resources import RESOURCES_DIR

    glance = sorted(path.parent.name
                    for path in (RESOURCES_DIR / "templates").glob("*/iep_at_a_glance.json"))
    assert glance == sorted(handouts.teacher_languages())

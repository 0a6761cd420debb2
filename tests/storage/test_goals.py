"""The goals store: goals, notes, services, accommodations and receipts survive the file."""

from datetime import date

import pytest

from iep_desk.core.decisions import GlanceReceipt, glance_version, reissue_due
from iep_desk.core.goals import (
    Accommodation,
    Goal,
    ProgressNote,
    ProgressStatus,
    Rating,
    ReportingPeriods,
    Service,
    goal_progress,
)
from iep_desk.core.models import Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.goals import GoalInputError, GoalStore
from iep_desk.storage.settings import SettingsStore


@pytest.fixture
def student_id(store):
    return store.add_student(Student("Ayaan", "Farah"))


def test_goals_and_notes_round_trip_through_the_file(store, data_dir, student_id):
    goals = GoalStore(store.db)
    reading = goals.save_goal(Goal(None, student_id, "Reading", "Read aloud smoothly",
                                   "words read correctly in one minute", "words a minute",
                                   40, date(2026, 9, 1), 90, date(2027, 6, 1)))
    social = goals.save_goal(Goal(None, student_id, "Social", "Join a game at recess"))
    goals.add_note(ProgressNote(None, reading.id, date(2026, 11, 20), value=62))
    goals.add_note(ProgressNote(None, social.id, date(2026, 11, 21), rating=Rating.PROGRESSING,
                                note="Played tag twice this week."))
    store.db.close()

    again = GoalStore(open_caseload(data_dir).db)
    assert again.goals_of(student_id) == [reading, social]
    notes = again.notes_of_student(student_id)
    assert [n.noted_on for n in notes] == [date(2026, 11, 20), date(2026, 11, 21)]
    assert notes[1].rating is Rating.PROGRESSING
    status = goal_progress(reading, notes, date(2026, 12, 7)).status
    assert status is ProgressStatus.ON_TRACK
    again.db.close()


def test_an_ended_goal_keeps_its_notes_and_leaves_the_current_list(store, student_id):
    goals = GoalStore(store.db)
    old = goals.save_goal(Goal(None, student_id, "Math", "Count to 50"))
    goals.add_note(ProgressNote(None, old.id, date(2026, 5, 1), rating=Rating.MET))
    goals.end_goal(old.id, date(2026, 6, 1))
    assert goals.goals_of(student_id) == []
    assert goals.goals_of(student_id, include_ended=True) == [old]
    assert len(goals.notes_of_student(student_id)) == 1


def test_values_that_cannot_be_right_are_refused_with_codes(store, student_id):
    goals = GoalStore(store.db)
    with pytest.raises(GoalInputError) as refused:
        goals.save_goal(Goal(None, student_id, "Math", "  "))
    assert refused.value.codes == ["goal_text_missing"]
    kept = goals.save_goal(Goal(None, student_id, "Math", "Add to 100"))
    with pytest.raises(GoalInputError):
        goals.add_note(ProgressNote(None, kept.id, date(2026, 11, 1)))
    with pytest.raises(GoalInputError):
        goals.save_service(Service(None, student_id, " "))
    assert goals.notes_of_student(student_id) == []


def test_services_accommodations_and_who_has_the_current_glance(store, student_id):
    goals = GoalStore(store.db)
    speech = goals.save_service(Service(None, student_id, "Speech therapy", "2 × 30 min a week",
                                        "Speech room", "Speech-language pathologist"))
    extra = goals.save_accommodation(Accommodation(None, student_id, "Extra time on tests",
                                                   "All classes"))
    assert goals.services_of(student_id) == [speech]
    assert goals.accommodations_of(student_id) == [extra]
    first = glance_version(goals.goals_of(student_id), [speech], [extra])
    goals.record_receipt(student_id, GlanceReceipt("Mr. Okafor", first, date(2026, 9, 10)))
    goals.save_accommodation(Accommodation(None, student_id, "Seat near the door"))
    now = glance_version(goals.goals_of(student_id), goals.services_of(student_id),
                         goals.accommodations_of(student_id))
    assert reissue_due(goals.receipts_of(student_id), now) == ["Mr. Okafor"]
    goals.end_service(speech.id, date(2026, 12, 1))
    assert goals.services_of(student_id) == []


def test_reporting_periods_are_a_setting_that_survives_damage(store):
    goals = GoalStore(store.db)
    assert goals.reporting_periods() == ReportingPeriods()
    goals.save_reporting_periods(ReportingPeriods((date(2027, 1, 29), date(2026, 11, 13))))
    assert goals.reporting_periods().dates == (date(2026, 11, 13), date(2027, 1, 29))
    SettingsStore(store.db).set("progress.report_dates", ["2026-11-13", "not a date", 5])
    assert goals.reporting_periods().dates == (date(2026, 11, 13),)


def test_goals_travel_in_a_full_export_and_a_bad_date_is_named(store, tmp_path, student_id):
    from iep_desk.storage.export import full_export, import_full_export
    from iep_desk.storage.full_export_check import ExportFormatError

    goals = GoalStore(store.db)
    reading = goals.save_goal(Goal(None, student_id, "Reading", "Read aloud smoothly",
                                   baseline=40, baseline_on=date(2026, 9, 1), target=90,
                                   target_by=date(2027, 6, 1)))
    goals.add_note(ProgressNote(None, reading.id, date(2026, 11, 20), value=62))
    export = full_export(store)

    copy = open_caseload(tmp_path / "copy")
    import_full_export(copy, export)
    assert GoalStore(copy.db).goals_of(student_id) == [reading]
    copy.db.close()

    notes = export["tables"]["progress_notes"]
    notes["rows"][0][notes["columns"].index("noted_on")] = "20 November"
    other = open_caseload(tmp_path / "other")
    with pytest.raises(ExportFormatError) as refused:
        import_full_export(other, export)
    assert "progress_notes" in str(refused.value) and "noted_on" in str(refused.value)
    assert GoalStore(other.db).goals_of(student_id) == []
    other.db.close()

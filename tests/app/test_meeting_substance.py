"""The meeting's substance through the application layer, on a real caseload file: the
family's preparation answers filed (and undone), decisions and the prior written notice,
written input asked of the team, and the year's drafts made in one undo step."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader, PdfWriter

from iep_desk.app import agenda as app_agenda
from iep_desk.app import decisions as app_decisions
from iep_desk.app import family_preparation as app_preparation
from iep_desk.app import handouts as app_handouts
from iep_desk.app import meetings as app_meetings
from iep_desk.app import year_plan
from iep_desk.app.undo import apply
from iep_desk.core import checklist as core_checklist
from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.decisions import Decision
from iep_desk.core.family_preparation import Answer, choice_field_name, field_name
from iep_desk.core.meetings import BusyTime, Meeting
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.core.problems import ProblemError
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.printing import make_document
from iep_desk.resources import checklist_texts
from iep_desk.storage.stores import Stores

TODAY = date(2026, 11, 23)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def meeting(store, stores):
    student_id = store.add_student(Student("Ayaan", "Khan", date_of_birth=date(2015, 3, 1),
                                           strengths="Loves drawing"))
    mother = store.add_family_member(FamilyMember("Sara Khan"), student_id=student_id,
                                     relationship="mother")
    gen = store.add_team_member(TeamMember("Sam Okoye", "general_education_teacher"))
    store.add_to_team(student_id, gen)
    made = Meeting(student_id, starts_at=datetime(2026, 12, 10, 15, 30))
    app_meetings.create_meeting(stores, meeting=made, today=TODAY)
    app_meetings.invite_family_member(stores, meeting_id=made.id, family_member_id=mother)
    app_meetings.invite_team_member(stores, meeting_id=made.id, team_member_id=gen)
    return made


def filled_sheet(stores, meeting_id: int, values: dict[str, str]) -> bytes:
    """The fillable sheet as the app makes it, filled the way a parent's PDF reader does."""
    data = app_handouts.gather(stores, meeting_id=meeting_id, today=TODAY)
    pdf = make_document("fillable-preparation-sheet", data, ["en"]).pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_returned_sheet_is_read_and_filed_where_each_answer_goes_and_undone(stores, meeting):
    pdf = filled_sheet(stores, meeting.id, {
        field_name("good_at"): "Building with Lego",
        field_name("hopes_this_year"): "Read chapter books",
        field_name("questions"): "Will he get speech? How often?",
        field_name("times"): "Tue 3:30 pm-5 pm",
        choice_field_name("progress_contact", "email"): "/Yes",
        field_name("worries"): "Lunchtime is hard",
    })
    answers = app_preparation.read_returned_sheet(stores, meeting_id=meeting.id, pdf=pdf)
    assert {a.question_id for a in answers} == {"good_at", "hopes_this_year", "questions",
                                                "times", "progress_contact", "worries"}
    agenda_before = stores.agenda.agenda_of(meeting.id)
    # The teacher accepts everything but the worries.
    result = app_preparation.file_answers(
        stores, meeting_id=meeting.id, answers=answers,
        accepted={"good_at", "hopes_this_year", "questions", "times", "progress_contact"},
        received_on=date(2026, 11, 20), today=TODAY)
    student = stores.caseload.get_student(meeting.student_id)
    assert student.strengths == "Loves drawing\nBuilding with Lego"
    assert student.hopes_and_dreams == "Read chapter books"
    assert [q.text for q in stores.agenda.questions_of(meeting.id)] == [
        "Will he get speech?", "How often?"]
    assert {i.title for i in stores.agenda.agenda_of(meeting.id)} >= {"How often?"}
    [mother] = [link.member for link in stores.caseload.family_of(meeting.student_id)]
    assert mother.availability == [WeeklyWindow(1, time(15, 30), time(17, 0))]
    assert mother.preferred_contact == "email"
    assert stores.preparation.concerns_of(meeting.id) == []
    kept = stores.preparation.received_answers_of(meeting.id)
    assert {(k.question_id, k.filed_on) for k in kept} == {
        ("good_at", TODAY), ("hopes_this_year", TODAY), ("questions", TODAY), ("times", TODAY),
        ("progress_contact", TODAY), ("worries", None)}
    assert all(k.received_on == date(2026, 11, 20) for k in kept)
    [tick] = [t for t in stores.checklist.ticks_of(meeting.id)
              if t.item == "preparation_answers_received"]
    assert tick.done_on == date(2026, 11, 20)

    apply(stores, result.undo.undo)
    student = stores.caseload.get_student(meeting.student_id)
    assert (student.strengths, student.hopes_and_dreams) == ("Loves drawing", "")
    assert stores.agenda.agenda_of(meeting.id) == agenda_before
    assert stores.preparation.received_answers_of(meeting.id) == []
    [mother] = [link.member for link in stores.caseload.family_of(meeting.student_id)]
    assert (mother.availability, mother.preferred_contact) == ([], "phone")
    assert not any(t.item == "preparation_answers_received"
                   for t in stores.checklist.ticks_of(meeting.id))
    apply(stores, result.undo.redo)
    assert stores.caseload.get_student(meeting.student_id).hopes_and_dreams == "Read chapter books"
    assert len(stores.agenda.questions_of(meeting.id)) == 2


def test_a_foreign_renamed_or_other_meetings_sheet_is_refused(stores, meeting):
    from reportlab.pdfgen import canvas

    plain = io.BytesIO()
    c = canvas.Canvas(plain)
    c.drawString(72, 720, "A letter")
    c.save()
    with pytest.raises(ProblemError) as refused:
        app_preparation.read_returned_sheet(stores, meeting_id=meeting.id, pdf=plain.getvalue())
    assert refused.value.code == "preparation_form_not_ours"
    with pytest.raises(ProblemError) as refused:
        app_preparation.read_returned_sheet(stores, meeting_id=meeting.id, pdf=b"not a pdf")
    assert refused.value.code in ("preparation_form_damaged", "preparation_form_not_ours")

    other = Meeting(meeting.student_id, starts_at=datetime(2027, 1, 12, 9))
    app_meetings.create_meeting(stores, meeting=other, today=TODAY)
    pdf = filled_sheet(stores, other.id, {field_name("good_at"): "Lego"})
    with pytest.raises(ProblemError) as refused:
        app_preparation.read_returned_sheet(stores, meeting_id=meeting.id, pdf=pdf)
    assert refused.value.code == "preparation_form_other_meeting"


def test_nothing_is_filed_without_an_accepted_answer_or_with_unreadable_times(stores, meeting):
    answers = [Answer("good_at", "Drawing"), Answer("times", "whenever")]
    with pytest.raises(ProblemError) as refused:
        app_preparation.file_answers(stores, meeting_id=meeting.id, answers=answers,
                                     accepted=set(), received_on=TODAY, today=TODAY)
    assert refused.value.code == "nothing_to_file"
    with pytest.raises(ProblemError) as refused:
        app_preparation.file_answers(stores, meeting_id=meeting.id, answers=answers,
                                     accepted={"good_at", "times"}, received_on=TODAY,
                                     today=TODAY)
    assert refused.value.code == "preparation_times_unreadable"
    # All or nothing: the strengths were not written either.
    assert stores.caseload.get_student(meeting.student_id).strengths == "Loves drawing"
    assert stores.preparation.received_answers_of(meeting.id) == []


def test_a_disagreement_puts_the_prior_written_notice_on_the_after_checklist(stores, meeting):
    app_agenda.use_template(stores, meeting_id=meeting.id)
    first, second, *_ = stores.agenda.agenda_of(meeting.id)
    app_decisions.decide(stores, item_id=first.id, decision=Decision.AGREED,
                         note="Speech twice a week")
    assert app_decisions.prior_notice_due(stores, meeting_id=meeting.id) is None
    result = app_decisions.decide(stores, item_id=second.id, decision="family_disagrees",
                                  note="Parents want a one-to-one aide")
    due = app_decisions.prior_notice_due(stores, meeting_id=meeting.id)
    assert due == date(2026, 12, 20)
    texts = checklist_texts()
    state = core_checklist.after_meeting_checklist([], texts, prior_notice_due=due)
    assert "prior_written_notice_sent" in [i.id for i in state.items]
    assert any("2026-12-20" in w for w in state.warnings)
    assert stores.checklist.needs_prior_notice(meeting.id)
    # The summary prints what was decided.
    data = app_handouts.gather(stores, meeting_id=meeting.id, today=TODAY)
    assert [(d.agenda_item_id, d.decision) for d in data.decisions] == [
        (first.id, Decision.AGREED), (second.id, Decision.FAMILY_DISAGREES)]
    apply(stores, result.undo.undo)
    assert app_decisions.prior_notice_due(stores, meeting_id=meeting.id) is None
    assert stores.agenda.get_agenda_item(second.id).decision_note == ""
    with pytest.raises(ProblemError):
        app_decisions.decide(stores, item_id=first.id, decision="maybe")


def test_written_input_asked_recorded_and_shown_as_awaited(stores, meeting):
    people = stores.meetings.participants_of(meeting.id)
    teacher = next(p for p in people if p.team_member_id is not None)
    asked = app_decisions.ask_for_input(stores, meeting_id=meeting.id,
                                        participant_ids=[teacher.id],
                                        due_by=date(2026, 12, 1), today=TODAY)
    [request] = stores.preparation.input_requests_of(meeting.id)
    texts = checklist_texts()

    def state(today):
        record = stores.load_record(meeting.id)
        return core_checklist.before_meeting_checklist(
            record.meeting, record.participants, [], record.checklist,
            last_progress_contact=None, today=today,
            deadline_settings=stores.settings.deadline_settings(),
            planner_settings=stores.settings.planner_settings(), texts=texts,
            input_requests=stores.preparation.input_requests_of(meeting.id))

    assert not state(TODAY).item("team_input_received").done
    assert any("Sam Okoye" in w and "has not sent" in w for w in state(TODAY).warnings)
    assert any("Sam Okoye" in w and "was due on 2026-12-01" in w
               for w in state(date(2026, 12, 2)).warnings)
    recorded = app_decisions.record_input(stores, request_id=request.id,
                                          received_on=date(2026, 11, 30),
                                          text="Reads at grade level in class.")
    assert state(date(2026, 12, 2)).item("team_input_received").done
    assert stores.meetings.get_participant(teacher.id).written_input_received
    assert not any("Sam Okoye" in w for w in state(date(2026, 12, 2)).warnings)
    apply(stores, recorded.undo.undo)
    assert stores.preparation.get_input_request(request.id).received_on is None
    assert not stores.meetings.get_participant(teacher.id).written_input_received
    apply(stores, asked.undo.undo)
    assert stores.preparation.input_requests_of(meeting.id) == []
    assert state(TODAY).item("team_input_received") is None
    with pytest.raises(ProblemError):
        app_decisions.ask_for_input(stores, meeting_id=meeting.id, participant_ids=[teacher.id],
                                    due_by=TODAY - timedelta(days=1), today=TODAY)


def test_thirty_drafts_placed_on_the_school_calendar_and_undone_in_one_step(store, stores):
    settings = stores.settings.planner_settings()
    settings.closed = [ClosedPeriod(date(2026, 12, 21), date(2027, 1, 1), "Winter break"),
                       ClosedPeriod(date(2027, 2, 15), date(2027, 2, 19), "Mid-winter break")]
    stores.settings.save_planner_settings(settings)
    for n in range(30):
        store.add_student(Student(f"Student{n}", "Test", date_of_birth=date(2015, 1, 1),
                                  annual_review_due=date(2026, 12, 14) + timedelta(days=3 * n)))
    plan = year_plan.propose(stores, first_day=date(2026, 12, 1), last_day=date(2027, 6, 1),
                             most_per_day=2, today=TODAY)
    assert len(plan.placed) == 30 and plan.not_placed == []
    closed = set(settings.closed_days)
    for placement in plan.placed:
        day = placement.starts_at.date()
        assert day not in closed and day.weekday() < 5
        assert day <= placement.meeting.due_by
    assert max(plan.per_day().values()) <= 2
    made = year_plan.make_drafts(stores, placements=plan.placed, today=TODAY)
    assert len(stores.meetings.list_meetings(statuses=["draft"])) == 30
    # Planned now: asking again finds nothing left to place.
    assert year_plan.meetings_due(stores, first_day=date(2026, 12, 1),
                                  last_day=date(2027, 6, 1)) == []
    apply(stores, made.undo.undo)
    assert stores.meetings.list_meetings() == []
    apply(stores, made.undo.redo)
    assert len(stores.meetings.list_meetings(statuses=["draft"])) == 30


def test_taking_someone_off_the_meeting_takes_their_request_with_them(stores, meeting):
    teacher = next(p for p in stores.meetings.participants_of(meeting.id)
                   if p.team_member_id is not None)
    app_decisions.ask_for_input(stores, meeting_id=meeting.id, participant_ids=[teacher.id],
                                due_by=date(2026, 12, 1), today=TODAY)
    removed = app_meetings.remove_participant(stores, participant_id=teacher.id)
    assert stores.preparation.input_requests_of(meeting.id) == []
    apply(stores, removed.undo.undo)
    assert [r.participant_id for r in stores.preparation.input_requests_of(meeting.id)] == [
        teacher.id]


def test_the_year_is_planned_around_the_familys_times_and_fits_in_the_team(store, stores):
    # The mother can come on Tuesdays 9:00-11:00 only; the speech therapist is free at 10.
    student = store.add_student(Student("Mina", "Park", date_of_birth=date(2016, 4, 2),
                                        annual_review_due=date(2027, 3, 5)))
    mother = store.add_family_member(FamilyMember("Jiwoo Park", availability=[
        WeeklyWindow(1, time(9), time(11))]), student_id=student, relationship="mother")
    slp = store.add_team_member(TeamMember("Ada Cole", "speech_language_pathologist",
                                           availability=[WeeklyWindow(1, time(10), time(12))]))
    store.add_to_team(student, slp)
    plan = year_plan.propose(stores, first_day=date(2027, 1, 4), last_day=date(2027, 6, 1),
                             most_per_day=2, today=TODAY)
    [placed] = plan.placed
    assert placed.starts_at.weekday() == 1  # a Tuesday
    assert placed.starts_at.time() == time(10)  # the mother and the therapist both
    assert placed.ends_at.time() == time(11)
    assert {a.key: a.required for a in placed.meeting.attendees} == {
        f"family:{mother}": True, f"team:{slp}": False}


def test_a_busy_time_before_the_range_still_keeps_a_meeting_off_it(store, stores):
    # A meeting due early in the range may be placed weeks before the range starts (up to
    # 60 days before its due date); the family's busy times there count too. Only the busy
    # times inside the range were read, so the mother's day at the hospital was booked.
    student = store.add_student(Student("Noor", "Aziz", date_of_birth=date(2016, 4, 2),
                                        annual_review_due=date(2027, 3, 5)))
    mother = store.add_family_member(FamilyMember("Hana Aziz", availability=[
        WeeklyWindow(4, time(10), time(11))]), student_id=student, relationship="mother")
    aim = date(2027, 3, 5) - timedelta(days=21)  # Friday 12 February, where it would go
    stores.busy_times.add_busy_time(BusyTime(datetime.combine(aim, time(8)),
                                             datetime.combine(aim, time(16)),
                                             "At the hospital", family_member_id=mother))
    plan = year_plan.propose(stores, first_day=date(2027, 3, 1), last_day=date(2027, 6, 1),
                             most_per_day=2, today=TODAY)
    [placed] = plan.placed
    assert placed.starts_at.date() != aim
    assert placed.starts_at.weekday() == 4 and placed.outside_times_of == ()

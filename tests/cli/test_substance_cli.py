"""`iep-desk print preparation-sheet [--fillable]`, `iep-desk read-preparation` and
`iep-desk plan-year` on a real caseload file, with the clock set by the test."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
import time_machine
from pypdf import PdfReader

from iep_desk import cli
from iep_desk.app import meetings as app_meetings
from iep_desk.core.family_preparation import field_name
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import FamilyMember, Student
from iep_desk.storage.stores import Stores
from tests.ui.test_preparation_answers import fill

TODAY = date(2026, 11, 23)


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime.combine(TODAY, time(10)), tick=True):
        yield


@pytest.fixture
def meeting(store):
    stores = Stores(store.db)
    student_id = store.add_student(Student("Ayaan", "Khan", date_of_birth=date(2015, 3, 1)))
    mother = store.add_family_member(FamilyMember("Sara Khan"), student_id=student_id,
                                     relationship="mother")
    made = Meeting(student_id, starts_at=datetime(2026, 12, 10, 15, 30), place="Room 12",
                   status="confirmed")
    app_meetings.create_meeting(stores, meeting=made, today=TODAY)
    app_meetings.invite_family_member(stores, meeting_id=made.id, family_member_id=mother)
    return made


def test_the_sheet_printed_fillable_then_read_and_filed_only_when_asked(
        store, data_dir, meeting, tmp_path, capsys):
    paper = tmp_path / "paper.pdf"
    assert run("print", "preparation-sheet", "--meeting", meeting.id, "--data-dir", data_dir,
               "-o", paper) == 0
    assert not PdfReader(paper).get_fields()
    blank = tmp_path / "blank.pdf"
    assert run("print", "preparation-sheet", "--fillable", "--meeting", meeting.id,
               "--data-dir", data_dir, "-o", blank) == 0
    assert field_name("good_at") in PdfReader(blank).get_fields()
    assert run("print", "agenda", "--fillable", "--meeting", meeting.id, "--data-dir", data_dir,
               "-o", tmp_path / "x.pdf") == 2

    returned = tmp_path / "returned.pdf"
    returned.write_bytes(fill(blank.read_bytes(), {
        field_name("good_at"): "Building with Lego", field_name("questions"): "Speech?"}))
    capsys.readouterr()
    assert run("read-preparation", returned, "--meeting", meeting.id,
               "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "Building with Lego" in out and "strengths" in out and "Nothing was filed" in out
    stores = Stores(store.db)
    assert stores.preparation.received_answers_of(meeting.id) == []

    assert run("read-preparation", returned, "--meeting", meeting.id, "--data-dir", data_dir,
               "--file-answers", "--received", "2026-11-20") == 0
    assert "Filed 2 answers, received on 2026-11-20" in capsys.readouterr().out
    assert stores.caseload.get_student(meeting.student_id).strengths == "Building with Lego"
    assert [q.text for q in stores.agenda.questions_of(meeting.id)] == ["Speech?"]

    # Not our form: refused, nothing written.
    assert run("read-preparation", paper, "--meeting", meeting.id, "--data-dir", data_dir,
               "--file-answers") == 1
    assert "not a family preparation sheet" in capsys.readouterr().err


def test_plan_year_prints_the_plan_and_makes_drafts_only_when_asked(store, data_dir, capsys):
    from iep_desk.core.availability import parse_availability
    from iep_desk.core.models import FamilyMember

    for n in range(5):
        kid = store.add_student(Student(f"Kid{n}", "Test", date_of_birth=date(2015, 1, 1),
                                        annual_review_due=date(2027, 1, 20) + timedelta(days=7 * n)))
    store.add_family_member(FamilyMember("Rosa Test", availability=parse_availability(
        "Mon 18:00-19:00")), student_id=kid, relationship="mother")
    stores = Stores(store.db)
    assert run("plan-year", "--from", "2027-01-01", "--to", "2027-06-30",
               "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "5 placed, 0 not placed" in out and "Kid0 Test: annual review (due 2027-01-20)" in out
    assert "Kid4 Test: annual review (due 2027-02-17; outside the weekly times of Rosa Test)" in out
    assert stores.meetings.list_meetings() == []
    assert run("plan-year", "--from", "2027-01-01", "--to", "2027-06-30", "--make-drafts",
               "--data-dir", data_dir) == 0
    assert "Made 5 draft meetings" in capsys.readouterr().out
    assert len(stores.meetings.list_meetings(statuses=["draft"])) == 5
    assert run("plan-year", "--from", "2027-06-30", "--to", "2027-01-01",
               "--data-dir", data_dir) == 2
    assert run("plan-year", "--from", "June", "--to", "2027-01-01", "--data-dir", data_dir) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_read_preparation_of_a_pdf_that_is_not_there(data_dir, meeting, tmp_path, capsys):
    assert run("read-preparation", tmp_path / "missing.pdf", "--meeting", meeting.id,
               "--data-dir", data_dir) == 1
    assert "cannot be read" in capsys.readouterr().err

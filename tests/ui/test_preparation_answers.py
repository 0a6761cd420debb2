"""The family preparation sheet end to end through the planner's widgets: the fillable sheet
saved for the family (ticking "sent"), filled as a parent would (pypdf sets the fields), read
back in the answers dialog, accepted into the record and the agenda (one Undo), and the
refusals of a file that is not our form, was changed, or is for another meeting. Then the
Team input tab: written input asked, shown as awaited on the checklist, recorded."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from iep_desk.app import meetings as app_meetings
from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.family_preparation import choice_field_name, field_name
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.stores import Stores
from iep_desk.ui.planner.pane import PlannerPane
from iep_desk.ui.planner.preparation_answers import PreparationAnswersDialog
from tests.ui.clock import TODAY
from tests.ui.conftest import desk_for
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def caseload(store):
    stores = Stores(store.db)
    student_id = store.add_student(Student("Ayaan", "Khan", date_of_birth=date(2015, 3, 1),
                                           strengths="Loves drawing"))
    mother = store.add_family_member(FamilyMember("Sara Khan", preferred_language="es"),
                                     student_id=student_id, relationship="mother")
    teacher = store.add_team_member(TeamMember("Sam Okoye", "general_education_teacher"))
    store.add_to_team(student_id, teacher)
    meeting = Meeting(student_id, "annual_review", "Plan next year.", "confirmed",
                      datetime.combine(TODAY + timedelta(days=14), time(15, 30)), 60, "room",
                      "Room 12")
    app_meetings.create_meeting(stores, meeting=meeting, today=TODAY)
    app_meetings.invite_family_member(stores, meeting_id=meeting.id, family_member_id=mother)
    app_meetings.invite_team_member(stores, meeting_id=meeting.id, team_member_id=teacher)
    stores.agenda.load_agenda_template(meeting.id)
    return {"stores": stores, "meeting": meeting.id, "student": student_id}


@pytest.fixture
def pane(qtbot, store, caseload):
    pane = PlannerPane(desk_for(store))
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    qtbot.waitExposed(pane)
    assert pane.open_meeting(caseload["meeting"])
    return pane


def fill(pdf: bytes, values: dict[str, str]) -> bytes:
    """Fill a form's fields the way a parent's PDF reader does."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def save_fillable(pane, tmp_path, monkeypatch) -> bytes:
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pane.handout_actions.actions["fillable-preparation-sheet", "save"].trigger()
    return target.read_bytes()


def open_answers(qtbot, pane) -> PreparationAnswersDialog:
    """Click "Preparation sheet answers…" on the family's voice tab; the dialog it opens."""
    pane.tabs.setCurrentWidget(pane.family_voice)
    button = pane.family_voice.answers_button
    assert button.isEnabled() and button.accessibleName()
    before = set(pane.findChildren(PreparationAnswersDialog))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [dialog] = set(pane.findChildren(PreparationAnswersDialog)) - before
    qtbot.waitExposed(dialog)
    return dialog


def test_the_sheet_sent_filled_read_back_and_filed_then_undone(
        qtbot, pane, caseload, tmp_path, monkeypatch):
    stores, meeting_id = caseload["stores"], caseload["meeting"]
    blank = save_fillable(pane, tmp_path, monkeypatch)
    # Saved for the family: in Spanish (their language), and "sent" is ticked.
    assert "¿" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(blank)).pages)
    sent = {t.item: t for t in stores.checklist.ticks_of(meeting_id)}
    assert sent["preparation_sheet_sent"].done_on == TODAY
    assert pane.checklist.rows["preparation_sheet_sent"].check.isChecked()

    returned = tmp_path / "returned.pdf"
    returned.write_bytes(fill(blank, {
        field_name("good_at"): "Fútbol y Lego",
        field_name("hopes_this_year"): "Leer libros",
        field_name("questions"): "¿Tendrá terapia del habla? ¿Cuántas veces?",
        field_name("times"): "Tue 3:30 pm-5 pm",
        choice_field_name("progress_contact", "text"): "/Yes",
        field_name("worries"): "El recreo",
    }))
    dialog = open_answers(qtbot, pane)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(returned), ""))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.rows["good_at"].text.toPlainText() == "Fútbol y Lego"
    assert dialog.rows["progress_contact"].choices["text"].isChecked()
    assert "Strengths" in dialog.rows["good_at"].goes_to.text()
    assert "agenda" in dialog.rows["questions"].goes_to.text()
    # Nothing is accepted until she ticks it: filing now files nothing.
    assert not any(row.accept.isChecked() for row in dialog.rows.values())
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert "Tick at least one answer" in dialog.message.message
    assert stores.preparation.received_answers_of(meeting_id) == []

    qtbot.mouseClick(dialog.tick_all_button, Qt.MouseButton.LeftButton)
    dialog.rows["worries"].accept.setChecked(False)  # she keeps that one for a phone call
    dialog.received_edit.setText(us_date(TODAY - timedelta(days=1)))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    student = stores.caseload.get_student(caseload["student"])
    assert student.strengths == "Loves drawing\nFútbol y Lego"
    assert student.hopes_and_dreams == "Leer libros"
    titles = [item.title for item in stores.agenda.agenda_of(meeting_id)]
    assert "¿Tendrá terapia del habla?" in titles and "¿Cuántas veces?" in titles
    # The planner's list of the family's questions shows them too.
    assert pane.family_voice.questions.rowCount() == 2
    [mother] = [link.member for link in stores.caseload.family_of(caseload["student"])]
    assert mother.availability == [WeeklyWindow(1, time(15, 30), time(17, 0))]
    assert mother.preferred_contact == "text"
    assert stores.preparation.concerns_of(meeting_id) == []
    received = next(t for t in stores.checklist.ticks_of(meeting_id)
                    if t.item == "preparation_answers_received")
    assert received.done_on == TODAY - timedelta(days=1)
    assert pane.checklist.rows["preparation_answers_received"].check.isChecked()

    # One Undo takes all of it back.
    pane.ctx.undo_stack.undo()
    student = stores.caseload.get_student(caseload["student"])
    assert (student.strengths, student.hopes_and_dreams) == ("Loves drawing", "")
    assert stores.agenda.questions_of(meeting_id) == []
    assert pane.family_voice.questions.rowCount() == 0
    assert not pane.checklist.rows["preparation_answers_received"].check.isChecked()


def test_foreign_renamed_and_other_meetings_files_are_refused_clearly(
        qtbot, pane, caseload, tmp_path, monkeypatch):
    stores, meeting_id = caseload["stores"], caseload["meeting"]
    blank = save_fillable(pane, tmp_path, monkeypatch)
    dialog = open_answers(qtbot, pane)
    qtbot.addWidget(dialog)

    letter = tmp_path / "letter.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(letter))
    c.drawString(72, 720, "Dear teacher")
    c.save()
    assert not dialog.open_pdf(letter)
    assert "not a family preparation sheet" in dialog.message.message

    # A field renamed by another program.
    reader = PdfReader(io.BytesIO(blank))
    writer = PdfWriter(clone_from=reader)
    for annotation in writer.pages[0].get("/Annots", []):
        field = annotation.get_object()
        if field.get("/T") == field_name("good_at"):
            field[NameObject("/T")] = TextStringObject("Text1")
    renamed = tmp_path / "renamed.pdf"
    with renamed.open("wb") as out:
        writer.write(out)
    assert not dialog.open_pdf(renamed)
    assert "renamed or removed" in dialog.message.message

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4 nothing else")
    assert not dialog.open_pdf(damaged)
    assert dialog.message.message

    # Another meeting's sheet.
    other = Meeting(caseload["student"], starts_at=datetime.combine(
        TODAY + timedelta(days=40), time(9)))
    app_meetings.create_meeting(stores, meeting=other, today=TODAY)
    assert pane.open_meeting(other.id)
    theirs = save_fillable(pane, tmp_path, monkeypatch)
    elsewhere = tmp_path / "other.pdf"
    elsewhere.write_bytes(fill(theirs, {field_name("good_at"): "Drawing"}))
    assert not dialog.open_pdf(elsewhere)
    assert "another meeting" in dialog.message.message
    # Nothing was filed by any of them.
    assert stores.preparation.received_answers_of(meeting_id) == []
    assert stores.caseload.get_student(caseload["student"]).strengths == "Loves drawing"


def test_answers_typed_from_paper_are_filed(qtbot, pane, caseload):
    stores = caseload["stores"]
    dialog = open_answers(qtbot, pane)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.rows["culture"].text, "We celebrate Eid with the whole family")
    dialog.rows["culture"].accept.setChecked(True)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert stores.caseload.get_student(caseload["student"]).culture_and_traditions == (
        "We celebrate Eid with the whole family")


def test_team_input_asked_awaited_and_recorded(qtbot, pane, caseload):
    stores, meeting_id = caseload["stores"], caseload["meeting"]
    section = pane.team_input
    assert section.people.count() == 1
    section.people.item(0).setCheckState(Qt.CheckState.Checked)
    section.due_edit.setText(us_date(TODAY + timedelta(days=5)))
    qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
    [request] = stores.preparation.input_requests_of(meeting_id)
    assert request.due_by == TODAY + timedelta(days=5)
    assert section.table.rowCount() == 1 and section.table.item(0, 3).text() == "Not yet"
    # The checklist says who has not answered.
    assert not pane.checklist.state.item("team_input_received").done
    assert "Sam Okoye has not sent" in pane.checklist.warnings_label.text()
    # The request to paste into an email.
    section.select_request(request.id)
    text = section.copy_request()
    assert "Ayaan" in text and us_date(TODAY + timedelta(days=5)) in text
    assert QApplication.clipboard().text() == text

    section.arrived_edit.setText(us_date(TODAY))
    section.text_edit.setPlainText("Reads at grade level in class.")
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    assert stores.preparation.get_input_request(request.id).text == (
        "Reads at grade level in class.")
    assert pane.checklist.state.item("team_input_received").done
    assert "Sam Okoye" not in pane.checklist.warnings_label.text()

"""The family preparation sheet: on paper and fillable, filled as a parent would, read back."""

from __future__ import annotations

import io
import random

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from iep_desk.core.family_preparation import (
    FORM_ID,
    FORM_VERSION,
    MARKER_ID,
    QUESTIONS,
    Answer,
    ChildTakingPart,
    ProgressContact,
    choice_field_name,
    expected_field_names,
    field_name,
    marker_value,
)
from iep_desk.core.readability import reading_grade
from iep_desk.printing import (
    FormProblem,
    check,
    read_returned_form,
    render_fillable_preparation_sheet,
    render_invitation,
    render_preparation_sheet,
)
from tests.printing.conftest import template
from tests.printing.languages import says
from tests.printing.pdf_tools import Handout, boxes, drawn_runs, font_problems
from tests.printing.sample import sample_handout
from tests.printing.test_wording import SAMPLE_VALUES, flatten

UID = "7a1c0e52-iep-desk@lincoln.example.org"
EN = template("en", "preparation_sheet")


def data_for_sheet():
    data = sample_handout()
    data.record.meeting.calendar_uid = UID
    return data


@pytest.fixture(scope="module")
def fillable():
    return render_fillable_preparation_sheet(data_for_sheet(), "en").pdf


def fill(pdf: bytes, values: dict[str, str]) -> bytes:
    """What a parent's PDF viewer does: set the fields' values and save the file."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def rewrite(pdf: bytes, change) -> bytes:
    """The filled form after `change(field_dictionary)` ran on each field (a renamed field,
    an edited marker)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for annotation in page.get("/Annots", []):
            change(annotation.get_object())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- the paper sheet ------------------------------------------------------------------------------

def test_the_paper_sheet_asks_every_question_in_the_order_of_the_core_list():
    handout = Handout(render_preparation_sheet(data_for_sheet(), "en").pdf)
    asked = [EN["questions"][q.id].format(first_name="Bảo") for q in QUESTIONS]
    assert handout.missing(asked) == []
    text = handout.text
    positions = [text.index(f"{n}. {q[:30]}") for n, q in enumerate(asked, start=1)]
    assert positions == sorted(positions)
    for choice in ("phone", "text", "email", "note_home", "will_come", "bring_picture"):
        assert handout.says(EN["choices"][choice].format(first_name="Bảo"))
    assert handout.says("Please give this sheet to Анастасия Петрова by Thursday, March 12, 2026")


def test_the_paper_sheet_has_room_to_write_and_no_form_fields():
    pdf = render_preparation_sheet(data_for_sheet(), "en").pdf
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.get_fields() is None
    assert len(reader.pages) <= 2
    # A ruled line is a stroked path: one per handwriting line of every question.
    strokes = sum(page.get_contents().get_data().count(b" l S") for page in reader.pages)
    assert strokes >= sum(q.lines for q in QUESTIONS)
    assert font_problems(pdf) == []


def test_spanish_and_arabic_sheets():
    spanish = Handout(render_preparation_sheet(data_for_sheet(), "es").pdf)
    es = template("es", "preparation_sheet")
    assert spanish.says(es["questions"]["good_at"].format(first_name="Bảo"))
    assert spanish.says(es["choices"]["text"])
    arabic = render_preparation_sheet(data_for_sheet(), "ar")
    assert arabic.language_used == "ar"
    ar = template("ar", "preparation_sheet")
    assert says(arabic.pdf, ar["questions"]["worries"], "ar")
    assert boxes(drawn_runs(arabic.pdf)) == []


def test_a_language_without_the_template_gets_the_english_sheet_and_its_tagline():
    data = data_for_sheet()
    for link in data.family:
        link.member.preferred_language = "hmn"
    document = render_preparation_sheet(data, "hmn")
    assert document.fallback and document.language_used == "en"
    assert document.tagline == "hmn"
    assert Handout(document.pdf).says(EN["questions"]["times"])


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_sheet_reads_at_grade_6_to_8(language):
    values = dict(SAMPLE_VALUES)
    if language == "es":
        values.update(date="martes, 17 de marzo de 2026", time="15:30")
    texts = flatten(template(language, "preparation_sheet"))
    sentences = [t.format(**values) for t in texts.values() if t.rstrip().endswith((".", "?", "!"))]
    grade = reading_grade("\n\n".join(sentences), language)
    assert 6.0 <= grade < 9.0, grade


# -- the fillable PDF -----------------------------------------------------------------------------

def test_the_fillable_sheet_has_one_field_per_question_and_box_and_a_hidden_marker(fillable):
    fields = PdfReader(io.BytesIO(fillable)).get_fields()
    assert sorted(fields) == sorted(expected_field_names())
    for question in QUESTIONS:
        entry = fields[field_name(question.id)]
        assert entry["/FT"] == "/Tx"
        multiline = bool(int(entry.get("/Ff", 0)) & (1 << 12))
        assert multiline == (question.lines > 1), question.id
        for choice in question.choices:
            assert fields[choice_field_name(question.id, choice)]["/FT"] == "/Btn"
    marker = fields[field_name(MARKER_ID)]
    assert marker["/V"] == marker_value(UID)
    assert int(marker["/Ff"]) & 1  # read-only


def test_the_marker_is_hidden_and_every_field_has_a_spoken_name(fillable):
    reader = PdfReader(io.BytesIO(fillable))
    widgets = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    by_name = {str(w["/T"]): w for w in widgets}
    assert int(by_name[field_name(MARKER_ID)]["/F"]) & 2  # hidden
    for name, widget in by_name.items():
        if name != field_name(MARKER_ID):
            assert str(widget.get("/TU", "")).strip(), f"{name} has no tooltip for screen readers"
    # No maximum length: a parent's long answer is never cut off.
    assert not any("/MaxLen" in w for w in widgets)


def test_a_parent_fills_the_form_and_the_answers_come_back_in_the_sheet_order(fillable):
    filled = fill(fillable, {
        field_name("questions"): "Will Bảo keep the same speech therapist? How often?\nBus times",
        field_name("good_at"): "Robots, Lego and drawing.\nHelps his little sister.",
        field_name("times"): "Weekdays after 4 pm",
        field_name("progress_contact"): "(541) 555-0199 after 5 pm",
        choice_field_name("progress_contact", "text"): "/Yes",
        choice_field_name("progress_contact", "note_home"): "/Yes",
        choice_field_name("child_taking_part", "bring_picture"): "/Yes",
    })
    returned = read_returned_form(filled)
    assert returned.accepted and returned.problem is None
    assert returned.meeting_uid == UID and returned.form_version == FORM_VERSION
    assert returned.answers == [
        Answer("good_at", "Robots, Lego and drawing.\nHelps his little sister."),
        Answer("questions", "Will Bảo keep the same speech therapist? How often?\nBus times"),
        Answer("times", "Weekdays after 4 pm"),
        Answer("progress_contact", "(541) 555-0199 after 5 pm",
               (ProgressContact.TEXT, ProgressContact.NOTE_HOME)),
        Answer("child_taking_part", "", (ChildTakingPart.BRING_PICTURE,)),
    ]


def test_answers_in_the_familys_script_come_back_as_typed():
    arabic = render_fillable_preparation_sheet(data_for_sheet(), "ar").pdf
    answers = {field_name("hopes_this_year"): "أن يقرأ كتابًا كاملًا وحده",
               field_name("culture"): "我们在家说普通话。",
               field_name("worries"): "हम घर पर पढ़ाई के बारे में बात करना चाहते हैं।"}
    returned = read_returned_form(fill(arabic, answers))
    assert returned.accepted
    assert {a.question_id: a.text for a in returned.answers} == {
        "hopes_this_year": answers[field_name("hopes_this_year")],
        "culture": answers[field_name("culture")],
        "worries": answers[field_name("worries")]}


@pytest.mark.parametrize(("language", "quadding"), [("ar", 2), ("en", 0), ("es", 0)])
def test_a_parents_answer_starts_where_the_documents_lines_start(language, quadding):
    """In an Arabic sheet what the parent types stands at the right of its box, as the
    question above it does (the field's quadding, /Q 2); left elsewhere."""
    pdf = render_fillable_preparation_sheet(data_for_sheet(), language).pdf
    reader = PdfReader(io.BytesIO(pdf))
    widgets = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])]
    answers = {str(w["/T"]): int(w.get("/Q", 0)) for w in widgets
               if w["/FT"] == "/Tx" and str(w["/T"]) != field_name(MARKER_ID)}
    assert len(answers) == len(QUESTIONS)
    assert set(answers.values()) == {quadding}


def test_an_empty_returned_form_is_ours_with_no_answers(fillable):
    returned = read_returned_form(fillable)
    assert returned.accepted and returned.answers == [] and returned.meeting_uid == UID


# -- refused, never a crash -----------------------------------------------------------------------

def test_a_pdf_that_is_not_our_form_is_refused():
    invitation = render_invitation(sample_handout()).pdf
    assert read_returned_form(invitation).problem is FormProblem.NOT_OUR_FORM
    paper = render_preparation_sheet(data_for_sheet()).pdf
    assert read_returned_form(paper).problem is FormProblem.NOT_OUR_FORM


def test_a_renamed_field_is_refused_and_named(fillable):
    old = field_name("worries")

    def rename(widget):
        if widget.get("/T") == old:
            widget[NameObject("/T")] = TextStringObject("Worries")

    returned = read_returned_form(rewrite(fill(fillable, {old: "The bus"}), rename))
    assert returned.problem is FormProblem.FIELDS_RENAMED
    assert returned.answers == []
    assert old in returned.details


def test_a_renamed_marker_is_refused(fillable):
    def rename(widget):
        if widget.get("/T") == field_name(MARKER_ID):
            widget[NameObject("/T")] = TextStringObject("about")

    returned = read_returned_form(rewrite(fillable, rename))
    assert returned.problem is FormProblem.FIELDS_RENAMED


@pytest.mark.parametrize(("marker", "problem"), [
    (f'{{"form":"{FORM_ID}","version":{FORM_VERSION + 1},"meeting":"x"}}',
     FormProblem.NEWER_FORM_VERSION),
    ('{"form":"another-form","version":1,"meeting":"x"}', FormProblem.NOT_OUR_FORM),
    ("not json at all", FormProblem.NOT_OUR_FORM),
])
def test_a_form_of_another_version_or_identity_is_refused(fillable, marker, problem):
    def edit(widget):
        if widget.get("/T") == field_name(MARKER_ID):
            widget[NameObject("/V")] = TextStringObject(marker)

    returned = read_returned_form(rewrite(fillable, edit))
    assert returned.problem is problem
    if problem is FormProblem.NEWER_FORM_VERSION:
        assert returned.details == (str(FORM_VERSION + 1),)


def test_a_locked_pdf_is_refused(fillable):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(fillable)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert read_returned_form(out.getvalue()).problem is FormProblem.LOCKED_PDF


@pytest.mark.parametrize("content", [b"", b"hello", b"%PDF-1.4\n%%EOF", b"not a pdf"])
def test_bytes_that_are_no_pdf_are_refused_as_damaged(content):
    assert read_returned_form(content).problem is FormProblem.DAMAGED_PDF


def test_damaged_pdfs_never_crash_the_reader(fillable):
    filled = fill(fillable, {field_name("good_at"): "Drawing"})
    chance = random.Random(17)
    for _ in range(60):
        damaged = bytearray(filled)
        how = chance.choice(("truncate", "flip", "zero"))
        if how == "truncate":
            damaged = damaged[:chance.randrange(len(damaged))]
        else:
            start = chance.randrange(len(damaged))
            for at in range(start, min(len(damaged), start + chance.randrange(1, 400))):
                damaged[at] = 0 if how == "zero" else chance.randrange(256)
        returned = read_returned_form(bytes(damaged))
        # Either still readable (the damage missed what matters) or refused with a code.
        assert returned.accepted or returned.problem in set(FormProblem)
        if returned.accepted:
            assert returned.meeting_uid == UID


def test_the_preflight_check_passes_for_names_in_many_scripts():
    data = data_for_sheet()
    for name in ("محمد علي", "张伟", "प्रिया शर्मा", "Łukasz Żółkiewski"):
        data.student.legal_first_name, data.student.preferred_name = name, ""
        assert check("fillable-preparation-sheet", data).can_make
        pdf = render_fillable_preparation_sheet(data, "en").pdf
        assert boxes(drawn_runs(pdf)) == []

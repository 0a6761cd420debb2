"""The family preparation sheet's questions, and where each answer is filed."""

from iep_desk.core.family_preparation import (
    FORM_ID,
    QUESTION_IDS,
    Answer,
    Destination,
    answers_from_fields,
    field_name,
    split_questions,
)


def test_every_question_has_a_place_to_go_and_a_field_name_of_our_form():
    assert len(set(QUESTION_IDS)) == len(QUESTION_IDS)
    assert {Answer(q, "x").destination for q in QUESTION_IDS} == set(Destination)
    assert field_name("worries") == f"{FORM_ID}:worries"


def test_answers_come_back_in_the_sheet_order_without_empty_or_foreign_fields():
    fields = {field_name("questions"): "Will he get speech?\n", field_name("good_at"): "  Lego ",
              field_name("worries"): "   ", "SomeoneElse.name": "x"}
    assert answers_from_fields(fields) == [Answer("good_at", "Lego"),
                                           Answer("questions", "Will he get speech?")]


def test_questions_are_split_one_per_line_or_per_question_mark():
    text = "Will he get speech? How often?\n- Who is his new teacher?\n\nbus times\n"
    assert split_questions(text) == ["Will he get speech?", "How often?",
                                     "Who is his new teacher?", "bus times"]
    assert split_questions("Can we meet after 4?") == ["Can we meet after 4?"]


def test_the_boxes_to_tick_come_back_as_codes_beside_the_text():
    from iep_desk.core.family_preparation import ChildTakingPart, ProgressContact, choice_field_name

    fields = {choice_field_name("progress_contact", "email"): "/Yes",
              choice_field_name("progress_contact", "phone"): "/Off",
              choice_field_name("progress_contact", "text"): "On",
              field_name("progress_contact"): "after 5 pm",
              choice_field_name("child_taking_part", "will_come"): "/Yes"}
    assert answers_from_fields(fields) == [
        Answer("progress_contact", "after 5 pm", (ProgressContact.TEXT, ProgressContact.EMAIL)),
        Answer("child_taking_part", "", (ChildTakingPart.WILL_COME,))]


def test_the_marker_names_the_form_its_version_and_the_meeting():
    from iep_desk.core.family_preparation import (
        FORM_VERSION,
        MARKER_ID,
        Marker,
        expected_field_names,
        marker_value,
        read_marker,
    )

    assert read_marker(marker_value("uid-1@x")) == Marker(FORM_ID, FORM_VERSION, "uid-1@x")
    assert read_marker('{"form": "other", "version": 1, "meeting": ""}') is None
    assert read_marker(f'{{"form": "{FORM_ID}", "version": true}}') is None
    assert read_marker("") is None and read_marker("[1, 2]") is None
    names = expected_field_names()
    assert names[0] == field_name(MARKER_ID) and len(names) == len(set(names))
    # No name holds a period: in a PDF a period separates a parent field from its children.
    assert not any("." in name for name in names)

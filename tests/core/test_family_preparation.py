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

"""Nothing prints as a box: the check of every printed character against the shipped fonts."""

from __future__ import annotations

import json

import pytest

from iep_desk.config import RESOURCES_DIR
from iep_desk.printing import check
from iep_desk.printing.coverage import MissingCharacter, missing_characters, printed_fields
from tests.printing.sample import SCRIPT_SAMPLES, every_script_handout, sample_handout

OUTSIDE_EVERY_FONT = {
    "private use": "\ue123",
    "unassigned": "\U0003ffff",
    "Egyptian hieroglyph": "\U00013000",
    "Cuneiform": "\U00012000",
}


@pytest.mark.parametrize("what", sorted(OUTSIDE_EVERY_FONT))
def test_a_character_outside_every_font_is_named_with_its_field_and_code(what):
    char = OUTSIDE_EVERY_FONT[what]
    text = f"Talk about {char} reading"
    assert missing_characters([("agenda_item", text), ("meeting_place", "Room 12")]) == [
        MissingCharacter("agenda_item", text, char)]
    assert MissingCharacter("agenda_item", text, char).code_point == f"U+{ord(char):04X}"


def test_every_script_on_the_list_is_covered():
    texts = [text for pair in SCRIPT_SAMPLES.values() for text in pair]
    assert missing_characters([("family_question", t) for t in texts]) == []


def test_invisible_characters_need_no_glyph():
    # The Persian zero-width non-joiner, the joiner, direction marks, a variation selector.
    assert missing_characters([("family_name", "می\u200cخواهم\u200d\u200f\u200e\ufe0f")]) == []


def test_every_template_text_is_covered():
    for path in (RESOURCES_DIR / "templates").rglob("*.json"):
        texts = []

        def collect(value, texts=texts):
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, dict):
                for item in value.values():
                    collect(item)

        collect(json.loads(path.read_text(encoding="utf-8")))
        assert missing_characters([("template", t) for t in texts]) == [], path


def test_the_check_looks_only_at_what_the_document_prints():
    data = sample_handout()
    data.record.agenda[0].title = "Talk about \ue123 the bus"
    assert check("invitation", data).can_make  # the invitation prints no agenda items
    agenda = check("agenda", data)
    assert not agenda.can_make and agenda.missing[0].field == "agenda_item"
    assert ("agenda_item", "Talk about \ue123 the bus") in printed_fields("agenda", data)


def test_the_sample_in_every_script_passes():
    for kind in ("invitation", "agenda", "prep-sheet"):
        assert check(kind, every_script_handout()).missing == []

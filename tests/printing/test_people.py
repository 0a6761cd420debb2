"""How people are written on the handouts."""

from __future__ import annotations

import pytest

from iep_desk.core.meetings import Participant
from iep_desk.printing.people import role_label, same_formality, why_they_come
from iep_desk.printing.wording import Wording
from tests.printing.sample import sample_handout


@pytest.mark.parametrize("typed, printed", [
    ("Dr. Priya Raman", "Priya Raman"),
    ("Mrs.  Ingrid   Solberg", "Ingrid Solberg"),
    ("Sra. Lucía Fernández", "Lucía Fernández"),
    ("Don Smith", "Don Smith"),  # a first name, not a title
    ("Dr.", "Dr."),  # nothing left to print: keep what was typed
    ("Nguyễn Thị Ánh", "Nguyễn Thị Ánh"),
])
def test_same_formality(typed, printed):
    assert same_formality(typed) == printed


def test_roles_in_the_familys_words_and_typed_roles_as_typed():
    data = sample_handout()
    w = Wording("invitation", "es")
    mother = data.record.participants[0]
    assert role_label(mother, data, w) == "Madre"  # from the family link, no role on the row
    typed = Participant(7, "Rosa Díaz", role="Abuela materna")
    assert role_label(typed, data, w) == "Abuela materna"
    assert why_they_come(typed, data, w) == w.labels["role_why"]["default"].format(
        first_name="Bảo")


def test_language_codes_that_are_not_codes_are_never_looked_up():
    w = Wording("invitation", "../../etc")
    assert w.language == "en" and w.fallback

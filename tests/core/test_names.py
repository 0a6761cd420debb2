"""The name shown for a student, the order of the legal name, and names inside other text."""

import pytest

from iep_desk.core import names
from iep_desk.core.models import Student


@pytest.mark.parametrize("preferred, first, last, shown", [
    ("", "María José", "Fernández", "María José Fernández"),
    ("Majo", "María José", "Fernández", "Majo Fernández"),
    # A preferred name that is a full name is shown alone, never with the family name twice.
    ("王小明", "小明", "王", "王小明"),
    ("Maria Lopez", "María", "Lopez", "Maria Lopez"),
    ("maria lopez", "María", "Lopez", "maria lopez"),
    # A given name in Chinese characters follows the family name, without a space.
    ("小明", "Xiaoming", "王", "王小明"),
    ("민준", "Minjun", "김", "김민준"),
    # A family name inside another word is not the family name.
    ("Lopezito", "José", "Lopez", "Lopezito Lopez"),
    # Mixed scripts: the given name first, as the Latin letters are written.
    ("小明", "Xiaoming", "Wang", "小明 Wang"),
    ("Ana", "Ana", "", "Ana"),
])
def test_the_name_shown(preferred, first, last, shown):
    assert names.display_name(preferred, first, last) == shown
    assert Student(first, last, preferred_name=preferred).display_name == shown


@pytest.mark.parametrize("first, last, legal", [
    ("Yusuf", "Al-Hassan", "Yusuf Al-Hassan"),
    ("小明", "王", "王小明"),  # Han: family name first, no space
    ("민준", "김", "김민준"),  # Hangul
    ("はると", "さとう", "さとうはると"),  # Kana
    ("Xiaoming", "王", "Xiaoming 王"),  # mixed: as typed
    ("  Ana ", "", "Ana"),
])
def test_the_legal_name_follows_its_script(first, last, legal):
    assert names.legal_name(first, last) == legal
    assert Student(first, last).legal_name == legal


def test_a_right_to_left_name_is_isolated_inside_text():
    name = "مريم الحسن"
    assert names.has_right_to_left(name)
    assert names.in_text(name) == "\u2068مريم الحسن\u2069"
    assert names.in_text("Maya Ortiz") == "Maya Ortiz"  # nothing to keep apart
    assert names.in_text("Maya Ortiz", always=True) == "\u2068Maya Ortiz\u2069"
    assert names.isolate("") == ""


def test_a_file_name_part_has_no_invisible_characters():
    part = names.file_name_part("\u2068مريم ح.\u2069 / \u202eevil\u202c")
    assert part == "مريم ح. - evil"
    assert not any(ch in part for ch in "\u2068\u2069\u202e\u202c\u200f")

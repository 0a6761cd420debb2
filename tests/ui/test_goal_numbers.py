"""The goal form's numbers: the window's locale first, then the rule a file with no locale
is read by (core.numbers), and never a number that is not finite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from iep_desk.ui.caseload.goal_words import parse_number


@pytest.mark.parametrize(("locale", "text", "value"), [
    ("en_US", "1,200", 1200.0),   # the teacher's own locale says what the comma is
    ("en_US", "1,5", 1.5),        # not a US number: read as a decimal comma (core.numbers)
    ("en_US", "0.8", 0.8),
    ("es_ES", "1,200", 1.2),
    ("es_ES", "1.5", 1.5),        # a point, as a program writes it
    ("de_DE", "1.234,5", 1234.5),
    ("en_US", "", None),
])
def test_a_typed_number_is_read_in_the_windows_locale_first(locale, text, value):
    QLocale.setDefault(QLocale(locale))
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["inf", "-inf", "nan", "1e400", "ten", "1.234,5"])
def test_what_is_not_a_finite_number_is_refused(text):
    QLocale.setDefault(QLocale("en_US"))
    with pytest.raises(ValueError):
        parse_number(text)

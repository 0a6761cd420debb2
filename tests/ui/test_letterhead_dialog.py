"""The letterhead dialog previews the letterhead as it prints and refuses one that cannot print
whole, saying what to shorten; real widgets on a real caseload file."""

from __future__ import annotations

from PySide6.QtGui import QColor

from iep_desk.core.letterhead import Letterhead, PrintSettings
from iep_desk.storage.print_settings import load_print_settings, save_print_settings
from iep_desk.storage.settings import SettingsStore
from iep_desk.ui.letterhead_dialog import LetterheadDialog
from tests.ui.conftest import desk_for

LONG_DISTRICT = "Lincoln County Public Schools Exceptional Student Services"


def dialog_for(qtbot, store) -> LetterheadDialog:
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    return dialog


def dark_pixels(dialog: LetterheadDialog) -> int:
    image = dialog.preview.pixmap().toImage()
    return sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if QColor(image.pixel(x, y)).lightness() < 128)


def test_the_preview_shows_the_letterhead_and_follows_the_typing(qtbot, store):
    dialog = dialog_for(qtbot, store)
    assert dialog.preview.pixmap().isNull() and dialog.preview.text()
    dialog.school_name.setText("Riverside Elementary")
    dialog.teacher_name.setText("Grace Okafor")
    dialog.update_preview()
    short = dialog.preview.pixmap()
    assert not short.isNull() and dark_pixels(dialog) > 20
    # A long district name wraps: the preview grows taller instead of cutting it.
    dialog.school_name.setText(LONG_DISTRICT)
    dialog.update_preview()
    assert dialog.preview.pixmap().height() > short.height()
    assert dialog.preview.accessibleName()


def test_a_long_district_name_is_accepted_and_saved(qtbot, store):
    dialog = dialog_for(qtbot, store)
    dialog.school_name.setText(LONG_DISTRICT)
    dialog.teacher_name.setText("Grace Okafor")
    dialog.teacher_title.setText("Exceptional student services case manager")
    dialog.email.setText("g.okafor@lincolncounty.example.org")
    assert dialog.save() is True
    assert load_print_settings(SettingsStore(store.db)).letterhead.school_name == LONG_DISTRICT


def test_an_email_too_long_for_one_line_is_refused_with_what_to_shorten(qtbot, store):
    save_print_settings(SettingsStore(store.db), PrintSettings(Letterhead(school_name="Before"), "letter"))
    dialog = dialog_for(qtbot, store)
    email = "exceptional.student.services.office@lincolncountypublicschools.example.org"
    dialog.email.setText(email)
    assert dialog.save() is False
    assert email in dialog.message.text() and "Shorten it" in dialog.message.text()
    assert load_print_settings(SettingsStore(store.db)).letterhead.email == ""


def test_a_school_name_over_three_lines_is_refused(qtbot, store):
    dialog = dialog_for(qtbot, store)
    dialog.teacher_name.setText("Grace Okafor")
    dialog.school_name.setText(" ".join([LONG_DISTRICT] * 4))
    assert dialog.save() is False
    assert "more than 3 lines" in dialog.message.text()


def test_a_character_no_font_has_is_refused(qtbot, store):
    dialog = dialog_for(qtbot, store)
    dialog.teacher_title.setText("Case manager \U00013000")
    assert dialog.save() is False
    assert "U+13000" in dialog.message.text() and "\U00013000" in dialog.message.text()

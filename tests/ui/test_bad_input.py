"""Bad input typed or chosen in the window's forms and dialogs, through real widgets on a real
caseload file: each gets a message in the teacher's words, nothing is saved wrong and no slot
raises (pytest-qt fails a test on an exception in a Qt slot)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from iep_desk.core.models import Student
from iep_desk.storage.print_settings import load_print_settings
from iep_desk.storage.settings import SettingsStore
from iep_desk.ui.caseload.add_student_dialog import AddStudentDialog
from iep_desk.ui.caseload.goals_import_dialog import GoalsImportDialog
from iep_desk.ui.import_dialog import ImportDialog
from iep_desk.ui.letterhead_dialog import LetterheadDialog
from iep_desk.ui.restore_dialog import RestoreDialog
from iep_desk.ui.settings.school_calendar import ClosedPeriodDialog
from iep_desk.ui.team_dialog import TeamDialog
from tests.ui.caseload_helpers import field, open_window
from tests.ui.conftest import desk_for
from tests.ui.test_iep_record_tab import enter_reading_goal, student, tab, type_into  # noqa: F401
from tests.ui.test_planner_pane import _new_meeting, _open_pane, _pick
from tests.ui.test_review_pane import caseload, choose_text, pane, stores  # noqa: F401

# -- names and text pasted with characters nobody sees ----------------------------------------
# A direction override (U+202E) makes "eeL" show and print as "Lee"; a bell or an escape
# sequence comes along with text copied out of another program. An imported file is cleaned
# of them (core.clean_text); text typed or pasted into the window is cleaned the same way.
OVERRIDDEN = "\u202eeeL"
WITH_CONTROLS = "Ana\x07\x1b[31m Silva"


def paste(editor, text: str) -> None:
    """Put `text` into a line edit as a paste does (QLineEdit keeps every character), then
    leave it with Enter."""
    editor.setFocus()
    editor.selectAll()
    editor.insert(text)
    editor.textEdited.emit(editor.text())
    editor.editingFinished.emit()
    QApplication.processEvents()


def test_the_new_student_dialog_drops_overrides_and_control_characters(qtbot, store, data_dir,
                                                                        monkeypatch):
    window = open_window(qtbot, store, data_dir)

    def fill(dialog: AddStudentDialog):
        dialog.first_name.setText(OVERRIDDEN)
        dialog.last_name.setText(WITH_CONTROLS)
        dialog.school.setText("Riverside\tElementary")
        return AddStudentDialog.DialogCode.Accepted
    monkeypatch.setattr(AddStudentDialog, "exec", fill)
    student_id = window.caseload_pane.ask_new_student()
    saved = store.get_student(student_id)
    assert (saved.legal_first_name, saved.legal_last_name, saved.school) == \
        ("eeL", "Ana[31m Silva", "Riverside Elementary")


def test_a_name_of_nothing_but_an_override_cannot_be_added(qtbot):
    dialog = AddStudentDialog()
    qtbot.addWidget(dialog)
    dialog.first_name.setText("\u202e\u202d ")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_the_student_form_saves_what_is_seen(qtbot, store, data_dir):
    student_id = store.add_student(Student("Ana", "Silva"))
    window = open_window(qtbot, store, data_dir)
    caseload_pane = window.caseload_pane
    caseload_pane.refresh()
    caseload_pane.open_student(student_id)
    paste(field(caseload_pane, "legal_first_name").editor, OVERRIDDEN)
    paste(field(caseload_pane, "district_student_id").editor, "S-\x00100")
    saved = store.get_student(student_id)
    assert (saved.legal_first_name, saved.district_student_id) == ("eeL", "S-100")
    assert field(caseload_pane, "legal_first_name").editor.text() == "eeL"  # the field shows what is kept
    paste(field(caseload_pane, "legal_first_name").editor, "\u202e")
    assert "cannot be empty" in field(caseload_pane, "legal_first_name").message.text()
    assert store.get_student(student_id).legal_first_name == "eeL"


def test_family_and_team_names_are_cleaned_too(qtbot, store, data_dir, monkeypatch):
    student_id = store.add_student(Student("Ana", "Silva"))
    window = open_window(qtbot, store, data_dir)
    caseload_pane = window.caseload_pane
    caseload_pane.refresh()
    caseload_pane.open_student(student_id)
    caseload_pane.form.tabs.setCurrentIndex(3)
    family = caseload_pane.form.family_panel
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Marta\x1b Silva\u202e", True)))
    family.add_button.click()
    [link] = store.family_of(student_id)
    assert link.member.name == "Marta Silva"
    paste(family.fields["phones"].editor, "555\x07-0199")
    assert store.get_family_member(link.member.id).phones == "555-0199"

    team = TeamDialog(desk_for(store))
    qtbot.addWidget(team)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("\u202e ", True)))
    team.add_button.click()
    assert store.list_team_members() == []  # nothing but an override: no name, nothing added
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("\u202erofakO .rD", True)))
    team.add_button.click()
    assert [m.name for m in store.list_team_members()] == ["rofakO .rD"]


# -- a name longer than a name can be (core.validation.LONGEST_NAME, 100 characters) ----------
LONG_NAME = "Z" * 5000
NAME_REFUSED = "A name may have up to 100 characters; this one has 5000. Shorten it."


def test_a_name_longer_than_a_name_can_be_is_refused_beside_the_field(qtbot, store, data_dir):
    student_id = store.add_student(Student("Ana", "Silva"))
    window = open_window(qtbot, store, data_dir)
    caseload_pane = window.caseload_pane
    caseload_pane.refresh()
    caseload_pane.open_student(student_id)
    last_name = field(caseload_pane, "legal_last_name")
    paste(last_name.editor, LONG_NAME)
    assert NAME_REFUSED in last_name.message.text() and last_name.message.isVisible()
    assert store.get_student(student_id).legal_last_name == "Silva"
    paste(last_name.editor, "Z" * 100)  # as long as a name may be
    assert store.get_student(student_id).legal_last_name == "Z" * 100
    assert not last_name.message.isVisible()


def test_a_new_student_family_or_team_member_with_too_long_a_name_is_not_added(
        qtbot, store, data_dir, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    caseload_pane = window.caseload_pane

    def fill(dialog: AddStudentDialog):
        dialog.first_name.setText("Ana")
        dialog.preferred_name.setText(LONG_NAME)
        return AddStudentDialog.DialogCode.Accepted
    monkeypatch.setattr(AddStudentDialog, "exec", fill)
    assert caseload_pane.ask_new_student() is None
    assert NAME_REFUSED in caseload_pane.message.text()
    assert store.list_students() == []

    student_id = store.add_student(Student("Ana", "Silva"))
    caseload_pane.refresh()
    caseload_pane.open_student(student_id)
    caseload_pane.form.tabs.setCurrentIndex(3)
    family = caseload_pane.form.family_panel
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (LONG_NAME, True)))
    family.add_button.click()
    assert NAME_REFUSED in family.message.text() and store.family_of(student_id) == []

    team = TeamDialog(desk_for(store))
    qtbot.addWidget(team)
    team.add_button.click()
    assert NAME_REFUSED in team.message.text() and store.list_team_members() == []


def test_a_message_quoting_a_whole_page_pasted_keeps_its_advice_in_sight(qtbot, store, data_dir):
    student_id = store.add_student(Student("Ana", "Silva"))
    window = open_window(qtbot, store, data_dir)
    window.resize(1200, 800)
    caseload_pane = window.caseload_pane
    caseload_pane.refresh()
    caseload_pane.open_student(student_id)
    birthday = field(caseload_pane, "date_of_birth")
    paste(birthday.editor, "A" * 10_000)
    text = birthday.message.text()
    assert text == "⚠ “" + "A" * 80 + "…” is not a date. Write it as M/D/YYYY (for example " \
        "3/14/2026), or as YYYY-MM-DD."
    assert birthday.editor.accessibleDescription() == text[2:]
    assert birthday.message.minimumSizeHint().width() < window.width()
    assert store.get_student(student_id).date_of_birth is None
    assert birthday.editor.text() == "A" * 10_000  # left as pasted, for correcting


# -- messages that quote a teacher's text or a file name keep the quote short -----------------
# As the date fields do (widgets.with_short_quotes): a quotation over 80 characters is cut to
# its start and "…", so a whole page pasted, or a file name made of one, never makes a message
# box taller or wider than the screen.
PASTED_PAGE = "lorem ipsum " * 900  # about 10,000 characters


def said_by(monkeypatch, kind: str) -> list[str]:
    """The texts QMessageBox.`kind` (warning, question...) is asked to show."""
    said: list[str] = []

    def answer(*args, **_kwargs):
        said.append(args[2])
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    return said


def test_the_letterhead_dialog_quotes_a_pasted_page_short(qtbot, store):
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.email.setText(PASTED_PAGE.replace(" ", "."))
    assert dialog.save() is False
    text = dialog.message.text()
    assert "“" + PASTED_PAGE.replace(" ", ".")[:80] + "…”" in text and len(text) < 300
    assert "email address" in text


def test_a_file_name_too_long_to_write_is_quoted_short(qtbot, tmp_path, monkeypatch):
    from iep_desk.ui.handouts import write_pdf

    said = said_by(monkeypatch, "warning")
    path = tmp_path / ("Ana " * 1250 + ".pdf")  # 5,000 characters: no disk takes that name
    parent = QWidget()
    qtbot.addWidget(parent)
    assert write_pdf(path, b"%PDF-1.7", parent) is False
    [text] = said
    assert f"“{str(path)[:80]}…”" in text and len(text) < 400
    assert "Choose another folder" in text


def test_the_csv_import_quotes_a_file_it_cannot_read_short(qtbot, store, tmp_path, monkeypatch):
    said = said_by(monkeypatch, "warning")
    dialog = ImportDialog(desk_for(store))
    qtbot.addWidget(dialog)
    path = tmp_path / ("x" * 5000 + ".csv")
    assert dialog.load_file(path) is False
    [text] = said
    assert f"“{str(path)[:80]}…”" in text and len(text) < 300


def test_replacing_the_agenda_with_a_template_quotes_its_name_short(qtbot, store, monkeypatch):
    store.add_student(Student("Lena", "Park"))
    planner = _open_pane(qtbot, store)
    _new_meeting(qtbot, planner, monkeypatch)
    agenda = planner.agenda
    planner.tabs.setCurrentWidget(agenda)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASTED_PAGE, True))
    assert agenda.save_as_template() is not None
    asked = said_by(monkeypatch, "question")
    qtbot.mouseClick(agenda.load_button, Qt.MouseButton.LeftButton)
    [text] = asked
    assert f"“{PASTED_PAGE.strip()[:80]}…”" in text and len(text) < 300
    assert "The family's questions stay on it." in text
    assert len(planner.undo_stack.undoText()) < 120  # the Edit menu's Undo item too


def test_a_problem_said_in_the_status_bar_quotes_short(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    window.desk.problem.emit(f"“{PASTED_PAGE}” is not an email address.")
    shown = window.statusBar().currentMessage()
    assert shown.startswith("“" + PASTED_PAGE[:80] + "…”") and len(shown) < 200


def test_the_characters_no_font_has_are_quoted_short():
    from iep_desk.printing.coverage import missing_characters
    from iep_desk.ui.handout_actions import missing_text

    missing = missing_characters([("meeting_purpose", PASTED_PAGE + "\U00013000")])
    text = missing_text("agenda", missing)
    assert "…”" in text and len(text) < 400 and "U+13000" in text


@pytest.mark.usefixtures("clock")
def test_the_reviews_fields_are_cleaned_too(qtbot, pane, stores, caseload):  # noqa: F811
    meeting_id = caseload["meeting"]
    assert pane.open_meeting(meeting_id)
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    attendance = pane.attendance
    people = attendance.table.rowCount()
    attendance.new_name.setText("\u202e")  # looks empty, and is: no one is added
    qtbot.mouseClick(attendance.add_button, Qt.MouseButton.LeftButton)
    assert "Write the participant's name" in attendance.add_message.text()
    assert attendance.table.rowCount() == people
    plan = pane.action_plan
    plan.what_edit.setText("Send the \x1bgoals home\u202e")
    choose_text(plan.who_box, "The family")
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    assert [a.what for a in stores.review.actions_of(meeting_id)] == ["Send the goals home"]


@pytest.mark.usefixtures("clock")
def test_a_typed_participant_of_nothing_but_an_override_is_not_invited(qtbot, store, monkeypatch):
    store.add_student(Student("Lena", "Park"))
    planner = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, planner, monkeypatch)
    section = planner.participants
    invited = len(planner.stores.meetings.participants_of(meeting_id))
    section.typed_name.setText("\u202e\u202c")
    _pick(section.typed_role, "advocate")
    qtbot.mouseClick(section.add_typed_button, Qt.MouseButton.LeftButton)
    assert len(planner.stores.meetings.participants_of(meeting_id)) == invited
    section.typed_name.setText("\u202ezeuR anA")
    qtbot.mouseClick(section.add_typed_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in planner.stores.meetings.participants_of(meeting_id)]
    assert "zeuR anA" in names and not any("\u202e" in (n or "") for n in names)


def test_a_goals_words_are_cleaned(qtbot, tab):  # noqa: F811
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    goals.area.setText("Rea\u202eding\x07")
    goals.save_button.click()
    [goal] = goals.goals
    assert goal.area == "Reading"


# -- the IEP record: numbers in progress notes and goals ---------------------------------------


@pytest.mark.parametrize("typed", ["nan", "NaN", "inf", "-inf", "1e400"])
def test_a_progress_value_that_is_no_real_number_is_refused(qtbot, tab, store, typed):  # noqa: F811
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    [goal] = goals.goals
    type_into(qtbot, goals.note_on, "11/14/2026")
    goals.note_value.setText(typed)
    qtbot.keyClick(goals.note_value, Qt.Key.Key_Return)
    assert f"“{typed}” is not a number" in goals.note_message.text()
    assert list(store.db["progress_notes"].rows) == []
    assert goals.note_value.text() == typed  # left on screen for correcting
    assert goals.line_of(goal.id).endswith("no progress noted yet")


@pytest.mark.parametrize("typed", ["nan", "inf", "1e400"])
def test_a_goal_target_that_is_no_real_number_is_refused(qtbot, tab, store, typed):  # noqa: F811
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    [goal] = goals.goals
    goals.target.setText(typed)
    goals.save_button.click()
    assert f"“{typed}” is not a number" in goals.goal_message.text()
    assert store.db["goals"].get(goal.id)["target"] == 90


# -- the letterhead: logos that cannot print -----------------------------------------------------


def letterhead_dialog(qtbot, store) -> LetterheadDialog:
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.school_name.setText("Riverside Elementary")
    return dialog


def a_picture(path: Path) -> Path:
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(path))
    return path


def a_huge_png(path: Path, width: int, height: int) -> Path:
    """A black-and-white PNG of width × height pixels that is small on disk."""
    rows = b"".join(b"\x00" + b"\x00" * ((width + 7) // 8) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    path.write_bytes(b"\x89PNG\r\n\x1a\n"
                     + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
    return path


def test_a_damaged_logo_is_refused_not_saved_to_go_missing_from_every_letter(qtbot, store,
                                                                            tmp_path):
    good = a_picture(tmp_path / "good.png")
    damaged = tmp_path / "logo.png"
    damaged.write_bytes(good.read_bytes()[:60])  # the header, then the file stops
    dialog = letterhead_dialog(qtbot, store)
    dialog.logo_path.setText(str(damaged))
    assert dialog.save() is False
    assert "logo.png" in dialog.message.text() and "damaged" in dialog.message.text()
    assert load_print_settings(SettingsStore(store.db)).letterhead.logo_path == ""
    dialog.logo_path.setText(str(good))
    assert dialog.save() is True
    assert load_print_settings(SettingsStore(store.db)).letterhead.logo_path == str(good)


def test_a_huge_logo_is_refused_with_what_to_do(qtbot, store, tmp_path):
    huge = a_huge_png(tmp_path / "logo.png", 20000, 20000)
    dialog = letterhead_dialog(qtbot, store)
    dialog.logo_path.setText(str(huge))
    assert dialog.save() is False
    assert "20000 × 20000" in dialog.message.text()
    assert "smaller copy" in dialog.message.text()
    assert load_print_settings(SettingsStore(store.db)).letterhead.logo_path == ""


# -- the CSV and goals imports: files that are no table ------------------------------------------


def not_tables(tmp_path) -> dict[str, tuple[Path, str]]:
    """Files a teacher picks by mistake, and the words the refusal must have."""
    picture = a_picture(tmp_path / "logo.png")
    photo = tmp_path / "photo.csv"  # a JPEG, whatever its name says
    assert QImage(str(picture)).save(str(photo), "JPEG")
    program = tmp_path / "setup.csv"
    program.write_bytes(bytes(range(256)) * 50)  # a binary with few zero bytes
    return {"png": (picture, "picture (PNG)"), "jpeg": (photo, "picture (JPEG)"),
            "binary": (program, "not a text file")}


@pytest.mark.parametrize("kind", ["png", "jpeg", "binary"])
def test_the_csv_import_refuses_a_file_that_is_no_table(qtbot, store, tmp_path, monkeypatch,
                                                        kind):
    path, words = not_tables(tmp_path)[kind]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    dialog = ImportDialog(desk_for(store))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and words in said[0] and "Save As" in said[0]
    assert "encoding" not in said[0]  # not blamed on rows pasted from another file
    assert dialog.table is None and not dialog.import_button.isEnabled()


@pytest.mark.parametrize("kind", ["png", "jpeg", "binary"])
def test_the_goals_import_refuses_a_file_that_is_no_table(qtbot, store, tmp_path, monkeypatch,
                                                          kind):
    path, words = not_tables(tmp_path)[kind]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    dialog = GoalsImportDialog(desk_for(store))
    qtbot.addWidget(dialog)
    assert dialog.load_file(path) is False
    assert len(said) == 1 and words in said[0]
    assert dialog.columns.rowCount() == 0 and not dialog.import_button.isEnabled()


# -- Settings ▸ School calendar: a closed range typed -------------------------------------------


@pytest.mark.parametrize("first, last, refused", [
    ("12/21/2026", "1/4/2072", "more than a year"),  # the year of the last day mistyped
    ("2026-12-21", "2026-02-30", "not a real date"),
    ("31/04/2026", "", "not a real date"),
    ("", "1/4/2027", "Write the first day"),
])
def test_a_closed_range_that_cannot_be_right_is_refused_in_the_dialog(qtbot, first, last,
                                                                     refused):
    dialog = ClosedPeriodDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText(first)
    dialog.last.setText(last)
    dialog.accept()
    assert dialog.result() != ClosedPeriodDialog.DialogCode.Accepted
    assert refused in dialog.message.text()


def test_a_summer_break_is_a_closed_range_like_any_other(qtbot):
    dialog = ClosedPeriodDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText("6/5/2026")
    dialog.last.setText("8/25/2026")
    dialog.reason.setText("Summer\u202e break")
    dialog.accept()
    assert dialog.result() == ClosedPeriodDialog.DialogCode.Accepted
    assert dialog.period().reason == "Summer break"


# -- File ▸ Restore ▸ Choose another file: a file that is no caseload ---------------------------


@pytest.mark.parametrize("content, words", [
    (b"", "is empty or holds no IEP Desk caseload"),
    (b"Kid,Born\nBo,2014-01-02\n", "is not an IEP Desk caseload"),
])
def test_restore_from_a_file_that_is_no_caseload_says_so_and_offers_nothing(
        qtbot, store, data_dir, tmp_path, monkeypatch, content, words):
    chosen = tmp_path / "caseload.sqlite"
    chosen.write_bytes(content)
    dialog = RestoreDialog(data_dir)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(chosen), "")))
    qtbot.mouseClick(dialog.other_file, Qt.MouseButton.LeftButton)
    assert "cannot be restored" in dialog.backups.currentItem().text()
    assert words in dialog.details.text() and "did not change it" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()
    assert chosen.read_bytes() == content

"""Issue 13 in the window: calendar files without names unless the teacher asks, counts in
words, a UTF-16 file read as text, the planner's calendar file written whole and private."""

from __future__ import annotations

import sys
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from iep_desk.core.meetings import Meeting
from iep_desk.core.models import FamilyMember, Student
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.stores import Stores
from iep_desk.ui.import_dialog import ImportDialog
from iep_desk.ui.planner.pane import PlannerPane
from iep_desk.ui.transfer_actions import INCLUDE_NAMES_SETTING, install_transfer_actions
from tests.ui.conftest import desk_for
from tests.ui.test_import_dialog import Window, open_dialog, shown_rows, write

TODAY = date(2026, 11, 23)


def family_meeting(store) -> int:
    student = Student("María José", "Fernández", preferred_name="Majo")
    store.add_student(student)
    mother = FamilyMember("Lucía Fernández", email="lucia@example.org")
    store.add_family_member(mother, student_id=student.id, relationship="mother")
    stores = Stores(store.db)
    meeting = Meeting(student.id, purpose="María José's reading",
                      starts_at=datetime(2026, 12, 10, 15, 30), status="confirmed")
    stores.meetings.create_meeting(meeting, today=TODAY)
    stores.meetings.add_family_participant(meeting.id, mother.id)
    return meeting.id


SECRETS = ("Lucía", "Fernández", "María", "lucia@example.org", "mailto:")


@pytest.fixture
def window(qtbot, store):
    window = Window(store)
    qtbot.addWidget(window)
    install_transfer_actions(window)
    return window


def test_the_calendar_export_leaves_names_out_until_the_teacher_ticks_include_names(
        window, store, monkeypatch, tmp_path):
    family_meeting(store)
    actions = window.transfer_actions
    toggle = actions.include_names_action
    assert toggle.isCheckable() and not toggle.isChecked()
    assert toggle in actions.export_menu.actions()
    assert toggle.text() and toggle.toolTip()
    target = tmp_path / "meetings.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions.export_ics_action.trigger()
    text = target.read_text(encoding="utf-8")
    assert "Majo F." in text
    for secret in SECRETS:
        assert secret not in text, secret

    toggle.trigger()  # the teacher's own calendar: names wanted, and remembered
    assert SettingsStore(store.db).get(INCLUDE_NAMES_SETTING) is True
    actions.export_ics_action.trigger()
    assert "Lucía Fernández" in target.read_text(encoding="utf-8")

    second = Window(store)  # the next session starts with the teacher's choice
    install_transfer_actions(second)
    assert second.transfer_actions.include_names_action.isChecked()
    second.deleteLater()


def test_the_planner_add_to_calendar_follows_the_same_choice(qtbot, store, tmp_path):
    meeting_id = family_meeting(store)
    pane = PlannerPane(desk_for(store))
    qtbot.addWidget(pane)
    assert pane.open_meeting(meeting_id)
    target = pane.export_calendar(tmp_path / "meeting.ics")
    text = target.read_text(encoding="utf-8")
    for secret in SECRETS:
        assert secret not in text, secret
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o077 == 0  # owner-only from the first byte
    SettingsStore(store.db).set(INCLUDE_NAMES_SETTING, True)
    pane.export_calendar(target)
    assert "Lucía Fernández" in target.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_the_planner_calendar_file_keeps_a_symbolic_link(qtbot, store, tmp_path):
    meeting_id = family_meeting(store)
    pane = PlannerPane(desk_for(store))
    qtbot.addWidget(pane)
    pane.open_meeting(meeting_id)
    real = tmp_path / "calendars" / "iep.ics"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "iep.ics"
    link.symlink_to(real)
    pane.export_calendar(link)
    assert link.is_symlink() and real.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_dialog_counts_rows_in_words_and_reads_utf16(qtbot, store, monkeypatch, tmp_path):
    path = tmp_path / "one.csv"
    path.write_bytes("First Name\tLast Name\r\nJosé\tMuñoz\r\n".encode("utf-16"))
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert dialog.file_info.text().startswith("1 data row;")
    assert "UTF-16" in dialog.file_info.text()
    assert shown_rows(dialog) == [("2", "To add", "José Muñoz", "")]
    two = write(tmp_path, "First Name\nAnn\nBo\n", name="two.csv")
    dialog.load_file(two)
    assert dialog.file_info.text().startswith("2 data rows;")


def test_the_import_message_counts_in_words(qtbot, window, store, monkeypatch, tmp_path):
    path = write(tmp_path, "First Name,Last Name\nAnn,Lee\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    QTimer.singleShot(0, lambda: window.findChild(ImportDialog).import_button.click())
    window.transfer_actions.import_csv_action.trigger()
    assert "1 student added" in infos[0] and "1 students" not in infos[0]


def test_a_preview_left_waiting_while_another_writer_imports_adds_nobody_twice(
        qtbot, store, data_dir, monkeypatch, tmp_path):
    from iep_desk.storage.caseload import open_caseload
    from iep_desk.storage.importer import apply_import, preview_import

    path = write(tmp_path, "Student ID,First Name,Last Name\n1001,Ann,Lee\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert shown_rows(dialog) == [("2", "To add", "Ann Lee", "")]
    other = open_caseload(data_dir)
    try:
        from iep_desk.core.csv_import import guess_mapping, read_csv, read_rows

        table = read_csv(path.read_bytes())
        rows = read_rows(table, guess_mapping(table.headers), None, TODAY)
        apply_import(other, preview_import(other, rows, today=TODAY))
    finally:
        other.db.close()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [s.legal_name for s in store.list_students()] == ["Ann Lee"]
    assert dialog.import_result is not None and dialog.import_result.added == 0
    assert dialog.import_result.summary() == "Imported: 0 students added, 0 updated, 1 row already on file."


def test_the_command_line_import_is_refused_while_the_app_has_the_caseload_open(
        qtbot, data_dir, monkeypatch, tmp_path, capsys):
    """The app open with its import preview waiting; the same file from a terminal."""
    from iep_desk import cli
    from iep_desk.storage.caseload import open_caseload
    from iep_desk.ui import app as startup

    open_caseload(data_dir).db.close()
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    try:
        path = write(tmp_path, "Student ID,First Name,Last Name\n1001,Ann,Lee\n1002,Bo,Ray\n")
        dialog = open_dialog(qtbot, session.store, monkeypatch, path)
        assert [row[1] for row in shown_rows(dialog)] == ["To add", "To add"]
        assert cli.main(["import", str(path), "--data-dir", str(data_dir)]) == 1
        assert "already open in another copy of IEP Desk" in capsys.readouterr().err
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert sorted(s.legal_name for s in session.store.list_students()) == ["Ann Lee", "Bo Ray"]
    finally:
        session.finish()

"""The main window: panes by keyboard, menus, and closing (which asks only when the disk
refused what was typed)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from iep_desk.core.models import Student
from tests.ui.caseload_helpers import open_window


def test_ctrl_numbers_switch_panes(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.planner_pane
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.review_pane
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.caseload_pane


def test_menus_hold_the_student_and_tools_actions(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    student_texts = [a.text() for a in window.student_menu.actions()]
    assert "&Add student…" in student_texts and "A&rchive student" in student_texts
    assert "Show arc&hived" in student_texts and "R&estore student" in student_texts
    tools = [a.text() for a in window.tools_menu.actions() if not a.isSeparator()]
    assert tools == ["Open &actions…", "&Settings…", "&Team members…", "&Letterhead and paper…"]
    assert window.caseload_pane.add_student_action.shortcut().toString() == "Ctrl+N"


def test_tools_open_the_dialogs(qtbot, store, data_dir, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    window.settings_action.trigger()
    window.team_action.trigger()
    assert opened == ["Settings", "Team members"]


def test_undo_text_names_the_change(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    assert not window.undo_action.isEnabled()
    window.caseload_pane.add_student(Student("Nia", "Owusu"))
    assert window.undo_action.isEnabled()
    assert "Nia Owusu" in window.undo_action.text()


def test_closing_never_asks(qtbot, store, data_dir, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("closing asked a question")

    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail))
    sid = store.add_student(Student("Ana"))
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(sid)
    editor = window.caseload_pane.form.fields["school"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Hillside")
    assert window.close()
    assert store.get_student(sid).school == "Hillside"


def test_the_about_box_shows_the_version_and_the_file_format(qtbot, store, data_dir):
    from iep_desk import __version__
    from iep_desk.storage.migrations import SCHEMA_VERSION
    from iep_desk.ui.about import about_text

    window = open_window(qtbot, store, data_dir)
    text = about_text(window)
    assert f"IEP Desk {__version__} (caseload file format {SCHEMA_VERSION})" in text


def _typed_on_a_full_disk(qtbot, store, data_dir, monkeypatch):
    """A window with "Qwerty" typed into a student's Preferred name, not yet saved (the
    pause has not run), on a disk that refuses every write as SQLite does when it is full."""
    from iep_desk.storage.errors import SaveFailed
    from tests.storage import faults

    sid = store.add_student(Student("Yusuf", "Al-Hassan"))
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(sid)

    def disk_full(*args, **kwargs):
        raise SaveFailed.for_error(faults.sqlite_error("full"))

    monkeypatch.setattr(store, "update_field", disk_full)
    binding = window.caseload_pane.form.fields["preferred_name"]
    binding.editor.setFocus()
    qtbot.keyClicks(binding.editor, "Qwerty")
    return window, sid, binding


def test_closing_when_an_edit_cannot_be_saved_asks_and_staying_keeps_it(
        qtbot, store, data_dir, monkeypatch):
    from iep_desk.ui import main_window
    from tests.ui.test_data_safety import press_in_modal_box

    window, sid, binding = _typed_on_a_full_disk(qtbot, store, data_dir, monkeypatch)
    monkeypatch.setattr(main_window, "disk_is_full", lambda folder: True)
    seen: list[str] = []
    press_in_modal_box("stay", seen)
    assert not window.close()  # Ctrl+Q and the close button end here
    assert window.isVisible()
    assert binding.editor.text() == "Qwerty"
    assert binding.message.isVisible() and "could not be saved" in binding.message.text()
    (told,) = seen
    assert "not saved yet" in told and "disk" in told and "full" in told
    assert "copy" in told  # what the teacher can do: make room, or copy the text elsewhere
    # Room was made: closing now saves what was typed, without asking.
    monkeypatch.undo()
    assert window.close()
    assert store.get_student(sid).preferred_name == "Qwerty"


def test_closing_without_saving_is_the_teachers_choice(qtbot, store, data_dir, monkeypatch):
    from tests.ui.test_data_safety import press_in_modal_box

    window, sid, _binding = _typed_on_a_full_disk(qtbot, store, data_dir, monkeypatch)
    seen: list[str] = []
    press_in_modal_box("close_without_saving", seen)
    assert window.close()
    assert not window.isVisible()
    assert "not saved yet" in seen[0]
    monkeypatch.undo()
    assert store.get_student(sid).preferred_name == ""


def test_a_save_that_failed_before_closing_still_counts_as_not_saved(
        qtbot, store, data_dir, monkeypatch):
    """Tabbing out showed the message; closing afterwards must not forget that failure."""
    from tests.ui.test_data_safety import press_in_modal_box

    window, _sid, binding = _typed_on_a_full_disk(qtbot, store, data_dir, monkeypatch)
    binding.commit()  # as leaving the field does
    assert binding.message.isVisible()
    seen: list[str] = []
    press_in_modal_box("stay", seen)
    assert not window.close()
    assert seen and binding.editor.text() == "Qwerty"
    monkeypatch.undo()  # room was made: closing saves it
    assert window.close()


class SessionManager:
    """What QGuiApplication.commitDataRequest hands over when the computer logs off (a
    QSessionManager, which only the system can make): may the app ask, and its answer."""

    def __init__(self, interaction: bool):
        self.interaction = interaction
        self.cancelled = self.released = False

    def allowsInteraction(self) -> bool:
        return self.interaction

    def release(self) -> None:
        self.released = True

    def cancel(self) -> None:
        self.cancelled = True


@pytest.mark.parametrize("interaction, answer, cancelled", [
    (True, "stay", True), (True, "close_without_saving", False), (False, None, False)])
def test_logging_off_saves_typing_and_asks_when_the_disk_refused_it(
        qtbot, store, data_dir, monkeypatch, interaction, answer, cancelled):
    from iep_desk.ui.data_safety import CaseloadSession
    from tests.ui.test_data_safety import press_in_modal_box

    window, _sid, binding = _typed_on_a_full_disk(qtbot, store, data_dir, monkeypatch)
    session = CaseloadSession(data_dir, store, lock=None)
    session.window = window
    manager = SessionManager(interaction)
    seen: list[str] = []
    if answer is not None:
        press_in_modal_box(answer, seen)
    session.commit_data(manager)
    assert manager.cancelled == cancelled
    assert bool(seen) == interaction  # asked only when the system allows it
    assert binding.editor.text() == "Qwerty"
    monkeypatch.undo()
    assert window.close()


def test_logging_off_with_everything_saved_asks_nothing(qtbot, store, data_dir):
    from iep_desk.ui.data_safety import CaseloadSession

    sid = store.add_student(Student("Ana"))
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(sid)
    editor = window.caseload_pane.form.fields["school"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Hillside")
    session = CaseloadSession(data_dir, store, lock=None)
    session.window = window
    manager = SessionManager(True)
    session.commit_data(manager)
    assert not manager.cancelled and not manager.released
    assert store.get_student(sid).school == "Hillside"

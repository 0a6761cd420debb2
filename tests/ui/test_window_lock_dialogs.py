"""Locking the window while a dialog is open loses nothing typed in it: the dialog stays
open under a cover (nothing of it visible, grabbable or editable), the passphrase prompt
comes in front of it, and after unlocking the dialog is back as it was and its OK saves
what was typed. A question ("Cancel this meeting?") open at lock time is not answered by
the lock. Each dialog is opened through the app's own code path and answered by the test
from inside its exec() (QTimer), as a teacher would; Ctrl+L and the idle timer (with a
clock the test sets) both lock."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from iep_desk import config
from iep_desk.app import protection as app_protection
from iep_desk.storage import keys, protection
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui.caseload.add_student_dialog import AddStudentDialog
from iep_desk.ui.data_safety import CaseloadSession
from iep_desk.ui.planner.new_meeting import NewMeetingDialog
from iep_desk.ui.window_lock import DialogCover, LockPrompt, WindowLock
from tests.storage.protected_caseload import (
    FAST,
    PASSPHRASE,
    SECRET_WORDS,
    write_plain_caseload,
)

pytestmark = pytest.mark.usefixtures("clock")

TYPED_FIRST = "Marisol"
TYPED_LAST = "Quintero-Vale"


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch):
    monkeypatch.setattr(keys, "CURRENT_COST", FAST)


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    return write_plain_caseload(tmp_path_factory.mktemp("written") / "data")


@pytest.fixture
def session(qtbot, data_dir, written_once):
    """The window of a protected caseload, shown; its own idle lock's timer stopped (each
    test locks with Ctrl+L or a lock whose clock it sets)."""
    config.ensure_private_dir(data_dir)
    shutil.copyfile(written_once, config.data_file(data_dir))
    key = app_protection.protect(data_dir, passphrase=PASSPHRASE, cost=FAST).key
    protection.remove_copy_kept_aside(data_dir)
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    opened = CaseloadSession(data_dir, open_caseload(data_dir, key=key), lock=lock, key=key)
    window = opened.open_window()
    qtbot.addWidget(window)
    window.window_lock.timer.stop()
    with qtbot.waitActive(window):
        window.show()
    yield opened
    opened.finish()


def shown_texts(window: QWidget) -> str:
    """Every text a visible widget of `window` shows (labels, fields, buttons, drop-downs,
    tooltips, accessible names, the title)."""
    texts = [window.windowTitle(), window.accessibleName()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        texts += [widget.toolTip(), widget.accessibleName()]
    return "\n".join(texts)


def when_open(kind: type, steps: Callable[[QWidget], None], failures: list) -> None:
    """Run `steps` on the dialog of type `kind` once its exec() is running. A step that
    fails is kept in `failures` (the test raises it) and the dialog is closed, so the
    test never hangs on an exec() that nobody answers."""
    def run():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            steps(dialog)
        except BaseException as error:  # noqa: BLE001 (handed to the test below)
            failures.append(error)
            for window in QApplication.topLevelWidgets():
                lock = getattr(window, "window_lock", None)
                for cover in list(getattr(lock, "_covers", [])):
                    cover.uncover()
            dialog.reject()
    QTimer.singleShot(0, run)


def raise_failures(failures: list) -> None:
    if failures:
        raise failures[0]


def assert_covered(dialog: QWidget, lock: WindowLock, typed: list[str]) -> None:
    """Nothing of the dialog shows (not in any visible widget, not in what a screenshot of
    it would hold), it cannot be answered, and the prompt in front is what takes input."""
    assert lock.locked and dialog.isVisible()  # still open: its exec() goes on
    assert dialog.windowTitle() == "IEP Desk: locked"
    shown = shown_texts(dialog)
    for word in [*typed, *SECRET_WORDS]:
        assert word not in shown
    [cover] = dialog.findChildren(QWidget, "dialog_cover")
    assert cover.isVisible() and cover.geometry() == dialog.rect()
    # A grab of the dialog (what a screenshot holds) is the cover and nothing else.
    assert dialog.grab().toImage() == cover.grab().toImage()
    # Escape and the window's close button do not end it.
    QApplication.sendEvent(dialog, _escape())
    assert not dialog.close()
    assert dialog.isVisible() and dialog.result() == 0
    prompt = lock.prompt
    assert isinstance(prompt, LockPrompt) and prompt.isVisible()
    assert QApplication.activeModalWidget() is prompt  # it alone takes input
    assert not prompt.close() and prompt.isVisible()  # only the passphrase opens it


def _escape():
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)


def unlock_at_the_prompt(lock: WindowLock) -> None:
    panel = lock.prompt.panel
    panel.passphrase.setText("not the passphrase")
    panel.open_button.click()
    assert lock.locked
    assert panel.message.text() == "That passphrase does not open this caseload."
    panel.passphrase.setText(PASSPHRASE)
    panel.open_button.click()
    assert not lock.locked and lock.prompt is None


def test_ctrl_l_in_the_new_student_dialog_keeps_what_was_typed_and_ok_adds_the_student(
        qtbot, session):
    window = session.window
    lock = window.window_lock
    pane = window.caseload_pane
    failures: list = []

    def in_the_dialog(dialog: AddStudentDialog):
        qtbot.keyClicks(dialog.first_name, TYPED_FIRST)
        qtbot.keyClicks(dialog.last_name, TYPED_LAST)
        # The teacher presses Ctrl+L in the dialog, where the window's shortcut is blocked.
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert lock.locked
        assert_covered(dialog, lock, [TYPED_FIRST, TYPED_LAST, "Add a student"])
        assert not dialog.first_name.isVisible() and not dialog.last_name.isVisible()
        assert window.windowTitle() == "IEP Desk: locked"
        unlock_at_the_prompt(lock)
        assert dialog.windowTitle() == "Add a student"
        assert dialog.first_name.isVisible() and dialog.first_name.text() == TYPED_FIRST
        assert dialog.last_name.text() == TYPED_LAST
        assert not any(c.isVisible() for c in dialog.findChildren(QWidget, "dialog_cover"))
        assert window.windowTitle() != "IEP Desk: locked"
        qtbot.keyClicks(dialog.last_name, "s")  # typing goes on where it stopped
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)  # OK: Add student

    when_open(AddStudentDialog, in_the_dialog, failures)
    added = pane.ask_new_student()
    raise_failures(failures)
    assert added is not None
    student = session.store.get_student(added)
    assert (student.legal_first_name, student.legal_last_name) == (TYPED_FIRST,
                                                                   TYPED_LAST + "s")
    assert pane.current_student_id() == added


def test_the_idle_lock_during_a_new_meeting_keeps_the_choices_and_ok_plans_it(
        qtbot, session):
    window = session.window
    now = [10_000.0]
    idle = WindowLock(window, idle_seconds=60, key=session.key, clock=lambda: now[0],
                      check_every_ms=20)
    planner = window.planner_pane
    window.show_pane(1)
    failures: list = []
    chosen = {}

    def in_the_dialog(dialog: NewMeetingDialog):
        # The student and the kind chosen with the keyboard: the last of each list.
        qtbot.keyClick(dialog.student_box, Qt.Key.Key_End)
        qtbot.keyClick(dialog.kind_box, Qt.Key.Key_End)
        chosen.update(student=dialog.student_box.currentData(),
                      kind=dialog.kind_box.currentData())
        name = dialog.student_box.currentText()
        assert chosen["student"] == dialog.student_box.itemData(dialog.student_box.count() - 1)
        now[0] += 59
        qtbot.wait(60)
        assert not idle.locked  # a minute has not passed since the last key press
        now[0] += 2
        qtbot.waitUntil(lambda: idle.locked, timeout=3000)  # the lock's own timer
        assert_covered(dialog, idle, [name, "New meeting"])
        unlock_at_the_prompt(idle)
        assert dialog.student_box.currentData() == chosen["student"]
        assert dialog.kind_box.currentData() == chosen["kind"]
        assert dialog.windowTitle() == "New meeting"
        dialog.ok_button.click()

    when_open(NewMeetingDialog, in_the_dialog, failures)
    meeting_id = planner.ask_new_meeting()
    raise_failures(failures)
    assert meeting_id is not None
    meeting = window.stores.meetings.get_meeting(meeting_id)
    assert (meeting.student_id, str(meeting.meeting_type)) == (chosen["student"],
                                                               chosen["kind"])


def test_a_question_open_at_lock_time_is_not_answered_by_the_lock(qtbot, session):
    window = session.window
    lock = window.window_lock
    planner = window.planner_pane
    window.show_pane(1)
    meeting = next(m for m in window.stores.meetings.list_meetings()
                   if not m.status.is_record)
    assert planner.open_meeting(meeting.id)
    failures: list = []
    asked = []

    def in_the_box(box: QMessageBox):
        asked.append(box.text())
        focus = box.focusWidget() or box
        qtbot.keyClick(focus, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert_covered(box, lock, [box.text()])
        assert box.clickedButton() is None  # not answered
        unlock_at_the_prompt(lock)
        assert box.isVisible() and box.clickedButton() is None
        box.button(QMessageBox.StandardButton.Yes).click()  # the teacher's own answer

    when_open(QMessageBox, in_the_box, failures)
    assert planner.cancel_current()
    raise_failures(failures)
    assert asked and "Cancel the meeting “" in asked[0]
    assert window.stores.meetings.get_meeting(meeting.id).status.is_record


def test_a_window_that_is_not_a_dialog_is_hidden_and_shown_again(qtbot, session):
    """A window that runs no exec() (the user guide, say) is hidden as before, and comes
    back after unlocking; a drop-down's list left open is closed, not reopened."""
    window = session.window
    lock = window.window_lock
    guide = QWidget()
    guide.setWindowTitle("Guide")
    qtbot.addWidget(guide)
    guide.show()
    lock.lock()
    assert not guide.isVisible() and lock.prompt is None  # no dialog: the page's own prompt
    qtbot.waitUntil(lock.page.isVisible, timeout=3000)
    lock.page.panel.passphrase.setText(PASSPHRASE)
    lock.page.panel.open_button.click()
    assert not lock.locked and guide.isVisible()


def test_a_cover_keeps_a_dialogs_size_and_puts_back_its_focus(qtbot, session):
    dialog = AddStudentDialog(session.window.caseload_pane)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.last_name.setFocus()
    size = dialog.size()
    cover = DialogCover(dialog)
    qtbot.wait(10)  # the layout's pending requests
    assert dialog.size() == size
    assert not dialog.last_name.isVisible()
    cover.uncover()
    qtbot.wait(10)
    assert dialog.size() == size and dialog.last_name.isVisible()
    assert dialog.focusWidget() is dialog.last_name
    assert dialog.last_name.sizePolicy().retainSizeWhenHidden() is False


def test_a_window_modal_dialog_is_not_finished_by_the_lock_and_may_go_away_meanwhile(
        qtbot, session):
    """A dialog opened with open() (window-modal, answered through `finished`) is covered
    like one that runs exec(), never finished by the lock. If its owner deletes it while
    the window is locked, the prompt in front of it goes with it and the locked window's
    own prompt unlocks."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    window = session.window
    lock = window.window_lock
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    finished = []
    dialog.finished.connect(finished.append)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(field, TYPED_FIRST)
    lock.lock()
    assert dialog.isVisible() and not field.isVisible() and finished == []
    assert TYPED_FIRST not in shown_texts(dialog)
    assert lock.prompt is not None and lock.prompt.isVisible()
    gone = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: gone == [True], timeout=3000)
    assert QApplication.activeModalWidget() is None  # the prompt went with it
    lock.page.panel.passphrase.setText(PASSPHRASE)
    lock.page.panel.open_button.click()
    assert not lock.locked and lock.prompt is None
    assert window.windowTitle() != "IEP Desk: locked"

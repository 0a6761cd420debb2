"""A protected caseload in the window, through the real widgets: the passphrase prompt at
start-up (a wrong passphrase says so and nothing else; the recovery code sets a new one;
Quit opens nothing), the idle lock (a short idle time: a pending edit is saved, every
student's data hidden, the title says locked, unlocking returns to the same pane and
student; Ctrl+L), Settings ▸ Protection turning protection on through its dialogs, and no
student's name in any file the app wrote meanwhile (the data folder and the temporary
folder, grepped)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from iep_desk import config
from iep_desk.app import protection as app_protection
from iep_desk.core.models import Student
from iep_desk.storage import keys, protection
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui import app as startup
from iep_desk.ui import protection_page, unlock
from iep_desk.ui.data_safety import CaseloadSession
from iep_desk.ui.window_lock import WindowLock
from tests.storage.protected_caseload import (
    FAST,
    PASSPHRASE,
    SECRET_WORDS,
    STUDENT_NAMES,
    secrets_in,
    write_plain_caseload,
)

pytestmark = pytest.mark.usefixtures("clock")
NEW_PASSPHRASE = "a heron on one leg at dawn"


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch):
    monkeypatch.setattr(keys, "CURRENT_COST", FAST)


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    return write_plain_caseload(tmp_path_factory.mktemp("written") / "data")


@pytest.fixture
def plain(data_dir, written_once):
    config.ensure_private_dir(data_dir)
    shutil.copyfile(written_once, config.data_file(data_dir))
    return data_dir


@pytest.fixture
def protected(plain):
    result = app_protection.protect(plain, passphrase=PASSPHRASE, cost=FAST)
    protection.remove_copy_kept_aside(plain)
    return plain, result


def answering_the_prompt(monkeypatch, *steps):
    """Answer the start-up prompt: each step fills the panel and presses a button; what the
    prompt said after each is collected."""
    said = []

    def run(dialog):
        panel = dialog.panel
        for step in steps:
            step(panel)
            said.append(panel.message.text())
            if dialog.key is not None:
                return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(unlock.StartupPassphraseDialog, "exec", run)
    return said


def passphrase(text: str):
    def step(panel):
        panel.passphrase.setText(text)
        panel.open_button.click()
    return step


def visible_texts(window: QWidget) -> str:
    """Every text a visible widget of the window shows (labels, fields, buttons, the title)."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return "\n".join(texts)


def test_start_up_asks_the_passphrase_and_a_wrong_one_says_so_and_nothing_else(
        qtbot, protected, monkeypatch):
    data_dir, result = protected
    said = answering_the_prompt(monkeypatch, passphrase("violet kettle on the stairs"),
                                passphrase(PASSPHRASE))
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    try:
        assert said[0] == "That passphrase does not open this caseload."
        assert session.key == result.key
        assert session.window.window_lock is not None
        names = {s.legal_first_name for s in session.store.list_students()}
        assert STUDENT_NAMES[0] in names
    finally:
        session.finish()


def test_quitting_at_the_prompt_opens_nothing_and_lets_the_next_copy_in(protected, monkeypatch):
    data_dir, _result = protected
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    answering_the_prompt(monkeypatch)
    assert startup.start_session(str(data_dir)) is None
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    lock.release()
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before


def test_forgot_the_passphrase_opens_with_the_recovery_code_and_sets_a_new_one(
        qtbot, protected, monkeypatch):
    data_dir, result = protected

    def recovery(code):
        def step(panel):
            panel.forgot_button.click()
            assert panel.recovery.isVisibleTo(panel)
            panel.code.setText(code)
            panel.new_passphrase.setText(NEW_PASSPHRASE)
            panel.new_again.setText(NEW_PASSPHRASE)
            panel.recover_button.click()
        return step

    said = answering_the_prompt(monkeypatch, recovery(keys.make_recovery_code()),
                                recovery(result.recovery_code))
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    try:
        assert said[0] == "That recovery code does not open this caseload."
        assert session.key == result.key
    finally:
        session.finish()
    assert app_protection.Unlocker(data_dir).unlock(NEW_PASSPHRASE) == result.key


def test_smoke_test_of_a_protected_caseload_says_it_needs_the_passphrase(protected):
    data_dir, _result = protected
    with pytest.raises(startup.StartupProblem) as problem:
        startup.start_session(str(data_dir), smoke_test=True)
    assert "passphrase" in str(problem.value)


@pytest.fixture
def locked_session(qtbot, protected):
    """A window on the protected caseload, its idle lock set to a fraction of a second."""
    data_dir, result = protected
    from iep_desk.storage.caseload import open_caseload

    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    session = CaseloadSession(data_dir, open_caseload(data_dir, key=result.key), lock=lock,
                              key=result.key)
    window = session.open_window()
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    yield session
    session.finish()


def test_the_idle_lock_saves_a_pending_edit_hides_every_name_and_returns_to_the_student(
        qtbot, locked_session):
    session = locked_session
    window = session.window
    idle = window.window_lock
    pane = window.caseload_pane
    student = next(s for s in session.store.list_students()
                   if s.legal_first_name == STUDENT_NAMES[0])
    pane.open_student(student.id)
    editor = pane.form.fields["strengths"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Sings sea shanties")
    assert pane.form.fields["strengths"].dirty  # typed, not yet saved
    # A short idle time, checked often (the app's is minutes, checked every few seconds).
    short = WindowLock(window, idle_seconds=0.3, key=session.key, check_every_ms=50)
    idle.timer.stop()
    qtbot.waitUntil(lambda: short.locked, timeout=5000)
    assert session.store.get_student(student.id).strengths == "Sings sea shanties"
    assert window.windowTitle() == "IEP Desk: locked"
    shown = visible_texts(window)
    for word in [*SECRET_WORDS, "Sings sea shanties"]:
        assert word not in shown
    assert not window.menuBar().isVisible()
    page = short.page
    page.panel.passphrase.setText("not the passphrase")
    page.panel.open_button.click()
    assert short.locked
    assert page.panel.message.text() == "That passphrase does not open this caseload."
    page.panel.passphrase.setText(PASSPHRASE)
    page.panel.open_button.click()
    assert not short.locked
    assert window.windowTitle() != "IEP Desk: locked"
    assert pane.isVisible() and pane.current_student_id() == student.id
    assert pane.form.fields["strengths"].editor.toPlainText() == "Sings sea shanties"


def test_ctrl_l_locks_and_the_lock_is_in_the_file_menu(qtbot, locked_session):
    window = locked_session.window
    idle = window.window_lock
    assert "lock" in [a.objectName() for a in window.file_menu.actions()]
    window.caseload_pane.table.setFocus()
    qtbot.keyClick(window.caseload_pane.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: idle.locked, timeout=3000)
    assert window.windowTitle() == "IEP Desk: locked"
    # While locked, the window's other shortcuts rest.
    assert not any(a.isEnabled() for a in window.findChildren(type(idle.action))
                   if a is not idle.action)


def test_input_keeps_the_window_unlocked(qtbot, locked_session):
    window = locked_session.window
    now = [1000.0]
    idle = WindowLock(window, idle_seconds=60, key=locked_session.key, clock=lambda: now[0],
                      check_every_ms=10_000)
    now[0] += 50
    qtbot.keyClick(window.caseload_pane.table, Qt.Key.Key_Down)
    now[0] += 50
    idle.check()
    assert not idle.locked  # 50 s since the key press
    now[0] += 11
    idle.check()
    assert idle.locked


def press_when_shown(name: str, seen: list[str]) -> None:
    def press():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        box.findChild(QAbstractButton, name).click()
    QTimer.singleShot(0, press)


def test_protection_on_through_the_settings_page_leaves_no_name_in_any_file(
        qtbot, plain, monkeypatch, tmp_path):
    data_dir = plain
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    monkeypatch.setenv("TMPDIR", str(temporary))  # (Qt's QDir.tempPath() reads it)
    from iep_desk.storage.caseload import open_caseload

    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    session = CaseloadSession(data_dir, open_caseload(data_dir), lock=lock)
    window = session.open_window()
    qtbot.addWidget(window)
    window.show()
    codes = []

    def choose(dialog):
        dialog.new.setText(PASSPHRASE)
        dialog.again.setText(PASSPHRASE + " ")
        dialog._ok()
        assert dialog.message.text().startswith("The two passphrases are not the same")
        dialog.again.setText(PASSPHRASE)
        dialog._ok()
        return dialog.result()

    def keep_code(dialog):
        codes.append(dialog.code_label.text())
        assert dialog.code in dialog.page_text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(protection_page.PassphraseDialog, "exec", choose)
    monkeypatch.setattr(protection_page.RecoveryCodeDialog, "exec", keep_code)
    seen = []
    press_when_shown("choose_passphrase", seen)
    page = protection_page.ProtectionPage(window)
    assert page.protect_button.isVisible() or not page.isVisible()
    page.protect_button.click()
    assert "nobody can open the caseload" in seen[0]
    window = session.window  # a new window on the protected caseload
    qtbot.addWidget(window)
    assert session.key is not None and len(codes) == 1
    assert keys.unlock_with_recovery_code(
        keys.read_key_file(app_protection.key_file_path(data_dir)), codes[0]) == session.key
    assert not (data_dir / protection.PLAIN_COPY_NAME).exists()
    # Work through the widgets: a new student's strengths typed, then locked and unlocked.
    student = session.store.add_student(Student("Hortensia", "Plumwhistle"))
    window.caseload_pane.refresh()
    window.caseload_pane.open_student(student)
    editor = window.caseload_pane.form.fields["strengths"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "juggles tangerines")
    window.window_lock.lock()
    window.window_lock.page.panel.passphrase.setText(PASSPHRASE)
    window.window_lock.page.panel.open_button.click()
    window.close()
    session.finish()
    words = [*SECRET_WORDS, "Hortensia", "Plumwhistle", "juggles tangerines"]
    written = [p for folder in (data_dir, temporary) for p in folder.rglob("*") if p.is_file()]
    assert any(p.parent.name == "backups" for p in written)  # the backup on closing
    for path in written:
        data = path.read_bytes()
        found = [w for w in words if w.encode() in data or w.encode("utf-16-le") in data]
        assert found == [], f"{path.name}: {found}"
    assert secrets_in(config.data_file(data_dir)) == []
    # And the edit is there, with the passphrase.
    from iep_desk.storage.database import open_for_reading

    db = open_for_reading(data_dir, key=session.key)
    try:
        row = db.execute("SELECT strengths FROM students WHERE id = ?", [student]).fetchone()
        assert row[0] == "juggles tangerines"
    finally:
        db.close()
    assert Path(data_dir / "caseload.key").is_file()


HOLD_LOCK = """
import sys
from iep_desk.storage.lock import CaseloadLock
lock = CaseloadLock(sys.argv[1])
print("locked" if lock.acquire() else "refused", flush=True)
sys.stdin.read()
"""


def test_a_second_copy_views_a_protected_caseload_read_only_after_the_passphrase(
        qtbot, protected, monkeypatch):
    import os
    import subprocess
    import sys

    from iep_desk.storage.errors import SaveFailed

    data_dir, result = protected
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env=dict(os.environ, PYTHONPATH=str(root)))
    try:
        assert child.stdout.readline().strip() == b"locked"
        before = config.data_file(data_dir).read_bytes()
        seen = []
        press_when_shown("view_read_only", seen)
        said = answering_the_prompt(monkeypatch, passphrase(PASSPHRASE))
        session = startup.start_session(str(data_dir))
        qtbot.addWidget(session.window)
        assert "already open in another copy" in seen[0] and said == [""]
        assert session.read_only and session.key == result.key
        assert session.window.window_lock is not None  # locked when idle, read-only or not
        with pytest.raises(SaveFailed):
            session.store.add_student(Student("Ben"))
        session.window.close()
        session.finish()
        assert config.data_file(data_dir).read_bytes() == before
    finally:
        child.stdin.close()
        child.wait(timeout=10)
        child.stdout.close()


def test_a_plain_export_of_a_protected_caseload_offers_the_encrypted_one_which_imports(
        qtbot, locked_session, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window = locked_session.window
    actions = window.transfer_actions
    sealed = tmp_path / "caseload.iepdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sealed), ""))

    def choose(dialog):
        dialog.new.setText(NEW_PASSPHRASE)
        dialog.again.setText(NEW_PASSPHRASE)
        dialog._ok()
        return dialog.result()

    monkeypatch.setattr(protection_page.PassphraseDialog, "exec", choose)
    seen = []
    press_when_shown("export_encrypted_instead", seen)
    actions.export_csv_action.trigger()
    assert "plain text" in seen[0]
    assert sealed.is_file() and secrets_in(sealed) == []
    assert not (tmp_path / "caseload.csv").exists()
    # Imported elsewhere with its passphrase (a wrong one is asked again).
    from iep_desk.storage.caseload import open_caseload
    from iep_desk.ui.main_window import MainWindow
    from iep_desk.ui.transfer_actions import install_transfer_actions

    elsewhere = tmp_path / "new laptop"
    store = open_caseload(elsewhere)
    other = MainWindow(store, data_dir=elsewhere)
    qtbot.addWidget(other)
    other_actions = install_transfer_actions(other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sealed), ""))
    typed = iter([("wrong wrong wrong", True), (NEW_PASSPHRASE, True)])
    labels = []

    def get_text(_parent, _title, label, *_args, **_kwargs):
        labels.append(label)
        return next(typed)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: None)
    other_actions.import_json_action.trigger()
    assert "does not open this export" in labels[1]
    names = {s.legal_first_name for s in store.list_students()}
    assert STUDENT_NAMES[0] in names
    store.db.close()


def test_windows_saying_the_system_goes_to_sleep_locks_the_window(qtbot, locked_session):
    import ctypes

    from iep_desk.ui import window_lock

    window = locked_session.window
    idle = window.window_lock
    other = window_lock._MessageStart(None, window_lock.WM_POWERBROADCAST, 0x0012)  # resumed
    idle.sleep_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(other))
    idle.sleep_filter.nativeEventFilter(b"xcb_generic_event_t", ctypes.addressof(other))
    assert not idle.locked
    suspend = window_lock._MessageStart(None, window_lock.WM_POWERBROADCAST,
                                        window_lock.PBT_APMSUSPEND)
    idle.sleep_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(suspend))
    assert idle.locked and window.windowTitle() == "IEP Desk: locked"


def test_a_damaged_protected_caseload_at_start_up_restores_its_newest_backup(
        qtbot, protected, monkeypatch):
    from iep_desk.storage.backup import make_backup
    from iep_desk.storage.caseload import open_caseload

    data_dir, result = protected
    store = open_caseload(data_dir, key=result.key)
    students = store.count_students()
    make_backup(store.db.conn, data_dir)
    store.db.close()
    data_file = config.data_file(data_dir)
    data_file.write_bytes(data_file.read_bytes()[: data_file.stat().st_size // 2])
    answering_the_prompt(monkeypatch, passphrase(PASSPHRASE))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: None)
    seen = []
    press_when_shown("restore_newest", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    try:
        assert "damaged" in seen[0]
        assert session.key == result.key and session.store.count_students() == students
        [kept] = list(data_dir.glob("caseload.damaged-*.sqlite"))
        assert keys.key_file_for(kept).is_file()  # the damaged file keeps what opens it
    finally:
        session.finish()


def test_a_damaged_protected_caseload_restored_from_a_plain_backup_at_start_up_stays_protected(
        qtbot, protected, written_once, monkeypatch):
    """The newest good backup is a plain one (left plain in the backups folder): the
    caseload put back in place is protected with the same passphrase, and the message says
    so."""
    from iep_desk.storage.database import NeedsPassphrase, inspect_file

    data_dir, result = protected
    plain_backup = config.ensure_private_dir(config.backup_dir(data_dir)) / (
        "caseload-2026-11-20T0915-n1.sqlite")
    shutil.copyfile(written_once, plain_backup)
    data_file = config.data_file(data_dir)
    data_file.write_bytes(data_file.read_bytes()[: data_file.stat().st_size // 2])
    answering_the_prompt(monkeypatch, passphrase(PASSPHRASE))
    told = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda parent, title, text, *args: told.append(text))
    seen = []
    press_when_shown("restore_newest", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    try:
        assert "damaged" in seen[0]
        assert "Your caseload stays protected with the same passphrase as before." in told[0]
        assert session.key == result.key
        assert isinstance(inspect_file(data_file, key=None).problem, NeedsPassphrase)
        assert secrets_in(data_file) == []
        names = {s.legal_first_name for s in session.store.list_students()}
        assert STUDENT_NAMES[0] in names
    finally:
        session.finish()


def test_settings_has_a_protection_page_for_the_caseloads_window(qtbot, locked_session):
    window = locked_session.window
    dialog = window.settings_dialog()
    page = dialog.show_page("protection")
    assert isinstance(page, protection_page.ProtectionPage)
    assert page.main_window is window
    assert "is protected with a passphrase" in page.status.text()
    assert page.protect_button.isHidden() and not page.change_button.isHidden()
    # Settings made without a caseload's window (no session to protect) has no such page.
    from iep_desk.ui.settings_dialog import SettingsDialog

    bare = SettingsDialog(window.desk)
    qtbot.addWidget(bare)
    assert "protection" not in bare.pages


def restore_through_the_menu(window, monkeypatch, act) -> list[str]:
    """File ▸ Restore from a backup…, with `act(dialog)` run on the dialog once it is open
    and every question answered Yes; what the window told afterwards is returned. The dialog
    is closed if `act` left it open, so a failure inside it cannot leave the test waiting."""
    from iep_desk.ui.restore_dialog import RestoreDialog

    told: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information",
                        lambda parent, title, text, *args: told.append(text))

    def when_open():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, when_open)
            return
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, when_open)
    next(a for a in window.file_menu.actions()
         if a.objectName() == "restore_backup").trigger()
    return told


def test_a_plain_backup_restored_through_the_window_keeps_the_caseload_protected(
        qtbot, locked_session, written_once, monkeypatch):
    """File ▸ Restore from a backup… on a protected caseload, choosing a plain backup (one
    left plain in the backups folder): the caseload stays protected with the same
    passphrase, and the message says so."""
    from iep_desk.storage.backup import describe_backup
    from iep_desk.storage.database import NeedsPassphrase, inspect_file
    from iep_desk.storage.protected_file import starts_like_sqlite

    session = locked_session
    data_dir = session.data_dir
    plain_backup = config.ensure_private_dir(config.backup_dir(data_dir)) / (
        "caseload-2026-11-20T0915-n1.sqlite")
    shutil.copyfile(written_once, plain_backup)
    session.store.add_student(Student("Later", "Addition"))

    def choose_and_restore(dialog):
        assert dialog.chosen.path == plain_backup
        dialog.restore_button.click()

    old_window = session.window
    told = restore_through_the_menu(old_window, monkeypatch, choose_and_restore)
    qtbot.addWidget(session.window)
    assert session.window is not old_window
    [note] = told
    assert "Your caseload stays protected with the same passphrase as before." in note
    data_file = config.data_file(data_dir)
    assert not starts_like_sqlite(data_file) and secrets_in(data_file) == []
    assert isinstance(inspect_file(data_file, key=None).problem, NeedsPassphrase)
    names = {s.legal_first_name for s in session.store.list_students()}
    assert STUDENT_NAMES[0] in names and "Later" not in names  # the backup's data
    assert session.key == keys.unlock_with_passphrase(
        keys.read_key_file(keys.key_file_for(data_file)), PASSPHRASE)
    assert session.window.window_lock is not None  # the new window locks too
    plain_left = {str(p): secrets_in(p) for p in data_dir.rglob("*")
                  if p.is_file() and p != plain_backup and secrets_in(p)}
    assert plain_left == {}
    assert describe_backup(plain_backup).usable  # the plain backup itself is left as it was


def test_a_protected_backup_restores_over_a_plain_caseload_with_its_passphrase(
        qtbot, protected, monkeypatch):
    """A backup saved while the caseload was protected, after protection was turned off:
    the restore dialog cannot read it, says it needs the passphrase it was saved with, and
    asks for it (a wrong one is said so and changes nothing). With the right one it shows
    what the backup holds and restores it; the caseload is then protected with that
    passphrase, the new window locks, and the message says so."""
    from datetime import datetime

    from iep_desk.storage.backup import backup_file
    from iep_desk.storage.caseload import open_caseload
    from iep_desk.storage.protected_file import starts_like_sqlite

    data_dir, result = protected
    data_file = config.data_file(data_dir)
    backup = backup_file(data_file, data_dir, key=result.key,
                         now=datetime(2026, 11, 20, 9, 15)).path
    app_protection.unprotect(data_dir, passphrase=PASSPHRASE)
    app_protection.confirm_change(data_dir)
    assert starts_like_sqlite(data_file)  # plain now; the backup stays protected
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    session = CaseloadSession(data_dir, open_caseload(data_dir), lock=lock)
    window = session.open_window()
    qtbot.addWidget(window)
    window.show()
    session.store.add_student(Student("Later", "Addition"))

    typed = iter(["not the passphrase at all", PASSPHRASE])
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *args, **kwargs: (next(typed), True))
    warned, seen = [], {}
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda parent, title, text, *args: warned.append(text))

    def unlock_and_restore(dialog):
        assert dialog.chosen.path == backup
        seen["before"] = (dialog.restore_button.isEnabled(),
                          dialog.passphrase_button.isVisible(), dialog.details.text())
        seen["listed as"] = dialog.backups.currentItem().text()
        dialog.passphrase_button.click()  # the wrong passphrase
        seen["after wrong"] = (dialog.restore_button.isEnabled(), list(warned))
        dialog.passphrase_button.click()  # the right one
        seen["after right"] = (dialog.restore_button.isEnabled(),
                               dialog.passphrase_button.isVisible(), dialog.details.text())
        dialog.restore_button.click()

    told = restore_through_the_menu(window, monkeypatch, unlock_and_restore)
    qtbot.addWidget(session.window)

    enabled, asks, details = seen["before"]
    assert not enabled and asks and "protected with the passphrase" in details
    assert seen["listed as"].endswith(": protected with a passphrase")
    assert seen["after wrong"] == (False, [
        "That passphrase does not open this backup. Nothing was changed."])
    enabled, asks, details = seen["after right"]
    assert enabled and not asks and "students" in details
    [note] = told
    assert "it opens with the passphrase of the backup you restored" in note
    assert session.window is not window and session.window.window_lock is not None
    assert session.key == result.key
    assert not starts_like_sqlite(data_file) and secrets_in(data_file) == []
    names = {s.legal_first_name for s in session.store.list_students()}
    assert STUDENT_NAMES[0] in names and "Later" not in names
    session.finish()

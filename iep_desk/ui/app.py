"""Starting the application: data folder, lock, damaged files, demo caseload, main window.

Start-up, in order: take the caseload's write lock (a second copy is offered
read-only viewing instead, and a folder that cannot be written is shown
read-only); open the file (a damaged one is never modified: the teacher may
restore the newest good backup, or start an empty caseload, with the damaged
file kept aside under a new name; a caseload protected with a passphrase asks for it
first, and opens with the key it unwraps; a file saved by a newer IEP Desk is never
moved: quit, or go on with nothing open; a full disk or a failing drive is said
as such, with nothing offered); back up if the newest backup is more than a day
old; show the window. On quitting, the session backs up again, closes the file
and releases the lock.

`--smoke-test` never shows a dialog: any problem is printed and the exit code is 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QPushButton

from iep_desk import config
from iep_desk.app import files
from iep_desk.app.demo import write_demo_caseload
from iep_desk.app.protection import backup_key, caseload_is_protected
from iep_desk.storage.backup import (
    describe_backup,
    list_backups,
    newest_good_backup,
    restore_backup,
    set_aside_damaged,
)
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.database import (
    EmptyCaseloadFile,
    NeedsPassphrase,
    empty_caseload,
    open_for_reading,
)
from iep_desk.storage.errors import (
    TECHNICAL_PREFIX,
    DataFileError,
    DataFolderNotWritable,
    DiskFull,
    KeyFileMissing,
    NewerDataFile,
    NoCaseloadHere,
    NotACaseloadFile,
)
from iep_desk.storage.keys import KeyProblem, WrongPassphrase, read_key_file, write_key_file
from iep_desk.storage.lock import (
    CaseloadLock,
    LockHolder,
    already_open_details,
    already_open_message,
)
from iep_desk.storage.protected_backup import key_copy_for
from iep_desk.storage.protected_file import is_protected, open_protected
from iep_desk.storage.protection import finish_interrupted_change
from iep_desk.ui import window_language
from iep_desk.ui.data_safety import CaseloadSession, holds_text, protection_text, when_text
from iep_desk.ui.dates import moment_text
from iep_desk.ui.translate import translate
from iep_desk.ui.unlock import ask_passphrase_at_start
from iep_desk.ui.window_fonts import add_shipped_fonts


class DemoFolderNotEmpty(Exception):
    pass


class StartupProblem(Exception):
    """IEP Desk cannot start on this caseload; str(problem) says why, for the teacher, and
    `technical` (when there is any) what the school's IT team may want to know."""

    def __init__(self, message: str, *, technical: str | None = None):
        super().__init__(message)
        self.technical = technical


def choose_demo_folder(data_dir: str | None) -> Path:
    """The folder for `--demo`: a fresh temporary one, or DIR when it is new or empty.

    The environment's data folder is ignored on purpose: the demo must never
    write sample students into a real caseload.
    """
    if not data_dir:
        return Path(tempfile.mkdtemp(prefix="iep-desk-demo-"))
    folder = Path(data_dir).expanduser()
    if folder.exists() and any(folder.iterdir()):
        raise DemoFolderNotEmpty(
            f"The folder {folder} already holds files. The sample caseload is only written "
            "into a new or empty folder, so it can never mix with a real caseload."
        )
    return folder


def _use_offscreen_if_headless() -> None:
    # --smoke-test must work on a machine with no screen (CI, a benchmark run).
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _install_translators(app, data_dir: str | None) -> None:
    """The window's language: the teacher's choice in Settings (kept in the data folder),
    else the system's (ui/window_language.py)."""
    try:
        language = window_language.chosen_language(config.resolve_data_dir(data_dir))
    except OSError:  # no data folder yet, or one that cannot be read: the system's language
        language = window_language.SYSTEM
    window_language.install_translators(app, language)


def _plain(error: BaseException) -> str:
    """The teacher's words of a problem (without the technical detail for IT)."""
    return getattr(error, "message", None) or str(error)


def _choose(title: str, text: str, details: str, choices: list[tuple[str, str]], *,
            technical: str | None = None, escape: str = "quit") -> str:
    """Ask the teacher to pick one of `choices` ((name, button text), the first is the default).

    Returns the chosen name; closing the box counts as the `escape` choice (Quit).
    Each button's objectName is its choice's name, so tests can press it. `technical` (what
    SQLite said, for the school's IT team) is behind the box's "Show Details…" button.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text)
    box.setInformativeText(details)
    box.setAccessibleName(title)
    if technical:
        box.setDetailedText(technical)
    buttons = {}
    for name, label in choices:
        role = (QMessageBox.ButtonRole.RejectRole if name == escape
                else QMessageBox.ButtonRole.AcceptRole)
        button = box.addButton(label, role)
        button.setObjectName(name)
        button.setAccessibleName(label.replace("&", ""))
        buttons[button] = name
    box.setDefaultButton(next(iter(buttons)))
    escape_button = next((b for b, name in buttons.items() if name == escape), None)
    box.setEscapeButton(escape_button or list(buttons)[-1])
    box.exec()
    clicked = box.clickedButton()
    # One of the buttons added (each a QPushButton), or None when the box was closed.
    return buttons.get(clicked, escape) if isinstance(clicked, QPushButton) else escape


def _read_only_session(folder: Path, reason: str, smoke_test: bool = False):
    """The caseload opened for reading only (nothing can be written), in a session without
    lock; None when the teacher quit at the passphrase prompt of a protected caseload."""
    key = _ask_passphrase(folder, smoke_test) if caseload_is_protected(folder) else None
    if key is None and caseload_is_protected(folder):
        return None
    store = CaseloadStore(open_for_reading(folder, key=key))
    return CaseloadSession(folder, store, lock=None, read_only_reason=reason, key=key)


def _ask_passphrase(folder: Path, smoke_test: bool) -> bytes | None:
    """The protected caseload's key from the passphrase prompt; None when the teacher quit.
    (--smoke-test never asks: a protected caseload cannot be opened there.)"""
    if smoke_test:
        raise StartupProblem(NeedsPassphrase(config.data_file(folder)).message + " "
                             + "(--smoke-test cannot ask for it.)")

    return ask_passphrase_at_start(folder)


def _open_second_copy(folder: Path, holder: LockHolder, smoke_test: bool):
    """Another copy holds the lock: offer read-only viewing or quitting."""
    if smoke_test:
        raise StartupProblem(already_open_message(folder, holder))
    choice = _choose(
        translate("Startup", "Caseload already open"),
        translate("Startup", "This caseload is already open in another copy of IEP Desk."),
        # The heading above is not repeated; the time as the window writes times.
        already_open_details(folder, holder, moment_text=moment_text)
        + "\n\n"
        + translate(
            "Startup",
            "You can look at it here without making changes, or quit and switch to the other copy.",
        ),
        [
            ("view_read_only", translate("Startup", "&View read-only")),
            ("quit", translate("Startup", "&Quit")),
        ],
    )
    if choice != "view_read_only":
        return None
    return _read_only_session(folder, translate("Startup",
        "Read-only: this caseload is open in another copy of IEP Desk, which is the only one "
        "that can make changes."), smoke_test)


def _open_read_only_folder(folder: Path, problem: DataFolderNotWritable,
                           smoke_test: bool = False):
    """The caseload's folder (or file) cannot be written: show it read-only, and say why.
    Its permissions are left as the teacher (or the drive) set them."""
    try:
        return _read_only_session(folder, translate("Startup",
            "Read-only: IEP Desk cannot save in this caseload's folder or file (it is "
            "read-only, on a write-protected drive, or you may not change it). You can look, "
            "print and export; nothing can be changed."), smoke_test)
    except NoCaseloadHere:
        raise StartupProblem(_plain(problem)) from problem


def _nothing_open_session(folder: Path):
    """An empty window that reads nothing from `folder`: the teacher chose to go on without
    their caseload (saved by a newer IEP Desk, left untouched)."""
    reason = translate(
        "Startup",
        "Nothing is open: your caseload was saved by a newer version of IEP Desk. "
        "Update IEP Desk to open it; it was not changed.",
    )
    return CaseloadSession(folder, CaseloadStore(empty_caseload()), lock=None,
                           read_only_reason=reason, nothing_open=True)


def _refuse_newer(folder: Path, problem: NewerDataFile, smoke_test: bool):
    """A caseload saved by a newer IEP Desk is never damaged and never moved: quit (and
    update), or go on with nothing open. Returns a session, or None to quit."""
    if smoke_test:
        raise StartupProblem(_plain(problem))
    choice = _choose(
        translate("Startup", "Please update IEP Desk"),
        translate("Startup", "Your caseload was saved by a newer version of IEP Desk."),
        _plain(problem) + "\n\n" + translate("Startup",
            "Nothing is wrong with the file, and IEP Desk leaves it exactly as it is. Quit and "
            "install the newer version to open it, or go on without opening any caseload."),
        [("quit", translate("Startup", "&Quit (then update IEP Desk)")),
         ("nothing_open", translate("Startup", "&Continue with nothing open"))],
    )
    if choice != "nothing_open":
        return None
    return _nothing_open_session(folder)


def _recover_damaged(folder: Path, problem: NotACaseloadFile, smoke_test: bool,
                     key: bytes | None = None):
    """The caseload file is damaged (or not a caseload, or empty where a caseload was): offer
    the file IEP Desk put aside earlier, the newest good backup, or a fresh start.

    Returns the opened store, or None when the teacher chose to quit. The damaged file is
    only ever moved aside, byte for byte, never changed.
    """
    if smoke_test:
        raise StartupProblem(
            f"{problem}\nOpen IEP Desk without --smoke-test to go back to the newest good backup "
            f"(in {config.backup_dir(folder)}), or use `iep-desk restore FILE`.")
    aside = problem.set_aside if isinstance(problem, EmptyCaseloadFile) else None
    candidate = describe_backup(aside, key=key) if aside is not None else None
    if candidate is not None and candidate.usable:
        details = (
            translate(
                "Startup",
                "%1\n\nThe file that was put aside is in good order: %2. IEP Desk can "
                "put it back in place.",
            )
            .replace("%1", _plain(problem))
            .replace("%2", holds_text(candidate))
        )
        choices = [
            ("restore_set_aside", translate("Startup", "&Put back the file that was set aside")),
            ("quit", translate("Startup", "&Quit")),
        ]
    else:
        candidate = newest_good_backup(folder, key=key)
        if candidate is not None:
            details = translate(
                "Startup",
                "%1\n\nThe newest backup in good order was saved %2 and holds %3. "
                "IEP Desk can put it back in place. The damaged file is kept, "
                "unchanged, under a new name beside it.",
            )
            details = details.replace("%1", _plain(problem)).replace(
                "%2", when_text(candidate)).replace("%3", holds_text(candidate))
            choices = [("restore_newest", translate("Startup", "&Restore the newest backup")),
                       ("quit", translate("Startup", "&Quit"))]
        else:
            details = translate(
                "Startup",
                "%1\n\nThere is no backup to go back to. IEP Desk can start an empty "
                "caseload; the damaged file is kept, unchanged, under a new name "
                "beside it, so that someone can try to rescue it.",
            ).replace("%1", _plain(problem))
            choices = [
                ("start_empty", translate("Startup", "&Start an empty caseload")),
                ("quit", translate("Startup", "&Quit")),
            ]
    choice = _choose(
        translate("Startup", "The caseload cannot be opened"),
        translate("Startup", "IEP Desk cannot open your caseload file."),
        details,
        choices,
        technical=getattr(problem, "technical", None),
    )
    if choice == "quit":
        return None
    if choice == "start_empty":
        kept_as = set_aside_damaged(folder)
        note = translate("Startup", "The damaged caseload file is kept, unchanged, as %1.").replace(
            "%1", str(kept_as))
    else:
        assert candidate is not None  # a restore is offered only for a file found in order
        result = restore_backup(candidate.path, folder, key=key)
        note = translate("Startup", "The caseload was restored from %1 (%2).").replace(
            "%1", str(candidate.path)).replace("%2", holds_text(result.restored))
        if result.damaged_kept_as is not None:
            note += " " + translate(
                "Startup", "The damaged caseload file is kept, unchanged, as %1."
            ).replace("%1", str(result.damaged_kept_as))
        if protection_text(result):
            note += " " + protection_text(result)
    store = open_caseload(folder, key=key if caseload_is_protected(folder) else None)
    QMessageBox.information(None, config.APP_NAME, note)
    return store


def _newest_protected_backup(folder: Path) -> Path | None:
    """The newest backup IEP Desk made that is protected (its key copy beside it)."""
    return next((backup.path for backup in list_backups(folder)
                 if backup.rotating and is_protected(backup.path)), None)


def _missing_key_file(folder: Path, problem: KeyFileMissing, smoke_test: bool):
    """The caseload looks protected but its key file is not beside it: say so (not damage),
    and offer what works: a protected backup opened with the passphrase it was saved with,
    or quitting. Nothing is set aside unless the teacher chooses it. Returns (store, key),
    or None when the teacher chose to quit."""
    if smoke_test:
        raise StartupProblem(_plain(problem))
    data_file = config.data_file(folder)
    backup = _newest_protected_backup(folder)
    details = translate(
        "Startup",
        "Your caseload %1 is protected with a passphrase, but its key file (%2) is missing "
        "from that folder, so it cannot be opened. The caseload is not damaged as far as "
        "IEP Desk can tell, and nothing was changed.\n\nThe key file may still be where the "
        "caseload was copied from: put it back beside the caseload, named %2, and start IEP "
        "Desk again. A copy of it is kept beside each protected backup in %3.",
    ).replace("%1", str(data_file)).replace("%2", problem.key_file.name).replace(
        "%3", str(config.backup_dir(folder)))
    choices = [("quit", translate("Startup", "&Quit (then put the key file back)"))]
    if backup is not None:
        details += "\n\n" + translate(
            "Startup",
            "IEP Desk can also use the newest protected backup (%1), with the passphrase it was "
            "saved with: when its copy of the key file opens your caseload, that copy is put "
            "back and nothing is lost; otherwise the backup is restored, and your caseload file "
            "as it is now is kept, unchanged, under a new name beside it.",
        ).replace("%1", backup.name)
        choices.append(("restore_protected_backup",
                        translate("Startup", "&Use the protected backup…")))
    else:
        details += "\n\n" + translate("Startup", "There is no protected backup in that folder.")
    while True:
        choice = _choose(translate("Startup", "The key file is missing"),
                         translate("Startup", "The key file of your protected caseload is "
                                              "missing."),
                         details, choices)
        if choice != "restore_protected_backup" or backup is None:
            return None
        opened = _open_with_protected_backup(folder, backup)
        if opened is not None:
            return opened


def _key_opens(data_file: Path, key: bytes) -> bool:
    """True when `key` opens the protected caseload `data_file` (read only, leaving no trace)."""
    try:
        open_protected(data_file, key, read_only=True, leave_no_trace=True).close()
    except DataFileError:
        return False
    return True


def _open_with_protected_backup(folder: Path, backup: Path):
    """Ask the passphrase `backup` was saved with; put its key copy back when that key opens
    the caseload, else restore the backup. Returns (store, key), or None (not done)."""
    title = translate("Startup", "Passphrase of the backup")
    while True:
        passphrase, ok = QInputDialog.getText(
            None, title,
            translate("Startup", "The passphrase your caseload had when this backup was saved:"),
            QLineEdit.EchoMode.Password)
        if not ok or not passphrase:
            return None
        try:
            key = backup_key(backup, passphrase)
            break
        except WrongPassphrase:
            QMessageBox.warning(None, title, translate(
                "Startup", "That passphrase does not open this backup. Nothing was changed."))
        except (KeyProblem, OSError) as error:
            QMessageBox.warning(None, title, _plain(error))
            return None
    data_file = config.data_file(folder)
    if _key_opens(data_file, key):
        # The backup's key is the caseload's own: its key file goes back, nothing is lost.
        write_key_file(data_file.with_suffix(".key"), read_key_file(key_copy_for(backup)))
        note = translate("Startup", "The key file was put back from the copy beside %1. "
                                    "Your caseload opened as you left it.").replace(
            "%1", str(backup))
    else:
        summary = describe_backup(backup, key=key)
        if not summary.usable:
            QMessageBox.warning(None, title, summary.problem or "")
            return None
        result = restore_backup(backup, folder, key=key)
        note = translate("Startup", "The caseload was restored from %1 (%2).").replace(
            "%1", str(backup)).replace("%2", holds_text(result.restored))
        if result.damaged_kept_as is not None:
            note += " " + translate(
                "Startup", "Your caseload file as it was is kept, unchanged, as %1."
            ).replace("%1", str(result.damaged_kept_as))
    store = open_caseload(folder, key=key)
    QMessageBox.information(None, config.APP_NAME, note)
    return store, key


def _companions(folder: Path) -> tuple[Path, Path]:
    """SQLite's -wal and -shm files beside the caseload."""
    data_file = str(config.data_file(folder))
    return Path(data_file + "-wal"), Path(data_file + "-shm")


def _companions_present(folder: Path) -> set[Path]:
    return {path for path in _companions(folder) if path.exists()}


def _remove_new_empty_companions(folder: Path, present_before: set[Path]) -> None:
    """An open that failed on a full disk leaves an empty -wal and a -shm of a few bytes,
    which make every later read fail until there is room again. Those SQLite made just now
    hold nothing (the -shm is an index SQLite rebuilds; the lock is held, so no other copy
    of IEP Desk uses them): they are removed, a -wal that holds anything never is."""
    wal, shm = _companions(folder)
    try:
        if wal not in present_before and wal.exists() and wal.stat().st_size == 0:
            wal.unlink()
            if shm not in present_before:
                shm.unlink(missing_ok=True)
    except OSError:
        pass  # left as it is: the message still says the disk is full


def start_session(data_dir: str | None, *, demo: bool = False, smoke_test: bool = False):
    """Open the caseload for the teacher. Returns a CaseloadSession with its window built
    (not yet shown), or None when the teacher chose to quit. Raises StartupProblem.

    What cannot be opened is said as what it is: a folder or file that cannot be written is
    shown read-only; a file saved by a newer IEP Desk is left alone (quit, or nothing open);
    a full disk or a failing drive is reported with no recovery offered (there is nothing
    wrong with the file); only a damaged file gets the recovery offers."""
    try:
        folder = choose_demo_folder(data_dir) if demo else config.resolve_data_dir(data_dir)
    except DemoFolderNotEmpty as error:
        raise StartupProblem(str(error)) from error
    lock = CaseloadLock(folder)
    try:
        try:
            acquired = lock.acquire()
        except DataFolderNotWritable as problem:
            session = _open_read_only_folder(folder, problem, smoke_test)
            if session is not None:
                session.open_window()
            return session
        if not acquired:
            session = _open_second_copy(folder, lock.holder(), smoke_test)
            if session is not None:
                session.open_window()
            return session
        key = None
        finish_interrupted_change(folder)  # (a protected caseload is back in its place)
        if caseload_is_protected(folder):
            key = _ask_passphrase(folder, smoke_test)
            if key is None:
                lock.release()
                return None
        companions_before = _companions_present(folder)
        try:
            store = open_caseload(folder, key=key)
        except DiskFull:
            _remove_new_empty_companions(folder, companions_before)
            raise
        except DataFolderNotWritable as problem:
            lock.release()
            session = _open_read_only_folder(folder, problem, smoke_test)
            if session is not None:
                session.open_window()
            return session
        except NewerDataFile as problem:
            lock.release()
            session = _refuse_newer(folder, problem, smoke_test)
            if session is not None:
                session.open_window()
            return session
        except KeyFileMissing as problem:
            opened = _missing_key_file(folder, problem, smoke_test)
            if opened is None:
                lock.release()
                return None
            store, key = opened
        except NotACaseloadFile as problem:
            store = _recover_damaged(folder, problem, smoke_test, key)
            if store is None:
                lock.release()
                return None
    except DataFileError as error:
        lock.release()
        raise StartupProblem(_plain(error), technical=getattr(error, "technical", None)) from error
    except BaseException:
        lock.release()
        raise
    if demo and store.count_students() == 0:
        write_demo_caseload(store, with_meetings=True)
    if not caseload_is_protected(folder):
        key = None  # (a fresh start after a damaged protected caseload is plain)
    session = CaseloadSession(folder, store, lock=lock, demo=demo, key=key)
    window = session.open_window()
    try:
        made = files.back_up_if_due(store, folder)
        if made is not None:
            window.statusBar().showMessage(
                translate("Startup", "Backed up to %1").replace("%1", str(made.path)), 8000)
    except DataFileError as error:
        session.close_problem = str(error)
        if smoke_test:
            print(error, file=sys.stderr)
        else:
            QMessageBox.warning(window, translate("Startup", "Backup failed"), _plain(error))
    return session


def run_app(*, data_dir: str | None, demo: bool = False, smoke_test: bool = False) -> int:
    """Open the main window; returns the process exit code."""
    if smoke_test:
        _use_offscreen_if_headless()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_NAME)
    add_shipped_fonts()  # names in every script readable without the system's fonts
    _install_translators(app, data_dir)

    try:
        session = start_session(data_dir, demo=demo, smoke_test=smoke_test)
    except StartupProblem as problem:
        if smoke_test:
            print(problem, file=sys.stderr)
            if problem.technical:
                print(TECHNICAL_PREFIX + problem.technical, file=sys.stderr)
        else:
            _tell_startup_problem(problem)
        return 1
    if session is None:
        return 0  # the teacher chose to quit; nothing was changed
    # The backup on close and the lock's release happen when the app quits, whichever
    # way it quits (last window closed, File > Quit, the system logging out).
    app.aboutToQuit.connect(session.finish)
    # Logging off: what is typed is saved first, and a save the disk refused is asked about
    # (the signal must be answered before it returns: a direct connection, as Qt says).
    # (The application is always a QApplication here; instance() is typed as its base.)
    gui = app if isinstance(app, QApplication) else None
    if gui is not None:
        gui.commitDataRequest.connect(session.commit_data, Qt.ConnectionType.DirectConnection)
    try:
        window = session.window
        window.show()
        if not smoke_test:
            return app.exec()
        return _smoke_test(app, session)
    finally:
        session.finish()
        app.aboutToQuit.disconnect(session.finish)
        if gui is not None:
            gui.commitDataRequest.disconnect(session.commit_data)
        if demo and not data_dir:
            # The sample caseload lived in a temporary folder made for this run: tidy it away.
            shutil.rmtree(session.data_dir, ignore_errors=True)


def _tell_startup_problem(problem: StartupProblem) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, config.APP_NAME, str(problem))
    box.setAccessibleName(config.APP_NAME)
    if problem.technical:
        box.setDetailedText(problem.technical)
    box.exec()


def _smoke_test(app, session) -> int:
    errors: list[str] = []
    previous_hook = sys.excepthook

    def record(kind, value, tb):  # an exception inside a Qt slot must fail the smoke test
        errors.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = record

    def finish() -> None:
        try:
            session.window.grab()  # forces every visible widget to paint
        except Exception:  # noqa: BLE001 - reported through the exit code below
            errors.append(traceback.format_exc())
        session.window.close()
        app.quit()

    QTimer.singleShot(0, finish)
    app.exec()
    sys.excepthook = previous_hook
    session.finish()
    if session.close_problem:
        errors.append(session.close_problem)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    return 0

"""Starting the application: data folder, demo caseload, translations, main window."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from pathlib import Path

from iep_desk import config


class DemoFolderNotEmpty(Exception):
    pass


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


def _install_translators(app) -> None:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale.system()
    translators = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        translators.append(qt_translator)
    ours = QTranslator(app)
    if ours.load(locale, "iep_desk", "_", str(config.RESOURCES_DIR / "translations")):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)


def run_app(*, data_dir: str | None, demo: bool = False, smoke_test: bool = False) -> int:
    """Open the main window; returns the process exit code."""
    if smoke_test:
        _use_offscreen_if_headless()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iep_desk.storage.caseload import open_caseload
    from iep_desk.storage.errors import DataFileError
    from iep_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_NAME)
    _install_translators(app)

    def fail(message: str) -> int:
        if smoke_test:
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, config.APP_NAME, message)
        return 1

    try:
        if demo:
            folder = choose_demo_folder(data_dir)
            store = open_caseload(folder)
            from iep_desk.storage.demo import write_demo_caseload

            write_demo_caseload(store)
        else:
            folder = config.resolve_data_dir(data_dir)
            store = open_caseload(folder)
    except (DataFileError, DemoFolderNotEmpty) as error:
        return fail(str(error))

    window = MainWindow(store, data_dir=folder, demo=demo)
    window.show()
    if not smoke_test:
        return app.exec()

    errors: list[str] = []
    previous_hook = sys.excepthook

    def record(kind, value, tb):  # an exception inside a Qt slot must fail the smoke test
        errors.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = record

    def finish() -> None:
        try:
            window.grab()  # forces every visible widget to paint
        except Exception:  # noqa: BLE001 - reported through the exit code below
            errors.append(traceback.format_exc())
        window.close()
        app.quit()

    QTimer.singleShot(0, finish)
    app.exec()
    sys.excepthook = previous_hook
    store.db.close()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    return 0

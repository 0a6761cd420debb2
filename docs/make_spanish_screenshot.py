"""Take the README's picture of the window in Spanish, on the sample caseload, at 1366 × 768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_spanish_screenshot.py

The window's language is Spanish as if chosen in Settings (ui/window_language.py); dates are
written the US way, as for a Spanish-speaking teacher in the US (the locale is set here, not
taken from the machine).
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from iep_desk.app.demo import write_demo_caseload
from iep_desk.storage.caseload import open_caseload
from iep_desk.ui import window_language
from iep_desk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"
WIDTH, HEIGHT = 1366, 768


def main() -> int:
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication(sys.argv[:1])
    window_language.install_translators(app, "es")
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-shots-es-"))
    store = open_caseload(folder)
    write_demo_caseload(store, with_meetings=True)  # dated from today, as the app's sample
    window = MainWindow(store, data_dir=folder, demo=True)
    window.resize(WIDTH, HEIGHT)
    window.show()
    pane = window.caseload_pane
    pane.open_student(pane.model.student_id_at(2))
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(OUT / "caseload-es.png"))
    window.close()
    store.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

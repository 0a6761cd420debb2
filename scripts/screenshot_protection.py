"""Make the README's pictures of protection: the Protection page and the locked window, at
1366 x 768 (a school laptop's screen), on the sample caseload protected in a temporary
folder. Run: `.venv/bin/python scripts/screenshot_protection.py` (offscreen, no screen needed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
)

from iep_desk.app import protection as app_protection
from iep_desk.app.demo import write_demo_caseload
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui.data_safety import CaseloadSession
from iep_desk.ui.protection_page import ProtectionPage

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-shot-")) / "data"
    store = open_caseload(folder)
    write_demo_caseload(store, date(2026, 11, 23), with_meetings=True)
    store.db.close()
    result = app_protection.protect(folder, passphrase="violet kettle under the stairs")
    app_protection.confirm_change(folder)
    lock = CaseloadLock(folder)
    lock.acquire()
    session = CaseloadSession(folder, open_caseload(folder, key=result.key), lock=lock,
                              key=result.key)
    window = session.open_window()
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    # The Protection page in its dialog, drawn over the window as a screen would show it
    # (offscreen, Qt draws each window on its own).
    dialog = QDialog(window)
    dialog.setWindowTitle("Protection")
    layout = QVBoxLayout(dialog)
    layout.addWidget(ProtectionPage(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    layout.addWidget(buttons)
    dialog.resize(600, 340)
    dialog.show()
    app.processEvents()
    screen = window.grab()
    painter = QPainter(screen)
    painter.fillRect(screen.rect(), QColor(0, 0, 0, 60))
    shot = dialog.grab()
    painter.drawPixmap((SIZE[0] - shot.width()) // 2, (SIZE[1] - shot.height()) // 3, shot)
    painter.end()
    screen.save(str(OUT / "protection-page.png"))
    dialog.close()
    window.window_lock.lock()
    QTimer.singleShot(0, lambda: None)
    app.processEvents()
    window.grab().save(str(OUT / "locked.png"))
    window.window_lock.unlock(result.key)
    session.finish()
    window.close()


if __name__ == "__main__":
    main()

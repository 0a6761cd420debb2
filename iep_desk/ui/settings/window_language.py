"""Settings ▸ Window language: follow the system, English or Español (ui/window_language.py).
The choice is kept in the data folder, read before a caseload opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from iep_desk.ui.desk import Desk
from iep_desk.ui.translate import QT_TRANSLATE_NOOP
from iep_desk.ui.window_language import WindowLanguagePage

TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Window language")


def page_for(desk: Desk, window: QWidget | None, dialog: QDialog) -> QWidget | None:
    """The page for the data folder of `window` (the main window); None without one."""
    data_dir = getattr(window, "data_dir", None)
    if data_dir is None:
        return None

    return WindowLanguagePage(data_dir)

"""Settings ▸ Protection: the passphrase, the recovery code and the idle lock
(ui/protection_page.py; also under Tools ▸ Protection…)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from iep_desk.ui.desk import Desk
from iep_desk.ui.protection_page import ProtectionPage
from iep_desk.ui.translate import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Protection")


def page_for(desk: Desk, window: QWidget | None, dialog: QDialog) -> QWidget | None:
    """The Protection page of `window` (the caseload's main window); None without one.
    Turning protection on or off replaces the window, so the page closes the dialog first."""
    if window is None or not hasattr(window, "stores"):
        return None

    return ProtectionPage(window, close_settings=dialog.reject)

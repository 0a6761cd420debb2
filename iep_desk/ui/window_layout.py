"""How the teacher left the window, put back on the next start: its size and place, the
height of the list above the student's details, and the caseload table's column widths and
sort order.

Kept in `window-layout.ini` beside the caseload file; it holds no student data. A missing,
unreadable or out-of-date file only means the default layout, and a layout that cannot be
saved (a full disk, a read-only folder) is not reported: it is a convenience, not the
teacher's work. A copy that views the caseload read-only does not save it.

Like every file IEP Desk writes in the data folder, it is readable by its owner only: it is
created empty with mode 0600 (storage.files.create_private) before QSettings first writes
it, and QSettings, which writes through a temporary file it renames into place (QSaveFile),
keeps the permissions of the file it replaces.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from iep_desk.storage.files import create_private

FILE_NAME = "window-layout.ini"


class WindowLayout:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- reading ------------------------------------------------------------------------
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def splitter_state(self) -> QByteArray | None:
        return self._bytes("caseload/splitter")

    def caseload_header(self) -> QByteArray | None:
        """The caseload table header's state (Qt's: column widths and the sort column and
        order), or None when there is none."""
        return self._bytes("caseload/header")

    # -- saving -------------------------------------------------------------------------
    def save(self, *, window_geometry: QByteArray, splitter_state: QByteArray,
             caseload_header: QByteArray) -> bool:
        """Write the layout; False when it could not be written (never raised)."""
        settings = self._settings
        values = {
            "window/geometry": window_geometry,
            "caseload/splitter": splitter_state,
            "caseload/header": caseload_header,
        }
        if all(settings.value(key) == value for key, value in values.items()):
            return True  # left as it was found: nothing to write
        try:
            create_private(self.path)  # QSettings would create it with the process's umask
        except FileExistsError:
            pass
        except OSError:
            return False  # a folder that cannot be written to (or a folder in its place)
        for key, value in values.items():
            settings.setValue(key, value)
        settings.sync()
        return settings.status() == QSettings.Status.NoError

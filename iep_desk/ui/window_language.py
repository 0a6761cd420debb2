"""The window's language: the system's, English or Spanish, chosen in Settings.

The choice is kept in `window-language.ini` in the data folder (beside the caseload file; it
holds no student data) and read at start-up, before any window is made, by
`install_translators`: Qt's translators are installed once, so a new choice takes effect at
the next start. A missing or unreadable file means "follow the system".

The window's words come from resources/translations/iep_desk_<language>.qm (made by
scripts/update_translations.py from the .ts files), Qt's own standard words (OK, Cancel,
the right-click menu of a text field) from PySide6's qtbase_<language>.qm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from iep_desk import config
from iep_desk.ui.widgets import WheelSafeComboBox

FILE_NAME = "window-language.ini"
KEY = "window/language"
SYSTEM = "system"
# The languages the window is offered in, each named in itself (never translated); each but
# English has its .qm in resources/translations.
LANGUAGES = {"en": "English", "es": "Español"}
CHOICES = (SYSTEM, *LANGUAGES)
TRANSLATIONS_DIR = config.RESOURCES_DIR / "translations"


def chosen_language(data_dir: Path) -> str:
    """The teacher's choice (a key of CHOICES); "system" when none was made or it is unknown."""
    value = QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat).value(KEY)
    return value if value in CHOICES else SYSTEM


def choose_language(data_dir: Path, language: str) -> bool:
    """Keep `language` for the next start; False when it could not be written (never raised:
    a read-only folder only means the system's language next time)."""
    if language not in CHOICES:
        raise ValueError(f"unknown window language {language!r}")
    settings = QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat)
    settings.setValue(KEY, language)
    settings.sync()
    return settings.status() == QSettings.Status.NoError


def locale_for(language: str) -> QLocale:
    """The locale whose translations the window loads for a choice."""
    if language == SYSTEM:
        return QLocale.system()
    return QLocale(language)


def install_translators(app: QCoreApplication, language: str = SYSTEM,
                        folder: Path = TRANSLATIONS_DIR) -> list[QTranslator]:
    """Install Qt's and IEP Desk's translations for `language` (a key of CHOICES); returns
    the translators installed (none for English, or a language without a translation)."""
    locale = locale_for(language)
    if locale.language() == QLocale.Language.English:
        return []
    installed = []
    qt_words = QTranslator(app)
    if qt_words.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_words)
    ours = QTranslator(app)
    if ours.load(locale, "iep_desk", "_", str(folder)):
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    return installed


class WindowLanguagePage(QWidget):
    """Settings ▸ Window language: follow the system, English or Español. Saved at once;
    the window changes language at the next start (it says so)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setAccessibleName(self.tr("Window language"))
        self.box = WheelSafeComboBox()
        self.box.setAccessibleName(self.tr("Window language"))
        self.box.addItem(self.tr("Follow the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.box.addItem(name, code)
        self.box.setCurrentIndex(self.box.findData(chosen_language(self.data_dir)))
        self.note = QLabel(self.tr("The window changes language the next time IEP Desk "
                                   "starts. Letters for families keep their own language."))
        self.note.setWordWrap(True)
        caption = QLabel(self.tr("&Window language"))
        caption.setBuddy(self.box)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(caption, self.box)
        form.addRow(self.note)
        self.box.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        if not choose_language(self.data_dir, self.box.currentData()):
            self.note.setText(self.tr("Your choice could not be saved (the data folder cannot "
                                      "be written). The window follows the system."))

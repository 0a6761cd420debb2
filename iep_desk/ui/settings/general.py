"""Settings ▸ General: the numbers that vary by state or district. Each change saves itself
at once (one undo step each) and every date on the caseload follows."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from iep_desk.app import settings as app_settings
from iep_desk.app.changes import Changes
from iep_desk.core.settings import DeadlineSettings
from iep_desk.ui.desk import Desk
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeSpinBox

TITLE = QT_TRANSLATE_NOOP("SettingsPages", "Deadlines")

# (label, unit) for each DeadlineSettings number, in the order shown.
SETTING_TEXTS = {
    "notice_days": (QT_TRANSLATE_NOOP("SettingsDialog", "Meeting notice sent at least"),
                    QT_TRANSLATE_NOOP("SettingsDialog", " days before the meeting")),
    "annual_review_days": (QT_TRANSLATE_NOOP("SettingsDialog", "Annual review within"),
                           QT_TRANSLATE_NOOP("SettingsDialog", " days of the last IEP meeting")),
    "reevaluation_years": (QT_TRANSLATE_NOOP("SettingsDialog", "Re-evaluation every"),
                           QT_TRANSLATE_NOOP("SettingsDialog", " years")),
    "transition_age": (QT_TRANSLATE_NOOP("SettingsDialog", "Transition plan in the IEP by age"),
                       QT_TRANSLATE_NOOP("SettingsDialog", " years old")),
    "age_of_majority": (QT_TRANSLATE_NOOP("SettingsDialog", "Age of majority (rights transfer)"),
                        QT_TRANSLATE_NOOP("SettingsDialog", " years old")),
    "transfer_notice_months": (QT_TRANSLATE_NOOP("SettingsDialog", "Tell the student about the transfer"),
                               QT_TRANSLATE_NOOP("SettingsDialog", " months before")),
}


class Page(QWidget):
    """Each number is saved at once through the Desk; Undo and Redo put the spin boxes back."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.settings = desk.stores.settings
        desk.changed.connect(self._changes)
        self.setAccessibleName(translate("SettingsDialog", "Deadlines"))
        intro = QLabel(
            translate(
                "SettingsDialog",
                "These numbers vary by state and district. The usual values are set "
                "to start with; check them against your state's rules. Each change "
                "is saved at once and every date on the caseload follows.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        current = self.settings.deadline_settings()
        for name, texts in SETTING_TEXTS.items():
            label, unit = (translate("SettingsDialog", str(t)) for t in texts)
            spin = WheelSafeSpinBox()
            low, high = DeadlineSettings.LIMITS[name]
            spin.setRange(low, high)
            spin.setSuffix(unit)
            spin.setValue(getattr(current, name))
            # Save when the teacher is done with the number (Enter, Tab, arrows), not per digit.
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(label)
            spin.setToolTip(translate("SettingsDialog", "From %d to %d; the usual value is %d.")
                            % (low, high, getattr(DeadlineSettings(), name)))
            spin.valueChanged.connect(lambda value, n=name: self.save(n, value))
            caption = QLabel(label)
            caption.setBuddy(spin)
            form.addRow(caption, spin)
            self.spins[name] = spin
        self.message = FieldMessage()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self, name: str, value: int) -> bool:
        def report(text: str | None) -> None:
            if text:
                self.message.show_message(text)
            else:
                self.message.clear_message()
        return self.desk.run(app_settings.change_deadline_setting, name=name, value=value,
                             source=self, report=report,
                             undo_text=translate("SettingsDialog", "Change setting: %s")
                             % self.spins[name].accessibleName()) is not None

    def _changes(self, changes: Changes, source: object) -> None:
        """Put back by Undo or Redo: show the numbers the file now holds."""
        if not changes.settings or source is self:
            return
        current = self.settings.deadline_settings()
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(current, name))
            spin.blockSignals(False)

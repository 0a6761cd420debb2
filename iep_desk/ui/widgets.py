"""Small shared widgets: the message beside a field, urgency icons and colours, the read-only banner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import QLabel, QWidget

from iep_desk import config
from iep_desk.core.deadlines import Urgency

WARNING_SIGN = "⚠"

# Soft backgrounds: readable with black text, and never the only signal
# (an icon and a word always come with them).
URGENCY_BACKGROUNDS = {
    Urgency.OVERDUE: QColor("#f8d7da"),
    Urgency.WITHIN_30: QColor("#fde8c8"),
    Urgency.WITHIN_60: QColor("#fff6c7"),
}

_icon_cache: dict[Urgency, QIcon] = {}


def urgency_icon(urgency: Urgency) -> QIcon | None:
    """The icon for an urgency (None for deadlines far off). Each urgency has a shape of its
    own, so the icon does not rely on colour: a red octagon with "!" for overdue, an orange
    triangle with "!" for within 30 days, a yellow circle with "i" for within 60 days.

    The pictures are shipped in resources/icons/ at 16, 32 and 64 pixels (drawn by
    docs/draw_urgency_icons.py), so a screen at any scale gets a sharp one."""
    if urgency is Urgency.LATER:
        return None
    if urgency not in _icon_cache:
        name = urgency.value.replace("_", "-")
        icon = QIcon()
        for size in (16, 32, 64):
            icon.addFile(str(config.RESOURCES_DIR / "icons" / f"urgency-{name}-{size}.png"))
        _icon_cache[urgency] = icon
    return _icon_cache[urgency]


class FieldMessage(QLabel):
    """The message shown right beside a field whose value could not be stored.

    Hidden while there is nothing to say. The text starts with a warning sign so
    the message never relies on its colour.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #9b1c1c;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(f"{WARNING_SIGN} {text}")
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleName("")
        self.hide()

    @property
    def message(self) -> str:
        """The message without the warning sign; empty when hidden."""
        return self.text().removeprefix(WARNING_SIGN).strip()


class Banner(QLabel):
    """A strip at the top of a pane saying something the teacher must know (e.g. read-only)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMargin(8)
        self.setStyleSheet("background: #fff3cd; color: #4a3b00; border: 1px solid #e0c36b;")
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(f"{WARNING_SIGN} {text}")
        self.setAccessibleName(text)
        self.show()


def new_action(text: str, parent: QObject) -> QAction:
    """Deprecated: write QAction(text, parent). Kept only while ui/data_safety.py and
    ui/transfer_actions.py still call it."""
    return QAction(text, parent)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)

"""Small shared widgets: the message beside a field, urgency icons and colours, the read-only banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QColor, QKeySequence, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from iep_desk import config
from iep_desk.core.deadlines import Urgency

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

WARNING_SIGN = "⚠"

# Soft backgrounds: readable with black text, and never the only signal
# (an icon and a word always come with them).
URGENCY_BACKGROUNDS = {
    Urgency.OVERDUE: QColor("#f8d7da"),
    Urgency.WITHIN_30: QColor("#fde8c8"),
    Urgency.WITHIN_60: QColor("#fff6c7"),
}

_icon_cache: dict[Urgency, QIcon] = {}
_pixmap_cache: dict[Urgency, QPixmap] = {}


def set_qt_property(widget: QObject, name: str, value: str) -> None:
    """Set one of a widget's enum properties by the value's name, e.g.
    set_qt_property(splitter, "orientation", "Vertical") for
    splitter.setOrientation(Qt.Vertical).

    Used for what the window shows at start-up: the first time Python touches anything
    in PySide6's `Qt` namespace (Qt.Vertical, Qt.AlignCenter...), PySide6 builds all of its
    hundred-odd enums, which takes about 25 ms, a sixth of a bare PySide6 window's start.
    Qt's property system takes the value's name instead, without that namespace.
    """
    if not widget.setProperty(name, value):
        raise ValueError(f"{type(widget).__name__} has no property {name!r} taking {value!r}")


def _icon_file(urgency: Urgency, size: int) -> str:
    name = urgency.value.replace("_", "-")
    return str(config.RESOURCES_DIR / "icons" / f"urgency-{name}-{size}.png")


def urgency_icon(urgency: Urgency) -> QIcon | None:
    """The icon for an urgency (None for deadlines far off), loaded once from the shipped
    files. Each urgency has a shape of its own, so the icon does not rely on colour: a red
    octagon with "!" for overdue, an orange triangle with "!" for within 30 days, a yellow
    circle with "i" for within 60 days (drawn by docs/draw_urgency_icons.py)."""
    if urgency is Urgency.LATER:
        return None
    if urgency not in _icon_cache:
        from PySide6.QtGui import QIcon  # (see urgency_pixmap)

        icon = QIcon()
        for size in (16, 32, 64):
            icon.addFile(_icon_file(urgency, size))
        _icon_cache[urgency] = icon
    return _icon_cache[urgency]


def urgency_pixmap(urgency: Urgency) -> QPixmap | None:
    """The same picture as urgency_icon, as a 16-point pixmap sharp up to four times
    magnification, for an item model's decoration (the caseload table's). Qt makes the
    item's icon from it in C++: the table's first screen needs no QIcon in Python, whose
    first use costs a millisecond or two of start-up."""
    if urgency is Urgency.LATER:
        return None
    if urgency not in _pixmap_cache:
        pixmap = QPixmap(_icon_file(urgency, 64))
        pixmap.setDevicePixelRatio(4.0)
        _pixmap_cache[urgency] = pixmap
    return _pixmap_cache[urgency]


class FieldMessage(QLabel):
    """The message shown right beside a field whose value could not be stored.

    Hidden while there is nothing to say. The text starts with a warning sign so
    the message never relies on its colour.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        set_qt_property(self, "textFormat", "PlainText")
        self.setStyleSheet("color: #9b1c1c;")
        set_qt_property(self, "textInteractionFlags", "TextSelectableByMouse")
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
    """QAction(text, parent), made so that PySide6 does not weigh the QAction(icon, text)
    overload, which would create the QIcon class: about 2 ms of start-up."""
    action = QAction(parent)
    action.setText(text)
    return action


def set_shortcut(action: QAction, shortcut: QKeySequence.StandardKey | str) -> None:
    """Give an action its keyboard shortcut: a standard key (QKeySequence.New: every key the
    platform binds to it) or a text such as "Ctrl+1".

    Through setShortcuts, because PySide6's setShortcut builds the whole Qt namespace while
    choosing among its overloads (see set_qt_property).
    """
    if isinstance(shortcut, str):
        action.setShortcuts([QKeySequence(shortcut)])
    else:
        action.setShortcuts(shortcut)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)

"""Small shared widgets: the message beside a field, urgency icons and colours, the read-only
banner, drop-downs and number fields the wheel cannot change by accident, splitters whose
handle shows, the frame that shows which list has the keyboard focus."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QSplitterHandle,
    QTabBar,
    QTabWidget,
    QWidget,
)

from iep_desk import config
from iep_desk.core.clean_text import clean_text
from iep_desk.core.deadlines import Urgency
from iep_desk.ui.translate import translate

WARNING_SIGN = "⚠"
# A message quotes what was typed (“…” is not a date), a name or a file name; a quotation
# longer than this is cut short, so that a paste of a whole page leaves the advice after it on
# the screen. Every message that quotes such a text goes through `with_short_quotes`: the
# fields' messages, the message boxes, the status bar.
QUOTE_MOST = 80
_LONG_QUOTE = re.compile(f"“([^”]{{{QUOTE_MOST}}})[^”]+”")


def typed_text(editor: QLineEdit | QPlainTextEdit) -> str:
    """What was typed in `editor`, cleaned (see `cleaned`). A line edit holds one line."""
    if isinstance(editor, QPlainTextEdit):
        return cleaned(editor.toPlainText(), multiline=True)
    return cleaned(editor.text())


def cleaned(text: str, *, multiline: bool = False) -> str:
    """`text` without surrounding blanks and without the characters a paste can carry that
    nobody sees: control characters, direction overrides that print "eeL" as "Lee"
    (core.clean_text, as for an imported file)."""
    return clean_text(text, multiline=multiline).strip()


def with_short_quotes(text: str) -> str:
    """`text` with each quotation over QUOTE_MOST characters cut to its start and “…”."""
    return _LONG_QUOTE.sub(lambda match: f"“{match.group(1)}…”", text)

# Soft backgrounds: readable with black text, and never the only signal
# (an icon and a word always come with them).
URGENCY_BACKGROUNDS = {
    Urgency.OVERDUE: QColor("#f8d7da"),
    Urgency.NEEDS_DATES: QColor("#fde8c8"),
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
        # Missing IEP dates share the warning triangle of a deadline this month.
        shape = Urgency.WITHIN_30 if urgency is Urgency.NEEDS_DATES else urgency
        name = shape.value.replace("_", "-")
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
        text = with_short_quotes(text)
        self.setText(f"{WARNING_SIGN} {text}")
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.setAccessibleName("")
        self.hide()

    def say(self, text: str | None) -> None:
        """Show `text`, or clear the message when there is nothing to say (None or "");
        the `report` a Desk operation is given."""
        if text:
            self.show_message(text)
        else:
            self.clear_message()

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


# -- the mouse wheel changes a value only in the field being edited ---------------------------
# Scrolling a form with the wheel must scroll the form: a drop-down or number field under the
# pointer changes only once the teacher has clicked or tabbed into it. Without the focus the
# wheel event is left to the field's parents (the form's scroll area scrolls), and the wheel
# never gives these fields the focus (StrongFocus: a click or Tab does).


class WheelSafeComboBox(QComboBox):
    """A drop-down list that the mouse wheel changes only while it has the keyboard focus."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class WheelSafeSpinBox(QSpinBox):
    """A number field that the mouse wheel changes only while it has the keyboard focus."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


# -- splitters that show they can be dragged ----------------------------------------------
class _GripHandle(QSplitterHandle):
    """A splitter handle with a row of dots in its middle, as a grip to take hold of."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        centre = self.rect().center()
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        for step in (-8, -4, 0, 4, 8):
            x = centre.x() if horizontal else centre.x() + step
            y = centre.y() + step if horizontal else centre.y()
            painter.drawEllipse(x - 1, y - 1, 3, 3)
        painter.end()


class Splitter(QSplitter):
    """A QSplitter whose handle is wide enough to take hold of and shows a grip."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None):
        super().__init__(orientation, parent)
        self.setHandleWidth(7)

    def createHandle(self) -> QSplitterHandle:
        handle = _GripHandle(self.orientation(), self)
        handle.setToolTip(translate("Widgets", "Drag to give one side more room"))
        return handle


# -- where the keyboard focus is ------------------------------------------------------------
class _FocusOutline(QWidget):
    """A highlight-coloured outline drawn over the edge of another widget (see FocusMarker).
    It takes no clicks and never the focus."""

    def __init__(self):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


class FocusMarker(QObject):
    """An outline around the list, table or tab bar that has the keyboard focus.

    Text fields show their focus themselves; a table or a tab bar shows it only faintly, so
    a teacher working from the keyboard could not tell where the arrow keys would go. One
    outline follows the focus (QApplication.focusChanged) and the widget's size.
    """

    MARKED = (QAbstractItemView, QTabBar)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.frame = _FocusOutline()
        self.frame.setAccessibleName(translate("Widgets", "Keyboard focus"))
        self._window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a widget exists only once the application does
        app.focusChanged.connect(self._focus_changed)

    def widget(self) -> QWidget | None:
        """The widget marked now (None: none)."""
        return self.frame.target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            ours = new is not None and new.window() is self._window
        except RuntimeError:  # the window is being destroyed
            return
        target = new if ours and isinstance(new, self.MARKED) else None
        old_target = self.frame.target
        if old_target is not None and old_target is not target:
            try:
                old_target.removeEventFilter(self)
            except RuntimeError:
                pass
        self.frame.target = target
        if target is None or target.parentWidget() is None:
            self.frame.hide()
            return
        target.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        target = self.frame.target
        if target is None:
            return
        if self.frame.parentWidget() is not target.parentWidget():
            self.frame.setParent(target.parentWidget())
        self.frame.setGeometry(target.geometry())
        self.frame.setVisible(target.isVisible())
        self.frame.raise_()

    def eventFilter(self, watched: QObject, event) -> bool:
        if watched is self.frame.target and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False


def keep_rows_visible(table, rows: int = 6) -> None:
    """Never let the layout squeeze `table` (a QTableView) below `rows` rows: on a laptop's
    1280 × 720 screen a list that shows one or two rows cannot be worked with."""
    height = (table.horizontalHeader().sizeHint().height()
              + rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2)
    table.setMinimumHeight(height)


class ScrollingTabs(QTabWidget):
    """Tabs whose pages scroll when the window is too small to show them whole, instead of
    making the whole window taller than a laptop's screen. `add_page` wraps a page in a
    scroll area; `indexOf` and `setCurrentWidget` take the page itself, as with plain tabs.
    The scroll area is no Tab stop of its own (there is nothing to see on it): Tab goes from
    the tab bar to the page's first field, and the area scrolls to the field focused."""

    def add_page(self, page: QWidget, title: str) -> int:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidget(page)
        return self.addTab(area, title)

    def indexOf(self, page: QWidget) -> int:
        index = super().indexOf(page)
        if index >= 0:
            return index
        for index in range(self.count()):
            area = self.widget(index)
            if isinstance(area, QScrollArea) and area.widget() is page:
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

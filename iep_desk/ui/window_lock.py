"""The idle lock of a protected caseload's window.

The window locks after the idle minutes (app.protection.idle_minutes; 10 unless the teacher
chose) without a key press, a click or the wheel anywhere in the app (an event filter on
the application), and on File ▸ Lock (Ctrl+L). Locking first saves every pending edit (the
window's flush_edits, as on closing), then puts a locked page with the passphrase prompt in
place of the window's content, titles the window "IEP Desk: locked", and hides the menus,
the status bar and every other window of the app (the help, a dialog left open): no
student's name shows anywhere, in the window or on the taskbar. Unlocking puts the same
content back, so the teacher is where they were (the same pane, the same student).

Sleep. Qt has no signal for it: QGuiApplication.applicationStateChanged only says whether a
window of the app is active, which switching to the mail program changes too, so it is not
taken for sleep. What is reliable, and used:
- on Windows, the system tells every top-level window that it is about to sleep
  (WM_POWERBROADCAST with PBT_APMSUSPEND), which a native event filter hears: the window
  locks before the laptop sleeps;
- everywhere, idle time is measured with the wall clock, checked every few seconds: a laptop
  that slept longer than the idle minutes is locked at the first check after it wakes.
(macOS and Linux tell sleep through their own services, NSWorkspace and logind over D-Bus,
which Qt does not expose; IEP Desk does not listen to them.)
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from iep_desk.ui.translate import translate
from iep_desk.ui.unlock import UnlockPanel

# How often the idle time is checked (milliseconds): the lock comes at most this late.
CHECK_EVERY_MS = 5000
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                 QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride}


# Windows: the message a window gets when the system is about to sleep.
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004


class _MessageStart(ctypes.Structure):
    """The first fields of Windows' MSG (hwnd, message, wParam): all that is read."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint),
                ("wParam", ctypes.c_size_t)]


class SleepFilter(QAbstractNativeEventFilter):
    """Calls `on_sleep` when Windows says the system is about to sleep (a native event of
    type "windows_generic_MSG" carrying WM_POWERBROADCAST / PBT_APMSUSPEND). Other systems
    never send such an event, so the filter does nothing there."""

    def __init__(self, on_sleep: Callable[[], None]):
        super().__init__()
        self.on_sleep = on_sleep

    def nativeEventFilter(self, event_type, message):
        if bytes(event_type) == b"windows_generic_MSG" and message:
            msg = _MessageStart.from_address(int(message))
            if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self.on_sleep()
        return False, 0


class LockedPage(QWidget):
    """What the locked window shows: the caseload's lock and the passphrase prompt."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] | None = None):
        super().__init__()
        self.setObjectName("locked_page")
        self.setAccessibleName(translate("WindowLock", "IEP Desk is locked"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.panel = UnlockPanel(
            data_dir,
            heading=translate("WindowLock", "IEP Desk is locked"),
            open_text=translate("WindowLock", "&Unlock"),
            clock=clock,
            note=translate(
                "WindowLock",
                "Everything you typed was saved. Type your passphrase to go back to where "
                "you were.",
            ),
        )
        self.panel.setFixedWidth(560)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.panel)


class WindowLock(QObject):
    """Locks `window` (a MainWindow of a protected caseload) when idle or asked to.

    `idle_seconds` and `clock` (wall-clock seconds) are given by tests; the app passes the
    caseload's idle minutes."""

    def __init__(self, window, *, idle_seconds: float, key: bytes,
                 clock: Callable[[], float] = time.time, check_every_ms: int = CHECK_EVERY_MS):
        super().__init__(window)
        self.window = window
        self.key = key
        self.idle_seconds = idle_seconds
        self.clock = clock
        self.last_input = clock()
        self.locked = False
        self._content: QWidget | None = None
        self._title = ""
        self._hidden_windows: list[QWidget] = []
        self._disabled: list[QAction] = []
        self.page: LockedPage | None = None
        self.action = QAction(translate("WindowLock", "&Lock"), window)
        self.action.setObjectName("lock")
        self.action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setToolTip(
            translate("WindowLock", "Hide every student's data behind your passphrase")
        )
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        file_menu = getattr(window, "file_menu", None)
        if file_menu is not None:
            quit_action = next((a for a in file_menu.actions() if a.objectName() == "quit"), None)
            file_menu.insertAction(quit_action, self.action)
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QApplication.instance().installEventFilter(self)
        self.sleep_filter = SleepFilter(self.lock)
        QApplication.instance().installNativeEventFilter(self.sleep_filter)
        window.destroyed.connect(self._forget)

    def _forget(self, *_args) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.removeNativeEventFilter(self.sleep_filter)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_seconds = minutes * 60

    def eventFilter(self, watched, event) -> bool:
        if not self.locked and event.type() in _INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def check(self) -> None:
        """Lock when the idle time has passed (the timer calls this every few seconds)."""
        if not self.locked and self.clock() - self.last_input >= self.idle_seconds:
            self.lock()

    def lock(self) -> None:
        """Save every pending edit, then hide all student data behind the passphrase."""
        if self.locked:
            return
        self.window.flush_edits()
        self.locked = True
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self.window and w.isVisible()
                                and not isinstance(w, QLabel)]
        for other in self._hidden_windows:
            other.hide()
        # Every action of the window (its menus' shortcuts: Find a student...) rests while
        # locked, but Lock itself.
        self._disabled = [a for a in self.window.findChildren(QAction)
                          if a is not self.action and a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._title = self.window.windowTitle()
        self._content = self.window.takeCentralWidget()
        # Kept as a hidden child of the window (taking it gives it up), so that closing the
        # window while it is locked still closes and frees everything in it.
        self._content.setParent(self.window)
        self._content.hide()
        self.page = LockedPage(self.window.data_dir)
        self.page.panel.unlocked.connect(self.unlock)
        self.window.setCentralWidget(self.page)
        title = translate("WindowLock", "IEP Desk: locked")
        self.window.setWindowTitle(title)
        self.window.setAccessibleName(title)
        self.window.menuBar().hide()
        self.window.statusBar().hide()
        self.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self, key: bytes) -> None:
        """The passphrase opened the key file: back to the same pane and student. (A key
        that is not this caseload's cannot come from its key file; refused all the same.)"""
        if not self.locked or key != self.key:
            return
        page = self.window.takeCentralWidget()
        self.window.setCentralWidget(self._content)
        self._content.show()
        if page is not None:
            page.deleteLater()
        self.page = None
        self.window.setWindowTitle(self._title)
        self.window.setAccessibleName(self._title)
        self.window.menuBar().show()
        self.window.statusBar().show()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        for other in self._hidden_windows:
            other.show()
        self._hidden_windows = []
        self.locked = False
        self.last_input = self.clock()


def install_window_lock(window, *, key: bytes, idle_minutes: int) -> WindowLock:
    """The idle lock on the main window of a protected caseload (window.window_lock)."""
    lock = WindowLock(window, idle_seconds=idle_minutes * 60, key=key)
    window.window_lock = lock
    return lock

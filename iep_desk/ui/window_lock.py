"""The idle lock of a protected caseload's window.

The window locks after the idle minutes (app.protection.idle_minutes; 10 unless the teacher
chose) without a key press, a click or the wheel anywhere in the app (an event filter on
the application), and on File ▸ Lock (Ctrl+L). Locking first saves every pending edit (the
window's flush_edits, as on closing), then puts a locked page with the passphrase prompt in
place of the window's content, titles the window "IEP Desk: locked", and hides the menus,
the status bar and every other window of the app (the help, a search left open): no
student's name shows anywhere, in the window or on the taskbar. Unlocking puts the same
content back, so the teacher is where they were (the same pane, the same student).

A dialog left open (the new student, a new meeting, "Cancel this meeting?") is never
hidden: hiding a dialog that runs exec() ends it as if Cancel was pressed, and what was
typed in it would be lost. It stays open, covered instead (DialogCover): its own widgets
are hidden under an opaque cover that says IEP Desk is locked (their room kept, so the
dialog keeps its size), its title says locked, its shortcuts rest, and Escape or closing
it does nothing. A modal dialog blocks input to every window behind it, the main window's
locked page too, so the passphrase prompt then comes in a small window of its own in front
of the dialog on top (LockPrompt, application-modal: shown last, it is the one window
that takes input). Unlocking uncovers each dialog as it was, with what was typed in it,
and the teacher goes on (OK saves it as if nothing had happened). Ctrl+L locks from inside
a dialog too: Qt gives a window's shortcuts no key press while a modal dialog blocks that
window, so the key is also watched for by the application-wide event filter.

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

from iep_desk.app.protection import Unlocker
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


def _unlock_panel(data_dir: Path, unlocker: Unlocker | None, note: str) -> UnlockPanel:
    panel = UnlockPanel(
        data_dir,
        heading=translate("WindowLock", "IEP Desk is locked"),
        open_text=translate("WindowLock", "&Unlock"),
        note=note,
        unlocker=unlocker,
    )
    panel.setFixedWidth(560)
    return panel


class LockedPage(QWidget):
    """What the locked window shows: the caseload's lock and the passphrase prompt."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] | None = None, *,
                 unlocker: Unlocker | None = None):
        super().__init__()
        self.setObjectName("locked_page")
        self.setAccessibleName(translate("WindowLock", "IEP Desk is locked"))
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        if unlocker is None:
            unlocker = Unlocker(Path(data_dir)) if clock is None else Unlocker(
                Path(data_dir), clock=clock)
        self.panel = _unlock_panel(data_dir, unlocker, translate(
            "WindowLock",
            "Everything you typed was saved. Type your passphrase to go back to where "
            "you were.",
        ))
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.panel)


class LockPrompt(QWidget):
    """The passphrase prompt in a window of its own, in front of the dialog that was on
    top when the window locked (that dialog blocks the main window's locked page).
    Application-modal, so it is the one window that takes input; it cannot be closed
    while locked (`may_close` is set by the lock when it unlocks)."""

    def __init__(self, data_dir: Path, over: QWidget, unlocker: Unlocker):
        super().__init__(over, Qt.WindowType.Window)
        self.setObjectName("lock_prompt")
        title = translate("WindowLock", "IEP Desk: locked")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.may_close = False
        layout = QVBoxLayout(self)
        self.panel = _unlock_panel(data_dir, unlocker, translate(
            "WindowLock",
            "The window you were working in is still open, with everything you typed in "
            "it. Type your passphrase to go back to it.",
        ))
        layout.addWidget(self.panel)
        self.setFocusProxy(self.panel)

    def closeEvent(self, event) -> None:
        if self.may_close:
            event.accept()
        else:
            event.ignore()  # only the passphrase opens the window again


class DialogCover(QObject):
    """Covers a dialog left open while the window is locked, and uncovers it as it was.

    The dialog is not hidden (that would end its exec() as Rejected and lose what was
    typed): its own widgets are hidden, their room kept (QSizePolicy.retainSizeWhenHidden),
    so nothing of them can be seen, grabbed, reached with Tab or edited; an opaque cover
    over the whole dialog says IEP Desk is locked; its title says so too (it may name a
    student), its actions rest, and Escape, Enter and closing it are held back."""

    _HELD_BACK = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                            QEvent.Type.ShortcutOverride, QEvent.Type.Close})

    def __init__(self, dialog: QWidget, owner: QObject | None = None):
        # Owned by the lock, not by the dialog: a dialog deleted by its owner while the
        # window is locked takes its widgets along, never this object while it is in use.
        super().__init__(owner)
        self.dialog = dialog
        self._title = dialog.windowTitle()
        self._name = dialog.accessibleName()
        self._focus = dialog.focusWidget()
        self._hidden: list[tuple[QWidget, bool]] = []
        for child in dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isWindow() or child.isHidden():
                continue
            policy = child.sizePolicy()
            self._hidden.append((child, policy.retainSizeWhenHidden()))
            policy.setRetainSizeWhenHidden(True)
            child.setSizePolicy(policy)
            child.hide()
        self._disabled = [a for a in dialog.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        title = translate("WindowLock", "IEP Desk: locked")
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        self.cover = QWidget(dialog)
        self.cover.setObjectName("dialog_cover")
        self.cover.setAccessibleName(translate("WindowLock", "IEP Desk is locked"))
        self.cover.setAutoFillBackground(True)
        layout = QVBoxLayout(self.cover)
        layout.addStretch(1)
        heading = QLabel(translate("WindowLock", "IEP Desk is locked"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addStretch(1)
        self.cover.setGeometry(dialog.rect())
        self.cover.show()
        self.cover.raise_()
        dialog.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.dialog:
            if event.type() == QEvent.Type.Resize:
                self.cover.setGeometry(self.dialog.rect())
            elif event.type() in self._HELD_BACK:
                event.ignore()
                return True
        return False

    def uncover(self) -> None:
        """The dialog as it was: its widgets, title, actions and the field being typed in.
        Raises RuntimeError when the dialog was deleted meanwhile (by whoever owns it)."""
        try:
            dialog = self.dialog
            dialog.removeEventFilter(self)
            self.cover.hide()
            self.cover.deleteLater()
            for child, retained in self._hidden:
                policy = child.sizePolicy()
                policy.setRetainSizeWhenHidden(retained)
                child.setSizePolicy(policy)
                child.show()
            for action in self._disabled:
                action.setEnabled(True)
            dialog.setWindowTitle(self._title)
            dialog.setAccessibleName(self._name)
            if self._focus is not None and self._focus.isVisible():
                self._focus.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self.deleteLater()


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
        self._covers: list[DialogCover] = []
        self._disabled: list[QAction] = []
        self.page: LockedPage | None = None
        self.prompt: LockPrompt | None = None
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
        app = QApplication.instance()
        assert app is not None  # a window exists only once the application does
        app.installEventFilter(self)
        self.sleep_filter = SleepFilter(self.lock)
        app.installNativeEventFilter(self.sleep_filter)
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
            if (event.type() == QEvent.Type.KeyPress and self._is_lock_key(event)
                    and QApplication.activeModalWidget() is not None):
                # A modal dialog blocks the window, and with it the Lock action's shortcut.
                self.lock()
                return True
        return False

    def _is_lock_key(self, event) -> bool:
        shortcut = self.action.shortcut()
        return not shortcut.isEmpty() and QKeySequence(event.keyCombination()) == shortcut

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
        on_top = QApplication.activeModalWidget()
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not self.window and w.isVisible() and not isinstance(w, QLabel)]
        # A dialog left open is covered, not hidden (hiding would end it as Cancelled).
        dialogs = [w for w in others if w.isModal()]
        self._covers = [DialogCover(dialog, self) for dialog in dialogs]
        # A drop-down's list or a menu left open is closed, and not opened again.
        for popup in others:
            if popup.windowType() == Qt.WindowType.Popup:
                popup.close()
        self._hidden_windows = [w for w in others if not w.isModal()
                                and w.windowType() != Qt.WindowType.Popup]
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
        unlocker = Unlocker(Path(self.window.data_dir))
        self.page = LockedPage(self.window.data_dir, unlocker=unlocker)
        self.page.panel.unlocked.connect(self.unlock)
        self.window.setCentralWidget(self.page)
        title = translate("WindowLock", "IEP Desk: locked")
        self.window.setWindowTitle(title)
        self.window.setAccessibleName(title)
        self.window.menuBar().hide()
        self.window.statusBar().hide()
        self.page.setFocus(Qt.FocusReason.OtherFocusReason)
        if dialogs:
            over = on_top if on_top in dialogs else dialogs[-1]
            self.prompt = LockPrompt(self.window.data_dir, over, unlocker)
            self.prompt.panel.unlocked.connect(self.unlock)
            self.prompt.show()
            self.prompt.activateWindow()
            self.prompt.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self, key: bytes) -> None:
        """The passphrase opened the key file: back to the same pane and student. (A key
        that is not this caseload's cannot come from its key file; refused all the same.)"""
        if not self.locked or key != self.key:
            return
        page = self.window.takeCentralWidget()
        if self._content is not None:  # the window's own content, put aside by lock()
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
        if self.prompt is not None:
            try:
                self.prompt.may_close = True
                self.prompt.close()
                self.prompt.deleteLater()
            except RuntimeError:
                pass  # gone with the dialog it stood in front of
            self.prompt = None
        for cover in self._covers:
            try:
                cover.uncover()
            except RuntimeError:
                pass  # the dialog was closed and deleted meanwhile (by its owner)
        on_top = QApplication.activeModalWidget()
        if on_top is not None:
            # Back in the dialog that was on top, in the field the teacher was typing in.
            on_top.raise_()
            on_top.activateWindow()
        self._covers = []
        self.locked = False
        self.last_input = self.clock()


def install_window_lock(window, *, key: bytes, idle_minutes: int) -> WindowLock:
    """The idle lock on the main window of a protected caseload (window.window_lock)."""
    lock = WindowLock(window, idle_seconds=idle_minutes * 60, key=key)
    window.window_lock = lock
    return lock

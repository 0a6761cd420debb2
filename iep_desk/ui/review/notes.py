"""The meeting notes: what was decided and what was discussed, in plain text with bullet lists.

The notes go to the family, so the editor is the planner's plain-language check
(glossary terms underlined, a reading-grade estimate under it), set to the family's
language. Bullets are plain text ("• " at the start of a line), so the notes print
and copy anywhere: the List button or Ctrl+Shift+8 puts bullets on the selected
lines or takes them off; Enter on a bullet line starts the next bullet; Enter on an
empty bullet ends the list. The notes save themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolBar, QVBoxLayout, QWidget

from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.ui.autosave import AutosaveField
from iep_desk.ui.desk import keep_refusals
from iep_desk.ui.plain_text_check import PlainTextCheck
from iep_desk.ui.review.common import ReviewContext, ReviewSection
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage

BULLET = "• "
# Bullets typed by hand ("- ", "* ") count as bullets too: Enter continues them as they are.
BULLET_PREFIXES = (BULLET, "- ", "* ")
BULLET_SHORTCUTS = ("Ctrl+Shift+8", "Ctrl+*")


def bullet_of(line: str) -> str:
    """The bullet a line starts with ("" when it is not a bullet line); indentation is kept."""
    stripped = line.lstrip(" ")
    indent = line[:len(line) - len(stripped)]
    for prefix in BULLET_PREFIXES:
        if stripped.startswith(prefix) or stripped == prefix.rstrip():
            return indent + prefix
    return ""


def toggle_bullets(editor: QPlainTextEdit) -> None:
    """Put "• " on every selected line, or take the bullets off when all have one.

    One undoable edit in the editor (Ctrl+Z inside the notes takes it back).
    """
    cursor = editor.textCursor()
    document = editor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if cursor.hasSelection() and cursor.selectionEnd() == last.position() and last != first:
        last = last.previous()  # a selection ending at a line's start does not include that line
    blocks = []
    block = first
    while block.isValid():
        blocks.append(block)
        if block == last:
            break
        block = block.next()
    written = [b for b in blocks if b.text().strip()] or blocks
    remove = all(bullet_of(b.text()) for b in written)
    edit = QTextCursor(document)
    edit.beginEditBlock()
    for block in written:
        text = block.text()
        if remove:
            prefix = bullet_of(text)
            edit.setPosition(block.position())
            edit.setPosition(block.position() + len(prefix), QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(prefix[:len(prefix) - len(prefix.lstrip(" "))])
        elif not bullet_of(text):
            indent = len(text) - len(text.lstrip(" "))
            edit.setPosition(block.position() + indent)
            edit.insertText(BULLET)
    edit.endEditBlock()


class _ContinueBullets(QObject):
    """Enter on a bullet line starts the next bullet; Enter on an empty bullet ends the list."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.editor = editor
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and not self.editor.isReadOnly()):
            return self.enter()
        return False

    def enter(self) -> bool:
        """Handle Enter at the cursor; False when it is an ordinary line break."""
        cursor = self.editor.textCursor()
        block = cursor.block()
        prefix = bullet_of(block.text())
        if not prefix or cursor.hasSelection():
            return False
        if not block.text().strip() or block.text().strip() == prefix.strip():
            # An empty bullet: the list ends here (the bullet goes, the line stays).
            cursor.beginEditBlock()
            cursor.setPosition(block.position())
            cursor.setPosition(
                block.position() + len(block.text()), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.insertText("")
            cursor.endEditBlock()
            self.editor.setTextCursor(cursor)
            return True
        cursor.insertText("\n" + prefix)
        self.editor.setTextCursor(cursor)
        return True


class NotesSection(ReviewSection):
    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        intro = QLabel(
            translate(
                "Review",
                "What was decided and what was discussed. These notes go to the "
                "family with the action plan, so write them plainly.",
            )
        )
        intro.setWordWrap(True)
        self.check = PlainTextCheck(accessible_name=translate("Review", "Meeting notes"))
        self.editor = self.check.editor
        self.editor.setPlaceholderText(
            translate("Review", "• What we decided\n• What we talked about")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(220)
        self.message = FieldMessage()
        self.toolbar = QToolBar(translate("Review", "Notes"))
        self.toolbar.setAccessibleName(translate("Review", "Notes formatting"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bullet_action = QAction(translate("Review", "• Li&st"), self)
        self.bullet_action.setWhatsThis(translate("Review", "In the meeting notes"))
        self.bullet_action.setToolTip(
            translate(
                "Review", "Put bullets on the selected lines, or take them off (Ctrl+Shift+8)"
            )
        )
        self.bullet_action.setShortcuts([QKeySequence(s) for s in BULLET_SHORTCUTS])
        self.bullet_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.bullet_action.triggered.connect(self.toggle_bullets)
        self.addAction(self.bullet_action)
        self.toolbar.addAction(self.bullet_action)
        self.toolbar.widgetForAction(self.bullet_action).setAccessibleName(
            translate("Review", "Bullet list")
        )
        self.explain_action = self.editor.explain_action
        self.toolbar.addAction(self.explain_action)
        self.toolbar.widgetForAction(self.explain_action).setAccessibleName(
            translate("Review", "Explain the term at the cursor"))
        self._bullets = _ContinueBullets(self.editor)
        self.binding = AutosaveField(self.editor, "notes", self._save, message=self.message,
                                     parse=lambda text: text.rstrip())
        self.editing(self.toolbar)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.check, 1)
        layout.addWidget(self.message)

    def update_enabled(self) -> None:
        super().update_enabled()
        # Read-only rather than disabled: the notes of a record stay easy to read and copy.
        self.editor.setReadOnly(not self.can_edit())

    def reload(self) -> None:
        if self.meeting_id is None:
            self.binding.set_value("")
            return
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        self.binding.set_value(meeting.notes)
        self.check.set_language(self._family_language(meeting.student_id))
        self.editor.check_now()

    def _family_language(self, student_id: int) -> str:
        family = self.ctx.store.family_of(student_id)
        return family[0].member.preferred_language if family else "en"

    def flush(self) -> bool:
        return self.binding.commit()

    def toggle_bullets(self) -> None:
        if self.can_edit():
            toggle_bullets(self.editor)

    def _save(self, _field: str, value: Any) -> str | None:
        meeting_id = self.meeting_id
        if meeting_id is None or not self.can_edit():
            return None
        messages: list[str] = []
        result = self.run(app_meetings.change_notes, meeting_id=meeting_id, notes=value,
                          undo_text=translate("Review", "Edit the meeting notes"),
                          report=keep_refusals(messages))
        return None if result is not None else messages[0]

    def on_changes(self, changes: Changes) -> None:
        if changes.meetings:
            self.reload()

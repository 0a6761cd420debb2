"""Edits that save themselves: one `AutosaveField` per editor, grouped per form.

A field is committed when it loses focus, on Enter, or after a short pause in
typing. Committing means: read the text (a parse error is a message, not a
crash), hand the value to the form's `save(field, value)`, which checks and
stores it and returns a message when it cannot. A message is shown beside the
field and the text stays on screen for correcting; the database keeps the last
good value. There is no Save button and nothing to forget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from iep_desk.core.clean_text import clean_text
from iep_desk.ui.problems import error_text
from iep_desk.ui.widgets import FieldMessage, with_short_quotes

# How long typing must pause before the field saves itself.
PAUSE_MS = 700

SaveFunction = Callable[[str, Any], "str | None"]


class AutosaveField(QObject):
    """Binds one editor to one field of a record.

    `parse(text)` turns the editor's text (without control or direction-override
    characters: core.clean_text) into a value and raises ValueError with a
    message for the teacher when it cannot; `show(value)` is the text shown for a
    stored value. Combo boxes carry their codes as item data; check boxes are booleans.
    """

    def __init__(
        self,
        editor: QWidget,
        field: str,
        save: SaveFunction,
        *,
        message: FieldMessage | None = None,
        parse: Callable[[str], Any] | None = None,
        show: Callable[[Any], str] | None = None,
    ):
        super().__init__(editor)
        self.editor = editor
        self.field = field
        self._save = save
        self.message = message
        # The label in front of the editor, when a form gave it one (caseload.fields.add_row).
        self.caption: QLabel | None = None
        self._parse = parse or (lambda text: text.strip())
        self._show = show or (lambda value: "" if value is None else str(value))
        self._loading = False
        self.dirty = False  # typed or chosen since the last commit
        # The last commit's save was refused (a full disk, a rule): the edit is still to be
        # saved, and the next commit tries again.
        self.refused = False
        # The text shown or saved last: a text editor says its text changed when only its
        # look did (a highlighter recolouring it), and that is not an edit.
        self._last_text: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(lambda: self.commit(final=False))

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._typed)
            editor.editingFinished.connect(self.commit)  # Enter, or focus leaves
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self._typed)
            editor.installEventFilter(self)  # focus leaving commits
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(self._chosen)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(self._chosen)
        else:
            raise TypeError(f"No autosave for {type(editor).__name__}")

    # -- what the editor holds ------------------------------------------------
    def _text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return ""  # a drop-down or a tick box: nothing typed

    def caption_text(self) -> str:
        """The caption as the teacher reads it (without the & of its Alt key), to name the
        field in an undo step; the field's name when the form gave it no caption."""
        if self.caption is None:
            return self.field
        return self.caption.text().replace("&", "")

    def _current_value(self) -> Any:
        if isinstance(self.editor, QComboBox):
            return self.editor.currentData()
        if isinstance(self.editor, QCheckBox):
            return self.editor.isChecked()
        # A paste can carry characters nobody sees: a control character, or a direction
        # override that prints "eeL" as "Lee" on a family's handout. They are dropped as they
        # are from an imported file (core.clean_text); a line edit holds one line.
        return self._parse(clean_text(self._text(),
                                      multiline=isinstance(self.editor, QPlainTextEdit)))

    def set_value(self, value: Any) -> None:
        """Show a stored value (not an edit: nothing is saved, any message is cleared)."""
        self._loading = True
        try:
            self._timer.stop()
            self.dirty = self.refused = False
            if isinstance(self.editor, QComboBox):
                index = self.editor.findData(value)
                if index < 0 and value not in (None, ""):
                    # A code this version does not list (an import, a newer file): show it as is.
                    self.editor.addItem(str(value), value)
                    index = self.editor.count() - 1
                self.editor.setCurrentIndex(max(index, 0))
            elif isinstance(self.editor, QCheckBox):
                self.editor.setChecked(bool(value))
            elif isinstance(self.editor, QLineEdit):
                self.editor.setText(self._show(value))
                self.editor.setCursorPosition(0)
            elif isinstance(self.editor, QPlainTextEdit):
                self.editor.setPlainText(self._show(value))
            if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
                self._last_text = self._text()
            self._set_message(None)
        finally:
            self._loading = False

    # -- when to save ---------------------------------------------------------
    def _typed(self, *_args) -> None:
        if self._loading:
            return
        if self._text() == self._last_text:  # the same words: only their look changed
            return
        self.dirty = True
        self._timer.start()

    def _chosen(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def commit(self, final: bool = True) -> bool:
        """Save the editor's value if it changed; True when nothing is left unsaved.

        An edit that could not be saved (a full disk, a rule of the caseload) stays
        unsaved: the next commit tries again (after the teacher made room on the disk, it
        is saved), and until one succeeds commit says False. Text that is not a value at
        all (a date that does not exist) is pointed out beside the field and not tried
        again: the file keeps its last good value.

        `final` is False for the pause in typing: the text is then left exactly
        as typed (no tidying under the teacher's cursor).
        """
        self._timer.stop()
        if not self.dirty and not self.refused:
            return True
        self.dirty = self.refused = False
        try:
            value = self._current_value()
        except ValueError as error:
            self._set_message(error_text(error))
            return False
        problem = self._save(self.field, value)
        self._set_message(problem)
        self.refused = problem is not None
        if problem is None and final and isinstance(self.editor, QLineEdit):
            tidy = self._show(value)
            if tidy != self.editor.text():
                self._loading = True
                self.editor.setText(tidy)
                self._loading = False
        if problem is None and isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
            self._last_text = self._text()
        return problem is None

    def _set_message(self, text: str | None) -> None:
        if self.message is None:
            return
        if text:
            self.message.show_message(text)
        else:
            self.message.clear_message()
        self.editor.setAccessibleDescription(with_short_quotes(text or ""))


class AutosaveGroup:
    """The fields of one form: flushed together, made read-only together."""

    def __init__(self) -> None:
        self.fields: dict[str, AutosaveField] = {}

    def add(self, binding: AutosaveField) -> AutosaveField:
        self.fields[binding.field] = binding
        return binding

    def __getitem__(self, field: str) -> AutosaveField:
        return self.fields[field]

    def flush(self) -> bool:
        """Commit every field with an unsaved edit (on close, before undo, on switching
        student); True when every edit is saved."""
        saved = [binding.commit() for binding in self.fields.values()]
        return all(saved)

    def load(self, values: dict[str, Any]) -> None:
        for field, binding in self.fields.items():
            binding.set_value(values.get(field))

    def set_enabled(self, enabled: bool) -> None:
        for binding in self.fields.values():
            binding.editor.setEnabled(enabled)

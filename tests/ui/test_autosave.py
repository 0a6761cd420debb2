"""Autosave fields: a change of look is not an edit; a change of words is saved once."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from iep_desk.ui.autosave import AutosaveField


class EveryWordRed(QSyntaxHighlighter):
    """Colours the text when `on` (what the plain-language check does with its terms)."""

    on = False

    def highlightBlock(self, text: str) -> None:
        if self.on:
            look = QTextCharFormat()
            look.setForeground(QColor("red"))
            self.setFormat(0, len(text), look)


def test_recolouring_a_text_is_not_an_edit_and_typing_is(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = EveryWordRed(editor.document())
    saved = []
    field = AutosaveField(editor, "title", lambda name, value: saved.append(value))
    field.set_value("Welcome, and who we are")
    highlighter.on = True
    highlighter.rehighlight()  # (Qt says the text changed)
    assert not field.dirty
    field.commit()
    assert saved == []
    editor.appendPlainText("Questions first")
    assert field.dirty
    field.commit()
    assert saved == ["Welcome, and who we are\nQuestions first"]
    highlighter.on = False
    highlighter.rehighlight()
    field.commit()
    assert len(saved) == 1


"""The plain-language editor: terms underlined, explained on hover, explanation inserted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QToolTip

from iep_desk.resources import load_glossary
from iep_desk.ui.plain_text_check import CheckedTextEdit, PlainTextCheck


def _underlined_ranges(editor: CheckedTextEdit) -> list[tuple[int, int]]:
    """(start, end) of every underlined range in the first block."""
    block = editor.document().firstBlock()
    return [
        (r.start, r.start + r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    ]


def _make(qtbot, **options) -> PlainTextCheck:
    widget = PlainTextCheck(accessible_name="Purpose", **options)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_glossary_term_is_underlined_and_only_it(qtbot):
    widget = _make(qtbot)
    text = "We will talk about the IEP and the FBA."
    widget.editor.setPlainText(text)
    ranges = _underlined_ranges(widget.editor)
    marked = sorted(text[a:b] for a, b in ranges)
    assert marked == ["FBA", "IEP"]


def test_tooltip_shows_the_plain_explanation(qtbot):
    widget = _make(qtbot)
    editor = widget.editor
    editor.setPlainText("Your child's IEP is ready.")
    start = editor.toPlainText().index("IEP")
    cursor = editor.textCursor()
    cursor.setPosition(start + 1)
    pos = editor.cursorRect(cursor).center()  # viewport coordinates
    viewport = editor.viewport()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    explanation = load_glossary("en").entry("IEP").plain
    assert explanation in QToolTip.text()
    assert QToolTip.text().startswith("IEP")
    # Away from any term there is no tooltip.
    cursor.setPosition(1)
    pos = editor.cursorRect(cursor).center()
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    qtbot.waitUntil(lambda: QToolTip.text() == "" or not QToolTip.isVisible())


def test_ctrl_e_inserts_the_explanation_after_the_term(qtbot):
    widget = _make(qtbot)
    editor = widget.editor
    editor.setPlainText("The IEP meeting is on Monday.")
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.setPosition(5)  # inside "IEP"
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    text = editor.toPlainText()
    assert text.startswith("The IEP (a written plan")
    assert text.endswith(") meeting is on Monday.")
    # Asking again does not add it twice.
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    assert editor.explain_term_at_cursor() is False
    assert editor.toPlainText() == text


def test_context_menu_offers_the_explanation(qtbot):
    widget = _make(qtbot)
    editor = widget.editor
    editor.setPlainText("Ask about ESY.")
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("ESY") + 1)
    menu = editor.context_menu(editor.cursorRect(cursor).center())
    first = menu.actions()[0]
    assert first is editor.explain_action
    assert "ESY" in first.text() and first.isEnabled()
    first.trigger()
    assert editor.toPlainText().startswith("Ask about ESY (")
    menu.deleteLater()


def test_no_explain_action_away_from_a_term(qtbot):
    widget = _make(qtbot)
    editor = widget.editor
    editor.setPlainText("Ask about lunch.")
    cursor = editor.textCursor()
    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    menu = editor.context_menu(editor.cursorRect(cursor).center())
    assert not menu.actions()[0].isEnabled()
    assert editor.explain_term_at_cursor() is False
    assert editor.toPlainText() == "Ask about lunch."
    menu.deleteLater()


def test_grade_label_follows_the_text(qtbot):
    widget = _make(qtbot)
    widget.editor.setPlainText("We meet to talk about how your son is doing at school.")
    widget.editor.check_now()
    easy = widget.grade_label.text()
    assert easy.startswith("Reading level: grade")
    widget.editor.setPlainText(
        "The multidisciplinary evaluation team will deliberate regarding eligibility "
        "determinations, individualized accommodations, and supplementary educational services "
        "throughout the forthcoming academic year, considering comprehensive psychoeducational "
        "assessment documentation."
    )
    widget.editor.check_now()
    hard = widget.grade_label.text()
    assert hard != easy
    assert "split it" in hard or "grade" in hard
    grade = widget.editor.report.grade
    assert grade is not None and grade > 8


def test_the_advice_speaks_the_windows_language(qtbot, spanish):
    """A Spanish-speaking teacher writing to an English-reading family: the advice
    (core.plain_language's codes) is in Spanish, about the English text."""
    widget = _make(qtbot)
    long_sentence = ("The multidisciplinary evaluation team will deliberate regarding the "
                     "eligibility of your child and the individualized accommodations and the "
                     "supplementary services for the whole of the forthcoming academic year.")
    words = len(long_sentence.split())
    widget.editor.setPlainText(f"{long_sentence} Bring the IEP.")
    widget.editor.check_now()
    label = widget.grade_label.text()
    grade = widget.editor.report.grade
    assert grade is not None and grade > 8
    assert label == (
        f"Nivel de lectura: grado {grade:.1f} (procure de 6 a 8). "
        f"La oración 1 tiene {words} palabras: divídala. "
        "Explique o reemplace los términos que una familia quizá no conozca: evaluation, "
        "eligibility, accommodations, supplementary aids and services, IEP.")


def test_single_line_variant_finishes_on_enter_and_keeps_one_line(qtbot):
    widget = _make(qtbot, single_line=True)
    editor = widget.editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClicks(editor, "Purpose")
    with qtbot.waitSignal(editor.editingFinished, timeout=1000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "\n" not in editor.toPlainText()
    assert editor.toPlainText() == "Purpose"


def test_spanish_glossary_when_the_family_reads_spanish(qtbot):
    widget = _make(qtbot)
    widget.set_language("es")
    spanish = load_glossary("es")
    term = spanish.entries[0].term
    widget.editor.setPlainText(f"Hablaremos del {term} de su hijo.")
    hits = widget.editor.hits()
    assert [h.term for h in hits] == [term]

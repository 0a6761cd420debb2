"""A text editor that checks, as it is typed, whether a family will understand the text.

Glossary terms (core.plain_language) are underlined; hovering one shows its plain
explanation; "Explain term" (context menu, Ctrl+E) writes the explanation in
parentheses after the term under the cursor. A label under the editor shows the
reading-grade estimate and the advice. Everything runs offline.

Two variants share one class: `CheckedTextEdit(single_line=True)` behaves like a
line edit (Enter finishes, no line breaks, one line high) but can still draw the
underlines, which a QLineEdit cannot. `PlainTextCheck` is the editor with its label,
ready to put in a form; the editor itself (`.editor`) is what an AutosaveField binds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QToolTip, QVBoxLayout, QWidget

from iep_desk.core.plain_language import (
    TARGET_GRADE,
    Glossary,
    GlossaryError,
    PlainLanguageReport,
    TermHit,
    check_text,
    explain_inline,
    find_terms,
)
from iep_desk.resources import load_glossary
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import translate

# How long typing pauses before the grade and advice are worked out again.
CHECK_PAUSE_MS = 250
EXPLAIN_SHORTCUT = "Ctrl+E"


class _TermHighlighter(QSyntaxHighlighter):
    """Underlines every glossary term, one text block (line) at a time."""

    def __init__(self, editor: CheckedTextEdit):
        super().__init__(editor.document())
        self._editor = editor
        # Not `self.format`, which would hide QSyntaxHighlighter.format(position).
        self.term_format = QTextCharFormat()
        self.term_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        self.term_format.setUnderlineColor(QColor(30, 90, 200))
        self.term_format.setBackground(QColor(30, 90, 200, 28))

    def highlightBlock(self, text: str) -> None:
        glossary = self._editor.glossary
        if glossary is None:
            return
        for hit in find_terms(text, glossary):
            self.setFormat(hit.start, hit.end - hit.start, self.term_format)


class CheckedTextEdit(QPlainTextEdit):
    """The checking editor. `reportChanged(PlainLanguageReport)` follows the text.

    `single_line=True`: Enter emits `editingFinished` instead of adding a line break,
    and pasted line breaks become spaces.
    """

    reportChanged = Signal(object)
    editingFinished = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, single_line: bool = False, language: str = "en"
    ):
        super().__init__(parent)
        self.single_line = single_line
        self.language = language
        self.glossary: Glossary | None = None
        self.report: PlainLanguageReport = PlainLanguageReport([], None, [])
        self._load_glossary()
        self.setTabChangesFocus(True)
        self.setMouseTracking(True)
        if single_line:
            self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            height = (
                self.fontMetrics().lineSpacing()
                + 2 * (self.frameWidth() + int(self.document().documentMargin()))
                + 2
            )
            self.setFixedHeight(height)
        self._highlighter = _TermHighlighter(self)
        self.explain_action = QAction(translate("PlainTextCheck", "&Explain term"), self)
        self.explain_action.setWhatsThis(
            translate("PlainTextCheck", "In a text the family will read")
        )
        self.explain_action.setShortcut(QKeySequence(EXPLAIN_SHORTCUT))
        self.explain_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.explain_action.triggered.connect(self.explain_term_at_cursor)
        self.addAction(self.explain_action)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_PAUSE_MS)
        self._timer.timeout.connect(self.check_now)
        self.textChanged.connect(self._timer.start)
        # Finishing an edit shows the final grade at once, without waiting for the pause.
        self.editingFinished.connect(self.check_now)

    # -- language --------------------------------------------------------------------
    def _load_glossary(self) -> None:
        try:
            self.glossary = load_glossary(self.language)
        except GlossaryError:
            try:
                self.glossary = load_glossary("en")
            except GlossaryError:
                self.glossary = None

    def set_language(self, language: str) -> None:
        """Check against the glossary and reading formula of the family's language."""
        language = language or "en"
        if language == self.language:
            return
        self.language = language
        self._load_glossary()
        self._highlighter.rehighlight()
        self.check_now()

    # -- checking ---------------------------------------------------------------------
    def check_now(self) -> PlainLanguageReport:
        """Work out the terms, grade and advice now (the pause timer does it while typing)."""
        self._timer.stop()
        try:
            own = load_glossary(self.language)  # no fallback here: no terms in another language
        except GlossaryError:
            own = None
        self.report = check_text(self.toPlainText(), self.language, glossary=own)
        self.reportChanged.emit(self.report)
        return self.report

    def hits(self) -> list[TermHit]:
        """The glossary terms in the current text (positions in the whole text)."""
        if self.glossary is None:
            return []
        return find_terms(self.toPlainText(), self.glossary)

    def hit_at(self, position: int) -> TermHit | None:
        """The term at a text position; a position just after a term counts too."""
        for hit in self.hits():
            if hit.start <= position <= hit.end:
                return hit
        return None

    def explain_term_at_cursor(self) -> bool:
        """Insert the plain explanation after the term under the cursor; True when inserted.

        The insertion is one undoable edit (Ctrl+Z in the editor takes it back).
        """
        if self.isReadOnly():
            return False
        hit = self.hit_at(self.textCursor().position())
        if hit is None:
            return False
        text = self.toPlainText()
        new_text = explain_inline(text, hit)
        if new_text == text:
            return False
        # The explanation is one insertion: find where, and insert only that.
        at = next((i for i, (a, b) in enumerate(zip(text, new_text)) if a != b), len(text))
        inserted = new_text[at : at + len(new_text) - len(text)]
        if self.single_line:
            inserted = inserted.replace("\n", " ")
        cursor = QTextCursor(self.document())
        cursor.setPosition(at)
        cursor.insertText(inserted)
        cursor.setPosition(at + len(inserted))
        self.setTextCursor(cursor)
        self.check_now()
        return True

    # -- events ------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        # Hovering happens over the viewport: its tooltip event carries viewport positions.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit_at(self.cursorForPosition(event.pos()).position())
            if hit is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(hit), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def tooltip_for(hit: TermHit) -> str:
        return translate(
            "PlainTextCheck", "%s: %s\n(Ctrl+E puts this explanation in the text.)"
        ) % (hit.term, hit.plain)

    def context_menu(self, pos) -> QMenu:
        """The editor's menu at `pos` (viewport coordinates), "Explain “term”" first."""
        menu = self.createStandardContextMenu(pos)
        cursor = self.cursorForPosition(pos)
        hit = self.hit_at(cursor.position())
        if hit is not None:
            self.setTextCursor(cursor)  # the explanation goes after the term clicked on
        else:
            hit = self.hit_at(self.textCursor().position())
        self.explain_action.setEnabled(hit is not None and not self.isReadOnly())
        self.explain_action.setText(
            translate("PlainTextCheck", "&Explain “%s”") % hit.term
            if hit
            else translate("PlainTextCheck", "&Explain term")
        )
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addAction(self.explain_action)
        else:
            menu.insertAction(first, self.explain_action)
            menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().split()))
            return
        super().insertFromMimeData(source)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.single_line:
            self.editingFinished.emit()

    # -- convenience ---------------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class PlainTextCheck(QWidget):
    """The checking editor with the reading-grade label under it."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        single_line: bool = False,
        language: str = "en",
        accessible_name: str = "",
    ):
        super().__init__(parent)
        self.editor = CheckedTextEdit(self, single_line=single_line, language=language)
        self.grade_label = QLabel(self)
        self.grade_label.setWordWrap(True)
        self.grade_label.setTextFormat(Qt.TextFormat.PlainText)
        self.grade_label.setStyleSheet("color: #444;")
        # Two lines, always: a hint that grew and shrank while typing would move every field
        # below it (a click meant for one landed in the next). The whole text is its tooltip.
        self.grade_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.grade_label.setFixedHeight(2 * self.grade_label.fontMetrics().lineSpacing() + 2)
        if accessible_name:
            self.editor.setAccessibleName(accessible_name)
            self.grade_label.setAccessibleName(
                translate("PlainTextCheck", "Reading level of %s") % accessible_name
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.editor)
        layout.addWidget(self.grade_label)
        self.setFocusProxy(self.editor)
        self.editor.reportChanged.connect(self._show_report)
        self._show_report(self.editor.report)

    def _show_report(self, report: PlainLanguageReport) -> None:
        text = grade_text(report, bool(self.editor.toPlainText().strip()))
        self.grade_label.setText(text)
        self.grade_label.setToolTip(text)

    def set_language(self, language: str) -> None:
        self.editor.set_language(language)


def grade_text(report: PlainLanguageReport, has_text: bool = True) -> str:
    """ "Reading level: grade 7.2 (aim for 6 to 8). Explain or replace ...": one line for the label."""
    if not has_text:
        return translate("PlainTextCheck",
            "Reading level: write something to see it. Terms a family may not know "
            "are underlined; Ctrl+E explains the one at the cursor."
        )
    if report.grade is None:
        parts = [translate("PlainTextCheck", "No reading-level estimate for this language.")]
    else:
        parts = [
            translate("PlainTextCheck", "Reading level: grade %.1f (aim for %d to %d).")
            % (report.grade, TARGET_GRADE[0], TARGET_GRADE[1])
        ]
    # The grade is already said above; the rest of the advice follows it.
    parts += [problem_text(advice) for advice in report.advice
              if advice.code != "reading_grade_too_high"]
    return " ".join(parts)

"""Drafts: what the teacher typed in a "new …" form or an entry line but did not add yet.

Fields that save themselves (AutosaveField) never hold a draft. The lines and forms that wait
for an Add button do: a section that has them answers `pending_drafts()` with a `Draft` per
thing typed and not added. Before the teacher would lose them (choosing another student or
meeting, closing the window) the pane calls `may_leave`, which lists them in one dialog:
**Go back** (the default, and Escape: nothing changes, the focus goes to the first draft) or
**Discard** (the drafts are cleared and the change goes ahead). A half-typed line is not
a decision, so nothing is ever added without the teacher pressing Add.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTabWidget, QWidget

from iep_desk.ui.translate import translate

# How much of a draft the dialog quotes.
QUOTE_LENGTH = 40


@dataclass(frozen=True)
class Draft:
    """One thing typed and not added: `what` says it in the teacher's words (“a new goal:
    “Reads 90 words…””), `widget` is where it was typed, `discard` clears it."""

    what: str
    widget: QWidget
    discard: Callable[[], None]


def quoted(text: str) -> str:
    """The first words of a draft, in quotes, on one line: “Reads 90 words a minute…”."""
    line = " ".join(text.split())
    if len(line) > QUOTE_LENGTH:
        cut = line[:QUOTE_LENGTH + 1]
        # At the end of a whole word, when there is one to end at.
        cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:QUOTE_LENGTH]
        line = cut.rstrip(" ,;:") + "…"
    return f"“{line}”"


def typed_in(widget: QLineEdit | QPlainTextEdit) -> str:
    """What the teacher typed (spaces around it dropped); a placeholder is not text."""
    text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    return text.strip()


Line = QLineEdit | QPlainTextEdit


def line_drafts(groups: Iterable[tuple[Sequence[Line], str]]) -> list[Draft]:
    """A Draft for each group of lines (the parts of one new thing: a busy time's start, end
    and note) where something is typed: `what` names the thing ("a new action"), the quote
    joins what was typed, Discard clears every line of the group."""
    drafts = []
    for lines, what in groups:
        typed = [(line, text) for line in lines if (text := typed_in(line))]
        if typed:
            drafts.append(Draft(f"{what}: {quoted(' – '.join(text for _l, text in typed))}",
                                typed[0][0], _clearing(lines)))
    return drafts


def _clearing(lines: Sequence[Line]) -> Callable[[], None]:
    def clear() -> None:
        for line in lines:
            line.clear()
    return clear


# -- asking ------------------------------------------------------------------------------------
GO_BACK = "go back"
DISCARD = "discard"


def drafts_box(parent: QWidget | None, whats: Sequence[str]) -> QMessageBox:
    """The question, with Go back as its default and Escape button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Drafts", "Typed but not added"))
    box.setText(translate("Drafts", "What you typed here is not added yet:"))
    box.setInformativeText("\n".join(f"• {what}" for what in whats))
    go_back = box.addButton(translate("Drafts", "&Go back"), QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton(translate("Drafts", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    go_back.setAccessibleName(translate("Drafts", "Go back to what you typed"))
    discard.setAccessibleName(translate("Drafts", "Discard what you typed"))
    box.setDefaultButton(go_back)
    box.setEscapeButton(go_back)
    box.setProperty("discard_button", discard)
    return box


def ask_about_drafts(parent: QWidget | None, whats: Sequence[str]) -> str:
    """GO_BACK or DISCARD, as the teacher answers (tests put their answer in its place)."""
    box = drafts_box(parent, whats)
    box.exec()
    return DISCARD if box.clickedButton() is box.property("discard_button") else GO_BACK


def may_leave(parent: QWidget | None, drafts: Sequence[Draft]) -> bool:
    """True when nothing typed would be lost, or the teacher chose to discard it (it is
    cleared then); False when she chose to go back (the focus is on the first draft)."""
    if not drafts:
        return True
    if ask_about_drafts(parent, [draft.what for draft in drafts]) == DISCARD:
        for draft in drafts:
            draft.discard()
        return True
    go_to(drafts[0].widget)
    return False


def go_to(widget: QWidget) -> None:
    """Show the tab pages that hold `widget` and give it the focus."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QTabWidget):
            for index in range(ancestor.count()):
                page = ancestor.widget(index)
                if page is not None and (page is widget or page.isAncestorOf(widget)):
                    ancestor.setCurrentIndex(index)
                    break
        ancestor = ancestor.parentWidget()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)

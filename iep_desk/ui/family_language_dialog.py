"""The teacher's own words in the family's language: one editor per text she typed that the
family documents print (the purpose, the place, her agenda items, the family's questions...).

Reached from the planner ("Their language…") and before Preview, Save or Print of a family
document in a language other than English when some of those texts have no version in it.
Each row shows what prints (as typed) and an editor for the version in the family's
language; a version made before the text was changed is shown for correcting, marked as
such. Save stores them all at once (app.handouts.save_translations); "Make it
with these in English" goes on knowingly; Cancel makes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app.handouts import save_translations
from iep_desk.core import family_language as fl
from iep_desk.core.handout_language import LanguagePlan
from iep_desk.core.typed_text import FieldRef, TypedText
from iep_desk.storage.errors import SaveFailed
from iep_desk.ui.desk import Desk
from iep_desk.ui.labels import language_name
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate


def field_title(code: str) -> str:
    """A typed text's field, as the teacher knows it (a heading: capital first)."""
    return {
        "meeting_purpose": translate("FamilyLanguageDialog", "The meeting's purpose"),
        "meeting_place": translate("FamilyLanguageDialog", "The meeting's place"),
        "document_for_review": translate("FamilyLanguageDialog", "The papers sent ahead"),
        "agenda_item": translate("FamilyLanguageDialog", "An agenda item"),
        "family_question": translate("FamilyLanguageDialog", "A question from the family"),
        "meeting_notes": translate("FamilyLanguageDialog", "The meeting notes"),
        "action_item": translate("FamilyLanguageDialog", "An action item"),
        "home_suggestion": translate("FamilyLanguageDialog", "An idea for home you wrote"),
        "contribution": translate("FamilyLanguageDialog", "What the family brought"),
        "teacher_title": translate("FamilyLanguageDialog", "Your title on the letterhead"),
    }.get(code, code)


class FamilyLanguageDialog(QDialog):
    """The family-language version of each text the teacher typed. `result()`: SAVED,
    ANYWAY (print with the texts as typed) or Rejected (cancel)."""

    SAVED = 1
    ANYWAY = 2

    def __init__(self, plan: LanguagePlan, desk: Desk, parent: QWidget | None = None,
                 *, before_printing: bool = False):
        super().__init__(parent)
        self.plan = plan
        self.desk = desk
        self.language = plan.translation_language or ""
        name = language_name(self.language)
        self.setWindowTitle(
            translate("FamilyLanguageDialog", "Your words in %1").replace("%1", name)
        )
        self.setAccessibleName(self.windowTitle())
        stored = desk.stores.translations.of([t.ref for t in plan.typed], self.language)
        missing = {t.ref for t in plan.untranslated}

        intro = QLabel(translate("FamilyLanguageDialog",
            "These are things you typed. They print as you typed them (in English) on the "
            "%1 handouts unless you write their %1 version here. Ask the interpreter or a "
            "colleague who writes %1 if you can. Names, phone numbers and links need no "
            "version.").replace("%1", name))
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(
            translate("FamilyLanguageDialog", "How many still print in English")
        )

        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(_bold(translate("FamilyLanguageDialog", "What it is")), 0, 0)
        grid.addWidget(_bold(translate("FamilyLanguageDialog", "As you typed it")), 0, 1)
        grid.addWidget(_bold(translate("FamilyLanguageDialog", "In %1").replace("%1", name)), 0, 2)
        self.editors: dict[FieldRef, QPlainTextEdit] = {}
        self.texts: dict[FieldRef, TypedText] = {}
        rtl = fl.is_right_to_left(self.language)
        ordered = sorted(plan.typed, key=lambda t: t.ref not in missing)
        for row, text in enumerate(ordered, start=1):
            title = field_title(text.field)
            state = (
                translate("FamilyLanguageDialog", "not yet")
                if text.ref in missing
                else translate("FamilyLanguageDialog", "done")
            )
            previous = stored.get(text.ref)
            if text.ref in missing and previous is not None:
                state = translate(
                    "FamilyLanguageDialog", "the English was changed since: check this version"
                )
            label = QLabel(f"{title}\n({state})")
            label.setWordWrap(True)
            english = QLabel(text.english)
            english.setWordWrap(True)
            english.setTextFormat(Qt.TextFormat.PlainText)
            english.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            english.setAccessibleName(
                translate("FamilyLanguageDialog", "%1, as you typed it").replace("%1", title)
            )
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(
                translate("FamilyLanguageDialog", "%1 in %2")
                .replace("%1", title)
                .replace("%2", name)
            )
            editor.setPlaceholderText(
                translate("FamilyLanguageDialog", "Write it in %1").replace("%1", name)
            )
            editor.setFixedHeight(max(52, min(110, 22 * (1 + len(text.english) // 45))))
            if rtl:
                editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            if previous is not None:
                editor.setPlainText(previous.text)
            editor.textChanged.connect(self._update_summary)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(english, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(editor, row, 2)
            self.editors[text.ref] = editor
            self.texts[text.ref] = text
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        scroll.setAccessibleName(
            translate("FamilyLanguageDialog", "Your words and their %1 versions").replace(
                "%1", name
            )
        )

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("FamilyLanguageDialog", "&Save and make it")
            if before_printing
            else translate("FamilyLanguageDialog", "&Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.anyway_button: QPushButton | None = None
        if before_printing:
            self.anyway_button = self.buttons.addButton(
                translate("FamilyLanguageDialog", "Make it with these in &English"),
                QDialogButtonBox.ButtonRole.ActionRole,
            )
            self.anyway_button.clicked.connect(lambda: self.done(self.ANYWAY))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self._update_summary()
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    def still_in_english(self) -> list[TypedText]:
        """The texts whose editor is empty: they print as typed. (A version shown because the
        English changed since is stored for the new English when saved.)"""
        return [self.texts[ref] for ref, editor in self.editors.items()
                if not editor.toPlainText().strip()]

    def _update_summary(self) -> None:
        count = len(self.still_in_english())
        self.summary.setText(
            translate("FamilyLanguageDialog", "Everything you typed has a %1 version.").replace(
                "%1", language_name(self.language)
            )
            if count == 0
            else translate(
                "FamilyLanguageDialog", "%n of them will still print in English."
            ).replace("%n", str(count))
        )

    def save(self) -> bool:
        """Store every version (an empty editor removes one); close when stored."""
        versions = {ref: (self.texts[ref].english, editor.toPlainText())
                    for ref, editor in self.editors.items()}
        try:
            self.desk.run(save_translations, language=self.language, versions=versions,
                          source=self)
        except SaveFailed as error:
            QMessageBox.warning(
                self, translate("FamilyLanguageDialog", "Could not save"), error_text(error)
            )
            return False
        self.done(self.SAVED)
        return True


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label

"""The handout buttons a pane shows: Preview…, Save as PDF… and Print… for each document,
and for the planner, Print packet….

Usage, in a pane:  install_handout_actions(self.handout_bar, ["invitation", "agenda",
"prep-sheet"], self.current_meeting_id, store, meetings, self)

Each document gets one button with a menu (so a toolbar stays narrow); each button
takes keyboard focus, and Space opens its menu. A family document's menu also has a
Language submenu: the family's language (the default), any other language with templates,
English, and a bilingual copy (the family's language, then the English, in one file). The
choice holds for the pane's documents and the packet until another meeting is chosen.
The prep sheet is the case manager's, in the window's language (English when there is no
prep sheet in it), wherever it is made: preview, save, print and the packet.

What the teacher should know about the language (no templates for the family's language,
so English with the tagline; no tagline either; a translation no native speaker has
checked; things she typed that would print in English) is said without stopping her: in
the language line (`language_line`, which the planner shows under its header), in the
preview window, and on the window's status bar after Save or Print. Before a family
document in a language other than English is made while some of her typed texts have no
version in that language, the family-language dialog lists them: she writes them, or
makes the document with them in English, knowingly.

Before anything is previewed, saved or printed, the document is checked
(printing.check): a document that does not fit the meeting (a summary before the meeting
was held, an invitation for a cancelled or undated meeting) or a character no shipped font
can draw is explained, and nothing is made; an agenda that runs past the meeting's end is
warned about, then made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from iep_desk import resources
from iep_desk.app import checklist as app_checklist
from iep_desk.app import handouts as app_handouts
from iep_desk.app.handouts import FAMILY_KINDS
from iep_desk.core import family_language as fl
from iep_desk.core import meeting_rules
from iep_desk.core.handout_language import (
    BILINGUAL,
    FAMILY,
    LanguagePlan,
    UnknownLanguage,
    can_be_bilingual,
)
from iep_desk.core.meetings import MeetingRecord
from iep_desk.storage.errors import DataFileError, ReadFailed
from iep_desk.ui.desk import Desk
from iep_desk.ui.labels import language_label, language_name, window_language
from iep_desk.ui.plurals import plural
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import with_short_quotes

if TYPE_CHECKING:
    from iep_desk.printing import HandoutData
    from iep_desk.ui.handouts import PreviewWindow


def _printing():
    """The printing package, imported on first use: reportlab and the fonts cost start-up time."""
    from iep_desk import printing

    return printing


def _handouts():
    from iep_desk.ui import handouts

    return handouts

VERBS = ("preview", "save", "print")
PACKET_KINDS = ("invitation", "agenda", "prep-sheet")
# The documents printing.RENDERERS makes, and the family preparation sheet (printing.
# FAMILY_PAGES; a test checks they agree).
KINDS = ("invitation", "agenda", "prep-sheet", "summary", "thank-you", "preparation-sheet")
# The preparation sheet's other form: the same sheet as a PDF with boxes to fill in on a
# phone or a computer (offered in the preparation sheet's menu, saved for the family).
FILLABLE = "fillable-preparation-sheet"
# Made for the family to fill in: printing or saving one ticks "preparation sheet sent".
SHEET_KINDS = ("preparation-sheet", FILLABLE)
# The documents that tell the family when to come: checked for the day and time first.
TELLS_WHEN = ("invitation", "agenda")


def kind_title(kind: str) -> str:
    """The document's name as the teacher sees it."""
    return {
        "invitation": translate("HandoutActions", "Invitation"),
        "agenda": translate("HandoutActions", "Agenda"),
        "prep-sheet": translate("HandoutActions", "Prep sheet"),
        "summary": translate("HandoutActions", "Summary and action plan"),
        "thank-you": translate("HandoutActions", "Thank-you letter"),
        "preparation-sheet": translate("HandoutActions", "Family preparation sheet"),
        FILLABLE: translate("HandoutActions", "Family preparation sheet (to fill in on screen)"),
    }[kind]


def refusal_text(code: str, kind: str) -> str:
    """Why a document is not made for the meeting (core.handout_rules codes), in the same
    words as the command line's."""
    texts = {
        "not_held": translate(
            "HandoutActions",
            "The %1 is for after the meeting, and this meeting is not marked as "
            "held. Mark it as held in the post-meeting review first.",
        ),
        "cancelled": translate(
            "HandoutActions", "This meeting is cancelled, so no invitation is made for it."
        ),
        "already_held": translate(
            "HandoutActions",
            "This meeting has already taken place, so no invitation is made for it.",
        ),
        "no_date": translate(
            "HandoutActions",
            "The meeting has no date yet. Set its date and start time in the planner "
            "before making the invitation.",
        ),
        "no_time": translate(
            "HandoutActions",
            "The meeting has a date but no start time. Set the start time in the "
            "planner before making the invitation.",
        ),
        "no_place": translate(
            "HandoutActions",
            "The meeting has no place yet. Set the room, or how to join by phone or "
            "video, in the planner before making the invitation.",
        ),
    }
    return texts.get(code, code).replace("%1", kind_title(kind).lower())


def field_name(code: str) -> str:
    """A printed field (printing.coverage codes), as the teacher knows it."""
    return {
        "student_name": translate("HandoutActions", "the student's name"),
        "family_name": translate("HandoutActions", "a family member's name"),
        "participant_name": translate("HandoutActions", "the name of someone invited"),
        "participant_role": translate("HandoutActions", "a role typed in"),
        "meeting_purpose": translate("HandoutActions", "the meeting's purpose"),
        "meeting_place": translate("HandoutActions", "the meeting's place"),
        "agenda_item": translate("HandoutActions", "an agenda item"),
        "agenda_leader": translate("HandoutActions", "who leads an agenda item"),
        "family_question": translate("HandoutActions", "a question from the family"),
        "document_for_review": translate("HandoutActions", "a paper sent for review"),
        "meeting_notes": translate("HandoutActions", "the meeting notes"),
        "action_item": translate("HandoutActions", "an action item"),
        "action_owner": translate("HandoutActions", "who does an action item"),
        "home_suggestion": translate("HandoutActions", "an idea for home"),
        "contribution": translate("HandoutActions", "what the family brought"),
        "tip": translate("HandoutActions", "the tip file"),
        "concern": translate("HandoutActions", "the family's concerns"),
        "student_input": translate("HandoutActions", "the student's voice"),
        "contact_note": translate("HandoutActions", "the contact log"),
        "checklist_note": translate("HandoutActions", "a checklist note"),
        "school_name": translate("HandoutActions", "the school's name (letterhead)"),
        "school_address": translate("HandoutActions", "the school's address (letterhead)"),
        "teacher_name": translate("HandoutActions", "your name (letterhead)"),
        "teacher_title": translate("HandoutActions", "your title (letterhead)"),
        "teacher_phone": translate("HandoutActions", "your phone (letterhead)"),
        "teacher_email": translate("HandoutActions", "your email (letterhead)"),
    }.get(code, code)


def missing_text(kind: str, missing: list) -> str:
    """The characters no font has, each with its field, as the character and its U+ code."""
    lines = [
        translate(
            "HandoutActions",
            "The %1 was not made: these characters are in no font IEP Desk has, so they "
            "would print as empty boxes. Change them, then try again.",
        ).replace("%1", kind_title(kind).lower())
    ]
    return "\n".join(lines + missing_character_lines(missing))


def missing_character_lines(missing: list) -> list[str]:
    """One line for each character no font has: its field, the text (cut short), the
    character and its U+ code."""
    return [
        "• "
        + with_short_quotes(
            translate("HandoutActions", "%1 “%2”: “%3” (%4)")
            .replace("%1", field_name(item.field))
            .replace("%2", item.text)
            .replace("%3", item.character)
            .replace("%4", item.code_point)
        )
        for item in missing
    ]


def language_notes(plan: LanguagePlan) -> list[str]:
    """What the teacher should know before the family documents are made, one sentence each,
    in the same words as the command line's."""
    family = language_name(plan.family_code)
    made_in = translate("HandoutActions", " and ").join(
        language_name(code) for code in plan.languages
    )
    notes = []
    if plan.family_template is None and plan.languages == ("en",) and plan.tagline is not None:
        notes.append(
            translate(
                "HandoutActions",
                "There are no %1 templates, so the family's handouts are in English, with "
                "a line in %1 at the top saying how to get an interpreter at no cost. "
                "Arrange an interpreter to go through them with the family.",
            ).replace("%1", family)
        )
    elif plan.tagline is not None:
        notes.append(
            translate(
                "HandoutActions",
                "These handouts are in %2, not in the family's language (%1); a line in "
                "%1 at the top says how to get an interpreter.",
            )
            .replace("%1", family)
            .replace("%2", made_in)
            + (
                " "
                + translate(
                    "HandoutActions",
                    "Choose a bilingual copy in the Language menu to give them both.",
                )
                if can_be_bilingual(plan.family_code, resources.language_shelf())
                else ""
            )
        )
    if plan.no_tagline:
        notes.append(
            translate(
                "HandoutActions",
                "The handouts are in %2, and IEP Desk has no line in %1 to put at the top "
                "of them, so nothing on them is in the family's language. Arrange an "
                "interpreter to explain them to the family, by phone or in person.",
            )
            .replace("%1", family)
            .replace("%2", made_in)
        )
    if plan.tagline_without_phone:
        notes.append(
            translate(
                "HandoutActions",
                "The letterhead has no phone number, so the line in the family's language "
                "gives your email instead. Add a phone number under Tools ▸ Letterhead "
                "and paper.",
            )
        )
    for code in plan.unreviewed:
        notes.append(
            translate(
                "HandoutActions",
                "The %1 translation has not been checked by a native speaker: ask the "
                "interpreter to read it through.",
            ).replace("%1", language_name(code))
        )
    if plan.untranslated:
        count = len(plan.untranslated)
        notes.append(
            plural(translate("HandoutActions", "%n thing(s) you typed will print in English",
                             "", count), count)
            + translate("HandoutActions", ": give the %1 version with “Their language…”.").replace(
                "%1", language_name(plan.translation_language)
            )
        )
    return notes


def _button_text(kind: str) -> str:
    # Mnemonics chosen to stay clear of the menu bar's and the panes' own letters; the
    # agenda has none (its tab took the letters the planner had left: tests/ui/test_alt_keys.py).
    return {
        "invitation": translate("HandoutActions", "&Invitation"),
        "agenda": translate("HandoutActions", "Agenda"),
        # "My": the private prep sheet sits beside the family's preparation sheet; the two
        # must not be taken for each other.
        "prep-sheet": translate("HandoutActions", "My p&rep sheet"),
        "summary": translate("HandoutActions", "S&ummary"),
        "thank-you": translate("HandoutActions", "Than&k-you letter"),
        "preparation-sheet": translate("HandoutActions", "Family preparati&on sheet"),
    }[kind]


def attendee_count(record: MeetingRecord) -> int:
    """How many people sit at the table: those who attended once attendance is recorded,
    before that everyone invited who has not declined or been excused. At least one."""
    people = record.participants
    if any(p.attendance for p in people):
        count = sum(1 for p in people if p.attendance in ("present", "remote"))
    else:
        count = sum(1 for p in people if p.response != "declined" and not p.excused)
    return max(1, count)


_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_name(title: str, data: HandoutData, suffix: str = "") -> str:
    """ "Agenda - Ánh Nguyễn - 2026-03-17.pdf": safe on Windows, sorts by date in a folder."""
    when = data.record.meeting.starts_at
    parts = [title, data.student.display_name, when.date().isoformat() if when else ""]
    name = " - ".join(_NOT_IN_FILE_NAMES.sub(" ", part).strip() for part in parts if part.strip())
    return f"{name}{suffix}.pdf"


@dataclass
class MadeHandout:
    kind: str
    pdf: bytes
    data: HandoutData
    title: str
    # What the teacher should know about its language (language_notes).
    notes: list[str]


class LanguageLine(QWidget):
    """The line under the planner's header that says what the teacher should know about the
    family's language for the chosen meeting, with the button that opens the family-language
    dialog. Hidden when there is nothing to say (an English-speaking family)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # One line, so that the planner's lists keep their room on a laptop screen: what does
        # not fit ends in "…", and the whole text is in the tooltip and for screen readers.
        self.full_text = ""
        self.label = QLabel()
        self.label.setWordWrap(False)
        self.label.setMinimumWidth(1)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setProperty("elides", True)  # for tests/ui/pseudo_locale_probe.py
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(translate("HandoutActions", "The family's language"))
        self.button = QPushButton(translate("HandoutActions", "Their language…"))
        self.button.setAccessibleName(
            translate("HandoutActions", "Your words in the family's language")
        )
        self.button.setToolTip(
            translate(
                "HandoutActions",
                "Write the family-language version of what you typed (the "
                "purpose, the place, your agenda items...).",
            )
        )
        # The button keeps its whole text; the line's words give way (they end in "…").
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notes(self, heading: str, notes: list[str], can_translate: bool) -> None:
        self.full_text = " ".join([heading, *notes]).strip()
        self.label.setToolTip(self.full_text)
        self.label.setAccessibleDescription(self.full_text)
        self._fit()
        self.button.setVisible(can_translate)
        self.setVisible(bool(self.full_text))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.label.fontMetrics()
        self.label.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                              max(self.label.width(), 40)))


class HandoutActions(QObject):
    """The actions for one pane's handouts; `actions[(kind, verb)]` for verb in VERBS,
    `language_actions[choice]` for the family documents' Language submenu."""

    # The notes about the language for the chosen meeting changed (language_notes).
    notes_changed = Signal(list)

    def __init__(self, kinds: list[str], current_meeting_id: Callable[[], int | None],
                 desk: Desk, parent: QWidget,
                 *, packet: bool | None = None):
        super().__init__(parent)
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise ValueError(f"Unknown handout kinds: {', '.join(unknown)}")
        self.kinds = list(kinds)
        self.family_kinds = [k for k in self.kinds if k in FAMILY_KINDS]
        self.current_meeting_id = current_meeting_id
        self.desk = desk
        self.stores = desk.stores
        self.store = desk.store
        self.parent_widget = parent
        # Meetings (id, day and time) whose unusual day or time the teacher has confirmed for a
        # family document: not asked again this session unless the day or time changes.
        self.confirmed_times: set[tuple[int | None, datetime | None]] = set()
        # What "today" is for the documents (the thank-you letter's date); None: the clock.
        self.today: date | None = None
        self.previews: list[PreviewWindow] = []
        self.actions: dict[tuple[str, str], QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        self.packet_action: QAction | None = None
        self.packet_button: QToolButton | None = None
        # The language the family documents are made in: FAMILY, BILINGUAL or a template code.
        self.choice = FAMILY
        self._choice_for: int | None = None
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        self.language_menus: list[QMenu] = []
        self.language_line = LanguageLine(parent)
        self.language_line.button.clicked.connect(lambda: self.edit_translations())
        for kind in self.kinds:
            for verb, text, handler in (
                    ("preview", translate("HandoutActions", "Pre&view…"), self.preview),
                    ("save", translate("HandoutActions", "&Save as PDF…"), self.save),
                    ("print", translate("HandoutActions", "&Print…"), self.print)):
                action = QAction(text, self)
                action.setObjectName(f"handout_{kind}_{verb}")
                action.triggered.connect(lambda _=False, k=kind, h=handler: h(k))
                self.actions[kind, verb] = action
        if "preparation-sheet" in self.kinds:
            action = QAction(translate("HandoutActions", "Save the &fillable PDF…"), self)
            action.setObjectName(f"handout_{FILLABLE}_save")
            action.setToolTip(
                translate(
                    "HandoutActions",
                    "The same sheet with boxes the family fills in on a phone or a "
                    "computer, then sends back to you.",
                )
            )
            action.triggered.connect(lambda: self.save(FILLABLE))
            self.actions[FILLABLE, "save"] = action
        if packet is None:
            packet = all(kind in self.kinds for kind in PACKET_KINDS)
        if packet:
            self.packet_action = QAction(translate("HandoutActions", "Print p&acket…"), self)
            self.packet_action.setObjectName("handout_packet")
            self.packet_action.setToolTip(translate("HandoutActions",
                "The invitation, the agenda and the preparation sheet in one file for the "
                "family, and your prep sheet in a separate file."))
            self.packet_action.triggered.connect(lambda: self.print_packet())

    # -- buttons ------------------------------------------------------------------------------
    def add_to(self, bar: QToolBar | QWidget) -> None:
        """One button per document (its menu: Preview, Save, Print, and for a family document
        the Language submenu), then Print packet."""
        for kind in self.kinds:
            button = QToolButton()
            button.setText(_button_text(kind))
            button.setAccessibleName(kind_title(kind))
            button.setToolTip(
                translate("HandoutActions", "Preview, save or print your prep sheet: the tip "
                          "file, the family's concerns, the open actions. For you alone, never "
                          "for the family.")
                if kind == "prep-sheet"
                else translate("HandoutActions", "Preview, save or print the %s")
                % kind_title(kind).lower()
            )
            button.setObjectName(f"handout_{kind}_button")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            menu = QMenu(button)
            menu.setAccessibleName(translate("HandoutActions", "%s: what to do") % kind_title(kind))
            for verb in VERBS:
                menu.addAction(self.actions[kind, verb])
            if kind == "preparation-sheet":
                menu.addAction(self.actions[FILLABLE, "save"])
            if kind in FAMILY_KINDS:
                menu.addSeparator()
                languages = menu.addMenu(translate("HandoutActions", "&Language"))
                languages.setAccessibleName(
                    translate("HandoutActions", "%s: language") % kind_title(kind)
                )
                self.language_menus.append(languages)
            menu.aboutToShow.connect(self.update_enabled)
            button.setMenu(menu)
            self.buttons[kind] = button
            _add_widget(bar, button)
            # A tool bar draws its buttons flat until hovered; these are buttons, and look it.
            button.setAutoRaise(False)
        if self.packet_action is not None:
            button = QToolButton()
            button.setDefaultAction(self.packet_action)
            # setDefaultAction shows the text without its mnemonic; set it back.
            button.setText(self.packet_action.text())
            button.setAccessibleName(translate("HandoutActions", "Print packet"))
            button.setObjectName("handout_packet_button")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.packet_button = button
            _add_widget(bar, button)
            button.setAutoRaise(False)
        self.update_enabled()

    def update_enabled(self) -> None:
        """Grey out every action while no meeting is chosen, offer the chosen meeting's
        languages, and say what to know about them (call it when the meeting changes; the
        menus also call it as they open). Another meeting starts from the family's language."""
        meeting_id = self.current_meeting_id()
        chosen = meeting_id is not None
        for action in self.actions.values():
            action.setEnabled(chosen)
        if self.packet_action is not None:
            self.packet_action.setEnabled(chosen)
        if meeting_id != self._choice_for:
            self._choice_for = meeting_id
            self.choice = FAMILY
        self._update_languages()
        self.refresh_language_line()

    # -- the language -----------------------------------------------------------------------
    def _family_code(self) -> str | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return None
        try:
            return app_handouts.family_code_of(self.stores, meeting_id=meeting_id)
        except (LookupError, DataFileError):
            return None

    def _update_languages(self) -> None:
        """The Language submenu's choices for the chosen meeting's family."""
        code = self._family_code()
        for action in self.language_actions.values():
            self.language_group.removeAction(action)
            action.deleteLater()
        self.language_actions = {}
        for menu in self.language_menus:
            menu.clear()
        if not self.language_menus and not self.family_kinds:
            return
        choices: list[tuple[str, str]] = []
        if code is not None:
            template = resources.template_language(code)
            if template is not None:
                family_text = translate("HandoutActions", "The family's language: %1").replace(
                    "%1", language_label(code)
                )
            else:
                family_text = (
                    translate(
                        "HandoutActions",
                        "The family's language: %1 (in English, with a line in %2)",
                    )
                    .replace("%1", language_label(code))
                    .replace("%2", language_name(code))
                )
            choices.append((FAMILY, family_text))
            for other in resources.template_languages():
                if other != fl.ENGLISH and other != template:
                    choices.append((other, language_label(other)))
            if template != fl.ENGLISH:
                choices.append((fl.ENGLISH, translate("HandoutActions", "English")))
            if can_be_bilingual(code, resources.language_shelf()):
                choices.append(
                    (
                        BILINGUAL,
                        translate("HandoutActions", "Bilingual: %1, then English").replace(
                            "%1", language_name(template)
                        ),
                    )
                )
        for choice, text in choices:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(choice == self.choice)
            action.setObjectName(f"handout_language_{choice}")
            action.triggered.connect(lambda _=False, c=choice: self.choose_language(c))
            self.language_group.addAction(action)
            self.language_actions[choice] = action
            for menu in self.language_menus:
                menu.addAction(action)
        for menu in self.language_menus:
            menu.setEnabled(bool(choices))

    def choose_language(self, choice: str) -> None:
        """Make the family documents in `choice` (FAMILY, BILINGUAL or a template code)."""
        self.choice = choice
        action = self.language_actions.get(choice)
        if action is not None and not action.isChecked():
            action.setChecked(True)
        self.refresh_language_line()

    def plan(self, data: HandoutData | None = None, kinds: list[str] | None = None
             ) -> LanguagePlan | None:
        """The language plan for the chosen meeting's family documents (None: no meeting)."""
        kinds = kinds if kinds is not None else self.family_kinds
        try:
            if data is not None:
                return app_handouts.plan_for(data, kinds=kinds, choice=self.choice)
            meeting_id = self.current_meeting_id()
            if meeting_id is None:
                return None
            return app_handouts.language_plan(self.stores, meeting_id=meeting_id, kinds=kinds,
                                              choice=self.choice)
        except UnknownLanguage:
            if self.choice == FAMILY:
                return None
            # The language chosen is gone (its folder removed): back to the family's.
            self.choice = FAMILY
            return self.plan(data, kinds)
        except (LookupError, DataFileError):
            return None

    def refresh_language_line(self) -> list[str]:
        """Say, in the language line, what to know about the chosen meeting's language."""
        plan = self.plan() if self.family_kinds else None
        notes = language_notes(plan) if plan is not None else []
        heading = ""
        if plan is not None and not fl.is_english(plan.family_code):
            made_in = translate("HandoutActions", " and ").join(
                language_name(code) for code in plan.languages
            )
            heading = translate("HandoutActions", "Family handouts: %1.").replace("%1", made_in)
        self.language_line.show_notes(heading if notes or heading else "", notes,
                                      plan is not None and bool(plan.typed))
        self.notes_changed.emit(notes)
        return notes

    def edit_translations(self, plan: LanguagePlan | None = None, *,
                          before_printing: bool = False) -> int:
        """Open the family-language dialog; its result (SAVED, ANYWAY or Rejected)."""
        from iep_desk.ui.family_language_dialog import FamilyLanguageDialog

        plan = plan or self.plan()
        if plan is None or not plan.typed:
            return 0
        dialog = FamilyLanguageDialog(plan, self.desk, self.parent_widget,
                                      before_printing=before_printing)
        result = dialog.exec()
        self.refresh_language_line()
        return result

    # -- making a document ----------------------------------------------------------------------
    def _data(self) -> HandoutData | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            QMessageBox.information(
                self.parent_widget,
                translate("HandoutActions", "Choose a meeting"),
                translate(
                    "HandoutActions", "Choose a meeting first; the handouts are made for it."
                ),
            )
            return None
        try:
            # The prep sheet in the window's language; the family's documents follow the plan.
            return app_handouts.gather(self.stores, meeting_id=meeting_id, today=self.today,
                                       language=window_language())
        except LookupError:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Meeting not found"),
                translate(
                    "HandoutActions",
                    "This meeting is no longer on file, so no handout can be made for it.",
                ),
            )
        except ReadFailed as error:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Could not read the caseload"),
                translate(
                    "HandoutActions",
                    "The meeting could not be read from the caseload file (%s). "
                    "Nothing was changed; try again in a moment.",
                )
                % error.technical,
            )
        except DataFileError as error:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Could not read the caseload"),
                str(error),
            )
        return None

    def _checked(self, kind: str, data: HandoutData) -> bool:
        """Tell the teacher why `kind` cannot be made (False), or warn and go on (True)."""
        found = _printing().check(kind, data)
        if found.refusals:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Not made"),
                "\n\n".join(refusal_text(code, kind) for code in found.refusals),
            )
            return False
        if found.missing:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Characters that cannot be printed"),
                missing_text(kind, found.missing),
            )
            return False
        if found.agenda_over_by:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "The agenda runs past the end"),
                translate(
                    "HandoutActions",
                    "The agenda's items run %1 minutes past the meeting's planned end. It is "
                    "printed as planned; shorten some items in the planner if that is not what "
                    "you mean.",
                ).replace("%1", str(found.agenda_over_by)),
            )
        return True

    def _day_and_time_agreed(self, kinds: list[str], data: HandoutData) -> bool:
        """Before an invitation or an agenda (which tell the family when to come): a meeting on
        a weekend, on a closed day or outside the school day (core.meeting_rules) is said,
        and the teacher chooses to make it anyway (True) or not (False). The warnings are
        the ones shown beside the planner's date and time. Once she makes it anyway, the same
        meeting at the same day and time is not asked about again this session (a preview,
        then a save, then a print); a new day or time is."""
        announcing = [kind for kind in kinds if kind in TELLS_WHEN]
        meeting = data.record.meeting
        if not announcing or meeting.is_record:
            return True
        warnings = meeting_rules.check_meeting_time(meeting.starts_at,
                                                    self.stores.settings.planner_settings())
        confirmed = (meeting.id, meeting.starts_at)
        if not warnings or confirmed in self.confirmed_times:
            return True
        document = (kind_title(kinds[0]).lower() if len(kinds) == 1
                    else translate("HandoutActions", "family's packet"))
        answer = QMessageBox.question(
            self.parent_widget,
            translate("HandoutActions", "Check the day and time"),
            "\n\n".join([*(problem_text(p) for p in warnings),
                          translate("HandoutActions", "Make the %1 anyway?")
                          .replace("%1", document)]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.confirmed_times.add(confirmed)
        return True

    def _ready(self, kinds: list[str]) -> tuple[HandoutData, LanguagePlan | None] | None:
        """The meeting's data, checked for `kinds`, with the teacher's words in the family's
        language asked for first when some are missing; None when nothing is to be made."""
        data = self._data()
        if data is None or not all(self._checked(kind, data) for kind in kinds):
            return None
        if not self._day_and_time_agreed(kinds, data):
            return None
        family = [k for k in kinds if k in FAMILY_KINDS]
        plan = self.plan(data, family) if family else None
        if plan is not None and plan.untranslated:
            result = self.edit_translations(plan, before_printing=True)
            if result not in (_dialog().SAVED, _dialog().ANYWAY):
                return None
            if result == _dialog().SAVED:
                data = self._data()  # with the versions just written
                if data is None or not all(self._checked(kind, data) for kind in kinds):
                    return None
                plan = self.plan(data, family)
        return data, plan

    def _render(self, kind: str, data: HandoutData, plan: LanguagePlan | None
                ) -> MadeHandout | None:
        printing = _printing()
        try:
            document = app_handouts.make_document(kind, data, plan)
        except printing.TooLongForAPage:
            too_long(self.parent_widget, kind_title(kind))
            return None
        except printing.TemplateError as error:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Could not make the handout"),
                translate("HandoutActions", "The %1 could not be made: %2")
                .replace("%1", kind_title(kind).lower())
                .replace("%2", str(error)),
            )
            return None
        notes = language_notes(plan) if plan is not None and kind in FAMILY_KINDS else []
        return MadeHandout(kind, document.pdf, data, kind_title(kind), notes)

    def make(self, kind: str) -> MadeHandout | None:
        """Render one document for the chosen meeting in the chosen language. None when
        nothing could be made (already said why)."""
        ready = self._ready([kind])
        if ready is None:
            return None
        return self._render(kind, *ready)

    def _tell(self, notes: list[str]) -> None:
        """Say the notes without stopping the teacher: the language line, and the status bar
        of the window (for a pane without the line)."""
        self.refresh_language_line()
        said = list(dict.fromkeys(n for n in notes if n))
        window = self.parent_widget.window()
        if said and isinstance(window, QMainWindow):
            window.statusBar().showMessage(with_short_quotes(" ".join(said)), 30000)

    def copies_for(self, made: MadeHandout) -> int:
        """The agenda: one copy for everyone at the table; any other document: one copy."""
        return attendee_count(made.data.record) if made.kind == "agenda" else 1

    # -- the three verbs --------------------------------------------------------------------------
    def preview(self, kind: str) -> PreviewWindow | None:
        made = self.make(kind)
        if made is None:
            return None
        title = (
            translate("HandoutActions", "%1: %2")
            .replace("%1", made.title)
            .replace("%2", made.data.student.display_name)
        )
        window = _handouts().PreviewWindow(made.pdf, title, file_name(made.title, made.data),
                                           copies=self.copies_for(made),
                                           parent=self.parent_widget, notes=made.notes)
        self.previews.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        window.handed_out.connect(lambda how, k=kind, d=made.data: self._went_out(k, d, how))
        window.show()
        window.raise_()
        window.activateWindow()
        self._tell([])
        return window

    def _forget(self, window: PreviewWindow) -> None:
        if window in self.previews:
            self.previews.remove(window)

    def save(self, kind: str) -> Path | None:
        made = self.make(kind)
        if made is None:
            return None
        path = _handouts().save_pdf(made.pdf, file_name(made.title, made.data),
                                    self.parent_widget)
        self._tell(made.notes)
        if path is not None:
            self._went_out(kind, made.data, "saved")
        return path

    def print(self, kind: str) -> bool:
        made = self.make(kind)
        if made is None:
            return False
        self._tell(made.notes)
        printed = _handouts().print_pdf(made.pdf, self.parent_widget,
                                        copies=self.copies_for(made),
                                        document_name=file_name(made.title, made.data)[:-4])
        if printed:
            self._went_out(kind, made.data, "printed")
        return printed

    def _went_out(self, kind: str, data: HandoutData, how: str) -> None:
        """A handout was saved or printed ("saved", "printed"), from the pane's button or its
        preview window: a preparation sheet ticks "sent", the invitation the meeting notice."""
        if kind in SHEET_KINDS:
            self.sheet_sent(data)
        if kind == "invitation":
            # The meeting the invitation was made for: a preview window outlives the choice
            # in the list.
            self.invitation_went_out(
                translate("HandoutActions", "Invitation printed from IEP Desk") if how == "printed"
                else translate("HandoutActions", "Invitation saved as PDF from IEP Desk"),
                meeting_id=data.record.meeting.id)

    def sheet_sent(self, data: HandoutData) -> None:
        """Tick "family preparation sheet sent" for the meeting (one undo step; a tick
        already there keeps its date)."""
        from iep_desk.app import family_preparation as app_preparation

        self.desk.run(
            app_preparation.mark_sheet_sent,
            meeting_id=data.record.meeting.id,
            today=self.today,
            undo_text=translate("HandoutActions", "Tick “Family preparation sheet sent”"),
            report=self._said,
            source=None,
        )

    def _said(self, text: str | None) -> None:
        window = self.parent_widget.window()
        if text and isinstance(window, QMainWindow):
            window.statusBar().showMessage(with_short_quotes(text), 30000)

    def invitation_went_out(self, how: str, meeting_id: int | None = None) -> bool:
        """The invitation (which holds every element of the meeting notice) of `meeting_id`
        (else of the meeting chosen) was printed or saved for the family: tick the notice as
        sent today, as one undo step, and say so in the status bar rather than ask (Ctrl+Z
        takes it back). False when the notice was ticked already."""
        if meeting_id is None:
            meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return False
        result = self.desk.run(
            app_checklist.invitation_sent,
            meeting_id=meeting_id,
            on=self.today or date.today(),
            how=how,
            source=self,
            undo_text=translate("HandoutActions", "Tick the meeting notice as sent"),
        )
        if result is None or result.undo is None:
            return False
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(translate("HandoutActions",
                "The invitation is the meeting notice: “Sent the meeting notice” is ticked "
                "with today's date on the Checklist. Ctrl+Z takes it back."), 30000)
        return True

    def print_packet(self) -> tuple[Path, Path] | None:
        """Save the family's packet (invitation, then agenda, in one PDF; for a bilingual copy
        both in the family's language, then both in English) and the prep sheet (a file of its
        own, so it is never handed over by mistake) in a folder the teacher picks, then offer
        to print them. Returns the two paths, or None when nothing was saved."""
        ready = self._ready(list(PACKET_KINDS))
        if ready is None:
            return None
        data, plan = ready
        printing = _printing()
        try:
            packet_pdf = app_handouts.make_packet(data, plan)
        except printing.TooLongForAPage:
            too_long(self.parent_widget, translate("HandoutActions", "Family's packet"))
            return None
        except printing.TemplateError as error:
            QMessageBox.warning(
                self.parent_widget,
                translate("HandoutActions", "Could not make the handout"),
                with_short_quotes(str(error)),
            )
            return None
        prep = self._render("prep-sheet", data, None)
        if prep is None:
            return None
        self._tell(language_notes(plan) if plan is not None else [])
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget,
            translate("HandoutActions", "Save the packet in this folder"),
            str(Path.home()),
        )
        if not folder:
            return None
        handouts = _handouts()
        packet_path = _free_path(
            Path(folder) / file_name(translate("HandoutActions", "Packet for the family"), data)
        )
        prep_path = _free_path(
            Path(folder)
            / file_name(prep.title, data, translate("HandoutActions", " (confidential)"))
        )
        if not handouts.write_pdf(packet_path, packet_pdf, self.parent_widget):
            return None
        if not handouts.write_pdf(prep_path, prep.pdf, self.parent_widget):
            packet_path.unlink(missing_ok=True)  # half a packet would be mistaken for all of it
            return None
        self.sheet_sent(data)  # the packet holds the family preparation sheet
        self.invitation_went_out(
            translate("HandoutActions", "Invitation saved in the family's packet from IEP Desk"),
            meeting_id=data.record.meeting.id,
        )
        answer = QMessageBox.question(
            self.parent_widget,
            translate("HandoutActions", "Packet saved"),
            translate(
                "HandoutActions",
                "Saved the family's packet (invitation, agenda and preparation sheet) as %1\nand "
                "your prep sheet "
                "as %2.\n\nPrint them now?",
            )
            .replace("%1", str(packet_path))
            .replace("%2", str(prep_path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes and handouts.print_pdf(
                packet_pdf, self.parent_widget, document_name=packet_path.stem):
            handouts.print_pdf(prep.pdf, self.parent_widget, document_name=prep_path.stem)
        return packet_path, prep_path


def too_long(parent, title: str) -> None:
    """Say that a document was not made because one of its texts is longer than a page."""
    QMessageBox.warning(
        parent,
        translate("HandoutActions", "Could not make the handout"),
        translate("HandoutActions",
                  "“%1” was not made: one of the texts in it (a name, a note, an agenda "
                  "item) is too long to fit on a page. Shorten it, then try again.")
        .replace("%1", title),
    )


def _dialog():
    from iep_desk.ui import family_language_dialog

    return family_language_dialog.FamilyLanguageDialog


def _free_path(path: Path) -> Path:
    """`path`, or "name (2).pdf", "name (3).pdf"... when a file of that name is already there."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


def _add_widget(bar: QToolBar | QWidget, widget: QWidget) -> None:
    if isinstance(bar, QToolBar):
        bar.addWidget(widget)
        return
    layout = bar.layout()
    if layout is None:
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


def install_handout_actions(bar: QToolBar | QWidget, kinds: list[str],
                            current_meeting_id: Callable[[], int | None], desk: Desk,
                            parent: QWidget, *,
                            packet: bool | None = None) -> HandoutActions:
    """Add the handout buttons for `kinds` to `bar`; Print packet too when the kinds include
    the invitation, the agenda and the prep sheet (or when `packet` says so).

    `current_meeting_id()` names the meeting the documents are made for (None: none chosen).
    The returned object owns the actions (parented to `parent`); call its update_enabled()
    when the chosen meeting changes.
    """
    actions = HandoutActions(kinds, current_meeting_id, desk, parent, packet=packet)
    actions.add_to(bar)
    return actions

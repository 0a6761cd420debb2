"""What the family can do at home, and what the family brought to the meeting.

Home suggestions are picked from the teacher's own saved list (it starts with a short
list we wrote) or typed, and a typed one can be saved to the list for next time.
The family's contributions are what the thank-you letter thanks them for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import review as app_review
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import Contribution, HomeSuggestion
from iep_desk.ui.review.common import ReviewContext, ReviewSection, report_to
from iep_desk.ui.review.record_table import Column, RecordTableModel, record_view, selected_record
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, typed_text


class _TextList(QGroupBox):
    """A titled, editable list of short texts with a field to add one and a Remove button."""

    def __init__(self, section: ReviewSection, title: str, header: str, placeholder: str,
                 load: Callable[[], list[Any]], save: Callable[[Any, str, Any], None],
                 remove: Callable[[Any], bool], add: Callable[[], Any], what: str):
        super().__init__(title)
        self.message = FieldMessage()
        self.model = RecordTableModel([Column(header, "text")], load=load, save=save, parent=self)
        self.model.problem.connect(lambda text: report_to(self.message)(text or None))
        self.view = record_view(self.model, title)
        self.view.setMinimumHeight(90)
        self.new_text = section.editing(QLineEdit())
        self.new_text.setPlaceholderText(placeholder)
        self.new_text.setAccessibleName(translate("Review", "New: %s") % header)
        self.new_text.returnPressed.connect(add)
        section.draft_lines(what, self.new_text)
        self.add_button = section.editing(QPushButton(translate("Review", "Add")))
        self.add_button.setAccessibleName(translate("Review", "Add to %s") % title)
        self.add_button.clicked.connect(add)
        self.remove_button = section.editing(QPushButton(translate("Review", "Remove")))
        self.remove_button.setAccessibleName(translate("Review", "Remove from %s") % title)
        self.remove_button.clicked.connect(lambda: remove(selected_record(self.view)))
        self.row = QHBoxLayout()
        self.row.addWidget(self.new_text, 1)
        self.row.addWidget(self.add_button)
        self.row.addWidget(self.remove_button)
        self.box_layout = QVBoxLayout(self)
        self.box_layout.addWidget(self.view, 1)
        self.box_layout.addLayout(self.row)
        self.box_layout.addWidget(self.message)


class FamilySection(ReviewSection):
    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        stores = ctx.stores
        self.home = _TextList(
            self,
            translate("Review", "Ideas for home"),
            translate("Review", "What the family can do at home"),
            translate("Review", "Or write your own idea for home"),
            load=lambda: (
                stores.review.home_suggestions_of(self.meeting_id) if self.meeting_id else []
            ),
            save=self._save_home,
            remove=self.remove_home,
            add=self.add_typed_home,
            what=translate("Review", "an idea for home"),
        )
        self.library_box = self.editing(WheelSafeComboBox())
        self.library_box.setAccessibleName(translate("Review", "Your saved ideas for home"))
        self.add_library_button = self.editing(
            QPushButton(translate("Review", "Add fr&om my list"))
        )
        self.add_library_button.setAccessibleName(
            translate("Review", "Add the chosen idea from your list")
        )
        self.add_library_button.clicked.connect(self.add_from_library)
        self.save_to_library = self.editing(
            QCheckBox(translate("Review", "Also save it to my list"))
        )
        self.save_to_library.setAccessibleName(translate("Review", "Also save the idea to my list"))
        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("Review", "From your list:")))
        pick.addWidget(self.library_box, 1)
        pick.addWidget(self.add_library_button)
        self.home.box_layout.insertLayout(1, pick)
        self.home.row.insertWidget(1, self.save_to_library)

        self.contributions = _TextList(
            self, translate("Review", "What the family brought to the meeting"),
            translate("Review", "What the family shared or brought"),
            translate("Review", "e.g. Told us mornings go better after a short walk"),
            load=lambda: stores.review.contributions_of(self.meeting_id) if self.meeting_id else [],
            save=self._save_contribution, remove=self.remove_contribution,
            add=self.add_contribution,
            what=translate("Review", "what the family brought"))
        note = QLabel(
            translate("Review", "The thank-you letter thanks the family for what is written here.")
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #444;")
        self.contributions.box_layout.addWidget(note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.home, 1)
        layout.addWidget(self.contributions, 1)

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        self.home.model.reload()
        self.contributions.model.reload()
        self._fill_library()

    def _fill_library(self) -> None:
        self.library_box.clear()
        for entry in self.ctx.stores.review.home_suggestion_library():
            self.library_box.addItem(entry.text, entry.id)

    def update_enabled(self) -> None:
        super().update_enabled()
        self.home.model.set_editable(self.can_edit())
        self.contributions.model.set_editable(self.can_edit())

    def on_changes(self, changes: Changes) -> None:
        if changes.home:
            self.reload()

    # -- ideas for home ---------------------------------------------------------------------
    def _save_home(self, suggestion: HomeSuggestion, _field: str, value: Any) -> None:
        self.run(app_review.change_idea_for_home, suggestion_id=suggestion.id, text=value,
                 undo_text=translate("Review", "Edit an idea for home"))

    def _add_home(self, text: str) -> int | None:
        result = self.run(app_review.add_idea_for_home, meeting_id=self.meeting_id, text=text,
                          undo_text=translate("Review", "Add an idea for home"),
                          report=report_to(self.home.message))
        if result is None:
            return None
        self.home.model.reload()
        return result.value

    def add_from_library(self) -> int | None:
        """Add the idea chosen from the teacher's list."""
        if not self.can_edit():
            return None
        if self.library_box.currentIndex() < 0:
            self.home.message.show_message(
                translate(
                    "Review",
                    "Your list of ideas is empty. Write an idea and "
                    "tick “Also save it to my list”.",
                )
            )
            return None
        return self._add_home(self.library_box.currentText())

    def add_typed_home(self) -> int | None:
        """Add the idea typed; save it to the teacher's list too when that box is ticked."""
        if not self.can_edit():
            return None
        text = typed_text(self.home.new_text)
        new_id = self._add_home(text)
        if new_id is None:
            return None
        if self.save_to_library.isChecked() and self.run(
                app_review.add_to_my_ideas, text=text,
                report=report_to(self.home.message)) is not None:
            self._fill_library()
        self.home.new_text.clear()
        return new_id

    def remove_home(self, suggestion: HomeSuggestion | None) -> bool:
        return self._remove(suggestion, self.home, app_review.remove_idea_for_home,
                            "suggestion_id", translate("Review", "Remove an idea for home"))

    # -- contributions ----------------------------------------------------------------------
    def _save_contribution(self, contribution: Contribution, _field: str, value: Any) -> None:
        self.run(app_review.change_contribution, contribution_id=contribution.id, text=value,
                 undo_text=translate("Review", "Edit what the family brought"))

    def add_contribution(self) -> int | None:
        if not self.can_edit():
            return None
        text = typed_text(self.contributions.new_text)
        result = self.run(app_review.add_contribution, meeting_id=self.meeting_id, text=text,
                          undo_text=translate("Review", "Add what the family brought"),
                          report=report_to(self.contributions.message))
        if result is None:
            return None
        self.contributions.new_text.clear()
        self.contributions.model.reload()
        return result.value

    def remove_contribution(self, contribution: Contribution | None) -> bool:
        return self._remove(
            contribution,
            self.contributions,
            app_review.remove_contribution,
            "contribution_id",
            translate("Review", "Remove what the family brought"),
        )

    # -- shared ---------------------------------------------------------------------------------
    def _remove(self, record: Any, part: _TextList, operation: Any, key: str, text: str) -> bool:
        if record is None or not self.can_edit():
            part.message.show_message(translate("Review", "Select the line to remove."))
            return False
        if self.run(operation, undo_text=text, report=report_to(part.message),
                    **{key: record.id}) is None:
            return False
        part.model.reload()
        return True

"""The agenda: ordered items with minutes and who leads, a running total against the meeting's
length, and who leaves early. Reorder by dragging, with Alt+Up / Alt+Down, or the buttons."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import agenda as app_agenda
from iep_desk.app.changes import Changes
from iep_desk.core.agenda import AgendaTiming, EarlyLeaver, agenda_timing
from iep_desk.core.meetings import AgendaItem
from iep_desk.core.problems import ProblemError
from iep_desk.ui.autosave import AutosaveField, AutosaveGroup
from iep_desk.ui.caseload.fields import add_row
from iep_desk.ui.desk import keep_refusals
from iep_desk.ui.labels import window_language
from iep_desk.ui.plain_text_check import PlainTextCheck
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import PlannerContext, Section, family_language
from iep_desk.ui.plurals import plural
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, with_short_quotes

# Shown before an item that came from the family's questions (a word, not an icon the font may lack).
QUESTION_MARK = "? "


def parse_item_minutes(text: str) -> int:
    """The minutes typed for an agenda item; ProblemError (the store's own refusal, "a whole
    number from 0 up") for anything else, "-3" included."""
    text = (text or "").strip()
    if not text.isdigit():
        raise ProblemError("agenda_minutes_not_whole")
    return int(text)


class AgendaTree(QTreeWidget):
    """The agenda list; dropping an item in a new place emits `reordered`."""

    reordered = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels(
            [
                translate("Planner", "Item"),
                translate("Planner", "Minutes"),
                translate("Planner", "Led by"),
                translate("Planner", "Starts"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Items are dropped between others, never into one (the agenda is flat).
        self.invisibleRootItem().setFlags(
            self.invisibleRootItem().flags() | Qt.ItemFlag.ItemIsDropEnabled
        )

    def dropEvent(self, event: QDropEvent) -> None:
        super().dropEvent(event)
        self.reordered.emit()

    def rows(self) -> list[QTreeWidgetItem]:
        """The agenda's rows, in order (it is flat: top-level items only)."""
        return [row for i in range(self.topLevelItemCount())
                if (row := self.topLevelItem(i)) is not None]

    def item_ids(self) -> list[int]:
        return [row.data(0, Qt.ItemDataRole.UserRole) for row in self.rows()]


class AgendaSection(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.items: list[AgendaItem] = []
        # The item whose title, minutes and leader the form shows.
        self.shown_id: int | None = None
        self.timing: AgendaTiming | None = None
        self._build_list()
        self._build_buttons()
        item_box = self._build_item_form()
        self._lay_out(item_box)

    def _build_list(self) -> None:
        self.tree = AgendaTree()
        self.tree.setAccessibleName(translate("Planner", "Agenda"))
        self.tree.reordered.connect(self._dropped)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        self.total_label = QLabel()
        self.total_label.setAccessibleName(translate("Planner", "Agenda time"))
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.over_label = FieldMessage()
        self.over_label.setAccessibleName(translate("Planner", "Agenda runs over"))
        self.leavers_label = QLabel()
        self.leavers_label.setWordWrap(True)
        self.leavers_label.setAccessibleName(translate("Planner", "People leaving early"))
        self.message = FieldMessage()

    def _build_buttons(self) -> None:
        def button(text: str, slot, name: str) -> QPushButton:
            widget = QPushButton(text)
            widget.setAccessibleName(name)
            widget.clicked.connect(slot)
            self.editing(widget)
            return widget

        self.add_button = button(
            translate("Planner", "Add item"), self.add_item, translate("Planner", "Add item")
        )
        self.remove_button = button(
            translate("Planner", "Remove item"),
            self.remove_selected,
            translate("Planner", "Remove item"),
        )
        self.up_button = button(
            translate("Planner", "Move up (Alt+Up)"),
            lambda: self.move_selected(-1),
            translate("Planner", "Move up"),
        )
        self.down_button = button(
            translate("Planner", "Move down (Alt+Down)"),
            lambda: self.move_selected(1),
            translate("Planner", "Move down"),
        )
        self.default_button = button(
            translate("Planner", "Start from the standard agenda"),
            self.load_default,
            translate("Planner", "Start from the standard agenda"),
        )
        self.template_box = WheelSafeComboBox()
        self.template_box.setAccessibleName(translate("Planner", "Your saved agendas"))
        self.editing(self.template_box)
        self.load_button = button(
            translate("Planner", "Load"),
            self.load_saved_template,
            translate("Planner", "Load saved agenda"),
        )
        self.save_template_button = button(
            translate("Planner", "Save as my template…"),
            self.save_as_template,
            translate("Planner", "Save as my template"),
        )
        for key, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(
                translate("Planner", "Move the chosen agenda item up")
                if delta < 0
                else translate("Planner", "Move the chosen agenda item down")
            )
            shortcut.setProperty(
                "where", translate("Planner", "In the agenda")
            )  # for Help ▸ Keyboard shortcuts
            shortcut.activated.connect(lambda d=delta: self.move_selected(d))
        self.tree.setDragEnabled(True)

    def _build_item_form(self) -> QGroupBox:
        """The selected item."""
        self.group = AutosaveGroup()
        item_box = QGroupBox(translate("Planner", "The selected item"))
        form = QFormLayout(item_box)
        self.title = PlainTextCheck(
            single_line=True, accessible_name=translate("Planner", "Item title")
        )
        self.title_message = FieldMessage()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.title_message)
        caption = QLabel(translate("Planner", "Title"))
        caption.setBuddy(self.title.editor)
        form.addRow(caption, holder)
        self.editing(self.title.editor)
        binding = self.group.add(
            AutosaveField(
                self.title.editor,
                "title",
                self._save,
                message=self.title_message,
                parse=lambda text: " ".join(text.split()),
            )
        )
        self.title.editor.editingFinished.connect(binding.commit)
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setMaximumWidth(100)
        add_row(
            form,
            translate("Planner", "Minutes"),
            self.editing(self.minutes_edit),
            self.group,
            "minutes",
            self._save,
            parse=parse_item_minutes,
            show=str,
        )
        self.led_by_edit = QLineEdit()
        self.led_by_edit.setPlaceholderText(
            translate("Planner", "A name or a role; the invited people are offered")
        )
        self._led_by_names = QStringListModel(self)
        completer = QCompleter(self._led_by_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.led_by_edit.setCompleter(completer)
        add_row(
            form,
            translate("Planner", "Led &by"),
            self.editing(self.led_by_edit),
            self.group,
            "led_by",
            self._save,
        )
        return item_box

    def _lay_out(self, item_box: QGroupBox) -> None:
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        templates = QHBoxLayout()
        templates.addWidget(self.default_button)
        templates.addWidget(QLabel(translate("Planner", "Your agendas:")))
        templates.addWidget(self.template_box, 1)
        templates.addWidget(self.load_button)
        templates.addWidget(self.save_template_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(templates)
        layout.addWidget(self.total_label)
        layout.addWidget(self.over_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.leavers_label)
        layout.addWidget(item_box)

    # -- showing ------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.selected_id()
        self.items = self.ctx.stores.agenda.agenda_of(self.meeting_id) if self.meeting_id else []
        self.tree.blockSignals(True)
        self.tree.clear()
        for item in self.items:
            row = QTreeWidgetItem([item.title, str(item.minutes), item.led_by, ""])
            row.setData(0, Qt.ItemDataRole.UserRole, item.id)
            row.setFlags(
                (row.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled
            )
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if item.family_question_id is not None:
                row.setToolTip(0, translate("Planner", "A question the family sent ahead"))
                row.setText(0, QUESTION_MARK + item.title)
            self.tree.addTopLevelItem(row)
        self.tree.blockSignals(False)
        if self.meeting_id is not None:
            student_id = self.ctx.stores.meetings.get_meeting(self.meeting_id).student_id
            self.title.set_language(family_language(self.ctx.store, student_id))
        self._fill_templates()
        self._show_timing()
        if not self._select(current) and self.items:
            self.tree.setCurrentItem(self.tree.rows()[0])  # a row for each item
        self._show_selected()

    def _fill_templates(self) -> None:
        self.template_box.clear()
        for template in self.ctx.stores.agenda.agenda_templates():
            self.template_box.addItem(template.name, template.id)

    def _show_timing(self) -> None:
        if self.meeting_id is None:
            self.total_label.setText("")
            self.over_label.clear_message()
            self.leavers_label.setText("")
            return
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        people = self.ctx.stores.meetings.participants_of(self.meeting_id)
        self.timing = agenda_timing(self.items, meeting, people)
        self._led_by_names.setStringList([p.name for p in people])
        # Counts as plain names: pyside6-lupdate skips a translate() whose count is not one.
        planned, over_by = self.timing.duration_minutes, self.timing.over_by
        self.total_label.setText(
            plural(
                translate("Planner", "%1 of %n minute(s) planned", "", planned), planned
            ).replace("%1", str(self.timing.total_minutes))
        )
        if over_by:
            self.over_label.show_message(
                plural(
                    translate(
                        "Planner",
                        "The agenda needs %1 minutes, but the meeting is planned for %2: it "
                        "runs over by %n minute(s). Shorten some items or plan a longer "
                        "meeting.",
                        "",
                        over_by,
                    ),
                    over_by,
                )
                .replace("%1", str(self.timing.total_minutes))
                .replace("%2", str(self.timing.duration_minutes))
            )
        else:
            self.over_label.clear_message()
        starts = [L.time_text(start.time()) for start in self.timing.starts]
        for index, row in enumerate(self.tree.rows()):
            # Empty when the meeting has no start time (any longer).
            row.setText(3, starts[index] if index < len(starts) else "")
        self.leavers_label.setText(
            "\n".join(self._leaving_early(leaver) for leaver in self.timing.early_leavers))

    @staticmethod
    def _leaving_early(leaver: EarlyLeaver) -> str:
        """Who leaves before the end, and what they miss, with the window's clock."""
        if not leaver.misses:
            text = translate("Planner", "Leaving early: %1 leaves at %2, after the agenda ends.")
        else:
            text = translate(
                "Planner",
                "Leaving early: %1 leaves at %2, during or before “%3”. Move the items they "
                "need to be there for earlier.",
            )
        values = {"1": leaver.name, "2": L.time_text(leaver.leaves_at),
                  "3": leaver.misses[0] if leaver.misses else ""}
        # In one pass: a name or a title that holds "%2" stays as typed.
        return re.sub(r"%([123])", lambda found: values[found.group(1)], text)

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _select(self, item_id: int | None) -> bool:
        for row in self.tree.rows():
            if row.data(0, Qt.ItemDataRole.UserRole) == item_id:
                self.tree.setCurrentItem(row)
                return True
        return False

    def _show_selected(self) -> None:
        # What was typed belongs to the item shown until now (`shown_id`), not the new one.
        self.group.flush()
        item_id = self.selected_id()
        item = next((i for i in self.items if i.id == item_id), None)
        self.shown_id = item.id if item is not None else None
        if item is None:
            self.group.load({})
        else:
            self.group.load({"title": item.title, "minutes": item.minutes, "led_by": item.led_by})
            self.title.editor.check_now()
        self.update_enabled()

    def update_enabled(self) -> None:
        super().update_enabled()
        chosen = self.can_edit() and self.selected_id() is not None
        for binding in self.group.fields.values():
            binding.editor.setEnabled(chosen)
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(chosen)
        self.load_button.setEnabled(self.can_edit() and self.template_box.count() > 0)
        self.tree.setDragEnabled(self.can_edit())

    def flush(self) -> bool:
        return self.group.flush()

    def on_changes(self, changes: Changes) -> None:
        if changes.agenda:
            self.flush()
            self.reload(self.selected_id())
        elif changes.meetings or changes.participants:
            self._show_timing()

    # -- changing the agenda -----------------------------------------------------------------------
    def _report(self, text: str | None) -> None:
        self.message.say(text)

    def _after(self, select: int | None = None) -> None:
        self.reload(select)

    def _change(self, text: str, operation, **arguments: Any) -> tuple[bool, Any]:
        """One change to the agenda (app.agenda), stored and put on the undo stack (Ctrl+Z)."""
        result = self.run(operation, undo_text=text, report=self._report, **arguments)
        return result is not None, (result.value if result is not None else None)

    def add_item(self) -> int | None:
        if not self.can_edit():
            return None
        self.flush()
        at = None
        current = self.tree.currentItem()
        if current is not None:
            at = self.tree.indexOfTopLevelItem(current) + 1
        item = AgendaItem(self.meeting_id, translate("Planner", "New item"), 5)
        ok, item_id = self._change(
            translate("Planner", "Add an agenda item"), app_agenda.add_item, item=item, at=at
        )
        if ok:
            self._after(item_id)
            self.title.editor.setFocus()
            self.title.editor.selectAll()
        return item_id if ok else None

    def remove_selected(self) -> None:
        item_id, current = self.selected_id(), self.tree.currentItem()
        if item_id is None or current is None or not self.can_edit():
            return
        index = self.tree.indexOfTopLevelItem(current)
        ok, _ = self._change(
            translate("Planner", "Remove an agenda item"), app_agenda.remove_item, item_id=item_id
        )
        if ok:
            self.reload()
            rows = self.tree.rows()
            if rows:
                self.tree.setCurrentItem(rows[min(index, len(rows) - 1)])

    def move_selected(self, delta: int) -> bool:
        """Move the selected item up (-1) or down (+1); True when it moved."""
        item_id, current = self.selected_id(), self.tree.currentItem()
        if item_id is None or current is None or not self.can_edit():
            return False
        self.flush()
        index = self.tree.indexOfTopLevelItem(current)
        target = index + delta
        if not 0 <= target < self.tree.topLevelItemCount():
            return False
        ok, _ = self._change(
            translate("Planner", "Move an agenda item"),
            app_agenda.move_item,
            item_id=item_id,
            to=target,
        )
        if ok:
            self._after(item_id)
            self.tree.setFocus()
        return ok

    def _dropped(self) -> bool:
        """The teacher dragged an item: store the order the list now shows; True when stored."""
        item_id = self.selected_id()
        order = self.tree.item_ids()
        ok, _ = self._change(translate("Planner", "Move an agenda item"), app_agenda.reorder,
                             meeting_id=self.meeting_id, item_ids=order)
        self._after(item_id)
        return ok

    def load_default(self) -> None:
        self._load_template(None, translate("Planner", "the standard agenda"))

    def load_saved_template(self) -> None:
        template_id = self.template_box.currentData()
        template = next(
            (t for t in self.ctx.stores.agenda.agenda_templates() if t.id == template_id), None
        )
        if template is not None:
            # The teacher's own name for it, in quotes (cut short if a page was pasted).
            self._load_template(template, with_short_quotes(f"“{template.name}”"))

    def _load_template(self, template, name: str) -> bool:
        if not self.can_edit():
            return False
        self.flush()
        own_items = [i for i in self.items if i.family_question_id is None]
        if own_items:
            answer = QMessageBox.question(
                self,
                translate("Planner", "Replace the agenda?"),
                translate(
                    "Planner", "Replace this agenda with %s? The family's questions stay on it."
                )
                % name,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        ok, _ = self._change(translate("Planner", "Use %s") % name, app_agenda.use_template,
                             meeting_id=self.meeting_id, template=template,
                             language=window_language())
        if ok:
            self._after()
        return ok

    def save_as_template(self) -> int | None:
        if not self.can_edit():
            return None
        self.flush()
        name, accepted = QInputDialog.getText(
            self,
            translate("Planner", "Save as my template"),
            translate(
                "Planner", "A name for this agenda (the family's questions are not saved with it):"
            ),
        )
        if not accepted:
            return None
        result = self.run(app_agenda.save_as_template, name=name, meeting_id=self.meeting_id,
                          report=self._report)
        ok, template_id = result is not None, (result.value if result is not None else None)
        if ok:
            self._fill_templates()
            self.template_box.setCurrentIndex(max(0, self.template_box.findData(template_id)))
            self.message.clear_message()
            self.update_enabled()
        return template_id if ok else None

    def _save(self, field: str, value: Any) -> str | None:
        item_id = self.shown_id
        if item_id is None:
            return None
        messages: list[str] = []
        result = self.run(app_agenda.change_item, item_id=item_id, name=field, value=value,
                          undo_text=translate("Planner", "Change an agenda item"),
                          report=keep_refusals(messages))
        if result is None:
            return messages[0] if messages else None
        if self.meeting_id is None:  # saved; no meeting is shown, so no list to update
            return None
        self.items = self.ctx.stores.agenda.agenda_of(self.meeting_id)
        item = next((i for i in self.items if i.id == item_id), None)
        if item is None:
            # What was typed was saved to its item, of the meeting shown until now: this
            # meeting's list has no row to update.
            return None
        row = next((r for r in self.tree.rows()
                    if r.data(0, Qt.ItemDataRole.UserRole) == item_id), None)
        if row is not None:
            row.setText(
                0, (QUESTION_MARK if item.family_question_id is not None else "") + item.title
            )
            row.setText(1, str(item.minutes))
            row.setText(2, item.led_by)
        self._show_timing()
        return None

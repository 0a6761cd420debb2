"""What the planner and the review panes share: the list of meetings (a filter, "Show: ...",
over a table with one row per meeting, the row kept on the meeting the pane shows) and the
pane around it (`MeetingPane`: the Desk, the chosen meeting, its parts).

Each pane says what differs: the filters it offers, the columns, what each row says and how
wide the columns are (the planner's list runs across the top of the pane, the review's
stands beside the chosen meeting), and which parts it shows. The pane reads the meetings;
the list only lists them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app.changes import Changes
from iep_desk.core.meetings import Meeting
from iep_desk.ui.desk import Desk
from iep_desk.ui.drafts import Draft, may_leave
from iep_desk.ui.meeting_section import MeetingSection
from iep_desk.ui.widgets import WheelSafeComboBox

# A row: the meeting and what each column says about it, in the columns' order.
Row = tuple[Meeting, Sequence[str]]


class MeetingList(QWidget):
    """A filter box (`filter_box`, each item's data the pane's filter value) and a table of
    meetings (`table`). The pane lists rows with `fill`; signals: `chosen(meeting id or None)`
    when the teacher moves to another row (not when the pane selects one), and the filter
    box's own `currentIndexChanged`. `filter_row` holds the filter; a pane adds its buttons."""

    chosen = Signal(object)

    def __init__(self, *, filters: Sequence[tuple[str, object]], show_label: str,
                 filter_name: str, table_name: str, headers: Sequence[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.meetings: list[Meeting] = []
        self.filter_box = WheelSafeComboBox()
        self.filter_box.setAccessibleName(filter_name)
        for text, value in filters:
            self.filter_box.addItem(text, value)
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(table_name)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self._row_changed())

        self.filter_row = QHBoxLayout()
        label = QLabel(show_label)
        label.setBuddy(self.filter_box)
        self.filter_row.addWidget(label)
        self.filter_row.addWidget(self.filter_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

    def fill(self, rows: Sequence[Row], keep: int | None) -> int | None:
        """List `rows` and select the meeting `keep` when it is listed, else the first one;
        returns the id of the meeting now selected (None for an empty list)."""
        self.meetings = [meeting for meeting, _texts in rows]
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for row, (meeting, texts) in enumerate(rows):
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # whole on hover when the column cuts it ("…")
                item.setData(Qt.ItemDataRole.UserRole, meeting.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if keep is not None and self.select(keep):
            return keep
        if self.meetings:
            self.select(self.meetings[0].id)
            return self.meetings[0].id
        return None

    def lists(self, meeting_id: int) -> bool:
        return any(meeting.id == meeting_id for meeting in self.meetings)

    def select(self, meeting_id: int | None) -> bool:
        """Put the current row on a meeting (without `chosen`); False when it is not listed."""
        for row, meeting in enumerate(self.meetings):
            if meeting.id == meeting_id:
                self.table.blockSignals(True)
                self.table.setCurrentCell(row, 0)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                return True
        return False

    def update_row(self, meeting: Meeting, texts: Mapping[int, str]) -> None:
        """The meeting changed: keep it, and put new texts in the given columns of its row."""
        for row, listed in enumerate(self.meetings):
            if listed.id == meeting.id:
                self.meetings[row] = meeting
                for column, text in texts.items():
                    item = self.table.item(row, column)
                    if item is not None:  # every cell was filled by `fill`
                        item.setText(text)
                        item.setToolTip(text)

    def _row_changed(self) -> None:
        row = self.table.currentRow()
        self.chosen.emit(self.meetings[row].id if 0 <= row < len(self.meetings) else None)


class AltKeyIntoPage(QObject):
    """A tab chosen with its Alt key ("The famil&y's voice": Alt+Y) takes the keyboard to the
    first control of its page. Qt shows the page but leaves the focus where it was, in the
    list of meetings, where the words typed next choose another meeting by their first
    letters. A click on a tab or the arrow keys on the tab bar leave the focus on the bar."""

    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self.tabs = tabs
        tabs.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            QTimer.singleShot(0, self.into_page)  # once the tab bar has shown the page
        return False

    def into_page(self) -> None:
        """Focus the first control of the page shown that Tab would reach from the bar."""
        bar = self.tabs.tabBar()
        widget = bar.nextInFocusChain()
        while widget is not None and widget is not bar:
            if (widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and self.tabs.currentWidget().isAncestorOf(widget)):
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            widget = widget.nextInFocusChain()


def tab_follows_the_screen(leading: Sequence[QWidget], handout_bar: QToolBar,
                           language_button: QWidget, tabs: QTabWidget) -> None:
    """Tab goes as the eye does: `leading` (what comes first in the pane), the handout
    buttons, the line about the family's language, the tabs, then the page shown. (The
    handout buttons, made after the pages, came after or among them; the pages' scroll areas
    are no stops: ScrollingTabs.) A tab's Alt key takes the keyboard into its page."""
    chain = list(leading)
    chain += [widget for action in handout_bar.actions()
              if (widget := handout_bar.widgetForAction(action)) is not None]
    chain += [language_button, tabs.tabBar()]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)
    AltKeyIntoPage(tabs)


class MeetingPane(QWidget):
    """A pane with a meeting list and the chosen meeting's parts (`sections`, each a
    MeetingSection on the same Desk). Subclasses build the view, fill `sections` and show a
    meeting in `_show`."""

    meeting_list: MeetingList  # built by the subclass

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = self.ctx = desk
        self.stores = desk.stores
        self.store = desk.store
        self.undo_stack = desk.undo_stack
        self.read_only = False
        self._meeting_id: int | None = None
        self.sections: list[MeetingSection] = []

    def current_meeting_id(self) -> int | None:
        return self._meeting_id

    def flush_edits(self) -> bool:
        """Save every pending edit now (closing, undo, switching pane). Never asks anything;
        True when every edit is saved (False: a message beside a field says why not)."""
        saved = [section.flush() for section in self.sections]
        return all(saved)

    def pending_drafts(self) -> list[Draft]:
        """What was typed in the parts and not added yet (ui.drafts)."""
        return [draft for section in self.sections for draft in section.pending_drafts()]

    def may_leave_meeting(self) -> bool:
        """True when the meeting shown may be put away: nothing typed would be lost, or the
        teacher chose to discard it; False when she chose to go back to it."""
        if self._meeting_id is None:
            return True
        try:
            self.stores.meetings.get_meeting(self._meeting_id)
        except LookupError:
            return True  # taken away (an Undo of New meeting): what was typed for it goes too
        return may_leave(self, self.pending_drafts())

    def _show(self, meeting_id: int | None) -> bool:
        """Show `meeting_id` in every part (what was typed for the last one is saved first);
        False, with the meeting shown until now kept chosen in the list, when the teacher goes
        back to what she typed and did not add."""
        if meeting_id != self._meeting_id and not self.may_leave_meeting():
            # Back on the meeting shown, now and once a click has finished selecting the row
            # it was on.
            shown = self._meeting_id
            self.meeting_list.select(shown)
            QTimer.singleShot(0, self.meeting_list, lambda: self.meeting_list.select(shown))
            return False
        self.flush_edits()
        self._meeting_id = meeting_id
        self._before_parts_show()
        for section in self.sections:
            section.show_meeting(meeting_id)
        self._after_parts_show()
        return True

    def _before_parts_show(self) -> None:
        """The pane's own view of the chosen meeting (its header, handouts, which parts may be
        edited), before the parts show it."""

    def _after_parts_show(self) -> None:
        """What the pane shows that depends on its parts having shown the meeting."""

    def _row_changed(self, meeting_id: int | None) -> None:
        """The teacher moved to another row of the list."""
        if meeting_id != self._meeting_id:
            self._show(meeting_id)

    def _tell_sections(self, changes: Changes, source: object) -> None:
        """Pass what was stored to every part showing a meeting, except the one that stored it."""
        for section in self.sections:
            if section is not source and section.meeting_id is not None:
                section.on_changes(changes)

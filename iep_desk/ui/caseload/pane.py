"""The Caseload pane: the table of students, Due soon, and the selected student's details.

The student's details, Due soon, the lists behind the other tabs, the first-start panel and
the Add a student dialog are built the first time they are shown, and their modules are
imported then: the first screen is the table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import caseload as app_caseload
from iep_desk.app.changes import Changes
from iep_desk.app.iep_record import due_soon as iep_record_due_soon
from iep_desk.core.deadlines import Deadline
from iep_desk.ui.caseload.table_model import NAME, CaseloadTableModel, make_row
from iep_desk.ui.desk import Desk, stored_id
from iep_desk.ui.drafts import Draft, may_leave
from iep_desk.ui.labels import name_in_text
from iep_desk.ui.plurals import plural
from iep_desk.ui.widgets import Banner, FieldMessage, Splitter, keep_rows_visible
from iep_desk.ui.window_layout import WindowLayout

if TYPE_CHECKING:
    from iep_desk.ui.caseload.student_form import StudentForm

# The student form, the lists behind the other tabs and the Add student dialog are built
# the first time they are shown, and their modules imported then: the student list is what
# the teacher sees first.

# Column widths in pixels: fixed, never measured from the contents (too slow for 10,000 rows).
COLUMN_WIDTHS = (180, 100, 170, 105, 105, 125, 180)


class _NoStudentChosen(QWidget):
    """The details area until a student is first chosen. The student form (five tabs of
    fields, families, team) is built then; until then this says what to do."""

    def __init__(self):
        super().__init__()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.set_read_only(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only, nothing can be added: the note does not offer it (the banner says why)."""
        self.note.setText(
            self.tr("No student chosen. Choose a student in the list to see their details. "
                    "This caseload is open read-only.") if read_only else
            self.tr("No student chosen. Choose a student in the list to see and edit "
                    "their details, or add a student with Ctrl+N."))


class _SearchBox(QLineEdit):
    """The caseload's search box. `focused` says a search is about to start, so that the
    rows' search texts are ready before the first letter (see CaseloadTableModel)."""

    focused = Signal()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()


class CaseloadPane(QWidget):
    # A meeting chosen from the Open actions or Meetings not closed lists (to open in the review).
    meeting_requested = Signal(int)
    # The student's "Plan a meeting" (the main window opens New meeting in the planner).
    plan_meeting_requested = Signal(int)
    # The team panel's "Manage team members…" (the main window owns that dialog).
    manage_team_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 layout: WindowLayout | None = None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.undo_stack = desk.undo_stack
        self.setAccessibleName(self.tr("Caseload"))
        self.read_only = False
        self._putting_back = False  # the row goes back to the student shown (drafts kept)
        self.showing_archived = False
        # Where the "Next meeting" column and the meetings' notice dates come from.
        meetings, settings = desk.stores.meetings, desk.stores.settings
        self._next_meeting: Callable[[], dict[int, datetime]] = meetings.next_meeting_by_student
        self._extra_deadlines: Callable[[], list[Deadline]] = (
            lambda: meetings.notice_deadlines(settings.deadline_settings()))
        # The student form is built when first needed (see `form`).
        self._form: StudentForm | None = None
        self._has_meeting_lists = False  # add_meeting_lists was called
        self._open_actions = None  # the lists' widgets, once first shown
        self._not_closed = None
        # The student whose details a search put away (their row no longer in the list), to
        # show again when the search finds them once more; None when none was put away.
        self._put_away_by_search: int | None = None

        self._build_actions()
        self.banner = Banner()
        self.message = FieldMessage()

        self._build_table(layout)
        self._build_lists()
        self._build_splitter(layout)
        self._lay_out()
        self.desk.changed.connect(self.on_changes)
        self.refresh()

    def _build_table(self, window_layout: WindowLayout | None) -> None:
        self.search = _SearchBox()
        self.search.setPlaceholderText(self.tr("Search by name, school, grade or disability category"))
        self.search.setAccessibleName(self.tr("Search the caseload"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel()

        self.model = CaseloadTableModel(self)
        self.search.focused.connect(self.model.prepare_search)
        self._add_search_keys()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Students"))
        self.table.verticalHeader().hide()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        keep_rows_visible(self.table)
        self._set_up_header(window_layout)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_lists(self) -> None:
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("Caseload lists"))
        students_page = QWidget()
        students_layout = QVBoxLayout(students_page)
        students_layout.setContentsMargins(0, 4, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)
        students_layout.addLayout(search_row)
        students_layout.addWidget(self.table, 1)
        self.lists.addTab(students_page, self.tr("Students"))
        self.lists.addTab(QWidget(), self.tr("Due soon"))  # built when first shown
        self._due_soon = None
        self._due_soon_stale = True
        # What an empty caseload offers (a FirstStart), built when first needed from the
        # steps the main window gives (set_first_start).
        self._first_start = None
        self._first_start_steps = None
        self._students_layout = students_layout
        self.lists.currentChanged.connect(self._list_tab_changed)

    def _build_splitter(self, window_layout: WindowLayout | None) -> None:
        # The list above, the student below: every column of the table stays readable.
        self.splitter = Splitter(Qt.Orientation.Vertical)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.lists)
        self._no_student: _NoStudentChosen | None = _NoStudentChosen()
        self.splitter.addWidget(self._no_student)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([440, 360])
        saved_sizes = (window_layout.splitter_state() if window_layout is not None
                       else None)
        if saved_sizes is not None:
            self.splitter.restoreState(saved_sizes)

    def _lay_out(self) -> None:
        toolbar = QHBoxLayout()
        for action in (self.add_student_action, self.archive_action, self.show_archived_action,
                       self.restore_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            toolbar.addWidget(button)
        toolbar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addLayout(toolbar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)

    # -- the table's header: widths and sorting ------------------------------------------
    def _set_up_header(self, layout: WindowLayout | None) -> None:
        """Column widths and the sort: by name, A to Z, or as the teacher left them when
        `layout` has them. Clicking a header sorts by that column (again: the other way)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        saved = layout.caseload_header() if layout is not None else None
        if saved is not None:
            header.restoreState(saved)  # widths and sort; the defaults stay if it does not fit
        self.table.setSortingEnabled(True)  # sorts the model by the header's sort indicator

    def header_state(self):
        """The table's column widths and sort, to be put back on the next start."""
        return self.table.horizontalHeader().saveState()

    # -- actions (the main window also puts them in its Student menu) ----------------
    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut=None, *, checkable=False) -> QAction:
            item = QAction(text, self)
            if shortcut is not None:
                item.setShortcut(shortcut)
            item.setCheckable(checkable)
            (item.toggled if checkable else item.triggered).connect(slot)
            self.addAction(item)
            return item

        self.add_student_action = action(self.tr("&Add student…"), self.ask_new_student,
                                         QKeySequence.StandardKey.New)
        self.archive_action = action(self.tr("A&rchive student"), self.archive_current)
        self.archive_action.setToolTip(self.tr("Take the student off the list; nothing is deleted "
                                               "and Show archived brings them back."))
        self.show_archived_action = action(self.tr("Show arc&hived"), self.set_showing_archived,
                                           checkable=True)
        self.restore_action = action(self.tr("R&estore student"), self.restore_current)
        self.find_action = action(
            self.tr("&Find a student"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.student_actions = [self.add_student_action, self.archive_action,
                                self.show_archived_action, self.restore_action, self.find_action]

    # -- the student form, built when first needed ----------------------------------------
    @property
    def form(self) -> StudentForm:
        """The selected student's details, built the first time they are needed: a student
        chosen, an edit to save, a test asking for them."""
        if self._form is None:
            self._form = self._build_form()
        return self._form

    def _build_form(self) -> StudentForm:
        from iep_desk.ui.caseload.student_form import StudentForm

        form = StudentForm(self.desk)
        form.changed.connect(self._student_changed)
        form.team_panel.manage_requested.connect(self.manage_team_requested)
        self._form = form
        if self._has_meeting_lists:
            self._add_student_meetings(form)
        form.set_read_only(self.read_only)
        placeholder = self.splitter.widget(1)
        self.splitter.replaceWidget(1, form)
        if placeholder is not None:  # the empty page the form replaces
            placeholder.deleteLater()
        self._no_student = None
        return form

    # -- lists that come from the meetings ------------------------------------------------
    def add_meeting_lists(self) -> None:
        """Add the caseload-wide Open actions and Meetings not closed tabs, and the student's
        own meetings tab. Each list is built the first time it is shown."""
        self._has_meeting_lists = True
        self.lists.addTab(QWidget(), self.tr("Open actions"))
        self.lists.addTab(QWidget(), self.tr("Meetings not closed"))
        if self._form is not None:
            self._add_student_meetings(self._form)

    @property
    def due_soon(self):
        """The Due soon list (a DueSoonView), built the first time it is shown or asked for."""
        if self._due_soon is None:
            from iep_desk.ui.caseload.due_soon import DueSoonView

            widget = DueSoonView()
            widget.open_student.connect(self.open_student)
            self._due_soon = widget
            self._put_in_list_tab(1, widget)
        return self._due_soon

    @property
    def open_actions(self):
        if self._open_actions is None and self._has_meeting_lists:
            from iep_desk.ui.open_actions import OpenActionsWidget

            widget = OpenActionsWidget(self.desk)
            widget.meetingRequested.connect(self.meeting_requested)
            widget.set_read_only(self.read_only)
            self._open_actions = widget
            self._put_in_list_tab(2, widget)
        return self._open_actions

    @property
    def not_closed(self):
        if self._not_closed is None and self._has_meeting_lists:
            from iep_desk.ui.review.not_closed import NotClosedWidget

            widget = NotClosedWidget(self.desk)
            widget.meetingRequested.connect(self.meeting_requested)
            self._not_closed = widget
            self._put_in_list_tab(3, widget)
        return self._not_closed

    @property
    def student_meetings(self):
        return self.form.student_meetings if self._has_meeting_lists else None

    def _put_in_list_tab(self, index: int, widget: QWidget) -> None:
        """Swap a list tab's placeholder page for its widget, keeping the tab's place and
        whether it is the one shown."""
        current = self.lists.currentIndex()
        label = self.lists.tabText(index)
        placeholder = self.lists.widget(index)
        self.lists.blockSignals(True)
        self.lists.removeTab(index)
        self.lists.insertTab(index, widget, label)
        self.lists.setCurrentIndex(current)
        self.lists.blockSignals(False)
        if placeholder is not None:  # the tab had a placeholder page
            placeholder.deleteLater()

    def _add_student_meetings(self, form) -> None:
        from iep_desk.ui.caseload.student_meetings import StudentMeetings

        widget = StudentMeetings(self.desk)
        form.student_meetings = widget
        form.tabs.add_page(widget, self.tr("Meetings and actions"))
        widget.meetingRequested.connect(self.meeting_requested)
        widget.planRequested.connect(self.plan_meeting_requested)
        widget.set_read_only(self.read_only)
        widget.show_student(form.student_id)
        form.student_shown.connect(widget.show_student)

    def refresh_meeting_lists(self) -> None:
        """Read the meeting lists again; those not built yet read the file when first shown."""
        widgets = [self._open_actions, self._not_closed]
        if self._form is not None:
            widgets.append(self._form.student_meetings)
        for widget in widgets:
            if widget is not None:
                widget.refresh()

    # -- what changed ------------------------------------------------------------------------
    def on_changes(self, changes: Changes, source: object) -> None:
        """Something was stored (here, in another pane, a dialog, or by Undo)."""
        if source is self:
            return  # added, archived or restored here: refreshed already
        mine = self._form is not None and source in self._form.parts()
        if mine:
            return  # the form shows it, and tells the table (StudentForm.changed)
        if changes.students or changes.meetings or changes.checklist or changes.settings:
            self.refresh()
        elif changes.goals:
            self._update_due_soon()  # progress reports and reissues (app.iep_record)
        elif self._form is not None and (changes.family or changes.team):
            self._form.reload_people()

    # -- the meeting planner tells the table about meetings -----------------------------
    def set_meeting_sources(self, next_meeting: Callable[[], dict[int, datetime]],
                            extra_deadlines: Callable[[], list[Deadline]]) -> None:
        """Where the "Next meeting" column and extra Due-soon deadlines come from."""
        self._next_meeting = next_meeting
        self._extra_deadlines = extra_deadlines
        self.refresh()

    # -- showing -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the caseload again (after settings change, an undo, an import...)."""
        if self._form is not None:
            self._form.flush()  # what is being typed is saved before the form is reloaded
        current = self.current_student_id()
        today = date.today()
        settings = self.desk.stores.settings.deadline_settings()
        extra = list(self._extra_deadlines())
        students = self.store.list_students(archived=self.showing_archived, in_order=False)
        self._settings = settings
        self._meetings = dict(self._next_meeting())
        self._extra = extra
        self.model.set_students(students, settings, today, self._meetings, extra)
        self.model.set_filter_text(self.search.text())
        self._update_due_soon()
        self._update_count()
        if current is not None and self.model.row_of(current) is not None:
            self._select(current)
        elif current is not None:
            self.form.show_student(None)
        if self._form is not None:
            self._form.reload()
        self._update_actions()

    def _list_tab_changed(self, index: int) -> None:
        if index == 1:
            _ = self.due_soon  # built on first look
        elif index == 2:
            _ = self.open_actions  # built on first look
        elif index == 3:
            _ = self.not_closed
        if self._due_soon_stale and self.lists.currentWidget() is self._due_soon:
            self._update_due_soon()

    def _update_due_soon(self) -> None:
        # Filled when it is looked at.
        if self._due_soon is None or self.lists.currentWidget() is not self._due_soon:
            self._due_soon_stale = True
            return
        self._due_soon_stale = False
        if self.showing_archived:
            # Due soon is about students on the caseload, not archived ones.
            students = self.store.list_students()
            rows = [make_row(s, self._settings, self.model.today) for s in students]
        else:
            rows = self.model.all_rows()
        names = {row.student.id: row.student.display_name for row in rows}
        found = [d for row in rows for d in row.deadlines]
        found += [d for d in self._extra if d.student_id not in names or self.showing_archived]
        found += [d for d in iep_record_due_soon(self.desk.stores, self.model.today)
                  if d.student_id in names]
        self.due_soon.set_deadlines(found, names, self.model.today)

    # -- an empty caseload ------------------------------------------------------------------
    def set_first_start(self, steps) -> None:
        """`steps()` gives the first-start panel's steps (see FirstStart); the panel is shown
        in place of the list while the caseload has no students."""
        self._first_start_steps = steps
        self._update_first_start()

    @property
    def first_start(self):
        """The first-start panel (a FirstStart), or None while it has not been needed."""
        return self._first_start

    def _update_first_start(self) -> None:
        empty = self.model.total == 0 and not self.showing_archived
        if empty and self._first_start is None and self._first_start_steps is not None:
            from iep_desk.ui.caseload.first_start import FirstStart

            self._first_start = FirstStart(self._first_start_steps())
            self._first_start.set_read_only(self.read_only)
            self._students_layout.addWidget(self._first_start, 1)
        showing = empty and self._first_start is not None
        if self._first_start is not None:
            self._first_start.setVisible(showing)
        for widget in (self.search, self.count_label, self.table):
            widget.setVisible(not showing)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.showing_archived:
            text = plural(self.tr("%n archived student(s)", "", total), total)
        elif shown == total:
            text = plural(self.tr("%n student(s)", "", total), total)
        else:
            text = plural(self.tr("%1 of %n student(s)", "", total), total).replace(
                "%1", str(shown))
        self.count_label.setText(text)
        self._update_first_start()

    def _filter(self, text: str) -> None:
        chosen = self.current_student_id()
        if chosen is None:
            chosen = self._put_away_by_search
        self.model.set_filter_text(text)
        self._update_count()
        if chosen is None:
            return
        if self.model.row_of(chosen) is not None:
            self._put_away_by_search = None
            self._select(chosen)
            return
        # The student whose details were open is not in the list any more. Their details are
        # put away (what was being typed is saved first), so that an edit or Archive student
        # never reaches a student the teacher can no longer see in the list. A search that
        # finds them again shows them again.
        self._put_away_by_search = chosen
        if self.current_student_id() is not None:
            self.form.show_student(None)
        self._update_actions()

    def _add_search_keys(self) -> None:
        """Keys of the search box (listed in Help ▸ Keyboard shortcuts): Down or Enter go to
        the students found, Escape empties the box."""
        where = self.tr("In the caseload's search box")
        for keys, what, slot in (
                ("Down", self.tr("Go to the students found"), self._to_results),
                ("Return", self.tr("Go to the students found"), self._to_results),
                ("Enter", self.tr("Go to the students found"), self._to_results),
                ("Escape", self.tr("Empty the search box"), self.search.clear)):
            shortcut = QShortcut(QKeySequence(keys), self.search, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.setWhatsThis(what)
            shortcut.setProperty("where", where)

    def _to_results(self) -> None:
        """Down or Enter in the search box: into the list, on the student open there if the
        search found them, else on the first student found (their details open)."""
        chosen = self.current_student_id()
        if chosen is None or self.model.row_of(chosen) is None:
            chosen = self.model.student_id_at(0)  # None when the search found nobody
        if chosen is not None:
            self._select(chosen)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _student_changed(self, student_id: int) -> None:
        """One student's fields changed: redraw their row and the Due soon list."""
        try:
            student = self.store.get_student(student_id)
        except LookupError:
            return
        if student.is_archived != self.showing_archived:
            self.refresh()
            return
        row = make_row(student, self._settings, self.model.today, self._meetings.get(student_id),
                       [d for d in self._extra if d.student_id == student_id])
        self.model.replace_row(row)
        self._update_due_soon()

    def current_student_id(self) -> int | None:
        return self._form.student_id if self._form is not None else None

    def pending_drafts(self) -> list[Draft]:
        """What was typed for the student shown and not added yet (ui.drafts)."""
        return self._form.pending_drafts() if self._form is not None else []

    def may_leave_student(self) -> bool:
        """True when the student shown may be put away: nothing typed would be lost, or the
        teacher chose to discard it; False when she chose to go back to it (ui.drafts)."""
        return may_leave(self, self.pending_drafts())

    def _row_changed(self, current, _previous) -> None:
        if self._putting_back:
            return
        if (current.isValid() and self.model.student_id_at(current.row()) != self.current_student_id()
                and not self.may_leave_student()):
            # Back on the row of the student shown, now and once a click has finished
            # selecting the row it was on.
            self._put_back_row()
            QTimer.singleShot(0, self, self._put_back_row)
            return
        if current.isValid():
            self._put_away_by_search = None
            if not self.table.selectionModel().isRowSelected(current.row()):
                # Qt makes the first row current, unselected, when the list gets the keyboard
                # focus with no row chosen (Ctrl+1, Tab): it is selected too, so the details
                # shown are always those of the highlighted row.
                self.table.selectionModel().select(
                    current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            self.form.show_student(self.model.student_id_at(current.row()))
        self._update_actions()

    def _put_back_row(self) -> None:
        shown = self.current_student_id()
        if shown is None:
            return
        self._putting_back = True
        try:
            self._select(shown, show=False)
        finally:
            self._putting_back = False

    def _select(self, student_id: int, *, show: bool = True) -> bool:
        row = self.model.row_of(student_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if show and self.current_student_id() != student_id:
            self.form.show_student(student_id)
        return True

    def open_student(self, student_id: int) -> None:
        """Select the student in the table and show their details (from Due soon, the planner...)."""
        try:
            student = self.store.get_student(student_id)
        except LookupError:
            return
        if student_id != self.current_student_id() and not self.may_leave_student():
            return
        if student.is_archived != self.showing_archived:
            self.show_archived_action.setChecked(student.is_archived)
        if self.model.row_of(student_id) is None:
            self.search.clear()
        self.lists.setCurrentIndex(0)
        self._select(student_id)
        self.form.show_student(student_id)

    def focus_search(self) -> None:
        self.lists.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_showing_archived(self, showing: bool) -> None:
        if showing == self.showing_archived:
            return
        self.flush_edits()
        self.showing_archived = showing
        if self._form is not None:
            self._form.show_student(None)
        self.show_archived_action.setChecked(showing)
        self.refresh()
        first = self.model.student_id_at(0)
        if first is not None:  # the list is not empty
            self._select(first)

    def _update_actions(self) -> None:
        editable = not self.read_only
        chosen = self.current_student_id() is not None
        self.add_student_action.setEnabled(editable)
        self.archive_action.setEnabled(editable and chosen and not self.showing_archived)
        self.restore_action.setEnabled(editable and chosen and self.showing_archived)

    # -- changing the list ------------------------------------------------------------------
    def ask_new_student(self) -> int | None:
        """Ask for the new student's name, add them, and show them ready for editing."""
        if self.read_only:
            return None
        from iep_desk.ui.caseload.add_student_dialog import AddStudentDialog

        dialog = AddStudentDialog(self)
        if dialog.exec() != AddStudentDialog.DialogCode.Accepted:
            return None
        return self.add_student(dialog.student())

    def add_student(self, student) -> int | None:
        result = self.desk.run(app_caseload.add_student, student=student, source=self,
                               undo_text=self.tr("Add student %s")
                               % name_in_text(student.display_name),
                               report=self._report)
        if result is None:
            return None
        if self.showing_archived:
            self.set_showing_archived(False)
        self.search.clear()
        self.refresh()
        student_id = stored_id(result.value)  # the id the new student was given
        self.open_student(student_id)
        self.form.focus_first_empty()
        return student_id

    def _report(self, text: str | None) -> None:
        self.message.say(text)

    def _change_archive(self, operation, verb: str) -> None:
        student_id = self.current_student_id()
        if student_id is None or self.read_only or not self.may_leave_student():
            return
        self.form.flush()
        name = name_in_text(self.store.get_student(student_id).display_name)
        if self.desk.run(operation, student_id=student_id, undo_text=verb % name, source=self,
                         report=self._report) is None:
            return
        position = self.model.row_of(student_id) or 0
        self.form.show_student(None)
        self.refresh()
        # The next student in the list, for a quick run through (none when the list is empty).
        following = self.model.student_id_at(min(position, self.model.rowCount() - 1))
        if following is not None:
            self._select(following)

    def archive_current(self) -> None:
        self._change_archive(app_caseload.archive_student, self.tr("Archive %s"))

    def restore_current(self) -> None:
        self._change_archive(app_caseload.restore_student, self.tr("Restore %s"))

    # -- for the main window ------------------------------------------------------------------
    def flush_edits(self) -> bool:
        """Save every pending edit now (closing, undo, switching pane). Never asks anything;
        True when every edit is saved (False: a message beside a field says why not)."""
        return self._form is None or self._form.flush()

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """Disable every editing control; the banner says why (a second copy of the app...)."""
        self.read_only = read_only
        if read_only:
            self.flush_edits()
            self.banner.show_text(reason or self.tr(
                "This caseload is open read-only: you can look at everything, but changes "
                "cannot be made here."))
        else:
            self.banner.hide()
        # Parts not built yet take the setting when they are built.
        if self._no_student is not None:
            self._no_student.set_read_only(read_only)
        if self._form is not None:
            self._form.set_read_only(read_only)
            if self._form.student_meetings is not None:
                self._form.student_meetings.set_read_only(read_only)
        if self._open_actions is not None:
            self._open_actions.set_read_only(read_only)
        if self._first_start is not None:
            self._first_start.set_read_only(read_only)
        self._update_actions()

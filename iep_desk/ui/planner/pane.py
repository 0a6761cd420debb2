"""The Meeting planner pane: the list of meetings, and the chosen meeting's tabs
(meeting and people, find a time, checklist, the family's voice, agenda, contact log)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.app.settings import calendar_names_wanted
from iep_desk.core.calendar_ics import CalendarExportError, meeting_to_ics, private_student_name
from iep_desk.core.meetings import PLANNED_STATUSES, Meeting
from iep_desk.core.names import file_name_part
from iep_desk.storage.files import write_whole
from iep_desk.ui.desk import Desk, keep_refusals
from iep_desk.ui.handout_actions import install_handout_actions
from iep_desk.ui.labels import name_in_text, window_language
from iep_desk.ui.meeting_list import MeetingList, MeetingPane, tab_follows_the_screen
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.agenda_view import AgendaSection
from iep_desk.ui.planner.checklist_view import ChecklistSection
from iep_desk.ui.planner.contact_log import ContactLogSection
from iep_desk.ui.planner.details import MeetingDetails
from iep_desk.ui.planner.family_voice import FamilyVoiceSection
from iep_desk.ui.planner.find_time import FindTimeSection
from iep_desk.ui.planner.new_meeting import NewMeetingDialog
from iep_desk.ui.planner.participants import ParticipantsSection
from iep_desk.ui.planner.team_input import TeamInputSection
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import (
    Banner,
    FieldMessage,
    ScrollingTabs,
    Splitter,
    keep_rows_visible,
    with_short_quotes,
)

# The status filter: label and the statuses it shows (None: all).
FILTERS = (
    (
        QT_TRANSLATE_NOOP("Planner", "Coming up (draft, proposed, confirmed)"),
        PLANNED_STATUSES,
    ),
    (QT_TRANSLATE_NOOP("Planner", "Draft"), ("draft",)),
    (QT_TRANSLATE_NOOP("Planner", "Proposed"), ("proposed",)),
    (QT_TRANSLATE_NOOP("Planner", "Confirmed"), ("confirmed",)),
    (QT_TRANSLATE_NOOP("Planner", "Held"), ("held",)),
    (QT_TRANSLATE_NOOP("Planner", "Cancelled"), ("cancelled",)),
    (QT_TRANSLATE_NOOP("Planner", "All meetings"), None),
)


class PlannerPane(MeetingPane):
    """Refreshes from the Desk's one change notification (desk.changed)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(desk, parent)
        self.setAccessibleName(self.tr("Meeting planner"))
        self.banner = Banner()
        self.message = FieldMessage()

        self._build_list()
        self._build_header()
        self._build_sections()
        right_layout = self._lay_out()
        self._connect(right_layout)
        self.refresh()

    def _build_list(self) -> None:
        """The list of meetings."""
        self.meeting_list = MeetingList(
            filters=[(translate("Planner", text), statuses) for text, statuses in FILTERS],
            show_label=self.tr("Show"), filter_name=self.tr("Show meetings"),
            table_name=self.tr("Meetings"),
            headers=[self.tr("Student"), self.tr("Kind"), self.tr("When"), self.tr("Status")])
        self.filter_box = self.meeting_list.filter_box
        self.list = self.meeting_list.table
        self.filter_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.meeting_list.chosen.connect(self._row_changed)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((260, 200, 220)):
            self.list.setColumnWidth(column, width)
        self.list.verticalHeader().setDefaultSectionSize(self.list.fontMetrics().height() + 8)
        keep_rows_visible(self.list)
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.new_button.clicked.connect(lambda: self.ask_new_meeting())
        self.cancel_button = QPushButton(self.tr("&Cancel meeting"))
        self.cancel_button.setAccessibleName(self.tr("Cancel meeting"))
        self.cancel_button.setToolTip(self.tr("The meeting stays on file, marked as cancelled."))
        self.cancel_button.clicked.connect(self.cancel_current)
        self.delete_button = QPushButton(self.tr("Delete draft"))
        self.delete_button.setAccessibleName(self.tr("Delete draft"))
        self.delete_button.setToolTip(self.tr(
            "Only a draft never sent to anyone can be deleted; Ctrl+Z brings it back."))
        self.delete_button.clicked.connect(self.delete_current)
        # Who is on screen in the caseload (the main window sets it): New meeting starts there.
        self.student_on_screen: Callable[[], int | None] = lambda: None
        self.calendar_button = QPushButton(self.tr("Add to calendar…"))
        self.calendar_button.setAccessibleName(self.tr("Add to calendar"))
        self.calendar_button.clicked.connect(self.export_calendar)
        # The list runs across the top, so the meeting below gets the pane's whole width.
        filter_row = self.meeting_list.filter_row
        filter_row.addStretch(1)
        filter_row.addWidget(self.new_button)
        filter_row.addWidget(self.cancel_button)
        filter_row.addWidget(self.delete_button)

    def _build_header(self) -> None:
        """The chosen meeting."""
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Chosen meeting"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        # A long title (a long name, a transition meeting, a longer language) takes a second
        # line rather than pushing the handout buttons into the tool bar's "more" menu.
        self.title_label.setWordWrap(True)
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.handout_bar = QToolBar(self.tr("Handouts"))
        self.handout_bar.setAccessibleName(self.tr("Handouts for this meeting"))
        self.handout_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _build_sections(self) -> None:
        self.details = MeetingDetails(self.ctx)
        self.participants = ParticipantsSection(self.ctx)
        self.find_time = FindTimeSection(self.ctx)
        self.checklist = ChecklistSection(self.ctx)
        self.family_voice = FamilyVoiceSection(self.ctx)
        self.agenda = AgendaSection(self.ctx)
        self.contact_log = ContactLogSection(self.ctx)
        self.team_input = TeamInputSection(self.ctx)
        self.sections = [
            self.details,
            self.participants,
            self.find_time,
            self.checklist,
            self.family_voice,
            self.agenda,
            self.contact_log,
            self.team_input,
        ]

        # The meeting and its people on tabs of their own: on a laptop's screen the people's
        # list needs the tab's whole height (six rows and more), beside the chosen person.
        # Each page scrolls when the window is too small for it.
        self.tabs = ScrollingTabs()
        self.tabs.setAccessibleName(self.tr("Planning this meeting"))
        self.tabs.add_page(self.details, self.tr("&Meeting"))
        self.tabs.add_page(self.participants, self.tr("&People"))
        self.tabs.add_page(self.find_time, self.tr("Fin&d a time"))
        self.tabs.add_page(self.checklist, self.tr("Chec&klist"))
        self.tabs.add_page(self.family_voice, self.tr("The famil&y's voice"))
        self.tabs.add_page(self.agenda, self.tr("&Agenda"))
        self.tabs.add_page(self.contact_log, self.tr("Contact &log"))
        self.tabs.add_page(self.team_input, self.tr("Team inp&ut"))

    def _lay_out(self) -> QVBoxLayout:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.calendar_button)
        header.addWidget(self.handout_bar)
        right_layout.addLayout(header)
        right_layout.addWidget(self.record_label)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = Splitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.meeting_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 650])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.list)
        return right_layout

    def _connect(self, right_layout: QVBoxLayout) -> None:
        # Preview, Save as PDF and Print of the invitation, agenda, prep sheet and the packet.
        self.handout_actions = install_handout_actions(
            self.handout_bar, ["invitation", "agenda", "prep-sheet", "preparation-sheet"],
            self.current_meeting_id, self.desk, self)
        # What to know about the family's language (no templates, no tagline, not reviewed,
        # typed text in English), under the header: a line, never a dialog.
        right_layout.insertWidget(1, self.handout_actions.language_line)
        self.desk.changed.connect(self.on_changes)
        self._follow_the_screen_with_tab()

    def _follow_the_screen_with_tab(self) -> None:
        """Tab from Add to calendar through the handout buttons into the tabs and the page."""
        tab_follows_the_screen([self.calendar_button], self.handout_bar,
                               self.handout_actions.language_line.button, self.tabs)

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the meetings again (after an undo, a settings change, a caseload change...)."""
        self.flush_edits()
        statuses = self.filter_box.currentData()
        names = self.store.student_names()
        rows = [(meeting, (names.get(meeting.student_id, "?"), *self._row_texts(meeting)))
                for meeting in self.stores.meetings.list_meetings(statuses=statuses)]
        self._show(self.meeting_list.fill(rows, keep=self._meeting_id))

    @staticmethod
    def _row_texts(meeting: Meeting) -> tuple[str, str, str]:
        """What the list says of a meeting after the student's name: kind, when, status."""
        return (L.label(L.MEETING_TYPE_LABELS, meeting.meeting_type),
                L.when_text(meeting.starts_at), L.label(L.STATUS_LABELS, meeting.status))

    def open_meeting(self, meeting_id: int) -> bool:
        """Show a meeting (from Due soon, the caseload...); widens the filter when needed."""
        try:
            self.stores.meetings.get_meeting(meeting_id)
        except LookupError:
            return False
        if meeting_id != self._meeting_id and not self.may_leave_meeting():
            return False  # the teacher went back to what she typed
        self.flush_edits()
        if not self.meeting_list.lists(meeting_id):
            self.filter_box.setCurrentIndex(len(FILTERS) - 1)  # all meetings
            self.refresh()
        self.meeting_list.select(meeting_id)
        self._show(meeting_id)
        return True

    def _before_parts_show(self) -> None:
        self.handout_actions.update_enabled()
        self._update_header()
        self._lock_sections()

    def _after_parts_show(self) -> None:
        self._update_actions()

    def _locked(self) -> bool:
        """Read-only caseload, or a meeting that is a record (held or cancelled)."""
        if self.read_only:
            return True
        if self._meeting_id is None:
            return False
        return self.stores.meetings.get_meeting(self._meeting_id).is_record

    def _lock_sections(self) -> None:
        locked = self._locked()
        for section in self.sections:
            # The contact log belongs to the family, not to one meeting: it stays open.
            wanted = self.read_only if section is self.contact_log else locked
            if section.read_only != wanted:
                section.set_read_only(wanted)

    def _update_header(self) -> None:
        if self._meeting_id is None:
            self.title_label.setText(
                self.tr("No meeting chosen. Choose one in the list, or plan a new meeting.")
            )
            self.record_label.hide()
            return
        meeting = self.stores.meetings.get_meeting(self._meeting_id)
        self.title_label.setText(
            self._named(meeting)
            + (self.tr(" · transition meeting") if meeting.is_transition else "")
        )
        if meeting.is_record:
            self.record_label.setText(
                self.tr(
                    "This meeting is %s and stays on file as a record; its plan is shown as it was."
                )
                % L.label(L.STATUS_LABELS, meeting.status).lower()
            )
            self.record_label.show()
        else:
            self.record_label.hide()

    def _named(self, meeting: Meeting) -> str:
        """A meeting as the header names it: "Lena Park: Annual review, Tue 3/3/2026 3:30 PM"."""
        student = self.store.get_student(meeting.student_id)
        return self.tr("%s: %s, %s") % (
            name_in_text(student.display_name),
            L.label(L.MEETING_TYPE_LABELS, meeting.meeting_type),
            L.when_text(meeting.starts_at),
        )

    def _update_actions(self) -> None:
        editable = not self.read_only
        meeting = self.stores.meetings.get_meeting(self._meeting_id) if self._meeting_id else None
        self.new_button.setEnabled(editable)
        self.cancel_button.setEnabled(
            editable and meeting is not None and not meeting.is_record
        )
        self.delete_button.setEnabled(
            editable and self._meeting_id is not None
            and app_meetings.can_delete(self.stores, self._meeting_id) is None
        )
        self.calendar_button.setEnabled(meeting is not None and meeting.starts_at is not None)

    # -- what changed -------------------------------------------------------------------------
    def on_changes(self, changes: Changes, source: object) -> None:
        """One of this pane's parts, an undo, or another pane stored something."""
        if source is self:
            return
        if source is None or source not in self.sections:
            if changes.meetings or changes.students or changes.settings:
                self.refresh()  # another pane, or Undo: read the list again
                return
        elif changes.meetings:
            self._refresh_list_row()
            self._update_header()
            self._lock_sections()
            self._update_actions()
        self._tell_sections(changes, source)
        self._update_actions()  # an invitation sent: the draft can no longer be deleted
        self.handout_actions.refresh_language_line()  # a typed text may now need its version

    def _refresh_list_row(self) -> None:
        if self._meeting_id is None:
            return
        meeting = self.stores.meetings.get_meeting(self._meeting_id)
        self.meeting_list.update_row(meeting, dict(enumerate(self._row_texts(meeting), start=1)))

    # -- new and cancelled meetings ---------------------------------------------------------------
    def ask_new_meeting(self, student_id: int | None = None) -> int | None:
        """Ask which student and kind (ui.planner.new_meeting), starting from `student_id`,
        else the student chosen in the caseload, else the one of the meeting shown."""
        if self.read_only or not self.may_leave_meeting():
            return None
        students = self.store.list_students()
        if not students:
            QMessageBox.information(
                self,
                self.tr("New meeting"),
                self.tr("There are no students on the caseload yet. Add a student first."),
            )
            return None
        if student_id is None:
            student_id = self.student_on_screen()
        if student_id is None and self._meeting_id is not None:
            student_id = self.stores.meetings.get_meeting(self._meeting_id).student_id
        dialog = NewMeetingDialog(self.stores, students, student_id, parent=self)
        if dialog.exec() != NewMeetingDialog.DialogCode.Accepted:
            return None
        return self.new_meeting_for(*dialog.chosen())

    def delete_current(self) -> bool:
        """Delete the draft shown, when it was never sent to anyone (undoable)."""
        if self._meeting_id is None or self.read_only:
            return False
        self.flush_edits()
        named = self._named(self.stores.meetings.get_meeting(self._meeting_id))
        if self.desk.run(app_meetings.delete_draft, meeting_id=self._meeting_id, source=self,
                         undo_text=self.tr("Delete draft meeting"),
                         report=self._report) is None:
            return False
        self._meeting_id = None
        self.refresh()
        # The list moves on to another meeting: say which one went.
        self._say(self.tr("The draft “%s” is deleted; Ctrl+Z brings it back.") % named)
        return True

    def _say(self, text: str) -> None:
        """A note in the window's status bar (what was done, and how to take it back)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(with_short_quotes(text), 30000)

    def new_meeting_for(self, student_id: int, meeting_type: str = "annual_review") -> int | None:
        """Plan a draft meeting for a student, with the default length and due date for its
        kind and the standard agenda; None (after a message) when it cannot be planned."""
        if self.read_only or not self.may_leave_meeting():
            return None
        self.flush_edits()
        refused: list[str] = []
        result = self.desk.run(app_meetings.plan_meeting, student_id=student_id,
                               meeting_type=meeting_type, agenda_language=window_language(),
                               source=self,
                               undo_text=self.tr("New meeting"),
                               report=keep_refusals(refused))
        if result is None:
            if refused:
                QMessageBox.warning(self, self.tr("New meeting"), with_short_quotes(refused[0]))
            return None
        meeting_id = result.value
        if (
            self.filter_box.currentData() is not None
            and "draft" not in self.filter_box.currentData()
        ):
            self.filter_box.blockSignals(True)
            self.filter_box.setCurrentIndex(0)
            self.filter_box.blockSignals(False)
        self._meeting_id = meeting_id
        self.refresh()
        self.tabs.setCurrentIndex(0)
        self.details.type_box.setFocus()
        return meeting_id

    def cancel_current(self) -> bool:
        meeting_id = self._meeting_id
        if meeting_id is None or self.read_only:
            return False
        meeting = self.stores.meetings.get_meeting(meeting_id)
        if meeting.is_record:
            return False
        # Named in the question and afterwards: the list then moves on to another meeting.
        named = self._named(meeting)
        answer = QMessageBox.question(
            self,
            self.tr("Cancel meeting"),
            with_short_quotes(self.tr(
                "Cancel the meeting “%s”? It stays on file, marked as cancelled, and the "
                "family should be told."
            ) % named),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.flush_edits()
        result = self.desk.run(app_meetings.cancel_meeting, meeting_id=meeting_id,
                               undo_text=self.tr("Cancel meeting"), report=self._report,
                               source=self)
        if result is None:
            return False
        self.refresh()
        self._say(self.tr("The meeting “%s” is cancelled. It stays on file (Show: Cancelled); "
                          "Ctrl+Z takes it back.") % named)
        return True

    def _report(self, text: str | None) -> None:
        self.message.say(text)

    # -- calendar ------------------------------------------------------------------------------------
    def export_calendar(self, path: str | Path | None = None) -> Path | None:
        """Write the meeting as an .ics file (asks where, unless `path` is given), with names
        only when the teacher's setting says so (ui.transfer_actions.INCLUDE_NAMES_SETTING)."""
        meeting_id = self._meeting_id
        if meeting_id is None:
            return None

        self.flush_edits()
        meeting = self.stores.meetings.get_meeting(meeting_id)
        student = self.store.get_student(meeting.student_id)
        # Names and emails only when the teacher asked for them (File ▸ Export ▸ Calendar
        # files include names): calendars are often shared.
        include_names = calendar_names_wanted(self.stores)
        try:
            data = meeting_to_ics(
                meeting,
                self.stores.meetings.participants_of(meeting_id),
                student,
                emails=self.stores.meetings.participant_emails(meeting_id) if include_names else {},
                include_names=include_names,
            )
        except CalendarExportError as error:
            QMessageBox.warning(self, self.tr("Add to calendar"), error_text(error))
            return None
        if not path:
            # The parts in a plain order, the name last: no invisible direction marks in a
            # file name, and nothing after a right-to-left name but the extension.
            day = f"{meeting.starts_at:%Y-%m-%d}"
            suggested = (f"{day} {self.tr('IEP meeting')} "
                         f"{file_name_part(private_student_name(student))}.ics")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Add to calendar"), suggested, self.tr("Calendar files (*.ics)")
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        try:
            write_whole(target, data)  # whole or not at all, owner-only, a link kept
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Add to calendar"),
                self.tr("The calendar file could not be written (%s). Choose another folder.")
                % error.strerror,
            )
            return None
        self.message.clear_message()
        return target

    # -- for the main window --------------------------------------------------------------------------
    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """Disable every editing control; the banner says why."""
        if read_only:
            self.flush_edits()
            self.banner.show_text(
                reason
                or self.tr(
                    "This caseload is open read-only: you can look at every meeting, but nothing "
                    "can be changed here."
                )
            )
        else:
            self.banner.hide()
        self.read_only = read_only
        self._lock_sections()
        self._update_actions()

"""The Post-meeting review pane: meetings that took place on the left; the chosen meeting's
review on the right (who came, notes, action plan, family and home, looking back, the next
meeting, the after-the-meeting checklist).

Only a meeting marked as held can be reviewed; a meeting still in the future cannot be
marked as held. Everything saves itself; field edits and ticks can be undone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.core.checklist import is_closed
from iep_desk.core.meetings import Meeting, still_ahead, took_place_or_should_have
from iep_desk.ui.desk import Desk, stored_id
from iep_desk.ui.handout_actions import install_handout_actions
from iep_desk.ui.labels import name_in_text
from iep_desk.ui.meeting_list import MeetingList, MeetingPane, tab_follows_the_screen
from iep_desk.ui.planner import labels as L
from iep_desk.ui.review.action_plan import ActionPlanSection
from iep_desk.ui.review.after_checklist import AfterChecklistSection
from iep_desk.ui.review.attendance import AttendanceSection
from iep_desk.ui.review.common import report_to
from iep_desk.ui.review.decisions import DecisionsSection
from iep_desk.ui.review.family_part import FamilySection
from iep_desk.ui.review.looking_back import LookingBackSection
from iep_desk.ui.review.next_meeting import NextMeetingSection
from iep_desk.ui.review.notes import NotesSection
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import Banner, FieldMessage, ScrollingTabs, Splitter

# The list filter: label and key.
FILTERS = (
    (QT_TRANSLATE_NOOP("Review", "Held, and past meetings to mark as held"), "recent"),
    (QT_TRANSLATE_NOOP("Review", "Held, not closed yet"), "not_closed"),
    (QT_TRANSLATE_NOOP("Review", "Closed"), "closed"),
    (QT_TRANSLATE_NOOP("Review", "All meetings (also those still ahead)"), "all"),
)
ALL_FILTER = len(FILTERS) - 1


def review_state(meeting: Meeting, closed: bool, now: datetime) -> str:
    """The meeting's review state in words, for the list."""
    if meeting.status == "held":
        return (
            translate("Review", "Held · closed ✔")
            if closed
            else translate("Review", "Held · not closed")
        )
    if meeting.status == "cancelled":
        return translate("Review", "Cancelled")
    if meeting.starts_at is None:
        return translate("Review", "No date yet")
    if still_ahead(meeting, now):
        return translate("Review", "Still ahead")
    return translate("Review", "Took place? Mark it as held")


def _newest_first(meeting: Meeting) -> tuple:
    return (meeting.starts_at is None, -(meeting.starts_at.timestamp() if meeting.starts_at else 0),
            -(meeting.id or 0))


class ReviewPane(MeetingPane):
    """Refreshes from the Desk's one change notification (desk.changed). Signal:
    followUpCreated(new meeting id), for the window to open the draft in the planner."""

    followUpCreated = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(desk, parent)
        self.setAccessibleName(self.tr("Post-meeting review"))
        self.banner = Banner()

        self._build_list()
        self._build_header()
        self._build_sections()
        self._lay_out()
        self._connect()
        self.refresh()

    def _build_list(self) -> None:
        """The list of meetings."""
        self.meeting_list = MeetingList(
            filters=[(translate("Review", text), key) for text, key in FILTERS],
            show_label=self.tr("Show"), filter_name=self.tr("Show meetings"),
            table_name=self.tr("Meetings to review"),
            headers=[self.tr("When"), self.tr("Student"), self.tr("Review")])
        self.filter_box = self.meeting_list.filter_box
        self.list = self.meeting_list.table
        self.meeting_list.filter_row.setStretchFactor(self.filter_box, 1)
        self.filter_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.meeting_list.chosen.connect(self._row_changed)
        # When and Student as wide as their words; the review state takes the rest.
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _build_header(self) -> None:
        """The chosen meeting."""
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Chosen meeting"))
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Review state"))
        self.state_label.setWordWrap(True)
        self.mark_held_button = QPushButton(self.tr("Ma&rk as held"))
        self.mark_held_button.setAccessibleName(self.tr("Mark as held"))
        self.mark_held_button.setToolTip(self.tr("Record that this meeting took place, so it can "
                                                 "be reviewed."))
        self.mark_held_button.clicked.connect(self.mark_held)
        self.message = FieldMessage()
        # Left for the main window: preview, save and print the summary and thank-you letter.
        self.handout_bar = QToolBar(self.tr("Handouts"))
        self.handout_bar.setAccessibleName(self.tr("Handouts for the family"))
        self.handout_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def _build_sections(self) -> None:
        self.attendance = AttendanceSection(self.ctx)
        self.notes = NotesSection(self.ctx)
        self.decisions = DecisionsSection(self.ctx)
        self.action_plan = ActionPlanSection(self.ctx)
        self.family = FamilySection(self.ctx)
        self.looking_back = LookingBackSection(self.ctx)
        self.next_meeting = NextMeetingSection(self.ctx)
        self.after_checklist = AfterChecklistSection(self.ctx)
        self.sections = [
            self.attendance, self.notes, self.decisions, self.action_plan, self.family,
            self.looking_back,
            self.next_meeting, self.after_checklist]
        self.next_meeting.followUpCreated.connect(self.followUpCreated)

        self.tabs = ScrollingTabs()  # each page scrolls when the window is too small for it
        self.tabs.setAccessibleName(self.tr("Reviewing this meeting"))
        for section, text in (
                (self.attendance, self.tr("Who &came")),
                (self.notes, self.tr("&Notes")),
                (self.decisions, self.tr("&Decisions")),
                (self.action_plan, self.tr("Action &plan")),
                (self.family, self.tr("F&amily")),
                (self.looking_back, self.tr("&Looking back")),
                (self.next_meeting, self.tr("Ne&xt meeting")),
                (self.after_checklist, self.tr("After the &meeting"))):
            self.tabs.add_page(section, text)
        # Every tab's title shows, in any language: the splitter takes the room from the
        # meeting list rather than hide "After the meeting" behind scroll arrows.
        self.tabs.setMinimumWidth(self.tabs.tabBar().sizeHint().width() + 4)

    def _lay_out(self) -> None:
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.right_layout = right_layout
        right_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.mark_held_button)
        header.addWidget(self.handout_bar)
        right_layout.addLayout(header)
        right_layout.addWidget(self.state_label)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.tabs, 1)

        self.splitter = Splitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.meeting_list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 800])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.list)

    def _connect(self) -> None:
        # Preview, Save as PDF and Print of the summary with the action plan and the thank-you letter.
        self.handout_actions = install_handout_actions(
            self.handout_bar, ["summary", "thank-you"], self.current_meeting_id, self.desk, self)
        # The line about the family's language, under the header as in the planner (it was
        # left unplaced, and showed over the meeting list's corner).
        self.right_layout.insertWidget(1, self.handout_actions.language_line)
        self.desk.changed.connect(self.on_changes)
        self._follow_the_screen_with_tab()

    def _follow_the_screen_with_tab(self) -> None:
        """Tab from the list and Mark as held through the handout buttons into the tabs."""
        tab_follows_the_screen([self.list, self.mark_held_button], self.handout_bar,
                               self.handout_actions.language_line.button, self.tabs)

    def _closed(self, meeting_id: int) -> bool:
        """Every after-the-meeting item ticked (the prior written notice too, when due)."""
        checklist = self.stores.checklist
        return is_closed(checklist.ticks_of(meeting_id), checklist.needs_prior_notice(meeting_id))

    # -- the list --------------------------------------------------------------------------------
    def _meetings_for_filter(self, key: str, now: datetime) -> list[tuple[Meeting, bool]]:
        found = []
        for meeting in self.stores.meetings.list_meetings():
            closed = meeting.status == "held" and self._closed(stored_id(meeting.id))
            wanted = {
                "recent": took_place_or_should_have(meeting, now),
                "not_closed": meeting.status == "held" and not closed,
                "closed": closed,
            }.get(key, True)
            if wanted:
                found.append((meeting, closed))
        return sorted(found, key=lambda pair: _newest_first(pair[0]))

    def refresh(self) -> None:
        """Read the meetings again (after an undo, a change in the planner, a caseload change...)."""
        self.flush_edits()
        now = datetime.now()
        names = self.store.student_names()
        rows = [(meeting, (L.when_text(meeting.starts_at), names.get(meeting.student_id, "?"),
                           review_state(meeting, closed, now)))
                for meeting, closed in self._meetings_for_filter(self.filter_box.currentData(),
                                                                 now)]
        self._show(self.meeting_list.fill(rows, keep=self._meeting_id))

    def open_meeting(self, meeting_id: int) -> bool:
        """Show a meeting (from the caseload, the planner...); widens the filter when needed."""
        try:
            self.stores.meetings.get_meeting(meeting_id)
        except LookupError:
            return False
        if meeting_id != self._meeting_id and not self.may_leave_meeting():
            return False  # the teacher went back to what she typed
        self.flush_edits()
        if not self.meeting_list.lists(meeting_id):
            self.filter_box.blockSignals(True)
            self.filter_box.setCurrentIndex(ALL_FILTER)
            self.filter_box.blockSignals(False)
            self._meeting_id = meeting_id
            self.refresh()
        self.meeting_list.select(meeting_id)
        if self._meeting_id != meeting_id:
            self._show(meeting_id)
        return True

    def _before_parts_show(self) -> None:
        self.handout_actions.update_enabled()
        self.message.clear_message()
        self._update_header()
        self._lock_sections()

    def _after_parts_show(self) -> None:
        self._update_header()

    def _held(self) -> bool:
        return (self._meeting_id is not None
                and self.stores.meetings.get_meeting(self._meeting_id).status == "held")

    def _lock_sections(self) -> None:
        locked = self.read_only or not self._held()
        for section in self.sections:
            if section.read_only != locked:
                section.set_read_only(locked)

    def _update_header(self) -> None:
        if self._meeting_id is None:
            self.title_label.setText(self.tr("No meeting chosen. Choose a meeting that took place "
                                             "in the list."))
            self.state_label.hide()
            self.mark_held_button.hide()
            return
        meeting = self.stores.meetings.get_meeting(self._meeting_id)
        student = self.store.get_student(meeting.student_id)
        self.title_label.setText(self.tr("%s: %s, %s") % (
            name_in_text(student.display_name), L.label(L.MEETING_TYPE_LABELS, meeting.meeting_type),
            L.when_text(meeting.starts_at)))
        self.mark_held_button.setVisible(meeting.status != "held")
        self.mark_held_button.setEnabled(not self.read_only and meeting.status != "cancelled")
        if meeting.status == "held":
            state = self.after_checklist.state
            closed = self._closed(stored_id(meeting.id))
            done, total = state.progress
            self.state_label.setText(
                self.tr("Held · ✔ closed: everything after the meeting is done.") if closed
                else self.tr("Held · not closed yet: %d of %d after-the-meeting items done "
                             "(see “After the meeting”).") % (done, total))
            self.state_label.setStyleSheet(
                "color: #1b4d24; font-weight: bold;" if closed else "color: #4a3b00;")
        elif meeting.status == "cancelled":
            self.state_label.setText(self.tr("This meeting was cancelled, so there is nothing to "
                                             "review."))
            self.state_label.setStyleSheet("color: #444;")
        else:
            self.state_label.setText(self.tr(
                "This meeting is not marked as held yet. Once it has taken place, choose “Mark "
                "as held” to record who came, the notes and the action plan."))
            self.state_label.setStyleSheet("color: #4a3b00;")
        self.state_label.show()

    def _refresh_list_row(self) -> None:
        if self._meeting_id is None:
            return
        meeting = self.stores.meetings.get_meeting(self._meeting_id)
        closed = meeting.status == "held" and self._closed(stored_id(meeting.id))
        self.meeting_list.update_row(meeting, {2: review_state(meeting, closed, datetime.now())})

    # -- marking as held --------------------------------------------------------------------------
    def mark_held(self) -> bool:
        """Record that the chosen meeting took place; refused (message) for one still ahead."""
        meeting_id = self._meeting_id
        if meeting_id is None or self.read_only:
            return False
        self.flush_edits()
        if self.desk.run(app_meetings.mark_held, meeting_id=meeting_id,
                         undo_text=self.tr("Mark the meeting as held"),
                         report=report_to(self.message), source=self) is None:
            return False
        self._show(meeting_id)
        self._refresh_list_row()
        self.tabs.setCurrentIndex(0)
        return True

    # -- what changed ------------------------------------------------------------------------------
    def on_changes(self, changes: Changes, source: object) -> None:
        """One of this pane's parts, an undo, or another pane stored something."""
        if source is self:
            return
        if source is None or source not in self.sections:
            if changes.meetings or changes.students or changes.checklist or changes.actions:
                self.refresh()  # another pane, or Undo: read the list again
                return
        elif changes.checklist or changes.meetings:
            self._update_header()
            self._refresh_list_row()
        self._tell_sections(changes, source)

    # -- for the main window ------------------------------------------------------------------------
    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """Disable every editing control; the banner says why."""
        if read_only:
            self.flush_edits()
            self.banner.show_text(reason or self.tr(
                "This caseload is open read-only: you can read every review, but nothing can be "
                "changed here."))
        else:
            self.banner.hide()
        self.read_only = read_only
        self._lock_sections()
        self._update_header()

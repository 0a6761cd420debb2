"""Find a time: the range, one-off busy times, the slot finder's answer, and the week view.

The week view is the main picture (one band of free time per person, the suggested
slots outlined, the chosen slot draggable); the list of suggestions sits beside it.
Picking a suggestion moves the chosen slot, and moving the slot selects the matching
suggestion. "Use this time" stores the chosen time as the meeting's date and time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import busy_times as app_busy_times
from iep_desk.app import meetings as app_meetings
from iep_desk.app.attendees import meeting_people
from iep_desk.app.changes import Changes
from iep_desk.core import meeting_rules as rules
from iep_desk.core.deadlines import earliest_meeting_day
from iep_desk.core.meetings import BusyTime, Participant
from iep_desk.core.slots import Attendee, SlotResult, SlotSearch, find_slots, free_intervals
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.dates import day_text_with_weekday, moment_text, one_period
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import (
    PlannerContext,
    Section,
    parse_day,
    parse_meeting_moment,
    parse_meeting_time,
)
from iep_desk.ui.planner.week_view import PersonRow, WeekView
from iep_desk.ui.plurals import plural
from iep_desk.ui.problems import error_text, problem_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, Splitter, WheelSafeComboBox

# How far ahead the search looks when the meeting has no due date.
DEFAULT_RANGE_DAYS = 28
SUGGESTION, NEAR_MISS = "suggestion", "near_miss"


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class FindTimeSection(Section):
    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.people: list[Participant] = []
        self.attendees: list[Attendee] = []
        self.result: SlotResult | None = None
        self._syncing = False
        # The meeting's own start as last shown: when it changes (the Meeting tab, Use this
        # time, Undo), the chosen slot goes there; a slot the teacher moved stays otherwise.
        self._meeting_starts: datetime | None = None

        range_row = self._build_range()
        busy_box = self._build_busy_times()
        self._build_answer(range_row)
        answer = self._build_week_and_suggestions()
        self._lay_out(range_row, answer, busy_box)
        self._add_shortcuts()

    def _build_range(self) -> QHBoxLayout:
        """The days to search, and the button that searches them."""
        self.first_edit = date_editor()
        self.first_edit.setAccessibleName(translate("Planner", "First day to search"))
        self.last_edit = date_editor()
        self.last_edit.setAccessibleName(translate("Planner", "Last day to search"))
        self.find_button = QPushButton(translate("Planner", "Find a time"))
        self.find_button.setAccessibleName(translate("Planner", "Find a time"))
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find_times)
        self.first_edit.returnPressed.connect(self.find_times)
        self.last_edit.returnPressed.connect(self.find_times)
        self.range_message = FieldMessage()
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(translate("Planner", "From")))
        range_row.addWidget(self.first_edit)
        range_row.addWidget(QLabel(translate("Planner", "to")))
        range_row.addWidget(self.last_edit)
        range_row.addWidget(self.find_button)
        range_row.addSpacing(16)
        return range_row

    def _build_busy_times(self) -> QGroupBox:
        """The one-off busy times: their table and the row that adds one."""
        self.busy_table = QTableWidget(0, 4)
        self.busy_table.setAccessibleName(translate("Planner", "One-off busy times"))
        self.busy_table.setHorizontalHeaderLabels(
            [
                translate("Planner", "Who"),
                translate("Planner", "From"),
                translate("Planner", "To"),
                translate("Planner", "Note"),
            ]
        )
        self.busy_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.busy_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.busy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.busy_table.setTabKeyNavigation(False)
        self.busy_table.verticalHeader().hide()
        # Who, From and To as wide as a name and a date and time need; Note takes the rest.
        header = self.busy_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        metrics = self.busy_table.fontMetrics()
        sample = moment_text(datetime(2026, 12, 28, 10, 30))
        for column, text in enumerate(("Maria Fernanda Gonzalez", sample, sample)):
            self.busy_table.setColumnWidth(column, metrics.horizontalAdvance(text) + 24)
        # Three rows and the header at least; it grows when the window has room.
        row = self.busy_table.verticalHeader().defaultSectionSize()
        self.busy_table.setMinimumHeight(self.busy_table.horizontalHeader().sizeHint().height()
                                         + 3 * row + 2 * self.busy_table.frameWidth())
        self.busy_who = WheelSafeComboBox()
        self.busy_who.setAccessibleName(translate("Planner", "Who is busy"))
        self.busy_who.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.busy_who.setMinimumContentsLength(10)
        self.busy_from = QLineEdit()
        self.busy_from.setPlaceholderText(
            translate("Planner", "From: %1").replace(
                "%1", moment_text(datetime(2026, 3, 3, 15, 30))
            )
        )
        self.busy_from.setAccessibleName(translate("Planner", "Busy from"))
        self.busy_to = QLineEdit()
        self.busy_to.setPlaceholderText(
            translate("Planner", "To: %1 (or a date and time)").replace(
                "%1", L.time_text(time(16, 30))
            )
        )
        self.busy_to.setAccessibleName(translate("Planner", "Busy until"))
        self.busy_note = QLineEdit()
        self.busy_note.setPlaceholderText(translate("Planner", "Note, e.g. district training"))
        self.busy_note.setAccessibleName(translate("Planner", "Note about the busy time"))
        self.busy_note.returnPressed.connect(self.add_busy)
        self.draft_lines(translate("Planner", "a busy time"), self.busy_from, self.busy_to,
                         self.busy_note)
        self.add_busy_button = QPushButton(translate("Planner", "Add &busy time"))
        self.add_busy_button.setAccessibleName(translate("Planner", "Add busy time"))
        self.add_busy_button.clicked.connect(self.add_busy)
        self.remove_busy_button = QPushButton(translate("Planner", "Remove busy time"))
        self.remove_busy_button.setAccessibleName(translate("Planner", "Remove busy time"))
        self.remove_busy_button.clicked.connect(self.remove_busy)
        self.busy_message = FieldMessage()
        for widget in (
            self.busy_who,
            self.busy_from,
            self.busy_to,
            self.busy_note,
            self.add_busy_button,
            self.remove_busy_button,
        ):
            self.editing(widget)
        busy_box = QGroupBox(
            translate("Planner", "One-off busy times (training days, appointments)")
        )
        busy_layout = QVBoxLayout(busy_box)
        busy_layout.addWidget(self.busy_table)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_who, 2)
        busy_row.addWidget(self.busy_from, 2)
        busy_row.addWidget(self.busy_to, 2)
        busy_row.addWidget(self.busy_note, 3)
        busy_row.addWidget(self.add_busy_button)
        busy_row.addWidget(self.remove_busy_button)
        busy_layout.addLayout(busy_row)
        busy_layout.addWidget(self.busy_message)
        return busy_box

    def _build_answer(self, range_row: QHBoxLayout) -> None:
        """The answer: the week view, the chosen time, the suggestions and near misses."""
        self.week_view = WeekView()
        self.week_view.chosenChanged.connect(self._chosen_moved)
        self.previous_week = QPushButton(translate("Planner", "◀ Previous week"))
        self.previous_week.setAccessibleName(translate("Planner", "Previous week"))
        self.previous_week.clicked.connect(lambda: self.move_week(-1))
        self.next_week = QPushButton(translate("Planner", "Next week ▶"))
        self.next_week.setAccessibleName(translate("Planner", "Next week"))
        self.next_week.clicked.connect(lambda: self.move_week(1))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(translate("Planner", "Week shown"))
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setAccessibleName(translate("Planner", "Chosen time"))
        self.use_button = QPushButton(translate("Planner", "Use this time"))
        self.use_button.setAccessibleName(translate("Planner", "Use this time"))
        self.use_button.clicked.connect(self.use_chosen)
        self.editing(self.use_button)
        # The chosen time and its button beside the search, above the week: the week view
        # keeps the height a laptop's screen has.
        range_row.addWidget(self.chosen_label, 1)
        range_row.addWidget(self.use_button)
        self.use_message = FieldMessage()
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(translate("Planner", "Suggested times and near misses"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setSpacing(2)
        self.suggestions.currentItemChanged.connect(self._suggestion_picked)
        self.suggestions.itemActivated.connect(lambda _item: self.use_chosen())
        self.explanation = QPlainTextEdit()
        self.explanation.setReadOnly(True)
        # Not only when no time fits: how many times suit, why, and what to change.
        self.explanation.setAccessibleName(
            translate("Planner", "The answer: how many times suit, why, and what to change")
        )
        self.explanation.setPlaceholderText(translate(
            "Planner", "Find a time says here how many times suit everyone who must come, "
            "and what to change when none does."))

    def _build_week_and_suggestions(self) -> Splitter:
        week_nav = QHBoxLayout()
        week_nav.addWidget(self.previous_week)
        week_nav.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        week_nav.addWidget(self.next_week)
        picture = QWidget()
        picture_layout = QVBoxLayout(picture)
        picture_layout.setContentsMargins(0, 0, 0, 0)
        picture_layout.addLayout(week_nav)
        picture_layout.addWidget(self.week_view, 4)  # grows (to its limit) before the space below
        legend = QLabel(
            translate("Planner",
                "Green: free. Hatched grey: no times entered. Grey day: school closed, "
                "too soon to give the family notice, or after the due date. Dashed "
                "blue: suggested. Orange: chosen (drag it, or use the arrow keys: "
                "←/→ 15 minutes, ↑/↓ a day)."
            )
        )
        legend.setWordWrap(True)
        # As many lines as the legend takes at the week view's narrowest: the splitter that
        # holds the picture asks for its least height, and the legend must not cover the
        # chosen slot's time (a longer language wraps to a third line).
        legend.setMinimumHeight(legend.heightForWidth(self.week_view.minimumSizeHint().width()))
        picture_layout.addWidget(legend)
        picture_layout.addWidget(self.use_message)
        picture_layout.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        # The answer in words first (how many times suit, why, what to change), then the
        # times: both stay on a laptop's screen (1280 x 720) above the fold, however many
        # people the week view has rows for.
        side_layout.addWidget(self.explanation, 2)
        side_layout.addWidget(QLabel(translate("Planner", "Suggested times")))
        side_layout.addWidget(self.suggestions, 3)
        QWidget.setTabOrder(self.explanation, self.suggestions)
        # The lists take the room there is rather than ask for a height of their own (Qt's
        # 256 x 192): the tab's scroll area lays a page with wrapping labels out at the height
        # the page asks for, not at the screen's, and the answer was pushed below the fold.
        # The busy times keep three rows at least.
        for grows in (self.suggestions, self.explanation, self.busy_table):
            policy = grows.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            grows.setSizePolicy(policy)
        splitter = Splitter(Qt.Orientation.Horizontal)
        splitter.addWidget(picture)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 340])
        return splitter

    def _lay_out(self, range_row: QHBoxLayout, answer: Splitter,
                 busy_box: QGroupBox) -> None:
        # The busy times sit under the picture; the teacher can drag the line between them.
        vertical = Splitter(Qt.Orientation.Vertical)
        vertical.addWidget(answer)
        vertical.addWidget(busy_box)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        vertical.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(range_row)
        layout.addWidget(self.range_message)
        layout.addWidget(vertical, 1)

    def _add_shortcuts(self) -> None:
        for keys, step, what in (("Ctrl+PgUp", -1, translate("Planner", "The week before")),
                                 ("Ctrl+PgDown", 1, translate("Planner", "The week after"))):
            shortcut = QShortcut(QKeySequence(keys), self, lambda s=step: self.move_week(s))
            shortcut.setWhatsThis(what)
            shortcut.setProperty(
                "where", translate("Planner", "In Find a time")
            )  # Help ▸ Keyboard shortcuts

    # -- showing -----------------------------------------------------------------------------
    def reload(self) -> None:
        self.result = None
        self.suggestions.clear()
        self.explanation.clear()
        self.range_message.clear_message()
        self.use_message.clear_message()
        if self.meeting_id is None:
            self.people, self.attendees = [], []
            self.week_view.set_rows([])
            self.week_view.set_suggested([])
            self.week_view.set_chosen(None, 60)
            self._update_chosen_label()
            return
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        first = earliest_meeting_day(
            date.today(), self.ctx.stores.settings.deadline_settings().notice_days)
        last = first + timedelta(days=DEFAULT_RANGE_DAYS)
        if meeting.due_by is not None and first <= meeting.due_by < last:
            last = meeting.due_by
        self.first_edit.setText(L.day_text(first))
        self.last_edit.setText(L.day_text(last))
        settings = self.ctx.stores.settings.planner_settings()
        week = _monday(meeting.starts_at.date() if meeting.starts_at else first)
        self.week_view.set_week(week, settings.school_day_start, settings.school_day_end)
        self.week_view.set_suggested([])
        self._meeting_starts = meeting.starts_at
        self.week_view.set_chosen(meeting.starts_at, meeting.duration_minutes)
        self._load_people()
        self._update_chosen_label()

    def _load_people(self) -> None:
        """The attendees, their busy times, the week view's bands and the busy-time list."""
        if self.meeting_id is None:  # reload() empties the lists; changes come with a meeting
            return
        found = meeting_people(self.ctx.stores, meeting_id=self.meeting_id,
                               busy_from=date.today() - timedelta(days=1))
        self.people = found.people
        self.attendees = found.attendees
        shown_busy = found.busy
        self.busy_who.clear()
        for person in self.people:
            if person.family_member_id is not None:
                self.busy_who.addItem(person.name, f"family:{person.family_member_id}")
            elif person.team_member_id is not None:
                self.busy_who.addItem(person.name, f"team:{person.team_member_id}")
        self.busy_table.setRowCount(len(shown_busy))
        for row, (name, item) in enumerate(shown_busy):
            texts = (
                name,
                moment_text(item.starts_at),
                L.time_text(item.ends_at.time())
                if item.ends_at.date() == item.starts_at.date()
                else moment_text(item.ends_at),
                item.note,
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.busy_table.setItem(row, column, cell)
        self._draw_week()
        self.update_enabled()

    def _draw_week(self) -> None:
        view = self.week_view
        rows = []
        for attendee in self.attendees:
            free = []
            for offset in range(view.days):
                day = view.week_start + timedelta(days=offset)
                free += free_intervals(attendee, day, view.day_starts, view.day_ends)
            rows.append(
                PersonRow(attendee.name, attendee.required, free, unknown=not attendee.windows)
            )
        view.set_rows(rows)
        view.set_blocked_days(*self._blocked_days())
        self.week_label.setText(
            translate("Planner", "Week of %s") % day_text_with_weekday(view.week_start)
        )

    def _blocked_days(self) -> tuple[dict[date, str], dict[date, str]]:
        """The shown week's days that cannot hold the meeting: a word for each (written
        across the day), and the reason in full (shown on hover)."""
        if self.meeting_id is None:
            return {}, {}
        view = self.week_view
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        settings = self.ctx.stores.settings.planner_settings()
        first_possible = earliest_meeting_day(
            date.today(), self.ctx.stores.settings.deadline_settings().notice_days)
        blocked, tips = {}, {}
        for offset in range(view.days):
            day = view.week_start + timedelta(days=offset)
            closed = settings.closed_reason(day)
            if closed is not None:
                blocked[day] = translate("Planner", "Closed")
                tips[day] = (
                    translate("Planner", "School closed: %s") % closed
                    if closed
                    else translate("Planner", "School closed (Settings ▸ School calendar)")
                )
            elif day < first_possible:
                blocked[day] = translate("Planner", "Too soon")
                notice = self.ctx.stores.settings.deadline_settings().notice_days
                tips[day] = plural(
                    translate(
                        "Planner",
                        "Too soon: the family must have the notice %n day(s) before the meeting.",
                        "",
                        notice,
                    ),
                    notice,
                )
            elif meeting.due_by is not None and day > meeting.due_by:
                blocked[day] = translate("Planner", "After due date")
                tips[day] = translate(
                    "Planner", "After the date the meeting is due by (%s)."
                ) % L.day_text(meeting.due_by)
        return blocked, tips

    def move_week(self, weeks: int) -> None:
        view = self.week_view
        view.set_week(view.week_start + timedelta(weeks=weeks), view.day_starts, view.day_ends)
        self._draw_week()

    def update_enabled(self) -> None:
        super().update_enabled()
        self.find_button.setEnabled(self.meeting_id is not None)
        self.use_button.setEnabled(self.can_edit() and self.week_view.chosen is not None)
        self.add_busy_button.setEnabled(self.can_edit() and self.busy_who.count() > 0)

    def on_changes(self, changes: Changes) -> None:
        if changes.participants or changes.busy_times or changes.family or changes.team:
            self._load_people()
        if changes.meetings and self.meeting_id is not None:
            meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
            chosen = self.week_view.chosen
            if meeting.starts_at != self._meeting_starts or chosen is None:
                # A new date or time for the meeting: show it, in its week.
                self._meeting_starts = chosen = meeting.starts_at
                view = self.week_view
                if chosen is not None and _monday(chosen.date()) != view.week_start:
                    view.set_week(_monday(chosen.date()), view.day_starts, view.day_ends)
                    self._draw_week()
            self.week_view.set_chosen(chosen, meeting.duration_minutes)
            self._update_chosen_label()

    # -- finding --------------------------------------------------------------------------------
    def search(self) -> SlotSearch | None:
        """The search the teacher asked for; None (with a message) when the range is wrong,
        None when no meeting is shown."""
        if self.meeting_id is None:
            return None
        try:
            first = parse_day(self.first_edit.text())
            last = parse_day(self.last_edit.text())
        except ValueError as error:
            self.range_message.show_message(error_text(error))
            return None
        problem = rules.check_slot_range(first, last)
        if problem:
            self.range_message.show_message(problem_text(problem))
            return None
        assert first is not None and last is not None  # check_slot_range refuses a missing day
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        settings = self.ctx.stores.settings.planner_settings()
        search = SlotSearch(
            first_day=first,
            last_day=last,
            duration_minutes=meeting.duration_minutes,
            today=date.today(),
            notice_days=self.ctx.stores.settings.deadline_settings().notice_days,
            due_by=meeting.due_by,
            day_starts=settings.school_day_start,
            day_ends=settings.school_day_end,
            closed_days=frozenset(settings.closed_days),
        )
        problems = search.problems()
        if problems:
            self.range_message.show_message(" ".join(problem_text(p) for p in problems))
            return None
        self.range_message.clear_message()
        return search

    def find_times(self) -> SlotResult | None:
        """Look for times that suit the attendees and show them; None (with a message) when
        the search cannot be made."""
        if self.meeting_id is None:
            return None
        self.flush()
        search = self.search()
        if search is None:
            return None
        self._load_people()
        if not self.attendees:
            self.range_message.show_message(
                translate("Planner",
                    "Invite people first (on the People tab): the search looks for a "
                    "time that suits them."
                )
            )
            return None
        self.result = result = find_slots(self.attendees, search)
        self._show_result(result)
        return result

    def _names(self, keys: list[str]) -> str:
        by_key = {a.key: a.name for a in self.attendees}
        return ", ".join(by_key.get(k, k) for k in keys)

    def _show_result(self, result: SlotResult) -> None:
        self._syncing = True
        self.suggestions.clear()
        for slot in result.slots:
            text = f"{L.when_text(slot.starts_at)}–{L.time_text(slot.ends_at.time())}"
            if slot.optional_coming:
                text += "\n" + translate("Planner", "Also free: %s") % self._names(
                    slot.optional_coming
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (SUGGESTION, slot.starts_at))
            self.suggestions.addItem(item)
        if result.near_misses:
            header = QListWidgetItem(
                translate("Planner", "Near misses (someone required cannot come):")
            )
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.addItem(header)
        for slot in result.near_misses:
            text = (
                f"{L.when_text(slot.starts_at)}–{L.time_text(slot.ends_at.time())}\n"
                + translate("Planner", "Cannot come: %s") % self._names(slot.missing_required)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (NEAR_MISS, slot.starts_at))
            self.suggestions.addItem(item)
        self._syncing = False
        lines = []
        if result.slots:
            found = len(result.slots)  # a plain name: lupdate skips a count given as a call
            lines.append(plural(translate(
                "Planner", "%n time(s) suit everyone who must come, best first.", "", found),
                found))
        else:
            lines.append(translate("Planner", "No time suits everyone who must come."))
        lines += [f"• {problem_text(reason)}" for reason in result.reasons]
        if result.suggestions:
            lines.append(translate("Planner", "What you could change:"))
            lines += [f"• {problem_text(advice)}" for advice in result.suggestions]
        if result.no_times_entered:
            lines.append(
                translate("Planner",
                    "No times entered for %s: they are treated as free all school day. "
                    "Ask them when they can meet."
                )
                % self._names(result.no_times_entered)
            )
        self.explanation.setPlainText("\n".join(lines))
        self.week_view.set_suggested([(s.starts_at, s.ends_at) for s in result.slots])
        if result.slots:
            self.suggestions.setCurrentRow(0)
        else:
            self._draw_week()

    # -- the chosen slot ----------------------------------------------------------------------------
    def _suggestion_picked(self, item: QListWidgetItem | None, _previous=None) -> None:
        if self._syncing or item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        if self.meeting_id is None:  # suggestions are listed only for a meeting shown
            return
        _kind, starts_at = item.data(Qt.ItemDataRole.UserRole)
        view = self.week_view
        if _monday(starts_at.date()) != view.week_start:
            view.set_week(starts_at.date(), view.day_starts, view.day_ends)
            self._draw_week()
        meeting = self.ctx.stores.meetings.get_meeting(self.meeting_id)
        view.set_chosen(starts_at, meeting.duration_minutes)
        self._update_chosen_label()

    def _chosen_moved(self, starts_at: datetime) -> None:
        """The slot was dragged or moved with the keys: select the matching suggestion, if any."""
        self._syncing = True
        try:
            match = None
            for row in range(self.suggestions.count()):
                data = self.suggestions.item(row).data(Qt.ItemDataRole.UserRole)
                if data is not None and data[1] == starts_at:
                    match = row
                    break
            if match is None:
                self.suggestions.setCurrentRow(-1)
                self.suggestions.clearSelection()
            else:
                self.suggestions.setCurrentRow(match)
        finally:
            self._syncing = False
        self._update_chosen_label()

    def _update_chosen_label(self) -> None:
        chosen = self.week_view.chosen
        self.use_button.setEnabled(self.can_edit() and chosen is not None)
        if chosen is None:
            self.chosen_label.setText(
                translate(
                    "Planner", "No time chosen yet: run Find a time, or click in the week view."
                )
            )
            return
        end = chosen + timedelta(minutes=self.week_view.duration_minutes)
        missing = [a.name for a in self.attendees if not self._free_at(a, chosen, end)]
        text = one_period(translate("Planner", "Chosen: %s–%s.") % (
            L.when_text(chosen),
            L.time_text(end.time()),
        ))
        if missing:
            text += " " + translate("Planner", "Not free then: %s.") % ", ".join(missing)
        elif self.attendees:
            text += " " + translate("Planner", "Everyone is free then.")
        self.chosen_label.setText(text)

    def _free_at(self, attendee: Attendee, start: datetime, end: datetime) -> bool:
        view = self.week_view
        return any(
            a <= start and end <= b
            for a, b in free_intervals(attendee, start.date(), view.day_starts, view.day_ends)
        )

    def use_chosen(self) -> bool:
        """Store the chosen slot as the meeting's date and time."""
        chosen = self.week_view.chosen
        if self.meeting_id is None or chosen is None or not self.can_edit():
            return False
        if self.run(app_meetings.change_meeting, meeting_id=self.meeting_id, name="starts_at",
                    value=chosen, undo_text=translate("Planner", "Set the meeting time"),
                    report=self._use_report) is None:
            return False
        self._meeting_starts = chosen
        self.use_message.clear_message()
        self.chosen_label.setText(
            one_period(translate("Planner", "The meeting is now set for %s.") % L.when_text(chosen))
        )
        return True

    def _use_report(self, text: str | None) -> None:
        if text:
            self.use_message.show_message(text)
        else:
            self.use_message.clear_message()

    # -- busy times ------------------------------------------------------------------------------------
    def add_busy(self) -> int | None:
        who = self.busy_who.currentData()
        if who is None or self.meeting_id is None:
            self.busy_message.show_message(
                translate("Planner", "Choose who is busy: someone invited who is on file.")
            )
            return None
        # "3:30" without AM or PM is read within the school day (3:30 PM on a 12-hour clock).
        school_day = self.ctx.stores.settings.planner_settings()
        try:
            starts = parse_meeting_moment(self.busy_from.text(), school_day)
            to_text = self.busy_to.text().strip()
            try:  # a time on the same day ("4:30 PM"), or a date and a time
                clock = parse_meeting_time(to_text, school_day)
            except ValueError:
                ends = parse_meeting_moment(to_text, school_day)
            else:
                if clock is None:
                    raise ValueError(one_period(
                        translate(
                            "Planner", "Write when the busy time ends, for example %1."
                        ).replace("%1", L.time_text(time(16, 0)))
                    ))
                ends = datetime.combine(starts.date(), clock)
        except ValueError as error:
            self.busy_message.show_message(error_text(error))
            return None
        # "team:3" or "family:7": text, because Qt does not keep Python tuples as item data.
        kind, person_id = who.split(":")[0], int(who.split(":")[1])
        busy = BusyTime(
            starts,
            ends,
            self.busy_note.text().strip(),
            team_member_id=person_id if kind == "team" else None,
            family_member_id=person_id if kind == "family" else None,
        )
        result = self.run(app_busy_times.add_busy_time, busy=busy, report=self._busy_report,
                          undo_text=translate("Planner", "Add a busy time"))
        if result is None:
            return None
        self.busy_from.clear()
        self.busy_to.clear()
        self.busy_note.clear()
        self._load_people()
        return result.value

    def remove_busy(self) -> None:
        row = self.busy_table.currentRow()
        if row < 0:
            self.busy_message.show_message(translate("Planner", "Select the busy time to remove."))
            return
        first_cell = self.busy_table.item(row, 0)
        if first_cell is None:  # a row still being filled
            return
        busy_id = first_cell.data(Qt.ItemDataRole.UserRole)
        if self.run(app_busy_times.remove_busy_time, busy_id=busy_id,
                    undo_text=translate("Planner", "Remove a busy time"),
                    report=self._busy_report) is not None:
            self._load_people()

    def _busy_report(self, text: str | None) -> None:
        if text:
            self.busy_message.show_message(text)
        else:
            self.busy_message.clear_message()

"""Written input from the team before the meeting: ask chosen participants by a date, copy a
short request to paste into an email, record what arrived (the day, the words). The
checklist shows who has not answered yet, and who is late."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import decisions as app_decisions
from iep_desk.app.changes import Changes
from iep_desk.core.decisions import InputRequest
from iep_desk.core.meetings import Meeting
from iep_desk.storage.print_settings import load_print_settings
from iep_desk.ui.autosave import AutosaveField
from iep_desk.ui.caseload.fields import date_editor
from iep_desk.ui.desk import keep_refusals, stored_id
from iep_desk.ui.planner import labels as L
from iep_desk.ui.planner.common import PlannerContext, Section, parse_day
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage

# How long a colleague is given to answer, unless the teacher chooses another day.
DEFAULT_DAYS_TO_ANSWER = 7


def request_text(*, student: str, meeting_when: str, due: str, teacher: str) -> str:
    """The short request in plain English, to paste into an email or print."""
    return translate("Planner",
        "Hello,\n\n"
        "We are meeting about %1 on %2. Before then, could you write a few lines about "
        "how %1 is doing in your time with them: what is going well, what is hard, and "
        "anything you would like the team or the family to know?\n\n"
        "Please send it to me by %3. A short note is plenty.\n\n"
        "Thank you,\n%4").replace("%1", student).replace("%2", meeting_when) \
        .replace("%3", due).replace("%4", teacher)


class TeamInputSection(Section):
    COLUMNS = ("who", "asked", "due", "arrived", "text")

    def __init__(self, ctx: PlannerContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.today: date | None = None  # None: the clock (a test sets it)
        self.requests: list[InputRequest] = []
        # The request whose text "What they wrote" shows (the list's choice may have moved on).
        self._shown_request_id: int | None = None
        intro = QLabel(
            translate(
                "Planner",
                "Ask team members for a few written lines before the meeting, and "
                "note what arrived. The checklist shows who has not answered.",
            )
        )
        intro.setWordWrap(True)
        self.people = QListWidget()
        self.people.setAccessibleName(translate("Planner", "Who to ask for written input"))
        self.people.setMaximumHeight(110)
        self.due_edit = self.editing(date_editor())
        self.due_edit.setAccessibleName(translate("Planner", "Written input due by"))
        self.ask_button = self.editing(QPushButton(translate("Planner", "Ask for input")))
        self.ask_button.setAccessibleName(translate("Planner", "Ask for written input"))
        self.ask_button.clicked.connect(self.ask)
        self.ask_message = FieldMessage()
        ask_row = QHBoxLayout()
        ask_row.addWidget(QLabel(translate("Planner", "Due by:")))
        ask_row.addWidget(self.due_edit)
        ask_row.addWidget(self.ask_button)
        ask_row.addStretch(1)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(translate("Planner", "Written input asked for"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Planner", "Who"),
                translate("Planner", "Asked on"),
                translate("Planner", "Due by"),
                translate("Planner", "Arrived on"),
                translate("Planner", "What they wrote"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.arrived_edit = self.editing(date_editor())
        self.arrived_edit.setAccessibleName(translate("Planner", "Input arrived on"))
        self.text_edit = self.editing(QPlainTextEdit())
        self.text_edit.setAccessibleName(translate("Planner", "What they wrote"))
        self.text_edit.setMaximumHeight(90)
        self.text_edit.setTabChangesFocus(True)  # Tab moves on, as in every other text box
        self.record_button = self.editing(QPushButton(translate("Planner", "Record what arrived")))
        self.record_button.setAccessibleName(
            translate("Planner", "Record the written input that arrived")
        )
        self.record_button.clicked.connect(self.record_selected)
        self.withdraw_button = self.editing(QPushButton(translate("Planner", "Withdraw request")))
        self.withdraw_button.setAccessibleName(translate("Planner", "Withdraw the request"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.copy_button = QPushButton(translate("Planner", "Copy the request"))
        self.copy_button.setAccessibleName(
            translate("Planner", "Copy the request text to paste into an email")
        )
        self.copy_button.clicked.connect(self.copy_request)
        self.record_message = FieldMessage()
        # What is typed or pasted is kept as every text box keeps it: after a pause, on
        # leaving the box, on choosing another request or meeting, on closing.
        self.text_binding = AutosaveField(self.text_edit, "text", self._keep_typed,
                                          message=self.record_message,
                                          parse=lambda text: text)
        record_row = QHBoxLayout()
        record_row.addWidget(QLabel(translate("Planner", "Arrived on:")))
        record_row.addWidget(self.arrived_edit)
        record_row.addWidget(self.record_button)
        record_row.addWidget(self.withdraw_button)
        record_row.addWidget(self.copy_button)
        record_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.people)
        layout.addLayout(ask_row)
        layout.addWidget(self.ask_message)
        layout.addWidget(self.table, 1)
        layout.addLayout(record_row)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.record_message)
        self.update_enabled()

    def _today(self) -> date:
        return self.today or date.today()

    # -- showing --------------------------------------------------------------------------------
    def reload(self) -> None:
        # What the file holds now (typing was kept when it left the box, or by flush()).
        self._shown_request_id = None
        self.people.clear()
        self.table.setRowCount(0)
        self.requests = []
        if self.meeting_id is None:
            return
        stores = self.ctx.stores
        participants = stores.meetings.participants_of(self.meeting_id)
        self.names = {p.id: p.name for p in participants}
        self.requests = stores.preparation.input_requests_of(self.meeting_id)
        asked = {r.participant_id for r in self.requests}
        for person in participants:
            if person.team_member_id is None or person.id in asked:
                continue
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)
        if not self.due_edit.text():
            self.due_edit.setText(
                L.day_text(self._default_due(stores.meetings.get_meeting(self.meeting_id))))
        today = self._today()
        for request in self.requests:
            row = self.table.rowCount()
            self.table.insertRow(row)
            late = request.received_on is None and request.due_by < today
            arrived = (
                L.day_text(request.received_on)
                if request.received_on
                else translate("Planner", "Overdue")
                if late
                else translate("Planner", "Not yet")
            )
            values = (self.names.get(request.participant_id, "?"), L.day_text(request.asked_on),
                      L.day_text(request.due_by), arrived, request.text)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, request.id)
                self.table.setItem(row, column, cell)
        self._show_selected()

    def _default_due(self, meeting: Meeting) -> date:
        """A week from today, and no later than two days before the meeting."""
        due = self._today() + timedelta(days=DEFAULT_DAYS_TO_ANSWER)
        if meeting.starts_at is not None:
            due = max(self._today(), min(due, meeting.starts_at.date() - timedelta(days=2)))
        return due

    def selected_request(self) -> InputRequest | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        first_cell = self.table.item(min(rows), 0)
        if first_cell is None:  # a row still being filled
            return None
        request_id = first_cell.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.requests if r.id == request_id), None)

    def _show_selected(self) -> None:
        self.text_binding.commit()  # for the request shown until now
        request = self.selected_request()
        self._shown_request_id = request.id if request else None
        self.arrived_edit.setText(L.day_text(request.received_on) if request else "")
        self.text_binding.set_value(request.text if request else "")
        self.update_enabled()

    def update_enabled(self) -> None:
        """What arrived is written for one request: with none chosen, its fields and buttons
        wait (typing there had nowhere to go), and the box says what to do first."""
        super().update_enabled()
        chosen = self._shown_request_id is not None and self.can_edit()
        for widget in (self.arrived_edit, self.text_edit, self.record_button,
                       self.withdraw_button):
            widget.setEnabled(chosen)
        if chosen:
            hint = translate("Planner", "Paste or type what they sent")
        elif self.requests:
            hint = translate("Planner", "Choose a request in the list to record what arrived")
        else:
            hint = translate("Planner", "Ask for input first; what arrives is recorded here")
        self.text_edit.setPlaceholderText(hint)

    def flush(self) -> bool:
        return self.text_binding.commit()

    def _keep_typed(self, _field: str, text: str) -> str | None:
        """Record what was typed in "What they wrote" for the request shown, as Record what
        arrived does (the day in Arrived on, else the day already recorded, else today); the
        reason when it cannot be recorded (text_binding shows it)."""
        request_id = self._shown_request_id
        if request_id is None or not self.can_edit():
            return None
        try:
            request = self.ctx.stores.preparation.get_input_request(request_id)
        except LookupError:  # withdrawn, or taken back by Undo
            return None
        if text.strip() == request.text:
            return None
        try:
            arrived = parse_day(self.arrived_edit.text())
        except ValueError:
            arrived = None
        arrived = arrived or request.received_on or self._today()
        refusals: list[str] = []
        if self.run(app_decisions.record_input, request_id=request_id, received_on=arrived,
                    text=text, undo_text=translate("Planner", "Record written input"),
                    report=keep_refusals(refusals)) is None:
            return refusals[0]
        saved = self.ctx.stores.preparation.get_input_request(request_id)
        self.requests = [saved if r.id == request_id else r for r in self.requests]
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in (0, 3, 4)]
            if (cells[0] is not None and cells[1] is not None and cells[2] is not None
                    and cells[0].data(Qt.ItemDataRole.UserRole) == request_id):
                cells[1].setText(L.day_text(saved.received_on))
                cells[2].setText(saved.text)
        return None

    def select_request(self, request_id: int) -> None:
        for row in range(self.table.rowCount()):
            first_cell = self.table.item(row, 0)
            if first_cell is not None and first_cell.data(Qt.ItemDataRole.UserRole) == request_id:
                self.table.selectRow(row)
                return

    # -- writing --------------------------------------------------------------------------------
    def ask(self) -> bool:
        """Ask every ticked person by the date in the field (one undo step)."""
        ids = [self.people.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.people.count())
               if self.people.item(i).checkState() == Qt.CheckState.Checked]
        if not ids:
            self.ask_message.show_message(translate("Planner", "Tick at least one person to ask."))
            return False
        try:
            due = parse_day(self.due_edit.text())
        except ValueError as error:
            self.ask_message.show_message(str(error))
            return False
        if due is None:
            self.ask_message.show_message(
                translate("Planner", "Enter the date the input is due by.")
            )
            return False
        result = self.run(app_decisions.ask_for_input, meeting_id=self.meeting_id,
                          participant_ids=ids, due_by=due, today=self._today(),
                          undo_text=translate("Planner", "Ask for written input"),
                          report=self.ask_message.say)
        if result is None:
            return False
        self.reload()
        return True

    def record_selected(self) -> bool:
        request = self.selected_request()
        if request is None:
            self.record_message.show_message(
                translate("Planner", "Choose a request in the list first.")
            )
            return False
        try:
            arrived = parse_day(self.arrived_edit.text()) or self._today()
        except ValueError as error:
            self.record_message.show_message(str(error))
            return False
        text = self.text_edit.toPlainText()
        stored = self.ctx.stores.preparation.get_input_request(stored_id(request.id))
        # Leaving the box for this button may have recorded it already: one step, not two.
        if (stored.received_on, stored.text) != (arrived, text.strip()):
            result = self.run(app_decisions.record_input, request_id=request.id,
                              received_on=arrived, text=text,
                              undo_text=translate("Planner", "Record written input"),
                              report=self.record_message.say)
            if result is None:
                return False
        self.reload()
        self.select_request(stored_id(request.id))
        return True

    def withdraw_selected(self) -> bool:
        request = self.selected_request()
        if request is None:
            self.record_message.show_message(
                translate("Planner", "Choose a request in the list first.")
            )
            return False
        result = self.run(app_decisions.withdraw_request, request_id=request.id,
                          undo_text=translate("Planner", "Withdraw a request for input"),
                          report=self.record_message.say)
        if result is None:
            return False
        self.reload()
        return True

    def current_request_text(self) -> str:
        """The request for the chosen request's due date (or the date in the field); empty
        when no meeting is shown."""
        if self.meeting_id is None:
            return ""
        stores = self.ctx.stores
        meeting = stores.meetings.get_meeting(self.meeting_id)
        student = stores.caseload.get_student(meeting.student_id)
        request = self.selected_request()
        due = request.due_by if request else (self._parsed_due() or self._default_due(meeting))

        teacher = load_print_settings(stores.settings).letterhead.teacher_name
        return request_text(
            student=student.display_name,
            meeting_when=L.day_text(meeting.starts_at.date())
            if meeting.starts_at
            else translate("Planner", "a date still to be set"),
            due=L.day_text(due),
            teacher=teacher,
        )

    def _parsed_due(self) -> date | None:
        try:
            return parse_day(self.due_edit.text())
        except ValueError:
            return None

    def copy_request(self) -> str:
        """Put the request on the clipboard (to paste into an email); returns it."""
        if self.meeting_id is None:
            return ""
        text = self.current_request_text()
        QApplication.clipboard().setText(text)
        self.record_message.show_message(
            translate("Planner", "The request is on the clipboard: paste it into an email.")
        )
        return text

    def on_changes(self, changes: Changes) -> None:
        if changes.preparation or changes.participants or changes.meetings:
            self.reload()
            self.update_enabled()

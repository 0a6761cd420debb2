"""Who came: each participant present, absent, excused or joined by phone/video, and anyone
who came without being invited.

Attendance can only be recorded for someone on the meeting's list. A person who came
unannounced is added first (typed name and role); "Mark present" by name says so
when the name is not on the list, and offers the name in the form to add them.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import meetings as app_meetings
from iep_desk.app.changes import Changes
from iep_desk.core.meetings import Attendance, Participant
from iep_desk.ui.desk import stored_id
from iep_desk.ui.review.common import (
    ATTENDANCE_LABELS,
    ReviewContext,
    ReviewSection,
    choices,
    label,
    report_to,
    role_text,
)
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, WheelSafeComboBox, typed_text

# Roles offered for someone who came unannounced (any other role can be typed).
UNANNOUNCED_ROLES = ("relative", "advocate", "outside_provider", "interpreter", "parent",
                     "guardian", "other")


class AttendanceSection(ReviewSection):
    def __init__(self, ctx: ReviewContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.participants: list[Participant] = []
        self.combos: dict[int, QComboBox] = {}
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(translate("Review", "Who came"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Review", "Name"),
                translate("Review", "Role"),
                translate("Review", "Attendance"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab goes straight to the attendance lists, one stop a person (not a stop a cell).
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.message = FieldMessage()

        # -- quick: mark someone present by name ----------------------------------------
        self.present_name = self.editing(QLineEdit())
        self.present_name.setPlaceholderText(
            translate("Review", "Type a name and press Enter to mark them present")
        )
        self.present_name.setAccessibleName(translate("Review", "Mark present by name"))
        self.present_name.returnPressed.connect(self.mark_present_by_name)
        self.draft_lines(translate("Review", "someone to mark present"), self.present_name)
        self.present_button = self.editing(QPushButton(translate("Review", "Mark present")))
        self.present_button.setAccessibleName(translate("Review", "Mark present"))
        self.present_button.clicked.connect(self.mark_present_by_name)
        self.all_present_button = self.editing(
            QPushButton(translate("Review", "Everyone not recorded: present"))
        )
        self.all_present_button.setAccessibleName(
            translate("Review", "Mark everyone not recorded as present")
        )
        self.all_present_button.clicked.connect(self.mark_rest_present)

        # -- someone who came unannounced -----------------------------------------------------
        self.new_name = self.editing(QLineEdit())
        self.new_name.setPlaceholderText(translate("Review", "Name"))
        self.new_name.setAccessibleName(
            translate("Review", "Name of the person who came unannounced")
        )
        self.new_name.returnPressed.connect(self.add_unannounced)
        self.draft_lines(translate("Review", "someone who came unannounced"), self.new_name)
        self.new_role = self.editing(WheelSafeComboBox())
        self.new_role.setEditable(True)  # a role not on the list can be typed ("aunt")
        self.new_role.setAccessibleName(
            translate("Review", "Role of the person who came unannounced")
        )
        for code in UNANNOUNCED_ROLES:
            self.new_role.addItem(role_text(code), code)
        self.new_attendance = self.editing(WheelSafeComboBox())
        self.new_attendance.setAccessibleName(
            translate("Review", "How the person who came unannounced took part")
        )
        for text, code in choices(ATTENDANCE_LABELS):
            if code is not None:
                self.new_attendance.addItem(text, code)
        self.add_button = self.editing(QPushButton(translate("Review", "Add t&o the meeting")))
        self.add_button.setAccessibleName(
            translate("Review", "Add the person who came unannounced")
        )
        self.add_button.clicked.connect(self.add_unannounced)
        self.add_message = FieldMessage()

        quick = QHBoxLayout()
        quick.addWidget(self.present_name, 1)
        quick.addWidget(self.present_button)
        quick.addWidget(self.all_present_button)
        add_box = QGroupBox(translate("Review", "Someone who came without being invited"))
        add_layout = QVBoxLayout(add_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_role, 1)
        add_row.addWidget(self.new_attendance, 1)
        add_row.addWidget(self.add_button)
        add_layout.addLayout(add_row)
        add_layout.addWidget(self.add_message)
        self.summary = QLabel()
        self.summary.setAccessibleName(translate("Review", "Attendance summary"))
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(quick)
        layout.addWidget(self.message)
        layout.addWidget(add_box)

    # -- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        for box in self.combos.values():
            box.hide()  # replaced below: gone from the screen and from Tab at once
        self.combos.clear()
        if self.meeting_id is None:
            self.participants = []
            self.table.setRowCount(0)
            self.summary.setText("")
            return
        self.participants = self.ctx.stores.meetings.participants_of(self.meeting_id)
        self.table.setRowCount(len(self.participants))
        for row, person in enumerate(self.participants):
            name = QTableWidgetItem(person.name)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(role_text(person.role)))
            box = WheelSafeComboBox()
            box.setAccessibleName(translate("Review", "Attendance: %s") % person.name)
            for text, code in choices(ATTENDANCE_LABELS):
                box.addItem(text, code)
            box.setCurrentIndex(max(box.findData(person.attendance), 0))
            box.setEnabled(self.can_edit())
            box.currentIndexChanged.connect(
                lambda _i, pid=person.id, b=box: self.set_attendance(pid, b.currentData()))
            self.table.setCellWidget(row, 2, box)
            self.combos[stored_id(person.id)] = box
        self.table.resizeRowsToContents()
        self._show_summary()
        # The lists are made after the fields below them: put them first, in the rows' order.
        chain: list[QWidget] = [*self.combos.values(), self.present_name, self.present_button,
                                self.all_present_button, self.new_name, self.new_role,
                                self.new_attendance, self.add_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_summary(self) -> None:
        counts: dict[str | None, int] = {}
        for person in self.participants:
            counts[person.attendance] = counts.get(person.attendance, 0) + 1
        parts = [f"{label(ATTENDANCE_LABELS, code)}: {counts[code]}"
                 for code in ATTENDANCE_LABELS if counts.get(code)]
        self.summary.setText(" · ".join(parts))

    def update_enabled(self) -> None:
        super().update_enabled()
        for box in self.combos.values():
            box.setEnabled(self.can_edit())

    def on_changes(self, changes: Changes) -> None:
        if changes.participants or changes.meetings:
            self.reload()
            self.update_enabled()

    # -- recording attendance -----------------------------------------------------------------
    def set_attendance(self, participant_id: int, attendance: str | None) -> bool:
        """Record how one participant took part; True when stored.

        Refused (with a message, nothing stored) for anyone not on this meeting's list.
        """
        if not self.can_edit():
            return False
        person = next((p for p in self.participants if p.id == participant_id), None)
        if person is None:
            self.message.show_message(translate("Review",
                "This person is not on the meeting's list. Add them below as someone who "
                "came without being invited, then record how they took part."))
            return False
        result = self.run(app_meetings.change_participant, participant_id=participant_id,
                          name="attendance", value=attendance,
                          undo_text=translate("Review", "Attendance of %s") % person.name,
                          report=report_to(self.message))
        if result is None:
            self._show_combo(participant_id, person.attendance)
            return False
        # Kept as the store reads it back: an Attendance, from the code the box carries.
        person.attendance = Attendance(attendance) if attendance is not None else None
        self._show_combo(participant_id, attendance)
        self._show_summary()
        return True

    def _show_combo(self, participant_id: int, attendance: str | None) -> None:
        box = self.combos.get(participant_id)
        if box is None:
            return
        box.blockSignals(True)
        box.setCurrentIndex(max(box.findData(attendance), 0))
        box.blockSignals(False)

    def mark_present_by_name(self) -> bool:
        """Mark the participant with the typed name present (exact or unique start of a name).

        A name not on the list is not stored: the message says to add them, and the name
        moves to the form for someone who came unannounced.
        """
        if not self.can_edit():
            return False
        typed = " ".join(typed_text(self.present_name).split())
        if not typed:
            self.message.show_message(translate("Review", "Type the name of the person who came."))
            return False
        wanted = typed.casefold()
        exact = [p for p in self.participants if p.name.casefold() == wanted]
        starts = [p for p in self.participants
                  if any(part.startswith(wanted) for part in [p.name.casefold(),
                                                              *p.name.casefold().split()])]
        found = exact or starts
        if not found:
            self.message.show_message(translate("Review",
                "“%s” was not invited to this meeting, so their attendance cannot be recorded "
                "yet. Add them below as someone who came without being invited (name and role).")
                % typed)
            self.new_name.setText(typed)
            self.new_role.setFocus()
            return False
        if len(found) > 1:
            self.message.show_message(
                translate("Review", "More than one person matches “%s”: %s. Type more of the name.")
                % (typed, ", ".join(p.name for p in found))
            )
            return False
        if self.set_attendance(stored_id(found[0].id), "present"):
            self.present_name.clear()
            return True
        return False

    def mark_rest_present(self) -> int:
        """Mark everyone whose attendance is not recorded yet as present; returns how many."""
        marked = 0
        for person in list(self.participants):
            if person.attendance is None and self.set_attendance(stored_id(person.id), "present"):
                marked += 1
        return marked

    def add_unannounced(self) -> int | None:
        """Add someone who came without being invited, with how they took part."""
        if not self.can_edit():
            return None
        name = " ".join(typed_text(self.new_name).split())
        typed_role = self.new_role.currentText().strip()
        index = self.new_role.findText(typed_role)
        role = self.new_role.itemData(index) if index >= 0 else typed_role
        attendance = self.new_attendance.currentData()
        report = report_to(self.add_message)
        already = next((p for p in self.participants
                        if name and p.name.casefold() == name.casefold()), None)
        if already is not None:
            report(
                translate(
                    "Review",
                    "%s is already on this meeting's list. Record how they took part in the "
                    "list above.",
                )
                % already.name
            )
            return None
        result = self.run(app_meetings.add_unannounced, meeting_id=self.meeting_id, name=name,
                          role=role or "", attendance=attendance, report=report,
                          undo_text=translate("Review", "Add %s to the meeting") % name)
        if result is None:
            return None
        new_id = result.value
        self.new_name.clear()
        self.message.clear_message()
        self.reload()
        self.update_enabled()
        return new_id

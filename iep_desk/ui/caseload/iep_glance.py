"""The IEP at a glance for one student (confidential, for the staff who work with them) and
who received which version on which date; the family's progress page.

Saving or printing the IEP at a glance records a copy for each team member ticked in the
list; a copy handed over another way is recorded by hand. After a change to the goals,
services or accommodations everyone who holds an earlier version is named: the reissue is
due for them. Both documents are made through app.handouts; the IEP at a glance is never
part of anything for the family.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import handouts as app_handouts
from iep_desk.app import iep_record as op
from iep_desk.storage.errors import DataFileError, ReadFailed
from iep_desk.ui.caseload.iep_goals import read_required_day
from iep_desk.ui.dates import DateField, date_text
from iep_desk.ui.desk import Desk
from iep_desk.ui.labels import window_language
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import FieldMessage, typed_text

MEMBER_ROLE = Qt.ItemDataRole.UserRole


def _handouts():
    from iep_desk.ui import handouts

    return handouts


class GlanceBox(QGroupBox):
    def __init__(self, desk: Desk, today: Callable[[], date], parent: QWidget | None = None):
        super().__init__(
            translate(
                "IepGlance",
                "IEP at a glance (confidential, for the staff) and the family's progress page",
            ),
            parent,
        )
        self.desk = desk
        self.today = today
        self.student_id: int | None = None
        self.read_only = False
        self.previews: list = []

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(
            translate("IepGlance", "Who needs the IEP at a glance reissued")
        )
        self.preview_button = QPushButton(translate("IepGlance", "&Preview the IEP at a glance…"))
        self.preview_button.setAccessibleName(translate("IepGlance", "Preview the IEP at a glance"))
        self.preview_button.clicked.connect(lambda: self.preview("glance"))
        self.save_button = QPushButton(translate("IepGlance", "Save the IEP at a glance as PDF…"))
        self.save_button.setAccessibleName(
            translate("IepGlance", "Save the IEP at a glance as PDF")
        )
        self.save_button.clicked.connect(self.save_glance)
        self.print_button = QPushButton(translate("IepGlance", "Print the IEP at a glance…"))
        self.print_button.setAccessibleName(translate("IepGlance", "Print the IEP at a glance"))
        self.print_button.clicked.connect(self.print_glance)
        self.progress_button = QPushButton(translate("IepGlance", "The fa&mily's progress page…"))
        self.progress_button.setAccessibleName(
            translate("IepGlance", "Preview the family's progress page")
        )
        self.progress_button.setToolTip(
            translate(
                "IepGlance",
                "One chart and one plain sentence per goal, in the "
                "family's language; save or print it from the preview.",
            )
        )
        self.progress_button.clicked.connect(lambda: self.preview("progress"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button,
                       self.progress_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.members = QListWidget()
        self.members.setAccessibleName(
            translate("IepGlance", "Team members who receive the copy you save or print")
        )
        self.members.setMaximumHeight(90)
        self.receipts = QTableWidget(0, 3)
        self.receipts.setAccessibleName(
            translate("IepGlance", "Who received which version, and when")
        )
        self.receipts.setHorizontalHeaderLabels(
            [
                translate("IepGlance", "Received by"),
                translate("IepGlance", "Version"),
                translate("IepGlance", "Date"),
            ]
        )
        self.receipts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.receipts.verticalHeader().setVisible(False)
        self.receipts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.receipts.setMinimumHeight(90)
        self.given_to = QLineEdit()
        self.given_to.setAccessibleName(translate("IepGlance", "Given to"))
        self.given_to.setPlaceholderText(translate("IepGlance", "Name of who received a copy"))
        self.given_to.returnPressed.connect(self.record_by_hand)
        self.given_on = DateField()
        self.given_on.setAccessibleName(translate("IepGlance", "Date given"))
        self.record_button = QPushButton(translate("IepGlance", "Record a &copy given"))
        self.record_button.setAccessibleName(translate("IepGlance", "Record a copy given"))
        self.record_button.clicked.connect(self.record_by_hand)
        self.message = FieldMessage()
        by_hand = QHBoxLayout()
        by_hand.addWidget(self.given_to, 2)
        by_hand.addWidget(self.given_on, 1)
        by_hand.addWidget(self.record_button)

        column = QVBoxLayout(self)
        column.addWidget(self.status)
        column.addLayout(buttons)
        column.addWidget(
            QLabel(
                translate(
                    "IepGlance",
                    "Saving or printing records a copy for the team members ticked here:",
                )
            )
        )
        column.addWidget(self.members)
        column.addWidget(self.receipts)
        column.addLayout(by_hand)
        column.addWidget(self.message)
        self.show_student(None)

    # -- showing -----------------------------------------------------------------------------
    def show_student(self, student_id: int | None) -> None:
        if student_id != self.student_id:
            self.members.clear()  # ticks are for this student's copy, not the next one's
            self.given_on.clear()
        self.student_id = student_id
        self.refresh()

    def refresh(self) -> None:
        ticked = set(self.ticked_members())
        self.members.clear()
        self.receipts.setRowCount(0)
        if self.student_id is None:
            self.status.setText("")
            self._update_enabled()
            return
        for member in self.desk.store.team_of(self.student_id):
            item = QListWidgetItem(member.name)
            item.setData(MEMBER_ROLE, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in ticked
                               else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        state = op.glance_state(self.desk.stores, self.student_id)
        self.receipts.setRowCount(len(state.receipts))
        for row, receipt in enumerate(reversed(state.receipts)):
            current = receipt.version == state.version
            version = receipt.version + (
                "" if not current else translate("IepGlance", " (current)")
            )
            for column, text in enumerate((receipt.recipient, version,
                                           date_text(receipt.received_on))):
                self.receipts.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(self.status_text(state))
        if not self.given_on.text():
            self.given_on.setText(date_text(self.today()))
        self._update_enabled()

    @staticmethod
    def status_text(state: op.GlanceState) -> str:
        if state.reissue_to:
            return translate(
                "IepGlance",
                "Reissue the IEP at a glance: the goals, services or accommodations "
                "changed since %1 received it.",
            ).replace("%1", ", ".join(state.reissue_to))
        if state.receipts:
            return translate(
                "IepGlance",
                "Everyone who received the IEP at a glance has the current version (%1).",
            ).replace("%1", state.version)
        return translate(
            "IepGlance", "Nobody has received the IEP at a glance yet (current version %1)."
        ).replace("%1", state.version)

    def ticked_members(self) -> list[int]:
        return [self.members.item(row).data(MEMBER_ROLE) for row in range(self.members.count())
                if self.members.item(row).checkState() == Qt.CheckState.Checked]

    def _update_enabled(self) -> None:
        student = self.student_id is not None
        for widget in (self.preview_button, self.save_button, self.print_button,
                       self.progress_button):
            widget.setEnabled(student)
        for control in (self.given_to, self.given_on, self.record_button, self.members):
            control.setEnabled(student and not self.read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_enabled()

    # -- documents ---------------------------------------------------------------------------
    def _data(self):
        if self.student_id is None:
            return None
        try:
            return app_handouts.gather_for_student(self.desk.stores, student_id=self.student_id,
                                                   today=self.today(), language=window_language())
        except (LookupError, ReadFailed, DataFileError) as error:
            QMessageBox.warning(
                self, translate("IepGlance", "Could not read the caseload"), error_text(error)
            )
            return None

    def _printable(self, which: str, data) -> bool:
        """Every character has a font (printing.check); else say which ones, in which field."""
        from iep_desk import printing
        from iep_desk.ui.handout_actions import missing_character_lines

        kind = "iep-at-a-glance" if which == "glance" else "progress-page"
        missing = printing.check(kind, data).missing
        if not missing:
            return True
        lines = [
            translate(
                "IepGlance",
                "Not made: these characters are in no font IEP Desk has, so they would "
                "print as empty boxes. Change them, then try again.",
            )
        ]
        lines += missing_character_lines(missing)
        QMessageBox.warning(
            self, translate("IepGlance", "Characters that cannot be printed"), "\n".join(lines)
        )
        return False

    def _made(self, which: str):
        from iep_desk import printing
        from iep_desk.ui.handout_actions import too_long

        data = self._data()
        if data is None or not self._printable(which, data):
            return None, None
        try:
            if which == "glance":
                return data, app_handouts.make_glance(data).pdf
            return data, app_handouts.make_progress_page(data).pdf
        except printing.TooLongForAPage:
            too_long(self, self._title(which))
            return None, None

    @staticmethod
    def _title(which: str) -> str:
        return (translate("IepGlance", "IEP at a glance (confidential)") if which == "glance"
                else translate("IepGlance", "Progress on goals"))

    def _file_name(self, which: str, data) -> str:
        return f"{self._title(which)} - {data.student.display_name}.pdf"

    def preview(self, which: str):
        data, pdf = self._made(which)
        if pdf is None:
            return None
        name = self._file_name(which, data)
        window = _handouts().PreviewWindow(pdf, name[:-4], name, parent=self)
        self.previews.append(window)
        window.destroyed.connect(lambda _=None, w=window: self.previews.remove(w)
                                 if w in self.previews else None)
        if which == "glance":  # saved or printed from the preview: a receipt, as from here
            window.handed_out.connect(lambda _how: self._record_ticked())
        window.show()
        return window

    def save_glance(self):
        data, pdf = self._made("glance")
        if pdf is None:
            return None
        path = _handouts().save_pdf(pdf, self._file_name("glance", data), self)
        if path is not None:
            self._record_ticked()
        return path

    def print_glance(self) -> bool:
        data, pdf = self._made("glance")
        if pdf is None:
            return False
        printed = _handouts().print_pdf(pdf, self,
                                        document_name=self._file_name("glance", data)[:-4])
        if printed:
            self._record_ticked()
        return printed

    # -- receipts ----------------------------------------------------------------------------
    def _record(self, recipients: list[tuple[str, int | None]], on: date) -> bool:
        def report(text: str | None) -> None:
            if text:
                self.message.show_message(text)
            else:
                self.message.clear_message()
        result = self.desk.run(
            op.record_receipts,
            student_id=self.student_id,
            recipients=recipients,
            on=on,
            source=self,
            undo_text=translate("IepGlance", "Record who received the IEP at a glance"),
            report=report,
        )
        if result is not None:
            self.refresh()
        return result is not None

    def _record_ticked(self) -> None:
        if self.student_id is None:  # the button is enabled only for a student shown
            return
        names = {m.id: m.name for m in self.desk.store.team_of(self.student_id)}
        chosen: list[tuple[str, int | None]] = [
            (names[i], i) for i in self.ticked_members() if i in names]
        if chosen:
            self._record(chosen, self.today())

    def record_by_hand(self) -> None:
        if self.student_id is None or self.read_only:
            return
        try:
            on = read_required_day(self.given_on)
        except ValueError as error:
            self.message.show_message(error_text(error))
            return
        name = typed_text(self.given_to)
        team = {m.name: m.id for m in self.desk.store.team_of(self.student_id)}
        if self._record([(name, team.get(name))], on):
            self.given_to.clear()

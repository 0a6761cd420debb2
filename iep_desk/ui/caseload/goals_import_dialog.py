"""The "Import goals from CSV" dialog: file, columns, how dates are written, preview, import.

The file is read as the caseload import reads one (core.csv_import.read_csv: encoding,
separator, Excel's quirks). Nothing is written until the teacher presses Import; then the
good rows go in, in one transaction, as one step Edit ▸ Undo takes back. The rows that
cannot be imported are listed with why, and left out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import goals_import as gi
from iep_desk.core.csv_import import ENCODING_NAMES, CsvFormatError, CsvTable, read_csv
from iep_desk.core.goals_csv import FIELD_LABELS, GOAL_FIELDS, guess_goal_mapping
from iep_desk.core.problems import ProblemError
from iep_desk.ui.desk import Desk, keep_refusals
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import WheelSafeComboBox, with_short_quotes


def field_label(name: str) -> str:
    return translate("GoalsImportDialog", FIELD_LABELS[name])


# The goals import's fields (core.goals_csv.FIELD_LABELS), marked for translation: field_label
# shows them.
GOAL_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("GoalsImportDialog", "District student ID"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Area"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Goal"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "How it is measured"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Unit"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Baseline"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Baseline date"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Target"),
    QT_TRANSLATE_NOOP("GoalsImportDialog", "Target date"),
)


def _action_text(action: str) -> str:
    return {
        gi.ADD: translate("GoalsImportDialog", "To add"),
        gi.ON_FILE: translate("GoalsImportDialog", "Already on file"),
        gi.REFUSED: translate("GoalsImportDialog", "Not imported"),
    }[action]


class GoalsImportDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.table: CsvTable | None = None
        self.preview: gi.GoalsPreview | None = None
        self.imported = 0
        self.combos: list[WheelSafeComboBox] = []
        self.setWindowTitle(translate("GoalsImportDialog", "Import goals from CSV"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 640)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(translate("GoalsImportDialog", "File to import"))
        self.choose_button = QPushButton(translate("GoalsImportDialog", "&Choose file…"))
        self.choose_button.setAccessibleName(
            translate("GoalsImportDialog", "Choose the CSV file of goals")
        )
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.file_info = QLabel(
            translate(
                "GoalsImportDialog",
                "One goal a row, naming its student by the district student "
                "ID. Choose a file to see what will be imported.",
            )
        )
        self.file_info.setWordWrap(True)
        self.file_info.setAccessibleName(translate("GoalsImportDialog", "About the file"))

        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(
            translate("GoalsImportDialog", "Columns and what each holds")
        )
        self.columns.setHorizontalHeaderLabels(
            [
                translate("GoalsImportDialog", "Column"),
                translate("GoalsImportDialog", "First value"),
                translate("GoalsImportDialog", "Import as"),
            ]
        )
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.setTabKeyNavigation(False)
        self.date_order = WheelSafeComboBox()
        self.date_order.setAccessibleName(
            translate("GoalsImportDialog", "How dates like 03/04/2026 are written")
        )
        self.date_order.addItem(
            translate("GoalsImportDialog", "Tell from the file (or YYYY-MM-DD)"), None
        )
        self.date_order.addItem(
            translate("GoalsImportDialog", "Month first: 03/04/2026 is March 4"), "mdy"
        )
        self.date_order.addItem(
            translate("GoalsImportDialog", "Day first: 03/04/2026 is 3 April"), "dmy"
        )
        self.date_order.currentIndexChanged.connect(self.update_preview)
        date_label = QLabel(translate("GoalsImportDialog", "&Dates like 03/04/2026:"))
        date_label.setBuddy(self.date_order)
        date_row = QHBoxLayout()
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_order, 1)

        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(translate("GoalsImportDialog", "What the import will do"))
        self.rows = QTableWidget(0, 4)
        self.rows.setAccessibleName(translate("GoalsImportDialog", "Preview of every row"))
        self.rows.setHorizontalHeaderLabels(
            [
                translate("GoalsImportDialog", "Row"),
                translate("GoalsImportDialog", "Student"),
                translate("GoalsImportDialog", "What happens"),
                translate("GoalsImportDialog", "Goal, or why not"),
            ]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rows.verticalHeader().setVisible(False)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(translate("GoalsImportDialog", "&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(
            translate("GoalsImportDialog", "Import the goals marked Added")
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("GoalsImportDialog", "Cancel: import nothing"))
        self.buttons.accepted.connect(self.confirm_import)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addLayout(file_row)
        column.addWidget(self.file_info)
        column.addWidget(self.columns, 1)
        column.addLayout(date_row)
        column.addWidget(self.counts)
        column.addWidget(self.rows, 2)
        column.addWidget(self.buttons)
        self.update_preview()

    # -- the file --------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("GoalsImportDialog", "Choose the CSV file of goals"),
            "",
            translate("GoalsImportDialog", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read `path`, guess its columns and show the preview; False (said why) when it
        cannot be read."""
        try:
            table = read_csv(Path(path).read_bytes())
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                with_short_quotes(
                    translate("GoalsImportDialog", "The file “%1” cannot be read (%2).")
                    .replace("%1", str(path))
                    .replace("%2", error.strerror or str(error))),
            )
            return False
        except CsvFormatError as error:
            QMessageBox.warning(self, self.windowTitle(), with_short_quotes(str(error)))
            return False
        self.table = table
        self.file_edit.setText(str(path))
        self.file_info.setText(
            translate("GoalsImportDialog", "%1 rows; read as %2.")
            .replace("%1", str(len(table.rows)))
            .replace("%2", ENCODING_NAMES.get(table.encoding, table.encoding))
        )
        mapping = guess_goal_mapping(table.headers)
        first = table.rows[0][1] if table.rows else []
        self.columns.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            self.columns.setItem(index, 0, QTableWidgetItem(header))
            self.columns.setItem(index, 1, QTableWidgetItem(
                first[index] if index < len(first) else ""))
            combo = WheelSafeComboBox()
            combo.setAccessibleName(
                translate("GoalsImportDialog", "Import column “%1” as").replace("%1", header)
            )
            combo.addItem(translate("GoalsImportDialog", "Do not import"), None)
            for name in GOAL_FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping[index])) if mapping[index]
                                  else 0)
            combo.currentIndexChanged.connect(self.update_preview)
            self.columns.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.update_preview()
        return True

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    # -- the preview -----------------------------------------------------------------------
    def update_preview(self, *_args) -> None:
        self.preview = None
        problem = ""
        if self.table is not None:
            try:
                self.preview = gi.preview_goals(self.desk.stores, table=self.table,
                                                mapping=self.mapping(),
                                                date_order=self.date_order.currentData())
            except ProblemError as error:
                problem = problem_text(error.problem)
        self.rows.setRowCount(0)
        if self.preview is None:
            self.counts.setText(problem)
        else:
            p = self.preview
            self.counts.setText(
                translate(
                    "GoalsImportDialog",
                    "%1 to add, %2 already on file, %3 not imported (listed below with why).",
                )
                .replace("%1", str(p.count(gi.ADD)))
                .replace("%2", str(p.count(gi.ON_FILE)))
                .replace("%3", str(p.count(gi.REFUSED)))
            )
            self.rows.setRowCount(len(p.rows))
            for number, row in enumerate(p.rows):
                detail = (" ".join(problem_text(x) for x in row.problems) if row.problems
                          else row.goal.text if row.goal else "")
                for column, text in enumerate((str(row.line), row.student_name or
                                               row.district_id, _action_text(row.action),
                                               detail)):
                    self.rows.setItem(number, column, QTableWidgetItem(text))
            self.rows.resizeRowsToContents()
        self.import_button.setEnabled(bool(self.preview and self.preview.good))

    def row_texts(self) -> list[list[str]]:
        """The preview's cells as shown (a cell never filled reads empty)."""
        return [[cell.text() if (cell := self.rows.item(r, c)) is not None else ""
                 for c in range(self.rows.columnCount())]
                for r in range(self.rows.rowCount())]

    # -- importing -------------------------------------------------------------------------
    def confirm_import(self) -> None:
        if self.preview is None or not self.preview.good:
            return
        messages: list[str] = []
        result = self.desk.run(gi.import_goals, preview=self.preview, source=self,
                               undo_text=translate("GoalsImportDialog", "Import goals"),
                               report=keep_refusals(messages))
        if result is None:
            QMessageBox.warning(self, self.windowTitle(), with_short_quotes(" ".join(messages)))
            return
        self.imported = result.value or 0
        self.accept()

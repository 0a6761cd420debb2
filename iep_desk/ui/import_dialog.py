"""The "Import caseload from CSV" dialog: file, columns, date order, preview, confirm.

Nothing is written until the teacher presses Import; then the whole file goes
in one transaction (storage.importer.apply_import). The column choices are
remembered for the next file with the same headers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app import transfer
from iep_desk.core.csv_import import (
    ADD,
    ENCODING_NAMES,
    FIELD_LABELS,
    REJECT,
    TARGET_FIELDS,
    UNCHANGED,
    UPDATE,
    CsvFormatError,
    CsvTable,
    ImportPreview,
    decide_date_order,
    mapping_problems,
    read_csv,
    read_rows,
)
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.importer import (
    ImportRefused,
    ImportResult,
    preview_import,
    starting_mapping,
    unmapped_columns,
)
from iep_desk.ui.desk import Desk
from iep_desk.ui.plurals import plural
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate
from iep_desk.ui.widgets import Splitter, with_short_quotes


def field_label(target: str) -> str:
    """A target field's name as the teacher reads it (translated)."""
    return translate("ImportDialog", FIELD_LABELS[target])


# The caseload import's fields (core.csv_import.FIELD_LABELS), marked for translation: the
# dialog shows them (field_label) and names them in a row's reasons (ui/problems.py).
IMPORT_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Legal first name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Legal last name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Whole name (Last, First)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Preferred name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Date of birth"),
    QT_TRANSLATE_NOOP("ImportDialog", "Grade"),
    QT_TRANSLATE_NOOP("ImportDialog", "School"),
    QT_TRANSLATE_NOOP("ImportDialog", "Student ID"),
    QT_TRANSLATE_NOOP("ImportDialog", "Primary disability"),
    QT_TRANSLATE_NOOP("ImportDialog", "Last IEP meeting"),
    QT_TRANSLATE_NOOP("ImportDialog", "Annual review due"),
    QT_TRANSLATE_NOOP("ImportDialog", "Last evaluation"),
    QT_TRANSLATE_NOOP("ImportDialog", "Re-evaluation due"),
    QT_TRANSLATE_NOOP("ImportDialog", "Strengths"),
    QT_TRANSLATE_NOOP("ImportDialog", "Hopes and dreams"),
    QT_TRANSLATE_NOOP("ImportDialog", "Culture and traditions"),
    QT_TRANSLATE_NOOP("ImportDialog", "Student's participation"),
    QT_TRANSLATE_NOOP("ImportDialog", "Parent/guardian name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Parent/guardian relationship"),
    QT_TRANSLATE_NOOP("ImportDialog", "Parent/guardian phone"),
    QT_TRANSLATE_NOOP("ImportDialog", "Parent/guardian email"),
    QT_TRANSLATE_NOOP("ImportDialog", "Parent/guardian language"),
)


class PreviewModel(QAbstractTableModel):
    """The preview rows: Row, What happens, Student, Details."""

    COLUMNS = (QT_TRANSLATE_NOOP("ImportDialog", "Row"),
               QT_TRANSLATE_NOOP("ImportDialog", "What happens"),
               QT_TRANSLATE_NOOP("ImportDialog", "Student"),
               QT_TRANSLATE_NOOP("ImportDialog", "Details"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self._words = {
            # A preview: what will happen when Import is pressed (as the counts above say).
            ADD: translate("ImportDialog", "To add"),
            UPDATE: translate("ImportDialog", "To update"),
            UNCHANGED: translate("ImportDialog", "Unchanged"),
            REJECT: translate("ImportDialog", "Rejected"),
        }

    def words(self) -> list[str]:
        """What "What happens" can say."""
        return list(self._words.values())

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if (parent is not None and parent.isValid()) or self.preview is None:
            return 0
        return len(self.preview.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return len(self.COLUMNS)

    def title(self, section: int) -> str:
        return translate("ImportDialog", self.COLUMNS[section])

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.title(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        row = self.preview.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(row.row_number), self._words[row.action], row.name,
                    "; ".join(problem_text(detail) for detail in row.details))[index.column()]
        return None


class ImportDialog(QDialog):
    """Choose a CSV file, check its columns and the preview, and import it."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.desk = desk
        self.store = desk.store
        self.today = today or date.today()
        self.table: CsvTable | None = None
        self.preview: ImportPreview | None = None
        # What the import did, once confirmed (not `result`: QDialog.result() is the exit code).
        self.import_result: ImportResult | None = None
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import caseload from CSV"))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 700)
        self._build()
        self._refresh_buttons()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)

        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&File:"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("File to import"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the CSV file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.file_info = QLabel()
        self.file_info.setAccessibleName(self.tr("About the file"))
        self.file_info.setWordWrap(True)
        layout.addWidget(self.file_info)

        splitter = Splitter(Qt.Orientation.Vertical)
        columns_box = QGroupBox(self.tr("Columns in the file"))
        columns_layout = QVBoxLayout(columns_box)
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setAccessibleName(self.tr("Columns and what each holds"))
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Import as")])
        self.columns_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setTabKeyNavigation(False)  # Tab moves on to the combo boxes
        columns_layout.addWidget(self.columns_table)
        self.unmapped_label = QLabel()
        self.unmapped_label.setWordWrap(True)
        self.unmapped_label.setAccessibleName(self.tr("Columns not imported"))
        columns_layout.addWidget(self.unmapped_label)
        self.mapping_problem_label = QLabel()
        self.mapping_problem_label.setWordWrap(True)
        self.mapping_problem_label.setAccessibleName(self.tr("Problems with the column choices"))
        columns_layout.addWidget(self.mapping_problem_label)
        splitter.addWidget(columns_box)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.date_box = QGroupBox(self.tr("How are dates written in this file?"))
        self.date_box.setAccessibleName(self.date_box.title())
        date_layout = QVBoxLayout(self.date_box)
        self.date_examples = QLabel()
        self.date_examples.setWordWrap(True)
        date_layout.addWidget(self.date_examples)
        self.month_first = QRadioButton(self.tr("&Month first: 03/04/2015 is March 4, 2015"))
        self.month_first.setAccessibleName(self.tr("Dates are month first"))
        self.day_first = QRadioButton(self.tr("&Day first: 03/04/2015 is 3 April 2015"))
        self.day_first.setAccessibleName(self.tr("Dates are day first"))
        self.date_group = QButtonGroup(self)
        self.date_group.addButton(self.month_first)
        self.date_group.addButton(self.day_first)
        self.month_first.toggled.connect(self._update_preview)
        self.day_first.toggled.connect(self._update_preview)
        date_layout.addWidget(self.month_first)
        date_layout.addWidget(self.day_first)
        self.date_box.setVisible(False)
        lower_layout.addWidget(self.date_box)

        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("What the import will do"))
        lower_layout.addWidget(self.counts_label)
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName(self.tr("Preview of every row"))
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.preview_view.horizontalHeader()
        header.setStretchLastSection(True)
        # The row number and what happens are short; the student's name gets the room. Set
        # from the words themselves, not measured over the rows (a file may have thousands).
        cells, titles = self.preview_view.fontMetrics(), header.fontMetrics()
        model = self.preview_model
        self.preview_view.setColumnWidth(0, 16 + max(
            cells.horizontalAdvance("00000"), titles.horizontalAdvance(model.title(0))))
        self.preview_view.setColumnWidth(1, 24 + max(
            [cells.horizontalAdvance(word) for word in model.words()]
            + [titles.horizontalAdvance(model.title(1))]))
        self.preview_view.setColumnWidth(2, 220)
        self.preview_view.verticalHeader().setVisible(False)
        lower_layout.addWidget(self.preview_view, 1)
        self.skip_rejected = QCheckBox(self.tr("&Skip the rejected rows and import the others"))
        self.skip_rejected.setAccessibleName(self.tr("Skip rejected rows"))
        self.skip_rejected.toggled.connect(self._refresh_buttons)
        lower_layout.addWidget(self.skip_rejected)
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import the rows shown"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel: import nothing"))
        self.buttons.accepted.connect(self.confirm_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- choosing and reading the file ---------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the CSV file to import"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read `path` and show its columns and preview; False (with a message) when it cannot."""
        try:
            table = read_csv(Path(path).read_bytes())
        except OSError as error:
            self._show_file_problem(self.tr("The file “%s” cannot be read (%s).")
                                    % (path, error.strerror or error))
            return False
        except CsvFormatError as error:
            self._show_file_problem(str(error))
            return False
        self.table = table
        self.file_edit.setText(str(path))
        count = len(table.rows)
        rows = plural(self.tr("%n data row(s)", "", count), count)
        separator = {",": self.tr("commas"), ";": self.tr("semicolons"),
                     "\t": self.tr("tabs")}.get(table.delimiter, table.delimiter)
        self.file_info.setText(self.tr("%1; read as %2, separated by %3.")
                               .replace("%1", rows)
                               .replace("%2", ENCODING_NAMES.get(table.encoding, table.encoding))
                               .replace("%3", separator))
        self._fill_columns(starting_mapping(self.store, table.headers))
        self.date_group.setExclusive(False)
        self.month_first.setChecked(False)
        self.day_first.setChecked(False)
        self.date_group.setExclusive(True)
        self._update_preview()
        return True

    def _show_file_problem(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Import caseload from CSV"),
                            with_short_quotes(message))

    def _fill_columns(self, mapping: list[str | None]) -> None:
        assert self.table is not None
        headers = self.table.headers
        first = self.table.rows[0][1] if self.table.rows else []
        self.columns_table.setRowCount(len(headers))
        self.combos = []
        for index, header in enumerate(headers):
            self.columns_table.setItem(index, 0, QTableWidgetItem(header))
            sample = first[index] if index < len(first) else ""
            self.columns_table.setItem(index, 1, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import column “%s” as") % header)
            combo.addItem(self.tr("Do not import"), None)
            for target in TARGET_FIELDS:
                combo.addItem(field_label(target), target)
            combo.setCurrentIndex(max(0, combo.findData(mapping[index])) if mapping[index] else 0)
            combo.currentIndexChanged.connect(self._update_preview)
            self.columns_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_column_target(self, header: str, target: str | None) -> None:
        """Choose what the column named `header` is imported as (None: do not import)."""
        assert self.table is not None
        combo = self.combos[self.table.headers.index(header)]
        combo.setCurrentIndex(combo.findData(target) if target else 0)

    # -- the preview -----------------------------------------------------------------------
    def date_order(self) -> str | None:
        if self.month_first.isChecked():
            return "mdy"
        if self.day_first.isChecked():
            return "dmy"
        return None

    def _update_preview(self, *_args) -> None:
        self.preview = None
        if self.table is None:
            self._show_preview()
            return
        mapping = self.mapping()
        unmapped = unmapped_columns(self.table, mapping)
        self.unmapped_label.setText(
            self.tr("Not imported: %s") % ", ".join(unmapped) if unmapped
            else self.tr("Every column is imported."))
        problems = mapping_problems(mapping)
        self.mapping_problem_label.setText(
            "\n".join(problem_text(p) for p in problems)
        )
        order = decide_date_order(self.table, mapping)
        self.date_box.setVisible(order.needs_question)
        if order.needs_question:
            self.date_examples.setText(
                self.tr("Every date in this file could be read two ways (for example %s). "
                        "Which comes first?") % ", ".join(order.examples))
        chosen = self.date_order() if order.needs_question else order.order
        if not problems and (chosen or not order.needs_question):
            rows = read_rows(self.table, mapping, chosen, self.today)
            self.preview = preview_import(self.store, rows, today=self.today, unmapped=unmapped)
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview_model.set_preview(self.preview)
        if self.preview is None:
            self.counts_label.setText(
                self.tr("Choose a file to see what will be imported.") if self.table is None
                else self.tr("Answer the questions above to see what will be imported."))
        else:
            p = self.preview
            self.counts_label.setText(
                self.tr("%1 to add, %2 to update, %3 unchanged, %4 rejected")
                .replace("%1", str(p.count(ADD))).replace("%2", str(p.count(UPDATE)))
                .replace("%3", str(p.count(UNCHANGED))).replace("%4", str(p.count(REJECT))))
            if p.rejected:
                self.counts_label.setText(self.counts_label.text() + self.tr(
                    ". Correct the rejected rows in the file and choose it again, "
                    "or skip them below."))
        self._refresh_buttons()

    def _refresh_buttons(self, *_args) -> None:
        can = self.preview is not None and self.preview.can_import(
            skip_rejected=self.skip_rejected.isChecked())
        self.import_button.setEnabled(bool(can))
        self.skip_rejected.setEnabled(bool(self.preview and self.preview.rejected))

    # -- confirming -------------------------------------------------------------------------
    def confirm_import(self) -> None:
        if self.preview is None or self.table is None:
            return
        try:
            self.import_result = self.desk.run(
                transfer.import_csv, preview=self.preview,
                skip_rejected=self.skip_rejected.isChecked(), headers=self.table.headers,
                mapping=self.mapping(), source=self).value
        except (ImportRefused, SaveFailed) as error:
            QMessageBox.warning(self, self.tr("Import caseload from CSV"),
                                with_short_quotes(str(error)))
            self._update_preview()
            return
        self.accept()

"""The caseload table: one row per student, filtered and sorted inside the model.

A caseload may hold 10,000 students (a district-wide file), and the table must
follow each keystroke in the search box within a frame. So every row's search
text and sort keys are computed once (the deadline ones when first needed: see
CaseloadRow); filtering is a substring test over those prepared strings and
sorting is a list sort over prepared keys. (A QSortFilterProxyModel calling a Python
filterAcceptsRow per row per keystroke is several times too slow.) The table view sorts
through the model's own `sort`, as QTableView.setSortingEnabled does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from iep_desk.core import deadlines as dl
from iep_desk.core.deadlines import Deadline
from iep_desk.core.models import GRADES, Student
from iep_desk.core.settings import DeadlineSettings
from iep_desk.ui import labels
from iep_desk.ui.dates import date_text, moment_text
from iep_desk.ui.desk import stored_id
from iep_desk.ui.widgets import URGENCY_BACKGROUNDS, urgency_icon

STUDENT_ID_ROLE = Qt.ItemDataRole.UserRole  # a row's student id
_DARK_TEXT = QColor("#000000")
_ROOT = QModelIndex()

NAME, GRADE, SCHOOL, ANNUAL, REEVAL, MEETING, NEAREST = range(7)
# The roles data() answers (every other one is None).
_ROLES_ANSWERED = frozenset({
    Qt.ItemDataRole.DisplayRole, STUDENT_ID_ROLE, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
})
COLUMN_COUNT = 7

_GRADE_ORDER = {grade.casefold(): i for i, grade in enumerate(GRADES)}
_LAST = (1, "")  # sort key for an empty cell: empties go last when ascending


def search_text(text: str) -> str:
    """Text as the search compares it: case-folded, accents removed ("Nguyễn" → "nguyen")."""
    folded = text.casefold()
    if folded.isascii():  # most names and schools: nothing to take off
        return folded
    return " ".join(word if word.isascii() else _without_marks(word)
                    for word in folded.split(" "))


@lru_cache(maxsize=4096)
def _without_marks(word: str) -> str:
    # Words repeat from row to row (a school, a category's label): each is worked out once.
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


class _WorkedOut:
    """A CaseloadRow value that comes with the deadlines: worked out on first read."""

    def __set_name__(self, owner, name: str) -> None:
        self.stored = f"_{name}"

    def __get__(self, row, owner=None):
        if row is None:
            return self
        if not row._worked_out:
            row._work_out()
        return getattr(row, self.stored)


class CaseloadRow:
    """One student as the table shows them.

    Only the name's sort key is worked out when the row is made. The search text when the
    search box first gets the focus (or at the first search); each other column's sort key
    when the table is first sorted by it; the deadlines (and what depends on them: the due
    dates, the nearest deadline, its urgency) the first time one of them is asked for. When
    the caseload opens, the table is sorted by name and only its first screenful is drawn,
    so for a caseload of thousands most rows need nothing more until the teacher searches,
    sorts or opens Due soon.
    """

    def __init__(self, student: Student, settings: DeadlineSettings, today: date,
                 next_meeting: datetime | None = None, extra: Iterable[Deadline] = ()):
        self.student = student
        self.next_meeting = next_meeting
        self._settings, self._today, self._extra = settings, today, tuple(extra)
        self._worked_out = False
        self.cells: list[str] | None = None  # the texts shown, made when first painted
        self._search: str | None = None
        # Sorted by family name, then first name, as school rosters are.
        self._keys: dict[int, tuple] = {
            NAME: (0, search_text(f"{student.legal_last_name} {student.first_name}")),
        }

    @property
    def settings(self) -> DeadlineSettings:
        return self._settings

    @property
    def search(self) -> str:
        """What the search box looks in: names, school, grade, disability category."""
        if self._search is None:
            student = self.student
            category = student.disability_category
            self._search = search_text(" ".join([
                student.display_name, student.legal_name, student.preferred_name,
                student.school, student.grade, labels.grade_label(student.grade),
                f"grade {student.grade}" if student.grade else "",
                category.replace("_", " "), labels.disability_label(category),
            ]))
        return self._search

    def _work_out(self) -> None:
        student, settings, today = self.student, self._settings, self._today
        deadlines = dl.student_deadlines(student, settings, today)  # soonest first
        missing = dl.needs_iep_dates(student, settings, today)
        extra = (*self._extra, missing) if missing else self._extra
        if extra:
            deadlines = sorted([*deadlines, *extra], key=lambda d: d.due)
        nearest = dl.nearest_open(deadlines)
        self._deadlines, self._nearest = deadlines, nearest
        self._annual = dl.next_annual_review(student, settings)
        self._reevaluation = dl.reevaluation_due(student, settings)
        self._urgency = nearest.urgency(today) if nearest else None
        self._keys[ANNUAL] = _date_key(self._annual)
        self._keys[REEVAL] = _date_key(self._reevaluation)
        self._keys[NEAREST] = (0, f"{nearest.days_left(today) + 100000:08d}") if nearest else _LAST
        self._worked_out = True

    def sort_key(self, column: int) -> tuple:
        key = self._keys.get(column)
        if key is not None:
            return key
        student = self.student
        if column == GRADE:
            key = _grade_key(student.grade)
        elif column == SCHOOL:
            key = (0, student.school.casefold()) if student.school else _LAST
        elif column == MEETING:
            key = _date_key(self.next_meeting)
        else:
            self._work_out()
            return self._keys[column]
        self._keys[column] = key
        return key

    # Worked out with the deadlines, the first time one of them is read.
    deadlines = _WorkedOut()  # list[Deadline], soonest first
    nearest = _WorkedOut()  # Deadline | None: the soonest still open
    annual = _WorkedOut()  # date | None: the next annual review
    reevaluation = _WorkedOut()  # date | None
    urgency = _WorkedOut()  # Urgency | None: of the nearest


def _date_key(value: date | datetime | None) -> tuple:
    return (0, value.isoformat()) if value else _LAST


def _grade_key(grade: str) -> tuple:
    if not grade:
        return _LAST
    return (0, f"{_GRADE_ORDER.get(grade.casefold(), 99):03d}{grade.casefold()}")


def make_row(student: Student, settings: DeadlineSettings, today: date,
             next_meeting: datetime | None = None,
             extra: Iterable[Deadline] = ()) -> CaseloadRow:
    return CaseloadRow(student, settings, today, next_meeting, extra)


class CaseloadTableModel(QAbstractTableModel):
    """Students with their dates, filtered by `set_filter_text` and sorted by `sort`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CaseloadRow] = []
        # Each row's search text, for a tight filter loop: see prepare_search.
        self._search: list[str] | None = None
        self._order: list[int] = []      # indexes into _rows, in the current sort order
        self._visible: list[int] = []    # the part of _order that matches the filter
        self._needle = ""
        self._sort_column = NAME
        self._sort_descending = False
        self.today = date.today()
        self._headers = [
            self.tr("Name"), self.tr("Grade"), self.tr("School"), self.tr("Annual review"),
            self.tr("Re-evaluation"), self.tr("Next meeting"), self.tr("Nearest deadline"),
        ]

    # -- filling ----------------------------------------------------------------
    def set_students(self, students: list[Student], settings: DeadlineSettings, today: date,
                     next_meetings: dict[int, datetime] | None = None,
                     extra_deadlines: Iterable[Deadline] = ()) -> None:
        next_meetings = next_meetings or {}
        extra_by_student: dict[int | None, list[Deadline]] = {}
        for deadline in extra_deadlines:
            extra_by_student.setdefault(deadline.student_id, []).append(deadline)
        self.beginResetModel()
        self.today = today
        self._rows = [make_row(s, settings, today,
                               next_meetings.get(s.id) if s.id is not None else None,
                               extra_by_student.get(s.id, ())) for s in students]
        self._search = None
        self._sort_rows()
        self._visible = self._matching(self._order)
        self.endResetModel()

    def replace_row(self, row: CaseloadRow) -> None:
        """Show new values for one student (after an edit) without re-filtering the table."""
        student_id = row.student.id
        if student_id is None:  # a student never saved has no row to replace
            return
        for i, existing in enumerate(self._rows):
            if existing.student.id == student_id:
                self._rows[i] = row
                if self._search is not None:
                    self._search[i] = row.search
                break
        else:
            return
        position = self.row_of(student_id)
        if position is not None:
            self.dataChanged.emit(self.index(position, 0), self.index(position, COLUMN_COUNT - 1))

    # -- filtering and sorting --------------------------------------------------
    def _matching(self, candidates: list[int]) -> list[int]:
        needle = self._needle
        if not needle:
            return list(candidates)
        search = self.prepare_search()
        return [i for i in candidates if needle in search[i]]

    def prepare_search(self) -> list[str]:
        """Every row's search text, worked out once per reading of the caseload: when the
        search box gets the focus (for 10,000 students this takes a few frames' time, better
        spent before the first letter than after it), else at the first search."""
        if self._search is None:
            self._search = [row.search for row in self._rows]
        return self._search

    def set_filter_text(self, text: str) -> None:
        needle = search_text(text.strip())
        if needle == self._needle:
            return
        # Typing one more letter narrows what is already shown: test only those rows.
        candidates = self._visible if self._needle and self._needle in needle else self._order
        self.beginResetModel()
        self._needle = needle
        self._visible = self._matching(candidates)
        self.endResetModel()

    def _sort_rows(self) -> None:
        column = self._sort_column
        rows = self._rows
        # Empty cells stay last in both directions.
        keys = [row.sort_key(column) for row in rows]
        names = [row.sort_key(NAME) for row in rows]
        filled = [i for i in range(len(rows)) if keys[i][0] == 0]
        empty = [i for i in range(len(rows)) if keys[i][0] != 0]
        if column == NAME:  # the name is the whole key (ties keep the file's order)
            filled.sort(key=names.__getitem__, reverse=self._sort_descending)
        else:
            filled.sort(key=lambda i: (keys[i], names[i]), reverse=self._sort_descending)
        empty.sort(key=lambda i: names[i])
        self._order = filled + empty

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort, called by the table view when a header is clicked."""
        self.sort_by(column, descending=order == Qt.SortOrder.DescendingOrder)

    @property
    def sorted_by(self) -> tuple[int, bool]:
        """(column, descending)"""
        return self._sort_column, self._sort_descending

    def sort_by(self, column: int, *, descending: bool = False) -> None:
        """Sort the rows shown by one column; empty cells stay last either way."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._id_at(index.row()) for index in old_persistent]
        self._sort_column, self._sort_descending = column, descending
        self._sort_rows()
        self._visible = self._matching(self._order)
        positions = {self._rows[i].student.id: p for p, i in enumerate(self._visible)}
        for index, student_id in zip(old_persistent, old_ids):
            position = positions.get(student_id)
            new = self.index(position, index.column()) if position is not None else QModelIndex()
            self.changePersistentIndex(index, new)
        self.layoutChanged.emit()

    # -- looking rows up ---------------------------------------------------------
    def _id_at(self, position: int) -> int | None:
        if 0 <= position < len(self._visible):
            return self._rows[self._visible[position]].student.id
        return None

    def student_id_at(self, position: int) -> int | None:
        return self._id_at(position)

    def row_of(self, student_id: int) -> int | None:
        """The visible position of a student, or None when filtered out or absent."""
        rows = self._rows
        for position, i in enumerate(self._visible):
            if rows[i].student.id == student_id:
                return position
        return None

    def find_row(self, student_id: int) -> CaseloadRow | None:
        for row in self._rows:
            if row.student.id == student_id:
                return row
        return None

    def all_rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    @property
    def total(self) -> int:
        """How many students the model holds, shown or not."""
        return len(self._rows)

    def visible_ids(self) -> list[int]:
        return [stored_id(self._rows[i].student.id) for i in self._visible]

    # -- Qt's model interface ----------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        # The title, also as the tooltip for a column too narrow to show it.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]
        # A column clicked for the first time sorts A to Z, soonest first.
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks each cell for a dozen roles on every repaint (font, alignment, size
        # hint...) and this model answers only some: those are refused first, before the row
        # is looked up (a search repaints the whole screenful on every keystroke).
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.cells or self._make_cells(row))[column]  # texts made once per row
        if role == STUDENT_ID_ROLE:
            return row.student.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        # The nearest deadline's cell carries its urgency: an icon, a soft background and
        # dark text on it (in dark themes too).
        if column != NEAREST or row.urgency is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return urgency_icon(row.urgency)
        if role == Qt.ItemDataRole.BackgroundRole:
            return URGENCY_BACKGROUNDS.get(row.urgency)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _DARK_TEXT if row.urgency in URGENCY_BACKGROUNDS else None
        return None

    def _make_cells(self, row: CaseloadRow) -> list[str]:
        row.cells = [self._text(row, column) for column in range(COLUMN_COUNT)]
        return row.cells

    def _text(self, row: CaseloadRow, column: int) -> str:
        student = row.student
        if column == NAME:
            return student.display_name
        if column == GRADE:
            return labels.grade_label(student.grade)
        if column == SCHOOL:
            return student.school
        if column == ANNUAL:
            return date_text(row.annual)
        if column == REEVAL:
            return date_text(row.reevaluation)
        if column == MEETING:
            return moment_text(row.next_meeting)
        if column == NEAREST:
            return self.nearest_text(row)
        return ""

    def nearest_text(self, row: CaseloadRow) -> str:
        """What is due and when: "Meeting notice: 2 days overdue", "Annual review in 29
        days", "Needs IEP dates" (labels.deadline_text)."""
        if row.nearest is None:
            return ""
        return labels.deadline_text(row.nearest, self.today)

    def _tooltip(self, row: CaseloadRow, column: int) -> str | None:
        if column == NAME:
            return self.tr("Legal name: %s") % labels.name_in_text(row.student.legal_name)
        if column in (GRADE, SCHOOL):  # in case the column is too narrow for the text
            return self._text(row, column) or None
        if column == NEAREST and row.nearest is not None:
            return self._nearest_detail(row)
        return None

    def _nearest_detail(self, row: CaseloadRow) -> str:
        """The nearest deadline in full: its name and date, or which IEP dates are missing."""
        if row.nearest.kind == dl.NEEDS_IEP_DATES:
            missing = dl.missing_iep_dates(row.student, row.settings)
            return self.tr("No date for: %s. Enter the last IEP meeting and the last "
                           "evaluation (or the due dates on the IEP) in the student's "
                           "details.") % ", ".join(labels.deadline_label(k) for k in missing)
        # What is due in full, how far off (the part a narrow column cuts), and the day.
        return (self.tr("%1: %2, due %3")
                .replace("%1", labels.deadline_label(row.nearest.kind))
                .replace("%2", labels.when_text(row.nearest.days_left(self.today)))
                .replace("%3", date_text(row.nearest.due)))

    def _accessible(self, row: CaseloadRow, column: int) -> str:
        text = self._text(row, column)
        if column == NAME and row.student.legal_name != row.student.display_name:
            return self.tr("%s (legal name %s)") % (labels.name_in_text(text),
                                                    labels.name_in_text(row.student.legal_name))
        if column == NEAREST and row.nearest is not None:
            return self.tr("%s: %s") % (text, self._nearest_detail(row))
        return text

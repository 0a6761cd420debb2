"""The caseload table model, tested without a window."""

from datetime import timedelta

from PySide6.QtCore import Qt

from iep_desk.core.deadlines import SEND_NOTICE, Deadline
from iep_desk.core.models import GRADES, Student
from iep_desk.core.settings import DeadlineSettings
from iep_desk.ui.caseload.table_model import (
    ANNUAL,
    GRADE,
    NAME,
    NEAREST,
    STUDENT_ID_ROLE,
    CaseloadTableModel,
    search_text,
)
from tests.ui.clock import TODAY
from tests.ui.us_dates import us_moment


def caseload(n: int) -> list[Student]:
    schools = ["Oak Elementary", "Lincoln Middle", "Riverside High"]
    firsts = ["Ana", "José", "Zoë", "Анастасия", "Thị Ánh", "Liam", "Maya", "Omar"]
    return [
        Student(firsts[i % len(firsts)], f"Family{i:05d}", grade=GRADES[i % len(GRADES)],
                school=schools[i % 3],
                disability_category="autism" if i % 4 == 0 else "speech_language_impairment",
                last_iep_meeting=TODAY - timedelta(days=i % 365), id=i + 1)
        for i in range(n)
    ]


def make_model(students, **kwargs) -> CaseloadTableModel:
    model = CaseloadTableModel()
    model.set_students(students, DeadlineSettings(), TODAY, **kwargs)
    return model


def shown_names(model) -> list[str]:
    return [model.data(model.index(r, NAME)) for r in range(model.rowCount())]


def test_filters_ten_thousand_rows_correctly(qapp):
    students = caseload(10_000)
    model = make_model(students)
    assert model.rowCount() == 10_000
    for needle in ("riverside", "Family0012", "grade 5", "autism", "Анаст", "ZOË", "speech"):
        model.set_filter_text(needle)
        folded = search_text(needle)
        expected = {s.id for s in students if folded in search_text(
            " ".join([s.display_name, s.legal_name, s.school, s.grade, f"grade {s.grade}",
                      s.disability_category.replace("_", " ")]))}
        assert set(model.visible_ids()) == expected, needle
        assert model.rowCount() == len(expected)
    model.set_filter_text("")
    assert model.rowCount() == 10_000


def test_typing_more_letters_narrows_and_backspace_widens(qapp):
    model = make_model(caseload(500))
    model.set_filter_text("f")
    wide = model.rowCount()
    model.set_filter_text("family0001")
    assert model.rowCount() == 10 < wide  # Family00010 to Family00019
    assert all("Family0001" in name for name in shown_names(model))
    model.set_filter_text("family000")
    assert model.rowCount() == 100


def test_search_ignores_case_and_accents_and_finds_legal_and_preferred_names(qapp):
    students = [Student("Thị Ánh", "Nguyễn", "Ánh", id=1),
                Student("Robert", "Smith", "Bobby", id=2),
                Student("María", "López", id=3)]
    model = make_model(students)
    model.set_filter_text("nguyen")
    assert model.visible_ids() == [1]
    model.set_filter_text("robert")      # legal name, although "Bobby" is shown
    assert model.visible_ids() == [2]
    model.set_filter_text("bobby")
    assert model.visible_ids() == [2]
    model.set_filter_text("LOPEZ")
    assert model.visible_ids() == [3]


def test_preferred_name_shown_and_legal_name_in_tooltip(qapp):
    model = make_model([Student("Robert", "Smith", "Bobby", id=2)])
    index = model.index(0, NAME)
    assert model.data(index) == "Bobby Smith"
    assert "Robert Smith" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Robert Smith" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(index, STUDENT_ID_ROLE) == 2


def test_sorts_by_every_column_with_empty_cells_last(qapp):
    students = [
        Student("Cleo", "Adams", grade="10", school="B", last_iep_meeting=TODAY - timedelta(days=10), id=1),
        Student("Ben", "Young", grade="K", school="A", last_iep_meeting=TODAY - timedelta(days=300), id=2),
        Student("Ava", "Moss", grade="3", school="C", id=3),  # no dates at all
    ]
    model = make_model(students)
    assert model.visible_ids() == [1, 3, 2]  # by family name
    model.sort(GRADE, Qt.SortOrder.AscendingOrder)
    assert model.visible_ids() == [2, 3, 1]  # K, 3, 10: school order, not text order
    model.sort(ANNUAL, Qt.SortOrder.AscendingOrder)
    assert model.visible_ids() == [2, 1, 3]
    model.sort(ANNUAL, Qt.SortOrder.DescendingOrder)
    assert model.visible_ids() == [1, 2, 3]  # the student without a date stays last
    model.sort(NEAREST, Qt.SortOrder.AscendingOrder)
    # Ava has no IEP dates: "Needs IEP dates" sorts with the urgent deadlines.
    assert model.visible_ids() == [3, 2, 1]
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert sorted(model.visible_ids()) == [1, 2, 3]


def test_urgency_is_a_word_and_an_icon_not_only_colour(qapp):
    students = [
        Student("Over", "Due", last_iep_meeting=TODAY - timedelta(days=370), id=1),
        Student("Soon", "Due", last_iep_meeting=TODAY - timedelta(days=350), id=2),
        Student("Later", "Due", last_iep_meeting=TODAY - timedelta(days=320), id=3),
        Student("Far", "Off", last_iep_meeting=TODAY - timedelta(days=10), id=4),
    ]
    model = make_model(students)
    by_id = {model.student_id_at(r): model.index(r, NEAREST) for r in range(model.rowCount())}
    # What is due, and how late or how far off (the urgency is its icon and background).
    assert model.data(by_id[1]) == "Annual review: 5 days overdue"
    assert model.data(by_id[2]) == "Annual review in 15 days"
    assert model.data(by_id[3]) == "Annual review in 45 days"
    assert model.data(by_id[4]) == "Annual review in about 12 months"
    for sid in (1, 2, 3):
        assert model.data(by_id[sid], Qt.ItemDataRole.DecorationRole) is not None
        assert model.data(by_id[sid], Qt.ItemDataRole.BackgroundRole) is not None
        assert "Annual review" in model.data(by_id[sid], Qt.ItemDataRole.AccessibleTextRole)
    assert model.data(by_id[4], Qt.ItemDataRole.DecorationRole) is None


def test_next_meeting_and_extra_deadlines_from_the_planner(qapp):
    from datetime import datetime

    student = Student("Ana", "Silva", last_iep_meeting=TODAY - timedelta(days=100), id=7)
    meeting = datetime(TODAY.year + 1, 1, 15, 15, 30)
    notice = Deadline(7, SEND_NOTICE, TODAY + timedelta(days=3), meeting_id=1)
    model = make_model([student], next_meetings={7: meeting}, extra_deadlines=[notice])
    assert model.data(model.index(0, 5)) == us_moment(meeting)
    assert "in 3 days" in model.data(model.index(0, NEAREST))
    assert "Send the meeting notice" in model.data(
        model.index(0, NEAREST), Qt.ItemDataRole.ToolTipRole
    )


def test_the_nearest_deadlines_tooltip_says_what_a_narrow_column_cuts(spanish):
    """In a Spanish window at 1280 × 720 the column cut "Transferencia de derechos en…" before
    the number of days, and the tooltip gave only the date. It says what is due in full, how
    far off it is and the day; "aproximadamente" became the shorter "unos"."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("es_ES"))  # tests/ui/conftest.py puts en_US back
    student = Student("Ana", "Silva", last_iep_meeting=TODAY - timedelta(days=200), id=7)
    model = make_model([student])
    cell = model.data(model.index(0, NEAREST))
    tip = model.data(model.index(0, NEAREST), Qt.ItemDataRole.ToolTipRole)
    assert cell == "Revisión anual en unos 5 meses"
    due = TODAY - timedelta(days=200) + timedelta(days=365)
    assert tip == f"Revisión anual: en unos 5 meses, vence el {due.day}/{due.month}/{due.year}"

"""The sample caseload for `--demo` (first cut; the full one replaces this)."""

from __future__ import annotations

from iep_desk.core.models import Student
from iep_desk.storage.caseload import CaseloadStore


def write_demo_caseload(store: CaseloadStore) -> None:
    store.add_student(Student("Thị Ánh", "Nguyễn"))

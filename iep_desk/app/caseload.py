"""Students, their families and teams: adding, changing (checked by core.validation),
archiving and restoring. A student is never deleted: undoing an added student archives it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from iep_desk.app.caseload_fields import is_carried_name, write_caseload_field
from iep_desk.app.changes import FAMILY, PARTICIPANTS, STUDENTS, TEAM, Changes
from iep_desk.app.undo import OpResult, Step, changed, record
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.core.problems import Problem, ProblemError
from iep_desk.core.validation import (
    STUDENT_NAME_FIELDS,
    check_family_field,
    check_name_length,
    check_student_field,
    check_team_field,
)
from iep_desk.storage.stores import Stores


class CaseloadInputError(ProblemError):
    """A value a student, family member or team member cannot hold (`.problem` says why)."""


# -- students -----------------------------------------------------------------------------------

def _check_names(*names: str) -> None:
    """Raise CaseloadInputError when a name is longer than a name may be (as a changed name
    is refused by core.validation)."""
    for name in names:
        problem = check_name_length(name)
        if problem:
            raise CaseloadInputError(problem)


def add_student(stores: Stores, *, student: Student) -> OpResult[int]:
    """Add a student; Undo archives them (nothing is ever deleted), Redo restores them.
    Raises CaseloadInputError for a name longer than a name may be."""
    _check_names(*(getattr(student, name) for name in STUDENT_NAME_FIELDS))
    student_id = stores.caseload.add_student(student)
    return OpResult(STUDENTS, student_id, record(
        STUDENTS, [Step.of("archive_student", student_id=student_id)],
        [Step.of("restore_student", student_id=student_id)]))


def change_student(stores: Stores, *, student_id: int, name: str, value: Any,
                   today: date | None = None) -> OpResult:
    """Change one field of a student after checking it (no undo step when it did not
    change). Raises CaseloadInputError, SaveFailed."""
    return _change_field(stores, STUDENTS, "students", stores.caseload.get_student(student_id),
                         student_id, name, value, check_student_field, today)


def _change_field(stores: Stores, changes: Changes, table: str, record_now: Any, row_id: int,
                  name: str, value: Any, check: Callable[[Any, str, Any, date], Problem | None],
                  today: date | None) -> OpResult:
    """One field of a student, family member or team member: checked by `check` (core's
    validation, in the caseload's words), written, and undone by writing the old value.
    A name is carried to the meetings still planned in the same transaction, and back by
    Undo (app.caseload_fields); the Changes include the participants when a meeting's copy
    changed (Undo's and Redo's always, for a name)."""
    old = getattr(record_now, name)
    if old == value:
        return OpResult()
    problem = check(record_now, name, value, today or date.today())
    if problem:
        raise CaseloadInputError(problem)
    done = changes | write_caseload_field(stores, table, row_id, name, value)
    # Undo and Redo carry the name again, to the meetings planned by then (one planned
    # since may hold this name): the views refresh their participants in any case.
    replayed = changes | PARTICIPANTS if is_carried_name(table, name) else done
    return OpResult(done, None, changed(replayed, table, row_id, name, old, value).undo)


def archive_student(stores: Stores, *, student_id: int) -> OpResult:
    """Take a student off the active list; every record of theirs is kept."""
    stores.caseload.archive_student(student_id)
    return OpResult(STUDENTS, None, record(
        STUDENTS, [Step.of("restore_student", student_id=student_id)],
        [Step.of("archive_student", student_id=student_id)]))


def restore_student(stores: Stores, *, student_id: int) -> OpResult:
    stores.caseload.restore_student(student_id)
    return OpResult(STUDENTS, None, record(
        STUDENTS, [Step.of("archive_student", student_id=student_id)],
        [Step.of("restore_student", student_id=student_id)]))


# -- the family ----------------------------------------------------------------------------------

def _linked(student_id: int, member_id: int, relationship: str = "") -> OpResult[int]:
    return OpResult(FAMILY, member_id, record(
        FAMILY, [Step.of("unlink_family", student_id=student_id, member_id=member_id)],
        [Step.of("link_family", student_id=student_id, member_id=member_id,
                 relationship=relationship)]))


def add_family_member(stores: Stores, *, student_id: int, member: FamilyMember,
                      relationship: str = "") -> OpResult[int]:
    """A new family member, linked to the student; Undo unlinks them (they stay on file).
    Raises CaseloadInputError for a name longer than a name may be."""
    _check_names(member.name)
    member_id = stores.caseload.add_family_member(member, student_id=student_id,
                                                  relationship=relationship)
    return _linked(student_id, member_id, relationship)


def link_family_member(stores: Stores, *, student_id: int, member_id: int) -> OpResult[int]:
    """Link a family member already on file (a sibling's parent) to another student."""
    stores.caseload.link_family_member(student_id, member_id)
    return _linked(student_id, member_id)


def unlink_family_member(stores: Stores, *, student_id: int, member_id: int) -> OpResult:
    """Remove the link only; the family member stays on file for other students."""
    relationship = stores.caseload.get_relationship(student_id, member_id)
    stores.caseload.unlink_family_member(student_id, member_id)
    return OpResult(FAMILY, None, record(
        FAMILY, [Step.of("link_family", student_id=student_id, member_id=member_id,
                         relationship=relationship)],
        [Step.of("unlink_family", student_id=student_id, member_id=member_id)]))


def set_relationship(stores: Stores, *, student_id: int, member_id: int,
                     relationship: str) -> OpResult:
    old = stores.caseload.get_relationship(student_id, member_id)
    if old == relationship:
        return OpResult()
    stores.caseload.set_relationship(student_id, member_id, relationship)
    return OpResult(FAMILY, None, record(
        FAMILY, [Step.of("set_relationship", student_id=student_id, member_id=member_id,
                         relationship=old)],
        [Step.of("set_relationship", student_id=student_id, member_id=member_id,
                 relationship=relationship)]))


def change_family_member(stores: Stores, *, member_id: int, name: str, value: Any,
                         today: date | None = None) -> OpResult:
    return _change_field(stores, FAMILY, "family_members",
                         stores.caseload.get_family_member(member_id), member_id, name, value,
                         check_family_field, today)


# -- the team -------------------------------------------------------------------------------------

def add_to_team(stores: Stores, *, student_id: int, member_id: int) -> OpResult:
    stores.caseload.add_to_team(student_id, member_id)
    return OpResult(TEAM, None, record(
        TEAM, [Step.of("remove_from_team", student_id=student_id, member_id=member_id)],
        [Step.of("add_to_team", student_id=student_id, member_id=member_id)]))


def remove_from_team(stores: Stores, *, student_id: int, member_id: int) -> OpResult:
    stores.caseload.remove_from_team(student_id, member_id)
    return OpResult(TEAM, None, record(
        TEAM, [Step.of("add_to_team", student_id=student_id, member_id=member_id)],
        [Step.of("remove_from_team", student_id=student_id, member_id=member_id)]))


def add_team_member(stores: Stores, *, member: TeamMember) -> OpResult[int]:
    """A colleague on the shared list of team members (not undone, as before). Raises
    CaseloadInputError for a name longer than a name may be."""
    _check_names(member.name)
    return OpResult(TEAM, stores.caseload.add_team_member(member))


def change_team_member(stores: Stores, *, member_id: int, name: str, value: Any,
                       today: date | None = None) -> OpResult:
    return _change_field(stores, TEAM, "team_members", stores.caseload.get_team_member(member_id),
                         member_id, name, value, check_team_field, today)




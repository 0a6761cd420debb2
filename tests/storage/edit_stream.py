"""A scripted stream of edits through the real storage layer, for the kill test.

Run as `python edit_stream.py DATA_DIR FIRST_NUMBER`. Each edit carries a
number that only grows; after an edit has been saved (the store method has
returned) it prints one line describing it and flushes, so the parent knows
exactly which edits were reported as saved when it kills this process.

Lines:  ready
        student <n> <id>          a student named "Kid <n>" was added
        strengths <id> <n>        student <id>'s strengths were set to "edit <n>"
        family <n> <student_id>   family member "Parent <n>" was added, linked to the student
        counter <n>               the setting "counter" was set to n
"""

import sys
from pathlib import Path

from iep_desk.core.models import FamilyMember, Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.settings import SettingsStore


def main() -> None:
    data_dir, number = Path(sys.argv[1]), int(sys.argv[2])
    store = open_caseload(data_dir)
    student_ids = [s.id for s in store.list_students()]
    print("ready", flush=True)
    while True:
        number += 1
        kind = number % 4
        if kind == 0 or not student_ids:
            # A long text makes the file grow, so page allocation is exercised too.
            new_id = store.add_student(Student(f"Kid {number}", "Stream", strengths="x" * 900))
            student_ids.append(new_id)
            print(f"student {number} {new_id}", flush=True)
        elif kind == 1:
            target = student_ids[number % len(student_ids)]
            store.update_field("students", target, "strengths", f"edit {number}")
            print(f"strengths {target} {number}", flush=True)
        elif kind == 2:
            target = student_ids[number % len(student_ids)]
            store.add_family_member(FamilyMember(f"Parent {number}"), student_id=target,
                                    relationship="parent")
            print(f"family {number} {target}", flush=True)
        else:
            SettingsStore(store.db).set("counter", number)
            print(f"counter {number}", flush=True)


if __name__ == "__main__":
    main()

"""The sentences `core` writes for the teacher (core.plain_language.Message templates: the
reading-level advice, Find a time's reasons and suggestions), marked for translation.

core imports no Qt, so pyside6-lupdate cannot find its words there; they are listed here with
the context ui/plain_text_check.translated() uses to show them. tests/ui/test_translatable.py
checks that every Message.of(...) template in core, storage and app is in this list.
"""

from __future__ import annotations

from iep_desk.ui.translate import QT_TRANSLATE_NOOP

CORE_MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PlainTextCheck", "Grade {grade}: aim for grade {low} to {high}."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Explain or replace the terms a family may not know: {terms}."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Sentence {number} has {words} words: split it."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{person} has no free time on the school days in this range."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Ask {person} for more times they can meet."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Let {person} join by phone or video, or make them optional (excusing a "
        "required team member needs the parent's written consent)."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "No school day in the range falls between the notice date ({possible}) "
        "and the due date ({due})."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Search a longer range."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Search a longer range: from {start} up to the due date ({due})."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The times of {person} ({times}) never fall on a school day between "
        "{starts} and {ends}."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The longest time {person} can meet is {longest} minutes, shorter than "
        "the {minutes}-minute meeting."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{person} is busy at every time they could meet in this range."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Ask {person} for other times they can meet, and offer a phone or video "
        "call if coming to school is what makes it hard."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The meeting ({minutes} minutes) is longer than the school day "
        "({starts}–{ends})."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Plan a shorter meeting, or split it into two."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Look at the near misses: at those times only one or two people cannot "
        "come."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The due date ({due}) falls before the range ({first} to {last})."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "All days from {first} to {last} are weekends or closed days."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "With {days} days' notice the first possible day is {possible}, after "
        "the due date ({due})."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Every school day in the range is before the notice date (send the "
        "notice {days} days ahead: the first possible day is {possible})."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Search a longer range, from {start} on."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The range is empty: its last day ({last}) comes before its first day "
        "({first})."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "The meeting must last at least one minute."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The step between start times must be at least one minute."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The school day must end after it starts ({starts}–{ends})."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "The notice days cannot be below zero."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Check the due date. If it is right, talk with your district about "
        "holding the meeting late, and send the notice today."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The times of {person} never overlap those of any other required person "
        "in this range."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The times of {first} never overlap those of {second} in this range."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Ask {person} whether a busy time can move."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Search days before the due date ({due}), or check the due date."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "There is no time in this range when all {count} required people are "
        "free together."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Make someone optional, or let someone join by phone or video."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "{person} is busy at every time the others are free."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "The times of {person} never overlap the times when all the others are "
        "free."),
)

# Why a row of a caseload import is refused, and the preview's notes on a row
# (core.csv_import, storage.importer), shown in the import dialog's Details column.
IMPORT_ROW_MESSAGES = (
    QT_TRANSLATE_NOOP("PlainTextCheck", "{field} {value} is not a date"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{field} {value} has a two-digit year; write the year in full (for example 2015)"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{field} {value} could be read two ways; say whether the day or the month comes "
        "first"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{field} {value} is not a date when read month first (MM/DD/YYYY), like the other "
        "dates in the file"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{field} {value} is not a date when read day first (DD/MM/YYYY), like the other "
        "dates in the file"),
    QT_TRANSLATE_NOOP("PlainTextCheck", "{field} “{value}” is not one of: {choices}"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "language “{value}” is not one IEP Desk knows; write its name in English (for "
        "example Spanish) or its code (es)"),
    QT_TRANSLATE_NOOP("PlainTextCheck", "the legal first name is empty"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck", "the {field} has {length} characters; a name may have up to {most}"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck", "the parent/guardian's details are given but not their name"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "{count} values beyond the last named column are not imported: {values}"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck", "1 value beyond the last named column is not imported: {values}"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "primary disability “{value}” is not one of the IDEA categories; saved as Other"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck", "the same student ID as row {row}; keep one of the two rows"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "the same name and date of birth as row {row}; keep one of the two rows"),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "student ID {id} belongs to {names} on file; give one of them another ID in the "
        "caseload first"),
    QT_TRANSLATE_NOOP("PlainTextCheck", "this student is archived; they stay archived"),
    QT_TRANSLATE_NOOP("PlainTextCheck", "changes {fields}"),
    QT_TRANSLATE_NOOP("PlainTextCheck", "“{value}” is not a field IEP Desk can import."),
    QT_TRANSLATE_NOOP("PlainTextCheck", "Two columns are both set to “{field}”; choose one."),
    QT_TRANSLATE_NOOP(
        "PlainTextCheck",
        "Choose the column that holds the students' first names (or their whole names)."),
)
CORE_MESSAGES += IMPORT_ROW_MESSAGES  # every template core and storage write, in one list
# A parent or guardian, among the fields an import changes ("changes grade, parent/guardian").
QT_TRANSLATE_NOOP("ImportDialog", "parent/guardian")

# The caseload import's fields (core.csv_import.FIELD_LABELS), as ui/import_dialog.py shows them.
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

# The goals import's fields (core.goals_csv.FIELD_LABELS), as ui/caseload/goals_import_dialog.py shows them.
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

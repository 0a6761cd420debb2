"""Problems with what the teacher entered, as codes with values.

`core` and `storage` never build a sentence for the window: they return (or raise) a
`Problem`, a code such as "after_due_date" with the values its sentence names
({"due": date(2026, 3, 1)}). The window turns it into a translated sentence
(iep_desk/ui/problems.py: one table of code → text per area); the command line and
`str(error)` use the English below, the source those translations start from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any


@dataclass(frozen=True, slots=True)
class Problem:
    """A code, the values its sentence names, and whether it blocks saving (False: a
    warning the teacher may go ahead despite).

    It is also the one way below the window to say anything else in a sentence: Find a
    time's reasons and suggestions (core.slots), the plain-language advice
    (core.plain_language), why a caseload import refuses a row and its notes on a row
    (core.csv_import, storage.importer). For all of these `blocking` keeps its default and
    nothing reads it: a reason, a suggestion or a piece of advice explains an outcome and
    refuses nothing, and what makes a slot search impossible (SlotSearch.problems) stops the
    search whatever the flag says; an import row is refused by the list it is in (a row's
    problems, not its notes).
    """

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    blocking: bool = True

    @classmethod
    def of(cls, code: str, *, blocking: bool = True, **values: Any) -> Problem:
        return cls(code, values, blocking)

    def english(self) -> str:
        return english(self)

    def __str__(self) -> str:
        return english(self)


class ProblemError(ValueError):
    """Something entered cannot be stored: `problem` says what (str(error) in English)."""

    def __init__(self, problem: Problem | str, **values: Any):
        if isinstance(problem, str):
            problem = Problem(problem, values)
        super().__init__(english(problem))
        self.problem = problem

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def values(self) -> Mapping[str, Any]:
        return self.problem.values


def lower_first(text: str) -> str:
    """`text` with a small first letter, unless it starts with an acronym ("IEP", "ID")."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def as_clause(sentence: str) -> str:
    """A sentence read as one part of a list ("…; the date of birth cannot be in the
    future"): a small first letter, no final period."""
    return lower_first(sentence.rstrip("."))


def in_english(value: Any) -> str:
    """A value as an English sentence (the command line's) writes it: a day, a moment and a
    time the ISO way, a problem named inside another as a clause; the window writes them its
    own way, from the value itself (ui/problems.py)."""
    if isinstance(value, Problem):
        return as_clause(english(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def english(problem: Problem) -> str:
    """The problem in English (the command line, logs, str(error)); an unknown code is
    shown as it is, never hidden."""
    template = ENGLISH.get(problem.code)
    if template is None:
        return problem.code
    return template.format(**{name: in_english(value) for name, value in problem.values.items()})


# Every code core and storage use, with its English sentence ({name} is a value). The
# window's table (ui/problems.py) has the same codes; tests/core/test_problems.py checks it.
ENGLISH: dict[str, str] = {
    # -- the times a person can meet (core.availability) ------------------------------------
    "availability_no_times": "“{part}” has no times. Write it like “{example}”.",
    "availability_not_a_range":
        "“{part}”: write the times as a start and an end, like {example}.",
    "availability_days_backwards": "“{part}”: the days run backwards.",
    "availability_unknown_day":
        "“{part}”: “{day}” is not a day of the week. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun.",
    "availability_no_day": "“{part}” names no day of the week.",
    "availability_end_before_start": "“{part}”: the end time must come after the start time.",
    "availability_no_such_time": "“{part}” has a time that does not exist.",
    "availability_no_such_hour": "“{part}” has an hour that does not exist.",
    # -- meetings (core.meeting_rules, storage) ---------------------------------------------
    "duration_too_short":
        "A meeting must last at least one minute. Enter its length in minutes, for example 60.",
    "duration_too_long":
        "{minutes} minutes is more than a school day. Enter the length in minutes, for example "
        "60 for one hour.",
    "end_before_start": "The end time must come after the start time.",
    "after_due_date":
        "This meeting would be after its due date ({due}). Choose a day on or before the due "
        "date.",
    "due_date_passed":
        "The due date ({due}) has already passed, so this meeting is late. Hold it as soon as "
        "you can, and note the reason in the contact log.",
    "student_archived":
        "{name} is archived. Restore the student to the active caseload before planning a "
        "meeting.",
    "already_on_list": "{name} is already on this meeting's list.",
    "family_and_team": "A participant is either a family member or a team member, not both.",
    "student_as_family_or_team":
        "The student cannot also be listed as a family or team member.",
    "participant_name_missing": "Write the participant's name.",
    "search_range_missing": "Choose the first and the last day to search for a time.",
    "search_range_backwards":
        "The last day to search comes before the first. Choose a range of at least one day.",
    "held_but_cancelled":
        "This meeting was cancelled. Plan a new meeting instead of marking this one as held.",
    "held_without_date":
        "Enter the date and time the meeting took place before marking it as held.",
    "held_in_future":
        "This meeting is still in the future, so it cannot be marked as held. Change its date "
        "first if it took place earlier.",
    "action_what_missing": "Write what is to be done.",
    "action_owner_missing": "Choose who will do this: a participant or the family.",
    "action_due_before_meeting": "An action cannot be due before the meeting that agreed on it.",
    "no_general_education_teacher":
        "No general-education teacher is on the list. The law asks for at least one at every "
        "IEP meeting.",
    "no_special_education_teacher":
        "No special-education teacher is on the list. The law asks for at least one at every "
        "IEP meeting (the case manager counts when they are on the list).",
    "no_district_representative":
        "No district representative is on the list. Someone who can commit the district's "
        "resources must take part.",
    "no_parent":
        "No parent or guardian is on the list yet. Invite the family before the notice goes out.",
    "not_a_choice": "“{value}” is not one of the choices here.",
    "not_a_meeting_kind": "“{value}” is not a kind of meeting.",
    "value_not_allowed":
        "This could not be saved: a value is not allowed here ({detail}). Nothing was changed.",
    "student_not_on_file": "The student for this meeting is not on file.",
    "meeting_moved_to_other_student":
        "A meeting cannot be moved to another student. Plan a new meeting for that student "
        "instead.",
    "held_meeting_keeps_people":
        "This meeting has been held, so {name} stays on its record. Mark their attendance as "
        "absent instead.",
    "agenda_title_missing": "An agenda item needs a title.",
    "agenda_minutes_not_whole":
        "Enter the minutes for this item as a whole number from 0 up, for example 5.",
    "agenda_changed_meanwhile":
        "The agenda changed while it was being reordered. Please try again.",
    "template_name_missing": "Give the template a name.",
    "agenda_empty": "The agenda is empty, so there is nothing to save.",
    "question_text_missing": "Write the family's question.",
    "concern_empty":
        "Write what the family wants, what they asked for, or what you mean to ask.",
    "tick_in_future": "A checklist item cannot be done on a day still to come.",
    # -- the meeting's substance (app.family_preparation, app.decisions, app.year_plan) -----
    "input_due_before_asked":
        "Written input cannot be due before the day you ask for it. Choose a later date.",
    "preparation_form_damaged":
        "This file could not be read as a PDF. Ask the family to send it again, or type their answers from the paper sheet.",
    "preparation_form_locked":
        "This PDF is locked with a password, so its answers cannot be read. Ask the family to send it again without a password.",
    "preparation_form_not_ours":
        "This PDF is not a family preparation sheet from IEP Desk, so there are no answers to read from it.",
    "preparation_form_fields_renamed":
        "This preparation sheet was changed after it was made (some of its boxes were renamed or removed), so its answers cannot be matched to the questions. Type the answers in instead.",
    "preparation_form_newer":
        "This preparation sheet was made by a newer version of IEP Desk. Update IEP Desk to read it, or type the answers in.",
    "preparation_form_other_meeting":
        "This preparation sheet belongs to another meeting. Open it from that meeting, or type the answers in here.",
    "preparation_times_unreadable":
        "The times could not be read as weekly times. Write them like “Tue and Thu 3:30 pm-5 pm”, or untick them.",
    "draft_sent_meanwhile":
        "One of these meetings is no longer a draft (it may have gone to the family), so it was left in place.",
    "nobody_asked":
        "Tick at least one person to ask.",
    "preparation_no_family_member":
        "There is no family member on file for this student, so the times and the contact preference have nowhere to go. Add the parent on the student's Family tab first, or untick those answers.",
    "nothing_to_file":
        "Tick at least one answer to file.",
    "no_meetings_to_make":
        "Tick at least one meeting to make a draft of.",
    "busy_time_two_people": "A busy time belongs to one person.",
    "contact_in_future": "A contact cannot be recorded for a time still to come.",
    "suggestion_text_missing": "Write the suggestion.",
    "contribution_text_missing": "Write what the family brought to the meeting.",
    "reflection_text_missing": "Write what worked or what did not.",
    "tip_topic_missing": "Write the topic of the tip.",
    "tip_in_future": "A tip cannot be written on a day still to come.",
    "tip_without_day": "A tip needs the day it was written.",
    "meeting_not_on_file": "This meeting is no longer on file.",
    "meeting_not_a_draft":
        "Only a draft can be deleted; cancel this meeting instead (it stays on file).",
    "meeting_already_sent":
        "Someone has been invited to this meeting or something was recorded for it, so it "
        "cannot be deleted; cancel it instead (it stays on file).",
    # -- a meeting's day and time (core.meeting_rules): warnings, and a date too far off ---
    "meeting_on_saturday":
        "{day} is a Saturday. Check the date; keep it if the family agreed to meet that day.",
    "meeting_on_sunday":
        "{day} is a Sunday. Check the date; keep it if the family agreed to meet that day.",
    "meeting_on_closed_day":
        "The school is closed on {day} ({reason}). Check the date; keep it if the family "
        "agreed to meet that day.",
    "meeting_on_unnamed_closed_day":
        "The school is closed on {day} (Settings ▸ School calendar). Check the date; keep it "
        "if the family agreed to meet that day.",
    "meeting_outside_school_day":
        "The meeting starts at {time}, outside the school day ({starts}–{ends}). Check the "
        "time; keep it if the family agreed to meet then.",
    "meeting_date_out_of_range":
        "{day} is too far from today for a meeting. Choose a day from {first} to {last}; "
        "check the year.",
    # -- the planner's settings (core.planner_settings) --------------------------------------
    "school_day_backwards": "The school day must end after it starts.",
    "default_length_out_of_range":
        "A default length must be between 1 and {most} minutes.",
    "progress_weeks_out_of_range":
        "The weeks without a progress contact must be a whole number from 1 to 52.",
    # -- the state's numbers (core.settings) --------------------------------------------------
    "number_out_of_range": "This must be a whole number from {low} to {high}.",
    # -- protection with a passphrase (app.protection) ----------------------------------------
    "passphrase_too_short":
        "A passphrase needs at least {least} characters. A few words you will remember "
        "(“violet kettle under the stairs”) are better than a short password.",
    "passphrases_differ": "The two passphrases are not the same. Type the new one twice.",
    "wait_before_trying":
        "Too many tries that did not open the caseload. Wait {seconds} seconds, then try again.",
    # -- the caseload (core.validation) -------------------------------------------------------
    "not_an_email": "“{value}” is not an email address (it should look like name@school.org).",
    "legal_first_name_empty": "The legal first name cannot be empty.",
    "birth_in_future": "The date of birth cannot be in the future.",
    "birth_too_long_ago":
        "With a date of birth of {born}, the student would be {age} today. Check the year: "
        "IEP Desk takes students up to {most} years old.",
    "last_meeting_in_future":
        "The last IEP meeting cannot be in the future. Plan future meetings in the meeting "
        "planner.",
    "last_meeting_after_review_due":
        "The last IEP meeting cannot come after the annual review due date.",
    "review_due_before_last_meeting":
        "The annual review cannot be due before the last IEP meeting.",
    "last_evaluation_in_future": "The last evaluation cannot be in the future.",
    "last_evaluation_after_reevaluation_due":
        "The last evaluation cannot come after the re-evaluation due date.",
    "reevaluation_due_before_last_evaluation":
        "The re-evaluation cannot be due before the last evaluation.",
    "family_name_empty": "The family member's name cannot be empty.",
    "contact_confirmed_in_future":
        "The date the contact details were confirmed cannot be in the future.",
    "team_name_empty": "The team member's name cannot be empty.",
    "name_too_long":
        "A name may have up to {most} characters; this one has {length}. Shorten it.",
    # -- the student's IEP record (app.iep_record) -----------------------------------------
    "goal_text_missing": "Write the goal in plain words.",
    "target_date_before_baseline":
        "The target date must come after the baseline date.",
    "baseline_and_target_go_together":
        "Enter both a baseline and a target, or neither (for a goal measured by a rating).",
    "progress_note_empty": "Enter a measured value, a rating or a note.",
    "service_what_missing": "Write what the service is.",
    "accommodation_text_missing": "Write the accommodation.",
    "recipient_missing": "Write who received the IEP at a glance.",
    "goal_not_a_number": "“{value}” is not a number. Enter a number, for example 62 or 0.8.",
    "goal_column_missing":
        "Choose the column that holds the {field}.",
    "goal_column_twice":
        "Two columns are imported as {field}; choose one.",
    "goal_cell_not_a_date":
        "Row {line}: the {field} “{value}” is not a date.",
    "goal_cell_two_digit_year":
        "Row {line}: the {field} “{value}” has a two-digit year; write the year in full (for "
        "example 2027).",
    "goal_cell_date_two_ways":
        "Row {line}: the {field} “{value}” could be read two ways; say whether the day or the "
        "month comes first.",
    "goal_cell_not_a_number":
        "Row {line}: the {field} “{value}” is not a number.",
    "goal_row_no_student_id":
        "Row {line} has no district student ID.",
    "goal_row_goal_text_missing":
        "Row {line} has no goal.",
    "goal_row_target_date_before_baseline":
        "Row {line}: the target date must come after the baseline date.",
    "goal_row_baseline_and_target_go_together":
        "Row {line}: give both a baseline and a target, or neither.",
    "goal_row_student_not_found":
        "Row {line}: no student on the caseload has the district student ID “{district_id}”.",
    "goal_cell_number_ambiguous":
        "Row {line}: the {field} “{value}” could be read two ways. Write the number without a "
        "thousands separator (1200) or with a decimal point (1.2).",
    "export_goal_not_finite":
        "The goal “{goal}” of {student} holds a number that is not a real number (infinity, "
        "from an older goals import). Enter its baseline, target and progress values again "
        "on the student's “IEP goals and services” tab, then export again. Nothing was "
        "exported.",
    "export_number_not_finite":
        "The caseload holds a number that is not a real number (infinity), so it cannot be "
        "written as a full export. The caseload file may be damaged: restore it from a "
        "backup, or ask for help. Nothing was exported.",
    # -- Find a time (core.slots): a search that cannot run --------------------------------
    "search_range_empty":
        "The range is empty: its last day ({last}) comes before its first day ({first}).",
    "search_meeting_too_short": "The meeting must last at least one minute.",
    "search_step_too_small": "The step between start times must be at least one minute.",
    "search_school_day_backwards": "The school day must end after it starts ({starts}–{ends}).",
    "search_notice_days_negative": "The notice days cannot be below zero.",
    # -- Find a time: why no time suits everyone ---------------------------------------------
    "meeting_longer_than_school_day":
        "The meeting ({minutes} minutes) is longer than the school day ({starts}–{ends}).",
    "due_date_before_range": "The due date ({due}) falls before the range ({first} to {last}).",
    "range_all_closed": "All days from {first} to {last} are weekends or closed days.",
    "notice_reaches_past_due_date":
        "With {days} days' notice the first possible day is {possible}, after the due date "
        "({due}).",
    "range_before_notice_date":
        "Every school day in the range is before the notice date (send the notice {days} days "
        "ahead: the first possible day is {possible}).",
    "no_day_between_notice_and_due_date":
        "No school day in the range falls between the notice date ({possible}) and the due "
        "date ({due}).",
    "times_never_on_school_day":
        "The times of {person} ({times}) never fall on a school day between {starts} and "
        "{ends}.",
    "longest_time_too_short":
        "The longest time {person} can meet is {longest} minutes, shorter than the "
        "{minutes}-minute meeting.",
    "busy_whenever_free": "{person} is busy at every time they could meet in this range.",
    "no_free_time": "{person} has no free time on the school days in this range.",
    "overlaps_nobody":
        "The times of {person} never overlap those of any other required person in this "
        "range.",
    "two_never_overlap": "The times of {first} never overlap those of {second} in this range.",
    "busy_whenever_others_free": "{person} is busy at every time the others are free.",
    "never_when_others_free":
        "The times of {person} never overlap the times when all the others are free.",
    "no_time_for_everyone":
        "There is no time in this range when all {count} required people are free together.",
    # -- Find a time: what the teacher could change -----------------------------------------
    "plan_shorter_meeting": "Plan a shorter meeting, or split it into two.",
    "check_the_due_date":
        "Check the due date. If it is right, talk with your district about holding the "
        "meeting late, and send the notice today.",
    "search_before_due_date": "Search days before the due date ({due}), or check the due date.",
    "search_longer_range": "Search a longer range.",
    "search_longer_range_from": "Search a longer range, from {start} on.",
    "search_longer_range_to_due_date":
        "Search a longer range: from {start} up to the due date ({due}).",
    "ask_for_more_times": "Ask {person} for more times they can meet.",
    "ask_whether_busy_time_can_move": "Ask {person} whether a busy time can move.",
    "ask_family_for_other_times":
        "Ask {person} for other times they can meet, and offer a phone or video call if "
        "coming to school is what makes it hard.",
    "let_join_by_phone_or_optional":
        "Let {person} join by phone or video, or make them optional (excusing a required "
        "team member needs the parent's written consent).",
    "make_someone_optional": "Make someone optional, or let someone join by phone or video.",
    "look_at_near_misses":
        "Look at the near misses: at those times only one or two people cannot come.",
    # -- the plain-language checker's advice (core.plain_language) ---------------------------
    "reading_grade_too_high": "Grade {grade}: aim for grade {low} to {high}.",
    "sentence_too_long": "Sentence {number} has {words} words: split it.",
    "explain_terms": "Explain or replace the terms a family may not know: {terms}.",
    # -- the caseload import (core.csv_import, storage.importer): the columns chosen ---------
    "import_not_a_field": "“{value}” is not a field IEP Desk can import.",
    "import_column_twice": "Two columns are both set to “{field}”; choose one.",
    "import_no_name_column":
        "Choose the column that holds the students' first names (or their whole names).",
    # -- the caseload import: why a row is refused, and the preview's notes on a row. Each
    # reads as part of a list ("row 4: …; …"), so with a small letter and no period. ---------
    "import_not_a_date": "{field} {value} is not a date",
    "import_two_digit_year":
        "{field} {value} has a two-digit year; write the year in full (for example 2015)",
    "import_date_two_ways":
        "{field} {value} could be read two ways; say whether the day or the month comes first",
    "import_not_a_date_month_first":
        "{field} {value} is not a date when read month first (MM/DD/YYYY), like the other "
        "dates in the file",
    "import_not_a_date_day_first":
        "{field} {value} is not a date when read day first (DD/MM/YYYY), like the other "
        "dates in the file",
    "import_not_a_choice": "{field} “{value}” is not one of: {choices}",
    "import_unknown_language":
        "language “{value}” is not one IEP Desk knows; write its name in English (for example "
        "Spanish) or its code (es)",
    "import_first_name_empty": "the legal first name is empty",
    "import_name_too_long": "the {field} has {length} characters; a name may have up to {most}",
    "import_guardian_without_name": "the parent/guardian's details are given but not their name",
    # A check the window makes when the same value is typed ({check}: that problem, read as
    # a clause; core.problems.in_english).
    "import_refused_as_typed": "{check}",
    "import_values_beyond_columns":
        "{count} values beyond the last named column are not imported: {values}",
    "import_value_beyond_columns":
        "1 value beyond the last named column is not imported: {values}",
    "import_disability_saved_as_other":
        "primary disability “{value}” is not one of the IDEA categories; saved as Other",
    "import_same_id_as_row": "the same student ID as row {row}; keep one of the two rows",
    "import_same_name_as_row":
        "the same name and date of birth as row {row}; keep one of the two rows",
    "import_id_held_by_several":
        "student ID {id} belongs to {names} on file; give one of them another ID in the "
        "caseload first",
    "import_student_archived": "this student is archived; they stay archived",
    "import_changes": "changes {fields}",
}

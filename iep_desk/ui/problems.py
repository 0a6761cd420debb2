"""Problem codes in the teacher's words: one table of code → text per area.

`core` and `storage` report what is wrong as a code with values (core.problems.Problem, or
an error carrying one); this module turns it into a sentence in the window's language
(Qt's translations, context "Problems"). The texts' English is the same as
core.problems.ENGLISH, which the command line uses (tests/ui/test_problems.py checks both
tables hold the same codes and the same English).

Not only what was refused: Find a time's reasons and suggestions, the plain-language advice
and the caseload import's reasons are codes too, each area a table of its own below.
"""

from __future__ import annotations

from iep_desk.core.csv_import import FIELD_LABELS, ImportField, ImportFields
from iep_desk.core.goals_csv import FIELD_LABELS as GOAL_FIELD_LABELS
from iep_desk.core.goals_csv import GoalField
from iep_desk.core.problems import Problem, ProblemError, as_clause, lower_first
from iep_desk.core.slots import Person
from iep_desk.storage.errors import DataFileError, SaveFailed
from iep_desk.ui import dates
from iep_desk.ui.planner.labels import role_label
from iep_desk.ui.translate import QT_TRANSLATE_NOOP, translate

MEETINGS = {
    "duration_too_short": QT_TRANSLATE_NOOP(
        "Problems",
        "A meeting must last at least one minute. Enter its length in minutes, for "
        "example 60."),
    "duration_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "{minutes} minutes is more than a school day. Enter the length in minutes, for "
        "example 60 for one hour."),
    "end_before_start": QT_TRANSLATE_NOOP(
        "Problems",
        "The end time must come after the start time."),
    "after_due_date": QT_TRANSLATE_NOOP(
        "Problems",
        "This meeting would be after its due date ({due}). Choose a day on or before the "
        "due date."),
    "due_date_passed": QT_TRANSLATE_NOOP(
        "Problems",
        "The due date ({due}) has already passed, so this meeting is late. Hold it as "
        "soon as you can, and note the reason in the contact log."),
    "student_archived": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is archived. Restore the student to the active caseload before planning a"
        " meeting."),
    "already_on_list": QT_TRANSLATE_NOOP(
        "Problems",
        "{name} is already on this meeting's list."),
    "family_and_team": QT_TRANSLATE_NOOP(
        "Problems",
        "A participant is either a family member or a team member, not both."),
    "student_as_family_or_team": QT_TRANSLATE_NOOP(
        "Problems",
        "The student cannot also be listed as a family or team member."),
    "participant_name_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write the participant's name."),
    "search_range_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Choose the first and the last day to search for a time."),
    "search_range_backwards": QT_TRANSLATE_NOOP(
        "Problems",
        "The last day to search comes before the first. Choose a range of at least one "
        "day."),
    "held_but_cancelled": QT_TRANSLATE_NOOP(
        "Problems",
        "This meeting was cancelled. Plan a new meeting instead of marking this one as "
        "held."),
    "held_without_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Enter the date and time the meeting took place before marking it as held."),
    "held_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "This meeting is still in the future, so it cannot be marked as held. Change its "
        "date first if it took place earlier."),
    "action_what_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write what is to be done."),
    "action_owner_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Choose who will do this: a participant or the family."),
    "action_due_before_meeting": QT_TRANSLATE_NOOP(
        "Problems",
        "An action cannot be due before the meeting that agreed on it."),
    "no_general_education_teacher": QT_TRANSLATE_NOOP(
        "Problems",
        "No general-education teacher is on the list. The law asks for at least one at "
        "every IEP meeting."),
    "no_special_education_teacher": QT_TRANSLATE_NOOP(
        "Problems",
        "No special-education teacher is on the list. The law asks for at least one at "
        "every IEP meeting (the case manager counts when they are on the list)."),
    "no_district_representative": QT_TRANSLATE_NOOP(
        "Problems",
        "No district representative is on the list. Someone who can commit the district's"
        " resources must take part."),
    "no_parent": QT_TRANSLATE_NOOP(
        "Problems",
        "No parent or guardian is on the list yet. Invite the family before the notice "
        "goes out."),
    "not_a_choice": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not one of the choices here."),
    "not_a_meeting_kind": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not a kind of meeting."),
    "value_not_allowed": QT_TRANSLATE_NOOP(
        "Problems",
        "This could not be saved: a value is not allowed here ({detail}). Nothing was "
        "changed."),
    "student_not_on_file": QT_TRANSLATE_NOOP(
        "Problems",
        "The student for this meeting is not on file."),
    "meeting_moved_to_other_student": QT_TRANSLATE_NOOP(
        "Problems",
        "A meeting cannot be moved to another student. Plan a new meeting for that "
        "student instead."),
    "held_meeting_keeps_people": QT_TRANSLATE_NOOP(
        "Problems",
        "This meeting has been held, so {name} stays on its record. Mark their attendance"
        " as absent instead."),
    "agenda_title_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "An agenda item needs a title."),
    "agenda_minutes_not_whole": QT_TRANSLATE_NOOP(
        "Problems",
        "Enter the minutes for this item as a whole number from 0 up, for example 5."),
    "agenda_changed_meanwhile": QT_TRANSLATE_NOOP(
        "Problems",
        "The agenda changed while it was being reordered. Please try again."),
    "template_name_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Give the template a name."),
    "agenda_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The agenda is empty, so there is nothing to save."),
    "question_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write the family's question."),
    "concern_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "Write what the family wants, what they asked for, or what you mean to ask."),
    "tick_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "A checklist item cannot be done on a day still to come."),
    "busy_time_two_people": QT_TRANSLATE_NOOP(
        "Problems",
        "A busy time belongs to one person."),
    "contact_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "A contact cannot be recorded for a time still to come."),
    "suggestion_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write the suggestion."),
    "contribution_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write what the family brought to the meeting."),
    "reflection_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write what worked or what did not."),
    "tip_topic_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write the topic of the tip."),
    "tip_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "A tip cannot be written on a day still to come."),
    "tip_without_day": QT_TRANSLATE_NOOP(
        "Problems",
        "A tip needs the day it was written."),
    "meeting_not_on_file": QT_TRANSLATE_NOOP(
        "Problems",
        "This meeting is no longer on file."),
    "input_due_before_asked": QT_TRANSLATE_NOOP(
        "Problems",
        "Written input cannot be due before the day you ask for it. Choose a later date."),
    "preparation_form_damaged": QT_TRANSLATE_NOOP(
        "Problems",
        "This file could not be read as a PDF. Ask the family to send it again, or type their answers from the paper sheet."),
    "preparation_form_locked": QT_TRANSLATE_NOOP(
        "Problems",
        "This PDF is locked with a password, so its answers cannot be read. Ask the family to send it again without a password."),
    "preparation_form_not_ours": QT_TRANSLATE_NOOP(
        "Problems",
        "This PDF is not a family preparation sheet from IEP Desk, so there are no answers to read from it."),
    "preparation_form_fields_renamed": QT_TRANSLATE_NOOP(
        "Problems",
        "This preparation sheet was changed after it was made (some of its boxes were renamed or removed), so its answers cannot be matched to the questions. Type the answers in instead."),
    "preparation_form_newer": QT_TRANSLATE_NOOP(
        "Problems",
        "This preparation sheet was made by a newer version of IEP Desk. Update IEP Desk to read it, or type the answers in."),
    "preparation_form_other_meeting": QT_TRANSLATE_NOOP(
        "Problems",
        "This preparation sheet belongs to another meeting. Open it from that meeting, or type the answers in here."),
    "preparation_times_unreadable": QT_TRANSLATE_NOOP(
        "Problems",
        "The times could not be read as weekly times. Write them like “Tue and Thu 3:30 pm-5 pm”, or untick them."),
    "draft_sent_meanwhile": QT_TRANSLATE_NOOP(
        "Problems",
        "One of these meetings is no longer a draft (it may have gone to the family), so it was left in place."),
    "nobody_asked": QT_TRANSLATE_NOOP(
        "Problems",
        "Tick at least one person to ask."),
    "preparation_no_family_member": QT_TRANSLATE_NOOP(
        "Problems",
        "There is no family member on file for this student, so the times and the contact preference have nowhere to go. Add the parent on the student's Family tab first, or untick those answers."),
    "nothing_to_file": QT_TRANSLATE_NOOP(
        "Problems",
        "Tick at least one answer to file."),
    "no_meetings_to_make": QT_TRANSLATE_NOOP(
        "Problems",
        "Tick at least one meeting to make a draft of."),
    "meeting_not_a_draft": QT_TRANSLATE_NOOP(
        "Problems",
        "Only a draft can be deleted; cancel this meeting instead (it stays on file)."),
    "meeting_already_sent": QT_TRANSLATE_NOOP(
        "Problems",
        "Someone has been invited to this meeting or something was recorded for it, so it "
        "cannot be deleted; cancel it instead (it stays on file)."),
    "meeting_on_saturday": QT_TRANSLATE_NOOP(
        "Problems",
        "{day} is a Saturday. Check the date; keep it if the family agreed to meet that day."),
    "meeting_on_sunday": QT_TRANSLATE_NOOP(
        "Problems",
        "{day} is a Sunday. Check the date; keep it if the family agreed to meet that day."),
    "meeting_on_closed_day": QT_TRANSLATE_NOOP(
        "Problems",
        "The school is closed on {day} ({reason}). Check the date; keep it if the family "
        "agreed to meet that day."),
    "meeting_on_unnamed_closed_day": QT_TRANSLATE_NOOP(
        "Problems",
        "The school is closed on {day} (Settings ▸ School calendar). Check the date; keep it "
        "if the family agreed to meet that day."),
    "meeting_outside_school_day": QT_TRANSLATE_NOOP(
        "Problems",
        "The meeting starts at {time}, outside the school day ({starts}–{ends}). Check the "
        "time; keep it if the family agreed to meet then."),
    "meeting_date_out_of_range": QT_TRANSLATE_NOOP(
        "Problems",
        "{day} is too far from today for a meeting. Choose a day from {first} to {last}; "
        "check the year."),
}

SETTINGS = {
    "school_day_backwards": QT_TRANSLATE_NOOP(
        "Problems",
        "The school day must end after it starts."),
    "default_length_out_of_range": QT_TRANSLATE_NOOP(
        "Problems",
        "A default length must be between 1 and {most} minutes."),
    "progress_weeks_out_of_range": QT_TRANSLATE_NOOP(
        "Problems",
        "The weeks without a progress contact must be a whole number from 1 to 52."),
    "number_out_of_range": QT_TRANSLATE_NOOP(
        "Problems",
        "This must be a whole number from {low} to {high}."),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "Problems",
        "A passphrase needs at least {least} characters. A few words you will remember "
        "(“violet kettle under the stairs”) are better than a short password."),
    "passphrases_differ": QT_TRANSLATE_NOOP(
        "Problems",
        "The two passphrases are not the same. Type the new one twice."),
    "wait_before_trying": QT_TRANSLATE_NOOP(
        "Problems",
        "Too many tries that did not open the caseload. Wait {seconds} seconds, then try "
        "again."),
}

CASELOAD = {
    "not_an_email": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not an email address (it should look like name@school.org)."),
    "legal_first_name_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The legal first name cannot be empty."),
    "birth_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "The date of birth cannot be in the future."),
    "birth_too_long_ago": QT_TRANSLATE_NOOP(
        "Problems",
        "With a date of birth of {born}, the student would be {age} today. Check the year: "
        "IEP Desk takes students up to {most} years old."),
    "last_meeting_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "The last IEP meeting cannot be in the future. Plan future meetings in the "
        "meeting planner."),
    "last_meeting_after_review_due": QT_TRANSLATE_NOOP(
        "Problems",
        "The last IEP meeting cannot come after the annual review due date."),
    "review_due_before_last_meeting": QT_TRANSLATE_NOOP(
        "Problems",
        "The annual review cannot be due before the last IEP meeting."),
    "last_evaluation_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "The last evaluation cannot be in the future."),
    "last_evaluation_after_reevaluation_due": QT_TRANSLATE_NOOP(
        "Problems",
        "The last evaluation cannot come after the re-evaluation due date."),
    "reevaluation_due_before_last_evaluation": QT_TRANSLATE_NOOP(
        "Problems",
        "The re-evaluation cannot be due before the last evaluation."),
    "family_name_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The family member's name cannot be empty."),
    "contact_confirmed_in_future": QT_TRANSLATE_NOOP(
        "Problems",
        "The date the contact details were confirmed cannot be in the future."),
    "team_name_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The team member's name cannot be empty."),
    "name_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "A name may have up to {most} characters; this one has {length}. Shorten it."),
}

GOALS = {
    "goal_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write the goal in plain words."),
    "target_date_before_baseline": QT_TRANSLATE_NOOP(
        "Problems",
        "The target date must come after the baseline date."),
    "baseline_and_target_go_together": QT_TRANSLATE_NOOP(
        "Problems",
        "Enter both a baseline and a target, or neither (for a goal measured by a rating)."),
    "progress_note_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "Enter a measured value, a rating or a note."),
    "service_what_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write what the service is."),
    "accommodation_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write the accommodation."),
    "recipient_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Write who received the IEP at a glance."),
    "goal_not_a_number": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not a number. Enter a number, for example 62 or 0.8."),
    "goal_column_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Choose the column that holds the {field}."),
    "goal_column_twice": QT_TRANSLATE_NOOP(
        "Problems",
        "Two columns are imported as {field}; choose one."),
    "goal_cell_not_a_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: the {field} “{value}” is not a date."),
    "goal_cell_two_digit_year": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: the {field} “{value}” has a two-digit year; write the year in full (for "
        "example 2027)."),
    "goal_cell_date_two_ways": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: the {field} “{value}” could be read two ways; say whether the day or the "
        "month comes first."),
    "goal_cell_not_a_number": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: the {field} “{value}” is not a number."),
    "goal_row_no_student_id": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line} has no district student ID."),
    "goal_row_goal_text_missing": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line} has no goal."),
    "goal_row_target_date_before_baseline": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: the target date must come after the baseline date."),
    "goal_row_baseline_and_target_go_together": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: give both a baseline and a target, or neither."),
    "goal_row_student_not_found": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: no student on the caseload has the district student ID “{district_id}”."),
    "goal_cell_number_ambiguous": QT_TRANSLATE_NOOP(
        "Problems",
        "Row {line}: the {field} “{value}” could be read two ways. Write the number without a "
        "thousands separator (1200) or with a decimal point (1.2)."),
    "export_goal_not_finite": QT_TRANSLATE_NOOP(
        "Problems",
        "The goal “{goal}” of {student} holds a number that is not a real number (infinity, "
        "from an older goals import). Enter its baseline, target and progress values again "
        "on the student's “IEP goals and services” tab, then export again. Nothing was "
        "exported."),
    "export_number_not_finite": QT_TRANSLATE_NOOP(
        "Problems",
        "The caseload holds a number that is not a real number (infinity), so it cannot be "
        "written as a full export. The caseload file may be damaged: restore it from a "
        "backup, or ask for help. Nothing was exported."),
}

SAVING = {
    "disk": QT_TRANSLATE_NOOP(
        "Problems",
        "The change could not be saved. It is still on your screen; everything saved before "
        "is unchanged. Check that the disk is not full and the caseload folder can be written "
        "to."),
    "duplicate_student_id": QT_TRANSLATE_NOOP(
        "Problems",
        "Another student on the caseload already has this student ID. Each student needs "
        "their own; check the number. Nothing else was changed."),
}
AVAILABILITY = {
    "availability_no_times": QT_TRANSLATE_NOOP(
        "Problems", "“{part}” has no times. Write it like “{example}”."),
    "availability_not_a_range": QT_TRANSLATE_NOOP(
        "Problems", "“{part}”: write the times as a start and an end, like {example}."),
    "availability_days_backwards": QT_TRANSLATE_NOOP(
        "Problems", "“{part}”: the days run backwards."),
    "availability_unknown_day": QT_TRANSLATE_NOOP(
        "Problems",
        "“{part}”: “{day}” is not a day of the week. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun."),
    "availability_no_day": QT_TRANSLATE_NOOP(
        "Problems", "“{part}” names no day of the week."),
    "availability_end_before_start": QT_TRANSLATE_NOOP(
        "Problems", "“{part}”: the end time must come after the start time."),
    "availability_no_such_time": QT_TRANSLATE_NOOP(
        "Problems", "“{part}” has a time that does not exist."),
    "availability_no_such_hour": QT_TRANSLATE_NOOP(
        "Problems", "“{part}” has an hour that does not exist."),
}
# Find a time (core.slots): why a search cannot run, why no time suits everyone, and what
# the teacher could change.
FIND_A_TIME = {
    "search_range_empty": QT_TRANSLATE_NOOP(
        "Problems",
        "The range is empty: its last day ({last}) comes before its first day ({first})."),
    "search_meeting_too_short": QT_TRANSLATE_NOOP(
        "Problems",
        "The meeting must last at least one minute."),
    "search_step_too_small": QT_TRANSLATE_NOOP(
        "Problems",
        "The step between start times must be at least one minute."),
    "search_school_day_backwards": QT_TRANSLATE_NOOP(
        "Problems",
        "The school day must end after it starts ({starts}–{ends})."),
    "search_notice_days_negative": QT_TRANSLATE_NOOP(
        "Problems",
        "The notice days cannot be below zero."),
    "meeting_longer_than_school_day": QT_TRANSLATE_NOOP(
        "Problems",
        "The meeting ({minutes} minutes) is longer than the school day ({starts}–{ends})."),
    "due_date_before_range": QT_TRANSLATE_NOOP(
        "Problems",
        "The due date ({due}) falls before the range ({first} to {last})."),
    "range_all_closed": QT_TRANSLATE_NOOP(
        "Problems",
        "All days from {first} to {last} are weekends or closed days."),
    "notice_reaches_past_due_date": QT_TRANSLATE_NOOP(
        "Problems",
        "With {days} days' notice the first possible day is {possible}, after the due date "
        "({due})."),
    "range_before_notice_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Every school day in the range is before the notice date (send the notice {days} days"
        " ahead: the first possible day is {possible})."),
    "no_day_between_notice_and_due_date": QT_TRANSLATE_NOOP(
        "Problems",
        "No school day in the range falls between the notice date ({possible}) and the due "
        "date ({due})."),
    "times_never_on_school_day": QT_TRANSLATE_NOOP(
        "Problems",
        "The times of {person} ({times}) never fall on a school day between {starts} and "
        "{ends}."),
    "longest_time_too_short": QT_TRANSLATE_NOOP(
        "Problems",
        "The longest time {person} can meet is {longest} minutes, shorter than the "
        "{minutes}-minute meeting."),
    "busy_whenever_free": QT_TRANSLATE_NOOP(
        "Problems",
        "{person} is busy at every time they could meet in this range."),
    "no_free_time": QT_TRANSLATE_NOOP(
        "Problems",
        "{person} has no free time on the school days in this range."),
    "overlaps_nobody": QT_TRANSLATE_NOOP(
        "Problems",
        "The times of {person} never overlap those of any other required person in this "
        "range."),
    "two_never_overlap": QT_TRANSLATE_NOOP(
        "Problems",
        "The times of {first} never overlap those of {second} in this range."),
    "busy_whenever_others_free": QT_TRANSLATE_NOOP(
        "Problems",
        "{person} is busy at every time the others are free."),
    "never_when_others_free": QT_TRANSLATE_NOOP(
        "Problems",
        "The times of {person} never overlap the times when all the others are free."),
    "no_time_for_everyone": QT_TRANSLATE_NOOP(
        "Problems",
        "There is no time in this range when all {count} required people are free together."),
    "plan_shorter_meeting": QT_TRANSLATE_NOOP(
        "Problems",
        "Plan a shorter meeting, or split it into two."),
    "check_the_due_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Check the due date. If it is right, talk with your district about holding the "
        "meeting late, and send the notice today."),
    "search_before_due_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Search days before the due date ({due}), or check the due date."),
    "search_longer_range": QT_TRANSLATE_NOOP("Problems", "Search a longer range."),
    "search_longer_range_from": QT_TRANSLATE_NOOP(
        "Problems",
        "Search a longer range, from {start} on."),
    "search_longer_range_to_due_date": QT_TRANSLATE_NOOP(
        "Problems",
        "Search a longer range: from {start} up to the due date ({due})."),
    "ask_for_more_times": QT_TRANSLATE_NOOP(
        "Problems",
        "Ask {person} for more times they can meet."),
    "ask_whether_busy_time_can_move": QT_TRANSLATE_NOOP(
        "Problems",
        "Ask {person} whether a busy time can move."),
    "ask_family_for_other_times": QT_TRANSLATE_NOOP(
        "Problems",
        "Ask {person} for other times they can meet, and offer a phone or video call if "
        "coming to school is what makes it hard."),
    "let_join_by_phone_or_optional": QT_TRANSLATE_NOOP(
        "Problems",
        "Let {person} join by phone or video, or make them optional (excusing a required team"
        " member needs the parent's written consent)."),
    "make_someone_optional": QT_TRANSLATE_NOOP(
        "Problems",
        "Make someone optional, or let someone join by phone or video."),
    "look_at_near_misses": QT_TRANSLATE_NOOP(
        "Problems",
        "Look at the near misses: at those times only one or two people cannot come."),
}

# The plain-language checker's advice (core.plain_language).
PLAIN_LANGUAGE = {
    "reading_grade_too_high": QT_TRANSLATE_NOOP(
        "Problems",
        "Grade {grade}: aim for grade {low} to {high}."),
    "sentence_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "Sentence {number} has {words} words: split it."),
    "explain_terms": QT_TRANSLATE_NOOP(
        "Problems",
        "Explain or replace the terms a family may not know: {terms}."),
}

# The caseload import (core.csv_import, storage.importer): the columns chosen, why a row is
# refused and the preview's notes on a row (each read as part of a list).
STUDENT_IMPORT = {
    "import_not_a_field": QT_TRANSLATE_NOOP(
        "Problems",
        "“{value}” is not a field IEP Desk can import."),
    "import_column_twice": QT_TRANSLATE_NOOP(
        "Problems",
        "Two columns are both set to “{field}”; choose one."),
    "import_no_name_column": QT_TRANSLATE_NOOP(
        "Problems",
        "Choose the column that holds the students' first names (or their whole names)."),
    "import_not_a_date": QT_TRANSLATE_NOOP("Problems", "{field} {value} is not a date"),
    "import_two_digit_year": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} {value} has a two-digit year; write the year in full (for example 2015)"),
    "import_date_two_ways": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} {value} could be read two ways; say whether the day or the month comes first"),
    "import_not_a_date_month_first": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} {value} is not a date when read month first (MM/DD/YYYY), like the other "
        "dates in the file"),
    "import_not_a_date_day_first": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} {value} is not a date when read day first (DD/MM/YYYY), like the other dates"
        " in the file"),
    "import_not_a_choice": QT_TRANSLATE_NOOP(
        "Problems",
        "{field} “{value}” is not one of: {choices}"),
    "import_unknown_language": QT_TRANSLATE_NOOP(
        "Problems",
        "language “{value}” is not one IEP Desk knows; write its name in English (for example"
        " Spanish) or its code (es)"),
    "import_first_name_empty": QT_TRANSLATE_NOOP("Problems", "the legal first name is empty"),
    "import_name_too_long": QT_TRANSLATE_NOOP(
        "Problems",
        "the {field} has {length} characters; a name may have up to {most}"),
    "import_guardian_without_name": QT_TRANSLATE_NOOP(
        "Problems",
        "the parent/guardian's details are given but not their name"),
    "import_refused_as_typed": QT_TRANSLATE_NOOP("Problems", "{check}"),
    "import_values_beyond_columns": QT_TRANSLATE_NOOP(
        "Problems",
        "{count} values beyond the last named column are not imported: {values}"),
    "import_value_beyond_columns": QT_TRANSLATE_NOOP(
        "Problems",
        "1 value beyond the last named column is not imported: {values}"),
    "import_disability_saved_as_other": QT_TRANSLATE_NOOP(
        "Problems",
        "primary disability “{value}” is not one of the IDEA categories; saved as Other"),
    "import_same_id_as_row": QT_TRANSLATE_NOOP(
        "Problems",
        "the same student ID as row {row}; keep one of the two rows"),
    "import_same_name_as_row": QT_TRANSLATE_NOOP(
        "Problems",
        "the same name and date of birth as row {row}; keep one of the two rows"),
    "import_id_held_by_several": QT_TRANSLATE_NOOP(
        "Problems",
        "student ID {id} belongs to {names} on file; give one of them another ID in the "
        "caseload first"),
    "import_student_archived": QT_TRANSLATE_NOOP(
        "Problems",
        "this student is archived; they stay archived"),
    "import_changes": QT_TRANSLATE_NOOP("Problems", "changes {fields}"),
}

GONE = QT_TRANSLATE_NOOP(
    "Problems", "This was removed meanwhile (perhaps by Undo), so the change was not made.")

TEXTS: dict[str, str] = {**MEETINGS, **SETTINGS, **CASELOAD, **GOALS, **AVAILABILITY,
                         **FIND_A_TIME, **PLAIN_LANGUAGE, **STUDENT_IMPORT}


def problem_text(problem: Problem) -> str:
    """A problem in the teacher's language; an unknown code is shown in English (never
    hidden). A value ending in its own period ("5:00 p. m.") before the sentence's period
    leaves one period (dates.one_period)."""
    template = TEXTS.get(problem.code)
    if template is None:
        return problem.english()
    values = {name: _in_the_window(value) for name, value in problem.values.items()}
    return dates.one_period(translate("Problems", template).format(**values))


def _in_the_window(value: object) -> str:
    """A problem's value as the window writes it: a problem named inside another as a clause,
    someone Find a time names with their role in the window's words, a caseload import's field
    in the import dialog's words, a day, a time or weekly times the window's way
    (ui.dates.value_text). core.problems.in_english is the command line's."""
    if isinstance(value, Problem):
        return as_clause(problem_text(value))
    if isinstance(value, Person):
        return _person_words(value)
    if isinstance(value, ImportFields):
        return ", ".join(_field_words(name) for name in value)
    if isinstance(value, ImportField):
        return _field_words(value)
    if isinstance(value, GoalField):
        return lower_first(translate("GoalsImportDialog", GOAL_FIELD_LABELS[value.key]))
    return dates.value_text(value)


def _person_words(person: Person) -> str:
    """Someone Find a time names, with their role as the window names it ("Dana Lee (school
    district representative)"); someone known only by their role, by the role."""
    if not person.role:
        return person.name
    role = role_label(person.role)
    if person.name == person.role.replace("_", " "):
        return role
    return f"{person.name} ({lower_first(role)})"


def _field_words(name: ImportField) -> str:
    """A caseload import's field inside a sentence, as the import dialog names it."""
    # A parent or guardian, among the fields an import changes ("changes grade, parent/guardian").
    words = (translate("ImportDialog", "parent/guardian") if name.key == "guardian"
             else translate("ImportDialog", FIELD_LABELS[name.key]))
    return words if name.as_title else lower_first(words)


def error_text(error: BaseException) -> str:
    """What a refused or failed write means, in the teacher's language: a problem code, a
    disk that refused the write, a record removed meanwhile, or a message the window made
    itself (a ValueError from parsing what was typed)."""
    if isinstance(error, ProblemError):
        return problem_text(error.problem)
    if isinstance(error, SaveFailed) and error.code is not None and error.code in SAVING:
        return translate("Problems", SAVING[error.code])
    if isinstance(error, DataFileError):
        return error.message
    if isinstance(error, LookupError):
        return translate("Problems", GONE)
    return str(error)

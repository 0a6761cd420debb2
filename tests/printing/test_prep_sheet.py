"""The prep sheet: everything the case manager reads before the meeting, and only they."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from iep_desk.core.checklist import item_text
from iep_desk.core.deadlines import Deadline
from iep_desk.core.meetings import ContactEntry, TipEntry
from iep_desk.printing import render_prep_sheet
from iep_desk.resources import checklist_texts
from tests.printing.conftest import template
from tests.printing.pdf_tools import Handout
from tests.printing.sample import (
    CONCERN_INTEREST,
    CONCERN_POSITION,
    CONCERN_QUESTIONS,
    CONTACT_NOTE,
    TIP_HELPS,
    TIP_TEXT,
    sample_handout,
)

EN = template("en", "prep_sheet")
LABELS = template("en", "labels")


def test_tip_file_and_concerns(rendered):
    _, handout = rendered("prep-sheet")
    assert handout.missing([
        EN["heading_tips"], TIP_TEXT, TIP_HELPS, LABELS["tip_feelings"]["sensitivity"],
        EN["heading_concerns"],
        f"{EN['label_interest']}: {CONCERN_INTEREST}",
        f"{EN['label_position']}: {CONCERN_POSITION}",
        f"{EN['label_questions']}: {CONCERN_QUESTIONS}",
    ]) == []


def test_checklist_status(rendered):
    _, handout = rendered("prep-sheet")
    assert handout.says(item_text("purpose_explained", checklist_texts()))
    assert handout.says(item_text("documents_sent", checklist_texts()))
    assert handout.says(EN["checklist_done"].format(date="Feb 20, 2026"))
    assert handout.says(EN["checklist_done"].format(date="Feb 25, 2026"))
    assert handout.says(EN["checklist_open"])


def test_contacts_open_actions_and_due_dates(rendered):
    _, handout = rendered("prep-sheet")
    assert handout.missing([
        EN["heading_contacts"], CONTACT_NOTE, LABELS["contact_outcomes"]["reached"],
        EN["heading_open_actions"], "Share the reading log", EN["family_owner"],
        EN["heading_due_dates"], LABELS["deadline_kinds"]["annual_review"], "Mar 31, 2026",
        # 2 March to 31 March, and to 7 March.
        EN["days_left"].format(days=29), EN["days_left"].format(days=5),
    ]) == []


def test_the_familys_open_actions_are_the_familys_not_yours(rendered):
    """The prep sheet is read by the teacher: an open action the family owns is "The family's",
    not the family documents' "Your family"."""
    _, handout = rendered("prep-sheet")
    assert handout.says(f"Share the reading log {EN['family_owner']}")
    assert not handout.says(LABELS["family_owner"])
    spanish = Handout(render_prep_sheet(sample_handout(), "es").pdf)
    assert spanish.says(f"Share the reading log {template('es', 'prep_sheet')['family_owner']}")
    assert not spanish.says(template("es", "labels")["family_owner"])


def test_confidential_on_every_page_of_a_long_prep_sheet():
    data = sample_handout()
    data.tips = [TipEntry(1, date(2025, 9, 1) + timedelta(days=i), f"Private topic {i}", "joy",
                          "Something that helps " * 4) for i in range(40)]
    data.recent_contacts = [ContactEntry(11, datetime(2026, 1, 1, 9) + timedelta(days=i),
                                         note=f"Call {i}") for i in range(30)]
    handout = Handout(render_prep_sheet(data).pdf)
    assert len(handout.pages) >= 3
    for page in handout.pages:
        assert EN["confidential"] in page
    assert handout.says("Private topic 39") and handout.says("Call 29")


def test_overdue_dates_say_so():
    data = sample_handout()
    data.today = date(2026, 4, 3)
    handout = Handout(render_prep_sheet(data).pdf)
    assert handout.says(EN["overdue"].format(days=3))


def test_empty_sections_say_so():
    data = sample_handout()
    data.tips, data.recent_contacts, data.open_actions, data.deadlines = [], [], [], []
    data.record.concerns = []
    handout = Handout(render_prep_sheet(data).pdf)
    assert handout.missing([EN["no_tips"], EN["no_contacts"], EN["no_open_actions"],
                            EN["no_due_dates"], EN["no_concerns"]]) == []


def test_every_goal_with_its_latest_note_and_status():
    from tests.printing.sample import SPEECH_GOAL, with_goals

    data = with_goals(sample_handout())
    data.goals.append(SPEECH_GOAL)
    handout = Handout(render_prep_sheet(data).pdf)
    status = EN["goal_status"]
    assert handout.missing([
        EN["heading_goals"],
        "Reading: Read a grade-level passage aloud smoothly and correctly.",
        "Jan 30, 2026: 63 words a minute", status["on_track"],
        # 23 of 50 words, and the line from 40 to 90 says 66.7 on 30 January.
        EN["status_numbers"].format(share="46%", expected="66.7"),
        "Jan 30, 2026: 3 of 10 sentences", status["behind"],
        "Feb 13, 2026: " + EN["ratings"]["progressing"],
        "Speech:", EN["no_note_yet"], status["no_notes"],
    ]) == []


def test_no_goals_on_file():
    assert Handout(render_prep_sheet(sample_handout()).pdf).says(EN["no_goals"])


ES = template("es", "prep_sheet")


@pytest.mark.parametrize("language, one_left, one_over, many_left, today", [
    ("en", "1 day", "1 day overdue", "1,000 days", "Due today"),
    ("es", "1 día", "1 día de retraso", "1.000 días", "Vence hoy"),
])
def test_days_are_counted_in_the_sheets_language(language, one_left, one_over, many_left,
                                                 today):
    """One day is "1 day" ("1 día"), not "1 days"; a date due today says so, not "0 days";
    a number is written as the language writes it."""
    data = sample_handout()
    data.today = date(2026, 3, 6)  # the notice is due on the 7th
    data.deadlines.append(Deadline(1, "reevaluation", date(2026, 3, 6) + timedelta(days=1000)))
    data.deadlines.append(Deadline(1, "transition_plan", date(2026, 3, 5)))
    data.deadlines.append(Deadline(1, "annual_review", date(2026, 3, 6)))
    text = Handout(render_prep_sheet(data, language).pdf).text
    assert one_left in text and one_over in text and many_left in text and today in text
    assert "1 days" not in text and "1 días" not in text
    assert not re.search(r"(?<![\d.,])0 d[ií]", text)  # "0 days", "0 días" (not "1,000 days")


def test_the_checklists_warnings_are_printed_above_it():
    data = sample_handout()
    data.checklist_warnings = ["Daniel Kowalski is excused, but the consent has not arrived."]
    for language, words in (("en", EN), ("es", ES)):
        handout = Handout(render_prep_sheet(data, language).pdf)
        assert handout.says(f"{words['heading_checklist']} {words['attention']}")
        assert handout.says(f"{words['attention']} • {data.checklist_warnings[0]}")
    data.checklist_warnings = []
    handout = Handout(render_prep_sheet(data).pdf)
    assert not handout.says(EN["attention"])


def test_the_spanish_sheet_with_names_in_latin_arabic_chinese_and_devanagari(tmp_path):
    """The Spanish prep sheet with people named in four scripts, a warning about each: every
    name copies as typed, every glyph is in an embedded font, every page is drawn, and no
    English heading or checklist item is left."""
    import unicodedata

    from tests.printing.pdf_tools import copied_text, font_problems, ink_fraction, render_pages
    from tests.printing.sample import SCRIPT_SAMPLES, every_script_handout

    data = every_script_handout()
    data.record.concerns = []  # typed in English ("What does reading look like at home?")
    names = [SCRIPT_SAMPLES[script][0]
             for script in ("Latin", "Arabic", "Chinese (simplified)", "Hindi")]
    warning = checklist_texts("es")["warnings"]["consent_missing"]
    data.checklist_warnings = [warning.format(name=name) for name in names]
    document = render_prep_sheet(data, "es")
    copied = " ".join(copied_text(document.pdf).split())
    assert [n for n in names if unicodedata.normalize("NFKC", n) not in copied] == []
    # The Spanish around each name, once per warning.
    tail = warning.split("{name}")[1].strip()
    assert Handout(document.pdf).text.count(tail) == len(names)
    assert font_problems(document.pdf) == []
    assert all(ink_fraction(page) > 0.01 for page in render_pages(document.pdf, tmp_path, "es"))
    text = Handout(document.pdf).text
    english = [EN[key] for key in EN if key.startswith(("heading_", "col_")) or key in (
        "title", "confidential", "attention")]
    assert [h for h in english if h.format(student_name="") in text] == []
    assert [t for t in checklist_texts("en")["before"].values() if t in text] == []

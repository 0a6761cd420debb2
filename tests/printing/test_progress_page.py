"""The family's progress page: a chart and a plain sentence per goal, in the family's language."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from iep_desk.core.goals import Goal, ProgressNote, Rating
from iep_desk.printing import check, make_document, render_progress_page
from tests.printing.conftest import template
from tests.printing.languages import says
from tests.printing.pdf_tools import (
    Handout,
    boxes,
    drawn_runs,
    font_problems,
    ink_fraction,
    render_pages,
)
from tests.printing.sample import (
    HELP_GOAL,
    READING_GOAL,
    SPEECH_GOAL,
    WRITING_GOAL,
    sample_handout,
    with_goals,
)

EN = template("en", "progress_page")
ES = template("es", "progress_page")
# reportlab writes a dash pattern as "[3 2] 0 d": the dashed path to each goal, and the legend's.
PATH_DASH = b"[3 2] 0 d"


def page(language: str = "en", goals=None, **changes):
    data = with_goals(sample_handout(), goals)
    for key, value in changes.items():
        setattr(data, key, value)
    document = render_progress_page(data, language)
    return document, Handout(document.pdf)


def en(key: str, **values) -> str:
    group, _, name = key.partition(".")
    text = EN[group][name] if name else EN[group]
    return text.format(first_name="Bảo", **values)


def test_each_goal_has_its_sentence_on_2_march():
    _, handout = page()
    assert handout.missing([
        en("goal_heading", number=1, area="Reading"), en("goal_heading", number=3,
                                                         area="Self-advocacy"),
        en("measured", month="January 2026", value=63, unit="words a minute", target=90,
           target_month="June 2026"),
        en("status.on_track"),
        en("measured", month="January 2026", value=3, unit="of 10 sentences", target=8,
           target_month="June 2026"),
        en("status.behind"),
        en("rated", month="February 2026", rating=en("ratings.progressing")),
    ]) == []
    # The student is named, never "he" or "she".
    assert not re.search(r"\b(he|she|his|her|him)\b", handout.text, re.IGNORECASE)


@pytest.mark.parametrize(("value", "status"), [(62, "on_track"), (53, "on_track"),
                                                (50, "behind"), (95, "met")])
def test_on_track_and_behind_at_the_right_points(value, status):
    # 40 on 8 September to 90 on 5 June: on 1 December the line says about 55.
    notes = [ProgressNote(1, 1, date(2025, 12, 1), value=value)]
    data = with_goals(sample_handout(), [READING_GOAL])
    data.progress_notes = notes
    data.today = date(2025, 12, 2)
    handout = Handout(render_progress_page(data).pdf)
    assert handout.says(en(f"status.{status}"))
    others = {"on_track", "behind", "met", "ended_not_met"} - {status}
    assert not any(handout.says(en(f"status.{other}")) for other in others)


def test_a_goal_past_its_date_and_a_goal_without_notes():
    ended = replace(READING_GOAL, id=5, target_by=date(2026, 2, 1))
    data = with_goals(sample_handout(), [ended, SPEECH_GOAL])
    data.progress_notes = [ProgressNote(1, 5, date(2026, 1, 20), value=70)]
    handout = Handout(render_progress_page(data).pdf)
    assert handout.says(en("status.ended_not_met"))
    assert handout.says(en("no_notes"))


def test_a_rated_goal_says_its_rating_in_words_and_draws_its_scale():
    data = with_goals(sample_handout(), [HELP_GOAL])
    data.progress_notes = [ProgressNote(1, 3, date(2026, 2, 1), rating=Rating.NOT_YET)]
    handout = Handout(render_progress_page(data).pdf)
    assert handout.says(en("ratings.not_yet"))
    for step in EN["rating_steps"].values():
        assert handout.says(step)


def test_every_measured_goal_has_a_chart_with_its_labels():
    document, handout = page()
    contents = b"".join(p.get_contents().get_data() for p in PdfReader(io.BytesIO(document.pdf)).pages)
    # The legend's dashed line and one dashed path per measured goal (reading, writing).
    assert contents.count(PATH_DASH) == 3
    for label in ("Sep 2025", "Jun 2026", "40", "90", "63", "2", "8"):
        assert handout.says(label)
    for legend in ("legend_start", "legend_path", "legend_measured", "legend_goal"):
        assert handout.says(en(legend))


def test_the_charts_are_drawn_on_the_page(tmp_path):
    with_charts, _ = page()
    without, _ = page(goals=[])
    ink = ink_fraction(render_pages(with_charts.pdf, tmp_path, "charts")[0])
    blank = ink_fraction(render_pages(without.pdf, tmp_path, "none")[0])
    assert ink > blank + 0.01


def test_no_goals_yet():
    _, handout = page(goals=[])
    assert handout.says(en("no_goals"))


def test_eight_goals_fit_two_pages():
    goals = [replace(goal, id=10 + n, area=f"{goal.area} {n}")
             for n, goal in enumerate([READING_GOAL, WRITING_GOAL, HELP_GOAL, SPEECH_GOAL] * 2)]
    data = with_goals(sample_handout(), goals)
    data.progress_notes = [replace(note, id=100 + n * 10 + i, goal_id=goal.id)
                           for n, goal in enumerate(goals)
                           for i, note in enumerate(with_goals(sample_handout()).progress_notes)
                           if note.goal_id == [1, 2, 3, 4][n % 4]]
    document = render_progress_page(data)
    handout = Handout(document.pdf)
    assert len(handout.pages) == 2
    for n in range(1, 9):
        assert handout.says(f"Goal {n}:")
    assert font_problems(document.pdf) == []


def test_spanish_page_with_babel_months():
    document, handout = page("es")
    assert document.language_used == "es"
    assert handout.missing([
        ES["measured"].format(month="enero de 2026", first_name="Bảo", value=63,
                              unit="words a minute", target=90, target_month="junio de 2026"),
        ES["status"]["on_track"].format(first_name="Bảo"),
        ES["status"]["behind"].format(first_name="Bảo"),
        "sept 2025",
    ]) == []


def test_arabic_page_right_to_left():
    document, _ = page("ar")
    assert document.language_used == "ar"
    ar = template("ar", "progress_page")
    assert says(document.pdf, ar["title"], "ar")
    assert says(document.pdf, ar["status"]["on_track"], "ar")
    assert says(document.pdf, ar["status"]["behind"], "ar")
    assert boxes(drawn_runs(document.pdf)) == []
    # The first goal stands at the right, where the reading starts.
    runs = [run for run in drawn_runs(document.pdf) if run.chars.strip() == "90"]
    assert runs and runs[0].x > 300


def test_a_language_without_the_template_is_english_with_the_familys_tagline():
    data = with_goals(sample_handout())
    for link in data.family:
        link.member.preferred_language = "hmn"
    document = render_progress_page(data, "hmn")
    assert document.fallback and document.tagline == "hmn"


def test_the_bilingual_copy():
    data = with_goals(sample_handout())
    document = make_document("progress-page", data, ["es", "en"])
    handout = Handout(document.pdf)
    assert document.language_used == "es+en"
    assert handout.says(ES["title"].format(first_name="Bảo"))
    assert handout.says(en("title"))


@pytest.mark.parametrize("name", ["Łukasz Żółkiewski-Núñez", "محمد علي", "张伟", "प्रिया शर्मा"])
def test_names_in_latin_arabic_chinese_and_devanagari(name):
    data = with_goals(sample_handout())
    data.student.legal_first_name, data.student.legal_last_name = name, ""
    data.student.preferred_name = ""
    data.goals[0] = replace(data.goals[0], area=name)
    assert check("progress-page", data).can_make
    pdf = render_progress_page(data).pdf
    assert boxes(drawn_runs(pdf)) == []
    assert font_problems(pdf) == []


def test_a_goal_in_a_script_no_font_has_is_caught_before_printing():
    data = with_goals(sample_handout())
    data.goals[0] = replace(data.goals[0], text="Read 𓀀 hieroglyphs")
    missing = check("progress-page", data).missing
    assert [(m.field, m.code_point) for m in missing] == [("goal", "U+13000")]


def test_a_teachers_version_of_the_goal_prints_in_the_familys_language():
    from iep_desk.core.typed_text import FieldRef, Translation

    data = with_goals(sample_handout())
    data.translations = {"es": {
        FieldRef("goals", 1, "text"): Translation("Leer en voz alta un texto de su grado.",
                                                  READING_GOAL.text),
        FieldRef("goals", 1, "unit"): Translation("palabras por minuto", READING_GOAL.unit)}}
    handout = Handout(render_progress_page(data, "es").pdf)
    assert handout.says("Leer en voz alta un texto de su grado.")
    assert handout.says("63 palabras por minuto")


def test_goal_sentences_use_babel_numbers():
    decimal = Goal(9, 1, "Math", "Solve problems", unit="points", baseline=1.5,
                   baseline_on=date(2025, 9, 8), target=4.5, target_by=date(2026, 6, 5))
    data = with_goals(sample_handout(), [decimal])
    data.progress_notes = [ProgressNote(1, 9, date(2026, 1, 30), value=3.25)]
    assert Handout(render_progress_page(data, "es").pdf).says("3,25 points")
    assert Handout(render_progress_page(data, "en").pdf).says("3.25 points")

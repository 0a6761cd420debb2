"""Documents in the family's language: every family document in every language with templates,
read back; nothing left in English from the templates, the standard agenda or the ideas for
home; the teacher's own words in her versions; right-to-left layout for Arabic; the bilingual
copy; the tagline for a language without templates; greetings, dates and reading level."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from iep_desk import resources
from iep_desk.core import family_language as fl
from iep_desk.core.readability import reading_grade, supported_languages
from iep_desk.core.typed_text import FAMILY_DOCUMENTS, FieldRef, Translation, typed_texts
from iep_desk.printing import RENDERERS, make_document, render_invitation, wording
from iep_desk.printing.common import greeting, wording_for
from tests.printing.languages import (
    TEMPLATE_LANGUAGES,
    TEMPLATES,
    arabic_template_root,
    english_left,
    family_language_handout,
    says,
    version_marker,
)
from tests.printing.pdf_tools import Handout, boxes, drawn_runs, render_pages
from tests.printing.sample import sample_handout
from tests.printing.test_scripts import contains, harfbuzz_outlines

SHELF = resources.language_shelf()

HELD = {"summary", "thank-you"}
TEMPLATE_FILE = {"invitation": "invitation", "agenda": "agenda", "summary": "summary",
                 "thank-you": "thank_you"}


@pytest.fixture(scope="module")
def in_language():
    """in_language(kind, language) -> (HandoutData, RenderedDocument), made once."""
    cache = {}

    def get(kind: str, language: str):
        if (kind, language) not in cache:
            data = family_language_handout(language, held=kind in HELD)
            cache[kind, language] = (data, RENDERERS[kind](data, language))
        return cache[kind, language]
    return get


def load(language: str, name: str) -> dict:
    return json.loads((TEMPLATES / language / f"{name}.json").read_text("utf-8"))


# -- every document in every language with templates ------------------------------------------------

def test_the_languages_with_templates_include_spanish():
    assert "es" in TEMPLATE_LANGUAGES


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_each_template_language_has_its_agenda_ideas_and_glossary(language):
    """A template language prints its standard agenda, ideas for home and glossary in its
    own words: the files are there, with every key of the English ones."""
    assert set(resources.standard_agenda(language)) == set(resources.standard_agenda("en")), language
    assert set(resources.ideas_for_home(language)) == set(resources.ideas_for_home("en")), language
    assert resources.glossary_file(language) is not None, language


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("kind", FAMILY_DOCUMENTS)
def test_every_document_is_made_in_the_language_with_real_glyphs(kind, language, in_language):
    _, document = in_language(kind, language)
    assert document.language_used == language and not document.fallback
    assert document.tagline is None, "a document in the family's language needs no tagline"
    assert boxes(drawn_runs(document.pdf)) == []
    title = load(language, TEMPLATE_FILE[kind])["document_title"]
    # The title is in the PDF's metadata exactly (the page's text is checked below).
    assert PdfReader(io.BytesIO(document.pdf)).metadata.title.startswith(title)


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("kind", FAMILY_DOCUMENTS)
def test_no_english_from_the_templates_or_the_built_in_lists(kind, language, in_language):
    """Every sentence and phrase of the English templates, standard agenda and ideas for home
    is absent from the document; the teacher's own words print in her versions."""
    data, document = in_language(kind, language)
    assert english_left(document.pdf) == []
    # Her versions of what she typed are what prints (each stand-in is found).
    on_this = {t.ref for t in typed_texts([kind], data.record, data.letterhead, SHELF)}
    assert on_this
    markers = [version_marker(n) for n, t in enumerate(
        typed_texts(FAMILY_DOCUMENTS, data.record, data.letterhead, SHELF)) if t.ref in on_this]
    printed = " ".join(run.chars for run in drawn_runs(document.pdf))
    assert [m for m in markers if m not in printed] == []


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_the_standard_agenda_is_in_the_documents_language(language, in_language):
    _, document = in_language("agenda", language)
    for title in resources.standard_agenda(language).values():
        assert says(document.pdf, title, language), title


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("kind", ["summary", "thank-you"])
def test_the_ideas_for_home_are_in_the_documents_language(kind, language, in_language):
    _, document = in_language(kind, language)
    for text in resources.ideas_for_home(language).values():
        assert says(document.pdf, text, language), text


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_role_names_are_the_templates(language, in_language):
    _, document = in_language("invitation", language)
    roles = load(language, "labels")["roles"]
    for code in ("school_psychologist", "interpreter", "student"):
        assert says(document.pdf, roles[code], language), code


# The agenda's "words you may hear" explains the people on its list as people: the glossary
# entries for the acronyms (LEA, OT, PT) explain a district or a therapy, which read wrongly
# after "District representative:" or "Occupational therapist:".
PEOPLE_EXPLAINED = ("district_representative", "occupational_therapist", "physical_therapist")


@pytest.mark.parametrize("language", ["en", *TEMPLATE_LANGUAGES])
def test_the_agendas_glossary_explains_the_team_members_as_people(language):
    from iep_desk.core.meetings import Participant

    data = family_language_handout(language)
    data.record.participants.append(Participant(7, "Rosa Lindqvist", role="physical_therapist",
                                                response="coming", id=40))
    pdf = RENDERERS["agenda"](data, language).pdf
    labels = load(language, "labels")
    glossary = {entry["term"]: entry["plain"] for entry in json.loads(
        resources.glossary_file(language).read_text("utf-8"))}
    for role in PEOPLE_EXPLAINED:
        # The same words as the invitation's "Why they come" for that person.
        assert says(pdf, labels["role_why"][role], language), role
    if not fl.is_right_to_left(language):  # read back whole only left to right
        text = Handout(pdf).text
        for term in ("LEA", "OT", "PT"):
            # Only the acronym itself, where a page shows it ("... (OT)"), is explained so.
            assert glossary[term] not in text or f"{term}: {glossary[term]}" in text, term


@pytest.mark.parametrize("language", [code for code in ["en", *TEMPLATE_LANGUAGES]
                                      if not fl.is_right_to_left(code)])
def test_no_sentence_ends_with_two_periods(language):
    """A date that ends with a period of its own (Russian "2 марта 2026 г.") at the end of a
    sentence ends it once, in every family document and page. (Read back left to right only:
    an Arabic page's numbers and periods come back out of order.)"""
    import re

    from iep_desk.printing import FAMILY_PAGES
    from tests.printing.sample import with_goals

    for kind in (*FAMILY_DOCUMENTS, *FAMILY_PAGES):
        data = with_goals(family_language_handout(language, held=kind in HELD))
        data.record.meeting.calendar_uid = "7a1c0e52-iep-desk@lincoln.example.org"
        pdf = make_document(kind, data, [language]).pdf
        doubled = re.findall(r"\S*(?<!\.)\.\.(?!\.)", Handout(pdf).text)
        assert doubled == [], (kind, doubled)


@pytest.mark.parametrize("language", ["en", *TEMPLATE_LANGUAGES])
def test_greetings_fit_one_person_or_several_in_every_language(language):
    labels = load(language, "labels")
    data = sample_handout()
    w = wording_for("invitation", data, language)
    two = [p.name for p in data.record.participants if p.family_member_id]
    assert greeting(data, w) == labels["greeting_many"].format(
        names=labels["and_list"].format(first=two[0], last=two[1]))
    data.record.participants = [p for p in data.record.participants
                                if p.family_member_id != 12]
    data.family = data.family[:1]
    assert greeting(data, w) == labels["greeting_one"].format(name=two[0])
    data.record.participants = [p for p in data.record.participants if not p.family_member_id]
    data.family = []
    assert greeting(data, w) == labels["greeting_family"].format(first_name="Bảo")


def test_spanish_greets_one_mother_in_the_singular():
    data = sample_handout()
    data.record.participants = [p for p in data.record.participants if p.family_member_id != 12]
    data.family = data.family[:1]
    handout = Handout(render_invitation(data, "es").pdf)
    assert handout.says("Hola, Nguyễn Thị Ánh:")
    assert not handout.says("Estimados")


@pytest.mark.parametrize("language", [x for x in TEMPLATE_LANGUAGES
                                      if x.split("_")[0] in supported_languages()])
@pytest.mark.parametrize("name", ["invitation", "agenda", "summary", "thank_you"])
def test_reading_level_where_the_language_has_a_measure(language, name):
    """Not harder than grade 8 (the aim is 6 to 8) in the language's own Flesch-style measure."""
    from tests.printing.test_wording import SAMPLE_VALUES, flatten

    texts = flatten(load(language, name))
    sentences = [t.format_map(_Any(SAMPLE_VALUES)) for t in texts.values()
                 if t.rstrip().endswith((".", "?", "!", "。"))]
    grade = reading_grade("\n\n".join(sentences), language)
    assert grade < 9.0, f"{language}/{name}: grade {grade:.1f}"


class _Any(dict):
    def __missing__(self, key):
        return "Maria"


def test_dates_in_a_language_cldr_has_no_month_names_for():
    w = wording.Wording("invitation", "en")
    w.date_words = resources.date_words("ht")
    assert w.date(sample_handout().record.meeting.starts_at) == "madi 17 mas 2026"


# -- what the teacher typed -------------------------------------------------------------------------

def test_a_purpose_in_english_and_in_spanish_prints_on_each_invitation():
    data = sample_handout()
    meeting = data.record.meeting
    data.family[0].member.preferred_language = "es"
    data.translations = {"es": {FieldRef("meetings", meeting.id, "purpose"): Translation(
        "Revisar las metas de lectura de Bảo.", meeting.purpose)}}
    spanish = Handout(render_invitation(data, "es").pdf)
    english = Handout(render_invitation(data, "en").pdf)
    assert spanish.says("Revisar las metas de lectura de Bảo.")
    assert not spanish.says(meeting.purpose)
    assert english.says(meeting.purpose)
    assert not english.says("Revisar las metas")
    # Changed afterwards, the English prints again until the version is brought up to date.
    meeting.purpose = "Look at Bảo's writing goals."
    assert Handout(render_invitation(data, "es").pdf).says("Look at Bảo's writing goals.")


# -- right to left ---------------------------------------------------------------------------------

@pytest.fixture
def arabic(tmp_path, monkeypatch):
    root = arabic_template_root(tmp_path)
    monkeypatch.setattr(wording, "TEMPLATES_DIR", root)
    monkeypatch.setattr(resources, "TEMPLATES_DIR", root)
    return root


def edges(pgm) -> list[tuple[int, int]]:
    """(leftmost, rightmost) inked column of each row of a greyscale page image with ink."""
    data = pgm.read_bytes()
    header = data.split(b"\n", 3)
    width, height = (int(v) for v in header[1].split())
    pixels = header[3]
    rows = []
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        inked = [x for x, value in enumerate(row) if value < 160]
        if inked:
            rows.append((inked[0], inked[-1]))
    return rows


def aligned_side(pgm) -> str:
    """ "right" when more text rows end at the common right edge than start at the common
    left edge, else "left" (ragged on the other side)."""
    rows = edges(pgm)
    lefts = [left for left, _ in rows]
    rights = [right for _, right in rows]

    def share_near_mode(values):
        mode = max(set(values), key=values.count)
        return sum(1 for v in values if abs(v - mode) <= 2) / len(values)

    return "right" if share_near_mode(rights) > share_near_mode(lefts) else "left"


def test_an_arabic_invitation_is_laid_out_right_to_left(arabic, tmp_path):
    data = family_language_handout("ar")
    arabic_pdf = render_invitation(data, "ar").pdf
    english_pdf = render_invitation(data, "en").pdf
    pages_ar = render_pages(arabic_pdf, tmp_path, "ar")
    pages_en = render_pages(english_pdf, tmp_path, "en")
    assert aligned_side(pages_ar[0]) == "right"
    assert aligned_side(pages_en[0]) == "left"
    assert boxes(drawn_runs(arabic_pdf)) == []


def test_an_arabic_tables_columns_are_in_reading_order(arabic):
    """The table of who comes: name, role, why, from the right in Arabic."""
    data = family_language_handout("ar")
    name = "Zoë O'Brien"

    def x_of(pdf, text):
        return min(run.x for run in drawn_runs(pdf) if text in run.chars)

    arabic_pdf = render_invitation(data, "ar").pdf
    english_pdf = render_invitation(data, "en").pdf
    # The name column is the first at the left in English, the last (rightmost) in Arabic.
    roles_en = load("en", "labels")["roles"]
    assert x_of(english_pdf, name) < x_of(english_pdf, roles_en["general_education_teacher"])
    runs = drawn_runs(arabic_pdf)
    name_x = min(run.x for run in runs if name in run.chars)
    # Every other column's text (Arabic) starts left of the names.
    arabic_in_table = [run.x for run in runs if run.page == 1 and run.font.startswith(
        "NotoSansArabic") and abs(run.y - next(r.y for r in runs if name in r.chars)) < 1]
    assert arabic_in_table and max(arabic_in_table) < name_x


def test_an_arabic_letterhead_is_mirrored(arabic):
    data = family_language_handout("ar")
    runs = drawn_runs(render_invitation(data, "ar").pdf)
    school = min(run.x for run in runs if "Lincoln Middle School" in run.chars)
    teacher = min(run.x for run in runs if "(541) 555-0142" in run.chars and run.page == 1)
    assert school > teacher, "the school at the right, the teacher's details at the left"
    english = drawn_runs(render_invitation(data, "en").pdf)
    assert (min(r.x for r in english if "Lincoln Middle School" in r.chars)
            < min(r.x for r in english if "(541) 555-0142" in r.chars and r.page == 1))


def test_the_bilingual_copy_is_arabic_right_to_left_then_english_left_to_right(arabic, tmp_path):
    data = family_language_handout("ar")
    arabic_only = render_invitation(data, "ar", with_tagline=False)
    english_only = render_invitation(data, "en", with_tagline=False)
    both = make_document("invitation", data, ("ar", "en"))
    ar_pages = len(Handout(arabic_only.pdf).pages)
    en_pages = len(Handout(english_only.pdf).pages)
    assert len(Handout(both.pdf).pages) == ar_pages + en_pages
    images = render_pages(both.pdf, tmp_path, "both")
    assert [aligned_side(images[0]), aligned_side(images[ar_pages])] == ["right", "left"]
    english_title = load("en", "invitation")["title"].format(first_name="Bảo")
    assert Handout(both.pdf).pages[ar_pages].find(english_title) >= 0
    assert both.tagline is None


# -- a line in every language ----------------------------------------------------------------------

TAGLINE_FAMILIES = {
    # Hmong: Latin letters, read back as text.
    "hmn": "Hmong",
    # Dari (Persian of Afghanistan): its own tagline, in Arabic script, right to left.
    "fa_AF": "Dari",
    # Amharic: Ethiopic script.
    "am": "Amharic",
}


@pytest.mark.parametrize("code", sorted(TAGLINE_FAMILIES))
@pytest.mark.parametrize("kind", FAMILY_DOCUMENTS)
def test_a_family_without_templates_gets_its_tagline_at_the_top(kind, code):
    data = sample_handout(held=kind in HELD)
    for link in data.family:
        link.member.preferred_language = code
    document = RENDERERS[kind](data, code)
    assert document.language_used == "en" and document.tagline == code
    text = resources.tagline(code, "(541)\u00a0555-0142")
    runs = drawn_runs(document.pdf)
    assert boxes(runs) == []
    first_page = [run for run in runs if run.page == 1]
    if fl.is_right_to_left(code):
        word = text.split()[1]
        assert contains(first_page, harfbuzz_outlines(word, "NotoSansArabic-Bold.ttf"))
        tagline_y = max(r.y for r in first_page if r.font.startswith("NotoSansArabic"))
    else:
        drawn = "".join(run.chars for run in first_page)
        assert text.split()[0] in drawn and "555-0142" in drawn
        tagline_y = max(r.y for r in first_page if text.split()[0] in r.chars)
    # Above the first line of the letter itself (its title, or the thank-you letter's date).
    w = wording.Wording(TEMPLATE_FILE[kind], "en")
    first_line = (w.date(data.today) if kind == "thank-you"
                  else w.text("title", first_name="Bảo"))
    first_line_y = max(r.y for r in first_page if first_line[:15] in r.chars)
    assert tagline_y > first_line_y


def test_the_tagline_follows_the_family_when_the_teacher_chooses_english():
    data = family_language_handout("es")
    document = render_invitation(data, "en")
    assert document.tagline == "es"
    assert Handout(document.pdf).says(resources.tagline("es", "(541)\u00a0555-0142").split(":")[0])


def test_no_tagline_for_an_english_speaking_family():
    data = sample_handout()
    for link in data.family:
        link.member.preferred_language = "en_US"
    assert render_invitation(data, "en").tagline is None


def test_arabic_bullets_stand_at_the_right_of_their_lines(arabic):
    from iep_desk.printing.layout import MARGIN_X, PAPER, mm

    runs = drawn_runs(render_invitation(family_language_handout("ar"), "ar").pdf)
    right_margin = PAPER["letter"][0] - MARGIN_X
    bullets = [run for run in runs if run.chars == "•"]
    assert bullets
    for bullet in bullets:
        # In the 5 mm the list is indented by, at the right; its line's words to its left.
        assert right_margin - 5 * mm <= bullet.x < right_margin, bullet.x
        line = [run for run in runs if run.page == bullet.page and abs(run.y - bullet.y) < 0.5
                and run is not bullet]
        assert line and max(run.x for run in line) < bullet.x


def test_chinese_letters_use_chinese_punctuation_for_labels_and_lists():
    from iep_desk.printing.people import join_names

    data = sample_handout()
    w = wording_for("invitation", data, "zh_Hans")
    assert join_names(["王小明", "李华", "张伟"], w).startswith("王小明、李华")
    handout = Handout(render_invitation(data, "zh_Hans").pdf)
    label = load("zh_Hans", "invitation")["label_date"]
    assert handout.says(f"{label}：")
    assert not handout.says(f"{label}: ")
    # Elsewhere the usual comma, and the translator's own "and".
    english = wording_for("invitation", data, "en")
    assert join_names(["Ana", "Omar", "Lin"], english) == "Ana, Omar and Lin"


def test_the_arabic_running_head_keeps_the_name_and_the_date_apart():
    # Page 2's running head, right to left: school, title, the student's name (in Latin
    # letters), the date. The date's runs are drawn left of the name, none of them between the
    # name's words (a shared left-to-right run once put "17" after the name and "2026/03/"
    # before it).
    data = sample_handout()
    runs = [r for r in drawn_runs(render_invitation(data, "ar").pdf) if r.page == 2]
    top = max(r.y for r in runs)
    head = sorted((r for r in runs if abs(r.y - top) < 1), key=lambda r: r.x)
    texts = [r.chars for r in head]
    name = data.student.display_name
    name_x = min(r.x for r in head if r.chars.strip() and r.chars.strip() in name)
    digits = [r for r in head if any(ch.isdigit() for ch in r.chars)]
    assert digits and all(r.x < name_x for r in digits), texts

"""What every one of the five documents must do: fonts, scripts, privacy, languages, pages."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from iep_desk.printing import FAMILY_DOCUMENTS, RENDERERS
from tests.printing.conftest import render, template
from tests.printing.pdf_tools import (
    Handout,
    font_problems,
    ink_fraction,
    render_pages,
    text_lines,
)
from tests.printing.sample import (
    AGENDA,
    FAMILY_NAMES,
    PRIVATE_TEXTS,
    TEAM,
    TIP_TEXT,
    sample_handout,
)

ALL = list(RENDERERS)
TEMPLATE_NAME = {"invitation": "invitation", "agenda": "agenda", "prep-sheet": "prep_sheet",
                 "summary": "summary", "thank-you": "thank_you"}
# Names in Latin with Vietnamese diacritics, Latin with a diaeresis, Cyrillic and Greek.
SCRIPT_NAMES = ("Nguyễn Thị Ánh", "Trần Văn Đức", "Zoë O'Brien", "Анастасия Петрова")
GREEK_NAME = "Γιώργος Παπαδόπουλος"


def test_the_sample_is_the_size_the_issue_names():
    data = sample_handout()
    assert len(data.record.participants) == 12
    assert len(data.record.agenda) == len(AGENDA) == 12


@pytest.mark.parametrize("kind", ALL)
def test_each_page_renders_to_a_non_blank_image(kind, rendered, tmp_path):
    document, handout = rendered(kind)
    images = render_pages(document.pdf, tmp_path, kind)
    assert len(images) == len(handout.pages) >= 1
    for image in images:
        assert ink_fraction(image) > 0.003, f"{image.name} is blank"


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", ALL)
def test_only_embedded_truetype_fonts(kind, language, rendered):
    document, _ = rendered(kind, language)
    assert font_problems(document.pdf) == []


@pytest.mark.parametrize("kind", ALL)
def test_names_in_every_script_come_back_intact(kind, rendered):
    _, handout = rendered(kind)
    # The thank-you letter names the family and the teacher who signs it.
    expected = SCRIPT_NAMES[:2] + (SCRIPT_NAMES[3],) if kind == "thank-you" else SCRIPT_NAMES
    assert handout.missing(expected) == []
    if kind in ("invitation", "agenda", "prep-sheet", "summary"):
        assert handout.says(GREEK_NAME)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", FAMILY_DOCUMENTS)
def test_private_texts_never_reach_a_family_document(kind, language, rendered):
    document, handout = rendered(kind, language)
    for private in PRIVATE_TEXTS:
        # Neither the whole text nor its unique tag ("tip-xq7") may appear anywhere.
        tag = private.rsplit("(", 1)[1].rstrip(")")
        assert not handout.says(private) and tag not in handout.text, (kind, private)
        assert tag.encode() not in document.pdf


def test_the_private_texts_are_on_the_prep_sheet(rendered):
    _, handout = rendered("prep-sheet")
    assert handout.missing(PRIVATE_TEXTS) == []


@pytest.mark.parametrize("kind", ALL)
def test_spanish_document_has_spanish_words_and_dates(kind, rendered):
    document, handout = rendered(kind, "es")
    assert document.language_used == "es" and not document.fallback
    spanish = template("es", TEMPLATE_NAME[kind])
    english = template("en", TEMPLATE_NAME[kind])
    assert handout.says(spanish["document_title"]) or handout.says(
        spanish.get("title", "").split("{")[0].strip())
    # Every heading is the Spanish one, none the English one.
    for key in (k for k in spanish if k.startswith("heading_")):
        if handout.says(english[key]) or handout.says(spanish[key]):
            assert handout.says(spanish[key]) and not handout.says(english[key]), key
    # The meeting's date as Babel writes it in Spanish (17 March 2026 was a Tuesday).
    assert handout.says("17 de marzo de 2026")
    assert not handout.says("March 17, 2026")


@pytest.mark.parametrize("kind", ALL)
def test_a_language_without_templates_falls_back_to_english(kind, rendered):
    document = render(kind, "hmn")  # Hmong: no templates
    english, _ = rendered(kind, "en")
    assert document.language_used == "en" and document.fallback
    assert document.pdf == english.pdf  # exactly the English document
    assert not english.fallback


@pytest.mark.parametrize("kind", FAMILY_DOCUMENTS)
def test_letterhead_on_every_family_document(kind, rendered):
    _, handout = rendered(kind)
    first = handout.pages[0]
    for line in ("Lincoln Middle School", "200 Elm Street", "Springfield, OR 97477",
                 "Анастасия Петрова", "(541) 555-0142", "a.petrova@lincoln.example.org"):
        assert line in first, (kind, line)


def test_the_prep_sheet_carries_no_letterhead_but_is_marked_confidential_on_every_page(rendered):
    _, handout = rendered("prep-sheet")
    assert len(handout.pages) >= 2
    for page in handout.pages:
        assert "Confidential: not for distribution" in page
    assert "200 Elm Street" not in handout.text


@pytest.mark.parametrize("paper, size", [("letter", (612, 792)), ("a4", (595, 842))])
@pytest.mark.parametrize("kind", ALL)
def test_letter_or_a4(kind, paper, size):
    document = render(kind, paper=paper)
    reader = PdfReader(io.BytesIO(document.pdf))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_page_numbers_only_on_documents_longer_than_a_page(rendered):
    _, agenda = rendered("agenda")
    assert len(agenda.pages) == 2
    assert "Page 1 of 2" in agenda.pages[0] and "Page 2 of 2" in agenda.pages[1]
    _, letter = rendered("thank-you")
    assert len(letter.pages) == 1
    assert "Page 1 of 1" not in letter.text and "Page " not in letter.text
    _, spanish = rendered("agenda", "es")
    assert "Página 1 de 2" in spanish.pages[0]


@pytest.mark.parametrize("kind", ["invitation", "agenda", "prep-sheet", "summary"])
def test_long_lists_flow_across_pages_without_overlapping(kind):
    data = sample_handout(held=kind == "summary")
    template_person = data.record.participants[3]
    for n in range(60):
        data.record.participants.append(type(template_person)(
            7, f"Helper Number {n:02d} Дмитрий", role="other", attendance="present"
            if kind == "summary" else None, id=100 + n))
    document = RENDERERS[kind](data)
    handout = Handout(document.pdf)
    assert len(handout.pages) >= 3
    assert handout.missing([f"Helper Number {n:02d} Дмитрий" for n in range(60)]) == []
    total = len(handout.pages)
    for number, page in enumerate(handout.pages, start=1):
        assert f"Page {number} of {total}" in page
    assert overlapping_lines(document.pdf) == []


def overlapping_lines(pdf: bytes) -> list[str]:
    """Lines of text whose boxes overlap another's on the same page."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from iep_desk.printing.fonts import REGULAR, register_fonts

    register_fonts()
    found = []
    for number, lines in enumerate(text_lines(pdf), start=1):
        boxes = [(x, y - 0.2 * size, x + stringWidth(text, REGULAR, size), y + 0.75 * size, text)
                 for x, y, size, text in lines]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    found.append(f"page {number}: {a[4]!r} overlaps {b[4]!r}")
    return found


def test_team_names_are_all_on_the_agenda_without_titles(rendered):
    _, handout = rendered("agenda")
    assert handout.missing(FAMILY_NAMES) == []
    assert handout.missing(["Priya Raman", "Ingrid Solberg"]) == []
    assert not handout.says("Dr. Priya") and not handout.says("Mrs.")
    assert len(TEAM) + len(FAMILY_NAMES) + 1 == 12
    assert TIP_TEXT not in handout.text


def test_the_overlap_check_finds_overlapping_text():
    from reportlab.pdfgen.canvas import Canvas

    from iep_desk.printing.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(100, 700, "First line of text")
    canvas.drawString(110, 704, "Second line on top")
    canvas.drawString(100, 600, "Alone down here")
    canvas.showPage()
    canvas.save()
    found = overlapping_lines(buffer.getvalue())
    assert len(found) == 1 and "First line" in found[0]

"""Tables in the handouts: rows kept whole across pages under a repeated header, a row taller
than a page cut between lines, nothing lost."""

from __future__ import annotations

from iep_desk.printing.layout import PageFurniture, build_pdf, make_styles, mm, table
from tests.printing.pdf_tools import page_texts, text_lines

FURNITURE = PageFurniture(letterhead=None, running_head="Grid test", page_of="Page {page} of {pages}")


def test_a_long_table_repeats_its_header_and_keeps_rows_whole():
    styles = make_styles()
    rows = [[f"Person {n:03d}", "Speech and language therapist",
             f"Reason {n:03d}: works with the student every week and knows the goals well."]
            for n in range(1, 91)]
    pdf = build_pdf([table(["Name", "Role", "Why they come"], rows, [40 * mm, 50 * mm, 80 * mm],
                           styles)], FURNITURE, "letter", title="Grid")
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for text in pages:
        assert text.count("Why they come") == 1  # the header, once on every page
    everything = " ".join(pages)
    for n in range(1, 91):
        assert f"Person {n:03d}" in everything
        # The row's wrapped reason is on the same page as its name.
        page = next(t for t in pages if f"Person {n:03d}" in t)
        assert f"Reason {n:03d}:" in page and "goals well." in page
    # Rows appear in order, top to bottom, page after page.
    order = [line[3] for lines in text_lines(pdf) for line in lines if line[3].startswith("Person")]
    assert order == sorted(order) and len(order) == 90


def test_a_row_taller_than_a_page_is_cut_between_lines():
    styles = make_styles()
    long_note = " ".join(f"Sentence {n:03d} about the plan." for n in range(1, 400))
    pdf = build_pdf([table(["When", "Note"], [["Monday", long_note], ["Tuesday", "Short"]],
                           [30 * mm, 140 * mm], styles)], FURNITURE, "a4", title="Grid")
    pages = page_texts(pdf)
    assert len(pages) >= 2
    everything = " ".join(pages)
    for n in range(1, 400):
        assert f"{n:03d} about" in everything  # a line may end after "Sentence"
    assert all(text.count("Note") >= 1 for text in pages)
    assert "Tuesday" in pages[-1]

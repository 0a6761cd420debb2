"""PDF handouts: one reportlab renderer per document; core objects in, PDF bytes out. No Qt.

Each renderer is `render_X(data: HandoutData, language: str = "en", *, with_tagline=True)
-> RenderedDocument`; `make_document(kind, data, languages)` makes one in several languages
in one PDF (the bilingual copy). The family documents (invitation, agenda, summary,
thank-you letter) take their words from resources/templates/<language>/, the standard
agenda, ideas for home and glossary from the language's resources, and the teacher's own
words from her family-language versions (HandoutData.translations); a document not in the
family's language starts with the family's tagline. Arabic, Hebrew, Persian and Urdu
documents are laid out right to left. The prep sheet is for the case manager alone.

The meeting's substance (FAMILY_PAGES, with the same signature): the family preparation
sheet on paper and as a fillable PDF (read a returned one with `read_returned_form`), and
the family's progress page. `render_iep_at_a_glance(data, language)` makes the confidential
page for the staff; it is no family document and make_document cannot make it.
Which languages to make, and what to tell the teacher first, is core.handout_language's.
Before making one, ask `check(kind, data)`: whether the document fits the meeting and
every character it prints is in a shipped font (codes and values; the caller words them).
"""

from iep_desk.printing.agenda import render_agenda
from iep_desk.printing.coverage import MissingCharacter, Preflight, check
from iep_desk.printing.documents import FAMILY_PAGES, RENDERERS, join_pdfs, make_document
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.iep_at_a_glance import render_iep_at_a_glance
from iep_desk.printing.invitation import render_invitation
from iep_desk.printing.layout import TooLongForAPage
from iep_desk.printing.prep_sheet import render_prep_sheet
from iep_desk.printing.preparation_form import FormProblem, ReturnedForm, read_returned_form
from iep_desk.printing.preparation_sheet import (
    render_fillable_preparation_sheet,
    render_preparation_sheet,
)
from iep_desk.printing.progress_page import render_progress_page
from iep_desk.printing.summary import render_summary
from iep_desk.printing.thank_you import render_thank_you
from iep_desk.printing.wording import TemplateError, available_languages

# The ones a family may see; the prep sheet and the IEP at a glance never leave the school.
FAMILY_DOCUMENTS = ("invitation", "agenda", "summary", "thank-you", *FAMILY_PAGES)

__all__ = [
    "FAMILY_DOCUMENTS",
    "FAMILY_PAGES",
    "RENDERERS",
    "FormProblem",
    "HandoutData",
    "MissingCharacter",
    "Preflight",
    "RenderedDocument",
    "ReturnedForm",
    "TemplateError",
    "TooLongForAPage",
    "available_languages",
    "check",
    "join_pdfs",
    "make_document",
    "read_returned_form",
    "render_agenda",
    "render_fillable_preparation_sheet",
    "render_iep_at_a_glance",
    "render_invitation",
    "render_prep_sheet",
    "render_preparation_sheet",
    "render_progress_page",
    "render_summary",
    "render_thank_you",
]

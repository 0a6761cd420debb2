"""PDF handouts: one reportlab renderer per document; core objects in, PDF bytes out. No Qt.

Each renderer is `render_X(data: HandoutData, language: str = "en", *, with_tagline=True)
-> RenderedDocument`; `make_document(kind, data, languages)` makes one in several languages
in one PDF (the bilingual copy). The family documents (invitation, agenda, summary,
thank-you letter) take their words from resources/templates/<language>/, the standard
agenda, ideas for home and glossary from the language's resources, and the teacher's own
words from her family-language versions (HandoutData.translations); a document not in the
family's language starts with the family's tagline. Arabic, Hebrew, Persian and Urdu
documents are laid out right to left. The prep sheet is for the case manager alone.
Which languages to make, and what to tell the teacher first, is core.handout_language's.
Before making one, ask `check(kind, data)`: whether the document fits the meeting and
every character it prints is in a shipped font (codes and values; the caller words them).
"""

from iep_desk.printing.agenda import render_agenda
from iep_desk.printing.coverage import MissingCharacter, Preflight, check
from iep_desk.printing.documents import RENDERERS, join_pdfs, make_document
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.invitation import render_invitation
from iep_desk.printing.prep_sheet import render_prep_sheet
from iep_desk.printing.summary import render_summary
from iep_desk.printing.thank_you import render_thank_you
from iep_desk.printing.wording import TemplateError, available_languages

# The ones a family may see; the prep sheet never leaves the case manager.
FAMILY_DOCUMENTS = ("invitation", "agenda", "summary", "thank-you")

__all__ = [
    "FAMILY_DOCUMENTS",
    "RENDERERS",
    "HandoutData",
    "MissingCharacter",
    "Preflight",
    "RenderedDocument",
    "TemplateError",
    "available_languages",
    "check",
    "join_pdfs",
    "make_document",
    "render_agenda",
    "render_invitation",
    "render_prep_sheet",
    "render_summary",
    "render_thank_you",
]

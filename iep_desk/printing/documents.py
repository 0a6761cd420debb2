"""A document in one language or two: the bilingual copy is the family's language, then the
English, in one PDF.

Each part is a whole letter of its own (its letterhead, its page numbers), laid out in its
own direction: the Arabic part right to left, the English part left to right. The English
part of a bilingual copy carries no tagline: the family's language comes first.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter

from iep_desk.printing.agenda import render_agenda
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.invitation import render_invitation
from iep_desk.printing.prep_sheet import render_prep_sheet
from iep_desk.printing.preparation_sheet import (
    render_fillable_preparation_sheet,
    render_preparation_sheet,
)
from iep_desk.printing.progress_page import render_progress_page
from iep_desk.printing.summary import render_summary
from iep_desk.printing.thank_you import render_thank_you

# The meeting's documents by the names the command line and the app use for them (the
# planner's buttons and `iep-desk print` offer exactly these).
RENDERERS = {
    "invitation": render_invitation,
    "agenda": render_agenda,
    "prep-sheet": render_prep_sheet,
    "summary": render_summary,
    "thank-you": render_thank_you,
}
# The family's pages of the meeting's substance (issue 17), each in the family's language
# with the tagline like the documents above. Kept apart from RENDERERS until the app and
# the command line offer them (their lists of kinds must match RENDERERS).
FAMILY_PAGES = {
    "preparation-sheet": render_preparation_sheet,
    "fillable-preparation-sheet": render_fillable_preparation_sheet,
    "progress-page": render_progress_page,
}
# Every renderer make_document may use. The IEP at a glance is not among them: it is
# for the staff alone, made in the teacher's language with render_iep_at_a_glance.
_MAKEABLE = {**RENDERERS, **FAMILY_PAGES}


def join_pdfs(parts: Sequence[bytes]) -> bytes:
    """One PDF holding every page of each part, in order."""
    if len(parts) == 1:
        return parts[0]
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_document(kind: str, data: HandoutData, languages: Sequence[str]) -> RenderedDocument:
    """`kind` in each of `languages` (template folders or family codes), one after the other
    in one PDF. With one language this is the renderer itself. `kind` is a key of RENDERERS
    or FAMILY_PAGES (KeyError otherwise)."""
    render = _MAKEABLE[kind]
    parts = [render(data, language, with_tagline=index == 0)
             for index, language in enumerate(languages)]
    if len(parts) == 1:
        return parts[0]
    return RenderedDocument(pdf=join_pdfs([part.pdf for part in parts]),
                            language_used="+".join(part.language_used for part in parts),
                            fallback=any(part.fallback for part in parts),
                            tagline=parts[0].tagline)

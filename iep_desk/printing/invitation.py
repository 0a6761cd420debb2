"""Document 1: the meeting invitation (the notice the law asks for, 34 CFR 300.322(b)).

It holds every element of a notice: purpose; date, start and end time; the place
or how to join by phone or video; who will attend, by name and role, with why
each comes; that the family may bring anyone who knows the child; the
interpreter, transport and childcare help; the papers to read; how to reply
and whom to contact; and for a transition meeting, that purpose, that the
student is invited and which outside agencies are.
"""

from __future__ import annotations

from iep_desk.core.typed_text import DOCUMENTS_SENT, FieldRef, documents_sent
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import (
    Spacer,
    bullets,
    labelled,
    mm,
    p,
    section,
    signature_block,
    table,
)
from iep_desk.printing.people import (
    invited,
    join_names,
    role_code,
    role_label,
    same_formality,
    why_they_come,
)
from iep_desk.printing.wording import Wording

DOCUMENT = "invitation"


def render_invitation(data: HandoutData, language: str = "en", *,
                      with_tagline: bool = True) -> RenderedDocument:
    """The invitation in `language` (a template folder or a family's code); a document not in
    the family's language starts with the family's tagline unless `with_tagline` is False."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    meeting = data.record.meeting
    first = data.student.first_name
    story, tagline = common.tagline(data, w, s) if with_tagline else ([], None)
    story += [p(w.text("title", first_name=first), s.title),
                   p(common.greeting(data, w), s.body),
                   p(w.text("intro", first_name=first), s.body)]

    # Purpose: the type's sentence in the family's words, then the teacher's own note.
    purposes = w.texts.get("purposes") or {}
    kind = meeting.meeting_type if meeting.meeting_type in purposes else "other"
    purpose = [p(w.text_in("purposes", kind, first_name=first), s.body)]
    if meeting.purpose.strip():
        purpose.append(p(w.text("purpose_note", purpose=common.typed(
            data, w, FieldRef("meetings", meeting.id, "purpose"), meeting.purpose.strip())),
            s.body))
    story += section(w.text("heading_purpose"), purpose, s)

    if meeting.is_transition or meeting.meeting_type == "transition":
        agencies = [same_formality(x.name) for x in invited(data) if role_code(x, data) == "agency"]
        block = [p(w.text("transition_purpose", first_name=first), s.body),
                 p(w.text("transition_student_invited", first_name=first), s.body)]
        if agencies:
            block.append(p(w.text("transition_agencies", agencies=join_names(agencies, w)), s.body))
        story += section(w.text("heading_transition"), block, s)

    when_where = [
        labelled(w.text("label_date"), w.date(meeting.starts_at), s.body, w.language),
        labelled(w.text("label_time"), common.time_range(meeting, w), s.body, w.language),
        labelled(w.label("place_kinds", meeting.place_kind), common.place(data, w), s.body,
                 w.language),
    ]
    if common.in_person(meeting):  # a phone or video meeting already says how to join
        when_where.append(p(w.text("remote_offer"), s.body))
    story += section(w.text("heading_when_where"), when_where, s)

    width = common.frame_width(data.paper)
    rows = [[same_formality(x.name), role_label(x, data, w), why_they_come(x, data, w)]
            for x in invited(data)]
    # "...so that we can prepare enough seats and copies": a phone or video meeting has none.
    bring_others = "bring_others" if common.in_person(meeting) else "bring_others_remote"
    # Names are short and "why they come" is a sentence: most of the width goes to it, and
    # the rows are compact, so that an invitation to a meeting of twelve fits two pages in
    # every language (tests/printing/test_invitation_pages.py).
    who = [table([w.text("col_name"), w.text("col_role"), w.text("col_why")], rows,
                 [0.22 * width, 0.23 * width, 0.55 * width], s, bold_first_column=True,
                 compact=True),
           Spacer(1, 1 * mm), p(w.text(bring_others, first_name=first), s.body)]
    story += section(w.text("heading_who"), who, s)

    story += section(w.text("heading_help"), bullets(_help_lines(data, w), s.bullet), s)

    papers: list = []
    sent = _papers_sent(data, w)
    if sent:
        papers.append(p(w.text("documents_enclosed"), s.body))
        papers += bullets(sent, s.bullet)
    else:
        papers.append(p(w.text("documents_none"), s.body))
    papers.append(p(w.text("iep_copy", first_name=first), s.body))
    story += section(w.text("heading_documents"), papers, s)

    contact = common.contact_name(data)
    reply = [p(w.text("reply", contact_name=contact), s.body)]
    reply += common.contact_lines(data, s, w)
    reply.append(p(w.text("questions_ahead"), s.body))
    story += section(w.text("heading_reply"), reply, s)

    story.append(Spacer(1, 2 * mm))
    signature = signature_block(common.letterhead_for(data, w), w.text("sign_off"), s,
                                closing=w.text("closing"), with_contacts=False)
    story += common.reply_slip(data, w, s, contact, keep_with=signature)

    pdf = common.build(story, data, w, title=w.text("document_title"), s=s)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback,
                            tagline=tagline)


def _papers_sent(data: HandoutData, w) -> list[str]:
    """The papers sent ahead, from the teacher's version of the note in the document's
    language when she gave one."""
    for tick in data.record.checklist:
        if tick.item == DOCUMENTS_SENT and tick.id is not None and tick.note.strip():
            note = common.typed(data, w, FieldRef("checklist_ticks", tick.id, "note"), tick.note)
            if note != tick.note:
                return documents_sent(note)
    return list(data.documents_for_review)


def _help_lines(data: HandoutData, w: Wording) -> list[str]:
    """Interpreter, transport and childcare: said to be arranged only when the
    before-the-meeting checklist says so, offered otherwise (the law requires the
    interpreter; the sources ask for the rest).

    The interpreter is arranged when "Booked an interpreter" is ticked. Help with getting
    there or with children is arranged when "Offered help with getting there or with looking
    after children" is ticked and the family's need for it is on file (the offer was taken up);
    without the tick, it is offered. A meeting by phone or video needs no travel: no line
    about getting there.
    """
    ticked = {tick.item for tick in data.record.checklist}
    members = [link.member for link in data.family]
    interpreter = "interpreter_arranged" in ticked
    help_talked_about = "transport_childcare_offered" in ticked
    transport = help_talked_about and any(m.transport_needs.strip() for m in members)
    childcare = help_talked_about and any(m.childcare_needs.strip() for m in members)
    lines = [w.text("interpreter_arranged" if interpreter else "interpreter_offer")]
    if common.in_person(data.record.meeting):
        lines.append(w.text("transport_arranged" if transport else "transport_offer"))
    lines.append(w.text("childcare_arranged" if childcare else "childcare_offer"))
    return lines

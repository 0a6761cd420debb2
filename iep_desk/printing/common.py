"""Pieces more than one document prints: times, greetings, the contact block, the reply slip,
the build."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from iep_desk import resources
from iep_desk.core import family_language as fl
from iep_desk.core.handout_rules import reply_by
from iep_desk.core.letterhead import Letterhead
from iep_desk.core.meetings import AgendaItem, HomeSuggestion, Meeting, PlaceKind
from iep_desk.core.typed_text import LETTERHEAD_TITLE, FieldRef, current
from iep_desk.printing.fonts import REGULAR
from iep_desk.printing.handout_data import HandoutData
from iep_desk.printing.layout import (
    MARGIN_X,
    PAPER,
    RULE,
    SHADE,
    PageFurniture,
    Styles,
    build_pdf,
    make_styles,
    mm,
    p,
    rule,
)
from iep_desk.printing.paragraph import Text
from iep_desk.printing.people import family_names, invited, join_names, role_code, same_formality
from iep_desk.printing.wording import Wording


def wording_for(document: str, data: HandoutData, language: str) -> Wording:
    """The document's words in `language`, with the names every sentence may use filled in."""
    w = Wording(document, language)
    w.context.update(
        first_name=data.student.first_name,
        student_name=data.student.display_name,
        contact_name=contact_name(data),
        school_name=data.letterhead.school_name.strip(),
        teacher_name=same_formality(data.letterhead.teacher_name),
    )
    return w


def styles_for(w: Wording) -> Styles:
    """The styles of a document in w's language: right to left for Arabic, Hebrew, Persian,
    Urdu..."""
    return make_styles(rtl=w.right_to_left)


# -- the teacher's own words, in the document's language -------------------------------------------

def typed(data: HandoutData, w: Wording, ref: FieldRef, text: str) -> str:
    """What the teacher typed at `ref`, in the document's language when she gave a version
    in it (and has not changed the text since); else as typed."""
    if w.language == fl.ENGLISH:
        return text
    return current(data.translations.get(w.language, {}).get(ref), text) or text


def letterhead_for(data: HandoutData, w: Wording) -> Letterhead:
    """The letterhead with the teacher's title in the document's language."""
    head = data.letterhead
    title = typed(data, w, LETTERHEAD_TITLE, head.teacher_title.strip())
    return head if title == head.teacher_title else replace(head, teacher_title=title)


def agenda_title(data: HandoutData, w: Wording, item: AgendaItem) -> str:
    """An item of the standard agenda (not renamed) in the document's language; an item from
    the family's questions as the question; any other as the teacher typed it."""
    if resources.is_standard_agenda_title(item.template_key, item.title):
        return resources.standard_agenda(w.language).get(item.template_key) or item.title
    for question in data.record.questions:
        if question.id == item.family_question_id and question.text.strip() == item.title.strip():
            return typed(data, w, FieldRef("family_questions", question.id, "text"), item.title)
    return typed(data, w, FieldRef("agenda_items", item.id, "title"), item.title)


def idea_text(data: HandoutData, w: Wording, idea: HomeSuggestion) -> str:
    """A built-in idea for home in the document's language; the teacher's own as typed."""
    if idea.key:
        return resources.ideas_for_home(w.language).get(idea.key) or idea.text
    return typed(data, w, FieldRef("home_suggestions", idea.id, "text"), idea.text)


def place(data: HandoutData, w: Wording) -> str:
    meeting = data.record.meeting
    text = meeting.place.strip()
    if not text:
        return w.common("not_set")
    if meeting.place_kind != "room":  # a phone number or a link reads the same in every language
        return text
    return typed(data, w, FieldRef("meetings", meeting.id, "place"), text)


# -- the line in the family's language ------------------------------------------------------------

def tagline_language(data: HandoutData, w: Wording) -> str | None:
    """The family's tagline language when this document is not in the family's language."""
    code = data.family_language
    if fl.is_english(code) or resources.template_language(code) == w.language:
        return None
    return resources.tagline_language(code)


def tagline(data: HandoutData, w: Wording, s: Styles) -> tuple[list, str | None]:
    """The tagline block for the top of the first page (in the family's language and
    direction, on a shaded band), and its language; nothing when none is needed or known."""
    language = tagline_language(data, w)
    if language is None:
        return [], None
    head = data.letterhead
    # The number to call: the letterhead's phone, else its email, on one line.
    contact = " ".join((head.phone.strip() or head.email.strip()).split()).replace(" ", "\u00a0")
    text = resources.tagline(language, contact)
    if text is None:
        return [], None
    cell = Text([(text, True)], s.cell, rtl=fl.is_right_to_left(language))
    band = Table([[cell]], colWidths=[frame_width(data.paper)], hAlign="CENTER",
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                   ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                                   ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [band, Spacer(1, 2 * mm)], language


def frame_width(paper: str) -> float:
    return PAPER.get(paper, PAPER["letter"])[0] - 2 * MARGIN_X


def time_range(meeting: Meeting, w: Wording) -> str:
    """ "3:30 PM to 4:30 PM" in the language; "not set yet" without a start."""
    if meeting.starts_at is None:
        return w.common("not_set")
    return w.common("time_range", start=w.time(meeting.starts_at), end=w.time(meeting.ends_at))


def item_times(meeting: Meeting, minutes: list[int]) -> list[tuple[datetime, datetime] | None]:
    """Start and end of each agenda item, one after the other from the meeting's start."""
    if meeting.starts_at is None:
        return [None for _ in minutes]
    spans: list[tuple[datetime, datetime] | None] = []
    at = meeting.starts_at
    for length in minutes:
        end = at + timedelta(minutes=max(0, length))
        spans.append((at, end))
        at = end
    return spans


def greeting(data: HandoutData, w: Wording) -> str:
    """ "Dear Nasra Ahmed," for one person, "Dear A and B," for several, and the family of the
    child when no one is named; the words are the template's (labels.json), so no language
    has to guess anyone's gender."""
    names = family_names(data)
    if not names:
        return w.common("greeting_family")
    if len(names) == 1:
        return w.common("greeting_one", name=names[0])
    return w.common("greeting_many", names=join_names(names, w))


def contact_name(data: HandoutData) -> str:
    """Whom the family contacts: the letterhead's teacher, else the special-education teacher."""
    if data.letterhead.teacher_name.strip():
        return same_formality(data.letterhead.teacher_name)
    for person in invited(data):
        if role_code(person, data) in ("special_education_teacher", "case_manager"):
            return same_formality(person.name)
    return data.letterhead.school_name.strip()


def contact_line(data: HandoutData, s: Styles, w: Wording) -> list:
    """The contact's name, title, phone and email as one paragraph (none when all are
    blank), for a block the caller keeps together with what introduces it."""
    head = letterhead_for(data, w)
    # The phone number's spaces do not break: "(541) 555-0142 ext. 2231" stays on one line.
    phone = " ".join(head.phone.split()).replace(" ", "\u00a0")
    parts = [v.strip() for v in (contact_name(data), head.teacher_title, phone, head.email)
             if v and v.strip()]
    return [p(" · ".join(parts), s.body)] if parts else []


def contact_lines(data: HandoutData, s: Styles, w: Wording) -> list:
    """contact_line as one block that never splits. Not for use inside another
    KeepTogether: reportlab's KeepTogether reports a huge height to force a split, so one
    inside another always starts a new page."""
    line = contact_line(data, s, w)
    return [KeepTogether(line)] if line else []


def in_person(meeting: Meeting) -> bool:
    """Whether the family comes to a room (not a meeting by phone or video call)."""
    return meeting.place_kind == PlaceKind.ROOM


def reply_slip(data: HandoutData, w: Wording, s: Styles, contact: str, *,
               keep_with: list | None = None) -> list:
    """A form the family can cut off and send back: coming, joining by phone or video (for a
    meeting in a room), or another time; who will come with them; their name and phone; by
    when and how to return it.

    The slip never stands alone on a page: `keep_with` (the letter's closing and signature)
    is kept on one page with it, so a slip that does not fit below the letter takes the
    letter's end along to the next page."""
    meeting = data.record.meeting
    by = (reply_by(meeting.starts_at.date(), data.today, data.closed_days)
          if meeting.starts_at is not None else None)
    box = "☐"
    blank = "_" * 30
    # A family joining by phone or video does not come or bring anyone: it takes part.
    remote = "" if in_person(meeting) else "_remote"
    lines = [
        # Bold, without a heading's space above: the cut line just above sets the slip apart.
        Text([(w.text("slip_title", contact_name=contact), True)], s.body),
        p(w.text("slip_return_by", date=w.date(by)) if by else w.text("slip_return_soon"),
          s.body),
        p(w.text("slip_student", student_name=data.student.display_name), s.cell),
        p(f"{box}  {w.text('slip_coming' + remote)}", s.cell),
        *([p(f"{box}  {w.text('slip_remote')}", s.cell)] if not remote else []),
        p(f"{box}  {w.text('slip_other_time')}", s.cell),
        Spacer(1, 2 * mm),
        p(f"{w.text('slip_bringing' + remote)} {blank * 2}", s.cell),
        Spacer(1, 2 * mm),
        p(f"{w.text('slip_parent_name')} {blank}   {w.text('slip_phone')} {blank}", s.cell),
        Spacer(1, 2 * mm),
        p(f"{w.text('slip_signature')} {blank}", s.cell),
        Spacer(1, 1 * mm),
        p(w.text("slip_how_to_return", contact_name=contact), s.small),
    ]
    cut = rule(frame_width(data.paper), dashed=True, thickness=0.8, color=RULE, after=1 * mm)
    return [KeepTogether([*(keep_with or []), Spacer(1, 2 * mm), cut, *lines])]


def running_head(data: HandoutData, w: Wording, title: str) -> tuple[str, ...]:
    """The running head's parts, the one to drop first first: school, title, student, date."""
    meeting = data.record.meeting
    return (data.letterhead.school_name.strip(), title, data.student.display_name,
            w.short_date(meeting.starts_at))


def build(story: list, data: HandoutData, w: Wording, *, title: str,
          family_document: bool = True, banner: str | None = None, s: Styles | None = None) -> bytes:
    furniture = PageFurniture(
        letterhead=letterhead_for(data, w) if family_document else None,
        running_head=running_head(data, w, title),
        page_of=w.common_template("page_of"),
        banner=banner,
        rtl=bool(s and s.rtl),
        number=w.number,
    )
    return build_pdf(story, furniture, data.paper, title=f"{title}: {data.student.display_name}",
                     author=data.letterhead.teacher_name)

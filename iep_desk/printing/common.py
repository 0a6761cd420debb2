"""Pieces more than one document prints: times, greetings, the contact block, the reply slip,
the build."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.platypus import KeepTogether, Spacer

from iep_desk.core.handout_rules import reply_by
from iep_desk.core.meetings import Meeting
from iep_desk.printing.handout_data import HandoutData
from iep_desk.printing.layout import (
    MARGIN_X,
    PAPER,
    RULE,
    PageFurniture,
    Styles,
    build_pdf,
    mm,
    p,
    rule,
)
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
    spans = []
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


def contact_lines(data: HandoutData, s: Styles) -> list:
    """The contact's name, title, phone and email as one block that never splits."""
    head = data.letterhead
    # The phone number's spaces do not break: "(541) 555-0142 ext. 2231" stays on one line.
    phone = " ".join(head.phone.split()).replace(" ", "\u00a0")
    parts = [v.strip() for v in (contact_name(data), head.teacher_title, phone, head.email)
             if v and v.strip()]
    return [KeepTogether([p(" · ".join(parts), s.body)])] if parts else []


def reply_slip(data: HandoutData, w: Wording, s: Styles, contact: str) -> list:
    """A form the family can cut off and send back: coming, joining by phone or video, or
    another time; who will come with them; their name and phone; by when and how to return it."""
    meeting = data.record.meeting
    by = (reply_by(meeting.starts_at.date(), data.today, data.closed_days)
          if meeting.starts_at is not None else None)
    box = "☐"
    blank = "_" * 30
    lines = [
        p(w.text("slip_title", contact_name=contact), s.heading),
        p(w.text("slip_return_by", date=w.date(by)) if by else w.text("slip_return_soon"),
          s.body),
        p(w.text("slip_student", student_name=data.student.display_name), s.cell),
        p(f"{box}  {w.text('slip_coming')}", s.cell),
        p(f"{box}  {w.text('slip_remote')}", s.cell),
        p(f"{box}  {w.text('slip_other_time')}", s.cell),
        Spacer(1, 2.5 * mm),
        p(f"{w.text('slip_bringing')} {blank * 2}", s.cell),
        Spacer(1, 2.5 * mm),
        p(f"{w.text('slip_parent_name')} {blank}   {w.text('slip_phone')} {blank}", s.cell),
        Spacer(1, 2.5 * mm),
        p(f"{w.text('slip_signature')} {blank}", s.cell),
        Spacer(1, 1.5 * mm),
        p(w.text("slip_how_to_return", contact_name=contact), s.small),
    ]
    cut = rule(frame_width(data.paper), dashed=True, thickness=0.8, color=RULE, after=1 * mm)
    return [Spacer(1, 3 * mm), KeepTogether([cut, *lines])]


def running_head(data: HandoutData, w: Wording, title: str) -> tuple[str, ...]:
    """The running head's parts, the one to drop first first: school, title, student, date."""
    meeting = data.record.meeting
    return (data.letterhead.school_name.strip(), title, data.student.display_name,
            w.short_date(meeting.starts_at))


def build(story: list, data: HandoutData, w: Wording, *, title: str,
          family_document: bool = True, banner: str | None = None, s: Styles | None = None) -> bytes:
    furniture = PageFurniture(
        letterhead=data.letterhead if family_document else None,
        running_head=running_head(data, w, title),
        page_of=w.common_template("page_of"),
        banner=banner,
        rtl=bool(s and s.rtl),
    )
    return build_pdf(story, furniture, data.paper, title=f"{title}: {data.student.display_name}",
                     author=data.letterhead.teacher_name)

"""Pieces more than one document prints: times, the contact block, the reply slip, the build."""

from __future__ import annotations

from datetime import datetime, timedelta

from reportlab.platypus import CondPageBreak, KeepTogether

from iep_desk.core.meetings import Meeting
from iep_desk.printing.handout_data import HandoutData
from iep_desk.printing.layout import (
    MARGIN_X,
    PAPER,
    RULE,
    PageFurniture,
    Rule,
    Spacer,
    Styles,
    build_pdf,
    mm,
    p,
)
from iep_desk.printing.people import invited, role_code, same_formality
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


def contact_name(data: HandoutData) -> str:
    """Whom the family contacts: the letterhead's teacher, else the special-education teacher."""
    if data.letterhead.teacher_name.strip():
        return same_formality(data.letterhead.teacher_name)
    for person in invited(data):
        if role_code(person, data) in ("special_education_teacher", "case_manager"):
            return same_formality(person.name)
    return data.letterhead.school_name.strip()


def contact_lines(data: HandoutData, s: Styles) -> list:
    head = data.letterhead
    parts = [v.strip() for v in (contact_name(data), head.teacher_title, head.phone, head.email)
             if v and v.strip()]
    return [p(" · ".join(parts), s.body)] if parts else []


def reply_slip(data: HandoutData, w: Wording, s: Styles, contact: str) -> list:
    """A tear-off form the family can send back: coming, joining remotely, or another time."""
    box = "☐"
    lines = [
        p(w.text("slip_title", contact_name=contact), s.heading),
        p(w.text("slip_student", student_name=data.student.display_name), s.body),
        p(f"{box}  {w.text('slip_coming')}", s.body),
        p(f"{box}  {w.text('slip_remote')}", s.body),
        p(f"{box}  {w.text('slip_other_time')}", s.body),
        p(f"{w.text('slip_bringing')} ______________________________________________", s.body),
        Spacer(1, 3 * mm),
        p(f"{w.text('slip_signature')} ________________________________________", s.body),
    ]
    cut = Rule(frame_width(data.paper), 2, 0.8, RULE, dash=(3, 3))
    return [CondPageBreak(70 * mm), Spacer(1, 6 * mm), KeepTogether([cut, *lines])]


def running_head(data: HandoutData, w: Wording, title: str) -> str:
    meeting = data.record.meeting
    parts = [data.letterhead.school_name.strip(), title, data.student.display_name,
             w.short_date(meeting.starts_at)]
    return " · ".join(x for x in parts if x)


def build(story: list, data: HandoutData, w: Wording, *, title: str,
          family_document: bool = True, banner: str | None = None) -> bytes:
    furniture = PageFurniture(
        letterhead=data.letterhead if family_document else None,
        running_head=running_head(data, w, title),
        page_of=w.common_template("page_of"),
        banner=banner,
    )
    return build_pdf(story, furniture, data.paper, title=f"{title}: {data.student.display_name}",
                     author=data.letterhead.teacher_name)

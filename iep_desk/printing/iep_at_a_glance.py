"""The IEP at a glance: one confidential page per student for the staff who work with them.

For the general-education teachers and service providers (34 CFR 300.323(d)): the
student's strengths and interests, the accommodations (what to do in class and on
tests), the goals in brief, the services, and what to do and whom to call (the case
manager from the letterhead). "Confidential" is printed at the top and the foot of every
page, and the page carries the version of what it says (core.decisions.glance_version),
printed with the date, so the acknowledgement log can tell who holds an earlier one.

It is NEVER a family document: it is made in the teacher's language (English, or Spanish
for a teacher who works in Spanish; other languages fall back to English), has no
tagline, and is not among printing.FAMILY_DOCUMENTS nor reachable through
make_document (tests/printing/test_iep_at_a_glance.py checks all three).
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from iep_desk.core.decisions import glance_version
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import (
    PageFurniture,
    build_pdf,
    labelled,
    mm,
    p,
    section,
    table,
)
from iep_desk.printing.wording import Wording

DOCUMENT = "iep_at_a_glance"


def render_iep_at_a_glance(data: HandoutData, language: str = "en") -> RenderedDocument:
    """The IEP at a glance for `data.student` (its goals, services and accommodations),
    printed on `data.today`, in the teacher's `language`."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    width = common.frame_width(data.paper)
    student = data.student
    version = glance_version(data.goals, data.services, data.accommodations)
    story: list = [p(w.text("title"), s.title)]
    for label, value in ((w.text("label_school"), student.school or data.letterhead.school_name),
                         (w.text("label_grade"), student.grade),
                         (w.text("label_review"), w.date(student.annual_review_due)
                          if student.annual_review_due else ""),
                         (w.text("label_version"),
                          w.text("version_value", version=version, date=w.date(data.today)))):
        if value and value.strip():
            story.append(labelled(label, value.strip(), s.body, w.language))
    story.append(p(w.text("intro", contact_name=common.contact_name(data)), s.body))

    strengths = student.strengths.strip()
    story += section(w.text("heading_strengths"), [
        p(strengths or w.text("no_strengths", contact_name=common.contact_name(data)),
          s.body)], s)

    rows = [[a.text.strip(), a.applies_in.strip() or w.text("everywhere")]
            for a in data.accommodations if a.text.strip()]
    story += section(w.text("heading_accommodations"), [
        table([w.text("col_accommodation"), w.text("col_where")], rows,
              [0.7 * width, 0.3 * width], s) if rows else p(w.text("no_accommodations"), s.body)],
        s)

    goals = [[g.area.strip(), g.text.strip(), _target(g, w)] for g in data.goals if g.text.strip()]
    story += section(w.text("heading_goals"), [
        table([w.text("col_area"), w.text("col_goal"), w.text("col_target")], goals,
              [0.18 * width, 0.56 * width, 0.26 * width], s, bold_first_column=True)
        if goals else p(w.text("no_goals"), s.body)], s)

    services = [[x.what.strip(), x.how_often.strip(), x.setting.strip(), x.provider.strip()]
                for x in data.services if x.what.strip()]
    story += section(w.text("heading_services"), [
        table([w.text("col_service"), w.text("col_how_often"), w.text("col_setting"),
               w.text("col_provider")], services,
              [0.34 * width, 0.22 * width, 0.2 * width, 0.24 * width], s)
        if services else p(w.text("no_services"), s.body)], s)

    story += section(w.text("heading_what_to_do"), [
        p(w.text("what_to_do"), s.body),
        KeepTogether([Spacer(1, 1 * mm), *_case_manager(data, w, s)])], s)
    story += [Spacer(1, 5 * mm), p(f"{w.text('received')} {'_' * 34}   "
                                   f"{w.text('received_on')} {'_' * 16}", s.cell)]

    title = w.text("document_title")
    furniture = PageFurniture(
        letterhead=None,
        running_head=(data.letterhead.school_name.strip(), title, student.display_name,
                      w.short_date(data.today)),
        page_of=w.common_template("page_of"), banner=w.text("confidential"), rtl=s.rtl,
        number=w.number)
    pdf = build_pdf(story, furniture, data.paper, title=f"{title}: {student.display_name}",
                    author=data.letterhead.teacher_name)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback)


def _target(goal, w: Wording) -> str:
    if goal.target is None:
        return goal.measured_by.strip()
    target = w.number(goal.target)
    unit = goal.unit.strip()
    if goal.target_by is None:
        return f"{target} {unit}".strip()
    return " ".join(w.text("target_value", target=target, unit=unit,
                           date=w.month(goal.target_by)).split())


def _case_manager(data: HandoutData, w: Wording, s) -> list:
    """Whom to call: the letterhead's teacher (the case manager), with phone and email."""
    head = data.letterhead
    phone = " ".join(head.phone.split()).replace(" ", "\u00a0")
    parts = [v.strip() for v in (common.contact_name(data), head.teacher_title, phone, head.email)
             if v and v.strip()]
    return [labelled(w.text("case_manager"), " · ".join(parts), s.body, w.language)] if parts else []


__all__ = ["render_iep_at_a_glance"]

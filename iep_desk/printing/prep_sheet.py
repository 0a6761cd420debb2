"""Document 3: the prep sheet, for the case manager alone.

The tip file, the family's concerns (interest, position, questions to ask), every goal with
its latest note and status, the checklist with what it warns about, recent contacts, open
action items and due dates, with "Confidential: not for distribution" on every page. No
letterhead: it is never handed to anyone. It is made in the teacher's language (English or
Spanish: the languages with a prep_sheet.json), never the family's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from iep_desk.core.checklist import item_text
from iep_desk.core.goals import Goal, GoalProgress, ProgressStatus, goal_progress
from iep_desk.core.meetings import FAMILY_OWNER
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import bullets, labelled, p, section, table
from iep_desk.printing.paragraph import Text
from iep_desk.printing.people import invited, owner_name, role_label, same_formality
from iep_desk.printing.wording import (
    FALLBACK_LANGUAGE,
    Wording,
    available_languages,
    template_folder,
)
from iep_desk.resources import checklist_texts

DOCUMENT = "prep_sheet"


def prep_sheet_language(language: str) -> str:
    """The language a prep sheet asked for in `language` is made in: `language` itself when
    there is a prep sheet in it (a regional code too: "es-MX" is made from the Spanish, with
    Mexican dates), else English."""
    return language if template_folder(language, DOCUMENT) else FALLBACK_LANGUAGE


def prep_sheet_languages() -> list[str]:
    """The template languages the prep sheet exists in, English first."""
    return [code for code in available_languages() if template_folder(code, DOCUMENT)]


def day_writer(language: str) -> Callable[[date], str]:
    """How the prep sheet in `language` writes a day ("Mar 2, 2026", "2 mar 2026"): what is
    written for it beforehand (the checklist's warnings) says its days the same way."""
    return Wording(DOCUMENT, language).short_date


def render_prep_sheet(data: HandoutData, language: str = "en", *,
                      with_tagline: bool = False) -> RenderedDocument:
    """The prep sheet, for the teacher (never a tagline: it is not for the family)."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    meeting = data.record.meeting
    width = common.frame_width(data.paper)
    story: list = [p(w.text("title", student_name=data.student.display_name), s.title)]
    for label, value in ((w.text("label_meeting"), w.label("meeting_types", meeting.meeting_type)),
                         (w.text("label_date"), w.date(meeting.starts_at)),
                         (w.text("label_time"), common.time_range(meeting, w)),
                         (w.text("label_place"), meeting.place),
                         (w.text("label_purpose"), meeting.purpose)):
        if value.strip():
            story.append(labelled(label, value, s.body))

    people = [[same_formality(x.name), role_label(x, data, w), w.label("responses", x.response)]
              for x in invited(data)]
    story += section(w.text("heading_people"), [
        table([w.text("col_name"), w.text("col_role"), w.text("col_response")], people,
              [0.38 * width, 0.37 * width, 0.25 * width], s)], s)

    tips = [[w.short_date(t.written_on), t.topic, w.label("tip_feelings", t.feeling), t.what_helps]
            for t in sorted(data.tips, key=lambda t: t.written_on, reverse=True)]
    story += section(w.text("heading_tips"), [
        table([w.text("col_written"), w.text("col_topic"), w.text("col_feeling"),
               w.text("col_helps")], tips, [0.15 * width, 0.35 * width, 0.15 * width,
                                            0.35 * width], s)
        if tips else p(w.text("no_tips"), s.body)], s)

    concerns = []
    for concern in data.record.concerns:
        for key, value in (("label_interest", concern.interest), ("label_position", concern.position),
                           ("label_questions", concern.questions_to_ask)):
            if value.strip():
                concerns.append(labelled(w.text(key), value, s.body))
    story += section(w.text("heading_concerns"), concerns or [p(w.text("no_concerns"), s.body)], s)

    questions = [q.text for q in data.record.questions if q.text.strip()]
    if questions:
        story += section(w.text("heading_family_questions"), bullets(questions, s.bullet), s)

    voice = data.record.student_input
    if voice is not None and (voice.what_to_say.strip() or voice.how_taking_part.strip()):
        story += section(w.text("heading_student_input"), [
            labelled(w.text(k), v, s.body)
            for k, v in (("label_what_to_say", voice.what_to_say),
                         ("label_how_taking_part", voice.how_taking_part)) if v.strip()], s)

    story += section(w.text("heading_goals"), _goals(data, w, s, width), s)

    story += section(w.text("heading_checklist"), _checklist(data, w, s, width), s)

    contacts = [[w.short_date(c.contacted_on), w.label("contact_methods", c.method),
                 w.label("contact_outcomes", c.outcome),
                 " — ".join(x for x in (c.topic.strip(), c.note.strip()) if x)]
                for c in sorted(data.recent_contacts, key=lambda c: c.contacted_on, reverse=True)]
    story += section(w.text("heading_contacts"), [
        table([w.text("col_when"), w.text("col_how"), w.text("col_outcome"), w.text("col_note")],
              contacts, [0.16 * width, 0.16 * width, 0.18 * width, 0.50 * width], s)
        if contacts else p(w.text("no_contacts"), s.body)], s)

    # Read by the teacher: the family's own items are "The family", not the letters' "Your family".
    open_actions = [[a.what, w.text("family_owner") if a.owner == FAMILY_OWNER
                     else owner_name(a.owner, a.owner_name, data, w), w.short_date(a.due_on)]
                    for a in data.open_actions if a.status == "open"]
    story += section(w.text("heading_open_actions"), [
        table([w.text("col_action"), w.text("col_who"), w.text("col_due")], open_actions,
              [0.55 * width, 0.27 * width, 0.18 * width], s)
        if open_actions else p(w.text("no_open_actions"), s.body)], s)

    due = []
    for deadline in sorted(data.deadlines, key=lambda d: d.due):
        if not deadline.open:
            continue
        days = deadline.days_left(data.today)
        if days == 0:
            left = w.text("due_today")  # not "0 days"
        else:
            left = _days(w, "overdue", -days) if days < 0 else _days(w, "days_left", days)
        due.append([w.label("deadline_kinds", deadline.kind), w.short_date(deadline.due), left])
    story += section(w.text("heading_due_dates"), [
        table([w.text("col_kind"), w.text("col_due"), w.text("col_days")], due,
              [0.50 * width, 0.25 * width, 0.25 * width], s)
        if due else p(w.text("no_due_dates"), s.body)], s)

    pdf = common.build(story, data, w, title=w.text("document_title"), family_document=False,
                       banner=w.text("confidential"), s=s)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback)


def _goals(data: HandoutData, w: Wording, s, width: float) -> list:
    """Every goal with its latest note and its status, with the numbers behind it."""
    if not data.goals:
        return [p(w.text("no_goals"), s.body)]
    rows = []
    for goal in data.goals:
        progress = goal_progress(goal, data.progress_notes, data.today)
        name = f"{goal.area.strip()}: {goal.text.strip()}" if goal.area.strip() else goal.text
        rows.append([name, _latest(goal, progress, w), _status(progress, w)])
    return [table([w.text("col_goal"), w.text("col_latest"), w.text("col_goal_status")], rows,
                  [0.46 * width, 0.30 * width, 0.24 * width], s)]


def _latest(goal: Goal, progress: GoalProgress, w: Wording) -> str:
    note = progress.latest
    if note is None:
        return w.text("no_note_yet")
    when = w.short_date(note.noted_on)
    if note.value is not None:
        said = " ".join(w.text("latest_value", date=when, value=w.number(note.value),
                               unit=goal.unit.strip()).split())
    elif note.rating is not None:
        said = w.text("latest_rating", date=when, rating=w.text_in("ratings", note.rating))
    else:
        said = w.text("latest_note_only", date=when)
    return f"{said}\n{note.note.strip()}" if note.note.strip() else said


def _status(progress: GoalProgress, w: Wording) -> str:
    said = w.text_in("goal_status", progress.status)
    if progress.share_done is None or progress.expected is None or progress.status in (
            ProgressStatus.MET, ProgressStatus.NO_NOTES):
        return said
    numbers = w.text("status_numbers", share=w.percent(max(progress.share_done, 0)),
                     expected=w.number(round(progress.expected, 1)))
    return f"{said}\n{numbers}"


def _days(w: Wording, key: str, days: int) -> str:
    """A count of days in the sheet's language: `key`, or its form for that count when the
    template has one ("days_left_one": "1 day", not "1 days"), with the number written as
    the language writes it."""
    form = f"{key}_{w.locale.plural_form(days)}"
    return w.text(form if w.has(form) else key, days=w.number(days))


def _checklist(data: HandoutData, w: Wording, s, width: float) -> list:
    # What the planner's checklist warns about comes first: it is what to act on.
    warnings: list = []
    if data.checklist_warnings:
        warnings = [Text([(w.text("attention"), True)], s.body),
                    *bullets(data.checklist_warnings, s.bullet)]
    return warnings + _checklist_table(data, w, s, width)


def _checklist_table(data: HandoutData, w: Wording, s, width: float) -> list:
    ticks = {tick.item: tick for tick in data.record.checklist}
    items = list(data.checklist_items) or list(ticks)
    items += [item for item in ticks if item not in items]
    if not items:
        return [p(w.text("no_checklist"), s.body)]
    rows = []
    for item in items:
        tick = ticks.get(item)
        status = (w.text("checklist_done", date=w.short_date(tick.done_on)) if tick
                  else w.text("checklist_open"))
        text = _item_text(item, w.language)
        note = tick.note.strip() if tick else data.checklist_notes.get(item, "").strip()
        if note:
            text = f"{text} ({note})"
        rows.append([text, status])
    return [table([w.text("col_item"), w.text("col_status")], rows, [0.75 * width, 0.25 * width], s)]


def _item_text(item: str, language: str) -> str:
    """The checklist's own words for an item id; an item typed by the teacher is printed as is."""
    for lang in (language, "en"):
        try:
            return item_text(item, checklist_texts(lang))
        except (KeyError, OSError, ValueError):
            continue
    return item

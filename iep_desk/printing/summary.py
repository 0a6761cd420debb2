"""Document 4: the meeting summary and action plan, for the family.

Who attended, what was decided (each agenda item's decision in plain words, then the
meeting notes), each action with who does it and by when, what the family can do at home, and the date of the next meeting.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether

from iep_desk.core.typed_text import FieldRef
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import bullets, p, section, table
from iep_desk.printing.paragraph import Text
from iep_desk.printing.people import attended, owner_name, role_label, same_formality
from iep_desk.printing.wording import Wording

DOCUMENT = "summary"


def render_summary(data: HandoutData, language: str = "en", *,
                   with_tagline: bool = True) -> RenderedDocument:
    """The summary in `language`; see render_invitation for the tagline."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    meeting = data.record.meeting
    first = data.student.first_name
    width = common.frame_width(data.paper)
    story, tagline = common.tagline(data, w, s) if with_tagline else ([], None)
    story += [p(w.text("title", first_name=first), s.title),
              p(intro(w, meeting.starts_at), s.body)]

    people = attended(data)
    recorded = any(person.attendance for person in people)
    if recorded:
        header = [w.text("col_name"), w.text("col_role"), w.text("col_how")]
        widths = [0.36 * width, 0.34 * width, 0.30 * width]
    else:  # attendance not recorded yet: who was expected, without an empty column
        header = [w.text("col_name"), w.text("col_role")]
        widths = [0.45 * width, 0.55 * width]
    rows = []
    for person in people:
        row = [same_formality(person.name), role_label(person, data, w)]
        if recorded:
            row.append(w.label("attendance", person.attendance or "present"))
        rows.append(row)
    story += section(w.text("heading_attended"), [table(header, rows, widths, s)], s)

    notes = common.typed(data, w, FieldRef("meetings", meeting.id, "notes"), meeting.notes.strip())
    decided = decisions(data, w, s)
    decided += [p(block.strip(), s.body) for block in notes.split("\n") if block.strip()]
    story += section(w.text("heading_decided"), decided or [p(w.text("nothing_decided"), s.body)], s)

    actions = [a for a in data.record.actions if a.status != "dropped"]
    action_rows = [[common.typed(data, w, FieldRef("action_items", a.id, "what"), a.what),
                    owner_name(a.owner, a.owner_name, data, w), w.short_date(a.due_on)]
                   for a in sorted(actions, key=lambda a: (a.due_on is None, a.due_on))]
    story += section(w.text("heading_actions"), [
        table([w.text("col_action"), w.text("col_who"), w.text("col_by_when")], action_rows,
              [0.52 * width, 0.28 * width, 0.20 * width], s)
        if action_rows else p(w.text("no_actions"), s.body)], s)

    home = [common.idea_text(data, w, h) for h in data.record.home_suggestions if h.text.strip()]
    story += section(w.text("heading_home"), bullets(home, s.bullet) if home
                     else [p(w.text("no_home", first_name=first), s.body)], s)

    story += section(w.text("heading_next"), [p(next_meeting_sentence(data, w), s.body),
                                               p(w.text("iep_copy", first_name=first), s.body),
                                               KeepTogether([
                                                   p(w.text("contact",
                                                            contact_name=common.contact_name(data)),
                                                     s.body),
                                                   *common.contact_line(data, s, w)])], s)

    pdf = common.build(story, data, w, title=w.text("document_title"), s=s)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback,
                            tagline=tagline)


def intro(w: Wording, meeting_date) -> str:
    """The thanks for meeting, then what an IEP is (the invitation's words) before anything
    on the page says "IEP": a role ("IEP coordinator"), an item or a note may use it next.
    One paragraph; Chinese and Japanese put no space between sentences."""
    thanks = w.text("intro", date=w.date(meeting_date))
    between = "" if thanks.endswith(("。", "！", "？")) else " "
    return thanks + between + w.text("iep_meaning")


def decisions(data: HandoutData, w: Wording, s) -> list:
    """What was decided on each agenda item, in the agenda's order: the item, what the
    decision means for the family in plain words, and the teacher's note on it."""
    items = {item.id: item for item in data.record.agenda}
    found = [(items[d.agenda_item_id], d) for d in data.decisions if d.agenda_item_id in items]
    blocks = []
    for item, decision in sorted(found, key=lambda pair: pair[0].position):
        lines = [Text([(common.agenda_title(data, w, item), True)], s.body),
                 p(w.text_in("decisions", decision.decision), s.body)]
        note = common.typed(data, w, FieldRef("agenda_items", item.id, "decision_note"),
                            decision.note.strip())
        if note:
            lines.append(p(note, s.body))
        blocks.append(KeepTogether(lines))
    return blocks


def next_meeting_sentence(data: HandoutData, w: Wording) -> str:
    nxt = data.next_meeting
    if nxt is None or nxt.starts_at is None:
        return w.text("next_meeting_unset")
    if nxt.starts_at.hour == 0 and nxt.starts_at.minute == 0:
        return w.text("next_meeting_no_time", date=w.date(nxt.starts_at))
    return w.text("next_meeting", date=w.date(nxt.starts_at), time=w.time(nxt.starts_at))

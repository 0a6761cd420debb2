"""Document 5: the thank-you letter to the family.

Personal: it names what the family brought to the meeting (the contributions
noted in the review), repeats the ideas for home and the next steps, and ends
with the teacher's contact details and a place to sign.
"""

from __future__ import annotations

from iep_desk.core.typed_text import FieldRef
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import Spacer, bullets, mm, p, section, signature_lines
from iep_desk.printing.people import owner_name
from iep_desk.printing.summary import next_meeting_sentence

DOCUMENT = "thank_you"


def render_thank_you(data: HandoutData, language: str = "en", *,
                     with_tagline: bool = True) -> RenderedDocument:
    """The thank-you letter in `language`; see render_invitation for the tagline."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    meeting = data.record.meeting
    first = data.student.first_name
    story, tagline = common.tagline(data, w, s) if with_tagline else ([], None)
    story += [p(w.date(data.today), s.body), Spacer(1, 2 * mm),
              p(common.greeting(data, w), s.body),
              p(w.text("opening", first_name=first, date=w.date(meeting.starts_at)), s.body)]

    contributions = [common.typed(data, w, FieldRef("contributions", c.id, "text"), c.text)
                     for c in data.record.contributions if c.text.strip()]
    if contributions:
        story.append(p(w.text("contributions_intro"), s.body))
        story += bullets(contributions, s.bullet)
    else:
        story.append(p(w.text("contributions_none", first_name=first), s.body))

    home = [common.idea_text(data, w, h) for h in data.record.home_suggestions if h.text.strip()]
    if home:
        story += section(w.text("heading_home"), [p(w.text("home_intro"), s.body),
                                                  *bullets(home, s.bullet)], s)

    steps = []
    for action in sorted(data.record.actions, key=lambda a: (a.due_on is None, a.due_on)):
        if action.status != "open":
            continue
        who = owner_name(action.owner, action.owner_name, data, w)
        what = common.typed(data, w, FieldRef("action_items", action.id, "what"), action.what)
        if action.due_on:
            steps.append(w.text("action_line", what=what, who=who,
                                due=w.short_date(action.due_on)))
        else:
            steps.append(w.text("action_line_no_date", what=what, who=who))
    nxt = data.next_meeting
    steps.append(w.text("next_meeting", date=w.date(nxt.starts_at))
                 if nxt is not None and nxt.starts_at is not None
                 else w.text("next_meeting_unset"))
    story += section(w.text("heading_next"), [p(w.text("next_steps_intro"), s.body),
                                              *bullets(steps, s.bullet)], s)

    story += [Spacer(1, 2 * mm), p(w.text("keep_in_touch", first_name=first), s.body)]
    story += signature_lines(common.letterhead_for(data, w), w.text("sign_off"), s)

    pdf = common.build(story, data, w, title=w.text("document_title"), s=s)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback,
                            tagline=tagline)


__all__ = ["next_meeting_sentence", "render_thank_you"]

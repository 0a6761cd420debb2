"""Document 2: the agenda, a copy for everyone at the table.

The student's preferred first name, the meeting type, date, time and place; the
attendees with their roles (every name written the same way, no titles); the
items with their times; the family's questions; and the meaning of any glossary
term that appears on the page.
"""

from __future__ import annotations

from iep_desk import resources
from iep_desk.core.plain_language import GlossaryError, find_terms, parse_glossary
from iep_desk.core.typed_text import FieldRef
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import Spacer, bullets, labelled, mm, p, section, table
from iep_desk.printing.people import invited, role_label, same_formality

DOCUMENT = "agenda"


def render_agenda(data: HandoutData, language: str = "en", *,
                  with_tagline: bool = True) -> RenderedDocument:
    """The agenda in `language`; see render_invitation for the tagline."""
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    meeting = data.record.meeting
    first = data.student.first_name
    width = common.frame_width(data.paper)
    # Everything printed is also collected as plain text, to find the glossary terms on the page.
    page_text: list[str] = []

    def say(text: str) -> str:
        page_text.append(text)
        return text

    meeting_type = w.label("meeting_types", meeting.meeting_type)
    story, tagline = common.tagline(data, w, s) if with_tagline else ([], None)
    story.append(p(say(w.text("title", first_name=first)), s.title))
    for label, value in ((w.text("label_student"), first),
                         (w.text("label_meeting"), meeting_type),
                         (w.text("label_date"), w.date(meeting.starts_at)),
                         (w.text("label_time"), common.time_range(meeting, w)),
                         (w.label("place_kinds", meeting.place_kind), common.place(data, w))):
        story.append(labelled(label, say(value), s.body, w.language))
    # "Everyone at this table": a meeting by phone or video has no table.
    welcome = "welcome" if common.in_person(meeting) else "welcome_remote"
    story.append(p(say(w.text(welcome, first_name=first)), s.body))

    people = [[say(same_formality(x.name)), say(role_label(x, data, w))] for x in invited(data)]
    story += section(w.text("heading_people"),
                     [table([w.text("col_name"), w.text("col_role")], people,
                            [0.45 * width, 0.55 * width], s)], s)

    agenda = sorted(data.record.agenda, key=lambda item: item.position)
    spans = common.item_times(meeting, [item.minutes for item in agenda])
    # "Led by" only when some item has a leader: an empty column says nothing.
    led = any(item.led_by.strip() for item in agenda)
    rows = []
    for item, span in zip(agenda, spans):
        when = (w.common("time_range", start=w.time(span[0]), end=w.time(span[1]))
                if span else "")
        row = [when, say(common.agenda_title(data, w, item))]
        if led:
            row.append(same_formality(item.led_by))
        rows.append(row)
    header = [w.text("col_time"), w.text("col_item")]
    widths = [0.27 * width, 0.73 * width]
    if led:
        header.append(w.text("col_led_by"))
        widths = [0.27 * width, 0.48 * width, 0.25 * width]
    story += section(w.text("heading_items"), [
        table(header, rows, widths, s),
        Spacer(1, 2 * mm),
        p(say(w.text("time_note")), s.small),
    ], s)

    questions = [common.typed(data, w, FieldRef("family_questions", q.id, "text"), q.text)
                 for q in data.record.questions if q.text.strip()]
    if questions:
        story += section(w.text("heading_questions"),
                         [p(say(w.text("questions_intro")), s.body),
                          *bullets([say(q) for q in questions], s.bullet)], s)

    terms = glossary_on_page("\n".join(page_text), w.language)
    if terms:
        story += section(w.text("heading_glossary"), [
            p(w.text("glossary_intro"), s.body),
            *[labelled(term, plain, s.bullet, w.language) for term, plain in terms],
        ], s)

    pdf = common.build(story, data, w, title=w.text("document_title"), s=s)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback,
                            tagline=tagline)


def glossary_on_page(text: str, language: str) -> list[tuple[str, str]]:
    """(words as they appear on the page, plain meaning) for each glossary term in `text`,
    in the order found, each term once.

    The words are the page's own ("occupational therapist"), not the glossary's headword
    ("OT"), so a parent can find them on the page; the first letter is made a capital. The glossary belongs to the plain-language
    checker (resources/glossary/<language>.json, "zh_Hant.json" for traditional Chinese); a
    language without one gets no section.
    """
    try:
        glossary = family_glossary(language)
    except (GlossaryError, OSError):
        # No glossary for the language, or a damaged one: the agenda still prints.
        return []
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for hit in find_terms(text, glossary):
        if hit.term in seen:
            continue
        seen.add(hit.term)
        words = " ".join(text[hit.start:hit.end].split())
        # A label starts with a capital, as every other label on the page does ("speech
        # therapist" found in a question is listed as "Speech therapist").
        found.append((words[:1].upper() + words[1:], hit.plain))
    return found


def family_glossary(language: str):
    """The glossary of a template language (core.family_language.glossary_file).
    Raises GlossaryError when there is none or it is damaged."""
    path = resources.glossary_file(language)
    if path is None:
        raise GlossaryError(f"There is no glossary for the language “{language}”.")
    return parse_glossary(path.read_text(encoding="utf-8"), path.stem)

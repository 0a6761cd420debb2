"""The family preparation sheet: on paper with room to write by hand, or as a fillable PDF.

Sent with the invitation, in the family's language, it asks what the family knows best
(core.family_preparation.QUESTIONS, in that order): their hopes for the child this year
and later, what the child is good at and enjoys, what works at home, their culture, what
worries them, their questions, who they will bring, the times that suit them, how they
want to hear about progress between meetings, and whether the child will come (or they
will bring a photo).

The two versions are one layout. On paper each question is followed by ruled lines;
in the fillable PDF the same place holds a form field (reportlab's AcroForm support):
a text field per question, multi-line where the paper leaves several lines, and a
checkbox per choice (several contact ways may suit a family, so they are checkboxes, not
radio buttons). Field names come from core.family_preparation, and a hidden, read-only
field holds the form's id, its version and the meeting's calendar UID, so a returned
file is matched to its meeting (printing/preparation_form.py reads it back).

Why a hidden field rather than the document's metadata: a field travels with the answers.
Any program that keeps the answers keeps the fields, while some programs that save a
filled form (macOS Preview, phone apps that "save a copy") rewrite the document
information and drop keys they do not know.

What viewers do with the family's script in the fields: reportlab can only name one of
the 14 standard PDF fonts (Latin letters) as a field's font, so the typed answers are
drawn by the viewer. Adobe Acrobat and Reader, Chrome, Edge, Firefox and macOS Preview
then use a system font that has the letters, so Arabic, Chinese or Cyrillic answers show
and are saved as Unicode; a few phone apps show boxes for letters outside Latin while the
answer is typed, though what they save is still the text the parent typed. The questions,
labels and instructions around the fields are printed like every handout, in the
family's script with the shipped fonts.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, NumberObject
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from iep_desk.core.family_preparation import (
    MARKER_ID,
    QUESTIONS,
    Question,
    choice_field_name,
    field_name,
    marker_value,
)
from iep_desk.core.handout_rules import reply_by
from iep_desk.printing import common
from iep_desk.printing.handout_data import HandoutData, RenderedDocument
from iep_desk.printing.layout import INK, RULE, Styles, mm, p
from iep_desk.printing.paragraph import Text
from iep_desk.printing.wording import Wording

DOCUMENT = "preparation_sheet"

# Room for one handwritten line: college-ruled paper's 7 mm (the sheet then fits two pages).
LINE_GAP = 7 * mm
BOX = 3.6 * mm
BOX_GAP = 2.5 * mm
# The standard font the fields name (see the module's docstring).
FIELD_FONT = "Helvetica"
FIELD_SIZE = 10
FIELD_FILL = colors.HexColor("#f4f7fb")


def render_preparation_sheet(data: HandoutData, language: str = "en", *,
                             with_tagline: bool = True) -> RenderedDocument:
    """The paper sheet, with ruled lines to write on, in `language` (a language without a
    template is made in English, with the family's tagline on top)."""
    return _render(data, language, with_tagline=with_tagline, fillable=False)


def render_fillable_preparation_sheet(data: HandoutData, language: str = "en", *,
                                      with_tagline: bool = True) -> RenderedDocument:
    """The same sheet as a fillable PDF: a form field wherever the paper has lines or a box,
    and the hidden field naming the form, its version and `data.record.meeting`'s calendar
    UID. Read a returned one with printing.preparation_form.read_returned_form."""
    return _render(data, language, with_tagline=with_tagline, fillable=True)


def _render(data: HandoutData, language: str, *, with_tagline: bool,
            fillable: bool) -> RenderedDocument:
    w = common.wording_for(DOCUMENT, data, language)
    s = common.styles_for(w)
    story, tagline = common.tagline(data, w, s) if with_tagline else ([], None)
    if fillable:
        story.append(FormMarker(marker_value(data.record.meeting.calendar_uid)))
    story += [p(w.text("title"), s.title), p(w.text("intro"), s.body),
              p(_when(data, w), s.body), p(_how_to_return(data, w, fillable), s.body),
              Spacer(1, 2 * mm)]
    for number, question in enumerate(QUESTIONS, start=1):
        story.append(KeepTogether(_question(question, number, w, s, fillable)))
    # The letterhead above gives the phone and email; the closing names whom to ask.
    story.append(KeepTogether([p(w.text("thanks"), s.body), p(w.text("contact"), s.body)]))
    pdf = common.build(story, data, w, title=w.text("document_title"), s=s)
    if fillable and w.right_to_left:
        pdf = _answers_from_the_right(pdf)
    return RenderedDocument(pdf=pdf, language_used=w.language, fallback=w.fallback,
                            tagline=tagline)


def _answers_from_the_right(pdf: bytes) -> bytes:
    """The form with every text field right-aligned (quadding 2), so what a parent types in
    an Arabic, Hebrew, Persian or Urdu sheet starts at the right like the question above it.
    reportlab's AcroForm API has no setting for it; pypdf sets the field's /Q."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        for annotation in page.get("/Annots", []):
            field = annotation.get_object()
            if field.get("/FT") == "/Tx":
                field[NameObject("/Q")] = NumberObject(2)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _when(data: HandoutData, w: Wording) -> str:
    meeting = data.record.meeting
    if meeting.starts_at is None:
        return w.text("meeting_not_set")
    if meeting.starts_at.hour == 0 and meeting.starts_at.minute == 0:
        return w.text("meeting_day", date=w.date(meeting.starts_at))
    return w.text("meeting_on", date=w.date(meeting.starts_at), time=w.time(meeting.starts_at))


def _how_to_return(data: HandoutData, w: Wording, fillable: bool) -> str:
    """By when and how to send the answers back: the reply slip's date (a few school days
    before the meeting), or "before the meeting" when there is no such day."""
    meeting = data.record.meeting
    by = (reply_by(meeting.starts_at.date(), data.today, data.closed_days)
          if meeting.starts_at is not None else None)
    key = "return_fillable" if fillable else "return_paper"
    return w.text(key, date=w.date(by)) if by else w.text(f"{key}_soon")


def _question(question: Question, number: int, w: Wording, s: Styles, fillable: bool) -> list:
    """The question, its boxes to tick, and the room to answer it."""
    asked = w.text_in("questions", question.id)
    parts: list[Flowable] = [Text([(f"{w.number(number)}. {asked}", True)], s.body)]
    for choice in question.choices:
        label = w.text_in("choices", choice)
        parts.append(TickBox(choice_field_name(question.id, choice), Text(label, s.body),
                             fillable=fillable, rtl=s.rtl, tooltip=label))
    details = w.texts.get("details", {})
    tooltip = asked
    if question.id in details:
        tooltip = w.text_in("details", question.id)
        parts.append(p(tooltip, s.cell))
    parts.append(AnswerSpace(field_name(question.id), question.lines, fillable=fillable,
                             tooltip=tooltip))
    parts.append(Spacer(1, 1.2 * mm))
    return parts


class AnswerSpace(Flowable):
    """Room to answer: ruled lines on paper; in the fillable PDF, a text field over the same
    area (multi-line where there is more than one line). `tooltip` is the field's name for
    screen readers and the viewer's hint (the question itself)."""

    def __init__(self, name: str, lines: int, *, fillable: bool, tooltip: str):
        super().__init__()
        self.name = name
        self.lines = max(1, lines)
        self.fillable = fillable
        self.tooltip = tooltip

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = self.lines * LINE_GAP
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        if self.fillable:
            canvas.acroForm.textfield(
                name=self.name, tooltip=self.tooltip, relative=True, x=0, y=1,
                width=self.width, height=self.height - 1, fontName=FIELD_FONT,
                fontSize=FIELD_SIZE, textColor=INK, fillColor=FIELD_FILL, borderColor=RULE,
                borderWidth=0.6, borderStyle="solid", maxlen=0,
                fieldFlags="multiline" if self.lines > 1 else "")
            return
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for line in range(self.lines):
            y = line * LINE_GAP + 1
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class TickBox(Flowable):
    """A box to tick and its label: drawn on paper, a checkbox field in the fillable PDF.
    In a right-to-left document the box stands at the right, where the line starts."""

    def __init__(self, name: str, label: Text, *, fillable: bool, rtl: bool, tooltip: str):
        super().__init__()
        self.name = name
        self.label = label
        self.fillable = fillable
        self.rtl = rtl
        self.tooltip = tooltip

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        _, self.label_height = self.label.wrap(availWidth - BOX - BOX_GAP, availHeight)
        self.height = max(BOX + 1.5 * mm, self.label_height + 1.5 * mm)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        box_x = self.width - BOX if self.rtl else 0
        text_x = 0 if self.rtl else BOX + BOX_GAP
        top = self.height - 0.75 * mm
        self.label.drawOn(canvas, text_x, top - self.label_height)
        # The box sits on the first line of its label.
        box_y = top - self.label.style.leading + (self.label.style.leading - BOX) / 2 - 0.6
        if self.fillable:
            canvas.acroForm.checkbox(
                name=self.name, tooltip=self.tooltip, relative=True, x=box_x, y=box_y,
                size=BOX, buttonStyle="check", borderColor=INK, fillColor=colors.white,
                textColor=INK, borderWidth=0.8, fieldFlags="", checked=False)
            return
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(box_x, box_y, BOX, BOX)
        canvas.restoreState()


class FormMarker(Flowable):
    """The hidden, read-only field naming the form, its version and the meeting (see the
    module's docstring); it takes no room on the page."""

    def __init__(self, value: str):
        super().__init__()
        self.value = value

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        self.canv.acroForm.textfield(
            name=field_name(MARKER_ID), value=self.value, relative=True, x=0, y=0,
            width=20, height=8, fontName=FIELD_FONT, fontSize=6, borderWidth=0,
            fillColor=None, borderColor=None, maxlen=0, annotationFlags="hidden",
            fieldFlags="readOnly")


__all__ = ["render_fillable_preparation_sheet", "render_preparation_sheet"]

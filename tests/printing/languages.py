"""Helpers for the family-language tests: the sample meeting as a family in a language would
get it, the English resource texts no translated document may print, and reading a
document back whatever its script and direction."""

from __future__ import annotations

import io
import json
import re
import shutil
import string
import subprocess
import unicodedata
from functools import cache

from pypdf import PdfReader

from iep_desk import resources
from iep_desk.config import RESOURCES_DIR
from iep_desk.core import family_language as fl
from iep_desk.core.meetings import AgendaItem, HomeSuggestion
from iep_desk.core.typed_text import FAMILY_DOCUMENTS, Translation, typed_texts
from iep_desk.printing.layout import MARGIN_BOTTOM, MARGIN_TOP
from iep_desk.printing.letterhead import RUNNING_HEAD_HEIGHT
from tests.printing.pdf_tools import Handout, copied_text, drawn_runs
from tests.printing.test_scripts import contains, harfbuzz_outlines

SHELF = resources.language_shelf()

TEMPLATES = RESOURCES_DIR / "templates"
FAMILY_TEMPLATE_FILES = ("invitation", "agenda", "summary", "thank_you", "labels")
# The template languages besides English, as the folders stand (the translators' languages are
# tested as they land).
TEMPLATE_LANGUAGES = [code for code in resources.template_languages() if code != "en"]


def version_marker(number: int) -> str:
    """The stand-in for the teacher's family-language version of her n-th typed text: short,
    unmistakable, in no dictionary."""
    return f"V{number:02d}Q"


def family_language_handout(language: str, *, held: bool = False, family_code: str | None = None):
    """The sample meeting (tests/printing/sample.py) with a family who reads `language`
    (or `family_code`), the standard agenda (with one of the family's questions on it), the
    built-in ideas for home, and a version in `language` of every text the teacher typed
    (`version_marker(n)`, so a test can find each)."""
    from tests.printing.sample import sample_handout

    data = sample_handout(held=held)
    data.family[0].member.preferred_language = family_code or language
    data.family[1].member.preferred_language = family_code or language
    standard = resources.standard_agenda("en")
    agenda = [AgendaItem(7, title, minutes=5, position=i, id=100 + i, template_key=key)
              for i, (key, title) in enumerate(standard.items())]
    question = data.record.questions[0]
    agenda.append(AgendaItem(7, question.text, 5, position=len(agenda), id=200,
                             family_question_id=question.id))
    data.record.agenda = agenda
    data.record.home_suggestions = [HomeSuggestion(7, text, id=300 + i, key=key)
                                    for i, (key, text) in enumerate(resources.ideas_for_home("en").items())]
    data.record.checklist.append(_documents_tick(data))
    data.documents_for_review = ["Draft IEP", "Speech report"]
    texts = typed_texts(FAMILY_DOCUMENTS, data.record, data.letterhead, SHELF)
    data.translations = {language: {t.ref: Translation(version_marker(n), t.english)
                                    for n, t in enumerate(texts)}}
    return data


def _documents_tick(data):
    from iep_desk.core.meetings import ChecklistTick

    return ChecklistTick(7, "documents_sent", note="Draft IEP\nSpeech report", id=900)


# -- the English no translated document may print -------------------------------------------------

def _strings(value):
    if isinstance(value, dict):
        for inner in value.values():
            yield from _strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner)
    elif isinstance(value, str):
        yield value


@cache
def english_fragments() -> tuple[str, ...]:
    """Every English sentence and phrase of the family templates, the standard agenda and the
    ideas for home, cut at the placeholders: the pieces of two words or more."""
    texts = []
    for name in FAMILY_TEMPLATE_FILES:
        texts += _strings(json.loads((TEMPLATES / "en" / f"{name}.json").read_text("utf-8")))
    texts += resources.standard_agenda("en").values()
    texts += resources.ideas_for_home("en").values()
    pieces = set()
    for text in texts:
        for literal, *_ in string.Formatter().parse(text):
            piece = " ".join(literal.strip(" ,.:;()").split())
            if len(piece.split()) >= 2:
                pieces.add(piece)
    return tuple(sorted(pieces))


def printed_text(pdf: bytes) -> str:
    """Everything a document prints, as extracted text and as each drawn run's characters
    (a right-to-left document's Latin words come back whole from the runs)."""
    handout = Handout(pdf)
    runs = " ".join(run.chars for run in drawn_runs(pdf))
    return " ".join([handout.text, *handout.columns, runs])


def english_left(pdf: bytes) -> list[str]:
    text = " ".join(printed_text(pdf).split())
    return [piece for piece in english_fragments()
            if re.search(r"(?<![\w])" + re.escape(piece) + r"(?![\w])", text)]


# -- does the document say it? ---------------------------------------------------------------------

def without_spaces(text: str) -> str:
    """Text with no white space, no direction marks, no brackets and no colons: a line break
    in a Chinese sentence, or one pdftotext puts where reportlab wrapped a line, does not hide
    a sentence, nor do the marks, the mirrored brackets and the colon moved past a blank
    ("label: ____") that it puts in an Arabic line."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and c not in "()[]:"
                   and unicodedata.category(c) != "Cf")


def page_words(pdf: bytes) -> list[str]:
    """Each page's text as a reader copies it (poppler, in the order it is read, right to
    left included), without_spaces."""
    return [without_spaces(page) for page in copied_text(pdf).split("\f") if page.strip()]


def flowing_words(pdf: bytes) -> str:
    """The flowing text of the whole document, without_spaces: each page without the running
    head above it and the page number below it, so a paragraph that goes on over a page reads
    on (the first page's letterhead is left out too)."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the text"
    width, height = (round(v) for v in PdfReader(io.BytesIO(pdf)).pages[0].mediabox[2:])
    top = round(MARGIN_TOP + RUNNING_HEAD_HEIGHT)
    result = subprocess.run(
        ["pdftotext", "-r", "72", "-x", "0", "-y", str(top), "-W", str(width),
         "-H", str(height - top - round(MARGIN_BOTTOM)), "-", "-"],
        input=pdf, check=True, capture_output=True, timeout=60)
    return without_spaces(result.stdout.decode("utf-8"))


def prints(pdf: bytes, text: str) -> bool:
    """Whether the document prints `text` in its flowing text, in any script, across any line
    or page break."""
    return without_spaces(text) in flowing_words(pdf)


def says(pdf: bytes, text: str, language: str) -> bool:
    """Whether the document prints `text`: read back as text, or for a right-to-left language
    word by word as HarfBuzz shapes each in the shipped Arabic or Hebrew font."""
    if not fl.is_right_to_left(language):
        return Handout(pdf).says(text)
    runs = drawn_runs(pdf)
    family = "NotoSansHebrew" if language.startswith(("he", "iw")) else "NotoSansArabic"
    for word in text.split():
        word = word.strip("{}.,:;()،؛")
        if not word or not any("\u0590" <= c <= "\u08ff" for c in word):
            continue
        if not any(contains(runs, harfbuzz_outlines(word, f"{family}-{face}.ttf"))
                   for face in ("Regular", "Bold")):
            return False
    return True


# -- an Arabic template folder for the layout tests, when the real one has not landed yet --------

_ARABIC = "نلتقي معا من أجل طفلكم"


def arabic_template_root(tmp_path):
    """A copy of resources/templates with an "ar" folder: the real one when it is there,
    else the English texts replaced by an Arabic sentence (placeholders kept)."""
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    if (root / "ar").is_dir():
        return root
    (root / "ar").mkdir()
    for path in (root / "en").glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        (root / "ar" / path.name).write_text(json.dumps(_arabised(data), ensure_ascii=False),
                                             encoding="utf-8")
    return root


def _arabised(value):
    if isinstance(value, dict):
        return {key: _arabised(inner) for key, inner in value.items()}
    if isinstance(value, str):
        names = [name for _, name, _, _ in string.Formatter().parse(value) if name]
        return " ".join([_ARABIC, *(f"{{{name}}}" for name in names)])
    return value


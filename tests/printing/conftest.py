"""Rendered handouts shared by the printing tests (rendering is the slow part)."""

from __future__ import annotations

import json

import pytest

from iep_desk.config import RESOURCES_DIR
from iep_desk.printing import FAMILY_PAGES, RENDERERS
from tests.printing.pdf_tools import Handout
from tests.printing.sample import sample_handout, with_goals

# Documents read after the meeting are rendered from the meeting as held.
HELD = {"summary", "thank-you"}
ALL_RENDERERS = {**RENDERERS, **FAMILY_PAGES}


def render(kind: str, language: str = "en", **sample_options):
    """`kind` for the sample meeting; the family pages of the meeting's substance with the
    student's goals (core.goals) and the decisions."""
    sample_options.setdefault("held", kind in HELD)
    data = sample_handout(**sample_options)
    if kind in FAMILY_PAGES:
        data = with_goals(data)
    return ALL_RENDERERS[kind](data, language)


@pytest.fixture(scope="session")
def rendered():
    """rendered(kind, language) -> (RenderedDocument, Handout), each made once per session."""
    cache: dict = {}

    def get(kind: str, language: str = "en"):
        if (kind, language) not in cache:
            document = render(kind, language)
            cache[kind, language] = (document, Handout(document.pdf))
        return cache[kind, language]

    return get


def template(language: str, document: str) -> dict:
    path = RESOURCES_DIR / "templates" / language / f"{document}.json"
    return json.loads(path.read_text(encoding="utf-8"))

"""Rendered handouts shared by the printing tests (rendering is the slow part)."""

from __future__ import annotations

import json

import pytest

from iep_desk.config import RESOURCES_DIR
from iep_desk.printing import RENDERERS
from tests.printing.pdf_tools import Handout
from tests.printing.sample import sample_handout

# Documents read after the meeting are rendered from the meeting as held.
HELD = {"summary", "thank-you"}


def render(kind: str, language: str = "en", **sample_options):
    sample_options.setdefault("held", kind in HELD)
    return RENDERERS[kind](sample_handout(**sample_options), language)


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

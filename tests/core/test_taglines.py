"""The taglines resource: one notice per language, each with the number to call."""

import json
import re

from iep_desk.config import RESOURCES_DIR
from iep_desk.core.languages import find_language

TAGLINES = json.loads((RESOURCES_DIR / "taglines" / "taglines.json").read_text(encoding="utf-8"))


def test_at_least_twenty_languages_each_known_and_with_the_phone_number_once():
    taglines = TAGLINES["taglines"]
    assert len(taglines) >= 20
    for code, entry in taglines.items():
        assert find_language(code) is not None, code
        assert entry["text"].count("{phone}") == 1, code
        # No other placeholder: the text is filled with str.format(phone=...).
        assert re.findall(r"\{(\w+)\}", entry["text"]) == ["phone"], code
        assert entry["text"].format(phone="555-0100")
        review = entry["reviewed_by"]
        assert review is None or {"name", "role", "date"} <= set(review), code


def test_the_readme_lists_every_language_with_its_review_status():
    readme = (RESOURCES_DIR / "taglines" / "README.md").read_text(encoding="utf-8")
    for code, entry in TAGLINES["taglines"].items():
        line = next(line for line in readme.splitlines() if line.startswith(f"| `{code}` |"))
        assert ("not yet" in line) == (entry["reviewed_by"] is None), code

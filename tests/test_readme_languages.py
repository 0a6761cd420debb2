"""The README lists every language with templates and whether a native speaker has reviewed
it, as the templates' about.json files say. When a language lands or a review is recorded,
print the new table and paste it into README.md:

    .venv/bin/python tests/test_readme_languages.py
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from iep_desk import resources
from iep_desk.core import family_language as fl
from iep_desk.core.languages import language_label

README = Path(__file__).resolve().parent.parent / "README.md"
START = "<!-- family languages: made by tests/test_readme_languages.py -->"
END = "<!-- end of family languages -->"


def review_text(code: str) -> str:
    if code == fl.ENGLISH:
        return "the source"
    review = resources.review_of(code).reviewed_by
    if not review:
        return "not yet: ask the interpreter to read a letter through"
    return f"{review['name']} ({review['role']}), {review['date']}"


def languages_table() -> str:
    lines = ["| code | language | checked by a native speaker |", "| --- | --- | --- |"]
    for code in resources.template_languages():
        # The isolate marks language_label adds (for right-to-left names in lists) are left out.
        label = language_label(code).replace("\u2068", "").replace("\u2069", "")
        lines.append(f"| `{code}` | {label} | {review_text(code)} |")
    return "\n".join(lines)


def test_the_readme_lists_every_language_with_its_review():
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    listed = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert listed == languages_table(), (
        "README.md's table of family languages is out of date: run "
        "`.venv/bin/python tests/test_readme_languages.py` and paste its output")


if __name__ == "__main__":
    print(languages_table())

"""Render the pages of the meeting's substance for docs/screenshots/: the family preparation
sheet (English, Spanish, Arabic; and the fillable one in English), the family's progress page
with three goals (on track, behind, rated) in the same languages, and the IEP at a glance.
The sample meeting of the printing tests, with a family who reads the language; what the
teacher typed (the goals) stays in English, as it prints until she gives its version.

    .venv/bin/python docs/make_substance_pages.py       (needs pdftoppm, from poppler-utils)
"""

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from iep_desk.printing import (
    render_fillable_preparation_sheet,
    render_iep_at_a_glance,
    render_preparation_sheet,
    render_progress_page,
)
from tests.printing.languages import family_language_handout
from tests.printing.sample import SPEECH_GOAL, with_goals

OUT = ROOT / "docs" / "screenshots"


def sample(language: str):
    data = with_goals(family_language_handout(language))
    data.translations = {}  # the teacher's own words as she typed them
    data.record.meeting.calendar_uid = "7a1c0e52-iep-desk@lincoln.example.org"
    # Without the tests' tags ("(acc-gq8)") that prove a text never reaches a family.
    data.accommodations = [replace(a, text=a.text.split(" (")[0]) for a in data.accommodations]
    data.services = [replace(x, what=x.what.split(" (")[0]) for x in data.services]
    return data


def pages(pdf: bytes, stem: str, folder: Path) -> list[str]:
    source = folder / f"{stem}.pdf"
    source.write_bytes(pdf)
    # 850 pixels wide for a Letter page, as the README's other page pictures.
    subprocess.run(["pdftoppm", "-png", "-scale-to-x", "850", "-scale-to-y", "-1", str(source),
                    str(OUT / stem)], check=True)
    return sorted(p.name for p in OUT.glob(f"{stem}-[0-9]*.png"))


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-pages-"))
    made = []
    for language in ("en", "es", "ar"):
        suffix = "" if language == "en" else f"-{language}"
        made += pages(render_preparation_sheet(sample(language), language).pdf,
                      f"preparation-sheet{suffix}", folder)
        made += pages(render_progress_page(sample(language), language).pdf,
                      f"progress-page{suffix}", folder)
    made += pages(render_fillable_preparation_sheet(sample("en"), "en").pdf,
                  "preparation-sheet-fillable", folder)
    data = sample("en")
    data.goals.append(SPEECH_GOAL)
    made += pages(render_iep_at_a_glance(data, "en").pdf, "iep-at-a-glance", folder)
    print("\n".join(made))
    return 0


if __name__ == "__main__":
    sys.exit(main())

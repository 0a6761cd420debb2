"""Render the first page of the invitation and the agenda in every language with templates,
for docs/screenshots/ (invitation-es-1.png, agenda-ar-1.png...): the sample meeting of the
printing tests, with a family who reads the language, the standard agenda and the built-in
ideas for home. What the teacher typed (the purpose, the place...) stays in English, as it
prints until she gives its version in the family's language.

    .venv/bin/python docs/make_language_pages.py       (needs pdftoppm, from poppler-utils)
"""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from iep_desk.printing import RENDERERS
from iep_desk.resources import template_languages
from tests.printing.languages import family_language_handout

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-pages-"))
    made = []
    for language in template_languages()[1:]:  # English: invitation-1.png
        data = family_language_handout(language)
        data.translations = {}  # the teacher's own words as she typed them
        for kind in ("invitation", "agenda"):
            pdf = folder / f"{kind}-{language}.pdf"
            pdf.write_bytes(RENDERERS[kind](data, language).pdf)
            stem = OUT / f"{kind}-{language}"
            # 850 x 1100 pixels for a Letter page, as the README's other page pictures.
            subprocess.run(["pdftoppm", "-png", "-scale-to-x", "850", "-scale-to-y", "-1",
                            "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(stem) + "-1"], check=True)
            made.append(f"{stem.name}-1.png")
    print("\n".join(made))
    return 0


if __name__ == "__main__":
    sys.exit(main())

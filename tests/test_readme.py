"""The README's commands are the ones CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = next(line for line in ci_lines if "pytest" in line and not line.startswith("#"))
    assert test_command.strip() in readme


def test_readme_opens_the_app_with_the_entry_point():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/iep-desk" in readme
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'iep-desk = "iep_desk.cli:main"' in pyproject


def test_every_picture_the_readme_shows_exists():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert len(pictures) >= 5
    assert [p for p in pictures if not (ROOT / p).is_file()] == []

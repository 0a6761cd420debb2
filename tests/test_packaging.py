"""An installed copy (a wheel, `pip install .`) carries every package and every resource file."""

from __future__ import annotations

import importlib.util
import shutil
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_is_listed_and_resources_go_inside_the_package():
    found = {".".join(path.parent.relative_to(ROOT).parts)
             for path in (ROOT / "iep_desk").rglob("__init__.py")}
    assert set(SETUPTOOLS["packages"]) == found | {"iep_desk.resources"}
    assert SETUPTOOLS["package-dir"] == {"iep_desk.resources": "resources"}


def test_every_resource_file_is_package_data():
    suffixes = {pattern.removeprefix("**/*") for pattern in SETUPTOOLS["package-data"]["iep_desk.resources"]}
    files = [path for path in (ROOT / "resources").rglob("*") if path.is_file()]
    assert len(files) >= 20  # fonts, templates in two languages, glossaries, checklists, agenda
    # The window's translation sources (.ts) ship compiled, as the .qm beside each.
    sources = [path for path in files if path.suffix == ".ts"]
    assert sources and all(path.with_suffix(".qm") in files for path in sources)
    assert [path for path in files if path.suffix not in suffixes | {".ts"}] == []


def test_an_installed_copy_reads_the_resources_inside_the_package(tmp_path):
    # The layout a wheel installs: site-packages/iep_desk/config.py and iep_desk/resources/.
    package = tmp_path / "site-packages" / "iep_desk"
    package.mkdir(parents=True)
    shutil.copy(ROOT / "iep_desk" / "config.py", package / "config.py")
    (package / "resources" / "fonts").mkdir(parents=True)
    spec = importlib.util.spec_from_file_location("installed_config", package / "config.py")
    installed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(installed)
    assert installed.RESOURCES_DIR == (package / "resources").resolve()


def test_the_repository_reads_resources_beside_the_package():
    from iep_desk import config

    assert config.RESOURCES_DIR == (ROOT / "resources").resolve()
    assert (config.RESOURCES_DIR / "fonts" / "DejaVuSans.ttf").is_file()

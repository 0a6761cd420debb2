"""Build the self-contained IEP Desk folder with PyInstaller (packaging/iep-desk.spec).

    python scripts/build_bundle.py [--dist DIR] [--zip]

Run it with the Python of a virtual environment that has IEP Desk and its `bundle` extra
installed (`pip install -e ".[bundle]"`). It builds for the system it runs on: a folder
`DIR/iep-desk/` holding `iep-desk` (the window) and `iep-desk-cli` (the command line), and
with --zip also `DIR/iep-desk-<version>-<system>.zip` of that folder, ready to hand out.
The Windows installer is made from the folder by Inno Setup (packaging/windows/iep-desk.iss).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "iep-desk.spec"


def build(dist: Path, *, work: Path | None = None) -> Path:
    """Build the bundle into `dist` and return the folder that holds the programs."""
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="iep-desk-build-") as scratch:
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(dist), "--workpath", str(work or Path(scratch)), str(SPEC)],
            check=True, cwd=ROOT,
        )
    folder = dist / "iep-desk"
    if sys.platform != "win32":
        # One program does both on Linux and macOS; the command-line name is a link to it,
        # so the same commands work everywhere (see packaging/iep-desk.spec).
        cli = folder / "iep-desk-cli"
        cli.unlink(missing_ok=True)
        cli.symlink_to("iep-desk")
    return folder


def zip_bundle(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from iep_desk import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    name = f"iep-desk-{__version__}-{system}-{platform.machine().lower()}"
    return Path(shutil.make_archive(str(folder.parent / name), "zip", folder.parent, folder.name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder goes")
    parser.add_argument("--zip", action="store_true", help="also make a .zip of the folder")
    args = parser.parse_args()
    folder = build(args.dist)
    print(f"Built {folder}")
    if args.zip:
        print(f"Zipped {zip_bundle(folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

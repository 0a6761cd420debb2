"""Where IEP Desk keeps its files: every path the app uses is decided here.

The caseload lives in one SQLite file inside a folder that IEP Desk creates
readable by its owner only (a folder that already exists is used as it is). The folder is,
in order of precedence: ``--data-dir`` on the command line, the ``IEP_DESK_DATA_DIR``
environment variable, the portable folder beside the app when the app is in portable mode, or
the per-user data folder that platformdirs picks for the operating system (on Windows that is
``%LOCALAPPDATA%\\IEP Desk``).

Portable mode is for a caseload that travels with the app on a USB stick: a file named
``portable.txt`` next to the program (``iep-desk.exe`` in the app's folder) makes IEP Desk keep
the caseload, its backups and its settings in the folder ``IEP Desk data`` beside it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "IEP Desk"
DATA_FILE_NAME = "caseload.sqlite"
BACKUP_FOLDER_NAME = "backups"
ENV_DATA_DIR = "IEP_DESK_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_FOLDER = "IEP Desk data"


def _resources_dir() -> Path:
    """The glossary, templates, fonts...: inside the package when IEP Desk was installed from a
    wheel (see pyproject.toml), else resources/ beside the package, in the repository."""
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


RESOURCES_DIR = _resources_dir()


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def app_folder() -> Path:
    """The folder the program itself is in: the bundle's folder (beside iep-desk.exe) for the
    self-contained app, else the folder that holds the iep_desk package."""
    if getattr(sys, "frozen", False):  # set by PyInstaller in the bundled app
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_data_dir(folder: Path | None = None) -> Path | None:
    """The data folder beside the app when the app is in portable mode, else None."""
    folder = app_folder() if folder is None else folder
    if (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA_FOLDER
    return None


def resolve_data_dir(chosen: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the one chosen on the command line, else the environment's, else the
    portable folder beside the app, else the per-user default."""
    if chosen:
        return Path(chosen).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return portable_data_dir() or default_data_dir()


def data_file(data_dir: Path) -> Path:
    return data_dir / DATA_FILE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDER_NAME


def make_private(path: Path) -> None:
    """Make a file or folder IEP Desk has just created readable by its owner only.

    Never called on what the teacher already had: their folders and files keep the
    permissions they chose (a shared folder, a read-only one). On Windows, chmod only
    toggles the read-only flag; there the per-user data folder is already private to the
    account, so nothing more is done.
    """
    if sys.platform == "win32":
        return
    mode = 0o700 if path.is_dir() else 0o600
    try:
        os.chmod(path, mode)
    except OSError:
        # A folder on a FAT-formatted USB drive cannot carry permissions;
        # that is the teacher's choice of drive, not an error.
        pass


def ensure_private_dir(path: Path) -> Path:
    """The folder `path`; when it does not exist yet, it is created readable by its owner only.

    An existing folder is used as it is and never chmod'ed: a folder the teacher shares with
    a colleague, or made read-only, keeps the permissions they gave it. Missing parent folders
    are created as `mkdir -p` would; the new folder itself is what keeps the caseload private.
    Raises OSError when the folder cannot be created.
    """
    path = Path(path)
    if path.is_dir():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        if not path.is_dir():
            raise
        return path  # another process made it a moment ago: theirs, used as it is
    make_private(path)  # mkdir's mode is reduced by the umask: make it exactly 0700
    return path

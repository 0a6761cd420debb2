"""Problems with the data file, each with a message written for the teacher.

`error.message` is the teacher's words. Some problems also carry `error.technical`: what
SQLite or the operating system said, which means nothing to a teacher but helps the
school's IT team. `str(error)` gives both, the technical part on a line of its own marked
as such (what the command line prints); a window shows `message` and keeps `technical`
behind its "Show Details" button.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import ClassVar

TECHNICAL_PREFIX = "Technical detail, for your IT team: "


class DataFileError(Exception):
    """The caseload file cannot be used; str(error) says why in plain words."""

    def __init__(self, message: str, *, technical: str | None = None):
        super().__init__(message)
        self.message = message
        self.technical = technical or None

    def __str__(self) -> str:
        if self.technical:
            return f"{self.message}\n{TECHNICAL_PREFIX}{self.technical}"
        return self.message


class DataFolderNotWritable(DataFileError):
    """IEP Desk cannot write in the caseload's folder or to the file (read-only, no permission)."""


class NotACaseloadFile(DataFileError):
    """The file is damaged, or is not an IEP Desk caseload at all."""


class KeyFileMissing(NotACaseloadFile):
    """The file looks like a protected caseload whose key file is not beside it: not damage
    as far as can be told. Never set aside or replaced unless the teacher chooses to."""

    code = "key_file_missing"

    def __init__(self, path: Path, key_file: Path):
        super().__init__(
            f"The caseload file {path} is protected with a passphrase, but its key file "
            f"({key_file.name}) is missing from {key_file.parent}, so the caseload cannot be "
            "opened. It is not damaged as far as IEP Desk can tell, and it was not changed. "
            f"Put the key file back beside it, named {key_file.name} (it may still be where "
            "the caseload was copied from). A copy of the key file is kept beside each "
            "protected backup in the backups folder; a protected backup can also be restored "
            "with the passphrase it was saved with.")
        self.key_file = key_file


class NewerDataFile(DataFileError):
    """The file was written by a newer version of IEP Desk; it is left untouched."""


class NoCaseloadHere(DataFileError):
    """There is no caseload in the folder (a command that only reads never makes one)."""


class DiskProblem(DataFileError):
    """The disk, not the caseload, is the problem: nothing is damaged and no recovery helps."""


class DiskFull(DiskProblem):
    """The disk is full (SQLITE_FULL, ENOSPC)."""


class DiskUnreadable(DiskProblem):
    """The disk could not be read or written (SQLITE_IOERR, EIO): a failing or unplugged drive."""


class CaseloadUnavailable(DataFileError):
    """SQLite could not open or read the file for another reason than damage (permission,
    another program holding it, no memory): trying again later may work."""


class ReadFailed(DataFileError):
    """The caseload could not be read just now (busy, locked, a disk error): nothing was
    changed, and trying again may work. `technical` holds SQLite's words."""

    def __init__(self, technical: str | None = None):
        super().__init__("The caseload could not be read just now. Nothing was changed; try "
                         "again in a moment.", technical=technical)


class SaveFailed(DataFileError):
    """An edit could not be written (disk full, file locked...). Nothing saved before is changed.

    `code` says which refusal it is ("disk", or "duplicate_student_id" when the file's own
    rule refused the value), so a window can say it in the teacher's language; `message` is
    the same in English, for the command line and the log."""

    MESSAGES: ClassVar[dict[str, str]] = {
        "disk": "The change could not be saved. It is still on your screen; everything saved "
                "before is unchanged. Check that the disk is not full and the caseload folder "
                "can be written to.",
        "duplicate_student_id": "Another student on the caseload already has this student ID. "
                                "Each student needs their own; check the number. Nothing else "
                                "was changed.",
    }

    def __init__(self, message: str | None = None, *, code: str = "disk",
                 technical: str | None = None):
        super().__init__(message or self.MESSAGES[code], technical=technical)
        # None when the message was written for this one case (the import's own words).
        self.code: str | None = code if message is None else None

    @classmethod
    def for_error(cls, error: BaseException, code: str = "disk", *,
                  with_detail: bool = True) -> SaveFailed:
        """The SaveFailed for an sqlite3 error met while writing: SQLite's words are the
        technical detail (for the IT team: the command line prints them, a window keeps
        them behind "Show Details"), or left out with with_detail=False."""
        return cls(code=code, technical=str(error) if with_detail else None)


# SQLite's primary result codes (https://www.sqlite.org/rescode.html) that decide what a
# failure means for the teacher. Extended codes carry the primary one in their low byte.
SQLITE_ERROR, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL = 1, 10, 11, 13
SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_NOTADB = 8, 14, 26
_DAMAGE_CODES = {SQLITE_ERROR, SQLITE_CORRUPT, SQLITE_NOTADB}


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code of an sqlite3 error, or None when it has none."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def means_damage(error: BaseException) -> bool:
    """True when SQLite's error says the file itself is damaged or is not a database.

    A full disk, an input/output error, a permission or a busy file are not damage: the
    file is probably fine, and setting it aside or restoring a backup would only hurt."""
    code = sqlite_code(error)
    if code is not None:
        return code in _DAMAGE_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


# Less free space than this on the caseload's drive counts as a full disk: SQLite needs room
# beside the file (its -shm and -wal files) before it can even read it.
FULL_DISK_BYTES = 1 << 20


def disk_is_full(path: Path) -> bool:
    """True when the drive that holds `path` (a file or folder; the nearest existing folder
    above it when it does not exist yet) has (almost) no free space left. False when that
    cannot be told. shutil.disk_usage works the same on Windows, macOS and Linux."""
    place = Path(path)
    while not place.exists() and place.parent != place:
        place = place.parent
    try:
        return shutil.disk_usage(place).free < FULL_DISK_BYTES
    except OSError:
        return False


def disk_problem(error: BaseException, path: Path, *, writing: bool) -> DataFileError | None:
    """The DiskFull or DiskUnreadable problem an sqlite3 or OS error stands for, else None.

    `path` is the file IEP Desk was using; `writing` says whether it was writing to it."""
    code = sqlite_code(error)
    number = getattr(error, "errno", None)
    text = str(error).lower()
    io_error = code == SQLITE_IOERR or number == errno.EIO or (code is None and "i/o error" in text)
    # SQLite says "disk I/O error" when the disk is full as it opens a file (its -shm file
    # cannot grow): on a drive without free space, that is a full disk, not a failing one.
    if (code == SQLITE_FULL or number == errno.ENOSPC or (code is None and "disk is full" in text)
            or (io_error and disk_is_full(path))):
        return DiskFull(
            f"The disk that holds {path} is full, so IEP Desk could not "
            f"{'save there' if writing else 'open it'}. Your caseload is not harmed and "
            "nothing was changed. Make room on the disk (empty the wastebasket, move large files), then "
            "try again.",
            technical=str(error))
    if io_error:
        return DiskUnreadable(
            f"The disk that holds {path} could not be "
            f"{'written to' if writing else 'read'}: the drive may have been unplugged or may "
            "be failing. IEP Desk did not change anything. Check that the drive is connected "
            "and try again; if this keeps happening, ask your school's IT team to look at "
            "the drive.",
            technical=str(error))
    return None



def database_errors(kind: str = "Error") -> tuple[type[Exception], ...]:
    """The exception classes of one DB-API kind ("Error", "IntegrityError",
    "OperationalError"...) that a caseload connection raises, for
    `except database_errors():` or `except database_errors("IntegrityError"):`.

    A protected caseload's connection is sqlcipher3's, whose errors are not subclasses of
    sqlite3's (they carry the same sqlite_errorcode). sqlcipher3 is not imported here:
    while it was never imported, no connection of it exists, so none of its errors can
    be raised (a plain caseload's start-up never pays for it)."""
    plain = getattr(sqlite3, kind)
    sqlcipher = sys.modules.get("sqlcipher3")
    if sqlcipher is None:
        return (plain,)
    return (plain, getattr(sqlcipher, kind))

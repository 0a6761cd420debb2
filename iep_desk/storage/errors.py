"""Problems with the data file, each with a message written for the teacher."""

from __future__ import annotations


class DataFileError(Exception):
    """The caseload file cannot be used; str(error) says why in plain words."""


class DataFolderNotWritable(DataFileError):
    pass


class NotACaseloadFile(DataFileError):
    """The file is damaged, or is not an IEP Desk caseload at all."""


class NewerDataFile(DataFileError):
    """The file was written by a newer version of IEP Desk; it is left untouched."""


class SaveFailed(DataFileError):
    """An edit could not be written (disk full, file locked...). Nothing saved before is changed."""

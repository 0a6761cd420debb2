"""The application layer: one operation per use case, no Qt.

Each operation (a keyword-only function) checks what the teacher entered, writes it in one
transaction through the stores, and returns an `OpResult`: what changed (`Changes`, the
way Anki's collection operations return OpChanges), the value it made (a new row's id), and
an `UndoRecord` that is plain data (which writes put the change back, and which do it
again), never a closure over widgets. The window pushes the record onto its undo stack and
refreshes from one change notification; the command line calls the same operations.

Refusals are raised, not returned: core.problems.ProblemError (MeetingInputError...) for a
value that cannot be stored, storage.errors.SaveFailed for a disk that refused the write,
LookupError for a row that is no longer on file. Nothing is written when one is raised.
"""

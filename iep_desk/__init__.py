"""IEP Desk: a case manager's caseload, meeting planner and meeting review, offline."""

__version__ = "0.1.0"


def version_text() -> str:
    """'IEP Desk 0.1.0 (caseload file format 4)': what --version and the About box show."""
    from iep_desk.storage.migrations import SCHEMA_VERSION

    return f"IEP Desk {__version__} (caseload file format {SCHEMA_VERSION})"

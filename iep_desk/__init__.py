"""IEP Desk: a case manager's caseload, meeting planner and meeting review, offline."""

__version__ = "0.1.0"

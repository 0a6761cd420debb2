"""Plain-Python rules of the job: students, families, team, dates. No Qt, no SQL."""

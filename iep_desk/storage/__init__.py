"""The caseload's SQLite file, through sqlite-utils: schema, migrations, repositories. No Qt."""

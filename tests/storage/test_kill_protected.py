"""Never lose a change on a protected caseload either: the kill test (test_kill.py) with the
child process editing a protected caseload (edit_stream_protected.py)."""

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.storage import protection
from iep_desk.storage.protected_file import connect_with_key, is_protected

from .protected_caseload import FAST, PASSPHRASE, secrets_in, write_plain_caseload
from .test_kill import Saved

STREAM = Path(__file__).with_name("edit_stream_protected.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 30


def start_stream(data_dir: Path, first_number: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(STREAM), str(data_dir), str(first_number)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdin.write(PASSPHRASE.encode() + b"\n")
    proc.stdin.close()
    proc.stdin = None  # (communicate() would flush it)
    return proc


def check_file(path: Path, key: bytes, saved: Saved, context: str) -> None:
    conn = connect_with_key(str(path), key)
    try:
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == [], context
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        names = dict(conn.execute("SELECT id, legal_first_name FROM students").fetchall())
        for student_id, number in saved.students.items():
            assert names.get(student_id) == f"Kid {number}", f"{context}: student {student_id} lost"
        strengths = dict(conn.execute("SELECT id, strengths FROM students").fetchall())
        for student_id, number in saved.latest_strengths.items():
            stored = strengths[student_id]
            assert stored.startswith("edit "), f"{context}: student {student_id} has {stored[:20]!r}"
            assert int(stored.split()[1]) >= number, f"{context}: edit {number} lost"
        linked = set(conn.execute(
            "SELECT f.name, sf.student_id FROM family_members f "
            "JOIN student_family sf ON sf.family_member_id = f.id").fetchall())
        for number, student_id in saved.family:
            assert (f"Parent {number}", student_id) in linked, f"{context}: family {number} lost"
        if saved.counter:
            row = conn.execute("SELECT value FROM settings WHERE key = 'counter'").fetchone()
            assert row is not None and int(row[0]) >= saved.counter, f"{context}: counter lost"
    finally:
        conn.close()


@pytest.mark.slow  # 30 kills: left out by `pytest -m "not slow"`, run by CI
def test_every_reported_edit_survives_a_kill_on_a_protected_caseload(tmp_path):
    seed = random.randrange(1_000_000)
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    write_plain_caseload(data_dir)
    key = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST).key
    protection.remove_copy_kept_aside(data_dir)
    data_file = config.data_file(data_dir)
    saved = Saved()
    runs_with_edits = 0
    # Runs that saw at least one edit reported before the kill: each must keep it.
    runs_that_saw_an_edit = 0
    reading_runs = 0
    for run in range(KILLS):
        proc = start_stream(data_dir, first_number=(run + 1) * 1_000_000)
        seen = b""
        try:
            if rng.random() < 0.2:
                time.sleep(rng.uniform(0.0, 0.4))  # while it is still opening the file
            else:
                reading_runs += 1
                seen = proc.stdout.readline()
                assert seen.strip() in (b"ready", b"")
                for _ in range(rng.randrange(1, 12)):
                    line = proc.stdout.readline()
                    seen += line
                    if not line:
                        break
                time.sleep(rng.uniform(0.0, 0.02))
        finally:
            proc.kill()
        output, errors = proc.communicate()
        context = f"run {run} (seed {seed})"
        # A child that failed says why on its error stream: that comes first.
        assert b"Traceback" not in errors, f"{context}: {errors.decode()[-800:]}"
        assert errors == b"", f"{context}: {errors.decode()[-800:]}"  # SQLCipher says nothing
        runs_that_saw_an_edit += seen.count(b"\n") > 1  # "ready" and an edit
        before = saved.edits
        saved.read(seen + output)
        runs_with_edits += saved.edits > before
        assert is_protected(data_file), context
        check_file(data_file, key, saved, context)
        for path in data_dir.iterdir():  # the caseload, its -wal and -shm, the key file
            if path.is_file():
                assert secrets_in(path) == [], f"{context}: {path.name}"
    # The kills really interrupted a stream of saves, not an idle process: every run that
    # waited for reported edits got them (the child never died first), and kept them. Counted
    # from what was seen, so that a busy machine cannot make this fail.
    assert runs_that_saw_an_edit == reading_runs > 0, (runs_that_saw_an_edit, reading_runs)
    assert runs_with_edits >= runs_that_saw_an_edit
    print(f"{saved.edits} saved edits over {KILLS} kills (seed {seed})")

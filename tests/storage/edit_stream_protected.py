"""edit_stream.py on a protected caseload, for the kill test of a protected caseload.

Run as `python edit_stream_protected.py DATA_DIR FIRST_NUMBER`, with the passphrase on the
first line of standard input (never in the arguments). The caseload's key is unwrapped
from its key file, the caseload opened with it the way the app opens it
(storage.caseload.open_caseload with the key: the checks, the migrations, the pragmas), and
the same stream of edits as edit_stream.py runs on the real CaseloadStore.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import edit_stream

from iep_desk import config
from iep_desk.storage import keys
from iep_desk.storage.caseload import open_caseload


def open_protected_caseload(data_dir) -> object:
    data_file = config.data_file(Path(data_dir))
    passphrase = sys.stdin.readline().rstrip("\n")
    key = keys.unlock_with_passphrase(keys.read_key_file(keys.key_file_for(data_file)),
                                      passphrase)
    return open_caseload(data_dir, key=key)


if __name__ == "__main__":
    edit_stream.open_caseload = open_protected_caseload
    edit_stream.main()

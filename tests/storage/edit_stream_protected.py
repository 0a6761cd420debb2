"""edit_stream.py on a protected caseload, for the kill test of a protected caseload.

Run as `python edit_stream_protected.py DATA_DIR FIRST_NUMBER`, with the passphrase on the
first line of standard input (never in the arguments). The caseload's key is unwrapped
from its key file, the caseload opened with it through storage.protected_file, and the
same stream of edits as edit_stream.py runs on the real CaseloadStore over that connection.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import edit_stream
from protected_caseload import store_on

from iep_desk import config
from iep_desk.storage import keys
from iep_desk.storage.protected_file import open_protected


def open_protected_caseload(data_dir) -> object:
    data_file = config.data_file(Path(data_dir))
    passphrase = sys.stdin.readline().rstrip("\n")
    key = keys.unlock_with_passphrase(keys.read_key_file(keys.key_file_for(data_file)),
                                      passphrase)
    return store_on(open_protected(data_file, key))


if __name__ == "__main__":
    edit_stream.open_caseload = open_protected_caseload
    edit_stream.main()

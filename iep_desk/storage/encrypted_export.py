"""The encrypted full export: the JSON full export (storage.export) sealed with a passphrase
the teacher types for this export, for carrying a caseload to another computer.

The file is three parts:

    IEP Desk encrypted full export\\n                  (one line: what the file is)
    {"format": "IEP Desk encrypted full export", "version": 1, "kdf": "scrypt",
     "log2_n": 17, "r": 8, "p": 1, "salt": "<base64>", "check": "<base64>",
     "cipher": "AES-256-GCM", "nonce": "<base64>"}\\n    (one line of JSON: how to open it)
    <the JSON full export, encrypted with AES-256-GCM>  (the rest, to the end)

The key is derived from the passphrase with scrypt (storage.keys.derive, the same
parameters as the caseload's key file). The first two lines are authenticated with the
rest (AES-GCM's associated data), so a changed byte anywhere is refused. `check` (16 more
bytes of the scrypt output) tells a wrong passphrase from a changed file: when the check
differs the passphrase is wrong (or the check itself was changed, which cannot be told
apart); when it matches and the cipher refuses, the file was changed or damaged.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.export import full_export_bytes
from iep_desk.storage.full_export_check import ExportFormatError
from iep_desk.storage.keys import (
    CHECK_BYTES,
    CIPHER,
    CURRENT_COST,
    KDF,
    NONCE_BYTES,
    SALT_BYTES,
    ScryptCost,
    derive,
    passphrase_bytes,
    read_derivation,
)

FORMAT_NAME = "IEP Desk encrypted full export"
FORMAT_VERSION = 1
FIRST_LINE = (FORMAT_NAME + "\n").encode("ascii")
# The header line is short; a file whose second line runs longer is not one of ours.
MAX_HEADER = 4096


class EncryptedExportProblem(ExportFormatError):
    """An encrypted full export that cannot be opened; `code` says why."""

    code = "encrypted_export_problem"


class WrongExportPassphrase(EncryptedExportProblem):
    code = "wrong_passphrase"

    def __init__(self):
        super().__init__("That passphrase does not open this export. Nothing was imported. "
                         "Check it and try again.")


class DamagedEncryptedExport(EncryptedExportProblem):
    code = "damaged"

    def __init__(self, technical: str = ""):
        super().__init__("This encrypted export is damaged or was changed after it was made, "
                         "so it cannot be opened. Nothing was imported. Make the export "
                         "again from the original caseload.")
        self.technical = technical or None


class NewerEncryptedExport(EncryptedExportProblem):
    code = "newer_version"

    def __init__(self):
        super().__init__("This encrypted export was made by a newer version of IEP Desk. "
                         "Please update IEP Desk to import it. Nothing was imported.")


def is_encrypted_export(data: bytes) -> bool:
    """True when `data` begins like an encrypted full export (what `import` checks first)."""
    return bytes(data[:len(FIRST_LINE)]) == FIRST_LINE


def seal(export_json: bytes, passphrase: str, *, cost: ScryptCost = CURRENT_COST) -> bytes:
    """The encrypted export holding `export_json`. ValueError for an empty passphrase."""
    if not passphrase:
        raise ValueError("a passphrase is needed")
    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    key, check = derive(passphrase_bytes(passphrase), salt, cost)
    header = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "kdf": KDF,
              "log2_n": cost.log2_n, "r": cost.r, "p": cost.p, "salt": _b64(salt),
              "check": _b64(check), "cipher": CIPHER, "nonce": _b64(nonce)}
    opening = FIRST_LINE + (json.dumps(header) + "\n").encode("ascii")
    return opening + AESGCM(key).encrypt(nonce, export_json, opening)


def unseal(data: bytes, passphrase: str) -> bytes:
    """The JSON full export inside `data` (for storage.export.read_full_export). Raises
    WrongExportPassphrase, DamagedEncryptedExport, NewerEncryptedExport."""
    opening, header, sealed = _read_opening(bytes(data))
    key, check = derive(passphrase_bytes(passphrase), header["salt"], header["cost"])
    if not hmac.compare_digest(check, header["check"]):
        raise WrongExportPassphrase()
    try:
        return AESGCM(key).decrypt(header["nonce"], sealed, opening)
    except InvalidTag as error:
        raise DamagedEncryptedExport("the passphrase's check matches but the content "
                                     "does not authenticate") from error


def encrypted_full_export_bytes(store: CaseloadStore, passphrase: str, *,
                                cost: ScryptCost = CURRENT_COST) -> bytes:
    """The whole caseload (storage.export.full_export_bytes), sealed with `passphrase`."""
    return seal(full_export_bytes(store), passphrase, cost=cost)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _read_opening(data: bytes) -> tuple[bytes, dict, bytes]:
    if not is_encrypted_export(data):
        raise DamagedEncryptedExport("the first line is not the format's name")
    end = data.find(b"\n", len(FIRST_LINE), len(FIRST_LINE) + MAX_HEADER)
    if end < 0:
        raise DamagedEncryptedExport("no header line")
    opening = data[:end + 1]
    try:
        header = json.loads(data[len(FIRST_LINE):end].decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise DamagedEncryptedExport("the header is not JSON") from error
    if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
        raise DamagedEncryptedExport("the header names another format")
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DamagedEncryptedExport("no format version")
    if version > FORMAT_VERSION:
        raise NewerEncryptedExport()
    try:
        decoded = read_derivation(header, {"salt": (SALT_BYTES, 64),
                                           "check": (CHECK_BYTES, CHECK_BYTES),
                                           "nonce": (NONCE_BYTES, NONCE_BYTES)})
    except ValueError as error:
        raise DamagedEncryptedExport(str(error)) from error
    return opening, decoded, data[end + 1:]

"""The key of a protected caseload, and the key file that keeps it.

A protected caseload is encrypted (SQLCipher) with a key of 32 random bytes. The key is
never written anywhere as it is: the key file beside the caseload (caseload.key) holds it
twice, each time wrapped (encrypted with AES-256-GCM) by a key derived from a secret the
teacher has:

- their passphrase, which they type when IEP Desk opens the caseload;
- the recovery code, 32 characters shown (and offered for printing) once when protection
  is turned on, for the day the passphrase is forgotten.

Both derivations use scrypt, which needs a lot of memory and about half a second, so that
someone who copied the key file cannot try many passphrases quickly. Its parameters are
stored with each wrapped key, so that later versions can raise them: a key file keeps
opening with the parameters it was written with, and every rewrap (a new passphrase) uses
the current ones.

Changing the passphrase rewraps the same key, so the caseload and its backups are not
re-encrypted. Without the passphrase and without the recovery code the key cannot be
recovered by anyone; that is the point.

Nothing here writes a passphrase, a recovery code or a key to the disk or to a log; they
live in memory only, as Python strings and bytes (which Python cannot reliably wipe: they
are freed when no longer used, and the memory is reused).

The key file is JSON:

    {"format": "IEP Desk caseload key", "version": 1, "key_id": "<16 hex digits>",
     "passphrase":    {"kdf": "scrypt", "log2_n": 17, "r": 8, "p": 1, "salt": "<base64>",
                       "check": "<base64>", "cipher": "AES-256-GCM", "nonce": "<base64>",
                       "wrapped_key": "<base64>"},
     "recovery_code": {... the same fields ...}}

`check` is 16 more bytes of the scrypt output (the first 32 are the wrapping key): it
tells a wrong passphrase (the check differs) from a key file whose wrapped key was
changed or damaged (the check matches, the cipher's authentication fails). It lets no one
test a guess any faster, since each guess still costs one scrypt derivation. `key_id` names
the key without revealing it (an HMAC of a fixed text under the key), so that copies of the
key file beside backups can be matched with the caseload's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from iep_desk.storage import files
from iep_desk.storage.errors import DataFileError, NewerDataFile

KEY_FILE_FORMAT = "IEP Desk caseload key"
KEY_FILE_VERSION = 1
KEY_FILE_SUFFIX = ".key"
KEY_BYTES = 32
CIPHER = "AES-256-GCM"
KDF = "scrypt"
SALT_BYTES = 16
NONCE_BYTES = 12  # AES-GCM's standard nonce
CHECK_BYTES = 16
TAG_BYTES = 16

PASSPHRASE = "passphrase"
RECOVERY_CODE = "recovery_code"

# The recovery code: 8 groups of 4 characters from 16 that cannot be mistaken for one
# another on paper or read aloud (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V; no vowels but
# none, so no words), 4 bits each: 128 random bits.
RECOVERY_ALPHABET = "23456789CFHJKMRX"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_LENGTH = 4
RECOVERY_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH


@dataclass(frozen=True, slots=True)
class ScryptCost:
    """How much work and memory one derivation takes: scrypt's N = 2**log2_n, r and p.

    Memory is 128 * N * r bytes (128 MiB for the default)."""

    log2_n: int = 17
    r: int = 8
    p: int = 1

    @property
    def memory_bytes(self) -> int:
        return 128 * (2 ** self.log2_n) * self.r * self.p


# N = 2**17, r = 8, p = 1: OWASP's recommended minimum for scrypt (Password Storage Cheat
# Sheet), 128 MiB. About 0.45 s on the 2-core Xeon this was measured on
# (benchmarks/bench_protection.py), so 0.5-1 s on a modest school laptop: once when the
# caseload opens. Raise it here when laptops get faster; older key files keep opening.
CURRENT_COST = ScryptCost()

# A key file asking for more than this is refused as damaged, never derived: a changed
# number must not make IEP Desk run for minutes or take gigabytes.
MAX_LOG2_N = 22
MAX_R = 32
MAX_P = 16
MAX_MEMORY_BYTES = 1 << 30


# -- problems ---------------------------------------------------------------------------------

class KeyProblem(DataFileError):
    """The caseload's key could not be unwrapped; `code` says why, for the window and the
    command line to choose what to offer (try again, the recovery code, a backup's key copy)."""

    code = "key_problem"


class WrongPassphrase(KeyProblem):
    """The passphrase does not open this key file (its check differs)."""

    code = "wrong_passphrase"

    def __init__(self):
        super().__init__("That passphrase does not open this caseload. Nothing was changed. "
                         "Check it and try again.")


class WrongRecoveryCode(KeyProblem):
    """The recovery code does not open this key file (mistyped, or another caseload's)."""

    code = "wrong_recovery_code"

    def __init__(self):
        super().__init__("That recovery code does not open this caseload. Nothing was changed. "
                         "Check each group of four characters and try again.")


class DamagedKeyFile(KeyProblem):
    """The key file cannot be read: not JSON, a field missing or out of range, or the
    wrapped key changed (the passphrase's check matched but the cipher refused it)."""

    code = "damaged_key_file"

    def __init__(self, technical: str):
        super().__init__(
            "The key file that unlocks this caseload (caseload.key, beside it) is damaged, so "
            "IEP Desk cannot use it. Nothing was changed. A copy of the key file is kept "
            "beside each backup, in the backups folder; your school's IT team can put one "
            "back as caseload.key.",
            technical=technical)


class MissingKeyFile(KeyProblem):
    """The caseload is protected but no key file is beside it."""

    code = "missing_key_file"

    def __init__(self, path: Path):
        super().__init__(
            f"This caseload is protected with a passphrase, but its key file ({path.name}, "
            f"which belongs beside it in {path.parent}) is missing, so it cannot be opened. "
            "Nothing was changed. A copy of the key file is kept beside each backup, in the "
            "backups folder; your school's IT team can put one back there.")


# -- what protection gives --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class NewProtection:
    """A new key, the recovery code that opens it, and the key file to write beside the
    caseload. The key and the code exist only in memory: show the code once, never save it.
    (repr=False: a traceback or a log never shows them.)"""

    key: bytes = field(repr=False)
    recovery_code: str = field(repr=False)
    key_file: bytes = field(repr=False)


def new_protection(passphrase: str, *, cost: ScryptCost = CURRENT_COST) -> NewProtection:
    """A new random key, wrapped by `passphrase` and by a new recovery code.

    Takes two derivations (about a second). ValueError when the passphrase is empty (the
    window and the command line ask for one first)."""
    _require_passphrase(passphrase)
    key = secrets.token_bytes(KEY_BYTES)
    code = make_recovery_code()
    content = _key_file(key, {
        PASSPHRASE: _wrap(key, passphrase_bytes(passphrase), PASSPHRASE, cost),
        RECOVERY_CODE: _wrap(key, _recovery_secret(code), RECOVERY_CODE, cost)})
    return NewProtection(key, code, content)


def unlock_with_passphrase(key_file: bytes, passphrase: str) -> bytes:
    """The caseload's key. Raises WrongPassphrase, DamagedKeyFile, NewerDataFile."""
    parsed = read_key_file_content(key_file)
    return _unwrap(parsed, PASSPHRASE, passphrase_bytes(passphrase))


def unlock_with_recovery_code(key_file: bytes, recovery_code: str) -> bytes:
    """The caseload's key, from the recovery code as typed (spaces, dashes and lower case
    allowed). Raises WrongRecoveryCode, DamagedKeyFile, NewerDataFile."""
    parsed = read_key_file_content(key_file)
    return _unwrap(parsed, RECOVERY_CODE, _recovery_secret(recovery_code))


def change_passphrase(key_file: bytes, old_passphrase: str, new_passphrase: str,
                      *, cost: ScryptCost = CURRENT_COST) -> bytes:
    """The key file's new content: the same key wrapped by `new_passphrase`; the recovery
    code is unchanged. The caseload is not re-encrypted. Raises what unlock_with_passphrase
    raises (nothing changed then), ValueError for an empty new passphrase."""
    _require_passphrase(new_passphrase)
    parsed = read_key_file_content(key_file)
    key = _unwrap(parsed, PASSPHRASE, passphrase_bytes(old_passphrase))
    return _rewrapped(parsed, key, PASSPHRASE, passphrase_bytes(new_passphrase), cost)


def set_passphrase_with_recovery_code(key_file: bytes, recovery_code: str,
                                      new_passphrase: str, *,
                                      cost: ScryptCost = CURRENT_COST) -> bytes:
    """The key file's new content after a forgotten passphrase: the key, unwrapped by the
    recovery code, wrapped by `new_passphrase`. The recovery code keeps working (the teacher
    still has it on paper). Raises what unlock_with_recovery_code raises, ValueError for an
    empty new passphrase."""
    _require_passphrase(new_passphrase)
    parsed = read_key_file_content(key_file)
    key = _unwrap(parsed, RECOVERY_CODE, _recovery_secret(recovery_code))
    return _rewrapped(parsed, key, PASSPHRASE, passphrase_bytes(new_passphrase), cost)


def new_recovery_code(key_file: bytes, passphrase: str, *,
                      cost: ScryptCost = CURRENT_COST) -> tuple[str, bytes]:
    """A new recovery code (the printed one lost, or used) and the key file's new content;
    the old code no longer opens the new content. Raises what unlock_with_passphrase raises."""
    parsed = read_key_file_content(key_file)
    key = _unwrap(parsed, PASSPHRASE, passphrase_bytes(passphrase))
    code = make_recovery_code()
    return code, _rewrapped(parsed, key, RECOVERY_CODE, _recovery_secret(code), cost)


def key_id(key: bytes) -> str:
    """A name for the key that reveals nothing of it (16 hex digits)."""
    return hmac.new(key, b"IEP Desk key id", hashlib.sha256).hexdigest()[:16]


def key_id_of(key_file: bytes) -> str:
    """The key_id a key file names, read without unwrapping. Raises DamagedKeyFile."""
    return read_key_file_content(key_file)["key_id"]


# -- the key file on disk -----------------------------------------------------------------------

def key_file_for(caseload_file: Path) -> Path:
    """The key file that belongs to a caseload file or a backup: its name with .key
    (caseload.sqlite -> caseload.key)."""
    return Path(caseload_file).with_suffix(KEY_FILE_SUFFIX)


def read_key_file(path: Path) -> bytes:
    """The bytes of the key file at `path`. Raises MissingKeyFile when there is none;
    OSError for other problems (the caller says what they mean: the disk, a permission)."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as error:
        raise MissingKeyFile(Path(path)) from error


def write_key_file(path: Path, content: bytes) -> None:
    """Write the key file whole and owner-only from its first byte (storage.files)."""
    read_key_file_content(content)  # never writes a key file that could not be read back
    files.write_whole(Path(path), content)


# -- the recovery code ----------------------------------------------------------------------------

def make_recovery_code() -> str:
    """A new recovery code: 8 groups of 4 characters, dash-separated (128 random bits)."""
    digits = "".join(RECOVERY_ALPHABET[int(h, 16)] for h in secrets.token_hex(16))
    return format_recovery_code(digits)


def format_recovery_code(code: str) -> str:
    """"7KXC-H4M9-…": groups of four, joined by dashes, for showing and printing."""
    size = RECOVERY_GROUP_LENGTH
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


def normalize_recovery_code(typed: str) -> str | None:
    """The 32 characters of a typed recovery code (spaces, dashes, lower case allowed), or
    None when it cannot be one (wrong length, a character the codes never use)."""
    code = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-–—")
    if len(code) != RECOVERY_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in code):
        return None
    return code


# -- deriving, wrapping, unwrapping ------------------------------------------------------------------

def derive(secret: bytes, salt: bytes, cost: ScryptCost) -> tuple[bytes, bytes]:
    """scrypt(secret): a 32-byte key and a 16-byte check value, from one derivation."""
    out = Scrypt(salt=salt, length=KEY_BYTES + CHECK_BYTES, n=2 ** cost.log2_n, r=cost.r,
                 p=cost.p).derive(secret)
    return out[:KEY_BYTES], out[KEY_BYTES:]


def check_cost(cost: ScryptCost) -> str | None:
    """Why a stored cost cannot be used (out of the bounds above), or None."""
    if not (10 <= cost.log2_n <= MAX_LOG2_N and 1 <= cost.r <= MAX_R and 1 <= cost.p <= MAX_P):
        return f"scrypt parameters out of range: log2_n={cost.log2_n} r={cost.r} p={cost.p}"
    if cost.memory_bytes > MAX_MEMORY_BYTES:
        return "scrypt parameters ask for more than 1 GiB of memory"
    return None


def passphrase_bytes(passphrase: str) -> bytes:
    """The bytes a passphrase is derived from: UTF-8 of its NFC form."""
    # NFC: the same passphrase typed on another keyboard or system (é as one character or as
    # e + accent) gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _recovery_secret(typed: str) -> bytes:
    # A code that cannot be one is refused at once, like any other wrong code (no derivation).
    code = normalize_recovery_code(typed)
    if code is None:
        raise WrongRecoveryCode()
    return code.encode("ascii")


def _require_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise ValueError("a passphrase is needed")


def _aad(purpose: str) -> bytes:
    # Binds each wrapped key to what it is: a recovery wrap pasted into the passphrase's
    # place is refused.
    return f"{KEY_FILE_FORMAT} {KEY_FILE_VERSION} {purpose}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _wrap(key: bytes, secret: bytes, purpose: str, cost: ScryptCost) -> dict:
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapping_key, check = derive(secret, salt, cost)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, key, _aad(purpose))
    return {"kdf": KDF, "log2_n": cost.log2_n, "r": cost.r, "p": cost.p, "salt": _b64(salt),
            "check": _b64(check), "cipher": CIPHER, "nonce": _b64(nonce),
            "wrapped_key": _b64(wrapped)}


def _key_file(key: bytes, wraps: dict[str, dict]) -> bytes:
    content = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "key_id": key_id(key),
               PASSPHRASE: wraps[PASSPHRASE], RECOVERY_CODE: wraps[RECOVERY_CODE]}
    return (json.dumps(content, indent=1) + "\n").encode("utf-8")


def _rewrapped(parsed: dict, key: bytes, purpose: str, secret: bytes, cost: ScryptCost) -> bytes:
    wraps = {PASSPHRASE: parsed["raw"][PASSPHRASE], RECOVERY_CODE: parsed["raw"][RECOVERY_CODE]}
    wraps[purpose] = _wrap(key, secret, purpose, cost)
    return _key_file(key, wraps)


def _unwrap(parsed: dict, purpose: str, secret: bytes) -> bytes:
    wrap = parsed[purpose]
    wrapping_key, check = derive(secret, wrap["salt"], wrap["cost"])
    if not hmac.compare_digest(check, wrap["check"]):
        raise WrongPassphrase() if purpose == PASSPHRASE else WrongRecoveryCode()
    try:
        key = AESGCM(wrapping_key).decrypt(wrap["nonce"], wrap["wrapped_key"], _aad(purpose))
    except InvalidTag as error:
        raise DamagedKeyFile(f"{purpose}: the secret's check matches but the wrapped key "
                             "does not authenticate") from error
    if len(key) != KEY_BYTES or not hmac.compare_digest(key_id(key), parsed["key_id"]):
        raise DamagedKeyFile(f"{purpose}: the unwrapped key does not match key_id")
    return key


def read_key_file_content(content: bytes) -> dict:
    """The key file's fields, checked and decoded (salts, nonces and wrapped keys as bytes,
    each wrap's cost as a ScryptCost; the JSON as it was under "raw"). Raises DamagedKeyFile
    for anything that is not a key file this version wrote, NewerDataFile for a key file of
    a later format version."""
    try:
        raw = json.loads(bytes(content).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise DamagedKeyFile("not readable JSON") from error
    if not isinstance(raw, dict) or raw.get("format") != KEY_FILE_FORMAT:
        raise DamagedKeyFile("not an IEP Desk key file (format)")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedKeyFile("no format version")
    if version > KEY_FILE_VERSION:
        raise NewerDataFile(
            "The caseload's key file was written by a newer version of IEP Desk. Please "
            "update IEP Desk to open this caseload. Nothing was changed.")
    identity = raw.get("key_id")
    if not isinstance(identity, str) or len(identity) != 16 or any(
            ch not in "0123456789abcdef" for ch in identity):
        raise DamagedKeyFile("key_id is not 16 hex digits")
    parsed = {"raw": raw, "key_id": identity}
    for purpose in (PASSPHRASE, RECOVERY_CODE):
        parsed[purpose] = _read_wrap(raw.get(purpose), purpose)
    return parsed


def _read_wrap(wrap: object, purpose: str) -> dict:
    if not isinstance(wrap, dict):
        raise DamagedKeyFile(f"{purpose}: missing")
    try:
        return read_derivation(wrap, {"salt": (SALT_BYTES, 64), "check": (CHECK_BYTES, CHECK_BYTES),
                                      "nonce": (NONCE_BYTES, NONCE_BYTES),
                                      "wrapped_key": (KEY_BYTES + TAG_BYTES, KEY_BYTES + TAG_BYTES)})
    except ValueError as error:
        raise DamagedKeyFile(f"{purpose}: {error}") from error


def read_derivation(fields: dict, sizes: dict[str, tuple[int, int]]) -> dict:
    """The derivation fields of a key file's wrap or an encrypted export's header, checked:
    "kdf" and "cipher" ours, the scrypt cost within bounds (under "cost", a ScryptCost), and
    each base64 field named in `sizes` decoded, its length within (least, most).
    ValueError naming what is wrong."""
    if fields.get("kdf") != KDF or fields.get("cipher") != CIPHER:
        raise ValueError("unknown kdf or cipher")
    numbers = [fields.get(name) for name in ("log2_n", "r", "p")]
    whole = [n for n in numbers if isinstance(n, int) and not isinstance(n, bool)]
    if len(whole) != len(numbers):
        raise ValueError("scrypt parameters are not whole numbers")
    cost = ScryptCost(*whole)
    problem = check_cost(cost)
    if problem:
        raise ValueError(problem)
    decoded: dict = {"cost": cost}
    for name, (least, most) in sizes.items():
        value = fields.get(name)
        try:
            data = base64.b64decode(value, validate=True) if isinstance(value, str) else None
        except (binascii.Error, ValueError):
            data = None
        if data is None or not least <= len(data) <= most:
            raise ValueError(f"{name} missing or of the wrong size")
        decoded[name] = data
    return decoded

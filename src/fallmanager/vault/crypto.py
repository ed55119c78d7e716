"""Key derivation, key wrapping and the printable recovery key.

The database key is 32 random bytes. It is stored only wrapped with AES-256-GCM:

* under a key derived from the passphrase with Argon2id, mixed (HKDF-SHA256) with a
  per-device secret kept in the OS credential store, so a copied vault file plus the
  passphrase is not enough on another machine;
* under a key derived (HKDF-SHA256) from the recovery key, 160 random bits shown once.

The associated data binds each wrap to the vault id and its purpose.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fallmanager.vault.errors import MalformedRecoveryKeyError

DATABASE_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters. Stored in the key file, so they can be raised later by re-wrapping.

    The defaults cost about half a second on a current laptop (measured figures in
    ``docs/security.md`` and ``bench/README.md``).
    """

    memory_kib: int = 131_072  # 128 MiB
    iterations: int = 10
    parallelism: int = 2

    @classmethod
    def recommended(cls) -> KdfParams:
        return cls()

    def is_below(self, other: KdfParams) -> bool:
        return self.memory_kib < other.memory_kib or self.iterations < other.iterations

    def to_json(self) -> dict[str, int]:
        return asdict(self)


#: Cheap parameters for automated tests only; never used by the application.
TEST_KDF = KdfParams(memory_kib=1024, iterations=1, parallelism=1)


def argon2id(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def hkdf(material: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(material)


def passphrase_kek(
    passphrase: str, salt: bytes, params: KdfParams, device_secret: bytes | None
) -> bytes:
    """Key-encryption key from the passphrase and (if bound) the device secret."""
    stretched = argon2id(passphrase, salt, params)
    return hkdf(stretched + (device_secret or b""), salt, b"fallmanager/passphrase-wrap/v1")


def recovery_kek(recovery_key: bytes, salt: bytes) -> bytes:
    return hkdf(recovery_key, salt, b"fallmanager/recovery-wrap/v1")


@dataclass(frozen=True, slots=True)
class WrappedKey:
    nonce: bytes
    ciphertext: bytes


def wrap(kek: bytes, key: bytes, aad: bytes) -> WrappedKey:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return WrappedKey(nonce, AESGCM(kek).encrypt(nonce, key, aad))


def unwrap(kek: bytes, wrapped: WrappedKey, aad: bytes) -> bytes | None:
    """The key, or ``None`` if the key-encryption key (or associated data) is wrong."""
    try:
        return AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, aad)
    except InvalidTag:
        return None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- recovery key ---------------------------------------------------------------------------

# Crockford's base-32 alphabet: no I, L, O, U, so it reads and types unambiguously.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)} | {"I": 1, "L": 1, "O": 0}
RECOVERY_KEY_BYTES = 20  # 160 bits → 32 characters
_CHECK_CHARS = 4


def new_recovery_key() -> bytes:
    return secrets.token_bytes(RECOVERY_KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """Nine groups of four characters; the last group checks against typos.

    The check group is three characters of a hash of the key plus one Luhn mod 32 character
    over everything before it, so every single mistyped character and most swapped
    neighbours are recognised as typos rather than taken for a different key.
    """
    chars = _base32(key) + _check(key)
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def parse_recovery_key(text: str) -> bytes:
    """Parse a typed recovery key (any case, spaces or dashes); detect typos."""
    chars = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    if len(chars) != 32 + _CHECK_CHARS or any(ch not in _DECODE for ch in chars):
        raise MalformedRecoveryKeyError()
    number = 0
    for ch in chars[:32]:
        number = (number << 5) | _DECODE[ch]
    key = number.to_bytes(RECOVERY_KEY_BYTES, "big")
    expected = _check(key)
    given = "".join(_ALPHABET[_DECODE[ch]] for ch in chars[32:])
    if not hmac.compare_digest(expected, given):
        raise MalformedRecoveryKeyError()
    return key


def _check(key: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"fallmanager-recovery" + key).digest()[:3], "big")
    hashed = "".join(_ALPHABET[(digest >> (5 * i)) & 31] for i in reversed(range(_CHECK_CHARS - 1)))
    return hashed + _luhn32(_base32(key) + hashed)


def _base32(key: bytes) -> str:
    """The 160-bit key as 32 characters of the Crockford alphabet."""
    number = int.from_bytes(key, "big")
    return "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(32)))


def _luhn32(chars: str) -> str:
    """Luhn mod N check character (N = 32): detects every single substitution."""
    factor, total = 2, 0
    for ch in reversed(chars):
        addend = factor * _DECODE[ch]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return _ALPHABET[(32 - total % 32) % 32]

"""Key derivation, key wrapping and the printable recovery key."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fallmanager.vault.crypto import (
    DATABASE_KEY_BYTES,
    RECOVERY_KEY_BYTES,
    TEST_KDF,
    KdfParams,
    WrappedKey,
    argon2id,
    b64,
    format_recovery_key,
    hkdf,
    new_recovery_key,
    parse_recovery_key,
    passphrase_kek,
    recovery_kek,
    unb64,
    unwrap,
    wrap,
)
from fallmanager.vault.errors import MalformedRecoveryKeyError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEYS = [
    bytes(20),
    b"\xff" * 20,
    bytes(range(20)),
    bytes.fromhex("8f3a0c55d2e1b47a9c06f2e8d13b5a7c4e9f0a21"),
]

# -- recovery key ---------------------------------------------------------------------------


def test_recovery_key_layout() -> None:
    text = format_recovery_key(bytes(range(20)))
    groups = text.split("-")
    assert len(groups) == 9
    assert all(len(g) == 4 for g in groups)
    assert set(text.replace("-", "")) <= set(ALPHABET)
    assert not re.search(r"[ILOU]", text)


def test_recovery_key_of_zero_bytes() -> None:
    assert format_recovery_key(bytes(20)).startswith("0000-0000-0000-0000-0000-0000-0000-0000-")


def test_new_recovery_keys_are_random_160_bit() -> None:
    keys = {new_recovery_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(len(k) == RECOVERY_KEY_BYTES == 20 for k in keys)


@given(st.binary(min_size=20, max_size=20))
def test_recovery_key_round_trip(key: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(key)) == key


@given(st.binary(min_size=20, max_size=20))
def test_recovery_key_is_tolerant_of_case_spaces_and_dashes(key: bytes) -> None:
    text = format_recovery_key(key)
    assert parse_recovery_key(text.lower()) == key
    assert parse_recovery_key(text.replace("-", "")) == key
    assert parse_recovery_key(text.replace("-", " ")) == key
    assert parse_recovery_key("  " + text.replace("-", " - ") + "\n") == key
    assert parse_recovery_key(text.replace("-", "\t")) == key


@pytest.mark.parametrize("key", KEYS)
def test_recovery_key_accepts_crockford_lookalikes(key: bytes) -> None:
    text = format_recovery_key(key)
    typed = text.replace("0", "O").replace("1", "I")
    assert parse_recovery_key(typed) == key
    assert parse_recovery_key(text.replace("1", "L")) == key
    assert parse_recovery_key(text.replace("1", "l").replace("0", "o")) == key
    assert parse_recovery_key(text.replace("1", "i").lower()) == key


def _typos(text: str) -> list[str]:
    """Every single-character change of ``text`` to a character of a different value."""
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    result = []
    for i in positions:
        for replacement in ALPHABET:
            if replacement != text[i]:
                result.append(text[:i] + replacement + text[i + 1 :])
    return result


@pytest.mark.parametrize("key", KEYS)
def test_recovery_key_rejects_every_single_character_typo(key: bytes) -> None:
    text = format_recovery_key(key)
    typos = _typos(text)
    assert len(typos) == 36 * 31
    accepted = []
    for typo in typos:
        try:
            parse_recovery_key(typo)
        except MalformedRecoveryKeyError:
            continue
        accepted.append(typo)
    assert accepted == []


def test_recovery_key_rejects_a_typo_whose_hash_check_collides() -> None:
    """A typed "H" for the "2" at position 17 of this key must not parse as another key."""
    text = format_recovery_key(bytes(range(20)))
    assert text.startswith("000G-40R4-0M30-E209-185G-R38E-1W81-24GK-")
    with pytest.raises(MalformedRecoveryKeyError):
        parse_recovery_key(text.replace("E209", "EH09"))


@settings(max_examples=200)
@given(
    st.binary(min_size=20, max_size=20),
    st.integers(0, 35),
    st.integers(1, 31),
)
def test_recovery_key_rejects_a_random_typo(key: bytes, position: int, shift: int) -> None:
    chars = format_recovery_key(key).replace("-", "")
    changed = ALPHABET[(ALPHABET.index(chars[position]) + shift) % 32]
    typo = chars[:position] + changed + chars[position + 1 :]
    with pytest.raises(MalformedRecoveryKeyError):
        parse_recovery_key(typo)


@pytest.mark.parametrize("key", KEYS[:2])
def test_recovery_key_rejects_swapped_neighbours(key: bytes) -> None:
    chars = format_recovery_key(key).replace("-", "")
    for i in range(len(chars) - 1):
        if chars[i] == chars[i + 1]:
            continue
        swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
        with pytest.raises(MalformedRecoveryKeyError):
            parse_recovery_key(swapped)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t[:-1],  # a character missing
        lambda t: t + "0",  # one too many
        lambda t: t[:5] + "U" + t[6:],  # U is not in the alphabet
        lambda t: t[:5] + "*" + t[6:],
        lambda t: t[:5] + "Ö" + t[6:],
        lambda t: t.replace("-", "_"),
        lambda t: t.replace("-", "\r"),
        lambda t: "",
        lambda t: t[:40],
    ],
)
def test_recovery_key_rejects_malformed_text(mutate) -> None:  # type: ignore[no-untyped-def]
    text = format_recovery_key(KEYS[3])
    with pytest.raises(MalformedRecoveryKeyError):
        parse_recovery_key(mutate(text))


def test_malformed_recovery_key_error_has_a_code() -> None:
    assert MalformedRecoveryKeyError().code == "malformed_recovery_key"


# -- wrapping -------------------------------------------------------------------------------


def test_wrap_and_unwrap_with_the_right_key() -> None:
    kek = bytes(range(32))
    key = b"\x42" * DATABASE_KEY_BYTES
    wrapped = wrap(kek, key, b"vault:1:passphrase")
    assert len(wrapped.nonce) == 12
    assert key not in wrapped.ciphertext
    assert len(wrapped.ciphertext) == DATABASE_KEY_BYTES + 16
    assert unwrap(kek, wrapped, b"vault:1:passphrase") == key


def test_unwrap_with_the_wrong_key_or_aad_fails() -> None:
    kek = bytes(range(32))
    key = b"\x42" * DATABASE_KEY_BYTES
    wrapped = wrap(kek, key, b"vault:1:passphrase")
    assert unwrap(bytes(32), wrapped, b"vault:1:passphrase") is None
    assert unwrap(kek, wrapped, b"vault:1:recovery") is None
    assert unwrap(kek, wrapped, b"vault:2:passphrase") is None
    assert unwrap(kek, wrapped, b"") is None


def test_unwrap_detects_tampering() -> None:
    kek = bytes(range(32))
    wrapped = wrap(kek, b"\x42" * 32, b"aad")
    flipped = bytes([wrapped.ciphertext[0] ^ 1]) + wrapped.ciphertext[1:]
    assert unwrap(kek, WrappedKey(wrapped.nonce, flipped), b"aad") is None
    other_nonce = bytes([wrapped.nonce[0] ^ 1]) + wrapped.nonce[1:]
    assert unwrap(kek, WrappedKey(other_nonce, wrapped.ciphertext), b"aad") is None


def test_wrap_uses_a_fresh_nonce_each_time() -> None:
    kek = bytes(range(32))
    first, second = wrap(kek, bytes(32), b"a"), wrap(kek, bytes(32), b"a")
    assert first.nonce != second.nonce
    assert first.ciphertext != second.ciphertext


# -- key derivation -------------------------------------------------------------------------


def test_argon2id_is_deterministic() -> None:
    salt = b"0123456789abcdef"
    first = argon2id("korrekt Pferd Batterie", salt, TEST_KDF)
    assert len(first) == 32
    assert argon2id("korrekt Pferd Batterie", salt, TEST_KDF) == first
    assert argon2id("korrekt Pferd Batterie!", salt, TEST_KDF) != first
    assert argon2id("korrekt Pferd Batterie", b"fedcba9876543210", TEST_KDF) != first
    cheaper = KdfParams(memory_kib=1024, iterations=2, parallelism=1)
    assert argon2id("korrekt Pferd Batterie", salt, cheaper) != first


def test_argon2id_encodes_unicode_passphrases_as_utf8() -> None:
    salt = b"0123456789abcdef"
    assert argon2id("Grüße", salt, TEST_KDF) != argon2id("Grusse", salt, TEST_KDF)
    assert argon2id("Grüße", salt, TEST_KDF) == argon2id("Gr\u00fc\u00dfe", salt, TEST_KDF)


def test_passphrase_kek_depends_on_the_device_secret() -> None:
    salt = b"0123456789abcdef"
    unbound = passphrase_kek("geheimnisvoll", salt, TEST_KDF, None)
    assert unbound == passphrase_kek("geheimnisvoll", salt, TEST_KDF, b"")
    bound = passphrase_kek("geheimnisvoll", salt, TEST_KDF, b"device-secret")
    assert bound != unbound
    assert bound == passphrase_kek("geheimnisvoll", salt, TEST_KDF, b"device-secret")
    assert bound != passphrase_kek("geheimnisvoll", salt, TEST_KDF, b"other-device")
    assert len(bound) == 32


def test_recovery_kek() -> None:
    key = bytes(range(20))
    kek = recovery_kek(key, b"salt-salt-salt-1")
    assert len(kek) == 32
    assert kek == recovery_kek(key, b"salt-salt-salt-1")
    assert kek != recovery_kek(key, b"salt-salt-salt-2")
    assert kek != hkdf(key, b"salt-salt-salt-1", b"fallmanager/passphrase-wrap/v1")


def test_full_wrap_cycle_with_derived_keys() -> None:
    salt = b"0123456789abcdef"
    database_key = bytes(range(32))
    kek = passphrase_kek("lange Passphrase", salt, TEST_KDF, b"dev")
    wrapped = wrap(kek, database_key, b"fallmanager-vault:v1:passphrase")
    again = passphrase_kek("lange Passphrase", salt, TEST_KDF, b"dev")
    assert unwrap(again, wrapped, b"fallmanager-vault:v1:passphrase") == database_key
    wrong = passphrase_kek("lange Passphrasf", salt, TEST_KDF, b"dev")
    assert unwrap(wrong, wrapped, b"fallmanager-vault:v1:passphrase") is None


def test_kdf_params() -> None:
    recommended = KdfParams.recommended()
    assert recommended == KdfParams()
    assert TEST_KDF.is_below(recommended)
    assert not recommended.is_below(TEST_KDF)
    assert not recommended.is_below(recommended)
    assert KdfParams(memory_kib=131_072, iterations=9).is_below(recommended)
    assert recommended.to_json() == {"memory_kib": 131_072, "iterations": 10, "parallelism": 2}


@given(st.binary(max_size=64))
def test_base64_round_trip(data: bytes) -> None:
    assert unb64(b64(data)) == data


def test_unb64_is_strict() -> None:
    with pytest.raises(ValueError, match=r"."):
        unb64("not base64!")

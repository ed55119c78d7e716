"""The key file: serialisation, checksum, atomic private saving."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from fallmanager.vault import keyfile
from fallmanager.vault.crypto import TEST_KDF, KdfParams, WrappedKey
from fallmanager.vault.errors import KeyFileDamagedError
from fallmanager.vault.keyfile import FORMAT, MAX_SIZE, VERSION, DeviceBinding, KeyFile


def sample(**changes: Any) -> KeyFile:
    values: dict[str, Any] = {
        "vault_id": "6f1c2a3b-9d4e-4f5a-8b6c-7d8e9fa0b1c2",
        "created_at": "2026-01-15T09:30:00+00:00",
        "device_binding": DeviceBinding.KEYRING,
        "kdf": TEST_KDF,
        "passphrase_salt": bytes(range(16)),
        "passphrase_wrap": WrappedKey(b"\x01" * 12, bytes(range(100, 148))),
        "recovery_salt": bytes(range(16, 32)),
        "recovery_wrap": WrappedKey(b"\x02" * 12, bytes(range(200, 248))),
    }
    values.update(changes)
    return KeyFile(**values)


def reserialise(body: dict[str, Any]) -> bytes:
    """Serialise a changed body with a correct checksum, as a forger would."""
    body = dict(body)
    body.pop("checksum", None)
    body["checksum"] = keyfile._checksum(body)
    return json.dumps(body).encode()


def test_round_trip() -> None:
    original = sample()
    assert KeyFile.from_bytes(original.to_bytes()) == original


def test_round_trip_without_device_binding_and_other_kdf() -> None:
    original = sample(
        device_binding=DeviceBinding.NONE,
        kdf=KdfParams(memory_kib=262_144, iterations=4, parallelism=4),
    )
    restored = KeyFile.from_bytes(original.to_bytes())
    assert restored == original
    assert restored.device_binding is DeviceBinding.NONE


def test_serialised_form() -> None:
    data = sample().to_bytes()
    assert data.endswith(b"\n")
    body = json.loads(data)
    assert body["format"] == FORMAT == "fallmanager-keyfile"
    assert body["version"] == VERSION == 1
    assert body["device_binding"] == "keyring"
    assert body["passphrase"]["kdf"] == {
        "algorithm": "argon2id",
        "salt": "AAECAwQFBgcICQoLDA0ODw==",
        "memory_kib": 1024,
        "iterations": 1,
        "parallelism": 1,
    }
    assert body["recovery"]["kdf"]["algorithm"] == "hkdf-sha256"
    assert body["passphrase"]["aead"] == body["recovery"]["aead"] == "aes-256-gcm"
    assert body["checksum"].startswith("sha256:")
    assert len(body["checksum"]) == len("sha256:") + 64
    assert sample().to_bytes() == data  # deterministic


def test_aad_binds_vault_and_purpose() -> None:
    key_file = sample()
    assert key_file.aad("passphrase") == (
        b"fallmanager-vault:6f1c2a3b-9d4e-4f5a-8b6c-7d8e9fa0b1c2:passphrase"
    )
    assert key_file.aad("passphrase") != key_file.aad("recovery")
    assert sample(vault_id="other").aad("passphrase") != key_file.aad("passphrase")


def test_with_passphrase_wrap_replaces_only_the_passphrase_part() -> None:
    original = sample()
    wrapped = WrappedKey(b"\x09" * 12, b"\x08" * 48)
    changed = original.with_passphrase_wrap(
        salt=b"\x07" * 16, wrapped=wrapped, kdf=KdfParams(), binding=DeviceBinding.NONE
    )
    assert changed.passphrase_wrap == wrapped
    assert changed.passphrase_salt == b"\x07" * 16
    assert changed.kdf == KdfParams()
    assert changed.device_binding is DeviceBinding.NONE
    assert changed.recovery_wrap == original.recovery_wrap
    assert changed.recovery_salt == original.recovery_salt
    assert changed.vault_id == original.vault_id
    assert original.kdf == TEST_KDF  # frozen original untouched


@pytest.mark.parametrize("bit", [0x01, 0x02, 0x20])
def test_a_flipped_character_anywhere_is_detected(bit: int) -> None:
    data = sample().to_bytes()
    undetected = []
    for i in range(len(data)):
        damaged = bytearray(data)
        damaged[i] ^= bit
        try:
            KeyFile.from_bytes(bytes(damaged))
        except KeyFileDamagedError:
            continue
        undetected.append((i, chr(data[i]), chr(damaged[i])))
    assert undetected == []


def test_checksum_mismatch_is_named() -> None:
    body = json.loads(sample().to_bytes())
    body["created_at"] = "2026-01-15T09:30:01+00:00"
    with pytest.raises(KeyFileDamagedError, match="checksum mismatch"):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_missing_checksum_is_detected() -> None:
    body = json.loads(sample().to_bytes())
    del body["checksum"]
    with pytest.raises(KeyFileDamagedError, match="checksum mismatch"):
        KeyFile.from_bytes(json.dumps(body).encode())


def test_reformatted_json_with_the_same_content_is_accepted() -> None:
    body = json.loads(sample().to_bytes())
    compact = json.dumps(body, separators=(",", ":")).encode()
    assert KeyFile.from_bytes(compact) == sample()


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"", "not readable"),
        (b"\xff\xfe\x00", "not readable"),
        (b"{not json", "not readable"),
        (b"[]", "not a Fallmanager key file"),
        (b'"fallmanager-keyfile"', "not a Fallmanager key file"),
        (b'{"format": "something-else", "version": 1}', "not a Fallmanager key file"),
        (b'{"version": 1}', "not a Fallmanager key file"),
        (b'{"format": "fallmanager-keyfile", "version": 2}', "unsupported version 2"),
        (b'{"format": "fallmanager-keyfile"}', "unsupported version None"),
        (b'{"format": "fallmanager-keyfile", "version": "1"}', "unsupported version '1'"),
    ],
)
def test_wrong_format_or_version(data: bytes, detail: str) -> None:
    with pytest.raises(KeyFileDamagedError) as info:
        KeyFile.from_bytes(data)
    assert detail in str(info.value)
    assert info.value.code == "key_file_damaged"


def test_incomplete_body_with_valid_checksum() -> None:
    body = json.loads(sample().to_bytes())
    del body["recovery"]["nonce"]
    with pytest.raises(KeyFileDamagedError, match="incomplete"):
        KeyFile.from_bytes(reserialise(body))


def test_invalid_base64_with_valid_checksum() -> None:
    body = json.loads(sample().to_bytes())
    body["passphrase"]["nonce"] = "***"
    with pytest.raises(KeyFileDamagedError, match="incomplete"):
        KeyFile.from_bytes(reserialise(body))


def test_unknown_device_binding_with_valid_checksum() -> None:
    body = json.loads(sample().to_bytes())
    body["device_binding"] = "tpm"
    with pytest.raises(KeyFileDamagedError, match="incomplete"):
        KeyFile.from_bytes(reserialise(body))


@pytest.mark.parametrize(("part", "algorithm"), [("passphrase", "scrypt"), ("recovery", "pbkdf2")])
def test_unknown_key_derivation_with_valid_checksum(part: str, algorithm: str) -> None:
    body = json.loads(sample().to_bytes())
    body[part]["kdf"]["algorithm"] = algorithm
    with pytest.raises(KeyFileDamagedError, match="unknown key derivation"):
        KeyFile.from_bytes(reserialise(body))


# -- files ----------------------------------------------------------------------------------


def test_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    sample().save(path)
    assert KeyFile.load(path) == sample()
    assert path.read_bytes() == sample().to_bytes()


def test_save_is_private_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    sample().save(path)
    sample(vault_id="second").save(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.key"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert KeyFile.load(path).vault_id == "second"


def test_save_replaces_a_world_readable_file_with_a_private_one(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(b"old")
    path.chmod(0o644)
    sample().save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert KeyFile.load(path) == sample()


def test_failed_save_keeps_the_old_file_and_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "vault.key"
    sample().save(path)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left"):
        sample(vault_id="new").save(path)
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.key"]
    assert KeyFile.load(path) == sample()


def test_load_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        KeyFile.load(tmp_path / "missing.key")


def test_load_rejects_an_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(b" " * (MAX_SIZE + 1))
    with pytest.raises(KeyFileDamagedError, match="too large"):
        KeyFile.load(path)


def test_load_a_directory_is_damaged(tmp_path: Path) -> None:
    with pytest.raises(KeyFileDamagedError, match="cannot be read"):
        KeyFile.load(tmp_path)

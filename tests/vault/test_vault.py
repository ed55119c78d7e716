"""Creating, unlocking, locking, re-keying and checking a vault."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from pathlib import Path

import keyring
import pytest
from tests.conftest import PASSPHRASE
from tests.support.keyrings import MemoryKeyring

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.people import NameVariant, Person
from fallmanager.storage.errors import VaultBusyError, VaultDamagedError
from fallmanager.vault import device
from fallmanager.vault.crypto import TEST_KDF, KdfParams, parse_recovery_key
from fallmanager.vault.errors import (
    DeviceSecretMissingError,
    KeyFileDamagedError,
    KeyringUnavailableError,
    MalformedRecoveryKeyError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from fallmanager.vault.keyfile import DeviceBinding, KeyFile
from fallmanager.vault.vault import ATTEMPTS_FILE, DB_FILE, KEY_FILE, Vault

SECRET_NAMES = ("Đorđević", "Xhemajli", "Ђорђевић", "Ëmine")


def _fill(vault: Vault, persons: int = 30) -> None:
    uow = vault.unit_of_work()
    with uow:
        for index in range(persons):
            person = Person(
                given_names=f"Ëmine{index}",
                family_name=SECRET_NAMES[index % 2],
                birth_date=PartialDate(1980 + index % 20),
                notes="Vertrauliche Notiz über Schulbesuch " * 5,
            )
            uow.records.add(person)
            uow.records.add(
                NameVariant(person_id=person.id, given_names="Emine", family_name="Ђорђевић")
            )
        uow.commit()


def _create(path: Path, **kwargs: object) -> Vault:
    return Vault.create(path, PASSPHRASE, kdf=TEST_KDF, **kwargs).vault  # type: ignore[arg-type]


def _no_delay() -> dict[str, object]:
    return {"sleep": lambda seconds: None}


# -- creation --------------------------------------------------------------------------------


def test_create_lays_out_private_files_and_key_file(tmp_path: Path) -> None:
    created = Vault.create(tmp_path / "v", PASSPHRASE, passphrase_only=True, kdf=TEST_KDF)
    created.vault.close()
    key_file = json.loads((tmp_path / "v" / KEY_FILE).read_text())
    assert key_file["passphrase"]["kdf"] == {
        "algorithm": "argon2id",
        "memory_kib": TEST_KDF.memory_kib,
        "iterations": TEST_KDF.iterations,
        "parallelism": TEST_KDF.parallelism,
        "salt": key_file["passphrase"]["kdf"]["salt"],
    }
    assert key_file["device_binding"] == "none"
    for name in (DB_FILE, KEY_FILE):
        mode = stat.S_IMODE((tmp_path / "v" / name).stat().st_mode)
        assert mode == 0o600, name
    assert stat.S_IMODE((tmp_path / "v").stat().st_mode) == 0o700
    assert parse_recovery_key(created.recovery_key)  # printable, with check group
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left


def test_default_kdf_is_the_documented_one() -> None:
    assert KdfParams.recommended() == KdfParams(memory_kib=131_072, iterations=10, parallelism=2)


def test_create_refuses_existing_vault_and_weak_passphrase(tmp_path: Path) -> None:
    _create(tmp_path / "v", passphrase_only=True).close()
    with pytest.raises(VaultExistsError):
        _create(tmp_path / "v", passphrase_only=True)
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "w", "short", passphrase_only=True, kdf=TEST_KDF)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("x")
    with pytest.raises(VaultExistsError):
        _create(tmp_path / "other", passphrase_only=True)


def test_open_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)


# -- passphrase, throttling, recovery --------------------------------------------------------


def test_wrong_passphrase_then_right_one(tmp_path: Path) -> None:
    _create(tmp_path / "v", passphrase_only=True).close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(tmp_path / "v", "wrong passphrase!", **_no_delay())  # type: ignore[arg-type]
    vault = Vault.open(tmp_path / "v", PASSPHRASE)
    vault.close()
    assert not (tmp_path / "v" / ATTEMPTS_FILE).exists()  # success resets the counter


def test_wrong_passphrases_meet_a_growing_delay_never_a_wipe(tmp_path: Path) -> None:
    _create(tmp_path / "v", passphrase_only=True).close()
    before = (tmp_path / "v" / DB_FILE).read_bytes()
    waits: list[float] = []
    clock = [1000.0]
    for _ in range(6):
        with pytest.raises(WrongPassphraseError):
            Vault.open(
                tmp_path / "v", "not the passphrase", now=lambda: clock[0], sleep=waits.append
            )
    assert waits == [1.0, 2.0, 4.0]  # three free attempts, then doubling
    assert (tmp_path / "v" / DB_FILE).read_bytes() == before
    Vault.open(tmp_path / "v", PASSPHRASE, now=lambda: clock[0], sleep=waits.append).close()


def test_recovery_key_opens_and_allows_new_passphrase(tmp_path: Path) -> None:
    created = Vault.create(tmp_path / "v", PASSPHRASE, passphrase_only=True, kdf=TEST_KDF)
    _fill(created.vault, 3)
    created.vault.close()
    with pytest.raises(MalformedRecoveryKeyError):
        last = created.recovery_key[-1]
        typo = created.recovery_key[:-1] + ("0" if last != "0" else "1")
        Vault.open_with_recovery_key(tmp_path / "v", typo)
    other = Vault.create(tmp_path / "o", PASSPHRASE, passphrase_only=True, kdf=TEST_KDF)
    other.vault.close()
    with pytest.raises(WrongRecoveryKeyError):
        Vault.open_with_recovery_key(tmp_path / "v", other.recovery_key)
    vault = Vault.open_with_recovery_key(tmp_path / "v", created.recovery_key.lower())
    vault.change_passphrase("a brand new passphrase")
    vault.close()
    with pytest.raises(WrongPassphraseError):
        Vault.open(tmp_path / "v", PASSPHRASE, **_no_delay())  # type: ignore[arg-type]
    reopened = Vault.open(tmp_path / "v", "a brand new passphrase")
    with reopened.unit_of_work() as uow:
        assert len(uow.records.all(Person)) == 3
    reopened.close()


def test_change_passphrase_rewraps_without_touching_data(tmp_path: Path) -> None:
    vault = _create(tmp_path / "v", passphrase_only=True)
    _fill(vault, 200)
    vault.close()
    vault = Vault.open(tmp_path / "v", PASSPHRASE)
    db_before = (tmp_path / "v" / DB_FILE).read_bytes()
    started = time.perf_counter()
    vault.change_passphrase("another long passphrase", kdf=KdfParams.recommended())
    elapsed = time.perf_counter() - started
    db_after = (tmp_path / "v" / DB_FILE).read_bytes()
    vault.close()
    assert db_before == db_after  # only the key file changed
    assert elapsed < 5  # one KDF run; independent of the data (measured in bench/)
    key_file = KeyFile.load(tmp_path / "v" / KEY_FILE)
    assert key_file.kdf == KdfParams.recommended()  # parameters raised by re-wrapping
    Vault.open(tmp_path / "v", "another long passphrase").close()


# -- device binding through the OS keyring ---------------------------------------------------


def test_bound_vault_needs_this_devices_secret(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    created = Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
    created.vault.close()
    assert KeyFile.load(tmp_path / "v" / KEY_FILE).device_binding is DeviceBinding.KEYRING
    Vault.open(tmp_path / "v", PASSPHRASE).close()

    # The vault directory copied to another machine: same passphrase, empty keyring.
    shutil.copytree(tmp_path / "v", tmp_path / "copy")
    memory_keyring.store.clear()
    with pytest.raises(DeviceSecretMissingError):
        Vault.open(tmp_path / "copy", PASSPHRASE)
    vault = Vault.open_with_recovery_key(tmp_path / "copy", created.recovery_key)
    vault.change_passphrase("passphrase for the new laptop")  # binds to this keyring
    vault.close()
    Vault.open(tmp_path / "copy", "passphrase for the new laptop").close()


def test_missing_keyring_is_reported_not_crashed(tmp_path: Path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailableError, match="passphrase-only"):
            Vault.create(tmp_path / "v", PASSPHRASE, kdf=TEST_KDF)
        assert not (tmp_path / "v").exists()
        Vault.create(tmp_path / "v", PASSPHRASE, passphrase_only=True, kdf=TEST_KDF).vault.close()
    finally:
        keyring.set_keyring(previous)


def test_plaintext_keyring_backend_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):
        pass

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(KeyringUnavailableError, match="plaintext"):
            device.check_backend()
    finally:
        keyring.set_keyring(previous)


# -- at rest: nothing readable ---------------------------------------------------------------


def test_no_personal_data_in_the_raw_files_or_the_wal(tmp_path: Path) -> None:
    vault = _create(tmp_path / "v", passphrase_only=True)
    _fill(vault, 50)
    # While open, recent pages sit in the write-ahead log: it must be encrypted as well.
    wal = tmp_path / "v" / (DB_FILE + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    raw = {path.name: path.read_bytes() for path in (tmp_path / "v").iterdir() if path.is_file()}
    vault.close()
    raw[DB_FILE + " (closed)"] = (tmp_path / "v" / DB_FILE).read_bytes()
    for name, content in raw.items():
        for secret in (*SECRET_NAMES, "Vertrauliche", "Emine", "Schulbesuch"):
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in content, (name, secret)
        assert b"SQLite format 3" not in content[:16], name


# -- damaged and foreign files ---------------------------------------------------------------


def _digest_dir(path: Path) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() for p in path.iterdir() if p.is_file() and p.name != "vault.lock"
    }


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    vault = _create(tmp_path / "v", passphrase_only=True)
    _fill(vault, 120)
    vault.close()
    return tmp_path / "v"


def test_not_a_vault(closed_vault: Path) -> None:
    (closed_vault / DB_FILE).write_bytes(os.urandom(8192))
    before = _digest_dir(closed_vault)
    with pytest.raises(VaultDamagedError):
        Vault.open(closed_vault, PASSPHRASE)
    assert _digest_dir(closed_vault) == before


def test_plain_sqlite_file_is_not_a_vault(closed_vault: Path) -> None:
    import sqlite3

    (closed_vault / DB_FILE).unlink()
    conn = sqlite3.connect(closed_vault / DB_FILE)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(VaultDamagedError, match="not encrypted"):
        Vault.open(closed_vault, PASSPHRASE)


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_database(closed_vault: Path, keep: float) -> None:
    db = closed_vault / DB_FILE
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * keep) // 4096 * 4096 + 100])
    before = _digest_dir(closed_vault)
    with pytest.raises(VaultDamagedError):
        vault = Vault.open(closed_vault, PASSPHRASE)
        vault.close()
    assert _digest_dir(closed_vault) == before


def test_truncated_at_a_page_boundary_is_found(closed_vault: Path) -> None:
    db = closed_vault / DB_FILE
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    before = _digest_dir(closed_vault)
    with pytest.raises(VaultDamagedError):
        vault = Vault.open(closed_vault, PASSPHRASE)
        try:
            with vault.unit_of_work() as uow:
                uow.records.all(Person)
            assert vault.check().ok, "damage must be noticed on read or by the check"
        finally:
            vault.close()
    assert _digest_dir(closed_vault) == before


@pytest.mark.parametrize("position", ["first_page", "middle", "last_page"])
def test_one_flipped_byte_is_detected_and_changes_nothing(
    closed_vault: Path, position: str
) -> None:
    db = closed_vault / DB_FILE
    data = bytearray(db.read_bytes())
    offset = {"first_page": 100, "middle": len(data) // 2 + 17, "last_page": len(data) - 50}[
        position
    ]
    data[offset] ^= 0x01
    db.write_bytes(bytes(data))
    before = _digest_dir(closed_vault)
    try:
        vault = Vault.open(closed_vault, PASSPHRASE)
    except VaultDamagedError:
        pass  # detected at once (page 1 or a page read while opening)
    else:
        try:
            report = vault.check()
            assert not report.ok
            assert any("page" in p or "damaged" in p for p in report.problems)
        finally:
            vault.close()
    assert _digest_dir(closed_vault) == before


def test_damaged_key_file(closed_vault: Path) -> None:
    key = closed_vault / KEY_FILE
    text = key.read_text()
    key.write_text(text.replace('"ciphertext": "', '"ciphertext": "A', 1))
    with pytest.raises(KeyFileDamagedError):
        Vault.open(closed_vault, PASSPHRASE)
    key.write_text("{not json")
    with pytest.raises(KeyFileDamagedError):
        Vault.open(closed_vault, PASSPHRASE)


def test_key_file_of_another_vault_is_rejected(tmp_path: Path, closed_vault: Path) -> None:
    other = _create(tmp_path / "other", passphrase_only=True)
    other.close()
    shutil.copy(tmp_path / "other" / KEY_FILE, closed_vault / KEY_FILE)
    with pytest.raises(VaultDamagedError):
        Vault.open(closed_vault, PASSPHRASE)


# -- one program at a time, lock ---------------------------------------------------------------


def test_second_opener_gets_busy_and_close_locks(tmp_path: Path) -> None:
    vault = _create(tmp_path / "v", passphrase_only=True)
    with pytest.raises(VaultBusyError):
        Vault.open(tmp_path / "v", PASSPHRASE)
    vault.close()
    assert not (tmp_path / "v" / (DB_FILE + "-wal")).exists() or (
        (tmp_path / "v" / (DB_FILE + "-wal")).stat().st_size == 0
    )
    with pytest.raises(VaultLockedError):
        vault.unit_of_work()
    Vault.open(tmp_path / "v", PASSPHRASE).close()


def test_check_reports_an_intact_vault(closed_vault: Path) -> None:
    vault = Vault.open(closed_vault, PASSPHRASE)
    report = vault.check()
    vault.close()
    assert report.ok, report.problems
    assert report.records == 240
    assert report.change_log_entries == 240
    assert any("weaker than recommended" in w for w in report.warnings)

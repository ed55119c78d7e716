"""The encrypted vault: a directory holding the SQLCipher database and its key file.

::

    vault/
      vault.db          SQLCipher 4 database (WAL pages are encrypted too)
      vault.key         wrapped database key, KDF parameters, checksum (JSON)
      vault.lock        lock file: one program at a time
      unlock-attempts.json  failed-unlock counter for the growing delay (not secret)

A :class:`Vault` object is an unlocked vault; :meth:`Vault.close` locks it again.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError

from fallmanager.domain.clock import HlcTimestamp, HybridLogicalClock
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.files import fsync_dir, make_private_dir
from fallmanager.storage import migrate, search_index
from fallmanager.storage.engine import connect_raw, create_vault_engine
from fallmanager.storage.errors import StorageError, VaultDamagedError, translate_driver_error
from fallmanager.storage.schema import change_log, vault_meta
from fallmanager.storage.uow import SqlUnitOfWork
from fallmanager.vault import device
from fallmanager.vault.crypto import (
    DATABASE_KEY_BYTES,
    SALT_BYTES,
    KdfParams,
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
    passphrase_kek,
    recovery_kek,
    unwrap,
    wrap,
)
from fallmanager.vault.errors import (
    DeviceSecretMissingError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from fallmanager.vault.keyfile import DeviceBinding, KeyFile, wrap_aad
from fallmanager.vault.lock import VaultLock
from fallmanager.vault.passphrase import require_acceptable
from fallmanager.vault.throttle import AttemptLog

DB_FILE = "vault.db"
KEY_FILE = "vault.key"
LOCK_FILE = "vault.lock"
ATTEMPTS_FILE = "unlock-attempts.json"
PASSPHRASE_PURPOSE = "passphrase"  # noqa: S105 - a label, not a secret
RECOVERY_PURPOSE = "recovery"


def is_vault(path: Path) -> bool:
    return (path / KEY_FILE).is_file()


def erase_vault(path: Path) -> None:
    """Erase a (closed) vault for good, e.g. on a laptop the office revoked.

    The key file goes first, overwritten before it is removed: without it the encrypted
    database cannot be opened by anyone, not even with the recovery key. Then the device
    secret in the credential store, then every other file of the vault.
    """
    key_path = path / KEY_FILE
    if key_path.is_file():
        try:
            vault_id = KeyFile.load(key_path).vault_id
        except (OSError, ValueError, VaultError):
            vault_id = None
        size = key_path.stat().st_size
        with key_path.open("r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
        key_path.unlink()
        fsync_dir(path)
        if vault_id is not None:
            device.forget_device_secret(vault_id)
    if path.is_dir():
        shutil.rmtree(path)


def _now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _physical_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class IntegrityReport:
    """The result of :meth:`Vault.check`."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    records: int = 0
    change_log_entries: int = 0
    file_bytes: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class CreatedVault:
    vault: Vault
    recovery_key: str  # formatted; show once, never store


class Vault:
    """An unlocked vault. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(
        self,
        path: Path,
        key_file: KeyFile,
        database_key: bytes,
        engine: Engine,
        lock: VaultLock,
    ) -> None:
        self.path = path
        self._key_file = key_file
        self._database_key = database_key
        self._engine: Engine | None = engine
        self._lock = lock
        self._clock_lock = threading.Lock()
        self.device_id = self._meta("device_id") or self._new_device_id()
        self._clock = HybridLogicalClock(self.device_id, _physical_ms, self._last_hlc())

    # -- creating and opening --------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        passphrase_only: bool = False,
        kdf: KdfParams | None = None,
    ) -> CreatedVault:
        """Create a new vault; return it unlocked together with its recovery key.

        Unless ``passphrase_only``, a per-device secret is stored in the OS keyring and mixed
        into the passphrase wrap; without a secure keyring this raises
        :class:`~fallmanager.vault.errors.KeyringUnavailableError`.
        """
        require_acceptable(passphrase)
        path = Path(path)
        if is_vault(path) or (path / DB_FILE).exists():
            raise VaultExistsError(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExistsError(path)
        if not passphrase_only:
            device.check_backend()
        kdf = kdf or KdfParams.recommended()
        vault_id = str(uuid.uuid4())
        database_key = secrets.token_bytes(DATABASE_KEY_BYTES)
        recovery = new_recovery_key()
        binding = DeviceBinding.NONE if passphrase_only else DeviceBinding.KEYRING

        make_private_dir(path.parent)
        staging = path.with_name(f".{path.name}.creating-{secrets.token_hex(4)}")
        make_private_dir(staging)
        try:
            engine = create_vault_engine(staging / DB_FILE, database_key, create=True)
            try:
                migrate.upgrade(engine)
                with engine.begin() as conn:
                    for key, value in (
                        ("vault_id", vault_id),
                        ("device_id", str(uuid.uuid4())),
                        ("created_at", _now_utc()),
                    ):
                        conn.execute(vault_meta.insert().values(key=key, value=value))
                    search_index.rebuild(conn)
                _checkpoint(engine)
            finally:
                engine.dispose()
            secret = device.create_device_secret(vault_id) if not passphrase_only else None
            salt = secrets.token_bytes(SALT_BYTES)
            recovery_salt = secrets.token_bytes(SALT_BYTES)
            key_file = KeyFile(
                vault_id=vault_id,
                created_at=_now_utc(),
                device_binding=binding,
                kdf=kdf,
                passphrase_salt=salt,
                passphrase_wrap=wrap(
                    passphrase_kek(passphrase, salt, kdf, secret),
                    database_key,
                    wrap_aad(vault_id, PASSPHRASE_PURPOSE),
                ),
                recovery_salt=recovery_salt,
                recovery_wrap=wrap(
                    recovery_kek(recovery, recovery_salt),
                    database_key,
                    wrap_aad(vault_id, RECOVERY_PURPOSE),
                ),
            )
            key_file.save(staging / KEY_FILE)
            if path.exists():
                path.rmdir()
            os.replace(staging, path)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        vault = cls._open_unwrapped(path, key_file, database_key)
        return CreatedVault(vault, format_recovery_key(recovery))

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> Vault:
        """Unlock with the passphrase (and this device's secret, if the vault is bound)."""
        path = Path(path)
        lock, key_file = cls._lock_and_read(path)
        try:
            attempts = AttemptLog(path / ATTEMPTS_FILE, now=now, sleep=sleep)
            attempts.wait_turn()
            secret = None
            if key_file.device_binding is DeviceBinding.KEYRING:
                secret = device.load_device_secret(key_file.vault_id)
                if secret is None:
                    raise DeviceSecretMissingError()
            kek = passphrase_kek(passphrase, key_file.passphrase_salt, key_file.kdf, secret)
            database_key = unwrap(kek, key_file.passphrase_wrap, key_file.aad(PASSPHRASE_PURPOSE))
            if database_key is None:
                attempts.record_failure()
                raise WrongPassphraseError()
            attempts.record_success()
        except BaseException:
            lock.release()
            raise
        return cls._open_unwrapped(path, key_file, database_key, lock)

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        """Unlock with the recovery key (forgotten passphrase, new device, restored backup)."""
        path = Path(path)
        raw = parse_recovery_key(recovery_key)
        lock, key_file = cls._lock_and_read(path)
        try:
            kek = recovery_kek(raw, key_file.recovery_salt)
            database_key = unwrap(kek, key_file.recovery_wrap, key_file.aad(RECOVERY_PURPOSE))
            if database_key is None:
                raise WrongRecoveryKeyError()
        except BaseException:
            lock.release()
            raise
        return cls._open_unwrapped(path, key_file, database_key, lock)

    @staticmethod
    def _lock_and_read(path: Path) -> tuple[VaultLock, KeyFile]:
        if not is_vault(path):
            raise VaultNotFoundError(path)
        lock = VaultLock(path / LOCK_FILE)
        lock.acquire()
        try:
            key_file = KeyFile.load(path / KEY_FILE)
        except FileNotFoundError:
            lock.release()
            raise VaultNotFoundError(path) from None
        except BaseException:
            lock.release()
            raise
        return lock, key_file

    @classmethod
    def _open_unwrapped(
        cls, path: Path, key_file: KeyFile, database_key: bytes, lock: VaultLock | None = None
    ) -> Vault:
        if lock is None:
            lock = VaultLock(path / LOCK_FILE)
            lock.acquire()
        engine: Engine | None = None
        try:
            _check_file_shape(path / DB_FILE)
            engine = create_vault_engine(path / DB_FILE, database_key)
            _bring_schema_up_to_date(engine)
            vault = cls(path, key_file, database_key, engine, lock)
            if vault._meta("vault_id") != key_file.vault_id:
                raise VaultDamagedError("key file and database belong to different vaults")
            vault._ensure_search_index()
            return vault
        except DBAPIError as exc:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise translate_driver_error(exc.orig) or VaultDamagedError() from None
        except BaseException:
            if engine is not None:
                engine.dispose()
            lock.release()
            raise

    # -- using -----------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id

    @property
    def key_file(self) -> KeyFile:
        return self._key_file

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

    @property
    def clock(self) -> HybridLogicalClock:
        return self._clock

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine, self._clock, self._clock_lock)

    def close(self) -> None:
        """Lock the vault: flush the WAL into the database file and release everything."""
        engine, self._engine = self._engine, None
        if engine is not None:
            try:
                _checkpoint(engine)
            except (DBAPIError, StorageError):
                pass  # the WAL stays and is replayed on the next open; nothing is lost
            finally:
                engine.dispose()
        self._database_key = b""
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- credentials -----------------------------------------------------------------------

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        passphrase_only: bool | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        """Re-wrap the database key under a new passphrase; the data is not touched.

        Also used after opening with the recovery key on a new device: the wrap is then
        bound to a new secret in this device's keyring (unless ``passphrase_only``).
        """
        require_acceptable(new_passphrase)
        if self._engine is None:
            raise VaultLockedError()
        if passphrase_only is None:
            passphrase_only = self._key_file.device_binding is DeviceBinding.NONE
        kdf = kdf or self._key_file.kdf
        binding = DeviceBinding.NONE if passphrase_only else DeviceBinding.KEYRING
        secret = None
        if not passphrase_only:
            secret = device.load_device_secret(self.vault_id)
            if secret is None:
                secret = device.create_device_secret(self.vault_id)
        salt = secrets.token_bytes(SALT_BYTES)
        wrapped = wrap(
            passphrase_kek(new_passphrase, salt, kdf, secret),
            self._database_key,
            self._key_file.aad(PASSPHRASE_PURPOSE),
        )
        updated = self._key_file.with_passphrase_wrap(
            salt=salt, wrapped=wrapped, kdf=kdf, binding=binding
        )
        updated.save(self.path / KEY_FILE)
        self._key_file = updated
        AttemptLog(self.path / ATTEMPTS_FILE).record_success()

    # -- maintenance -----------------------------------------------------------------------

    def check(self) -> IntegrityReport:
        """Verify every page (HMAC) and the database structure; report, change nothing."""
        report = IntegrityReport()
        db_path = self.path / DB_FILE
        report.file_bytes = db_path.stat().st_size
        conn = connect_raw(db_path, self._database_key)
        try:
            try:
                cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
                report.problems += [f"page check: {row[0]}" for row in cipher]
                integrity = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
                if integrity != ["ok"]:
                    report.problems += [f"structure: {line}" for line in integrity[:20]]
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
                if fk:
                    report.problems.append(f"references: {len(fk)} dangling references")
                report.records = sum(
                    conn.execute(
                        f"SELECT count(*) FROM {cls.entity_name} WHERE deleted = 0"
                    ).fetchone()[0]
                    for cls in ENTITY_TYPES
                )
                report.change_log_entries = conn.execute(
                    "SELECT count(*) FROM change_log"
                ).fetchone()[0]
            except Exception as exc:  # the driver raises several types for damaged files
                translated = translate_driver_error(exc)
                if translated is None:
                    raise
                report.problems.append(f"damaged: {exc}")
        finally:
            conn.close()
        if self._key_file.kdf.is_below(KdfParams.recommended()):
            report.warnings.append(
                "the passphrase key derivation is weaker than recommended; "
                "change the passphrase to re-wrap the key with current parameters"
            )
        if self._key_file.device_binding is DeviceBinding.NONE:
            report.warnings.append(
                "passphrase-only protection: a copy of the vault plus the passphrase opens it"
            )
        return report

    def copy_database_to(self, target: Path) -> None:
        """A consistent encrypted copy of the database (SQLite online backup, same key)."""
        source = self.engine.raw_connection()
        try:
            dest = connect_raw(target, self._database_key, create=True)
            try:
                source.driver_connection.backup(dest)  # type: ignore[union-attr]
                dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            source.close()

    def verify_copy(self, target: Path) -> IntegrityReport:
        """Check a database copy made with :meth:`copy_database_to`."""
        report = IntegrityReport()
        try:
            conn = connect_raw(target, self._database_key)
        except StorageError as exc:
            report.problems.append(str(exc))
            return report
        try:
            rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            report.problems += [f"page check: {row[0]}" for row in rows]
            quick = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if quick != ["ok"]:
                report.problems += quick[:5]
        finally:
            conn.close()
        return report

    # -- internals -------------------------------------------------------------------------

    def _meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(vault_meta.c.value).where(vault_meta.c.key == key)).first()
            return str(row[0]) if row else None

    def _new_device_id(self) -> str:
        """Give a vault without a device id (made by an early version) a lasting one."""
        device_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(vault_meta.insert().values(key="device_id", value=device_id))
        return device_id

    def _last_hlc(self) -> HlcTimestamp | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(change_log.c.hlc).order_by(change_log.c.seq.desc()).limit(1)
            ).first()
        if row is None:
            return None
        try:
            return HlcTimestamp.decode(row[0])
        except ValueError:
            raise VaultDamagedError("change log clock unreadable") from None

    def _ensure_search_index(self) -> None:
        with self.engine.connect() as conn:
            version = search_index.index_version(conn)
        if version != search_index.SEARCH_INDEX_VERSION:
            with self.engine.connect().execution_options(begin="BEGIN IMMEDIATE") as conn:
                conn.begin()
                search_index.rebuild(conn)
                conn.commit()


def _check_file_shape(db_path: Path) -> None:
    """Cheap checks that catch a truncated or replaced database before SQLCipher reads it."""
    if not db_path.is_file():
        raise VaultDamagedError("database file missing")
    size = db_path.stat().st_size
    wal = db_path.with_name(db_path.name + "-wal")
    if size == 0 and not (wal.exists() and wal.stat().st_size):
        raise VaultDamagedError("database file is empty")
    if size % 1024 and not wal.exists():
        raise VaultDamagedError("database file is truncated")
    with db_path.open("rb") as handle:
        header = handle.read(16)
    if header.startswith(b"SQLite format 3"):
        raise VaultDamagedError("database file is not encrypted")


def _bring_schema_up_to_date(engine: Engine) -> None:
    current = migrate.current_revision(engine)
    if current == migrate.SCHEMA_HEAD:
        return
    known = migrate.known_revisions()
    if current is not None and current not in known:
        raise VaultError(
            "This vault was written by a newer version of Fallmanager; please update the app."
        )
    migrate.upgrade(engine)


def _checkpoint(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


__all__ = ["CreatedVault", "IntegrityReport", "Vault", "is_vault"]

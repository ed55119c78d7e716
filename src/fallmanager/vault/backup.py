"""Encrypted backups of a vault, and restoring them.

A backup is one tar file holding a manifest, the key file and a consistent copy of the
encrypted database (SQLite's online backup, same key). It opens with the credentials valid
when it was made. Restoring verifies everything — checksums, credentials, every page — in a
staging directory before anything at the target is touched, and never replaces an existing
vault without ``force``; the replaced vault is moved aside, not deleted.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import shutil
import tarfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from fallmanager.files import fsync_dir, make_private_dir
from fallmanager.vault.errors import BackupInvalidError, RefusedOverwriteError, VaultError
from fallmanager.vault.keyfile import KeyFile
from fallmanager.vault.lock import VaultLock
from fallmanager.vault.vault import DB_FILE, KEY_FILE, LOCK_FILE, Vault, is_vault

FORMAT = "fallmanager-backup"
VERSION = 1
MANIFEST = "manifest.json"
_MEMBERS = (MANIFEST, KEY_FILE, DB_FILE)
_BLOCK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: str
    database_bytes: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    path: Path
    vault_id: str
    previous_moved_to: Path | None


def create_backup(vault: Vault, dest: Path, *, force: bool = False) -> BackupInfo:
    """Write an encrypted backup of an unlocked vault to ``dest``."""
    dest = Path(dest)
    if dest.exists() and not force:
        raise RefusedOverwriteError(dest)
    if dest.exists() and dest.is_dir():
        raise RefusedOverwriteError(dest)
    make_private_dir(dest.parent)
    staging = dest.parent / f".{dest.name}.{secrets.token_hex(4)}.partial"
    make_private_dir(staging)
    try:
        db_copy = staging / DB_FILE
        vault.copy_database_to(db_copy)
        report = vault.verify_copy(db_copy)
        if not report.ok:
            raise VaultError("The backup copy failed its check; the vault may be damaged.")
        key_bytes = (vault.path / KEY_FILE).read_bytes()
        created_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault.vault_id,
            "created_at": created_at,
            "files": {
                KEY_FILE: _describe(io.BytesIO(key_bytes)),
                DB_FILE: _describe_path(db_copy),
            },
        }
        archive = staging / "backup.tar"
        with tarfile.open(archive, "w", format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode())
            _add_bytes(tar, KEY_FILE, key_bytes)
            info = tar.gettarinfo(str(db_copy), arcname=DB_FILE)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = 0
            with db_copy.open("rb") as handle:
                tar.addfile(info, handle)
        with archive.open("rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(archive, 0o600)
        os.replace(archive, dest)
        fsync_dir(dest.parent)
        return BackupInfo(dest, vault.vault_id, created_at, db_copy.stat().st_size)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _describe(handle: IO[bytes]) -> dict[str, Any]:
    digest = hashlib.sha256()
    size = 0
    while block := handle.read(_BLOCK):
        digest.update(block)
        size += len(block)
    return {"sha256": digest.hexdigest(), "bytes": size}


def _describe_path(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return _describe(handle)


def read_manifest(src: Path) -> dict[str, Any]:
    """Read and check the manifest of a backup file (no credentials needed)."""
    try:
        with tarfile.open(src, "r:") as tar:
            member = tar.getmember(MANIFEST)
            if not member.isfile() or member.size > 64 * 1024:
                raise BackupInvalidError("manifest missing")
            handle = tar.extractfile(member)
            if handle is None:
                raise BackupInvalidError("manifest missing")
            manifest = json.loads(handle.read().decode("utf-8"))
    except FileNotFoundError:
        raise
    except (tarfile.TarError, KeyError, OSError, ValueError, EOFError):
        raise BackupInvalidError("not a Fallmanager backup or damaged") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupInvalidError("not a Fallmanager backup")
    if manifest.get("version") != VERSION:
        raise BackupInvalidError(f"unsupported backup version {manifest.get('version')!r}")
    return manifest


def _extract_verified(src: Path, staging: Path) -> dict[str, Any]:
    manifest = read_manifest(src)
    files = manifest.get("files")
    if not isinstance(files, dict) or set(files) != {KEY_FILE, DB_FILE}:
        raise BackupInvalidError("incomplete manifest")
    try:
        with tarfile.open(src, "r:") as tar:
            names = tar.getnames()
            if sorted(names) != sorted(_MEMBERS):
                raise BackupInvalidError("unexpected content")
            for name in (KEY_FILE, DB_FILE):
                member = tar.getmember(name)
                if not member.isfile():
                    raise BackupInvalidError(f"{name} is not a file")
                handle = tar.extractfile(member)
                if handle is None:
                    raise BackupInvalidError(f"{name} missing")
                target = staging / name
                digest = hashlib.sha256()
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out:
                    while block := handle.read(_BLOCK):
                        digest.update(block)
                        out.write(block)
                    out.flush()
                    os.fsync(out.fileno())
                expected = files[name]
                if digest.hexdigest() != expected.get(
                    "sha256"
                ) or target.stat().st_size != expected.get("bytes"):
                    raise BackupInvalidError(f"{name} does not match its checksum")
    except (tarfile.TarError, OSError, EOFError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise BackupInvalidError("the backup file is truncated or damaged") from None
    KeyFile.load(staging / KEY_FILE)  # raises KeyFileDamagedError with a clear message
    return manifest


def restore_backup(
    src: Path,
    target: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    new_passphrase: str | None = None,
    passphrase_only: bool = False,
    force: bool = False,
) -> RestoreResult:
    """Verify a backup completely, then put it in place of (or as) the vault at ``target``.

    With ``recovery_key`` (a backup from another device, or a forgotten passphrase) a
    ``new_passphrase`` must be given; the restored vault is re-bound to this device.
    """
    src, target = Path(src), Path(target)
    if not src.is_file():
        raise FileNotFoundError(src)
    target_exists = is_vault(target) or (target.exists() and any(target.iterdir()))
    if target_exists and not force:
        raise RefusedOverwriteError(target)
    if recovery_key is not None and new_passphrase is None:
        raise ValueError("a new passphrase is required when restoring with the recovery key")
    make_private_dir(target.parent)
    staging = target.parent / f".{target.name}.restore-{secrets.token_hex(4)}"
    make_private_dir(staging)
    try:
        manifest = _extract_verified(src, staging)
        if recovery_key is not None:
            vault = Vault.open_with_recovery_key(staging, recovery_key)
        else:
            vault = Vault.open(staging, passphrase or "")
        try:
            report = vault.check()
            if not report.ok:
                raise BackupInvalidError("; ".join(report.problems[:3]))
            if recovery_key is not None and new_passphrase is not None:
                vault.change_passphrase(new_passphrase, passphrase_only=passphrase_only)
        finally:
            vault.close()
        (staging / LOCK_FILE).unlink(missing_ok=True)
        moved_to = _replace_target(staging, target) if target_exists else None
        if not target_exists:
            if target.exists():
                target.rmdir()
            os.replace(staging, target)
        fsync_dir(target.parent)
        return RestoreResult(target, str(manifest["vault_id"]), moved_to)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _replace_target(staging: Path, target: Path) -> Path:
    """Move the current vault aside (never deleted) and the restored one into its place."""
    lock = VaultLock(target / LOCK_FILE)
    lock.acquire()  # raises VaultBusyError while the vault is open elsewhere
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    try:
        os.replace(target, aside)
    finally:
        lock.release()
    os.replace(staging, target)
    return aside

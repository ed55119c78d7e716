"""The key file next to the encrypted database: wrapped keys and their KDF parameters."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from fallmanager.files import write_atomic
from fallmanager.vault.crypto import KdfParams, WrappedKey, b64, unb64
from fallmanager.vault.errors import KeyFileDamagedError

FORMAT = "fallmanager-keyfile"
VERSION = 1
MAX_SIZE = 64 * 1024


def wrap_aad(vault_id: str, purpose: str) -> bytes:
    """Associated data of a key wrap: binds it to its vault and its purpose."""
    return f"fallmanager-vault:{vault_id}:{purpose}".encode()


class DeviceBinding(StrEnum):
    """Whether the passphrase wrap also needs this device's secret from the OS keyring."""

    KEYRING = "keyring"
    NONE = "none"  # passphrase-only: chosen explicitly where no keyring exists


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    created_at: str
    device_binding: DeviceBinding
    kdf: KdfParams
    passphrase_salt: bytes
    passphrase_wrap: WrappedKey
    recovery_salt: bytes
    recovery_wrap: WrappedKey

    def aad(self, purpose: str) -> bytes:
        return wrap_aad(self.vault_id, purpose)

    def with_passphrase_wrap(
        self, *, salt: bytes, wrapped: WrappedKey, kdf: KdfParams, binding: DeviceBinding
    ) -> KeyFile:
        return replace(
            self, passphrase_salt=salt, passphrase_wrap=wrapped, kdf=kdf, device_binding=binding
        )

    # -- serialisation ---------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        body = self._body()
        body["checksum"] = _checksum(body)
        return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def _body(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "device_binding": self.device_binding.value,
            "passphrase": {
                "kdf": {"algorithm": "argon2id", "salt": b64(self.passphrase_salt)}
                | self.kdf.to_json(),
                "aead": "aes-256-gcm",
                "nonce": b64(self.passphrase_wrap.nonce),
                "ciphertext": b64(self.passphrase_wrap.ciphertext),
            },
            "recovery": {
                "kdf": {"algorithm": "hkdf-sha256", "salt": b64(self.recovery_salt)},
                "aead": "aes-256-gcm",
                "nonce": b64(self.recovery_wrap.nonce),
                "ciphertext": b64(self.recovery_wrap.ciphertext),
            },
        }

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        try:
            body = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise KeyFileDamagedError("not readable") from None
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise KeyFileDamagedError("not a Fallmanager key file")
        if body.get("version") != VERSION:
            raise KeyFileDamagedError(f"unsupported version {body.get('version')!r}")
        checksum = body.pop("checksum", None)
        if checksum != _checksum(body):
            raise KeyFileDamagedError("checksum mismatch")
        try:
            pw, rk = body["passphrase"], body["recovery"]
            kdf = pw["kdf"]
            if kdf["algorithm"] != "argon2id" or rk["kdf"]["algorithm"] != "hkdf-sha256":
                raise KeyFileDamagedError("unknown key derivation")
            return cls(
                vault_id=str(body["vault_id"]),
                created_at=str(body["created_at"]),
                device_binding=DeviceBinding(body["device_binding"]),
                kdf=KdfParams(
                    memory_kib=int(kdf["memory_kib"]),
                    iterations=int(kdf["iterations"]),
                    parallelism=int(kdf["parallelism"]),
                ),
                passphrase_salt=unb64(kdf["salt"]),
                passphrase_wrap=WrappedKey(unb64(pw["nonce"]), unb64(pw["ciphertext"])),
                recovery_salt=unb64(rk["kdf"]["salt"]),
                recovery_wrap=WrappedKey(unb64(rk["nonce"]), unb64(rk["ciphertext"])),
            )
        except KeyFileDamagedError:
            raise
        except (KeyError, TypeError, ValueError):
            raise KeyFileDamagedError("incomplete") from None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_SIZE + 1)
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise KeyFileDamagedError(f"cannot be read: {exc.strerror}") from None
        if len(data) > MAX_SIZE:
            raise KeyFileDamagedError("too large")
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return "sha256:" + hashlib.sha256(canonical).hexdigest()

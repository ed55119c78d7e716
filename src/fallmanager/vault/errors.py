"""Expected failures around opening, creating and copying a vault."""

from __future__ import annotations

from fallmanager.errors import FallmanagerError


class VaultError(FallmanagerError):
    code = "vault_error"


class VaultNotFoundError(VaultError):
    code = "vault_not_found"

    def __init__(self, path: object) -> None:
        super().__init__(f"No vault found at {path}. Create one with 'fallmanager init'.")


class VaultExistsError(VaultError):
    code = "vault_exists"

    def __init__(self, path: object) -> None:
        super().__init__(f"A vault already exists at {path}; nothing was changed.")


class WrongPassphraseError(VaultError):
    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("The passphrase is not correct.")


class WrongRecoveryKeyError(VaultError):
    code = "wrong_recovery_key"

    def __init__(self) -> None:
        super().__init__("The recovery key does not open this vault.")


class MalformedRecoveryKeyError(VaultError):
    code = "malformed_recovery_key"

    def __init__(self) -> None:
        super().__init__(
            "The recovery key contains a typing error (check digit mismatch); please check it."
        )


class WeakPassphraseError(VaultError):
    code = "weak_passphrase"

    def __init__(self, min_length: int) -> None:
        super().__init__(f"The passphrase must have at least {min_length} characters.")
        self.min_length = min_length


class KeyFileDamagedError(VaultError):
    code = "key_file_damaged"

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The vault's key file is damaged ({detail}); nothing was changed. "
            "Restore the latest backup."
        )


class DeviceSecretMissingError(VaultError):
    code = "device_secret_missing"

    def __init__(self) -> None:
        super().__init__(
            "This vault is bound to the device it was created on, and this device's credential "
            "store has no key for it. Open it with the recovery key "
            "('fallmanager passwd --use-recovery-key')."
        )


class KeyringUnavailableError(VaultError):
    code = "keyring_unavailable"

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"No secure credential store of the operating system is available ({reason}). "
            "Use --passphrase-only to protect the vault with the passphrase alone."
        )
        self.reason = reason


class VaultLockedError(VaultError):
    """The vault object was closed (locked); it must be unlocked again."""

    code = "vault_locked"

    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class BackupInvalidError(VaultError):
    code = "backup_invalid"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The backup cannot be used ({detail}); nothing was changed.")


class RefusedOverwriteError(VaultError):
    code = "refused_overwrite"

    def __init__(self, path: object) -> None:
        super().__init__(f"{path} exists; use --force to replace it. Nothing was changed.")

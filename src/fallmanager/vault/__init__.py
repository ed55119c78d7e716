"""The encrypted vault: key management, unlocking, locking, backups."""

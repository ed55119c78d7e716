"""Where vaults live by default."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "fallmanager"


def data_home() -> Path:
    """The per-user data directory of the application (created on demand by callers)."""
    if sys.platform == "win32":  # pragma: no cover - platform specific
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Fallmanager"
    if sys.platform == "darwin":  # pragma: no cover - platform specific
        return Path.home() / "Library" / "Application Support" / "Fallmanager"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_vault_path() -> Path:
    """``$FALLMANAGER_VAULT`` if set, else ``vault`` in the per-user data directory."""
    override = os.environ.get("FALLMANAGER_VAULT")
    return Path(override) if override else data_home() / "vault"


def default_demo_vault_path() -> Path:
    return data_home() / "demo-vault"

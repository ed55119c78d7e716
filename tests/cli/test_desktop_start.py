"""``fallmanager`` without a command starts the desktop application."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import subprocess_env

from fallmanager import cli
from fallmanager.demo import DEMO_PASSPHRASE
from fallmanager.vault.vault import is_vault


def test_no_command_starts_the_desktop_on_the_default_vault(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Path, dict[str, Any]]] = []
    import fallmanager.app

    monkeypatch.setattr(
        fallmanager.app, "run", lambda argv, path, **kw: calls.append((path, kw)) or 0
    )
    monkeypatch.setenv("FALLMANAGER_VAULT", str(tmp_path / "vault"))
    assert cli.main([]) == 0
    assert calls == [(tmp_path / "vault", {"explicit_path": False, "demo_hint": ""})]


def test_demo_flag_creates_the_demo_vault_first_and_shows_its_passphrase(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[Path, dict[str, Any]]] = []
    import fallmanager.app
    import fallmanager.cli

    monkeypatch.setattr(
        fallmanager.app, "run", lambda argv, path, **kw: calls.append((path, kw)) or 0
    )
    created: list[Path] = []
    monkeypatch.setattr(
        fallmanager.cli, "ensure_demo_vault", lambda path, **kw: created.append(path)
    )
    target = tmp_path / "demo"
    assert cli.main(["--vault", str(target), "--demo"]) == 0
    assert created == [target]
    assert calls == [(target, {"explicit_path": True, "demo_hint": DEMO_PASSPHRASE})]


@pytest.mark.slow
def test_the_real_desktop_starts_and_keeps_running(tmp_path: Path) -> None:
    """Starts the real application (offscreen) on a new vault folder; it must still be up
    after a few seconds, showing the first-run setup, and print no traceback."""
    env = subprocess_env(tmp_path) | {"QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "fallmanager", "--vault", str(tmp_path / "vault")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            process.wait(timeout=6)
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert "Traceback" not in out + err
    assert not is_vault(tmp_path / "vault")  # nothing is created before the user chooses
    assert os.environ.get("FALLMANAGER_VAULT") is None

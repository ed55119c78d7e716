"""The interactive prompts, in a real pseudo-terminal, as a person types them."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
from tests.conftest import subprocess_env

PASS = "Frühling im Sozialamt 2026"


def _spawn(tmp_path: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "fallmanager", "--vault", str(tmp_path / "v"), *args],
        env=subprocess_env(tmp_path),
        encoding="utf-8",
        timeout=60,
    )


def test_init_then_unlock_by_prompt(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "init")
    child.expect("New passphrase: ")
    child.sendline(PASS)
    child.expect(r"Strength: \w+")
    child.expect(r"New passphrase \(again\): ")
    child.sendline(PASS)
    child.expect("RECOVERY KEY")
    child.expect(r"([0-9A-Z]{4}-){8}[0-9A-Z]{4}")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert PASS not in (child.before or "")  # never echoed

    wrong = _spawn(tmp_path, "check")
    wrong.expect("Passphrase: ")
    wrong.sendline("falsch falsch falsch")
    wrong.expect("The passphrase is not correct.")
    wrong.expect(pexpect.EOF)
    wrong.close()
    assert wrong.exitstatus == 3

    right = _spawn(tmp_path, "check")
    right.expect("Passphrase: ")
    right.sendline(PASS)
    right.expect("Vault is intact")
    right.expect(pexpect.EOF)
    right.close()
    assert right.exitstatus == 0


def test_mismatching_repetition_changes_nothing(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "init")
    child.expect("New passphrase: ")
    child.sendline(PASS)
    child.expect(r"\(again\): ")
    child.sendline(PASS + "x")
    child.expect("The two passphrases differ; nothing was changed.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert not (tmp_path / "v").exists()

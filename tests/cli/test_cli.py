"""The command line through real subprocesses, as a script or an admin would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import subprocess_env

from fallmanager.cli import ExitCode
from fallmanager.demo import DEMO_PASSPHRASE
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import KEY_FILE, Vault

PASS = "correct horse battery staple"


def run(
    tmp_path: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fallmanager", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or subprocess_env(tmp_path),
        timeout=120,
        check=False,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], code: ExitCode) -> None:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.strip(), "a failure explains itself"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small demo vault made through the command line (shared by read-only tests)."""
    tmp = tmp_path_factory.mktemp("cli-demo")
    vault = tmp / "demo"
    result = run(tmp, "--vault", str(vault), "demo", "--families", "12", "--seed", "5")
    assert result.returncode == 0, result.stderr
    assert DEMO_PASSPHRASE in result.stdout
    return tmp, vault


def _fast_vault(path: Path, passphrase: str = PASS) -> str:
    """A vault with cheap key derivation, created in-process (the CLI reads the parameters)."""
    created = Vault.create(path, passphrase, passphrase_only=True, kdf=TEST_KDF)
    created.vault.close()
    return created.recovery_key


def test_help_and_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    for command in (
        "init",
        "demo",
        "import",
        "export",
        "search",
        "backup",
        "restore",
        "passwd",
        "check",
    ):
        assert command in result.stdout
    assert run(tmp_path, "--version").stdout.startswith("fallmanager ")
    assert_clean_failure(run(tmp_path, "frobnicate"), ExitCode.USAGE)


def test_init_with_keyring_prints_recovery_key_once(tmp_path: Path) -> None:
    vault = tmp_path / "v"
    result = run(tmp_path, "--vault", str(vault), "--passphrase-stdin", "init", stdin=PASS + "\n")
    assert result.returncode == 0, result.stderr
    key_line = next(line.strip() for line in result.stdout.splitlines() if line.count("-") == 8)
    assert len(key_line) == 44
    assert json.loads((vault / KEY_FILE).read_text())["device_binding"] == "keyring"
    # the key is not stored anywhere in the vault directory
    for path in vault.iterdir():
        assert key_line.encode() not in path.read_bytes()
    again = run(tmp_path, "--vault", str(vault), "--passphrase-stdin", "init", stdin=PASS + "\n")
    assert_clean_failure(again, ExitCode.REFUSED)


def test_init_without_keyring_asks_for_explicit_opt_in(tmp_path: Path) -> None:
    env = subprocess_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    vault = tmp_path / "v"
    result = run(
        tmp_path, "--vault", str(vault), "--passphrase-stdin", "init", stdin=PASS + "\n", env=env
    )
    assert_clean_failure(result, ExitCode.KEYRING)
    assert "--passphrase-only" in result.stderr
    assert not vault.exists()
    ok = run(
        tmp_path,
        "--vault",
        str(vault),
        "--passphrase-stdin",
        "init",
        "--passphrase-only",
        stdin=PASS + "\n",
        env=env,
    )
    assert ok.returncode == 0, ok.stderr
    assert "passphrase only" in ok.stdout


def test_init_rejects_short_passphrase(tmp_path: Path) -> None:
    result = run(
        tmp_path, "--vault", str(tmp_path / "v"), "--passphrase-stdin", "init", stdin="short\n"
    )
    assert_clean_failure(result, ExitCode.INVALID_INPUT)


def test_demo_search_finds_diacritics_from_ascii(demo: tuple[Path, Path]) -> None:
    tmp, vault = demo
    listing = run(tmp, "--vault", str(vault), "--demo", "list")
    assert listing.returncode == 0, listing.stderr
    first_name = listing.stdout.splitlines()[0].split()[1].rstrip(",")
    query = first_name[:4]
    result = run(tmp, "--vault", str(vault), "--demo", "search", "--json", query)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits and any(first_name in hit["label"] for hit in hits)
    again = run(
        tmp,
        "--vault",
        str(vault),
        "--passphrase-stdin",
        "search",
        query,
        stdin=DEMO_PASSPHRASE + "\n",
    )
    assert again.returncode == 0 and first_name in again.stdout


def test_wrong_passphrase_is_one_sentence(demo: tuple[Path, Path]) -> None:
    tmp, vault = demo
    result = run(
        tmp, "--vault", str(vault), "--passphrase-stdin", "search", "x", stdin="nope nope nope\n"
    )
    assert_clean_failure(result, ExitCode.WRONG_CREDENTIALS)
    assert result.stderr.strip() == "The passphrase is not correct."


def test_missing_vault_and_missing_stdin(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        "--vault",
        str(tmp_path / "none"),
        "--passphrase-stdin",
        "search",
        "x",
        stdin="x\n",
    )
    assert_clean_failure(result, ExitCode.NOT_FOUND)
    _fast_vault(tmp_path / "v")
    no_line = run(tmp_path, "--vault", str(tmp_path / "v"), "--passphrase-stdin", "search", "x")
    assert_clean_failure(no_line, ExitCode.USAGE)


def test_busy_vault(tmp_path: Path) -> None:
    _fast_vault(tmp_path / "v")
    holder = Vault.open(tmp_path / "v", PASS)
    try:
        result = run(
            tmp_path,
            "--vault",
            str(tmp_path / "v"),
            "--passphrase-stdin",
            "check",
            stdin=PASS + "\n",
        )
    finally:
        holder.close()
    assert_clean_failure(result, ExitCode.BUSY)


def test_export_import_round_trip_and_refusals(demo: tuple[Path, Path], tmp_path: Path) -> None:
    tmp, vault = demo
    export = tmp_path / "all.json"
    result = run(tmp, "--vault", str(vault), "--demo", "export", str(export))
    assert result.returncode == 0, result.stderr
    assert "NOT encrypted" in result.stdout
    assert_clean_failure(
        run(tmp, "--vault", str(vault), "--demo", "export", str(export)), ExitCode.REFUSED
    )

    target = tmp_path / "target"
    _fast_vault(target)
    imported = run(
        tmp_path,
        "--vault",
        str(target),
        "--passphrase-stdin",
        "import",
        str(export),
        stdin=PASS + "\n",
    )
    assert imported.returncode == 0, imported.stderr
    again = run(
        tmp_path,
        "--vault",
        str(target),
        "--passphrase-stdin",
        "import",
        str(export),
        stdin=PASS + "\n",
    )
    assert "0 new" in again.stdout
    second = tmp_path / "second.json"
    run(
        tmp_path,
        "--vault",
        str(target),
        "--passphrase-stdin",
        "export",
        str(second),
        stdin=PASS + "\n",
    )
    assert second.read_bytes() == export.read_bytes()

    case_number = json.loads(export.read_text())["records"]["family_files"][0]["case_number"]
    one = tmp_path / "one.json"
    result = run(tmp, "--vault", str(vault), "--demo", "export", str(one), "--family", case_number)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(one.read_text())["records"]["family_files"]) == 1
    missing = run(
        tmp,
        "--vault",
        str(vault),
        "--demo",
        "export",
        str(tmp_path / "x.json"),
        "--family",
        "1999-0001",
    )
    assert_clean_failure(missing, ExitCode.NOT_FOUND)
    assert not (tmp_path / "x.json").exists()


def test_invalid_import_reports_paths(tmp_path: Path) -> None:
    _fast_vault(tmp_path / "v")
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "fallmanager-exchange",
                "version": 1,
                "scope": "vault",
                "records": {"persons": [{"id": "x"}]},
            }
        )
    )
    result = run(
        tmp_path,
        "--vault",
        str(tmp_path / "v"),
        "--passphrase-stdin",
        "import",
        str(bad),
        stdin=PASS + "\n",
    )
    assert_clean_failure(result, ExitCode.INVALID_INPUT)
    assert "$.records.persons[0].id" in result.stderr
    missing = run(
        tmp_path,
        "--vault",
        str(tmp_path / "v"),
        "--passphrase-stdin",
        "import",
        str(tmp_path / "nope.json"),
        stdin=PASS + "\n",
    )
    assert_clean_failure(missing, ExitCode.NOT_FOUND)


def test_backup_restore_cycle(demo: tuple[Path, Path], tmp_path: Path) -> None:
    tmp, vault = demo
    backup = tmp_path / "demo.fmbackup"
    result = run(tmp, "--vault", str(vault), "--demo", "backup", str(backup))
    assert result.returncode == 0, result.stderr
    assert DEMO_PASSPHRASE.encode() not in backup.read_bytes()
    assert_clean_failure(
        run(tmp, "--vault", str(vault), "--demo", "backup", str(backup)), ExitCode.REFUSED
    )

    restored = tmp_path / "restored"
    result = run(tmp, "--vault", str(restored), "--demo", "restore", str(backup))
    assert result.returncode == 0, result.stderr
    original = run(tmp, "--vault", str(vault), "--demo", "list", "--all").stdout
    assert run(tmp, "--vault", str(restored), "--demo", "list", "--all").stdout == original

    refused = run(tmp, "--vault", str(restored), "--demo", "restore", str(backup))
    assert_clean_failure(refused, ExitCode.REFUSED)
    forced = run(tmp, "--vault", str(restored), "--demo", "restore", str(backup), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "kept at" in forced.stdout
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("restored.before-restore-")]
    assert len(kept) == 1


def test_restore_refuses_damaged_backup_and_changes_nothing(
    demo: tuple[Path, Path], tmp_path: Path
) -> None:
    tmp, vault = demo
    backup = tmp_path / "b.fmbackup"
    assert run(tmp, "--vault", str(vault), "--demo", "backup", str(backup)).returncode == 0
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "damaged.fmbackup"
    damaged.write_bytes(bytes(data))
    target = tmp_path / "target"
    result = run(tmp, "--vault", str(target), "--demo", "restore", str(damaged))
    assert_clean_failure(result, ExitCode.DAMAGED)
    assert not target.exists()
    truncated = tmp_path / "truncated.fmbackup"
    truncated.write_bytes(bytes(backup.read_bytes()[:4000]))
    assert_clean_failure(
        run(tmp, "--vault", str(target), "--demo", "restore", str(truncated)), ExitCode.DAMAGED
    )
    not_a_backup = tmp_path / "x.fmbackup"
    not_a_backup.write_text("hello")
    assert_clean_failure(
        run(tmp, "--vault", str(target), "--demo", "restore", str(not_a_backup)), ExitCode.DAMAGED
    )
    assert not target.exists()


def test_passwd_and_recovery_key(tmp_path: Path) -> None:
    recovery = _fast_vault(tmp_path / "v")
    vault = str(tmp_path / "v")
    result = run(
        tmp_path,
        "--vault",
        vault,
        "--passphrase-stdin",
        "passwd",
        stdin=f"{PASS}\nthe new passphrase\n",
    )
    assert result.returncode == 0, result.stderr
    wrong = run(tmp_path, "--vault", vault, "--passphrase-stdin", "check", stdin=PASS + "\n")
    assert_clean_failure(wrong, ExitCode.WRONG_CREDENTIALS)
    assert (
        run(
            tmp_path, "--vault", vault, "--passphrase-stdin", "check", stdin="the new passphrase\n"
        ).returncode
        == 0
    )
    typo = recovery[:-1] + ("0" if recovery[-1] != "0" else "1")
    bad = run(
        tmp_path,
        "--vault",
        vault,
        "--passphrase-stdin",
        "passwd",
        "--use-recovery-key",
        stdin=f"{typo}\nforgotten and new\n",
    )
    assert_clean_failure(bad, ExitCode.WRONG_CREDENTIALS)
    assert "typing error" in bad.stderr
    good = run(
        tmp_path,
        "--vault",
        vault,
        "--passphrase-stdin",
        "passwd",
        "--use-recovery-key",
        stdin=f"{recovery}\nforgotten and new\n",
    )
    assert good.returncode == 0, good.stderr
    assert (
        run(
            tmp_path, "--vault", vault, "--passphrase-stdin", "check", stdin="forgotten and new\n"
        ).returncode
        == 0
    )


def test_check_reports_damage_without_traceback(tmp_path: Path) -> None:
    _fast_vault(tmp_path / "v")
    vault = Vault.open(tmp_path / "v", PASS)
    from fallmanager.services.persons import add_person

    for index in range(150):
        add_person(
            vault.unit_of_work(),
            given_names=f"Name{index}",
            family_name="Krasniqi" * 5,
            confirmed_not_duplicate=True,
        )
    vault.close()
    db = tmp_path / "v" / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 3000] ^= 0x10
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    result = run(
        tmp_path, "--vault", str(tmp_path / "v"), "--passphrase-stdin", "check", stdin=PASS + "\n"
    )
    assert_clean_failure(result, ExitCode.DAMAGED)
    assert db.read_bytes() == before
    not_vault = tmp_path / "nv"
    not_vault.mkdir()
    (not_vault / KEY_FILE).write_bytes(os.urandom(300))
    result = run(
        tmp_path, "--vault", str(not_vault), "--passphrase-stdin", "check", stdin=PASS + "\n"
    )
    assert_clean_failure(result, ExitCode.DAMAGED)


def test_demo_vault_missing_says_how_to_create_it(tmp_path: Path) -> None:
    result = run(tmp_path, "--demo", "search", "djor")
    assert_clean_failure(result, ExitCode.NOT_FOUND)
    assert "fallmanager demo" in result.stderr

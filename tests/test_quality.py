"""Code quality gates that run with the suite: lint, types, architecture contracts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fallmanager.domain.errors import ErrorCode, WarningCode
from fallmanager.messages import ERROR_TEXTS, WARNING_TEXTS

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )


def test_ruff_is_clean() -> None:
    result = _run(_tool("ruff"), "check", "src", "tests", "bench", "docs", "i18n")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_applied() -> None:
    result = _run(_tool("ruff"), "format", "--check", "src", "tests", "bench", "docs", "i18n")
    assert result.returncode == 0, result.stdout + result.stderr


def test_architecture_contracts_hold() -> None:
    """The domain imports no Qt/SQLAlchemy/sqlcipher3/ReportLab/keyring; layers hold."""
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_mypy_strict_is_clean() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_code_has_an_english_text() -> None:
    assert set(ERROR_TEXTS) == set(ErrorCode)
    assert set(WARNING_TEXTS) == set(WarningCode)


def test_exchange_documentation_lists_every_field() -> None:
    from fallmanager.domain.entity import field_specs
    from fallmanager.domain.model import ENTITY_TYPES

    doc = (ROOT / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    for cls in ENTITY_TYPES:
        section = doc.split(f"### `{cls.collection}`", 1)
        assert len(section) == 2, cls.collection
        body = section[1].split("### ", 1)[0]
        for spec in field_specs(cls):
            assert f"| `{spec.name}` |" in body, (cls.collection, spec.name)

"""``fallmanager genogram`` through real subprocesses on a small demo vault."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import subprocess_env

from fallmanager.cli import ExitCode
from fallmanager.demo import DEMO_PASSPHRASE
from fallmanager.domain.disclosure import Disclosure, DocumentKind, RecipientKind
from fallmanager.services.disclosure import disclosure_log
from fallmanager.services.family_files import find_family_by_case_number, list_family_files
from fallmanager.services.genogram import family_genogram
from fallmanager.vault.vault import Vault


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fallmanager", *args],
        capture_output=True,
        text=True,
        env=subprocess_env(tmp_path),
        timeout=120,
        check=False,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], code: ExitCode) -> None:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, list[str]]:
    """A demo vault of four families; one case number and the names of its family."""
    tmp = tmp_path_factory.mktemp("genogram-cli")
    vault = tmp / "demo"
    result = run(tmp, "--vault", str(vault), "demo", "--families", "4", "--seed", "7")
    assert result.returncode == 0, result.stderr
    with Vault.open(vault, DEMO_PASSPHRASE) as opened:
        uow = opened.unit_of_work()
        summaries = list_family_files(uow, status=None)
        # the largest family shows the most
        case_number = max(summaries, key=lambda s: s.member_count).case_number
        family = find_family_by_case_number(uow, case_number=case_number)
        genogram = family_genogram(uow, family_id=family.id, on=date.today())
    names = sorted(
        {
            part
            for p in genogram.input.persons
            for part in f"{p.given_names} {p.family_name}".split()
            if len(part) > 2
        }
    )
    assert names
    return tmp, vault, case_number, names


def genogram(
    demo: tuple[Path, Path, str, list[str]], *args: str
) -> subprocess.CompletedProcess[str]:
    tmp, vault, _case, _names = demo
    return run(tmp, "--vault", str(vault), "--demo", "genogram", *args)


@pytest.mark.parametrize("suffix", [".svg", ".pdf", ".png"])
def test_genogram_files(
    demo: tuple[Path, Path, str, list[str]], tmp_path: Path, suffix: str
) -> None:
    _tmp, _vault, case_number, names = demo
    target = tmp_path / f"genogram{suffix}"
    result = genogram(demo, case_number, str(target), "--dpi", "72", "--paper", "A3")
    assert result.returncode == ExitCode.OK, result.stderr
    assert target.is_file() and target.stat().st_size > 1000
    assert f"written to {target}" in result.stdout
    for name in names:  # terminal output may be logged: no names
        assert name not in result.stdout + result.stderr
    if suffix == ".svg":
        svg = target.read_text(encoding="utf-8")
        assert 'class="person' in svg and 'class="legend"' in svg
        assert any(name in svg for name in names)
    assert_clean_failure(genogram(demo, case_number, str(target)), ExitCode.REFUSED)
    again = genogram(demo, case_number, str(target), "--force", "--portrait", "--no-emotions")
    assert again.returncode == ExitCode.OK, again.stderr


@pytest.mark.parametrize("mode", ["roles", "initials"])
def test_anonymised_genogram_contains_no_name(
    demo: tuple[Path, Path, str, list[str]], tmp_path: Path, mode: str
) -> None:
    _tmp, _vault, case_number, names = demo
    svg_target = tmp_path / "anonym.svg"
    pdf_target = tmp_path / "anonym.pdf"
    for target in (svg_target, pdf_target):
        result = genogram(demo, case_number, str(target), "--anonymised", mode)
        assert result.returncode == ExitCode.OK, result.stderr
        assert case_number not in result.stdout
    svg = svg_target.read_text(encoding="utf-8")
    pdf_text = subprocess.run(
        ["pdftotext", str(pdf_target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for text in (svg, pdf_text, pdf_target.read_bytes().decode("latin-1")):
        for name in names:
            assert name not in text, name
        assert case_number not in text
    if mode == "roles":
        assert ">Indexperson<" in svg or ">Person 1<" in svg


def test_unknown_case_number_and_bad_suffix(
    demo: tuple[Path, Path, str, list[str]], tmp_path: Path
) -> None:
    missing = genogram(demo, "1999-0001", str(tmp_path / "g.svg"))
    assert_clean_failure(missing, ExitCode.NOT_FOUND)
    assert "1999-0001" in missing.stderr
    assert not (tmp_path / "g.svg").exists()
    _tmp, _vault, case_number, _names = demo
    bad = genogram(demo, case_number, str(tmp_path / "g.docx"))
    assert_clean_failure(bad, ExitCode.USAGE)
    assert ".svg, .png or .pdf" in bad.stderr
    no_folder = genogram(demo, case_number, str(tmp_path / "none" / "g.svg"))
    assert_clean_failure(no_folder, ExitCode.NOT_FOUND)
    assert list(tmp_path.iterdir()) == []


def test_every_export_is_in_the_disclosure_log(
    demo: tuple[Path, Path, str, list[str]], tmp_path: Path
) -> None:
    _tmp, vault, case_number, _names = demo

    def logged() -> list[Disclosure]:
        with Vault.open(vault, DEMO_PASSPHRASE) as opened:
            uow = opened.unit_of_work()
            family = find_family_by_case_number(uow, case_number=case_number)
            return [
                d
                for d in disclosure_log(uow, family_id=family.id)
                if d.document is DocumentKind.GENOGRAM
            ]

    before = len(logged())
    result = genogram(demo, case_number, str(tmp_path / "g.pdf"), "--anonymised", "roles")
    assert result.returncode == ExitCode.OK, result.stderr
    entries = logged()
    assert len(entries) == before + 1
    latest = max(entries, key=lambda d: d.disclosed_at)
    assert latest.anonymised and latest.person_ids == ()
    assert latest.recipient_kind is RecipientKind.FILE
    failed = genogram(demo, case_number, str(tmp_path / "g.pdf"))  # refused: file exists
    assert failed.returncode == ExitCode.REFUSED
    assert len(logged()) == before + 1

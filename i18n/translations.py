"""Keep the translation files up to date: ``python i18n/translations.py [update|release|check]``.

- ``update``: extract every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` text of the UI into
  ``i18n/fallmanager_en.ts`` (existing translations are kept; new texts are "unfinished").
- ``release``: compile the ``.ts`` into ``src/fallmanager/translations/fallmanager_en.qm``,
  which is shipped with the package.
- ``check``: fail if extraction would change the ``.ts`` or a text is untranslated.

German is the source language; English is the translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "fallmanager"
TS_FILE = ROOT / "i18n" / "fallmanager_en.ts"
QM_FILE = SOURCES / "translations" / "fallmanager_en.qm"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def ui_sources() -> list[Path]:
    """Python files that may hold user-visible texts (everything importing PySide6)."""
    return sorted(
        path for path in SOURCES.rglob("*.py") if "PySide6" in path.read_text(encoding="utf-8")
    )


def update(ts_file: Path = TS_FILE) -> None:
    files = [str(p.relative_to(ROOT)) for p in ui_sources()]
    subprocess.run(  # noqa: S603 - our own tool on our own files
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "de_DE",
         "-target-language", "en_GB", *files, "-ts", str(ts_file)],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip


def release(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(  # noqa: S603 - our own tool on our own files
        [_tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True
    )


def messages(ts_file: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """(context, source) -> (translation, finished) for every message of a ``.ts`` file."""
    result: dict[tuple[str, str], tuple[str, bool]] = {}
    root = ET.parse(ts_file).getroot()  # noqa: S314 - our own translation file
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                raise ValueError(f"message without translation element in {ts_file}")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else (translation.text or "")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            result[(name, source)] = (text, finished and bool(text.strip()))
    return result


def check() -> list[str]:
    """Problems: texts missing from the ``.ts`` file, untranslated texts, a stale ``.qm``."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(TS_FILE, fresh)
        update(fresh)
        committed, extracted = messages(TS_FILE), messages(fresh)
        for key in sorted(set(extracted) - set(committed)):
            problems.append(f"not in the .ts file (run update): {key[0]}: {key[1]!r}")
        for key in sorted(set(committed) - set(extracted)):
            problems.append(f"no longer in the code (run update): {key[0]}: {key[1]!r}")
        for key, (_text, finished) in sorted(committed.items()):
            if not finished:
                problems.append(f"untranslated: {key[0]}: {key[1]!r}")
        qm = Path(tmp) / "fresh.qm"
        release(TS_FILE, qm)
        if not QM_FILE.exists() or QM_FILE.read_bytes() != qm.read_bytes():
            problems.append("the shipped .qm is older than the .ts file (run release)")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

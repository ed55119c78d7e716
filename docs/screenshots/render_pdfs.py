"""Pictures of the consent and case conference printouts, for the README and for review.

    .venv/bin/python docs/screenshots/render_pdfs.py [--out FOLDER]

Builds the documents from the synthetic Krasniqi family of the test samples and saves page 1
of each as a PNG (``pdftoppm -r 60``) next to this script:

* ``30-tagesordnung.png`` — the agenda of one participant (only its permitted topics),
* ``31-einwilligung-de-sq.png`` — a consent form in German and Albanian,
* ``32-ergebnisblatt-familie.png`` — the family's results sheet (German and Albanian).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _documents() -> dict[str, bytes]:
    from tests.reports import conference_samples as samples

    from fallmanager.reports.conference import agenda_pdf, results_sheet_pdf
    from fallmanager.reports.consent_form import consent_form_pdf

    snapshot = samples.conference()
    family = samples.krasniqi_family()
    health = next(c for c in family.consents if c.id == samples.CONSENT_HEALTH)
    return {
        "30-tagesordnung": agenda_pdf(snapshot, samples.JOBCENTER, samples.options()),
        "31-einwilligung-de-sq": consent_form_pdf(family, health, samples.options("sq")),
        "32-ergebnisblatt-familie": results_sheet_pdf(snapshot, samples.options("sq")),
    }


def render(folder: Path) -> list[Path]:
    """Renders page 1 of each document into ``folder``; returns the PNGs written."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise SystemExit("pdftoppm (poppler-utils) is needed to render the pages.")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, pdf in _documents().items():
            source = Path(scratch) / f"{name}.pdf"
            source.write_bytes(pdf)
            stem = Path(scratch) / name
            command = [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile"]
            subprocess.run([*command, str(source), str(stem)], check=True)  # noqa: S603
            target = folder / f"{name}.png"
            shutil.move(f"{stem}.png", target)
            written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNGs")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    for path in render(args.out):
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

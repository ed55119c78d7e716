"""Genogram benchmark on realistic synthetic data (not a test; prints a table).

    .venv/bin/python bench/bench_genogram.py [--families 1000]

Measures, per family of a synthetic caseload: reading the genogram data from the vault,
the automatic layout, and checking the layout's guarantees; then the layout of large
random families (100 and 500 persons over four generations), and writing SVG, PDF and PNG
of the largest family.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.domain.genogram.layout_checks import check_layout, random_family

from fallmanager.domain.genogram.layout import layout_genogram
from fallmanager.reports.genogram.export import export_genogram
from fallmanager.reports.genogram.page import GenogramDocument
from fallmanager.reports.genogram.painter import GenogramOptions
from fallmanager.services import exchange
from fallmanager.services.family_files import list_family_files
from fallmanager.services.genogram import family_genogram
from fallmanager.synthetic.generator import generate
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault

TODAY = date(2026, 11, 25)


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    p50, top = statistics.median(values), values[-1]
    return f"p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {top * 1000:.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=1000)
    args = parser.parse_args()
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="fallmanager-bench-") as tmp:
        vault = Vault.create(
            Path(tmp) / "vault", "bench passphrase", passphrase_only=True, kdf=TEST_KDF
        ).vault
        try:
            data = generate(args.families, seed=2026, today=TODAY)
            exchange.import_records(vault.unit_of_work(), records=data.records, today=TODAY)
            families = list_family_files(vault.unit_of_work(), today=TODAY)
            reads, layouts, sizes, warnings = [], [], [], 0
            largest = None
            for family in families:
                start = time.perf_counter()
                genogram = family_genogram(
                    vault.unit_of_work(), family_id=family.family_id, on=TODAY
                )
                reads.append(time.perf_counter() - start)
                start = time.perf_counter()
                layout = layout_genogram(genogram.input)
                layouts.append(time.perf_counter() - start)
                check_layout(genogram.input, layout)
                warnings += len(layout.warnings)
                sizes.append(len(genogram.input.persons))
                if largest is None or len(genogram.input.persons) > len(largest[0].input.persons):
                    largest = (genogram, layout)
        finally:
            vault.close()
        median = statistics.median(sizes)
        print(f"families: {len(families)}, persons per family p50 {median:.0f}, max {max(sizes)}")
        print(f"read genogram data:  {_ms(reads)}")
        print(f"automatic layout:    {_ms(layouts)}")
        print(f"layout warnings:     {warnings} (every layout passed the property checks)")
        for size in (100, 500):
            times = []
            for seed in range(5):
                family = random_family(seed, size)
                start = time.perf_counter()
                layout = layout_genogram(family)
                times.append(time.perf_counter() - start)
                check_layout(family, layout, valid=False)
            print(f"layout of {size} persons (5 random families, 4 generations): {_ms(times)}")
        assert largest is not None
        genogram, layout = largest
        document = GenogramDocument(genogram.case_number, TODAY, "A3", landscape=True)
        for suffix in ("svg", "pdf", "png"):
            target = Path(tmp) / f"largest.{suffix}"
            start = time.perf_counter()
            export_genogram(layout, target, options=GenogramOptions(), document=document)
            elapsed = time.perf_counter() - start
            print(
                f"export {suffix.upper()} of the largest family "
                f"({len(genogram.input.persons)} persons): {elapsed * 1000:.0f} ms, "
                f"{target.stat().st_size / 1024:.0f} KiB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

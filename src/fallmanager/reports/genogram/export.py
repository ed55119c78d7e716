"""Writes a genogram file (SVG, PNG or PDF, chosen by the suffix) atomically."""

from __future__ import annotations

from pathlib import Path

from fallmanager.domain.genogram.model import GenogramLayout
from fallmanager.errors import FallmanagerError
from fallmanager.files import write_atomic
from fallmanager.reports.genogram.page import GenogramDocument
from fallmanager.reports.genogram.painter import GenogramOptions

#: Suffixes :func:`export_genogram` understands.
FORMATS = (".svg", ".png", ".pdf")


class UnsupportedFormatError(FallmanagerError):
    """The file name does not end in a suffix the genogram can be written as."""

    code = "genogram_unsupported_format"

    def __init__(self, target: Path) -> None:
        super().__init__(
            f"Cannot write a genogram as '{target.suffix or target.name}'; "
            "choose a file name ending in .svg, .png or .pdf."
        )
        self.suffix = target.suffix


def render_genogram(
    layout: GenogramLayout,
    suffix: str,
    *,
    options: GenogramOptions,
    document: GenogramDocument,
    dpi: int = 150,
) -> bytes:
    """The bytes of the file for ``suffix`` (".svg", ".png" or ".pdf")."""
    kind = suffix.lower()
    if kind == ".svg":
        from fallmanager.reports.genogram.svg import genogram_svg  # noqa: PLC0415

        return genogram_svg(layout, options, document)
    if kind == ".pdf":
        from fallmanager.reports.genogram.pdf import genogram_pdf  # noqa: PLC0415

        return genogram_pdf(layout, options, document)
    if kind == ".png":
        # Qt loads only when a PNG is asked for.
        from fallmanager.reports.genogram.qpainter import render_png  # noqa: PLC0415

        return render_png(layout, options, dpi)
    raise UnsupportedFormatError(Path(f"genogram{suffix}"))


def export_genogram(
    layout: GenogramLayout,
    target: Path,
    *,
    options: GenogramOptions,
    document: GenogramDocument,
    dpi: int = 150,
) -> None:
    """Write ``target`` as SVG, PNG or PDF by its suffix; never leaves a partial file.

    The file is written next to the target under a temporary name (readable by the user
    only) and moved into place.
    """
    if target.suffix.lower() not in FORMATS:
        raise UnsupportedFormatError(target)
    data = render_genogram(layout, target.suffix, options=options, document=document, dpi=dpi)
    write_atomic(target, data)

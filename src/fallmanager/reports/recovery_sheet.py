"""The recovery key sheet (Wiederherstellungsschlüssel), printed once after the vault is created."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from fallmanager.reports.fonts import BOLD, REGULAR, register_fonts


@dataclass(frozen=True, slots=True)
class RecoverySheetTexts:
    """The sheet's sentences, already in the reader's language (the UI translates them)."""

    title: str
    created: str
    instructions: tuple[str, ...]


def render_recovery_sheet(recovery_key: str, created_on: date, texts: RecoverySheetTexts) -> bytes:
    """One A4 page with the key in large monospaced groups; returns the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(texts.title)
    _width, height = A4
    y = height - 30 * mm
    canvas.setFont(BOLD, 18)
    canvas.drawString(25 * mm, y, texts.title)
    y -= 10 * mm
    canvas.setFont(REGULAR, 10)
    canvas.drawString(25 * mm, y, f"{texts.created} {created_on:%d.%m.%Y}")
    y -= 20 * mm
    canvas.setFont("Courier-Bold", 20)
    groups = recovery_key.split("-")
    for start in range(0, len(groups), 4):
        canvas.drawString(25 * mm, y, "  ".join(groups[start : start + 4]))
        y -= 11 * mm
    y -= 8 * mm
    canvas.setFont(REGULAR, 11)
    for line in texts.instructions:
        canvas.drawString(25 * mm, y, line)
        y -= 7 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

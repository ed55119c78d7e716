"""What the consent and disclosure printouts share: options from the settings, the moment."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from fallmanager.ui.family_file.tab import FamilyFileContext

if TYPE_CHECKING:
    from fallmanager.reports.help_plan import PrintOptions


def print_options(context: FamilyFileContext, language: str = "") -> PrintOptions:
    """The letterhead and signature from the settings, and the chosen second language."""
    # The printouts (ReportLab) load when first asked for: a quicker start.
    from fallmanager.reports.documents import Letterhead  # noqa: PLC0415
    from fallmanager.reports.help_plan import PrintOptions  # noqa: PLC0415

    settings = context.settings
    contact = tuple(line.strip() for line in settings.office_contact.splitlines() if line.strip())
    return PrintOptions(
        language=language,
        letterhead=Letterhead(name=settings.office_name.strip(), contact=contact),
        case_manager_name=settings.case_manager_name.strip(),
        printed_on=context.today(),
    )


def moment(context: FamilyFileContext) -> datetime:
    """Now, on the family file's day (tests fix the day; the time is the clock's)."""
    return datetime.combine(context.today(), datetime.now().time()).replace(microsecond=0)

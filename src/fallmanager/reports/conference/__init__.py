"""The case conference's printouts and its calendar invitation.

Agenda (Tagesordnung) and minutes (Protokoll) are made per participant through the consent
gate; the family gets its agenda and a results sheet (Ergebnisblatt) in German and its own
language; the invitation (.ics) carries no personal data at all.
"""

from fallmanager.reports.conference.agenda import AgendaPdf, agenda_pdf
from fallmanager.reports.conference.invitation import invitation_ics, is_plausible_email
from fallmanager.reports.conference.minutes import MinutesPdf, minutes_pdf
from fallmanager.reports.conference.results import ResultsSheetPdf, results_sheet_pdf

__all__ = [
    "AgendaPdf",
    "MinutesPdf",
    "ResultsSheetPdf",
    "agenda_pdf",
    "invitation_ics",
    "is_plausible_email",
    "minutes_pdf",
    "results_sheet_pdf",
]

"""What the conference dialogs share with the help plan's: a form with errors below the
fields; OK runs exactly one operation on the database worker and closes only when it
succeeded (:class:`~fallmanager.ui.help_plan.dialog_base.PlanDialog`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from fallmanager.ui.conference import KINDS
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.dialog_base import Operation, PlanDialog

__all__ = ["ConferenceFormDialog", "Operation"]


class ConferenceFormDialog(PlanDialog):
    """A conference dialog: announces conference changes when it saves."""

    kinds = KINDS

    def __init__(self, context: FamilyFileContext, name: str, parent: QWidget | None) -> None:
        super().__init__(context, name, parent)
        self.setMinimumWidth(520)

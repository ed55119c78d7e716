"""The printed help plan (Hilfeplan): the family's copy and the office's full version."""

from fallmanager.reports.help_plan.common import Layout, PrintOptions
from fallmanager.reports.help_plan.family import FamilyHelpPlanPdf
from fallmanager.reports.help_plan.office import OfficeHelpPlanPdf

__all__ = ["FamilyHelpPlanPdf", "Layout", "OfficeHelpPlanPdf", "PrintOptions"]

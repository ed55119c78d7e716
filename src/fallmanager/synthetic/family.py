"""One synthetic family file: the people of up to four generations and every record about them.

A family is first planned as drafts with their true dates (births, partnerships, arrival in
Germany, deaths, the course of the residence status), then written out as domain records. The
recorded dates may be less precise than the true ones (a year, a fictitious 1 January), but
never later, so the rules on parents' ages hold for what is recorded as well.
"""

from __future__ import annotations

from fallmanager.synthetic.casework import CaseworkWriter
from fallmanager.synthetic.conferences import ConferenceWriter
from fallmanager.synthetic.help_plans import HelpPlanWriter
from fallmanager.synthetic.pathways import ResidencePlanner
from fallmanager.synthetic.people import PeoplePlanner
from fallmanager.synthetic.records import PersonWriter
from fallmanager.synthetic.state import ORIGIN_WEIGHTS
from fallmanager.synthetic.timeline import weighted


class FamilyBuilder(
    PeoplePlanner,
    ResidencePlanner,
    PersonWriter,
    CaseworkWriter,
    HelpPlanWriter,
    ConferenceWriter,
):
    """Plans one family and writes its records."""

    def build(self) -> None:
        self.origin = weighted(self.rng, ORIGIN_WEIGHTS)
        # Who belongs to the family, with their true dates.
        self.plan_entry()
        self.plan_parents_and_children()
        self.plan_partners_earlier_children()
        self.plan_losses()
        self.plan_foster_child()
        self.plan_elders()
        self.plan_grandchildren()
        self.settle_arrivals()
        self.plan_german_partner()
        # Their residence, work and papers.
        self.plan_residence()
        self.plan_work_and_training()
        self.open_file()
        self.plan_interpreters()
        self.finish_residence()
        # The records.
        self.emit_persons()
        self.emit_relationships()
        self.emit_residence()
        self.emit_households()
        self.emit_education_and_work()
        self.emit_benefits()
        self.emit_involvements()
        self.emit_visits_and_notes()
        self.emit_tasks()
        self.emit_family_file()
        self.emit_genogram_relations()
        self.emit_help_plan()
        self.emit_consents_and_conferences()

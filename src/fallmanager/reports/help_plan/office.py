"""The office's version of the help plan: everything, in German, with its history."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from fallmanager.domain.help_plan import (
    GoalLevel,
    GoalStatus,
    HelpPlanGoal,
    LifeDomain,
    NeedLevel,
    ResidenceRequirement,
    VersionStatus,
)
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.reports.documents import german_date
from fallmanager.reports.help_plan.common import HelpPlanDocument, PrintOptions, optional_date
from fallmanager.reports.help_plan.texts import GERMAN, LANGUAGE_NAMES, LANGUAGE_NAMES_IN_GERMAN

_VERSION_STATUS = {
    VersionStatus.DRAFT: "Entwurf",
    VersionStatus.AGREED: "vereinbart",
    VersionStatus.SUPERSEDED: "abgelöst",
}
_NEED_LEVEL = {
    NeedLevel.NONE: "kein Bedarf",
    NeedLevel.LOW: "gering",
    NeedLevel.MEDIUM: "mittel",
    NeedLevel.HIGH: "hoch",
}
_WHOLE_FAMILY = "Familie insgesamt"


class OfficeHelpPlanPdf(HelpPlanDocument):
    """Hilfeplan, Büroexemplar: header data, resources and needs with ratings, the whole goal
    tree with internal notes, residence requirements, reviews, versions, and which
    translations of the family's copy still need a professional check."""

    def __init__(self, snapshot: HelpPlanSnapshot, options: PrintOptions) -> None:
        super().__init__(snapshot, options, large_print=False)
        #: The language of the family's copy whose translations are listed for checking.
        self.family_language = options.language or snapshot.version.family_language

    def title(self) -> str:
        return f"{super().title()} (Büroexemplar)"

    def story(self) -> list[Flowable]:
        return [
            *self._header(),
            *self._needs(),
            *self._goals(),
            *self._requirements(),
            *self._reviews(),
            *self._versions(),
            *self._translations(),
        ]

    # -- header data -------------------------------------------------------------------

    def _header(self) -> list[Flowable]:
        v = self.version
        signed_by = [self.person_name(p) for p in v.signed_by_ids]
        if v.signed_by_case_manager:
            signed_by.append("Fallmanager/in")
        language = LANGUAGE_NAMES_IN_GERMAN.get(v.family_language, "nur Deutsch")
        pairs = [
            ("Fallnummer", self.snapshot.family.case_number),
            ("Version", f"{v.number} – {self.kind_of_version(GERMAN)}"),
            ("Erstellt am", german_date(v.drawn_up_on)),
            ("Status", _VERSION_STATUS[v.status]),
            ("Vereinbart am", optional_date(v.agreed_on) if v.agreed_on else ""),
            ("Überprüfung am", optional_date(v.review_on) if v.review_on else ""),
            ("Unterschrieben am", optional_date(v.signed_on) if v.signed_on else ""),
            ("Unterschrieben von", ", ".join(n for n in signed_by if n)),
            ("Sprache der Familie", language),
            ("Fallmanager/in", self.options.case_manager_name),
            ("Beteiligte (Familie)", self.person_names(v.participant_ids)),
            (
                "Beteiligte (Netzwerk)",
                ", ".join(n for n in (self.actor_name(a) for a in v.participant_actor_ids) if n),
            ),
            ("Weitere Beteiligte", ", ".join(v.other_participants)),
            ("Interne Notizen", v.notes),
        ]
        return [
            self.para("Hilfeplan – Büroexemplar", "title"),
            self.para("Vollständiger Plan mit internen Notizen. Nicht an die Familie.", "subtitle"),
            self.key_values(pairs),
        ]

    # -- resources and needs -----------------------------------------------------------

    def _needs(self) -> list[Flowable]:
        if not self.snapshot.needs:
            return []
        heading = GERMAN.get("sections", "resources_and_needs")
        story: list[Flowable] = [self.para(heading, "heading1")]
        order = {d: i for i, d in enumerate(LifeDomain)}
        owners: list[uuid.UUID | None] = [None, *(p.id for p in self.snapshot.persons)]
        for owner in owners:
            needs = sorted(
                (n for n in self.snapshot.needs if n.person_id == owner),
                key=lambda n: order[n.domain],
            )
            if not needs:
                continue
            rows = [
                [
                    GERMAN.domain(n.domain),
                    n.resources,
                    n.needs,
                    _NEED_LEVEL[n.level] if n.level is not None else "–",
                ]
                for n in needs
            ]
            story.append(self.para(self.person_name(owner) or _WHOLE_FAMILY, "heading3"))
            story.append(
                self.grid(
                    ["Lebensbereich", "Ressourcen", "Bedarfe", "Bewertung"],
                    rows,
                    (0.2, 0.33, 0.33, 0.14),
                )
            )
        return story

    # -- goals -------------------------------------------------------------------------

    def _goals(self) -> list[Flowable]:
        frameworks = self.snapshot.goals_under(None)
        if not frameworks:
            return []
        story: list[Flowable] = [CondPageBreak(40 * mm)]
        section: list[Flowable] = [self.para(GERMAN.get("sections", "goals"), "heading1")]
        for number, framework in enumerate(frameworks, start=1):
            # Headings stay with the first outcome goal below them.
            lead: list[Flowable] = [
                *section,
                self.para(framework.wording, "heading2", bold_prefix=f"{number}. Rahmenziel:"),
                *self._goal_details(framework),
            ]
            for sub, outcome in enumerate(self.snapshot.goals_under(framework.id), start=1):
                heading = self.para(
                    outcome.wording, "heading3", bold_prefix=f"{number}.{sub} Ergebnisziel:"
                )
                details = self._goal_details(outcome)
                activities = self.snapshot.goals_under(outcome.id)
                table = [self._activity_table(activities)] if activities else []
                story.append(KeepTogether([*lead, heading, *details, *table]))
                lead = []
            section = []
            story += lead
        return story

    def _goal_details(self, goal: HelpPlanGoal) -> list[Flowable]:
        """The line under a framework or outcome goal: status, persons, domains, notes."""
        parts = [f"Status: {GERMAN.status(goal.status)}"]
        if goal.person_ids:
            parts.append(f"Personen: {self.person_names(goal.person_ids)}")
        if goal.domains:
            parts.append(f"Bereiche: {self._domains(goal)}")
        if goal.due_on:
            parts.append(f"bis {german_date(goal.due_on)}")
        story = [self.para(" · ".join(parts), "small")]
        story += self._remarks(goal)
        return story

    def _remarks(self, goal: HelpPlanGoal, style: str = "small") -> list[Flowable]:
        story = []
        if goal.status is GoalStatus.DROPPED and goal.drop_reason:
            story.append(self.para(goal.drop_reason, style, bold_prefix="Grund für Entfallen:"))
        if goal.notes:
            story.append(self.para(goal.notes, style, bold_prefix="Interne Notiz:"))
        return story

    def _domains(self, goal: HelpPlanGoal) -> str:
        return ", ".join(GERMAN.domain(d) for d in goal.life_domains)

    def _activity_table(self, activities: Sequence[HelpPlanGoal]) -> Flowable:
        rows: list[list[str | Flowable | list[Flowable]]] = []
        for activity in activities:
            what: list[Flowable] = [self.para(activity.wording, "cell")]
            what += self._remarks(activity, "cell_translation")
            responsible = self.actor_name(activity.responsible_actor_id)
            if activity.responsible_is_family:
                responsible = ", ".join(n for n in (responsible, "Familie") if n)
            rows.append(
                [
                    what,
                    self.person_names(activity.person_ids) or _WHOLE_FAMILY,
                    self._domains(activity),
                    responsible or "–",
                    optional_date(activity.due_on),
                    GERMAN.status(activity.status),
                ]
            )
        head = [GERMAN.get("sections", "activity"), "Personen", "Bereiche", "Zuständig"]
        return self.grid(
            [*head, "Bis", "Status"],
            rows,
            (0.29, 0.16, 0.15, 0.16, 0.13, 0.11),
        )

    # -- residence requirements --------------------------------------------------------

    def _requirements(self) -> list[Flowable]:
        requirements = self.snapshot.requirements
        if not requirements:
            return []
        rows = [
            [
                r.wording,
                self.person_name(r.person_id) or _WHOLE_FAMILY,
                GERMAN.evidence(r.evidence),
                optional_date(r.due_on),
                r.notes,
            ]
            for r in requirements
        ]
        return [
            CondPageBreak(40 * mm),
            self.para(GERMAN.get("sections", "residence_requirements"), "heading1"),
            self.grid(
                ["Voraussetzung", "Für", "Nachweis", "Bis", "Notiz"],
                rows,
                (0.33, 0.18, 0.12, 0.13, 0.24),
            ),
        ]

    # -- history -----------------------------------------------------------------------

    def _reviews(self) -> list[Flowable]:
        reviews = sorted(self.snapshot.reviews, key=lambda r: r.held_on)
        story: list[Flowable] = [self.para("Überprüfungen", "heading1")]
        if not reviews:
            return [*story, self.para("Zu dieser Version gibt es noch keine Überprüfung.", "body")]
        rows = [
            [german_date(r.held_on), self.person_names(r.participant_ids), r.achieved, r.notes]
            for r in reviews
        ]
        story.append(
            self.grid(["Am", "Beteiligte", "Erreicht", "Notiz"], rows, (0.13, 0.22, 0.35, 0.3))
        )
        return story

    def _versions(self) -> list[Flowable]:
        rows = [
            [
                f"{v.number}{' (diese)' if v.id == self.version.id else ''}",
                GERMAN.get("titles", "initial_plan" if v.is_initial else "plan_update"),
                german_date(v.drawn_up_on),
                _VERSION_STATUS[v.status],
                optional_date(v.agreed_on),
                optional_date(v.review_on),
                optional_date(v.signed_on),
            ]
            for v in self.snapshot.versions
        ]
        return [
            CondPageBreak(30 * mm),
            self.para("Versionen", "heading1"),
            self.grid(
                ["Nr.", "Art", "Erstellt", "Status", "Vereinbart", "Überprüfung", "Unterschrieben"],
                rows,
                (0.08, 0.2, 0.13, 0.13, 0.14, 0.145, 0.175),
            ),
        ]

    # -- translations ------------------------------------------------------------------

    def translation_gaps(self) -> list[tuple[str, str, str]]:
        """(kind, German text, what is wrong) for each text of the family's copy whose
        translation is missing or still awaits a professional check."""
        language = self.family_language
        if not language or language == "de":
            return []
        owners: list[tuple[str, HelpPlanGoal | ResidenceRequirement]] = [
            (_LEVEL_NAMES[g.level], g) for g in self._goals_in_order()
        ]
        owners += [("Voraussetzung", r) for r in self.snapshot.requirements]
        gaps = []
        for kind, owner in owners:
            if self.snapshot.wording_in(owner, language) is None:
                gaps.append((kind, owner.wording, "keine Übersetzung"))
            elif self.snapshot.needs_review_in(owner, language):
                gaps.append((kind, owner.wording, "Übersetzung ungeprüft"))
        return gaps

    def _goals_in_order(self) -> list[HelpPlanGoal]:
        found: list[HelpPlanGoal] = []

        def walk(parent: uuid.UUID | None) -> None:
            for goal in self.snapshot.goals_under(parent):
                found.append(goal)
                walk(goal.id)

        walk(None)
        return found

    def _translations(self) -> list[Flowable]:
        gaps = self.translation_gaps()
        if not gaps:
            return []
        name = LANGUAGE_NAMES_IN_GERMAN.get(self.family_language, self.family_language)
        native = LANGUAGE_NAMES.get(self.family_language, "")
        return [
            CondPageBreak(40 * mm),
            self.para(f"Übersetzungen prüfen: {name} ({native})", "heading1"),
            self.para(
                "Diese Texte erscheinen in der Fassung für die Familie ohne geprüfte Übersetzung. "
                "Fehlt eine Übersetzung, steht dort der deutsche Text.",
                "body",
            ),
            self.grid(
                ["Art", "Text (deutsch)", "Stand"], [list(g) for g in gaps], (0.18, 0.57, 0.25)
            ),
            Spacer(1, 2 * mm),
        ]


_LEVEL_NAMES = {
    GoalLevel.FRAMEWORK: "Rahmenziel",
    GoalLevel.OUTCOME: "Ergebnisziel",
    GoalLevel.ACTIVITY: "Aktivität",
}

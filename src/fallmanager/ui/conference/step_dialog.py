"""Vereinbarter Schritt: what is done, by whom (an actor or the family), for whom, by when,
and under which Ergebnisziel of the help plan it belongs — with its translation into the
family's language for the results sheet.

OK saves the step (``save_step``) and, when it changed, its translation
(``set_minutes_translation``) in one operation; ``saved`` carries the combined ``Change``.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from fallmanager.domain.case_conference import AgreedStep, ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import HelpPlanGoal, TextTranslation
from fallmanager.services.case_conference import save_step, set_minutes_translation
from fallmanager.services.history import Change
from fallmanager.ui.conference.conference_dialog import anonymised_name_message
from fallmanager.ui.conference.conference_format import (
    members,
    network_actors,
    outcome_goals,
)
from fallmanager.ui.conference.dialog_base import ConferenceFormDialog, Operation
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import (
    make_date_edit,
    read_full_date,
    retranslate_date_edit,
    set_full_date,
)
from fallmanager.ui.help_plan.dialog_base import Checklist
from fallmanager.ui.help_plan.plan_format import language_name
from fallmanager.ui.ops import OpContext
from fallmanager.ui.widgets.collation import sorted_by

#: Who does it: nobody named yet, the family, or an actor (by id).
NOBODY, FAMILY = "", "family"


def own_translation(
    snapshot: ConferenceSnapshot, owner_id: uuid.UUID, language: str
) -> TextTranslation | None:
    if not language:
        return None
    return next(
        (
            t
            for t in snapshot.detail.text_translations
            if t.owner_id == owner_id and t.language == language
        ),
        None,
    )


class StepDialog(ConferenceFormDialog):
    """Add an agreed step to a topic or change one."""

    fallback_field = "wording"

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: ConferenceSnapshot,
        topic: ConferenceTopic,
        step: AgreedStep | None = None,
        *,
        language: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "stepDialog", parent)
        self.snapshot = snapshot
        self.topic = topic
        self.step = step
        self.language = language
        detail = snapshot.detail

        self.wording = QLineEdit()
        self.wording.setObjectName("stepWording")
        self.wording.setMaxLength(500)
        self.translation = QLineEdit()
        self.translation.setObjectName("stepTranslation")
        self.translation.setMaxLength(500)
        self.reviewed = QCheckBox()
        self.reviewed.setObjectName("stepTranslationReviewed")
        translation_box = QWidget()
        column = QVBoxLayout(translation_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.translation)
        column.addWidget(self.reviewed)
        self.responsible = QComboBox()
        self.responsible.setObjectName("stepResponsible")
        self.responsible.addItem("", NOBODY)
        self.responsible.addItem("", FAMILY)
        actors = {a.id: a for a in network_actors(detail, context.today())}
        for actor in snapshot.participants:
            actors.setdefault(actor.id, actor)
        if step is not None and step.responsible_actor_id is not None:
            named = snapshot.actor(step.responsible_actor_id)
            if named is not None:
                actors.setdefault(named.id, named)
        for actor in sorted_by(actors.values(), lambda a: a.name):
            self.responsible.addItem(actor.name, str(actor.id))
        self.persons = Checklist("stepPersons")
        self.persons.set_entries((p.id, person_name(p)) for p in members(detail))
        self.due = make_date_edit("stepDue")
        self.outcome_goal = QComboBox()
        self.outcome_goal.setObjectName("stepOutcomeGoal")
        self.outcome_goal.addItem("", "")
        goals = outcome_goals(detail)
        for goal in goals:
            self.outcome_goal.addItem(goal.wording, str(goal.id))
        if step is not None and step.outcome_goal_id is not None:
            if self.outcome_goal.findData(str(step.outcome_goal_id)) < 0:
                old = next(
                    (g for g in detail.help_plan_goals if g.id == step.outcome_goal_id), None
                )
                if old is not None:
                    self.outcome_goal.addItem(old.wording, str(old.id))
        elif step is None:
            preset = self._topic_outcome(goals)
            if preset is not None:
                self.outcome_goal.setCurrentIndex(self.outcome_goal.findData(str(preset)))

        self.add_row("wording", self.wording)
        self.translation_label = self.add_row("translation", translation_box, self.translation)
        self.add_row("responsible_actor_id", self.responsible)
        self.add_row("person_ids", self.persons)
        self.add_row("due_on", self.due)
        self.add_row("outcome_goal_id", self.outcome_goal)
        if not language:
            self.form.setRowVisible(self.translation_label, False)

        if step is not None:
            self.wording.setText(step.wording)
            if step.responsible_actor_id is not None:
                index = self.responsible.findData(str(step.responsible_actor_id))
                self.responsible.setCurrentIndex(max(0, index))
            elif step.responsible_is_family:
                self.responsible.setCurrentIndex(1)
            self.persons.set_checked(step.person_ids)
            set_full_date(self.due, step.due_on)
            index = self.outcome_goal.findData(str(step.outcome_goal_id or ""))
            self.outcome_goal.setCurrentIndex(max(0, index))
            own = own_translation(snapshot, step.id, language)
            if own is not None:
                self.translation.setText(own.wording)
                self.reviewed.setChecked(not own.needs_review)
        else:
            self.persons.set_checked(topic.person_ids)
        self.retranslate_ui()
        self.resize(600, self.sizeHint().height())

    def _topic_outcome(self, goals: list[HelpPlanGoal]) -> uuid.UUID | None:
        """The Ergebnisziel the topic is tied to (directly or through an Aktivität)."""
        outcome_ids = {g.id for g in goals}
        detail = self.snapshot.detail
        for goal_id in self.topic.goal_ids:
            if goal_id in outcome_ids:
                return goal_id
            goal = next((g for g in detail.help_plan_goals if g.id == goal_id), None)
            if goal is not None and goal.parent_id in outcome_ids:
                return goal.parent_id
        return None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Schritt ändern") if self.step is not None else self.tr("Schritt vereinbaren")
        )
        self.set_labels(
            [
                self.tr("&Was:"),
                self.tr("Übe&rsetzung ({language}):").format(language=language_name(self.language)),
                self.tr("W&er:"),
                self.tr("&Für wen:"),
                self.tr("&Bis wann:"),
                self.tr("Er&gebnisziel:"),
            ]
        )
        self.wording.setPlaceholderText(self.tr("z. B. Termin beim Kinderarzt vereinbaren"))
        self.translation.setPlaceholderText(
            self.tr("Übersetzung für das Ergebnisblatt der Familie")
        )
        self.reviewed.setText(self.tr("von Fachübersetzung geprüft"))
        self.responsible.setItemText(0, self.tr("nicht festgelegt"))
        self.responsible.setItemText(1, self.tr("Familie"))
        self.outcome_goal.setItemText(0, self.tr("keins"))
        self.outcome_goal.setToolTip(
            self.tr(
                "Unter diesem Ergebnisziel wird der Schritt als Aktivität in den Hilfeplan "
                "übernommen."
            )
        )
        self.persons.setToolTip(self.tr("Die Familienmitglieder, um die es geht"))
        retranslate_date_edit(self.due)

    # -- saving ------------------------------------------------------------------------------

    def _translation_changed(self) -> bool:
        if not self.language:
            return False
        text = self.translation.text().strip()
        own = own_translation(self.snapshot, self.step.id, self.language) if self.step else None
        if own is None:
            return bool(text)
        return text != own.wording or own.needs_review == self.reviewed.isChecked()

    def operation(self) -> Operation | None:
        wording = self.wording.text().strip()
        if not wording:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "wording"))
        due_on: date | None = None
        try:
            due_on = read_full_date(self.due, "due_on")
        except DomainError as exc:
            self.errors.show_domain_error(DomainError(exc.code, "due_on"))
        if self.errors.has_errors():
            return None
        who = str(self.responsible.currentData() or "")
        goal = str(self.outcome_goal.currentData() or "")
        values = {
            "wording": wording,
            "person_ids": self.persons.checked_ids(),
            "responsible_actor_id": uuid.UUID(who) if who not in (NOBODY, FAMILY) else None,
            "responsible_is_family": who == FAMILY,
            "due_on": due_on,
            "outcome_goal_id": uuid.UUID(goal) if goal else None,
        }
        try:
            if self.step is None:
                step = AgreedStep(topic_id=self.topic.id, **values)  # type: ignore[arg-type]
            else:
                step = replace(self.step, **values)  # type: ignore[arg-type]
        except DomainError as exc:
            self.show_error(exc)
            return None
        translate = self._translation_changed()
        language, translation = self.language, self.translation.text()
        needs_review = not self.reviewed.isChecked()

        def save(ctx: OpContext) -> Change:
            change = save_step(ctx.uow(), step=step)
            if translate:
                change = change + set_minutes_translation(
                    ctx.uow(),
                    owner_id=step.id,
                    language=language,
                    wording=translation,
                    needs_review=needs_review,
                )
            return change

        return save

    def show_error(self, exc: DomainError) -> bool:
        if exc.code is ErrorCode.NAME_IN_ANONYMISED:
            message = anonymised_name_message(
                self.snapshot.detail, exc, self.snapshot.conference.held_on
            )
            if message:
                self.errors.show("wording", message)
                self.wording.setFocus()
                return True
        return super().show_error(exc)

"""Thema der Tagesordnung: title, the data it touches, the persons it is about, the help-plan
goals it concerns and who leads it (Federführung).

The data categories decide who may see the topic: each participant needs the family's
consent for each category and person; a topic without categories touches no personal data
and goes to everyone. OK makes one ``save_topic`` call.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.case_conference import ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.consent import DataCategory
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.services.case_conference import save_topic
from fallmanager.ui.conference.conference_dialog import anonymised_name_message
from fallmanager.ui.conference.conference_format import goal_text, members, plan_goals
from fallmanager.ui.conference.dialog_base import ConferenceFormDialog, Operation
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.dialog_base import Checklist
from fallmanager.ui.texts import label

#: The lead combo's data for the case manager (no actor).
CASE_MANAGEMENT = ""


class TopicDialog(ConferenceFormDialog):
    """Add a topic to the agenda or change one; ``saved`` carries the ``Change``."""

    fallback_field = "title"

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: ConferenceSnapshot,
        topic: ConferenceTopic | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "topicDialog", parent)
        self.snapshot = snapshot
        self.topic = topic
        detail = snapshot.detail

        self.title = QLineEdit()
        self.title.setObjectName("topicTitle")
        self.title.setMaxLength(500)
        self.categories: dict[DataCategory, QCheckBox] = {}
        categories_box = QWidget()
        categories_box.setObjectName("topicCategories")
        column = QVBoxLayout(categories_box)
        column.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        for number, category in enumerate(DataCategory):
            box = QCheckBox()
            box.setObjectName(f"topicCategory_{category.value}")
            self.categories[category] = box
            grid.addWidget(box, number // 3, number % 3)
        column.addLayout(grid)
        self.categories_hint = QLabel()
        self.categories_hint.setWordWrap(True)
        self.categories_hint.setEnabled(False)
        column.addWidget(self.categories_hint)
        self.persons = Checklist("topicPersons")
        self.persons.set_entries((p.id, person_name(p)) for p in members(detail))
        self.goals = Checklist("topicGoals")
        _version, goals = plan_goals(detail)
        entries = [(g.id, goal_text(g)) for g in goals]
        known = {g.id for g in goals}
        for goal_id in topic.goal_ids if topic is not None else ():
            if goal_id not in known:  # a goal of an earlier version stays chosen
                old = next((g for g in detail.help_plan_goals if g.id == goal_id), None)
                if old is not None:
                    entries.append((old.id, goal_text(old)))
        self.goals.set_entries(entries)
        self.lead = QComboBox()
        self.lead.setObjectName("topicLead")
        self.lead.addItem("", CASE_MANAGEMENT)
        for actor in snapshot.participants:
            self.lead.addItem(actor.name, str(actor.id))

        self.add_row("title", self.title)
        self.add_row("categories", categories_box, self.categories[DataCategory.RESIDENCE])
        self.add_row("person_ids", self.persons)
        self.goals_label = self.add_row("goal_ids", self.goals)
        self.add_row("lead_actor_id", self.lead)
        if not entries:
            self.form.setRowVisible(self.goals_label, False)

        if topic is not None:
            self.title.setText(topic.title)
            for category in topic.data_categories:
                self.categories[category].setChecked(True)
            self.persons.set_checked(topic.person_ids)
            self.goals.set_checked(topic.goal_ids)
            if topic.lead_actor_id is not None:
                index = self.lead.findData(str(topic.lead_actor_id))
                if index < 0:  # no longer taking part: keep it shown
                    former = snapshot.actor(topic.lead_actor_id)
                    self.lead.addItem(former.name if former else "?", str(topic.lead_actor_id))
                    index = self.lead.count() - 1
                self.lead.setCurrentIndex(index)
        self.retranslate_ui()
        self.resize(600, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Thema ändern") if self.topic is not None else self.tr("Thema hinzufügen")
        )
        self.set_labels(
            [
                self.tr("&Thema:"),
                self.tr("&Daten:"),
                self.tr("&Personen:"),
                self.tr("&Ziele im Hilfeplan:"),
                self.tr("&Federführung:"),
            ]
        )
        for category, box in self.categories.items():
            box.setText(label(category))
        if self.snapshot.conference.anonymised:
            hint = self.tr(
                "Anonymisierte Fallbesprechung: keine Namen im Titel, nur Rollen (z. B. „Kind 1“)."
            )
        else:
            hint = self.tr(
                "Welche Daten das Thema berührt, entscheidet, wer es sehen darf. Ohne Auswahl "
                "berührt es keine personenbezogenen Daten und geht an alle."
            )
        self.categories_hint.setText(hint)
        self.title.setPlaceholderText(self.tr("z. B. Schulbesuch und Fehlzeiten"))
        self.persons.setToolTip(self.tr("Ohne Auswahl: die ganze Familie"))
        self.goals.setToolTip(
            self.tr("Ergebnisziele und Aktivitäten des Hilfeplans, um die es geht")
        )
        self.lead.setItemText(0, self.tr("Fallmanagement"))

    def chosen_categories(self) -> tuple[str, ...]:
        return tuple(c.value for c, box in self.categories.items() if box.isChecked())

    def operation(self) -> Operation | None:
        title = self.title.text().strip()
        if not title:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "title"))
            return None
        lead = str(self.lead.currentData() or "")
        values = {
            "title": title,
            "categories": self.chosen_categories(),
            "person_ids": self.persons.checked_ids(),
            "goal_ids": self.goals.checked_ids(),
            "lead_actor_id": uuid.UUID(lead) if lead else None,
        }
        try:
            if self.topic is None:
                topic = ConferenceTopic(
                    conference_id=self.snapshot.conference.id,
                    **values,  # type: ignore[arg-type]
                )
            else:
                topic = replace(self.topic, **values)  # type: ignore[arg-type]
        except DomainError as exc:
            self.show_error(exc)
            return None
        return lambda ctx: save_topic(ctx.uow(), topic=topic)

    def show_error(self, exc: DomainError) -> bool:
        if exc.code is ErrorCode.NAME_IN_ANONYMISED:
            message = anonymised_name_message(
                self.snapshot.detail, exc, self.snapshot.conference.held_on
            )
            if message:
                self.errors.show("title", message)
                self.title.setFocus()
                return True
        return super().show_error(exc)

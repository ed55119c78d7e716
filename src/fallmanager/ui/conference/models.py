"""Table models of the Fallkonferenzen tab: the family's conferences, the agenda, the consent
gate (participants × topics), the topics of the minutes and the agreed steps of a topic."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from fallmanager.domain.case_conference import AgreedStep, ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.network import Actor
from fallmanager.ui.conference.conference_format import (
    actor_text,
    categories_text,
    clock,
    conference_when,
    gate_summary,
    goal_wording,
    persons_text,
    shut_out,
)
from fallmanager.ui.consent.gate_texts import group_problems
from fallmanager.ui.family_file.work_common import first_line
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import RecordTableModel

AnyIndex = QModelIndex | QPersistentModelIndex

ALLOWED_MARK, BLOCKED_MARK = "✓", "✗"
ALLOWED_COLOUR = QColor("#e4f2e4")
BLOCKED_COLOUR = QColor("#f8dada")
BLOCKED_TEXT = QColor("#b00020")

#: Columns of the conference list.
WHEN, STATUS, CONSENT, TOPICS, PLACE, ANONYMISED = range(6)
#: Columns of the agenda.
NUMBER, TITLE, CATEGORIES, PERSONS, LEAD = range(5)
#: Columns of the consent gate before the topics.
PARTICIPANT, PERMITTED = range(2)
GATE_FIXED_COLUMNS = 2
#: Columns of the minutes' topics.
MINUTES_NUMBER, MINUTES_TITLE, MINUTES_RESULT, MINUTES_STEPS = range(4)
#: Columns of the steps.
STEP_WHAT, STEP_WHO, STEP_PERSONS, STEP_DUE, STEP_GOAL, STEP_TAKEN = range(6)


class ConferenceListModel(RecordTableModel):
    """The family's conferences, the latest first; rows are ``ConferenceSnapshot``."""

    def show_conferences(self, snapshots: list[ConferenceSnapshot]) -> None:
        self.set_rows(sorted(snapshots, key=lambda s: s.conference.starts_at, reverse=True))

    def row_of(self, conference_id: uuid.UUID) -> int:
        return next((i for i, s in enumerate(self._rows) if s.conference.id == conference_id), -1)

    def headers(self) -> list[str]:
        return [
            self.tr("Termin"),
            self.tr("Status"),
            self.tr("Einwilligungen"),
            self.tr("Themen"),
            self.tr("Ort"),
            self.tr("Anonym."),
        ]

    def cell(self, row: Any, column: int) -> str:
        snapshot: ConferenceSnapshot = row
        conference = snapshot.conference
        if column == WHEN:
            return f"{format_date(conference.held_on)} {clock(conference.starts_at)}"
        if column == STATUS:
            return label(conference.status)
        if column == PLACE:
            return conference.place or (self.tr("Video") if conference.video_link else "")
        if column == ANONYMISED:
            return self.tr("ja") if conference.anonymised else ""
        if column == TOPICS:
            return str(len(snapshot.topics))
        if column == CONSENT:
            return gate_summary(snapshot)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        snapshot: ConferenceSnapshot = row
        if column == WHEN:
            return snapshot.conference.starts_at.isoformat()
        if column == TOPICS:
            return f"{len(snapshot.topics):04d}"
        return self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        snapshot: ConferenceSnapshot = row
        if column == CONSENT and not snapshot.conference.anonymised:
            blocked = not snapshot.gate.fully_permitted
            if role == Qt.ItemDataRole.ForegroundRole and blocked:
                return QBrush(BLOCKED_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole and blocked:
                return self.tr("Mindestens eine eingeladene Stelle darf nicht alle Themen sehen.")
        if role == Qt.ItemDataRole.ToolTipRole and column == WHEN:
            return conference_when(snapshot.conference)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == PLACE
            and snapshot.conference.video_link
        ):
            return snapshot.conference.video_link
        return None


class TopicTableModel(RecordTableModel):
    """The agenda of one conference, in its order; rows are ``ConferenceTopic``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ConferenceSnapshot | None = None

    def show_conference(self, snapshot: ConferenceSnapshot | None) -> None:
        self.snapshot = snapshot
        self.set_rows(snapshot.topics if snapshot is not None else ())

    def row_of(self, topic_id: uuid.UUID) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == topic_id), -1)

    def headers(self) -> list[str]:
        return [
            self.tr("Nr."),
            self.tr("Thema"),
            self.tr("Daten"),
            self.tr("Personen"),
            self.tr("Federführung"),
        ]

    def cell(self, row: Any, column: int) -> str:
        topic: ConferenceTopic = row
        snapshot = self.snapshot
        if column == NUMBER:
            return str(self._rows.index(topic) + 1)
        if column == TITLE:
            return topic.title
        if column == CATEGORIES:
            return categories_text(topic.categories)
        if snapshot is None:
            return ""
        if column == PERSONS:
            return persons_text(snapshot.detail, topic.person_ids)
        if column == LEAD:
            return actor_text(snapshot.detail.actors, topic.lead_actor_id)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        if column == NUMBER:
            return f"{self._rows.index(row):04d}"
        return self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        topic: ConferenceTopic = row
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return topic.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class GateModel(RecordTableModel):
    """The consent gate of one conference: a row per participant, a column per topic.

    A cell shows ✓ when the participant may see the topic, ✗ when the gate refuses it; its
    tool tip names why, in the sentences of :mod:`fallmanager.ui.consent.gate_texts`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ConferenceSnapshot | None = None

    def show_conference(self, snapshot: ConferenceSnapshot | None) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._rows = list(snapshot.participants) if snapshot is not None else []
        self.endResetModel()

    def topic_at(self, column: int) -> ConferenceTopic | None:
        if self.snapshot is None:
            return None
        index = column - GATE_FIXED_COLUMNS
        return self.snapshot.topics[index] if 0 <= index < len(self.snapshot.topics) else None

    def row_of(self, actor_id: uuid.UUID) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == actor_id), -1)

    def allowed(self, row: int, column: int) -> bool | None:
        """Whether the participant in ``row`` may see the topic in ``column`` (None: no cell)."""
        actor, topic = self.record(row), self.topic_at(column)
        if self.snapshot is None or actor is None or topic is None:
            return None
        return self.snapshot.gate.verdict(actor.id, topic.id).allowed

    def headers(self) -> list[str]:
        topics = self.snapshot.topics if self.snapshot is not None else ()
        return [
            self.tr("Stelle"),
            self.tr("Freigegeben"),
            *(self.tr("TOP {number}").format(number=n) for n in range(1, len(topics) + 1)),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            topic = self.topic_at(section)
            return topic.title if topic is not None else None
        return super().headerData(section, orientation, role)

    def cell(self, row: Any, column: int) -> str:
        actor: Actor = row
        snapshot = self.snapshot
        if column == PARTICIPANT:
            return actor.name
        if snapshot is None:
            return ""
        if column == PERMITTED:
            total = len(snapshot.topics)
            allowed = len(snapshot.gate.allowed_topics(actor.id))
            if shut_out(snapshot, actor.id):
                return self.tr("gesperrt – erhält nichts")
            if allowed == total:
                return self.tr("alle Themen")
            return self.tr("{allowed} von {total} Themen").format(allowed=allowed, total=total)
        topic = self.topic_at(column)
        if topic is None:
            return ""
        return ALLOWED_MARK if snapshot.gate.verdict(actor.id, topic.id).allowed else BLOCKED_MARK

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() >= GATE_FIXED_COLUMNS:
            allowed = self.allowed(index.row(), index.column())
            if allowed is None:
                return None
            return self.tr("freigegeben") if allowed else self.tr("gesperrt")
        return super().data(index, role)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        actor: Actor = row
        snapshot = self.snapshot
        if snapshot is None:
            return None
        if column < GATE_FIXED_COLUMNS:
            blocked = shut_out(snapshot, actor.id)
            if role == Qt.ItemDataRole.ForegroundRole and blocked:
                return QBrush(BLOCKED_TEXT)
            if role == Qt.ItemDataRole.FontRole and blocked:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and blocked:
                return self.tr(
                    "Keines der Themen darf an diese Stelle gehen: sie erhält weder Einladung "
                    "noch Tagesordnung."
                )
            return None
        topic = self.topic_at(column)
        if topic is None:
            return None
        verdict = snapshot.gate.verdict(actor.id, topic.id)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ALLOWED_COLOUR if verdict.allowed else BLOCKED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if snapshot.conference.anonymised:
                return self.tr("Anonymisierte Fallbesprechung: keine Einwilligung nötig")
            if not topic.categories:
                return self.tr("Das Thema berührt keine personenbezogenen Daten.")
            if verdict.allowed:
                return self.tr("Von der Einwilligung der Familie gedeckt")
            return "\n".join(group_problems(verdict.problems, snapshot.detail, include_actor=False))
        return None


class MinutesTopicModel(RecordTableModel):
    """The topics of the minutes, with whether a result is written and how many steps."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ConferenceSnapshot | None = None

    def show_conference(self, snapshot: ConferenceSnapshot | None) -> None:
        self.snapshot = snapshot
        self.set_rows(snapshot.topics if snapshot is not None else ())

    def row_of(self, topic_id: uuid.UUID) -> int:
        return next((i for i, t in enumerate(self._rows) if t.id == topic_id), -1)

    def headers(self) -> list[str]:
        return [self.tr("Nr."), self.tr("Thema"), self.tr("Ergebnis"), self.tr("Schritte")]

    def cell(self, row: Any, column: int) -> str:
        topic: ConferenceTopic = row
        if column == MINUTES_NUMBER:
            return str(self._rows.index(topic) + 1)
        if column == MINUTES_TITLE:
            return topic.title
        if column == MINUTES_RESULT:
            return ALLOWED_MARK if topic.result.strip() else ""
        if column == MINUTES_STEPS:
            steps = self.snapshot.steps_of(topic.id) if self.snapshot is not None else ()
            return str(len(steps)) if steps else ""
        return ""

    def role_data(self, row: Any, column: int, role: int) -> Any:
        topic: ConferenceTopic = row
        if role == Qt.ItemDataRole.ToolTipRole and column in (MINUTES_TITLE, MINUTES_RESULT):
            return topic.result.strip() or topic.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column != MINUTES_TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class StepTableModel(RecordTableModel):
    """The agreed steps of one topic; rows are ``AgreedStep``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: ConferenceSnapshot | None = None

    def show_steps(self, snapshot: ConferenceSnapshot | None, topic_id: uuid.UUID | None) -> None:
        self.snapshot = snapshot
        if snapshot is None or topic_id is None:
            self.set_rows(())
        else:
            self.set_rows(snapshot.steps_of(topic_id))

    def row_of(self, step_id: uuid.UUID) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == step_id), -1)

    def headers(self) -> list[str]:
        return [
            self.tr("Was"),
            self.tr("Wer"),
            self.tr("Personen"),
            self.tr("Bis wann"),
            self.tr("Ergebnisziel"),
            self.tr("Übernommen"),
        ]

    def cell(self, row: Any, column: int) -> str:
        step: AgreedStep = row
        snapshot = self.snapshot
        if column == STEP_WHAT:
            return first_line(step.wording)
        if column == STEP_DUE:
            return format_date(step.due_on)
        if column == STEP_TAKEN:
            return ALLOWED_MARK if step.taken_into_help_plan else ""
        if snapshot is None:
            return ""
        if column == STEP_WHO:
            who = []
            if step.responsible_actor_id is not None:
                who.append(actor_text(snapshot.detail.actors, step.responsible_actor_id))
            if step.responsible_is_family:
                who.append(self.tr("Familie"))
            return ", ".join(who)
        if column == STEP_PERSONS:
            return persons_text(snapshot.detail, step.person_ids, whole_family=False)
        if column == STEP_GOAL:
            return first_line(goal_wording(snapshot.detail, step.outcome_goal_id), 60)
        return ""

    def sort_value(self, row: Any, column: int) -> str:
        step: AgreedStep = row
        if column == STEP_DUE:
            return step.due_on.isoformat() if step.due_on else ""
        return self.cell(row, column)

    def role_data(self, row: Any, column: int, role: int) -> Any:
        step: AgreedStep = row
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STEP_WHAT:
                return step.wording
            if column == STEP_TAKEN and step.taken_into_help_plan:
                return self.tr("Als Aktivität und Aufgabe in den Hilfeplan übernommen")
            if column == STEP_GOAL and self.snapshot is not None:
                return goal_wording(self.snapshot.detail, step.outcome_goal_id) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STEP_TAKEN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

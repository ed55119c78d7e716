"""Hilfeplan, goal tree: catalogue, goal dialog, inline status, drag and drop, undo, versions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QUndoStack
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import GoalLevel, GoalStatus, HelpPlanGoal, TextTranslation
from fallmanager.domain.help_plan_view import current_version, help_plan_snapshot
from fallmanager.domain.network import ActorKind
from fallmanager.services.family_files import get_family_file, open_family_file
from fallmanager.services.help_plan import (
    add_goals_from_catalogue,
    agree_version,
    start_help_plan,
    start_update,
)
from fallmanager.services.network import add_actor, involve_actor
from fallmanager.services.persons import add_person
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.help_plan.catalogue_dialog import CatalogueDialog
from fallmanager.ui.help_plan.goal_dialog import GoalDialog
from fallmanager.ui.help_plan.goals import (
    DUE,
    PERSONS,
    RESPONSIBLE,
    STATUS,
    WORDING,
    DropReasonDialog,
    GoalsPanel,
)
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.widgets.dates import format_date
from tests.ui.conftest import TODAY, in_vault, type_text

_HOSTS: list[PlanHost] = []


@pytest.fixture(autouse=True)
def _keep_hosts(errors: Any) -> Any:
    yield
    _HOSTS.clear()


@dataclass(frozen=True)
class Family:
    family_id: uuid.UUID
    mother_id: uuid.UUID
    child_id: uuid.UUID
    actor_id: uuid.UUID
    version_id: uuid.UUID


class PlanHost(QObject):
    """What the Hilfeplan tab does for the panel: reload after changes, show one version."""

    loaded = Signal()

    def __init__(self, session: Any, settings: Any, family_id: uuid.UUID) -> None:
        super().__init__()
        self.session = session
        self.family_id = family_id
        self.version_id: uuid.UUID | None = None
        self.detail: FamilyFileDetail | None = None
        self.undo_stack = QUndoStack(self)
        context = FamilyFileContext(session, settings, family_id, self.undo_stack, lambda: TODAY)
        self.panel = GoalsPanel(context)
        self.panel.resize(1100, 520)
        session.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.concerns_family(self.family_id):
            self.reload()

    def reload(self) -> None:
        family_id = self.family_id
        run_op(
            self.panel, self.session, lambda ctx: get_family_file(ctx.uow(), family_id=family_id)
        ).success(self._show)

    def _show(self, detail: FamilyFileDetail) -> None:
        self.detail = detail
        version = current_version(detail)
        version_id = self.version_id or (version.id if version is not None else None)
        self.panel.show_plan(help_plan_snapshot(detail, version_id) if version_id else None)
        self.loaded.emit()


def make_family(qtbot: Any, session: Any, *, language: str = "sq") -> Family:
    def create(uow: Any) -> Family:
        family = open_family_file(uow, opened_on=date(2026, 2, 1), responsible="Frau Brinkmann")
        mother = add_person(
            uow,
            family_id=family.id,
            given_names="Valmira",
            family_name="Krasniqi",
            birth_date=PartialDate.parse("1986-03-14"),
            today=TODAY,
        ).person
        child = add_person(
            uow,
            family_id=family.id,
            given_names="Arbër",
            family_name="Krasniqi",
            birth_date=PartialDate.parse("2013-05-06"),
            today=TODAY,
        ).person
        actor = add_actor(uow, name="Schulsozialarbeit Gesamtschule Nord", kind=ActorKind.OTHER)
        involve_actor(uow, family_id=family.id, actor_id=actor.id, role="Schulsozialarbeit")
        version = start_help_plan(
            uow, family_id=family.id, drawn_up_on=date(2026, 3, 2), family_language=language
        )
        return Family(family.id, mother.id, child.id, actor.id, version.id)

    return in_vault(qtbot, session, create)


def open_host(qtbot: Any, session: Any, settings: Any, family: Family) -> PlanHost:
    host = PlanHost(session, settings, family.family_id)
    qtbot.addWidget(host.panel)
    _HOSTS.append(host)
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.reload()
    host.panel.show()
    return host


def open_dialog(panel: GoalsPanel) -> QDialog | None:
    """The panel's dialog open now (read anew each time)."""
    return panel.dialog


def goals_in_vault(qtbot: Any, session: Any, version_id: uuid.UUID) -> list[HelpPlanGoal]:
    def load(uow: Any) -> list[HelpPlanGoal]:
        with uow:
            return list(uow.records.find(HelpPlanGoal, version_id=version_id))

    return in_vault(qtbot, session, load)


def translations_in_vault(qtbot: Any, session: Any) -> list[TextTranslation]:
    def load(uow: Any) -> list[TextTranslation]:
        with uow:
            return list(uow.records.all(TextTranslation))

    return in_vault(qtbot, session, load)


def by_catalogue(goals: list[HelpPlanGoal], catalogue_id: str) -> HelpPlanGoal:
    return next(g for g in goals if g.catalogue_id == catalogue_id)


def seed_goals(qtbot: Any, session: Any, family: Family, *entry_ids: str) -> None:
    in_vault(
        qtbot,
        session,
        lambda uow: add_goals_from_catalogue(
            uow, version_id=family.version_id, parent_id=None, entry_ids=list(entry_ids)
        ),
    )


# -- catalogue and goal dialog -------------------------------------------------------------


def test_catalogue_and_goal_dialog(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family = make_family(qtbot, session)
    host = open_host(qtbot, session, settings, family)
    panel = host.panel
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 0
    assert panel.add_framework_action.isEnabled()
    assert not panel.add_activity_action.isEnabled()  # nothing selected

    # Aus Katalog …: search as you type, take framework goal 1 with everything below it
    dialog = panel.add_from_catalogue()
    assert isinstance(dialog, CatalogueDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.catalogue is not None, timeout=10_000)
    assert not dialog.take_button.isEnabled()
    type_text(dialog.filter, "schulbesuch")
    shown = {e.id for e in dialog.entries_shown()}
    assert "1" in shown and "3" not in shown
    dialog.filter.clear()
    assert {"1", "2", "3", "4", "1.2.b"} <= {e.id for e in dialog.entries_shown()}
    assert dialog.entry_index("1.2.b").data() == "1.4 (Wieder-)Eingliederungskonzepte entwickeln"
    # an outcome goal needs a framework goal selected in the plan: refused
    dialog.tree.selectionModel().select(
        dialog.entry_index("1.1"), dialog.tree.selectionModel().SelectionFlag.ClearAndSelect
    )
    assert not dialog.take_button.isEnabled()
    assert "Rahmenziel" in dialog.placement.text()
    dialog.tree.selectionModel().select(
        dialog.entry_index("1"), dialog.tree.selectionModel().SelectionFlag.ClearAndSelect
    )
    assert dialog.take_button.isEnabled()
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert panel.dialog is None  # closed after taking

    goals = goals_in_vault(qtbot, session, family.version_id)
    assert len(goals) == 1 + 3 + 6  # Rahmenziel 1, its Ergebnisziele 1.1–1.3, Aktivitäten 1.1–1.6
    framework = by_catalogue(goals, "1")
    assert (framework.level, framework.parent_id, framework.wording) == (
        GoalLevel.FRAMEWORK,
        None,
        "Erfolgreicher Schulbesuch",
    )
    outcome = by_catalogue(goals, "1.2")
    assert outcome.parent_id == framework.id and outcome.level is GoalLevel.OUTCOME
    assert by_catalogue(goals, "1.2.b").parent_id == outcome.id
    assert host.undo_stack.undoText() == "„Erfolgreicher Schulbesuch“ aus dem Katalog übernehmen"
    model = panel.model
    assert model.rowCount() == 1
    assert model.index_of(framework.id).data() == "Erfolgreicher Schulbesuch"
    assert panel.tree.isExpanded(model.index_of(outcome.id))  # new goals are shown opened
    qtmodeltester.check(model)

    # Aktivität hinzufügen under Ergebnisziel 1.2, with person, actor, due date, translation
    panel.select_goal(outcome.id)
    assert panel.add_activity_action.isEnabled() and panel.add_outcome_action.isEnabled()
    panel.add_activity_action.trigger()
    goal_dialog = open_dialog(panel)
    assert isinstance(goal_dialog, GoalDialog) and goal_dialog.isVisible()
    assert goal_dialog.translation.isVisible()  # the version's family language is Albanian
    qtbot.mouseClick(goal_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert goal_dialog.errors.error_message("wording") == "Bitte ausfüllen."
    type_text(goal_dialog.wording, "Arbër zur Hausaufgabenhilfe anmelden")
    for row in range(goal_dialog.persons.count()):
        item = goal_dialog.persons.item(row)
        if item.text() == "Arbër Krasniqi":
            item.setCheckState(Qt.CheckState.Checked)
    goal_dialog.domains[next(iter(goal_dialog.domains))].setChecked(True)
    goal_dialog.responsible.setCurrentIndex(goal_dialog.responsible.findData(str(family.actor_id)))
    qtbot.keyClicks(goal_dialog.due, "20.11.2026")
    type_text(goal_dialog.translation, "Ta regjistrojmë Arbërin në ndihmën për detyrat e shtëpisë")
    goal_dialog.reviewed.setChecked(True)
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        qtbot.mouseClick(goal_dialog.ok_button, Qt.MouseButton.LeftButton)

    goals = goals_in_vault(qtbot, session, family.version_id)
    activity = next(g for g in goals if g.wording == "Arbër zur Hausaufgabenhilfe anmelden")
    assert activity.level is GoalLevel.ACTIVITY and activity.parent_id == outcome.id
    assert activity.position == 3  # after the report's three activities
    assert activity.person_ids == (family.child_id,)
    assert activity.responsible_actor_id == family.actor_id
    assert not activity.responsible_is_family
    assert activity.due_on == date(2026, 11, 20)
    [translation] = translations_in_vault(qtbot, session)
    assert (translation.owner_id, translation.language, translation.needs_review) == (
        activity.id,
        "sq",
        False,
    )
    assert translation.wording == "Ta regjistrojmë Arbërin në ndihmën për detyrat e shtëpisë"
    index = model.index_of(activity.id)
    assert model.index(index.row(), PERSONS, index.parent()).data() == "Arbër Krasniqi"
    responsible = model.index(index.row(), RESPONSIBLE, index.parent()).data()
    assert responsible == "Schulsozialarbeit Gesamtschule Nord"
    due = model.index(index.row(), DUE, index.parent())
    assert due.data() == format_date(date(2026, 11, 20))
    assert isinstance(due.data(Qt.ItemDataRole.ForegroundRole), QBrush)  # overdue
    assert "Überfällig" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(index.row(), STATUS, index.parent()).data() == "offen"
    assert panel.selected_goal() == activity  # the new goal is selected
    assert (
        host.undo_stack.undoText() == "Aktivität „Arbër zur Hausaufgabenhilfe anmelden“ hinzufügen"
    )

    # undo removes the activity and its translation; redo brings both back
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.undo()
    assert len(goals_in_vault(qtbot, session, family.version_id)) == 10
    assert translations_in_vault(qtbot, session) == []
    assert not model.index_of(activity.id).isValid()
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.redo()
    assert activity in goals_in_vault(qtbot, session, family.version_id)
    assert [t.id for t in translations_in_vault(qtbot, session)] == [translation.id]

    # undo of the catalogue step withdraws the whole subtree
    host.undo_stack.undo()
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.undo()
    assert goals_in_vault(qtbot, session, family.version_id) == []
    assert model.rowCount() == 0
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.redo()
    assert len(goals_in_vault(qtbot, session, family.version_id)) == 10


def test_edit_goal_and_cancel(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session, language="")
    seed_goals(qtbot, session, family, "2")
    host = open_host(qtbot, session, settings, family)
    panel = host.panel
    goals = goals_in_vault(qtbot, session, family.version_id)
    outcome = by_catalogue(goals, "2.1")

    panel.select_goal(outcome.id)
    dialog = panel.edit_selected()
    assert isinstance(dialog, GoalDialog)
    assert not dialog.translation.isVisible()  # German only: no translation field
    assert dialog.wording.text() == outcome.wording
    dialog.wording.clear()
    type_text(dialog.wording, "Ein Berufswegeplan für Valmira ist erstellt.")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert by_catalogue(goals_in_vault(qtbot, session, family.version_id), "2.1") == outcome

    dialog = panel.edit_selected()
    assert isinstance(dialog, GoalDialog)
    dialog.wording.setText("Ein Berufswegeplan für Valmira ist erstellt.")
    dialog.responsible.setCurrentIndex(dialog.responsible.findData("family"))
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.DROPPED.value))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.error_message("drop_reason") == "Bitte ausfüllen."
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.IN_PROGRESS.value))
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    edited = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "2.1")
    assert edited.wording == "Ein Berufswegeplan für Valmira ist erstellt."
    assert edited.responsible_is_family and edited.status is GoalStatus.IN_PROGRESS
    index = panel.model.index_of(edited.id)
    assert panel.model.index(index.row(), RESPONSIBLE, index.parent()).data() == "Familie"
    assert host.undo_stack.undoText() == "„Ein Berufswegeplan für Valmira ist erstellt.“ bearbeiten"
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.undo()
    assert by_catalogue(goals_in_vault(qtbot, session, family.version_id), "2.1") == outcome


# -- status, moving, removing --------------------------------------------------------------


def choose_status(qtbot: Any, panel: GoalsPanel, goal: HelpPlanGoal, status: GoalStatus) -> None:
    """Open the Status cell's editor like a user (F2) and pick ``status``."""
    index = panel.model.index_of(goal.id, STATUS)
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(index)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    combo = panel.tree.viewport().findChild(QComboBox, "goalStatusEditor")
    assert combo is not None, "no status editor opened"
    position = combo.findData(status.value)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def test_inline_status(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    seed_goals(qtbot, session, family, "1")
    host = open_host(qtbot, session, settings, family)
    panel = host.panel
    activity = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "1.1.a")

    with qtbot.waitSignal(host.loaded, timeout=10_000):
        choose_status(qtbot, panel, activity, GoalStatus.DONE)
    done = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "1.1.a")
    assert done.status is GoalStatus.DONE
    index = panel.model.index_of(activity.id, STATUS)
    assert index.data() == "erledigt"
    text = host.undo_stack.undoText()
    assert (
        text == "Status von „Soziale Arbeit an Schule zielgruppenorientiert ausbauen und…“ ändern"
    )

    choose_status(qtbot, panel, activity, GoalStatus.DROPPED)
    reason_dialog = panel.dialog
    assert isinstance(reason_dialog, DropReasonDialog) and reason_dialog.isVisible()
    qtbot.mouseClick(reason_dialog.ok_button, Qt.MouseButton.LeftButton)  # empty: refused
    assert reason_dialog.errors.error_message("drop_reason") == "Bitte ausfüllen."
    assert reason_dialog.isVisible()
    type_text(reason_dialog.reason, "Schule hat die Stelle nicht besetzt")
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        qtbot.mouseClick(reason_dialog.ok_button, Qt.MouseButton.LeftButton)
    dropped = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "1.1.a")
    assert dropped.status is GoalStatus.DROPPED
    assert dropped.drop_reason == "Schule hat die Stelle nicht besetzt"
    index = panel.model.index_of(activity.id, STATUS)
    assert index.data() == "entfällt"
    assert "Schule hat die Stelle nicht besetzt" in index.data(Qt.ItemDataRole.ToolTipRole)

    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.undo()
    assert by_catalogue(goals_in_vault(qtbot, session, family.version_id), "1.1.a") == done


def test_drag_and_drop_move_undo(
    qtbot: Any, session: Any, settings: Any, qtmodeltester: Any
) -> None:
    family = make_family(qtbot, session)
    seed_goals(qtbot, session, family, "1", "2")
    host = open_host(qtbot, session, settings, family)
    panel, model = host.panel, host.panel.model
    goals = goals_in_vault(qtbot, session, family.version_id)
    activity = by_catalogue(goals, "1.1.a")  # under Ergebnisziel 1.1
    target = by_catalogue(goals, "1.2")  # Ergebnisziel with three activities
    framework_1, framework_2 = by_catalogue(goals, "1"), by_catalogue(goals, "2")
    panel.tree.collapse(model.index_of(framework_2.id))

    data = model.mimeData([model.index_of(activity.id)])
    # wrong levels are refused: an activity under a framework goal or at the top
    for wrong in (model.index_of(framework_1.id), model.index_of(None)):
        assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, wrong)
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, wrong)
    outcome_data = model.mimeData([model.index_of(target.id)])
    activity_parent = model.index_of(by_catalogue(goals, "1.3").id)
    assert not model.dropMimeData(outcome_data, Qt.DropAction.MoveAction, 0, 0, activity_parent)
    assert not model.dropMimeData(
        outcome_data,
        Qt.DropAction.MoveAction,
        -1,
        0,
        model.index_of(by_catalogue(goals, "1.2.a").id),
    )
    assert goals_in_vault(qtbot, session, family.version_id) == goals  # nothing moved

    target_index = model.index_of(target.id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target_index)
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, target_index)
    moved = goals_in_vault(qtbot, session, family.version_id)
    under_target = sorted((g for g in moved if g.parent_id == target.id), key=lambda g: g.position)
    assert [g.catalogue_id for g in under_target] == ["1.2.a", "1.1.a", "1.2.b", "1.2.c"]
    left = [g for g in moved if g.parent_id == by_catalogue(goals, "1.1").id]
    assert [(g.catalogue_id, g.position) for g in left] == [("1.1.b", 0)]  # gap closed
    assert host.undo_stack.undoText().endswith("verschieben")
    # the tree keeps what was open and closed, and selects the moved goal
    assert not panel.tree.isExpanded(model.index_of(framework_2.id))
    assert panel.tree.isExpanded(model.index_of(target.id))
    assert panel.selected_goal() == by_catalogue(moved, "1.1.a")
    assert model.index(1, WORDING, model.index_of(target.id)).data() == activity.wording
    qtmodeltester.check(model)

    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.undo()
    assert goals_in_vault(qtbot, session, family.version_id) == goals
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.redo()
    assert goals_in_vault(qtbot, session, family.version_id) == moved

    # Nach oben: the keyboard way of reordering
    panel.select_goal(framework_2.id)
    assert panel.up_action.isEnabled() and not panel.down_action.isEnabled()
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        panel.up_action.trigger()
    tops = sorted(
        (g for g in goals_in_vault(qtbot, session, family.version_id) if g.parent_id is None),
        key=lambda g: g.position,
    )
    assert [g.catalogue_id for g in tops] == ["2", "1"]
    assert model.index(0, WORDING).data() == "Übergang Schule-Beruf"

    # Entfernen asks first and removes the subtree; undo brings it back
    panel.select_goal(framework_2.id)
    box = panel.remove_selected()
    assert isinstance(box, QMessageBox) and "Auch 7 Ziel(e)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(goals_in_vault(qtbot, session, family.version_id)) == len(goals)
    box = panel.remove_selected()
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    remaining = goals_in_vault(qtbot, session, family.version_id)
    assert {g.catalogue_id[0] for g in remaining} == {"1"}
    assert host.undo_stack.undoText() == "„Übergang Schule-Beruf“ entfernen"
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.undo_stack.undo()
    assert len(goals_in_vault(qtbot, session, family.version_id)) == len(goals)
    assert model.rowCount() == 2


# -- versions ------------------------------------------------------------------------------


def test_agreed_versions(qtbot: Any, session: Any, settings: Any, qtmodeltester: Any) -> None:
    family = make_family(qtbot, session)
    seed_goals(qtbot, session, family, "3")

    in_vault(
        qtbot,
        session,
        lambda uow: agree_version(uow, version_id=family.version_id, agreed_on=date(2026, 3, 9)),
    )
    change = in_vault(
        qtbot,
        session,
        lambda uow: start_update(uow, family_id=family.family_id, drawn_up_on=date(2026, 9, 1)),
    )
    second = change.after[0].id
    in_vault(
        qtbot,
        session,
        lambda uow: agree_version(uow, version_id=second, agreed_on=date(2026, 9, 7)),
    )
    first_goal = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "3.1.a")
    current_goal = by_catalogue(goals_in_vault(qtbot, session, second), "3.1.a")

    # the superseded Erstplan: nothing may change
    host = PlanHost(session, settings, family.family_id)
    host.version_id = family.version_id
    qtbot.addWidget(host.panel)
    _HOSTS.append(host)
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.reload()
    panel, model = host.panel, host.panel.model
    panel.select_goal(first_goal.id)
    index = model.index_of(first_goal.id, STATUS)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.setData(index, GoalStatus.DONE.value)
    actions = [
        panel.add_framework_action,
        panel.add_outcome_action,
        panel.add_activity_action,
        panel.catalogue_action,
        panel.edit_action,
        panel.remove_action,
    ]
    assert not any(a.isEnabled() for a in actions)
    assert "abgelöst" in panel.hint.text()
    assert panel.edit_selected() is None
    qtmodeltester.check(model)

    # the current agreed version: content fixed, status may be recorded
    host.version_id = second
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        host.reload()
    index = model.index_of(current_goal.id, STATUS)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    panel.select_goal(current_goal.id)
    assert not any(a.isEnabled() for a in actions)
    assert "nur der Status" in panel.hint.text()
    data = model.mimeData([model.index_of(current_goal.id)])
    parent = model.index_of(current_goal.parent_id)
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    panel.show()
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        choose_status(qtbot, panel, current_goal, GoalStatus.IN_PROGRESS)
    assert by_catalogue(goals_in_vault(qtbot, session, second), "3.1.a").status is (
        GoalStatus.IN_PROGRESS
    )
    assert by_catalogue(goals_in_vault(qtbot, session, family.version_id), "3.1.a") == first_goal
    # the selection survives the reload (by goal id)
    assert panel.selected_goal() is not None
    assert panel.selected_goal().id == current_goal.id  # type: ignore[union-attr]


def test_selection_follows_origin_and_clear(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    seed_goals(qtbot, session, family, "4")
    host = open_host(qtbot, session, settings, family)
    panel = host.panel
    framework = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "4.2")
    panel.select_goal(framework.id)
    in_vault(
        qtbot,
        session,
        lambda uow: agree_version(uow, version_id=family.version_id, agreed_on=date(2026, 3, 9)),
    )
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        run_op(
            None,
            session,
            lambda ctx: start_update(
                ctx.uow(), family_id=family.family_id, drawn_up_on=date(2026, 9, 1)
            ),
            changes=Changes.of("help_plan", family_id=family.family_id),
        )
    # the new draft shows the copy of the goal selected in the Erstplan
    selected = panel.selected_goal()
    assert selected is not None and selected.origin_id == framework.id
    assert panel.add_framework_action.isEnabled()
    panel.clear()
    assert panel.model.rowCount() == 0 and not panel.add_framework_action.isEnabled()


def test_customise_catalogue_phrase(qtbot: Any, session: Any, settings: Any) -> None:
    family = make_family(qtbot, session)
    seed_goals(qtbot, session, family, "2")
    host = open_host(qtbot, session, settings, family)
    panel = host.panel
    outcome = by_catalogue(goals_in_vault(qtbot, session, family.version_id), "2.1")
    panel.select_goal(outcome.id)
    dialog = panel.add_from_catalogue()
    assert isinstance(dialog, CatalogueDialog)
    qtbot.waitUntil(lambda: dialog.catalogue is not None, timeout=10_000)
    phrase_id = "phrase.activity.career_counselling"
    dialog.tree.selectionModel().select(
        dialog.entry_index(phrase_id), dialog.tree.selectionModel().SelectionFlag.ClearAndSelect
    )
    assert "unter „Ein Berufswegeplan ist erstellt und umgesetzt.“" in dialog.placement.text()
    qtbot.mouseClick(dialog.customise_button, Qt.MouseButton.LeftButton)
    goal_dialog = open_dialog(panel)
    assert isinstance(goal_dialog, GoalDialog)
    assert goal_dialog.wording.text() == "Einen Termin bei der Berufsberatung machen."
    assert goal_dialog.translation.placeholderText() != ""  # the catalogue's Albanian text
    type_text(goal_dialog.wording, " Mit Valmira")
    with qtbot.waitSignal(host.loaded, timeout=10_000):
        qtbot.mouseClick(goal_dialog.ok_button, Qt.MouseButton.LeftButton)
    added = by_catalogue(goals_in_vault(qtbot, session, family.version_id), phrase_id)
    assert added.wording == "Einen Termin bei der Berufsberatung machen. Mit Valmira"
    assert added.parent_id == outcome.id and added.level is GoalLevel.ACTIVITY
    assert added.domains == ("training_work",)

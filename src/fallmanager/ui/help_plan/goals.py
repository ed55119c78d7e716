"""The goal tree of a help plan version: Rahmenziel → Ergebnisziel → Aktivität.

:class:`HelpPlanGoalModel` shows one version's goals as a tree; it never changes itself:
a drop or a status chosen in the tree is announced (``move_requested``,
``status_requested``) and :class:`GoalsPanel` makes the service call on the database worker.
After the call succeeded the panel pushes one undo command and the family file reloads,
which hands the panel a new snapshot; expansion and selection survive by goal id (and by
``origin_id`` across versions).

A draft's content may change; on the agreed version that is current only the status of
goals is recorded (that is how an agreed plan is followed up); older versions are read only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QEvent,
    QItemSelection,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import GoalLevel, GoalStatus, HelpPlanGoal
from fallmanager.domain.help_plan_catalogue import CatalogueEntry
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.services.help_plan import move_goal, remove_goal, set_goal_status
from fallmanager.services.history import Change, merge_changes
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.undo import ChangeCommand
from fallmanager.ui.help_plan import KINDS
from fallmanager.ui.help_plan.catalogue_dialog import CatalogueDialog
from fallmanager.ui.help_plan.goal_dialog import GoalDialog, short_wording
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.forms import FieldErrors
from fallmanager.ui.widgets.tables import RECORD_ROLE

WORDING, PERSONS, RESPONSIBLE, DUE, STATUS = range(5)
#: What a dragged goal carries: its id.
GOAL_MIME_TYPE = "application/x-fallmanager-help-plan-goal"

AnyIndex = QModelIndex | QPersistentModelIndex

_OVERDUE_COLOUR = QColor("#b00020")
_FINISHED_COLOUR = QColor("#6b6b6b")


# -- undo ----------------------------------------------------------------------------------


# -- the model -----------------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    goal: HelpPlanGoal
    parent: _Node | None
    row: int
    key: int
    children: list[_Node] = field(default_factory=list)


class HelpPlanGoalModel(QAbstractItemModel):
    """The goals of one help plan version as a tree (read only; edits are requested)."""

    #: The user chose a status in the Status column: (HelpPlanGoal, GoalStatus).
    status_requested = Signal(object, object)
    #: A goal was dropped: (HelpPlanGoal, new parent id or None, position among siblings).
    move_requested = Signal(object, object, int)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._snapshot: HelpPlanSnapshot | None = None
        self._roots: list[_Node] = []
        self._by_key: dict[int, _Node] = {}
        self._by_id: dict[uuid.UUID, _Node] = {}

    # -- content ---------------------------------------------------------------------------

    @property
    def snapshot(self) -> HelpPlanSnapshot | None:
        return self._snapshot

    @property
    def content_editable(self) -> bool:
        return self._snapshot is not None and self._snapshot.version.is_editable

    @property
    def status_editable(self) -> bool:
        return self._snapshot is not None and self._snapshot.tracks_progress

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        self.beginResetModel()
        self._snapshot = snapshot
        self._roots = []
        self._by_key = {}
        self._by_id = {}
        if snapshot is not None:
            self._roots = self._build(snapshot, None, None)
        self.endResetModel()

    def _build(
        self, snapshot: HelpPlanSnapshot, parent: _Node | None, parent_id: uuid.UUID | None
    ) -> list[_Node]:
        nodes = []
        for row, goal in enumerate(snapshot.goals_under(parent_id)):
            node = _Node(goal, parent, row, len(self._by_key) + 1)
            self._by_key[node.key] = node
            self._by_id[goal.id] = node
            node.children = self._build(snapshot, node, goal.id)
            nodes.append(node)
        return nodes

    def clear(self) -> None:
        self.show_plan(None)

    def goal(self, index: AnyIndex) -> HelpPlanGoal | None:
        node = self._node(index)
        return node.goal if node is not None else None

    def goals(self) -> list[HelpPlanGoal]:
        """All goals, depth first in their order."""
        result: list[HelpPlanGoal] = []

        def walk(nodes: list[_Node]) -> None:
            for node in nodes:
                result.append(node.goal)
                walk(node.children)

        walk(self._roots)
        return result

    def index_of(self, goal_id: uuid.UUID | None, column: int = WORDING) -> QModelIndex:
        node = self._by_id.get(goal_id) if goal_id is not None else None
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node.key)

    def siblings(self, goal: HelpPlanGoal) -> list[HelpPlanGoal]:
        node = self._by_id.get(goal.id)
        if node is None:
            return []
        nodes = node.parent.children if node.parent is not None else self._roots
        return [n.goal for n in nodes]

    def is_overdue(self, goal: HelpPlanGoal) -> bool:
        """An open activity whose due date has passed."""
        return (
            goal.level is GoalLevel.ACTIVITY
            and not goal.status.is_finished
            and goal.due_on is not None
            and goal.due_on < self._today()
        )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._emit_all_changed(self._roots, QModelIndex())

    def _emit_all_changed(self, nodes: list[_Node], parent: QModelIndex) -> None:
        if not nodes:
            return
        first = self.index(0, 0, parent)
        last = self.index(len(nodes) - 1, self.columnCount() - 1, parent)
        self.dataChanged.emit(first, last)
        for node in nodes:
            self._emit_all_changed(node.children, self.createIndex(node.row, 0, node.key))

    # -- structure -------------------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid() or index.model() is not self:
            return None
        return self._by_key.get(index.internalId())

    def _children(self, parent: AnyIndex) -> list[_Node]:
        if not parent.isValid():
            return self._roots
        node = self._node(parent)
        return node.children if node is not None else []

    def index(
        self,
        row: int,
        column: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008 - Qt API
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children(parent)[row].key)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Ziel / Aktivität"),
            self.tr("Personen"),
            self.tr("Verantwortlich"),
            self.tr("Bis"),
            self.tr("Status"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return (
                Qt.ItemFlag.ItemIsDropEnabled if self.content_editable else Qt.ItemFlag.NoItemFlags
            )
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.content_editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if node.goal.level is not GoalLevel.ACTIVITY:
                flags |= Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == STATUS and self.status_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- cells -----------------------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        goal = node.goal
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(goal, column)
        if role == Qt.ItemDataRole.EditRole:
            return goal.status.value if column == STATUS else self._cell(goal, column)
        if role == RECORD_ROLE:
            return goal
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tool_tip(goal, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_overdue(goal):
                return QBrush(_OVERDUE_COLOUR)
            if goal.status.is_finished:
                return QBrush(_FINISHED_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._font(goal, column)
        return None

    def _cell(self, goal: HelpPlanGoal, column: int) -> str:
        snapshot = self._snapshot
        if column == WORDING:
            return goal.wording
        if column == PERSONS and snapshot is not None:
            persons = (snapshot.person(pid) for pid in goal.person_ids)
            return ", ".join(person_name(p) for p in persons if p is not None)
        if column == RESPONSIBLE and snapshot is not None:
            parts = [self.tr("Familie")] if goal.responsible_is_family else []
            actor = snapshot.actor(goal.responsible_actor_id)
            if actor is not None:
                parts.append(actor.name)
            return ", ".join(parts)
        if column == DUE:
            return format_date(goal.due_on)
        if column == STATUS:
            return label(goal.status)
        return ""

    def _tool_tip(self, goal: HelpPlanGoal, column: int) -> str | None:
        lines = []
        if column == WORDING:
            lines.append(f"{label(goal.level)}: {goal.wording}")
        elif column == STATUS and goal.status is GoalStatus.DROPPED:
            lines.append(self.tr("Entfällt: {reason}").format(reason=goal.drop_reason))
        elif self._cell(goal, column):
            lines.append(self._cell(goal, column))
        if self.is_overdue(goal):
            lines.append(self.tr("Überfällig seit {date}").format(date=format_date(goal.due_on)))
        return "\n".join(lines) or None

    def _font(self, goal: HelpPlanGoal, column: int) -> QFont | None:
        bold = (column == WORDING and goal.level is GoalLevel.FRAMEWORK) or (
            self.is_overdue(goal) and column in (WORDING, DUE)
        )
        italic = goal.status is GoalStatus.DROPPED
        if not (bold or italic):
            return None
        font = QFont()
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A status chosen in the tree is requested, never stored here."""
        node = self._node(index)
        if node is None or index.column() != STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        if not self.status_editable:
            return False
        try:
            status = GoalStatus(value)
        except ValueError:
            return False
        if status is node.goal.status:
            return False
        self.status_requested.emit(node.goal, status)
        return True

    # -- drag and drop ---------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GOAL_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        goal = next((g for g in (self.goal(i) for i in indexes) if g is not None), None)
        if goal is not None:
            data.setData(GOAL_MIME_TYPE, QByteArray(str(goal.id).encode("ascii")))
        return data

    def _dragged(self, data: QMimeData) -> HelpPlanGoal | None:
        if not data.hasFormat(GOAL_MIME_TYPE):
            return None
        raw = bytes(data.data(GOAL_MIME_TYPE).data()).decode("ascii", "replace")
        try:
            goal_id = uuid.UUID(raw)
        except ValueError:
            return None
        node = self._by_id.get(goal_id)
        return node.goal if node is not None else None

    def _drop_target(
        self, data: QMimeData, action: Qt.DropAction, parent: AnyIndex
    ) -> tuple[HelpPlanGoal, uuid.UUID | None] | None:
        """The dragged goal and its new parent's id, if the drop is allowed."""
        if action != Qt.DropAction.MoveAction or not self.content_editable:
            return None
        goal = self._dragged(data)
        if goal is None:
            return None
        target = self._node(parent) if parent.isValid() else None
        if parent.isValid() and target is None:
            return None
        target_level = target.goal.level if target is not None else None
        if goal.level.parent_level is not target_level:
            return None  # an activity only under an outcome goal, and so on
        return goal, target.goal.id if target is not None else None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return self._drop_target(data, action, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Request moving the dragged goal to ``row`` under ``parent`` (wrong levels refused)."""
        target = self._drop_target(data, action, parent)
        if target is None:
            return False
        goal, parent_id = target
        siblings = self._children(parent)
        position = len(siblings) if row < 0 else min(row, len(siblings))
        if goal.parent_id == parent_id:
            current = next(n.row for n in siblings if n.goal.id == goal.id)
            if position > current:
                position -= 1  # the goal leaves its own place first
            if position == current:
                return False
        self.move_requested.emit(goal, parent_id, position)
        return True


# -- inline status -------------------------------------------------------------------------


class GoalStatusDelegate(QStyledItemDelegate):
    """A combo box of the statuses; choosing one applies it at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("goalStatusEditor")
        combo.setAccessibleName(self.tr("Status"))
        for status in GoalStatus:
            combo.addItem(label(status), status.value)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DropReasonDialog(QDialog):
    """Asks why a goal is dropped (entfällt); an empty reason is refused."""

    def __init__(self, goal: HelpPlanGoal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropReasonDialog")
        self.goal = goal
        self.errors = FieldErrors()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.reason = QLineEdit(goal.drop_reason)
        self.reason.setObjectName("dropReason")
        self.reason.setMaxLength(200)
        form = QFormLayout()
        self._label = self.errors.add_row(form, "", "drop_reason", self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("dropReasonOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ziel entfällt"))
        self.intro.setText(
            self.tr("Warum entfällt „{wording}“?").format(wording=short_wording(self.goal))
        )
        self._label.setText(self.tr("&Grund"))
        self.reason.setAccessibleName(self.tr("Grund"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def text(self) -> str:
        return self.reason.text().strip()

    def submit(self) -> None:
        self.errors.clear()
        if not self.text():
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "drop_reason"))
            return
        self.accept()


# -- the panel -----------------------------------------------------------------------------


class GoalsPanel(QWidget):
    """Ziele und Aktivitäten of one help plan version, with its editing actions."""

    def __init__(
        self,
        context: FamilyFileContext,
        parent: QWidget | None = None,
        *,
        explains_read_only: bool = True,
    ) -> None:
        """``explains_read_only=False`` where the surrounding tab says it already."""
        super().__init__(parent)
        self.context = context
        self._explains_read_only = explains_read_only
        self.snapshot: HelpPlanSnapshot | None = None
        #: The dialog or question opened last, while it is open.
        self.dialog: QDialog | None = None
        self._expanded: set[uuid.UUID] = set()
        self._known: set[uuid.UUID] = set()
        self._select_after_load: uuid.UUID | None = None

        self.model = HelpPlanGoalModel(context.today, self)
        self.model.status_requested.connect(self.request_status)
        self.model.move_requested.connect(self.move_goal)
        self.tree = QTreeView()
        self.tree.setObjectName("helpPlanGoalTree")
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(STATUS, GoalStatusDelegate(self.tree))
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        for column in (PERSONS, RESPONSIBLE, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        def action(name: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(act)
            return act

        self.add_framework_action = action(
            "addFrameworkGoal", lambda: self.add_goal(GoalLevel.FRAMEWORK)
        )
        self.add_outcome_action = action("addOutcomeGoal", lambda: self.add_goal(GoalLevel.OUTCOME))
        self.add_activity_action = action("addActivity", lambda: self.add_goal(GoalLevel.ACTIVITY))
        self.catalogue_action = action("addFromCatalogue", self.add_from_catalogue)
        self.edit_action = action("editGoal", self.edit_selected, "Return")
        self.remove_action = action("removeGoal", self.remove_selected, "Del")
        self.up_action = action("moveGoalUp", lambda: self.move_selected(-1), "Ctrl+Up")
        self.down_action = action("moveGoalDown", lambda: self.move_selected(1), "Ctrl+Down")
        self._actions = [
            self.add_framework_action,
            self.add_outcome_action,
            self.add_activity_action,
            self.catalogue_action,
            self.edit_action,
            self.remove_action,
            self.up_action,
            self.down_action,
        ]
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("helpPlanGoalToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for index, act in enumerate(self._actions):
            if index in (4, 6):
                self.toolbar.addSeparator()
            self.toolbar.addAction(act)
            self.tree.addAction(act)
        self.hint = QLabel()
        self.hint.setObjectName("helpPlanGoalHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)
        self.retranslate_ui()
        self._update_actions()

    # -- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_framework_action.setText(self.tr("&Rahmenziel hinzufügen"))
        self.add_outcome_action.setText(self.tr("&Ergebnisziel hinzufügen"))
        self.add_activity_action.setText(self.tr("&Aktivität hinzufügen"))
        self.catalogue_action.setText(self.tr("Aus &Katalog …"))
        self.edit_action.setText(self.tr("&Bearbeiten …"))
        self.remove_action.setText(self.tr("Ent&fernen"))
        self.up_action.setText(self.tr("Nach &oben"))
        self.down_action.setText(self.tr("Nach &unten"))
        self.tree.setAccessibleName(self.tr("Ziele und Aktivitäten"))
        self.toolbar.setWindowTitle(self.tr("Ziele bearbeiten"))
        self._update_hint()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_hint(self) -> None:
        snapshot = self.snapshot
        if snapshot is None or snapshot.version.is_editable or not self._explains_read_only:
            self.hint.clear()
            self.hint.hide()
            return
        if snapshot.tracks_progress:
            text = self.tr(
                "Dieser Hilfeplan ist vereinbart: nur der Status der Ziele kann geändert werden. "
                "Für inhaltliche Änderungen eine Fortschreibung beginnen."
            )
        else:
            text = self.tr("Diese Version ist abgelöst und kann nicht mehr geändert werden.")
        self.hint.setText(text)
        self.hint.show()

    # -- snapshot --------------------------------------------------------------------------

    def show_plan(self, snapshot: HelpPlanSnapshot | None) -> None:
        """Show one version's goals (None clears); keeps expansion and selection."""
        first = self.snapshot is None
        if not first:
            self._remember_view()
        selected = self._select_after_load or self._selected_id()
        self._select_after_load = None
        self.snapshot = snapshot
        self.model.show_plan(snapshot)
        if snapshot is not None:
            self._restore_view(expand_all=first)
            self._select(selected)
            self._known = {g.id for g in snapshot.goals}
        self._update_hint()
        self._update_actions()

    def clear(self) -> None:
        """Drop everything shown (on lock)."""
        self.snapshot = None
        self._expanded.clear()
        self._known.clear()
        self.model.clear()
        self._update_hint()
        self._update_actions()

    def _remember_view(self) -> None:
        self._expanded = set()
        for goal in self.model.goals():
            if self.tree.isExpanded(self.model.index_of(goal.id)):
                self._expanded.add(goal.id)

    def _restore_view(self, *, expand_all: bool) -> None:
        for goal in self.model.goals():
            index = self.model.index_of(goal.id)
            if not self.model.hasChildren(index):
                continue
            new = goal.id not in self._known and goal.origin_id not in self._known
            keep = goal.id in self._expanded or goal.origin_id in self._expanded
            if expand_all or new or keep:
                self.tree.expand(index)

    def _selected_id(self) -> uuid.UUID | None:
        goal = self.selected_goal()
        return goal.id if goal is not None else None

    def _select(self, goal_id: uuid.UUID | None) -> None:
        if goal_id is None:
            return
        match = next(
            (g for g in self.model.goals() if goal_id in (g.id, g.origin_id)),
            None,
        )
        if match is None:
            return
        index = self.model.index_of(match.id)
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def selected_goal(self) -> HelpPlanGoal | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.goal(rows[0]) if rows else None

    def select_goal(self, goal_id: uuid.UUID) -> None:
        self._select(goal_id)

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self.model.content_editable
        goal = self.selected_goal()
        level = goal.level if goal is not None else None
        self.add_framework_action.setEnabled(editable)
        self.add_outcome_action.setEnabled(
            editable and level in (GoalLevel.FRAMEWORK, GoalLevel.OUTCOME)
        )
        self.add_activity_action.setEnabled(
            editable and level in (GoalLevel.OUTCOME, GoalLevel.ACTIVITY)
        )
        self.catalogue_action.setEnabled(editable)
        self.edit_action.setEnabled(editable and goal is not None)
        self.remove_action.setEnabled(editable and goal is not None)
        siblings = self.model.siblings(goal) if goal is not None else []
        row = next((i for i, g in enumerate(siblings) if goal and g.id == goal.id), -1)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < len(siblings) - 1)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != STATUS and self.model.content_editable:
            self.edit_selected()

    # -- dialogs ---------------------------------------------------------------------------

    def _keep_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _parent_for(self, level: GoalLevel) -> HelpPlanGoal | None:
        """The goal a new goal of ``level`` goes under, from the selection."""
        goal = self.selected_goal()
        wanted = level.parent_level
        while goal is not None and wanted is not None and goal.level is not wanted:
            goal = self.snapshot.goal(goal.parent_id) if self.snapshot and goal.parent_id else None
        return goal if wanted is not None else None

    def add_goal(self, level: GoalLevel) -> QDialog | None:
        """Open the goal dialog for a new goal of ``level`` (under the selection)."""
        if self.snapshot is None or not self.model.content_editable:
            return None
        parent = self._parent_for(level)
        if level.parent_level is not None and parent is None:
            return None
        dialog = GoalDialog(
            self.context,
            self.snapshot,
            level=level,
            parent_id=parent.id if parent is not None else None,
            parent=self,
        )
        dialog.saved.connect(self._goal_saved)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def edit_selected(self) -> QDialog | None:
        goal = self.selected_goal()
        if self.snapshot is None or goal is None or not self.model.content_editable:
            return None
        dialog = GoalDialog(self.context, self.snapshot, goal=goal, parent=self)
        dialog.saved.connect(self._goal_saved)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def _goal_saved(self, text: str, goal: HelpPlanGoal, changes: tuple[Change, ...]) -> None:
        self._select_after_load = goal.id
        self._push(text, changes)

    def add_from_catalogue(self) -> QDialog | None:
        if self.snapshot is None or not self.model.content_editable:
            return None
        dialog = CatalogueDialog(self.context, self.snapshot, self.selected_goal(), parent=self)
        dialog.added.connect(self._catalogue_added)
        dialog.customise_requested.connect(self._customise)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def _customise(self, entry: CatalogueEntry, parent_id: uuid.UUID | None) -> None:
        """Take one catalogue entry through the goal dialog (its wording prefilled)."""
        if self.snapshot is None or entry.level is None:
            return
        dialog = GoalDialog(
            self.context,
            self.snapshot,
            level=entry.level,
            parent_id=parent_id,
            entry=entry,
            parent=self,
        )
        dialog.saved.connect(self._goal_saved)
        self._keep_dialog(dialog)
        dialog.open()

    def _catalogue_added(self, goals: tuple[HelpPlanGoal, ...]) -> None:
        tops = [g for g in goals if g.parent_id not in {x.id for x in goals}]
        if not tops:
            return
        if len(tops) == 1:
            text = self.tr("„{wording}“ aus dem Katalog übernehmen").format(
                wording=short_wording(tops[0])
            )
        else:
            text = self.tr("%n Ziele aus dem Katalog übernehmen", "", len(tops))
        self._select_after_load = tops[0].id
        self._push(text, [Change((), tuple(goals))])

    # -- actions ---------------------------------------------------------------------------

    def _push(self, text: str, changes: Sequence[Change]) -> None:
        self.context.push(
            ChangeCommand(
                self.context.session,
                text,
                family_id=self.context.family_id,
                change=merge_changes(changes),
                kinds=KINDS,
                parent_widget=self,
            )
        )

    def _run(self, fn: Callable[[OpContext], Change], text: str) -> None:
        def done(change: Change) -> None:
            if change.before or change.after:
                self._push(text, [change])

        run_op(
            self,
            self.context.session,
            fn,
            changes=Changes.of(*KINDS, family_id=self.context.family_id),
        ).success(done)

    def request_status(self, goal: HelpPlanGoal, status: GoalStatus) -> None:
        """Change a goal's status; "entfällt" first asks for the reason."""
        if status is not GoalStatus.DROPPED:
            self.set_status(goal, status)
            return
        dialog = DropReasonDialog(goal, self)
        dialog.accepted.connect(lambda: self.set_status(goal, status, dialog.text()))
        self._keep_dialog(dialog)
        dialog.open()

    def set_status(self, goal: HelpPlanGoal, status: GoalStatus, reason: str = "") -> None:
        """Record ``status`` for ``goal`` (one undoable step)."""
        goal_id = goal.id
        self._select_after_load = goal_id
        self._run(
            lambda ctx: set_goal_status(
                ctx.uow(), goal_id=goal_id, status=status, drop_reason=reason
            ),
            self.tr("Status von „{wording}“ ändern").format(wording=short_wording(goal)),
        )

    def move_goal(self, goal: HelpPlanGoal, parent_id: uuid.UUID | None, position: int) -> None:
        """Move ``goal`` to ``position`` under ``parent_id`` (drop, Nach oben/unten)."""
        goal_id = goal.id
        self._select_after_load = goal_id
        self._run(
            lambda ctx: move_goal(
                ctx.uow(), goal_id=goal_id, parent_id=parent_id, position=position
            ),
            self.tr("„{wording}“ verschieben").format(wording=short_wording(goal)),
        )

    def move_selected(self, delta: int) -> None:
        goal = self.selected_goal()
        if goal is None or not self.model.content_editable:
            return
        siblings = self.model.siblings(goal)
        row = next(i for i, g in enumerate(siblings) if g.id == goal.id)
        if 0 <= row + delta < len(siblings):
            self.move_goal(goal, goal.parent_id, row + delta)

    def remove_selected(self) -> QMessageBox | None:
        """Ask, then remove the selected goal with everything below it."""
        goal = self.selected_goal()
        if goal is None or not self.model.content_editable:
            return None
        below = len(self._descendants(goal))
        question = self.tr("„{wording}“ entfernen?").format(wording=short_wording(goal))
        if below:
            question += "\n" + self.tr("Auch %n Ziel(e) darunter werden entfernt.", "", below)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ziel entfernen"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeGoalQuestion")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Entfernen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._remove(goal) if box.clickedButton() is yes else None)
        self._keep_dialog(box)
        box.open()
        return box

    def _descendants(self, goal: HelpPlanGoal) -> list[HelpPlanGoal]:
        if self.snapshot is None:
            return []
        result: list[HelpPlanGoal] = []
        for child in self.snapshot.goals_under(goal.id):
            result += [child, *self._descendants(child)]
        return result

    def _remove(self, goal: HelpPlanGoal) -> None:
        goal_id = goal.id
        self._run(
            lambda ctx: remove_goal(ctx.uow(), goal_id=goal_id),
            self.tr("„{wording}“ entfernen").format(wording=short_wording(goal)),
        )

"""The "Netzwerk" screen: the directory of actors of the helper system (Helfersystem).

Left: the organisations with a filter (typed text, folded like the search, and kind) and
the suggested duplicates. Right: the selected actor's contact persons and the family files
it is involved with; a double-click on a family opens its file.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.network import Actor, ActorKind
from fallmanager.domain.network_views import ActorDetails, ActorSummary
from fallmanager.services.network import actor_details, actor_directory, find_duplicate_actors
from fallmanager.ui.network.actor_dialog import ActorDialog, ContactPersonDialog
from fallmanager.ui.network.merge_dialog import MergeActorsDialog
from fallmanager.ui.network.models import (
    ActorFilterProxy,
    ActorInvolvementTableModel,
    ActorTableModel,
    ContactPersonTableModel,
    DuplicatePairModel,
    kind_from_data,
    kind_label,
    sorted_kinds,
)
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.settings import AppSettings

#: Kinds of change after which the directory reloads (family kinds: names in the details).
_RELEVANT_KINDS = (
    "actor",
    "contact_person",
    "involvement",
    "family_file",
    "family_membership",
    "person",
)

DirectoryData = tuple[list[ActorSummary], list[tuple[Actor, Actor]]]


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class NetworkView(QWidget):
    """Netzwerk: actors, their contact persons and the families they are involved with."""

    open_family_requested = Signal(object)  # family uuid

    def __init__(
        self,
        session: VaultSession,
        settings: AppSettings,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkView")
        self.session = session
        self.settings = settings
        self._today = today
        self._selected_id: uuid.UUID | None = None
        self._details: ActorDetails | None = None
        self._load_generation = 0
        self._details_generation = 0
        self._pending_select: uuid.UUID | None = None
        self._restoring = False

        # -- directory ---------------------------------------------------------------------
        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("actorFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)
        self.kind_label = QLabel()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindFilter")
        self.kind_label.setBuddy(self.kind_combo)

        self.actor_model = ActorTableModel(self)
        self.actor_proxy = ActorFilterProxy(self)
        self.actor_proxy.setSourceModel(self.actor_model)
        self.actor_table = _table("actorTable")
        self.actor_table.setModel(self.actor_proxy)
        self.actor_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.actor_table.setSortingEnabled(True)
        self.actor_table.sortByColumn(ActorTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.actor_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActorTableModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ActorTableModel.FAMILIES, QHeaderView.ResizeMode.ResizeToContents
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("actorCount")

        self.new_button = QPushButton()
        self.new_button.setObjectName("newActor")
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editActor")
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("mergeActors")

        self.duplicate_box = QGroupBox()
        self.duplicate_box.setObjectName("duplicateBox")
        self.duplicate_model = DuplicatePairModel(self)
        self.duplicate_table = _table("duplicateTable")
        self.duplicate_table.setModel(self.duplicate_model)
        self.duplicate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicate_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.merge_pair_button = QPushButton()
        self.merge_pair_button.setObjectName("mergePair")

        # -- details -----------------------------------------------------------------------
        self.details_title = QLabel()
        self.details_title.setObjectName("detailsTitle")
        self.details_title.setWordWrap(True)
        self.details_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.details_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.details_title.setFont(title_font)
        self.details_info = QLabel()
        self.details_info.setObjectName("detailsInfo")
        self.details_info.setWordWrap(True)
        self.details_info.setTextFormat(Qt.TextFormat.PlainText)
        self.details_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts_box = QGroupBox()
        self.contact_model = ContactPersonTableModel(self)
        self.contact_table = _table("contactTable")
        self.contact_table.setModel(self.contact_model)
        self.add_contact_button = QPushButton()
        self.add_contact_button.setObjectName("addContact")
        self.families_box = QGroupBox()
        self.involvement_model = ActorInvolvementTableModel(self)
        self.involvement_table = _table("involvementTable")
        self.involvement_table.setModel(self.involvement_model)
        self.involvement_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.open_family_button = QPushButton()
        self.open_family_button.setObjectName("openFamily")

        self._build_layout()
        self.duplicate_box.hide()  # shown when the load finds suggestions
        self._fill_kind_filter(None)
        self.retranslate_ui()

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        selection = self.actor_table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self.actor_table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button.clicked.connect(self.start_new_actor)
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_pair_button.clicked.connect(self.merge_suggested)
        self.duplicate_table.doubleClicked.connect(lambda _index: self.merge_suggested())
        self.duplicate_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_contact_button.clicked.connect(self.add_contact_person)
        # "activated" is a double-click (or a single click where the platform wants it) or
        # Enter on a row; connecting doubleClicked too would open the family twice.
        self.involvement_table.activated.connect(self._family_activated)
        self.involvement_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_family_button.clicked.connect(self.open_selected_family)

        self._stale = True
        session.unlocked.connect(self.reload)
        session.locked.connect(self.clear)
        session.changed.connect(self._on_changed)
        self._update_buttons()
        if session.is_unlocked:
            self.reload()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind_combo, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        duplicates = QVBoxLayout(self.duplicate_box)
        duplicates.addWidget(self.duplicate_table)
        pair_actions = QHBoxLayout()
        pair_actions.addStretch(1)
        pair_actions.addWidget(self.merge_pair_button)
        duplicates.addLayout(pair_actions)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.actor_table, 3)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.duplicate_box, 1)

        contacts = QVBoxLayout(self.contacts_box)
        contacts.addWidget(self.contact_table)
        contact_actions = QHBoxLayout()
        contact_actions.addStretch(1)
        contact_actions.addWidget(self.add_contact_button)
        contacts.addLayout(contact_actions)
        families = QVBoxLayout(self.families_box)
        families.addWidget(self.involvement_table)
        family_actions = QHBoxLayout()
        family_actions.addStretch(1)
        family_actions.addWidget(self.open_family_button)
        families.addLayout(family_actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details_title)
        right_layout.addWidget(self.details_info)
        right_layout.addWidget(self.contacts_box, 1)
        right_layout.addWidget(self.families_box, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("networkSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.filter_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.actor_table)
        self.setTabOrder(self.actor_table, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.merge_button)
        self.setTabOrder(self.merge_button, self.duplicate_table)
        self.setTabOrder(self.duplicate_table, self.merge_pair_button)
        self.setTabOrder(self.merge_pair_button, self.contact_table)
        self.setTabOrder(self.contact_table, self.add_contact_button)
        self.setTabOrder(self.add_contact_button, self.involvement_table)
        self.setTabOrder(self.involvement_table, self.open_family_button)

    # -- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Name, Ort, Abteilung …"))
        self.filter_edit.setAccessibleName(self.tr("Akteure filtern"))
        self.kind_label.setText(self.tr("A&rt:"))
        self.kind_combo.setAccessibleName(self.tr("Nach Art filtern"))
        self.actor_table.setAccessibleName(self.tr("Akteure"))
        self.new_button.setText(self.tr("&Neuer Akteur …"))
        self.new_button.setToolTip(
            self.tr("Akteur anlegen ({shortcut})").format(
                shortcut=self.new_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.edit_button.setText(self.tr("Bearbei&ten …"))
        self.merge_button.setText(self.tr("&Zusammenführen …"))
        self.merge_button.setToolTip(
            self.tr("Zwei Einträge derselben Organisation zu einem zusammenführen")
        )
        self.duplicate_box.setTitle(self.tr("Mögliche Dubletten"))
        self.duplicate_table.setAccessibleName(self.tr("Mögliche Dubletten"))
        self.merge_pair_button.setText(self.tr("Dublette &prüfen …"))
        self.contacts_box.setTitle(self.tr("Ansprechpersonen"))
        self.contact_table.setAccessibleName(self.tr("Ansprechpersonen"))
        self.add_contact_button.setText(self.tr("An&sprechperson hinzufügen …"))
        self.families_box.setTitle(self.tr("Beteiligt bei Familien"))
        self.involvement_table.setAccessibleName(self.tr("Beteiligt bei Familien"))
        self.open_family_button.setText(self.tr("Fami&lienakte öffnen"))
        self._fill_kind_filter(self._kind_filter())
        self.actor_proxy.update_collation()
        for model in (
            self.actor_model,
            self.duplicate_model,
            self.contact_model,
            self.involvement_model,
        ):
            model.retranslate()
        self._show_details(self._details)
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_kind_filter(self, selected: ActorKind | None) -> None:
        blocked = self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("alle Arten"), None)
        for kind in sorted_kinds():
            self.kind_combo.addItem(kind_label(kind), kind.value)
        index = self.kind_combo.findData(selected.value) if selected is not None else 0
        self.kind_combo.setCurrentIndex(max(0, index))
        self.kind_combo.blockSignals(blocked)

    def _kind_filter(self) -> ActorKind | None:
        return kind_from_data(self.kind_combo.currentData())

    def _update_count(self) -> None:
        shown, total = self.actor_proxy.rowCount(), self.actor_model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n Akteur(e)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} von {total} Akteuren").format(shown=shown, total=total)
            )

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the directory and the suggested duplicates (and the selected actor again).

        Only while the screen is visible; otherwise when it is shown next, so that a hidden
        directory never delays what the user is looking at (one database worker)."""
        if not self.session.is_unlocked:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._load_generation += 1
        generation = self._load_generation

        def load(ctx: OpContext) -> DirectoryData:
            return actor_directory(ctx.uow()), find_duplicate_actors(ctx.uow())

        run_op(self, self.session, load).success(lambda data: self._loaded(generation, data))

    def _loaded(self, generation: int, data: DirectoryData) -> None:
        if generation != self._load_generation or not self.session.is_unlocked:
            return
        summaries, duplicates = data
        wanted: list[uuid.UUID]
        current: uuid.UUID | None
        if self._pending_select is not None:
            wanted, current = [self._pending_select], self._pending_select
            self._pending_select = None
        else:
            wanted, current = self.selected_actor_ids(), self._selected_id
        self._restoring = True
        try:
            self.actor_model.set_rows(summaries)
            self.duplicate_model.set_rows(duplicates)
            self._select_ids([i for i in wanted if self.actor_model.row_of(i) >= 0])
        finally:
            self._restoring = False
        self.duplicate_box.setVisible(bool(duplicates))
        self._fit_columns()
        self._update_count()
        ids = self.selected_actor_ids()
        if current not in ids:
            current = ids[0] if len(ids) == 1 else None
        self._selected_id = current
        if current is None:
            self._show_details(None)
        else:
            self._load_details(current)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Fit columns to their contents: the name up to a quarter of the table, others less,
        so that the stretching address column keeps about a fifth."""
        width = self.actor_table.viewport().width()
        limits = {
            ActorTableModel.NAME: max(160, width // 4),
            ActorTableModel.KIND: max(90, width // 8),
            ActorTableModel.DEPARTMENT: max(80, width // 8),
            ActorTableModel.PHONE: max(80, width // 9),
            ActorTableModel.EMAIL: max(80, width // 7),
        }
        for column, limit in limits.items():
            self.actor_table.resizeColumnToContents(column)
            self.actor_table.setColumnWidth(
                column, min(self.actor_table.columnWidth(column), limit)
            )

    def _load_details(self, actor_id: uuid.UUID) -> None:
        self._details_generation += 1
        generation = self._details_generation
        run_op(self, self.session, lambda ctx: actor_details(ctx.uow(), actor_id=actor_id)).success(
            lambda details: self._details_loaded(generation, details)
        ).failure(lambda _exc: self._details_failed(generation))

    def _details_loaded(self, generation: int, details: ActorDetails) -> None:
        if generation != self._details_generation or not self.session.is_unlocked:
            return
        if details.actor.id != self._selected_id:
            return
        self._show_details(details)

    def _details_failed(self, generation: int) -> None:
        # The actor vanished meanwhile (merged elsewhere); the next reload updates the list.
        if generation == self._details_generation:
            self._show_details(None)

    def _show_details(self, details: ActorDetails | None) -> None:
        self._details = details
        if details is None:
            self.contact_model.clear()
            self.involvement_model.clear()
            self.details_title.setText(self.tr("Kein Akteur ausgewählt"))
            self.details_info.clear()
            self._update_buttons()
            return
        actor = details.actor
        kind = kind_label(actor.kind)
        if kind == actor.name:
            self.details_title.setText(actor.name)
        else:
            self.details_title.setText(
                self.tr("{name} – {kind}").format(name=actor.name, kind=kind)
            )
        place = " ".join(p for p in (actor.postcode, actor.city) if p)
        lines = [
            actor.department,
            ", ".join(p for p in (actor.street, place) if p),
            " · ".join(p for p in (actor.phone, actor.email) if p),
            actor.notes,
        ]
        self.details_info.setText("\n".join(line for line in lines if line))
        self.contact_model.set_rows(details.contact_persons)
        self.involvement_model.set_rows(details.involvements)
        self.contact_table.resizeColumnsToContents()
        self.involvement_table.resizeColumnsToContents()
        self._update_buttons()

    def clear(self) -> None:
        """Drop everything shown (on lock)."""
        self._load_generation += 1
        self._details_generation += 1
        self._selected_id = None
        self.actor_model.clear()
        self.duplicate_model.clear()
        self.duplicate_box.hide()
        self._show_details(None)
        self.filter_edit.clear()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_changed(self, changes: Changes) -> None:
        unspecific = bool(changes.family_ids) and not changes.kinds
        if changes.concerns(*_RELEVANT_KINDS) or unspecific:
            self.reload()

    # -- selection ---------------------------------------------------------------------------

    def selected_actor_ids(self) -> list[uuid.UUID]:
        rows = self.actor_table.selectionModel().selectedRows()
        ids = []
        for index in sorted(rows, key=lambda i: i.row()):
            source = self.actor_proxy.mapToSource(index)
            ids.append(self.actor_model.summary(source.row()).actor.id)
        return ids

    def select_actor(self, actor_id: uuid.UUID) -> bool:
        """Select one actor in the table (if shown); return whether it was found."""
        self._select_ids([actor_id])
        return self._selected_id == actor_id

    def _select_ids(self, ids: list[uuid.UUID]) -> None:
        selection = self.actor_table.selectionModel()
        selection.clearSelection()
        first = True
        for actor_id in ids:
            row = self.actor_model.row_of(actor_id)
            if row < 0:
                continue
            index = self.actor_proxy.mapFromSource(self.actor_model.index(row, 0))
            if not index.isValid():
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | (
                QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.actor_table.scrollTo(index)
                first = False
            selection.select(index, flags)

    def _selection_changed(self) -> None:
        if self._restoring:
            return
        ids = self.selected_actor_ids()
        current = ids[0] if len(ids) == 1 else None
        if len(ids) > 1 and self._selected_id in ids:
            current = self._selected_id
        if current != self._selected_id:
            self._selected_id = current
            self._show_details(None)
            if current is not None:
                self._load_details(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_actor_ids())
        self.edit_button.setEnabled(count == 1)
        self.merge_button.setEnabled(1 <= count <= 2 and self.actor_model.rowCount() > 1)
        self.merge_pair_button.setEnabled(
            bool(self.duplicate_table.selectionModel().selectedRows())
        )
        self.add_contact_button.setEnabled(self._details is not None)
        self.open_family_button.setEnabled(
            bool(self.involvement_table.selectionModel().selectedRows())
        )

    def _filter_changed(self, text: str) -> None:
        self.actor_proxy.set_text(text)
        self._update_count()
        self._update_buttons()

    def _kind_changed(self) -> None:
        self.actor_proxy.set_kind(self._kind_filter())
        self._update_count()
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------

    def start_new_actor(self) -> ActorDialog:
        dialog = ActorDialog(self.session, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._actor_saved)
        dialog.open()
        return dialog

    def edit_selected(self) -> ActorDialog | None:
        ids = self.selected_actor_ids()
        if len(ids) != 1:
            return None
        actor = self.actor_model.summary(self.actor_model.row_of(ids[0])).actor
        dialog = ActorDialog(self.session, actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._actor_saved)
        dialog.open()
        return dialog

    def _actor_saved(self, actor: Actor) -> None:
        # The broadcast reloads the list; select the saved actor once it is there.
        self._pending_select = actor.id

    def merge_selected(self) -> MergeActorsDialog | None:
        ids = self.selected_actor_ids()
        if not 1 <= len(ids) <= 2:
            return None
        if len(ids) == 2 and self._selected_id == ids[1]:
            ids.reverse()
        keep, duplicate = ids[0], (ids[1] if len(ids) == 2 else None)
        return self._open_merge(keep, duplicate)

    def merge_suggested(self) -> MergeActorsDialog | None:
        rows = self.duplicate_table.selectionModel().selectedRows()
        if not rows:
            return None
        first, second = self.duplicate_model.pair(rows[0].row())
        # Keep the longer, more specific name by default; the user can swap.
        return self._open_merge(second.id, first.id)

    def _open_merge(self, keep_id: uuid.UUID, duplicate_id: uuid.UUID | None) -> MergeActorsDialog:
        actors = [s.actor for s in self.actor_model.summaries()]
        dialog = MergeActorsDialog(
            self.session, actors, keep_id=keep_id, duplicate_id=duplicate_id, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._actor_saved)
        dialog.open()
        return dialog

    def add_contact_person(self) -> ContactPersonDialog | None:
        if self._details is None:
            return None
        actor = self._details.actor
        dialog = ContactPersonDialog(
            self.session, actor_id=actor.id, actor_name=actor.name, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _family_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_family_requested.emit(self.involvement_model.family_id(index.row()))

    def open_selected_family(self) -> None:
        rows = self.involvement_table.selectionModel().selectedRows()
        if rows:
            self._family_activated(rows[0])

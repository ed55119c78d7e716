"""Tab "Netzwerk": the actors involved with the family (Helfersystem).

"Akteur beteiligen …" records an involvement (choosing an actor of the network directory or
creating one), "Beteiligung beenden …" sets its last day. Both are undoable: undoing an
involvement withdraws what the dialog created (involvement, and a new actor or contact
person); undoing the end writes the involvement as it was back.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Involvement
from fallmanager.ui.family_file.involvement_dialog import (
    EndInvolvementDialog,
    InvolvedActor,
    InvolvementDialog,
)
from fallmanager.ui.family_file.involvement_models import (
    ACTOR,
    InvolvementSortProxy,
    InvolvementTableModel,
)
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import CreateRecordsCommand, EditRecordsCommand
from fallmanager.ui.widgets.tables import RECORD_ROLE, make_table, selected_record

_KINDS = ("involvement", "actor")


class InvolvementsTab(FamilyFileTab):
    """Netzwerk: involved actors with role, contact person, since/until."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The dialog opened last, while it is open.
        self.dialog: QWidget | None = None
        self.involve_button = QPushButton()
        self.involve_button.setObjectName("involveActorButton")
        self.end_button = QPushButton()
        self.end_button.setObjectName("endInvolvementButton")
        self.model = InvolvementTableModel(context.today, self)
        self.proxy = InvolvementSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table("involvementTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ACTOR, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.involve_button.clicked.connect(self.involve_actor)
        self.end_button.clicked.connect(self.end_involvement)
        bar = QHBoxLayout()
        bar.addWidget(self.involve_button)
        bar.addWidget(self.end_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()
        self.retranslate_ui()

    def _dialog_closed(self) -> None:
        """Forget the dialog once it is closed (it deletes itself)."""
        self.dialog = None

    def title(self) -> str:
        return self.tr("Netzwerk")

    def retranslate_ui(self) -> None:
        self.involve_button.setText(self.tr("Akteur &beteiligen …"))
        self.end_button.setText(self.tr("Beteiligung be&enden …"))
        self.table.setAccessibleName(self.tr("Beteiligte Akteure"))
        self.model.retranslate()

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        selected = self.selected_involvement()
        self.model.show_detail(detail)
        if selected is not None:
            for row in range(self.proxy.rowCount()):
                record = self.proxy.index(row, 0).data(RECORD_ROLE)
                if isinstance(record, Involvement) and record.id == selected.id:
                    self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self._update_buttons()

    def selected_involvement(self) -> Involvement | None:
        record = selected_record(self.table)
        return record if isinstance(record, Involvement) else None

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        loaded = self.detail is not None
        self.involve_button.setEnabled(loaded)
        selected = self.selected_involvement()
        self.end_button.setEnabled(loaded and selected is not None and selected.until is None)

    def involve_actor(self) -> InvolvementDialog | None:
        if self.detail is None:
            return None
        dialog = InvolvementDialog(self.context, self)
        dialog.involved.connect(lambda result, d=dialog: self._involved(result, d.actor_name()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _involved(self, result: InvolvedActor, actor_name: str) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Akteur „{name}“ beteiligen").format(name=actor_name),
                family_id=self.context.family_id,
                created=result.created,
                kinds=_KINDS,
                parent_widget=self,
            )
        )

    def end_involvement(self) -> EndInvolvementDialog | None:
        involvement = self.selected_involvement()
        if self.detail is None or involvement is None or involvement.until is not None:
            return None
        actor = self.model.actor(involvement)
        name = actor.name if actor is not None else ""
        dialog = EndInvolvementDialog(self.context, involvement, name, self)
        dialog.ended.connect(lambda before, after: self._ended(before, after, name))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        return dialog

    def _ended(self, before: Involvement, after: Involvement, name: str) -> None:
        self.context.push(
            EditRecordsCommand(
                self.context.session,
                self.tr("Beteiligung von „{name}“ beenden").format(name=name),
                family_id=self.context.family_id,
                before=[before],
                after=[after],
                kinds=_KINDS,
                parent_widget=self,
            )
        )

"""Aus Katalog übernehmen: the report's goals and the Textbausteine, searchable as you type.

The report's four Rahmenziele come with their Ergebnisziele and Aktivitäten (numbered as in
the report, "1.4"); the Textbausteine are grouped by kind and life domain. Taking a
Rahmenziel brings everything below it; an Ergebnisziel goes under the Rahmenziel selected
in the plan, an Aktivität under the selected Ergebnisziel. Case managers can add their own
Textbausteine here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import (
    CataloguePhrase,
    GoalLevel,
    HelpPlanGoal,
    LifeDomain,
    PhraseKind,
)
from fallmanager.domain.help_plan_catalogue import Catalogue, CatalogueEntry
from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.domain.search_text import fold
from fallmanager.services.help_plan import (
    add_catalogue_phrase,
    add_goals_from_catalogue,
    catalogue,
)
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.undo import CreateRecordsCommand
from fallmanager.ui.family_file.work_common import first_line
from fallmanager.ui.help_plan import KINDS
from fallmanager.ui.help_plan.goal_dialog import short_wording
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.forms import FieldErrors

#: The catalogue entry of a row (None for a group heading).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The folded text a row is searched by.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

#: The phrase kinds that become goals (requirement phrases belong to the requirements).
GOAL_PHRASE_KINDS = (PhraseKind.OUTCOME_GOAL, PhraseKind.ACTIVITY)

AnyIndex = QModelIndex | QPersistentModelIndex


class CatalogueFilterProxy(QSortFilterProxyModel):
    """Rows whose text contains every word typed (case, accents and script folded); a
    heading that matches shows everything below it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        text = index.data(SEARCH_ROLE) or ""
        return all(word in text for word in self._words)


def entry_text(entry: CatalogueEntry) -> str:
    """An entry as the catalogue lists it: report activities with their number ("1.4 …")."""
    if entry.level is GoalLevel.FRAMEWORK and entry.kind is None:
        return f"{entry.id} {entry.german}"
    if entry.report_no:
        return f"{entry.report_no} {entry.german}"
    return entry.german


class PhraseDialog(QDialog):
    """Eigenen Textbaustein anlegen: kind, life domain and wording; one service call."""

    created = Signal(object)  # CataloguePhrase

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phraseDialog")
        self.context = context
        self._saving = False
        self.errors = FieldErrors()
        self.kind = QComboBox()
        self.kind.setObjectName("phraseKind")
        for kind in GOAL_PHRASE_KINDS:
            self.kind.addItem("", kind.value)
        self.domain = QComboBox()
        self.domain.setObjectName("phraseDomain")
        self.domain.addItem("", "")
        for domain in LifeDomain:
            self.domain.addItem("", domain.value)
        self.wording = QLineEdit()
        self.wording.setObjectName("phraseWording")
        self.wording.setMaxLength(500)
        form = QFormLayout()
        self._labels = [
            self.errors.add_row(form, "", "kind", self.kind),
            self.errors.add_row(form, "", "domain", self.domain),
            self.errors.add_row(form, "", "wording", self.wording),
        ]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("phraseOk")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(520, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Eigener Textbaustein"))
        texts = [self.tr("&Art"), self.tr("&Lebensbereich"), self.tr("&Formulierung")]
        for row_label, text in zip(self._labels, texts, strict=True):
            row_label.setText(text)
            row_label.buddy().setAccessibleName(text.replace("&", ""))
        self.kind.setItemText(0, self.tr("Ergebnisziel"))
        self.kind.setItemText(1, self.tr("Aktivität"))
        self.domain.setItemText(0, self.tr("ohne Lebensbereich"))
        for index, domain in enumerate(LifeDomain, start=1):
            self.domain.setItemText(index, label(domain))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def submit(self) -> None:
        if self._saving:
            return
        self.errors.clear()
        wording = self.wording.text().strip()
        if not wording:
            self.errors.show_domain_error(DomainError(ErrorCode.REQUIRED, "wording"))
            return
        kind = PhraseKind(self.kind.currentData())
        domain = LifeDomain(self.domain.currentData()) if self.domain.currentData() else None

        def save(ctx: OpContext) -> CataloguePhrase:
            return add_catalogue_phrase(ctx.uow(), kind=kind, wording=wording, domain=domain)

        self._saving = True
        self.ok_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            save,
            changes=Changes.of("catalogue_phrase", family_id=self.context.family_id),
        ).success(self._saved).failure(self._failed)

    def _saved(self, phrase: CataloguePhrase) -> None:
        self._saving = False
        self.created.emit(phrase)
        self.accept()

    def _failed(self, exc: BaseException) -> bool | None:
        self._saving = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, DomainError) and self.errors.show_domain_error(exc, "wording"):
            return None
        return False


class CatalogueDialog(QDialog):
    """Browse the catalogue, pick entries, take them into the plan (one undoable step)."""

    #: The goals created (parents before children).
    added = Signal(object)  # tuple[HelpPlanGoal, ...]
    #: "Anpassen …": take one entry through the goal dialog: (CatalogueEntry, parent id).
    customise_requested = Signal(object, object)

    def __init__(
        self,
        context: FamilyFileContext,
        snapshot: HelpPlanSnapshot,
        target: HelpPlanGoal | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.context = context
        self.snapshot = snapshot
        self.target = target
        self.catalogue: Catalogue | None = None
        self.phrase_dialog: PhraseDialog | None = None
        self._saving = False
        self._select_after_load: str | None = None

        self.filter = QLineEdit()
        self.filter.setObjectName("catalogueFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.model = QStandardItemModel(self)
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("catalogueTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(lambda _index: self.take())
        self.placement = QLabel()
        self.placement.setObjectName("cataloguePlacement")
        self.placement.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_button = QPushButton()
        self.take_button.setObjectName("catalogueTake")
        self.take_button.setDefault(True)
        self.customise_button = QPushButton()
        self.customise_button.setObjectName("catalogueCustomise")
        self.own_button = QPushButton()
        self.own_button.setObjectName("catalogueOwnPhrase")
        self.buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.customise_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.own_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.take_button.clicked.connect(self.take)
        self.customise_button.clicked.connect(self.customise)
        self.own_button.clicked.connect(self.add_own_phrase)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._filter_changed)

        layout = QVBoxLayout(self)
        search = QFormLayout()
        search.addRow(self.filter_label, self.filter)
        layout.addLayout(search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.placement)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(900, 600)
        self.load()

    # -- texts -----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Aus Katalog übernehmen"))
        self.filter_label.setText(self.tr("&Suchen:"))
        self.filter.setAccessibleName(self.tr("Katalog durchsuchen"))
        self.filter.setPlaceholderText(self.tr("z. B. Schule, Pass, Deutschkurs"))
        self.tree.setAccessibleName(self.tr("Katalog"))
        self.take_button.setText(self.tr("Ü&bernehmen"))
        self.customise_button.setText(self.tr("&Anpassen …"))
        self.own_button.setText(self.tr("&Eigenen Textbaustein anlegen …"))
        if self.catalogue is not None:
            self._populate()
        self._update_placement()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the catalogue (with the case managers' own phrases) on the worker."""
        run_op(self, self.context.session, lambda ctx: catalogue(ctx.uow())).success(
            self.show_catalogue
        )

    def show_catalogue(self, loaded: Catalogue) -> None:
        selected = self._select_after_load or next((e.id for e in self.chosen_entries()), None)
        self._select_after_load = None
        self.catalogue = loaded
        self._populate()
        if selected is not None:
            index = self.entry_index(selected)
            if index.isValid():
                self.tree.scrollTo(index)
                self.tree.selectionModel().select(
                    index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
                )
        self._update_placement()

    def _populate(self) -> None:
        cat = self.catalogue
        if cat is None:
            return
        self.model.clear()
        root = self.model.invisibleRootItem()
        report = self._heading(self.tr("Ziele des Projektberichts"))
        root.appendRow(report)

        def add(parent: QStandardItem, entry: CatalogueEntry) -> None:
            item = self._entry_item(entry)
            parent.appendRow(item)
            for child in cat.children(entry.id):
                add(item, child)

        for framework in cat.children(None):
            add(report, framework)
        kinds = {
            PhraseKind.OUTCOME_GOAL: self.tr("Textbausteine: Ergebnisziele"),
            PhraseKind.ACTIVITY: self.tr("Textbausteine: Aktivitäten"),
        }
        for kind, heading_text in kinds.items():
            phrases = cat.phrases(kind)
            if not phrases:
                continue
            heading = self._heading(heading_text)
            root.appendRow(heading)
            domains: list[LifeDomain | None] = [*LifeDomain, None]
            for domain in domains:
                in_domain = [p for p in phrases if p.domain is domain]
                if not in_domain:
                    continue
                group = self._heading(
                    label(domain) if domain is not None else self.tr("ohne Lebensbereich")
                )
                heading.appendRow(group)
                for phrase in in_domain:
                    group.appendRow(self._entry_item(phrase))
        self.tree.expandToDepth(0)
        if self.filter.text().strip():
            self.tree.expandAll()

    def _heading(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setData(fold(text), SEARCH_ROLE)
        return item

    def _entry_item(self, entry: CatalogueEntry) -> QStandardItem:
        text = entry_text(entry)
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(entry, ENTRY_ROLE)
        item.setData(fold(text), SEARCH_ROLE)
        tips = [f"{label(entry.level)}: {entry.german}" if entry.level else entry.german]
        if entry.lead:
            tips.append(self.tr("Federführung: {lead}").format(lead=entry.lead))
        if entry.own:
            tips.append(self.tr("eigener Textbaustein"))
            font = QFont()
            font.setItalic(True)
            item.setFont(font)
        item.setToolTip("\n".join(tips))
        return item

    def entry_index(self, entry_id: str) -> QModelIndex:
        """The (filtered) index of a catalogue entry, or an invalid index."""

        def find(parent: QModelIndex) -> QModelIndex:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                entry = index.data(ENTRY_ROLE)
                if isinstance(entry, CatalogueEntry) and entry.id == entry_id:
                    return index
                found = find(index)
                if found.isValid():
                    return found
            return QModelIndex()

        return find(QModelIndex())

    # -- choosing --------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text.strip():
            self.tree.expandAll()

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_placement()

    def chosen_entries(self) -> list[CatalogueEntry]:
        """The selected entries, without those whose catalogue parent is chosen too."""
        entries = []
        for index in sorted(self.tree.selectionModel().selectedRows(), key=self._order):
            entry = index.data(ENTRY_ROLE)
            if isinstance(entry, CatalogueEntry):
                entries.append(entry)
        ids = {e.id for e in entries}
        cat = self.catalogue
        result = []
        for entry in entries:
            ancestor = entry.parent_id
            covered = False
            while ancestor is not None and cat is not None:
                if ancestor in ids:
                    covered = True
                    break
                parent_entry = cat.entry(ancestor)
                ancestor = parent_entry.parent_id if parent_entry is not None else None
            if not covered:
                result.append(entry)
        return result

    def _order(self, index: QModelIndex) -> list[int]:
        path: list[int] = []
        while index.isValid():
            path.insert(0, index.row())
            index = index.parent()
        return path

    def _target_for(self, level: GoalLevel) -> tuple[bool, uuid.UUID | None]:
        """Whether an entry of ``level`` has a place, and the parent goal it goes under."""
        wanted = level.parent_level
        if wanted is None:
            return True, None
        goal = self.target
        while goal is not None and goal.level is not wanted:
            goal = self.snapshot.goal(goal.parent_id) if goal.parent_id else None
        return goal is not None, goal.id if goal is not None else None

    def placements(self) -> list[tuple[uuid.UUID | None, list[CatalogueEntry]]] | None:
        """The chosen entries grouped by the goal they go under; None if one has no place."""
        groups: dict[uuid.UUID | None, list[CatalogueEntry]] = {}
        for entry in self.chosen_entries():
            if entry.level is None:
                return None
            fits, parent_id = self._target_for(entry.level)
            if not fits:
                return None
            groups.setdefault(parent_id, []).append(entry)
        return list(groups.items())

    def _update_placement(self) -> None:
        chosen = self.chosen_entries()
        groups = self.placements() if chosen else []
        loaded = self.catalogue is not None and not self._saving
        self.take_button.setEnabled(loaded and bool(chosen) and groups is not None)
        single = len(chosen) == 1 and chosen[0].level is not GoalLevel.FRAMEWORK
        self.customise_button.setEnabled(loaded and single and groups is not None)
        self.own_button.setEnabled(loaded)
        if self.catalogue is None:
            self.placement.setText(self.tr("Der Katalog wird geladen …"))
        elif not chosen:
            self.placement.setText(
                self.tr(
                    "Einträge auswählen (mit Strg oder Umschalt auch mehrere). Ein Rahmenziel "
                    "bringt seine Ergebnisziele und Aktivitäten mit."
                )
            )
        elif groups is None:
            self.placement.setText(
                self.tr(
                    "Ergebnisziele kommen unter ein Rahmenziel, Aktivitäten unter ein "
                    "Ergebnisziel: bitte zuerst im Plan das passende Ziel auswählen."
                )
            )
        else:
            parts = []
            for parent_id, entries in groups:
                parent = self.snapshot.goal(parent_id) if parent_id else None
                if parent is None:
                    parts.append(self.tr("%n neue(s) Rahmenziel(e)", "", len(entries)))
                else:
                    parts.append(
                        self.tr("%n Eintrag/Einträge unter „{parent}“", "", len(entries)).format(
                            parent=short_wording(parent)
                        )
                    )
            self.placement.setText(self.tr("Wird übernommen: ") + "; ".join(parts))

    # -- taking ----------------------------------------------------------------------------

    def take(self) -> None:
        """Übernehmen: add the chosen entries to the plan (on the worker)."""
        groups = self.placements()
        cat = self.catalogue
        if self._saving or cat is None or not groups or not self.take_button.isEnabled():
            return
        version_id = self.snapshot.version.id
        plan = [(parent_id, [e.id for e in entries]) for parent_id, entries in groups]

        def save(ctx: OpContext) -> tuple[HelpPlanGoal, ...]:
            created: list[HelpPlanGoal] = []
            for parent_id, entry_ids in plan:
                created += add_goals_from_catalogue(
                    ctx.uow(),
                    version_id=version_id,
                    parent_id=parent_id,
                    entry_ids=entry_ids,
                    catalogue=cat,
                )
            return tuple(created)

        self._saving = True
        self._update_placement()
        run_op(
            self,
            self.context.session,
            save,
            changes=Changes.of(*KINDS, family_id=self.context.family_id),
        ).success(self._taken).failure(self._failed)

    def _taken(self, goals: Sequence[HelpPlanGoal]) -> None:
        self._saving = False
        self.added.emit(tuple(goals))
        self.accept()

    def _failed(self, _exc: BaseException) -> bool | None:
        self._saving = False
        self._update_placement()
        return False

    def customise(self) -> None:
        """Anpassen …: take one entry through the goal dialog, to change its wording."""
        chosen = self.chosen_entries()
        groups = self.placements()
        if len(chosen) != 1 or not groups or not self.customise_button.isEnabled():
            return
        parent_id = groups[0][0]
        self.customise_requested.emit(chosen[0], parent_id)
        self.accept()

    def add_own_phrase(self) -> PhraseDialog:
        dialog = PhraseDialog(self.context, self)
        dialog.created.connect(self._phrase_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "phrase_dialog", None))
        self.phrase_dialog = dialog
        dialog.open()
        return dialog

    def _phrase_created(self, phrase: CataloguePhrase) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Textbaustein „{wording}“ anlegen").format(
                    wording=first_line(phrase.wording, 60)
                ),
                family_id=self.context.family_id,
                created=[phrase],
                kinds=("catalogue_phrase",),
                parent_widget=self.parentWidget(),
            )
        )
        self._select_after_load = f"own:{phrase.id}"
        self.filter.clear()
        self.load()

    def entries_shown(self) -> list[Any]:
        """The entries the tree lists now (for tests and screen readers)."""
        found: list[Any] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                entry = index.data(ENTRY_ROLE)
                if entry is not None:
                    found.append(entry)
                walk(index)

        walk(QModelIndex())
        return found

"""Personen: the members of a family file, their details and relationships.

The table lists the members; the area beside it shows the selected person with parents,
children, partners and name variants. Adding, editing, name variants, relationships and
removal from the family file go through dialogs and services, each as one undoable step.
"""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainWarning
from fallmanager.domain.family import FamilyMembership, MembershipRole
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import NameVariant, Person
from fallmanager.domain.relationships import Partnership
from fallmanager.services.history import reinstate_records, withdraw_records
from fallmanager.services.persons import SavedPerson, remove_person_from_family
from fallmanager.services.relationships import RecordedLink
from fallmanager.ui.family_file.person_dialog import PersonDialog
from fallmanager.ui.family_file.person_format import (
    age_sort_key,
    age_text,
    codes_text,
    person_name,
)
from fallmanager.ui.family_file.person_name_variants_dialog import NameVariantsDialog
from fallmanager.ui.family_file.relationship_dialog import RelationshipDialog
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import (
    CreateRecordsCommand,
    EditPersonCommand,
    ServiceCommand,
)
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.sync.marks import ConflictMarks, conflict_tooltip, marked
from fallmanager.ui.texts import label, warning_text
from fallmanager.ui.widgets.collation import ui_collator
from fallmanager.ui.widgets.dates import format_partial_date
from fallmanager.ui.widgets.tables import AnyIndex, RecordTableModel

#: The role carrying a row's person id, and the role the proxy sorts by.
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_PERSON_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("PersonsTableModel", "Name"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Geschlecht"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Geburtsdatum"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Alter"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Staatsangehörigkeit"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Sprachen"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Dolmetschung"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Pass"),
        QT_TRANSLATE_NOOP("PersonsTableModel", "Rolle"),
    )
)


class PersonsTableModel(RecordTableModel):
    """One row per member of the family file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roles: dict[uuid.UUID, MembershipRole] = {}
        self._today = date.today()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("PersonsTableModel", c) for c in _PERSON_COLUMNS]

    def set_detail(self, detail: FamilyFileDetail | None, today: date) -> None:
        self._today = today
        self._roles = {} if detail is None else {m.person_id: m.role for m in detail.memberships}
        self.set_rows([] if detail is None else detail.persons)

    def person(self, row: int) -> Person:
        return self._rows[row]  # type: ignore[no-any-return]

    def row_of(self, person_id: uuid.UUID) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == person_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person: Person = self._rows[index.row()]
        column = index.column()
        if role == PERSON_ID_ROLE:
            return str(person.id)
        if role == SORT_ROLE:
            return self._sort_value(person, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and person.birth_date_fictitious:
            return self.tr("Fiktives Geburtsdatum")
        return None

    def _text(self, person: Person, column: int) -> str:
        if column == 0:
            name = person_name(person)
            return self.tr("{name} (†)").format(name=name) if person.deceased else name
        if column == 1:
            return label(person.sex)
        if column == 2:
            text = format_partial_date(person.birth_date)
            return (
                self.tr("{date} (fiktiv)").format(date=text)
                if person.birth_date_fictitious
                else text
            )
        if column == 3:
            return "" if person.deceased else age_text(person, self._today)
        if column == 4:
            return codes_text(person.nationalities)
        if column == 5:
            return codes_text(person.languages)
        if column == 6:
            if not person.needs_interpreter:
                return self.tr("nein")
            return person.interpreter_language or self.tr("ja")
        if column == 7:
            return label(person.passport)
        role = self._roles.get(person.id)
        return label(role) if role is not None else ""

    def _sort_value(self, person: Person, column: int) -> Any:
        if column == 0:
            return f"{person.family_name} {person.given_names}"
        if column == 2:
            return person.birth_date.iso() if person.birth_date else ""
        if column == 3:
            return age_sort_key(person, self._today)
        return self._text(person, column)


class PersonRelationsModel(RecordTableModel):
    """The selected person's parents, children and partners: relation, person, kind.

    A custody flag whose sync conflict waits for a decision is marked, both values in the
    tool tip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = ConflictMarks()

    def headers(self) -> list[str]:
        return [self.tr("Beziehung"), self.tr("Person"), self.tr("Art")]

    def cell(self, row: Any, column: int) -> str:
        return str(row[column])

    def role_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row[3]:
            return row[3]
        return None

    def set_person(self, detail: FamilyFileDetail | None, person_id: uuid.UUID | None) -> None:
        self.set_rows(
            [] if detail is None or person_id is None else self._relations(detail, person_id)
        )

    def _relations(
        self, detail: FamilyFileDetail, person_id: uuid.UUID
    ) -> list[tuple[str, str, str, str]]:
        names = {p.id: person_name(p) for p in detail.persons}
        rows: list[tuple[str, str, str, str]] = []
        for link in detail.parent_child_links:
            custody = ""
            if link.has_custody is True:
                custody = self.tr(", sorgeberechtigt")
            elif link.has_custody is False:
                custody = self.tr(", nicht sorgeberechtigt")
            conflicts = self.marks.on_field("parent_child", link.id, "has_custody")
            kind = marked(label(link.kind) + custody, conflicts)
            tooltip = conflict_tooltip(conflicts)
            if link.child_id == person_id:
                rows.append((self.tr("Elternteil"), names.get(link.parent_id, "?"), kind, tooltip))
            elif link.parent_id == person_id:
                rows.append((self.tr("Kind"), names.get(link.child_id, "?"), kind, tooltip))
        for partnership in detail.partnerships:
            if partnership.involves(person_id):
                other = names.get(partnership.partner_of(person_id), "?")
                rows.append((self.tr("Partner/in"), other, label(partnership.kind), ""))
        return rows


class PersonsSortModel(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`, names in the UI locale's collation (Đ, Ş, Ž, umlauts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._collator = ui_collator()

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if isinstance(a, int) and isinstance(b, int):
            return a < b
        return super().lessThan(left, right)


class PersonsTab(FamilyFileTab):
    """Personen tab. ``open_tab_requested`` is kept for symmetry with the other tabs."""

    open_tab_requested = Signal(str)

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._person_to_remove: Person | None = None
        self._selected_id: uuid.UUID | None = None

        self.notice = QLabel()
        self.notice.setObjectName("personsNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5300;")
        self.notice.hide()

        self.add_button = QPushButton()
        self.add_button.setObjectName("addPerson")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editPerson")
        self.variants_button = QPushButton()
        self.variants_button.setObjectName("nameVariants")
        self.relationship_button = QPushButton()
        self.relationship_button.setObjectName("recordRelationship")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePerson")
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.variants_button,
            self.relationship_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.model = PersonsTableModel(self)
        self.proxy = PersonsSortModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("personsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.detail_label = QLabel()
        self.detail_label.setObjectName("personDetail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.relations_caption = QLabel()
        self.relations_model = PersonRelationsModel(self)
        self.relations = QTableView()
        self.relations.setObjectName("personRelations")
        self.relations.setModel(self.relations_model)
        self.relations.verticalHeader().hide()
        self.relations.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.relations.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.relations.horizontalHeader().setStretchLastSection(True)
        self.relations_caption.setBuddy(self.relations)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail_label)
        side_layout.addWidget(self.relations_caption)
        side_layout.addWidget(self.relations, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.variants_button.clicked.connect(self.edit_name_variants)
        self.relationship_button.clicked.connect(self.record_relationship)
        self.remove_button.clicked.connect(self.remove_person)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate_ui()
        self._update_enabled()

    # -- FamilyFileTab ------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Personen")

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Person &hinzufügen …"))
        self.edit_button.setText(self.tr("&Bearbeiten …"))
        self.variants_button.setText(self.tr("&Namensvariante …"))
        self.relationship_button.setText(self.tr("Be&ziehung erfassen …"))
        self.remove_button.setText(self.tr("Aus Familie ent&fernen"))
        self.table.setAccessibleName(self.tr("Personen der Familienakte"))
        self.relations_caption.setText(self.tr("Beziehungen de&r Person:"))
        self.relations.setAccessibleName(self.tr("Beziehungen der gewählten Person"))
        self.model.retranslate()
        self.relations_model.retranslate()
        self._show_selected()

    def show_conflicts(self, marks: ConflictMarks) -> None:
        super().show_conflicts(marks)
        self.relations_model.marks = marks
        if self.detail is not None:
            self._show_selected()

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        keep = self._selected_id
        self.model.set_detail(detail, self.context.today())
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.proxy.rowCount() > 0:
            row = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self._selected_id = None
            self._show_selected()
        self._update_enabled()

    def clear(self) -> None:
        super().clear()
        self._selected_id = None
        self.model.set_detail(None, self.context.today())
        self.relations_model.set_person(None, None)
        self.detail_label.clear()
        self.notice.clear()
        self.notice.hide()
        self._update_enabled()

    # -- selection ----------------------------------------------------------------------

    def _double_clicked(self, _index: QModelIndex) -> None:
        self.edit_person()

    def selected_person(self) -> Person | None:
        if self.detail is None or self._selected_id is None:
            return None
        return self.detail.person(self._selected_id)

    def select_person(self, person_id: uuid.UUID) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._selected_id = self.model.person(self.proxy.mapToSource(rows[0]).row()).id
        self._show_selected()
        self._update_enabled()

    def _update_enabled(self) -> None:
        is_open = self.detail is not None and self.detail.family.is_open
        has_person = self.selected_person() is not None
        self.add_button.setEnabled(is_open)
        self.edit_button.setEnabled(has_person)
        self.variants_button.setEnabled(has_person)
        self.relationship_button.setEnabled(
            self.detail is not None and len(self.detail.persons) >= 2
        )
        self.remove_button.setEnabled(has_person)

    def _show_selected(self) -> None:
        person = self.selected_person()
        self.relations_model.set_person(self.detail, person.id if person else None)
        if person is None or self.detail is None:
            self.detail_label.setText(
                self.tr("Noch keine Personen erfasst.")
                if self.detail is not None and not self.detail.persons
                else ""
            )
            return
        self.detail_label.setText(self._detail_html(person, self.detail))

    def _detail_html(self, person: Person, detail: FamilyFileDetail) -> str:
        today = self.context.today()
        rows: list[tuple[str, str]] = [
            (self.tr("Geschlecht"), label(person.sex)),
            (self.tr("Geburtsdatum"), format_partial_date(person.birth_date)),
            (self.tr("Alter"), age_text(person, today)),
        ]
        if person.birth_date_fictitious:
            rows.append((self.tr("Hinweis"), self.tr("Geburtsdatum fiktiv")))
        if person.deceased:
            rows.append(
                (self.tr("Verstorben"), format_partial_date(person.death_date) or self.tr("ja"))
            )
        place = ", ".join(p for p in (person.birth_place, person.birth_country) if p)
        rows += [
            (self.tr("Geburtsort"), place),
            (self.tr("Staatsangehörigkeit"), codes_text(person.nationalities)),
            (self.tr("Sprachen"), codes_text(person.languages)),
            (
                self.tr("Dolmetschung"),
                (person.interpreter_language or self.tr("ja"))
                if person.needs_interpreter
                else self.tr("nein"),
            ),
            (self.tr("Pass"), label(person.passport)),
            (
                self.tr("Identität geklärt"),
                {None: self.tr("unbekannt"), True: self.tr("ja"), False: self.tr("nein")}[
                    person.identity_clarified
                ],
            ),
            (self.tr("Weitere Dokumente"), person.other_documents),
            (self.tr("Notizen"), person.notes),
        ]
        variants = [v for v in detail.name_variants if v.person_id == person.id]
        if variants:
            rows.append(
                (
                    self.tr("Namensvarianten"),
                    "; ".join(
                        self.tr("{name} ({kind})").format(
                            name=" ".join(x for x in (v.given_names, v.family_name) if x),
                            kind=label(v.kind),
                        )
                        for v in variants
                    ),
                )
            )
        body = "".join(
            "<tr><td><b>{}</b></td><td>{}</td></tr>".format(
                html.escape(k), html.escape(v).replace("\n", "<br>")
            )
            for k, v in rows
            if v
        )
        return f"<h3>{html.escape(person_name(person))}</h3><table cellspacing='4'>{body}</table>"

    # -- notices ------------------------------------------------------------------------

    def show_warnings(self, warnings: tuple[DomainWarning, ...] | list[DomainWarning]) -> None:
        """Non-blocking notes after saving (e.g. a parent very young at the birth)."""
        texts = list(dict.fromkeys(warning_text(w) for w in warnings))
        if texts:
            self.notice.setText(
                self.tr("Gespeichert, bitte prüfen: {warnings}").format(warnings=" ".join(texts))
            )
            self.notice.show()
        else:
            self.notice.clear()
            self.notice.hide()

    # -- actions ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal; the previous one (closed by then) is released."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def add_person(self) -> None:
        if self.detail is None or not self.detail.family.is_open:
            return
        dialog = PersonDialog(self.context, self.detail, None, self)
        dialog.person_created.connect(self._person_created)
        dialog.existing_person_added.connect(self._existing_added)
        self._open(dialog)

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None or self.detail is None:
            return
        dialog = PersonDialog(self.context, self.detail, person, self)
        dialog.person_updated.connect(self._person_updated)
        self._open(dialog)

    def edit_name_variants(self) -> None:
        person = self.selected_person()
        if person is None or self.detail is None:
            return
        variants = [v for v in self.detail.name_variants if v.person_id == person.id]
        dialog = NameVariantsDialog(self.context, person, variants, self)
        dialog.variant_added.connect(self._variant_added)
        dialog.variant_removed.connect(self._variant_removed)
        self._open(dialog)

    def record_relationship(self) -> None:
        if self.detail is None:
            return
        dialog = RelationshipDialog(self.context, self.detail, self._selected_id, self)
        dialog.link_recorded.connect(self._link_recorded)
        dialog.partnership_recorded.connect(self._partnership_recorded)
        self._open(dialog)

    def remove_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Aus Familie entfernen"),
            self.tr(
                "Soll „{name}“ aus dieser Familienakte entfernt werden? Die Person und ihre "
                "Geschichte bleiben im Tresor erhalten."
            ).format(name=person_name(person)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removePersonConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        # A bound method, not a lambda holding the box: the box is released later.
        box.buttonClicked.connect(self._remove_answered)
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        self.confirm_box = box
        self._person_to_remove = person
        box.open()

    def _remove_answered(self, button: QAbstractButton) -> None:
        box, person = self.confirm_box, self._person_to_remove
        self._person_to_remove = None
        if box is None or person is None or self.detail is None:
            return
        if box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        family_id = self.context.family_id
        memberships = [m for m in self.detail.memberships if m.person_id == person.id]
        keys = [(FamilyMembership, m.id) for m in memberships]

        def remove(ctx: OpContext) -> None:
            remove_person_from_family(ctx.uow(), family_id=family_id, person_id=person.id)

        def removed(_result: None) -> None:
            self._selected_id = None
            self.context.push(
                ServiceCommand(
                    self.context.session,
                    self.tr("Person „{name}“ aus der Akte entfernen").format(
                        name=person_name(person)
                    ),
                    family_id=family_id,
                    undo_action=lambda ctx: reinstate_records(ctx.uow(), records=memberships),
                    redo_action=lambda ctx: withdraw_records(ctx.uow(), records=keys),
                    kinds=("person",),
                    parent_widget=self,
                )
            )

        run_op(self, self.context.session, remove, changes=self._changes("person")).success(removed)

    # -- results of the dialogs: one undo command each ----------------------------------

    def _changes(self, kind: str) -> Changes:
        return Changes.of(kind, family_id=self.context.family_id)

    def _person_created(self, saved: SavedPerson) -> None:
        created: list[Any] = [saved.person]
        if saved.membership is not None:
            created.append(saved.membership)
        self._selected_id = saved.person.id
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Person „{name}“ anlegen").format(name=person_name(saved.person)),
                family_id=self.context.family_id,
                created=created,
                kinds=("person",),
                parent_widget=self,
            )
        )
        self.show_warnings(saved.warnings)

    def _existing_added(self, person: Person, membership: FamilyMembership) -> None:
        self._selected_id = person.id
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Person „{name}“ in die Akte übernehmen").format(name=person_name(person)),
                family_id=self.context.family_id,
                created=[membership],
                kinds=("person",),
                parent_widget=self,
            )
        )
        self.show_warnings(())

    def _person_updated(self, before: Person, saved: SavedPerson) -> None:
        self.context.push(
            EditPersonCommand(
                self.context.session,
                family_id=self.context.family_id,
                before=before,
                after=saved.person,
                parent_widget=self,
            )
        )
        self.show_warnings(saved.warnings)

    def _variant_added(self, person: Person, variant: NameVariant) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Namensvariante für „{name}“ erfassen").format(name=person_name(person)),
                family_id=self.context.family_id,
                created=[variant],
                kinds=("person",),
                parent_widget=self,
            )
        )

    def _variant_removed(self, person: Person, variant: NameVariant) -> None:
        keys = [(NameVariant, variant.id)]
        self.context.push(
            ServiceCommand(
                self.context.session,
                self.tr("Namensvariante von „{name}“ entfernen").format(name=person_name(person)),
                family_id=self.context.family_id,
                undo_action=lambda ctx: reinstate_records(ctx.uow(), records=[variant]),
                redo_action=lambda ctx: withdraw_records(ctx.uow(), records=keys),
                kinds=("person",),
                parent_widget=self,
            )
        )

    def _link_recorded(self, recorded: RecordedLink) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Beziehung erfassen"),
                family_id=self.context.family_id,
                created=[recorded.link],
                kinds=("relationship",),
                parent_widget=self,
            )
        )
        self.show_warnings(recorded.warnings)

    def _partnership_recorded(self, partnership: Partnership) -> None:
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Beziehung erfassen"),
                family_id=self.context.family_id,
                created=[partnership],
                kinds=("relationship",),
                parent_widget=self,
            )
        )
        self.show_warnings(())

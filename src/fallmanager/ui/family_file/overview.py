"""Überblick: the family file at a glance.

Header (case number, status, responsible, dates), the members with age and current
residence status, where the family lives, warnings, the actors involved and the next open
tasks. Each section leads to the tab that holds the details (``open_tab_requested``). Closing
and reopening the family file happen here, both undoable.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.errors import DomainWarning, WarningCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.genealogy import parent_age_warnings
from fallmanager.domain.housing import Accommodation
from fallmanager.domain.network import ContactPerson
from fallmanager.domain.people import PassportStatus, Person
from fallmanager.services.family_files import close_family_file, reopen_family_file
from fallmanager.ui.family_file.close_family_dialog import CloseFamilyDialog
from fallmanager.ui.family_file.person_format import (
    age_sort_key,
    age_text,
    person_name,
)
from fallmanager.ui.family_file.residence_format import Expiry, expiry
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import ServiceCommand
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.sync.marks import ConflictMarks, conflict_tooltip, marked
from fallmanager.ui.texts import label, warning_text
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.dates import format_date, format_datetime
from fallmanager.ui.widgets.tables import AnyIndex, RecordTableModel

#: How many open tasks the overview lists.
NEXT_TASKS = 5

_ALERT = QColor("#b00020")
_CAUTION = QColor("#8a5300")

_MEMBER_COLUMNS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("OverviewMembersModel", "Name"),
        QT_TRANSLATE_NOOP("OverviewMembersModel", "Alter"),
        QT_TRANSLATE_NOOP("OverviewMembersModel", "Aufenthaltsstatus"),
        QT_TRANSLATE_NOOP("OverviewMembersModel", "Gültig bis"),
    )
)


class OverviewMembersModel(RecordTableModel):
    """Members with age and current residence status (legal basis, valid until)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: FamilyFileDetail | None = None
        self._today = date.today()
        self._marks = ConflictMarks()

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("OverviewMembersModel", c) for c in _MEMBER_COLUMNS]

    def set_marks(self, marks: ConflictMarks) -> None:
        """Open sync conflicts: a conflicted current residence status is marked."""
        self._marks = marks
        self.retranslate()  # repaint the cells

    def set_detail(self, detail: FamilyFileDetail | None, today: date) -> None:
        self._detail, self._today = detail, today
        self.set_rows(
            []
            if detail is None
            else sorted(
                sorted_by(detail.persons, lambda p: p.given_names),
                key=lambda p: -age_sort_key(p, today),  # stable: same age stays by name
            )
        )

    def person(self, row: int) -> Person:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._detail is None:
            return None
        person = self._rows[index.row()]
        status = self._detail.current_residence(person.id, self._today)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                name = person_name(person)
                return self.tr("{name} (†)").format(name=name) if person.deceased else name
            if column == 1:
                return "" if person.deceased else age_text(person, self._today)
            if column == 2:
                if status is None:
                    return ""
                kind = label(status.kind)
                basis = status.legal_basis
                text = f"{kind}, {basis}" if basis and basis not in kind else kind
                return marked(text, self._marks.on_record("residence_status", status.id))
            if column == 3 and status is not None and status.valid_until is not None:
                text = format_date(status.valid_until)
                if expiry(status, self._today) is Expiry.EXPIRED:
                    return self.tr("{date} (abgelaufen)").format(date=text)
                return text
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and status is not None:
            return conflict_tooltip(self._marks.on_record("residence_status", status.id)) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and status is not None:
            state = expiry(status, self._today)
            if state is Expiry.EXPIRED:
                return QBrush(_ALERT)
            if state is Expiry.EXPIRING:
                return QBrush(_CAUTION)
        return None


@dataclass(frozen=True, slots=True)
class OverviewItem:
    """One line of an overview list; ``tab`` is where its details are (or empty)."""

    text: str
    tab: str = ""
    alert: bool = False


class OverviewListModel(RecordTableModel):
    """A one-column list of lines (warnings, actors, tasks) leading to a tab."""

    def headers(self) -> list[str]:
        return [""]  # shown without a header

    def set_items(self, items: list[OverviewItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> OverviewItem:
        return self._rows[row]  # type: ignore[no-any-return]

    def texts(self) -> list[str]:
        return [item.text for item in self._rows]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return item.text
        if role == Qt.ItemDataRole.ForegroundRole and item.alert:
            return QBrush(_ALERT)
        return None


class OverviewTab(FamilyFileTab):
    """Überblick. ``open_tab_requested(name)`` names another tab of the family file view."""

    open_tab_requested = Signal(str)

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None

        # Header
        self.header_box = QGroupBox()
        header = QFormLayout(self.header_box)
        self.case_number = QLabel()
        self.case_number.setObjectName("overviewCaseNumber")
        self.status = QLabel()
        self.status.setObjectName("overviewStatus")
        self.responsible = QLabel()
        self.responsible.setObjectName("overviewResponsible")
        self.opened_on = QLabel()
        self.opened_on.setObjectName("overviewOpenedOn")
        self.closed_on = QLabel()
        self.closed_on.setObjectName("overviewClosedOn")
        self.last_contact = QLabel()
        self.last_contact.setObjectName("overviewLastContact")
        self._header_labels = [QLabel() for _ in range(6)]
        for caption, value in zip(
            self._header_labels,
            (
                self.case_number,
                self.status,
                self.responsible,
                self.opened_on,
                self.closed_on,
                self.last_contact,
            ),
            strict=True,
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            header.addRow(caption, value)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeFamilyFile")
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenFamilyFile")
        actions = QHBoxLayout()
        actions.addWidget(self.close_button)
        actions.addWidget(self.reopen_button)
        actions.addStretch(1)
        header.addRow(actions)

        # Members
        self.members_box = QGroupBox()
        self.members_model = OverviewMembersModel(self)
        self.members = _table("overviewMembers", self.members_model)
        self.persons_link = _link("goPersons")
        self.residence_link = _link("goResidence")
        self.school_work_link = _link("goSchoolWork")
        members_layout = QVBoxLayout(self.members_box)
        members_layout.addWidget(self.members, 1)
        members_layout.addLayout(
            _row(self.persons_link, self.residence_link, self.school_work_link)
        )

        # Household
        self.household_box = QGroupBox()
        self.household = QLabel()
        self.household.setObjectName("overviewHousehold")
        self.household.setWordWrap(True)
        self.household.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self.household_box).addWidget(self.household)

        # Warnings, actors, tasks
        self.warnings_box = QGroupBox()
        self.warnings_model = OverviewListModel(self)
        self.warnings = _table("overviewWarnings", self.warnings_model)
        QVBoxLayout(self.warnings_box).addWidget(self.warnings)

        self.actors_box = QGroupBox()
        self.actors_model = OverviewListModel(self)
        self.actors = _table("overviewActors", self.actors_model)
        self.involvements_link = _link("goInvolvements")
        actors_layout = QVBoxLayout(self.actors_box)
        actors_layout.addWidget(self.actors)
        actors_layout.addLayout(_row(self.involvements_link))

        self.tasks_box = QGroupBox()
        self.tasks_model = OverviewListModel(self)
        self.tasks = _table("overviewTasks", self.tasks_model)
        self.tasks_link = _link("goTasks")
        self.visits_link = _link("goVisits")
        tasks_layout = QVBoxLayout(self.tasks_box)
        tasks_layout.addWidget(self.tasks)
        tasks_layout.addLayout(_row(self.tasks_link, self.visits_link))

        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self.header_box, 0, 0)
        grid.addWidget(self.members_box, 1, 0)
        grid.addWidget(self.household_box, 2, 0)
        grid.addWidget(self.warnings_box, 0, 1)
        grid.addWidget(self.actors_box, 1, 1)
        grid.addWidget(self.tasks_box, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        links: dict[QPushButton, str] = {
            self.persons_link: "persons",
            self.residence_link: "residence",
            self.school_work_link: "school_work",
            self.involvements_link: "involvements",
            self.tasks_link: "tasks",
            self.visits_link: "visits",
        }
        # Bound methods only: PySide holds lambdas strongly, which crashes on teardown.
        self._links: dict[QObject, str] = dict(links.items())
        for button in links:
            button.clicked.connect(self._link_clicked)
        for view in (self.warnings, self.actors, self.tasks):
            view.activated.connect(self._item_activated)
        self.members.activated.connect(self._member_activated)
        self.close_button.clicked.connect(self.close_family_file)
        self.reopen_button.clicked.connect(self.reopen_family_file)
        self.retranslate_ui()
        self._update_enabled()

    # -- FamilyFileTab ------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Überblick")

    def retranslate_ui(self) -> None:
        captions = (
            self.tr("Aktenzeichen:"),
            self.tr("Status:"),
            self.tr("Zuständig:"),
            self.tr("Eröffnet am:"),
            self.tr("Abgeschlossen am:"),
            self.tr("Letzter Kontakt:"),
        )
        for caption, text in zip(self._header_labels, captions, strict=True):
            caption.setText(text)
        self.header_box.setTitle(self.tr("Familienakte"))
        self.close_button.setText(self.tr("Akte &schließen …"))
        self.reopen_button.setText(self.tr("&Wieder öffnen"))
        self.members_box.setTitle(self.tr("Personen"))
        self.members.setAccessibleName(self.tr("Personen mit Alter und Aufenthaltsstatus"))
        self.persons_link.setText(self.tr("&Personen …"))
        self.residence_link.setText(self.tr("&Aufenthalt …"))
        self.school_work_link.setText(self.tr("Schule && Arbei&t …"))
        self.household_box.setTitle(self.tr("Unterkunft"))
        self.warnings_box.setTitle(self.tr("Hinweise"))
        self.warnings.setAccessibleName(self.tr("Hinweise"))
        self.actors_box.setTitle(self.tr("Beteiligte"))
        self.actors.setAccessibleName(self.tr("Beteiligte Akteure"))
        self.involvements_link.setText(self.tr("&Beteiligte …"))
        self.tasks_box.setTitle(self.tr("Nächste Aufgaben"))
        self.tasks.setAccessibleName(self.tr("Nächste offene Aufgaben"))
        self.tasks_link.setText(self.tr("A&ufgaben …"))
        self.visits_link.setText(self.tr("Besu&che …"))
        self.members_model.retranslate()
        if self.detail is not None:
            self._fill(self.detail)

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        self._fill(detail)

    def show_conflicts(self, marks: ConflictMarks) -> None:
        super().show_conflicts(marks)
        self.members_model.set_marks(marks)
        if self.detail is not None:
            self._fill_header(self.detail)

    def clear(self) -> None:
        super().clear()
        for value in (
            self.case_number,
            self.status,
            self.responsible,
            self.opened_on,
            self.closed_on,
            self.last_contact,
            self.household,
        ):
            value.clear()
        self.members_model.set_detail(None, self.context.today())
        for model in (self.warnings_model, self.actors_model, self.tasks_model):
            model.set_items([])
        self._update_enabled()

    # -- content ------------------------------------------------------------------------

    def _fill_header(self, detail: FamilyFileDetail) -> None:
        """Case number, status, responsible, dates; conflicted fields marked."""
        family = detail.family
        self.case_number.setText(family.case_number)
        for widget, text, field in (
            (self.status, label(family.status), "status"),
            (self.responsible, family.responsible, "responsible"),
            (self.closed_on, format_date(family.closed_on), "closed_on"),
        ):
            conflicts = self.conflict_marks.on_field("family_file", family.id, field)
            widget.setText(marked(text, conflicts))
            widget.setToolTip(conflict_tooltip(conflicts))
        self.opened_on.setText(format_date(family.opened_on))

    def _fill(self, detail: FamilyFileDetail) -> None:
        today = self.context.today()
        self._fill_header(detail)
        last = max((v.occurred_at for v in detail.visits), default=None)
        self.last_contact.setText(format_datetime(last) if last else self.tr("noch keiner"))
        self.members_model.set_detail(detail, today)
        self.household.setText(self._household_text(detail, today))
        self.warnings_model.set_items(self._warnings(detail, today))
        self.actors_model.set_items(self._actors(detail, today))
        self.tasks_model.set_items(self._next_tasks(detail, today))
        self._update_enabled()

    def _household_text(self, detail: FamilyFileDetail, today: date) -> str:
        current = [h for h in detail.households if h.is_current_on(today)]
        if not current:
            return self.tr("Keine aktuelle Unterkunft erfasst.")
        accommodations: dict[uuid.UUID | None, Accommodation] = {
            a.id: a for a in detail.accommodations
        }
        lines = []
        for household in current:
            place = accommodations.get(household.accommodation_id)
            parts = []
            if place is not None:
                parts.append(place.label)
                address = " ".join(p for p in (place.postcode, place.city) if p)
                if place.street and place.street != place.label:
                    parts.append(place.street)
                if address:
                    parts.append(address)
                parts.append(label(place.kind))
            if household.unit:
                parts.append(self.tr("Wohneinheit {unit}").format(unit=household.unit))
            members = sum(
                1
                for m in detail.household_members
                if m.household_id == household.id and (m.until is None or m.until >= today)
            )
            parts.append(self.tr("%n Person(en)", "", members))
            if household.moved_in is not None:
                parts.append(self.tr("seit {date}").format(date=format_date(household.moved_in)))
            lines.append(", ".join(parts))
        return "\n".join(lines)

    def _warnings(self, detail: FamilyFileDetail, today: date) -> list[OverviewItem]:
        items = [OverviewItem(text, "", True) for text in detail.family.warnings]
        persons = {p.id: p for p in detail.persons}
        for person in detail.persons:
            name = person_name(person)
            status = detail.current_residence(person.id, today)
            if status is not None and not person.deceased and status.valid_until is not None:
                state = expiry(status, today)
                if state is Expiry.EXPIRED:
                    text = self.tr("{name}: {kind} seit {date} abgelaufen")
                elif state is Expiry.EXPIRING:
                    text = self.tr("{name}: {kind} läuft am {date} ab")
                else:
                    text = ""
                if text:
                    items.append(
                        OverviewItem(
                            text.format(
                                name=name,
                                kind=label(status.kind),
                                date=format_date(status.valid_until),
                            ),
                            "residence",
                            state is Expiry.EXPIRED,
                        )
                    )
            if person.needs_interpreter and not person.deceased:
                text = (
                    self.tr("{name} braucht Dolmetschung ({language})").format(
                        name=name, language=person.interpreter_language
                    )
                    if person.interpreter_language
                    else self.tr("{name} braucht Dolmetschung").format(name=name)
                )
                items.append(OverviewItem(text, "persons"))
            if person.birth_date_fictitious:
                items.append(
                    OverviewItem(
                        self.tr("{name}: Geburtsdatum ist fiktiv").format(name=name), "persons"
                    )
                )
            else:
                birth = person.birth_date
                if birth is not None and birth.month == 1 and birth.day == 1:
                    warning = DomainWarning(WarningCode.FICTITIOUS_BIRTH_DATE, (str(person.id),))
                    items.append(OverviewItem(_named(name, warning_text(warning)), "persons"))
            if person.passport in (PassportStatus.EXPIRED, PassportStatus.NONE):
                items.append(OverviewItem(_named(name, label(person.passport)), "persons"))
        for link in detail.parent_child_links:
            for warning in parent_age_warnings(link, persons):
                parent = persons.get(link.parent_id)
                child = persons.get(link.child_id)
                names = " / ".join(person_name(p) for p in (parent, child) if p is not None)
                items.append(OverviewItem(_named(names, warning_text(warning)), "persons"))
        overdue = [t for t in detail.tasks if t.is_overdue_on(today)]
        if overdue:
            items.append(
                OverviewItem(self.tr("%n überfällige Aufgabe(n)", "", len(overdue)), "tasks", True)
            )
        return items

    def _actors(self, detail: FamilyFileDetail, today: date) -> list[OverviewItem]:
        actors = {a.id: a for a in detail.actors}
        contacts: dict[uuid.UUID | None, ContactPerson] = {c.id: c for c in detail.contact_persons}
        lines = []
        for involvement in detail.involvements:
            if involvement.until is not None and involvement.until < today:
                continue
            actor = actors.get(involvement.actor_id)
            if actor is None:
                continue
            text = actor.name
            if involvement.role:
                text = self.tr("{actor} – {role}").format(actor=text, role=involvement.role)
            contact = contacts.get(involvement.contact_person_id)
            if contact is not None:
                text = self.tr("{text} (Ansprechpartner/in: {contact})").format(
                    text=text, contact=contact.name
                )
            lines.append(text)
        lines = sorted_by(lines, lambda line: line)
        return [OverviewItem(text, "involvements") for text in lines]

    def _next_tasks(self, detail: FamilyFileDetail, today: date) -> list[OverviewItem]:
        open_tasks = sorted(
            (t for t in detail.tasks if not t.done),
            key=lambda t: (t.due_on is None, t.due_on or date.max),
        )[:NEXT_TASKS]
        items = []
        for task in open_tasks:
            person = detail.person(task.person_id) if task.person_id else None
            title = task.title if person is None else f"{task.title} ({person_name(person)})"
            text = (
                self.tr("{date}: {title}").format(date=format_date(task.due_on), title=title)
                if task.due_on
                else self.tr("ohne Frist: {title}").format(title=title)
            )
            items.append(OverviewItem(text, "tasks", task.is_overdue_on(today)))
        if not items:
            items.append(OverviewItem(self.tr("Keine offenen Aufgaben."), "tasks"))
        return items

    def _link_clicked(self) -> None:
        name = self._links.get(self.sender())
        if name:
            self.open_tab_requested.emit(name)

    def _item_activated(self, index: QModelIndex) -> None:
        model = index.model()
        if index.isValid() and isinstance(model, OverviewListModel):
            tab = model.item(index.row()).tab
            if tab:
                self.open_tab_requested.emit(tab)

    def _member_activated(self, _index: QModelIndex) -> None:
        self.open_tab_requested.emit("persons")

    def _update_enabled(self) -> None:
        family = self.detail.family if self.detail is not None else None
        self.close_button.setVisible(family is None or family.is_open)
        self.reopen_button.setVisible(family is not None and not family.is_open)
        self.close_button.setEnabled(family is not None and family.is_open)
        self.reopen_button.setEnabled(family is not None and not family.is_open)

    # -- closing and reopening ----------------------------------------------------------

    def close_family_file(self) -> None:
        if self.detail is None or not self.detail.family.is_open:
            return
        dialog = CloseFamilyDialog(self.context, self.detail.family, self)
        dialog.closed.connect(self._closed)
        if self.dialog is not None:
            self.dialog.deleteLater()  # the previous one, closed by now
        self.dialog = dialog
        dialog.open()

    def _closed(self, _before: FamilyFile, after: FamilyFile) -> None:
        family_id = after.id
        closed_on = after.closed_on
        assert closed_on is not None  # noqa: S101 - a closed file has its date
        self.context.push(
            ServiceCommand(
                self.context.session,
                self.tr("Akte {case} schließen").format(case=after.case_number),
                family_id=family_id,
                undo_action=lambda ctx: reopen_family_file(ctx.uow(), family_id=family_id),
                redo_action=lambda ctx: close_family_file(
                    ctx.uow(), family_id=family_id, closed_on=closed_on
                ),
                kinds=("family_file",),
                parent_widget=self,
            )
        )

    def reopen_family_file(self) -> None:
        if self.detail is None or self.detail.family.is_open:
            return
        before = self.detail.family
        family_id = before.id
        closed_on = before.closed_on
        assert closed_on is not None  # noqa: S101 - a closed file has its date

        def reopen(ctx: OpContext) -> FamilyFile:
            return reopen_family_file(ctx.uow(), family_id=family_id)

        def reopened(after: FamilyFile) -> None:
            self.context.push(
                ServiceCommand(
                    self.context.session,
                    self.tr("Akte {case} wieder öffnen").format(case=after.case_number),
                    family_id=family_id,
                    undo_action=lambda ctx: close_family_file(
                        ctx.uow(), family_id=family_id, closed_on=closed_on
                    ),
                    redo_action=lambda ctx: reopen_family_file(ctx.uow(), family_id=family_id),
                    kinds=("family_file",),
                    parent_widget=self,
                )
            )

        self.reopen_button.setEnabled(False)
        run_op(
            self,
            self.context.session,
            reopen,
            changes=Changes.of("family_file", family_id=family_id),
        ).success(reopened).failure(lambda _exc: self._reopen_failed())

    def _reopen_failed(self) -> bool:
        self._update_enabled()
        return False


def _named(name: str, text: str) -> str:
    return QCoreApplication.translate("OverviewTab", "{name}: {text}").format(name=name, text=text)


def _table(name: str, model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if model.columnCount() == 1:
        header.hide()
    return view


def _link(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row

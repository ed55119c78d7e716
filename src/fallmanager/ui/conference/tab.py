"""Fallkonferenzen: the family's case conferences, each with its agenda, the consent gate and
the minutes.

On the left the conferences (when, status, place, anonymised, topics, whether every invited
organisation may see every topic); on the right the chosen conference: its header, the
documents that leave the application (invitations and agendas, minutes, the family's results
sheet) and three parts — Tagesordnung, Einwilligungen prüfen, Protokoll. Every edit is one
undo command; documents are logged in the disclosure log and not undone.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.case_conference import CaseConference, ConferenceStatus
from fallmanager.domain.conference_view import ConferenceSnapshot, conference_snapshot
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.services.case_conference import remove_conference, set_conference_status
from fallmanager.services.history import Change
from fallmanager.ui.conference import KINDS
from fallmanager.ui.conference.agenda import AgendaPanel
from fallmanager.ui.conference.conference_dialog import ConferenceDialog
from fallmanager.ui.conference.conference_format import (
    actor_list,
    actor_text,
    conference_heading,
    conference_title,
    persons_text,
)
from fallmanager.ui.conference.gate_view import GatePanel
from fallmanager.ui.conference.minutes import MinutesPanel
from fallmanager.ui.conference.models import (
    ANONYMISED,
    CONSENT,
    PLACE,
    STATUS,
    TOPICS,
    WHEN,
    ConferenceListModel,
)
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import ChangeCommand
from fallmanager.ui.ops import Changes, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.tables import make_table, selected_record

#: The parts of a conference, in the order of their tabs.
AGENDA, GATE, MINUTES = range(3)
#: The widest the columns of the conference list get (longer texts are elided).
_LIST_WIDTHS = {WHEN: 130, STATUS: 100, CONSENT: 200, TOPICS: 60, PLACE: 140, ANONYMISED: 70}


class ConferencesTab(FamilyFileTab):
    """Fallkonferenzen of one family file."""

    #: Another tab of the family file should be shown ("consents").
    open_tab_requested = Signal(str)

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The dialog (or question) opened last, while it is open.
        self.dialog: QDialog | None = None
        self.snapshots: dict[uuid.UUID, ConferenceSnapshot] = {}
        self._conference_id: uuid.UUID | None = None
        self._section_after_reload: int | None = None
        self._stale = False

        # -- the bar of conference actions ------------------------------------------------
        self.plan_button = self.make_button("planConferenceButton", self.plan_conference)
        self.edit_button = self.make_button("editConferenceButton", self.edit_conference)
        self.held_button = self.make_button(
            "conferenceHeldButton", lambda: self.set_status(ConferenceStatus.HELD)
        )
        self.cancel_button = self.make_button(
            "cancelConferenceButton", lambda: self.set_status(ConferenceStatus.CANCELLED)
        )
        self.replan_button = self.make_button(
            "replanConferenceButton", lambda: self.set_status(ConferenceStatus.PLANNED)
        )
        self.remove_button = self.make_button("removeConferenceButton", self.remove_conference)

        # -- the list of conferences ------------------------------------------------------
        self.model = ConferenceListModel(self)
        self.table = make_table("conferenceTable")
        self.table.setModel(self.model)
        self.table.doubleClicked.connect(lambda _index: self.edit_conference())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # -- the chosen conference --------------------------------------------------------
        self.empty_heading = QLabel()
        self.empty_heading.setObjectName("conferenceEmptyHeading")
        font = self.empty_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.empty_heading.setFont(font)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("conferenceEmptyText")
        self.empty_text.setWordWrap(True)
        self.empty_heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_text.setFixedWidth(520)  # a fixed width lets the label wrap to its height
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_heading)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.empty_text)
        centred.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addStretch(2)

        self.header = QLabel()
        self.header.setObjectName("conferenceHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.invite_button = self.make_button("inviteButton", self.create_invitations)
        self.minutes_button = self.make_button("printMinutesButton", self.print_minutes)
        self.results_button = self.make_button("resultsSheetButton", self.results_sheet)
        self.agenda = AgendaPanel(context)
        self.gate = GatePanel(context)
        self.minutes = MinutesPanel(context)
        self.gate.open_tab_requested.connect(self.open_tab_requested)
        self.sections = QTabWidget()
        self.sections.setObjectName("conferenceSections")
        for panel in (self.agenda, self.gate, self.minutes):
            self.sections.addTab(panel, "")
        documents = QHBoxLayout()
        for button in (self.invite_button, self.minutes_button, self.results_button):
            documents.addWidget(button)
        documents.addStretch(1)
        conference_page = QWidget()
        page_layout = QVBoxLayout(conference_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.header)
        page_layout.addLayout(documents)
        page_layout.addWidget(self.sections, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty_page)
        self.stack.addWidget(conference_page)
        self.empty_page, self.conference_page = empty_page, conference_page

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([440, 920])
        bar = QHBoxLayout()
        for button in self._conference_buttons():
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()
        self._update()

    def _conference_buttons(self) -> list[QPushButton]:
        return [
            self.plan_button,
            self.edit_button,
            self.held_button,
            self.cancel_button,
            self.replan_button,
            self.remove_button,
        ]

    # -- texts -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Fallkonferenzen")

    def retranslate_ui(self) -> None:
        self.plan_button.setText(self.tr("Fallkonferenz &planen …"))
        self.edit_button.setText(self.tr("Ä&ndern …"))
        self.held_button.setText(self.tr("Als &durchgeführt markieren"))
        self.cancel_button.setText(self.tr("A&bsagen"))
        self.replan_button.setText(self.tr("&Wieder planen"))
        self.remove_button.setText(self.tr("Entfe&rnen …"))
        self.invite_button.setText(self.tr("&Einladungen und Tagesordnungen erstellen …"))
        self.minutes_button.setText(self.tr("Protokoll dr&ucken …"))
        self.results_button.setText(self.tr("Ergebnisb&latt für die Familie …"))
        self.sections.setTabText(AGENDA, self.tr("Tagesordnun&g"))
        self.sections.setTabText(GATE, self.tr("Einwilligungen prü&fen"))
        self.sections.setTabText(MINUTES, self.tr("Pr&otokoll"))
        self.sections.setAccessibleName(self.tr("Teile der Fallkonferenz"))
        self.table.setAccessibleName(self.tr("Fallkonferenzen der Familie"))
        self.header.setAccessibleName(self.tr("Angaben zur Fallkonferenz"))
        self.model.retranslate()
        self._update()

    # -- snapshot ----------------------------------------------------------------------------

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        if self.isVisible():
            self._show_detail()
        else:
            self._stale = True  # built when shown: opening a family stays quick

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.detail is not None:
            self._show_detail()

    def _show_detail(self) -> None:
        self._stale = False
        detail = self.detail
        if detail is None:
            return
        self.snapshots = {c.id: conference_snapshot(detail, c.id) for c in detail.case_conferences}
        self.model.show_conferences(list(self.snapshots.values()))
        self.table.resizeColumnsToContents()
        for column, widest in _LIST_WIDTHS.items():
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        wanted = self._conference_id
        if wanted not in self.snapshots:
            first = self.model.record(0)
            wanted = first.conference.id if first is not None else None
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        if wanted is not None:
            self.table.selectRow(self.model.row_of(wanted))
        self.table.selectionModel().blockSignals(False)
        self._show_conference(wanted)

    def clear(self) -> None:
        super().clear()
        self._stale = False
        self.snapshots = {}
        self._conference_id = None
        self.model.clear()
        self._show_conference(None)

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        record = selected_record(self.table)
        conference_id = record.conference.id if isinstance(record, ConferenceSnapshot) else None
        if conference_id != self._conference_id:
            self.minutes.save_result()  # what was being written is kept
            self._show_conference(conference_id)

    def select_conference(self, conference_id: uuid.UUID) -> None:
        """Show another conference (as if chosen in the list)."""
        row = self.model.row_of(conference_id)
        if row < 0:
            raise KeyError(conference_id)
        self.table.selectRow(row)

    def _show_conference(self, conference_id: uuid.UUID | None) -> None:
        self._conference_id = conference_id
        snapshot = self.snapshot()
        open_file = self.detail is not None and self.detail.family.is_open
        status = snapshot.conference.status if snapshot is not None else None
        self.agenda.show_conference(
            snapshot, editable=open_file and status is not ConferenceStatus.CANCELLED
        )
        self.gate.show_conference(snapshot, editable=open_file)
        self.minutes.show_conference(snapshot, editable=open_file)
        if snapshot is not None and self._section_after_reload is not None:
            self.sections.setCurrentIndex(self._section_after_reload)
            self._section_after_reload = None
        self._update()

    def snapshot(self) -> ConferenceSnapshot | None:
        return self.snapshots.get(self._conference_id) if self._conference_id else None

    def conference(self) -> CaseConference | None:
        snapshot = self.snapshot()
        return snapshot.conference if snapshot is not None else None

    def _update(self) -> None:
        snapshot = self.snapshot()
        detail = self.detail
        open_file = detail is not None and detail.family.is_open
        self.stack.setCurrentWidget(self.conference_page if snapshot else self.empty_page)
        self.plan_button.setEnabled(open_file)
        status = snapshot.conference.status if snapshot is not None else None
        planned = status is ConferenceStatus.PLANNED
        self.edit_button.setEnabled(
            open_file and status is not None and status is not ConferenceStatus.CANCELLED
        )
        self.held_button.setVisible(status is None or planned)
        self.cancel_button.setVisible(status is None or planned)
        self.replan_button.setVisible(status is not None and not planned)
        for button in (self.held_button, self.cancel_button, self.replan_button):
            button.setEnabled(open_file and status is not None)
        self.remove_button.setEnabled(open_file and status is not None)
        self.invite_button.setEnabled(snapshot is not None)
        held = status is ConferenceStatus.HELD
        self.minutes_button.setEnabled(held)
        self.results_button.setEnabled(held)
        if snapshot is None:
            self.header.clear()
            if detail is not None and detail.case_conferences:
                self.empty_heading.setText(self.tr("Keine Fallkonferenz ausgewählt"))
                self.empty_text.setText(self.tr("Wählen Sie links eine Fallkonferenz aus."))
            else:
                self.empty_heading.setText(self.tr("Noch keine Fallkonferenz"))
                self.empty_text.setText(
                    self.tr(
                        "In einer Fallkonferenz besprechen die Stellen des Helfersystems mit "
                        "Ihnen den Fall der Familie. Jede Stelle erfährt nur, wofür die Familie "
                        "eingewilligt hat; ohne Einwilligung lässt sich der Fall anonymisiert "
                        "besprechen. Die vereinbarten Schritte können Sie in den Hilfeplan "
                        "übernehmen."
                    )
                )
            return
        self.header.setText(self._header_html(snapshot))
        tip = snapshot.conference.notes.strip()
        self.header.setToolTip(self.tr("Interne Notizen: {notes}").format(notes=tip) if tip else "")

    def _header_html(self, snapshot: ConferenceSnapshot) -> str:
        conference = snapshot.conference
        detail = snapshot.detail
        first = [
            f"<b>{escape(conference_heading(conference))}</b>",
            escape(label(conference.status)),
            escape(self.tr("Kennung {label}").format(label=conference.case_label)),
        ]
        if conference.anonymised:
            first.append(f"<b>{escape(self.tr('anonymisiert'))}</b>")
        second = []
        if conference.place:
            second.append(self.tr("Ort: {place}").format(place=conference.place))
        if conference.video_link:
            second.append(self.tr("Video: {link}").format(link=conference.video_link))
        second.append(
            self.tr("Initiiert von: {who}").format(
                who=actor_text(detail.actors, conference.initiator_actor_id)
            )
        )
        third = [
            self.tr("Eingeladen: {actors}").format(
                actors=actor_list(detail.actors, conference.participant_actor_ids) or "–"
            )
        ]
        if conference.participant_person_ids:
            third.append(
                self.tr("Aus der Familie: {names}").format(
                    names=persons_text(
                        detail, conference.participant_person_ids, whole_family=False
                    )
                )
            )
        return "<br>".join(
            [
                " · ".join(first),
                " · ".join(escape(part) for part in second),
                " · ".join(escape(part) for part in third),
            ]
        )

    # -- actions -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _push(self, text: str, change: Change) -> None:
        if not change.before and not change.after:
            return
        self.context.push(
            ChangeCommand(
                self.context.session,
                text,
                family_id=self.context.family_id,
                change=change,
                kinds=KINDS,
                parent_widget=self,
            )
        )

    def plan_conference(self) -> QDialog | None:
        if self.detail is None or not self.detail.family.is_open:
            return None
        dialog = ConferenceDialog(self.context, self.detail, parent=self)
        dialog.saved.connect(self._planned)
        return self._open(dialog)

    def _planned(self, change: Change) -> None:
        conference = next(e for e in change.after if isinstance(e, CaseConference))
        self._conference_id = conference.id  # shown once the family file is read again
        self._section_after_reload = AGENDA
        self._push(self.tr("{title} planen").format(title=conference_title(conference)), change)

    def edit_conference(self) -> QDialog | None:
        conference = self.conference()
        if self.detail is None or conference is None or not self.edit_button.isEnabled():
            return None
        dialog = ConferenceDialog(self.context, self.detail, conference, parent=self)
        text = self.tr("{title} ändern").format(title=conference_title(conference))
        dialog.saved.connect(lambda change: self._push(text, change))
        return self._open(dialog)

    def set_status(self, status: ConferenceStatus) -> None:
        conference = self.conference()
        if conference is None or conference.status is status or self.detail is None:
            return
        if not self.detail.family.is_open:
            return
        conference_id = conference.id
        text = {
            ConferenceStatus.HELD: self.tr("{title} als durchgeführt markieren"),
            ConferenceStatus.CANCELLED: self.tr("{title} absagen"),
            ConferenceStatus.PLANNED: self.tr("{title} wieder planen"),
        }[status].format(title=conference_title(conference))
        if status is ConferenceStatus.HELD:
            self._section_after_reload = MINUTES  # now the minutes are written
        run_op(
            self,
            self.context.session,
            lambda ctx: set_conference_status(
                ctx.uow(), conference_id=conference_id, status=status
            ),
            changes=Changes.of(*KINDS, family_id=self.context.family_id),
        ).success(lambda change: self._push(text, change))

    def remove_conference(self) -> QMessageBox | None:
        snapshot = self.snapshot()
        if snapshot is None or self.detail is None or not self.detail.family.is_open:
            return None
        conference = snapshot.conference
        lines = [self.tr("{title} entfernen?").format(title=conference_title(conference))]
        if snapshot.topics:
            lines.append(
                self.tr(
                    "Auch die Tagesordnung (%n Thema/Themen) und das Protokoll werden entfernt.",
                    "",
                    len(snapshot.topics),
                )
            )
        if any(s.taken_into_help_plan for s in snapshot.steps):
            lines.append(
                self.tr("Was daraus in den Hilfeplan übernommen wurde, bleibt dort erhalten.")
            )
        if any(d.conference_id == conference.id for d in self.detail.disclosures):
            lines.append(
                self.tr(
                    "Bereits versandte Unterlagen bleiben im Offenlegungsprotokoll verzeichnet."
                )
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Fallkonferenz entfernen"),
            "\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeConferenceQuestion")
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Entfernen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        conference_id = conference.id
        text = self.tr("{title} entfernen").format(title=conference_title(conference))
        box.finished.connect(
            lambda _r: self._remove(conference_id, text) if box.clickedButton() is yes else None
        )
        self._open(box)
        return box

    def _remove(self, conference_id: uuid.UUID, text: str) -> None:
        run_op(
            self,
            self.context.session,
            lambda ctx: remove_conference(ctx.uow(), conference_id=conference_id),
            changes=Changes.of(*KINDS, family_id=self.context.family_id),
        ).success(lambda change: self._push(text, change))

    # -- documents ---------------------------------------------------------------------------
    # The printouts (ReportLab, PDFium) load when first asked for: a quicker start.

    def create_invitations(self) -> QDialog | None:
        snapshot = self.snapshot()
        if snapshot is None:
            return None
        from fallmanager.ui.conference.documents import InvitationsDialog  # noqa: PLC0415

        self.minutes.save_result()
        return self._open(
            InvitationsDialog(
                self.context, snapshot, language=self.minutes.chosen_language, parent=self
            )
        )

    def print_minutes(self) -> QDialog | None:
        snapshot = self.snapshot()
        if snapshot is None or not self.minutes_button.isEnabled():
            return None
        from fallmanager.ui.conference.documents import MinutesPrintDialog  # noqa: PLC0415

        self.minutes.save_result()
        return self._open(MinutesPrintDialog(self.context, snapshot, parent=self))

    def results_sheet(self) -> QDialog | None:
        snapshot = self.snapshot()
        if snapshot is None or not self.results_button.isEnabled():
            return None
        from fallmanager.ui.conference.documents import ResultsSheetDialog  # noqa: PLC0415

        self.minutes.save_result()
        return self._open(
            ResultsSheetDialog(
                self.context, snapshot, language=self.minutes.chosen_language, parent=self
            )
        )

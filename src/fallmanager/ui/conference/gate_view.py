"""Einwilligungen prüfen: the consent gate of one conference, participants × topics.

Each cell says whether a participant may see a topic (✓) or not (✗). Below the grid, the
precise reasons for the selected participant ("Jobcenter: keine Einwilligung für Schuldaten
von Arben Krasniqi – abgelaufen am 01.03.2026"). There is no override: a missing consent is
recorded on the Einwilligungen tab, or the case is discussed anonymously.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.network import Actor
from fallmanager.ui.conference.conference_format import shut_out
from fallmanager.ui.conference.models import GATE_FIXED_COLUMNS, PARTICIPANT, GateModel
from fallmanager.ui.conference.panel_base import ConferencePanel
from fallmanager.ui.consent.gate_texts import group_problems
from fallmanager.ui.family_file.tab import FamilyFileContext

_NOTICE_STYLE = (
    "QLabel#gateNotice { background: #fff6d6; border: 1px solid #e0c96b; border-radius: 3px;"
    " padding: 4px 8px; color: #3d3000; }"
)


class GateDelegate(QStyledItemDelegate):
    """Keeps the ✓/✗ colours of the chosen participant's row and frames the row instead."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if index.column() < GATE_FIXED_COLUMNS:  # the participant: selected as usual
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        if selected:
            plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, index)
        if selected:
            rect = option.rect
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawLine(rect.topLeft(), rect.topRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if index.column() == index.model().columnCount() - 1:
                painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.restore()


class GatePanel(ConferencePanel):
    """The consent gate of the shown conference."""

    #: Another tab of the family file should be shown ("consents").
    open_tab_requested = Signal(str)

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The sentences shown for the selected participant (as plain text).
        self.sentences: list[str] = []
        #: The participant shown was chosen by the user (else the first blocked one is shown).
        self._chosen = False
        self._selecting = False
        self.notice = QLabel()
        self.notice.setObjectName("gateNotice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet(_NOTICE_STYLE)
        self.notice.hide()
        self.model = GateModel(self)
        self.grid = QTableView()
        self.grid.setObjectName("gateGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.setItemDelegate(GateDelegate(self.grid))
        self.grid.horizontalHeader().setStretchLastSection(False)
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reasons_title = QLabel()
        self.reasons_title.setObjectName("gateReasonsTitle")
        font = self.reasons_title.font()
        font.setBold(True)
        self.reasons_title.setFont(font)
        self.reasons = QLabel()
        self.reasons.setObjectName("gateReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordConsentButton")
        self.record_button.clicked.connect(
            lambda _checked=False: self.open_tab_requested.emit("consents")
        )
        self.legend = QLabel()
        self.legend.setObjectName("gateLegend")
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)

        record_row = QHBoxLayout()
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.grid)
        layout.addWidget(self.legend)
        layout.addSpacing(6)
        layout.addWidget(self.reasons_title)
        layout.addWidget(self.reasons)
        layout.addLayout(record_row)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.record_button.setText(self.tr("Einwilligung &erfassen …"))
        self.record_button.setToolTip(
            self.tr("Zum Reiter Einwilligungen: eine Einwilligung der Familie erfassen")
        )
        self.grid.setAccessibleName(self.tr("Freigabe je Stelle und Thema"))
        self.legend.setText(
            self.tr(
                "✓ darf das Thema sehen · ✗ gesperrt: keine passende Einwilligung. Ohne "
                "freigegebenes Thema erhält eine Stelle weder Einladung noch Tagesordnung."
            )
        )
        self.model.retranslate()
        self._show_notice()
        self._show_reasons()

    # -- state -------------------------------------------------------------------------------

    def show_conference(self, snapshot: ConferenceSnapshot | None, *, editable: bool) -> None:
        previous = self.selected_actor()
        same = (
            snapshot is not None
            and self.snapshot is not None
            and snapshot.conference.id == self.snapshot.conference.id
        )
        self.snapshot = snapshot
        self.editable = editable
        self.model.show_conference(snapshot)
        self.grid.resizeColumnsToContents()
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(PARTICIPANT, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(
            PARTICIPANT, min(max(self.grid.columnWidth(PARTICIPANT), 160), 280)
        )
        for column in range(GATE_FIXED_COLUMNS, self.model.columnCount()):
            self.grid.setColumnWidth(column, max(self.grid.columnWidth(column), 64))
        self._fit_grid()
        self.record_button.setVisible(snapshot is not None and not snapshot.conference.anonymised)
        self.record_button.setEnabled(self.context_family_open())
        keep = previous is not None and same and self._chosen
        wanted = previous.id if keep and previous is not None else self._first_blocked()
        self._selecting = True
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.select(wanted)
        elif self.model.rowCount():
            self.grid.selectRow(0)
        self._selecting = False
        self._chosen = keep
        self._show_notice()
        self._show_reasons()

    def _fit_grid(self) -> None:
        """As tall as its rows (two to twelve); more participants scroll."""
        rows = min(max(self.model.rowCount(), 2), 12)
        height = self.grid.horizontalHeader().sizeHint().height()
        height += rows * self.grid.verticalHeader().defaultSectionSize()
        bar = self.grid.horizontalScrollBar().sizeHint().height()
        self.grid.setFixedHeight(height + bar + 2 * self.grid.frameWidth())

    def context_family_open(self) -> bool:
        return self.snapshot is not None and self.snapshot.detail.family.is_open

    def _first_blocked(self) -> uuid.UUID | None:
        snapshot = self.snapshot
        if snapshot is None:
            return None
        return next(
            (
                a
                for a in snapshot.conference.participant_actor_ids
                if snapshot.gate.blocked_topics(a)
            ),
            None,
        )

    def select(self, actor_id: uuid.UUID) -> None:
        row = self.model.row_of(actor_id)
        if row >= 0:
            self.grid.selectRow(row)

    def selected_actor(self) -> Actor | None:
        rows = self.grid.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.record(rows[0].row())
        return record if isinstance(record, Actor) else None

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        if not self._selecting:
            self._chosen = True
        self._show_reasons()

    # -- texts -------------------------------------------------------------------------------

    def _show_notice(self) -> None:
        snapshot = self.snapshot
        text = ""
        if snapshot is not None:
            conference = snapshot.conference
            if conference.anonymised:
                text = self.tr(
                    "Anonymisierte Fallbesprechung unter der Kennung {label}: Es werden keine "
                    "personenbezogenen Daten weitergegeben, darum ist keine Einwilligung nötig. "
                    "Einladungen, Tagesordnungen und Protokoll nennen keine Namen."
                ).format(label=conference.case_label)
            elif not conference.participant_actor_ids:
                text = self.tr(
                    "Noch keine Stelle eingeladen. Teilnehmende legen Sie unter „Ändern …“ fest."
                )
            elif not snapshot.topics:
                text = self.tr(
                    "Noch keine Themen auf der Tagesordnung: Ohne Themen wird nichts weitergegeben."
                )
            elif snapshot.gate.fully_permitted:
                text = self.tr("Alle eingeladenen Stellen dürfen alle Themen sehen.")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_reasons(self) -> None:
        snapshot, actor = self.snapshot, self.selected_actor()
        self.sentences = []
        if snapshot is None or actor is None:
            self.reasons_title.clear()
            self.reasons.clear()
            return
        self.reasons_title.setText(self.tr("Freigabe für {actor}").format(actor=actor.name))
        if snapshot.conference.anonymised:
            self.reasons.setText(
                escape(self.tr("Keine Einwilligung nötig: Es fallen keine Namen."))
            )
            return
        problems = snapshot.gate.problems(actor.id)
        if not problems:
            self.reasons.setText(
                escape(self.tr("{actor} darf alle Themen sehen.").format(actor=actor.name))
            )
            return
        self.sentences = group_problems(problems, snapshot.detail)
        blocked = snapshot.gate.blocked_topics(actor.id)
        numbers = {t.id: n for n, t in enumerate(snapshot.topics, start=1)}
        topics = ", ".join(
            self.tr("TOP {number} ({title})").format(number=numbers[t.id], title=t.title)
            for t in blocked
        )
        parts = []
        if shut_out(snapshot, actor.id):
            parts.append(
                "<b>"
                + escape(
                    self.tr(
                        "{actor} darf kein Thema sehen und erhält weder Einladung noch "
                        "Tagesordnung."
                    ).format(actor=actor.name)
                )
                + "</b>"
            )
        parts.append(escape(self.tr("Gesperrt: {topics}").format(topics=topics)))
        items = "".join(f"<li>{escape(sentence)}</li>" for sentence in self.sentences)
        self.reasons.setText("<br>".join(parts) + f"<ul style='margin-left:-20px'>{items}</ul>")
        self.reasons.setAccessibleDescription("\n".join(self.sentences))

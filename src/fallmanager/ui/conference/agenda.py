"""Tagesordnung: the topics of one conference in their order, with the data they touch, the
persons they are about and who leads them. Topics are added, changed, moved and removed
while the conference is not cancelled; each edit is one undo command."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from fallmanager.domain.case_conference import ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.services.case_conference import move_topic, remove_topic
from fallmanager.services.history import Change
from fallmanager.ui.conference.models import CATEGORIES, NUMBER, TITLE, TopicTableModel
from fallmanager.ui.conference.panel_base import ConferencePanel
from fallmanager.ui.conference.topic_dialog import TopicDialog
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import first_line
from fallmanager.ui.widgets.tables import make_table, selected_record


class AgendaPanel(ConferencePanel):
    """Tagesordnung of the shown conference."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The topic to select once the next snapshot shows it (added or moved).
        self.select_later: uuid.UUID | None = None
        self.model = TopicTableModel(self)
        self.table = make_table("topicTable")
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("topicToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        table = self.table
        self.add_action = self.make_action(
            self.toolbar, "addTopic", self.add_topic, Qt.Key.Key_Insert, table
        )
        self.edit_action = self.make_action(
            self.toolbar, "editTopic", self.edit_selected, Qt.Key.Key_Return, table
        )
        self.remove_action = self.make_action(
            self.toolbar,
            "removeTopic",
            self.remove_selected,
            QKeySequence.StandardKey.Delete,
            table,
        )
        self.toolbar.addSeparator()
        self.up_action = self.make_action(
            self.toolbar, "topicUp", lambda: self.move_topic(-1), None, table
        )
        self.down_action = self.make_action(
            self.toolbar, "topicDown", lambda: self.move_topic(+1), None, table
        )
        self.up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.up_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.down_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_button = self.toolbar.widgetForAction(self.add_action)
        self.edit_button = self.toolbar.widgetForAction(self.edit_action)
        self.remove_button = self.toolbar.widgetForAction(self.remove_action)
        self.up_button = self.toolbar.widgetForAction(self.up_action)
        self.down_button = self.toolbar.widgetForAction(self.down_action)
        self.hint = QLabel()
        self.hint.setObjectName("agendaHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate_ui()
        self._update_actions()

    def retranslate_ui(self) -> None:
        self.add_action.setText(self.tr("&Hinzufügen …"))
        self.edit_action.setText(self.tr("Ä&ndern …"))
        self.remove_action.setText(self.tr("&Entfernen …"))
        self.up_action.setText(self.tr("Nach &oben"))
        self.down_action.setText(self.tr("Nach &unten"))
        self.toolbar.setWindowTitle(self.tr("Tagesordnung bearbeiten"))
        self.table.setAccessibleName(self.tr("Tagesordnung"))
        self.hint.setText(
            self.tr(
                "Jede eingeladene Stelle sieht nur die Themen, für deren Daten die Familie "
                "eingewilligt hat. Prüfen Sie das unter „Einwilligungen prüfen“."
            )
        )
        self.model.retranslate()

    # -- state -------------------------------------------------------------------------------

    def show_conference(self, snapshot: ConferenceSnapshot | None, *, editable: bool) -> None:
        selected = self.selected_topic()
        changed = (
            snapshot is None
            or self.snapshot is None
            or snapshot.conference.id != self.snapshot.conference.id
        )
        self.snapshot = snapshot
        self.editable = editable and snapshot is not None
        self.model.show_conference(snapshot)
        wanted = self.select_later or (
            selected.id if selected is not None and not changed else None
        )
        if wanted is not None and self.model.row_of(wanted) >= 0:
            self.select(wanted)
            self.select_later = None
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(TITLE, min(max(self.table.columnWidth(TITLE), 200), 360))
        self.table.setColumnWidth(CATEGORIES, min(self.table.columnWidth(CATEGORIES), 260))
        self._update_actions()

    def selected_topic(self) -> ConferenceTopic | None:
        record = selected_record(self.table)
        return record if isinstance(record, ConferenceTopic) else None

    def select(self, topic_id: uuid.UUID) -> None:
        row = self.model.row_of(topic_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        topic = self.selected_topic()
        row = self.model.row_of(topic.id) if topic is not None else -1
        self.add_action.setEnabled(self.editable)
        self.edit_action.setEnabled(self.editable and topic is not None)
        self.remove_action.setEnabled(self.editable and topic is not None)
        self.up_action.setEnabled(self.editable and row > 0)
        self.down_action.setEnabled(self.editable and 0 <= row < self.model.rowCount() - 1)

    # -- actions -----------------------------------------------------------------------------

    def add_topic(self) -> TopicDialog | None:
        if self.snapshot is None or not self.editable:
            return None
        dialog = TopicDialog(self.context, self.snapshot, parent=self)
        dialog.saved.connect(self._created)
        return self.open_dialog(dialog)

    def _created(self, change: Change) -> None:
        topic = change.after[0]
        assert isinstance(topic, ConferenceTopic)  # noqa: S101 - save_topic's record
        self.push(
            self.tr("Thema „{title}“ hinzufügen").format(title=first_line(topic.title, 60)),
            change,
        )
        self.select_later = topic.id

    def edit_selected(self) -> TopicDialog | None:
        topic = self.selected_topic()
        if self.snapshot is None or topic is None or not self.editable:
            return None
        dialog = TopicDialog(self.context, self.snapshot, topic, parent=self)
        text = self.tr("Thema „{title}“ ändern").format(title=first_line(topic.title, 60))
        dialog.saved.connect(lambda change: self.push(text, change))
        return self.open_dialog(dialog)

    def remove_selected(self) -> QMessageBox | None:
        topic = self.selected_topic()
        if self.snapshot is None or topic is None or not self.editable:
            return None
        title = first_line(topic.title, 60)
        question = self.tr("Thema „{title}“ von der Tagesordnung nehmen?").format(title=title)
        steps = len(self.snapshot.steps_of(topic.id))
        if topic.result.strip() or steps:
            question += "\n" + self.tr(
                "Auch das Ergebnis und %n vereinbarte(r) Schritt(e) dazu werden entfernt.",
                "",
                steps,
            )
        topic_id = topic.id
        return self.ask(
            self.tr("Thema entfernen"),
            question,
            self.tr("Entfernen"),
            lambda: self.run_change(
                lambda ctx: remove_topic(ctx.uow(), topic_id=topic_id),
                self.tr("Thema „{title}“ entfernen").format(title=title),
            ),
        )

    def move_topic(self, offset: int) -> None:
        topic = self.selected_topic()
        if topic is None or not self.editable:
            return
        topic_id = topic.id
        self.select_later = topic_id
        text = (
            self.tr("Thema „{title}“ nach oben")
            if offset < 0
            else self.tr("Thema „{title}“ nach unten")
        ).format(title=first_line(topic.title, 60))
        self.run_change(lambda ctx: move_topic(ctx.uow(), topic_id=topic_id, offset=offset), text)

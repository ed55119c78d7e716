"""Protokoll: per topic the result and the agreed next steps (who does what by when), with
their translation into the family's language, and taking steps into the help plan.

The minutes are written once the conference is marked as held. A result is saved with
"Ergebnis speichern" (or when another topic is chosen); each save, each step and taking
steps over is one undo command — undoing the latter removes the activities, the tasks and
a Fortschreibung begun for them again.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.case_conference import AgreedStep, ConferenceStatus, ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.help_plan import VersionStatus
from fallmanager.domain.help_plan_view import plan_versions
from fallmanager.services.case_conference import (
    remove_step,
    save_topic,
    set_minutes_translation,
    take_steps_into_help_plan,
)
from fallmanager.services.history import Change
from fallmanager.ui.conference import HELP_PLAN_KINDS
from fallmanager.ui.conference.conference_dialog import anonymised_name_message
from fallmanager.ui.conference.conference_format import language_of_plan
from fallmanager.ui.conference.models import (
    MINUTES_TITLE,
    STEP_WHAT,
    MinutesTopicModel,
    StepTableModel,
)
from fallmanager.ui.conference.panel_base import ConferencePanel
from fallmanager.ui.conference.step_dialog import StepDialog, own_translation
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.family_file.work_common import first_line
from fallmanager.ui.help_plan.plan_format import language_combo, language_name
from fallmanager.ui.ops import OpContext
from fallmanager.ui.texts import error_text
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import RECORD_ROLE, make_table, selected_record

_NOTICE_STYLE = (
    "QLabel#minutesNotice { background: #fff6d6; border: 1px solid #e0c96b; border-radius: 3px;"
    " padding: 4px 8px; color: #3d3000; }"
)


class MinutesPanel(ConferencePanel):
    """Protokoll of the shown conference."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._conference_id: uuid.UUID | None = None
        self._topic_id: uuid.UUID | None = None
        self._loaded: tuple[str, str, bool] = ("", "", False)  # result, translation, reviewed
        self.select_step_later: uuid.UUID | None = None

        self.language_label = QLabel()
        self.language = language_combo("minutesLanguage")
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.notice = QLabel()
        self.notice.setObjectName("minutesNotice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet(_NOTICE_STYLE)
        self.notice.hide()

        self.topic_model = MinutesTopicModel(self)
        self.topics = make_table("minutesTopics")
        self.topics.setModel(self.topic_model)
        self.topics.selectionModel().selectionChanged.connect(self._topic_changed)
        header = self.topics.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINUTES_TITLE, QHeaderView.ResizeMode.Stretch)

        self.topic_heading = QLabel()
        self.topic_heading.setObjectName("minutesTopicHeading")
        self.topic_heading.setWordWrap(True)
        font = self.topic_heading.font()
        font.setBold(True)
        self.topic_heading.setFont(font)
        self.result_label = QLabel()
        self.result = QPlainTextEdit()
        self.result.setObjectName("topicResult")
        self.result.setTabChangesFocus(True)
        self.result_label.setBuddy(self.result)
        self.result_error = QLabel()
        self.result_error.setObjectName("error_result")
        self.result_error.setWordWrap(True)
        self.result_error.setStyleSheet("color: #b00020;")
        self.result_error.hide()
        self.translation_label = QLabel()
        self.translation = QPlainTextEdit()
        self.translation.setObjectName("topicResultTranslation")
        self.translation.setTabChangesFocus(True)
        self.translation_label.setBuddy(self.translation)
        self.reviewed = QCheckBox()
        self.reviewed.setObjectName("topicResultReviewed")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveResultButton")
        self.save_button.clicked.connect(lambda _checked=False: self.save_result())
        for editor in (self.result, self.translation):
            editor.textChanged.connect(self._update_actions)
        self.reviewed.toggled.connect(lambda _on: self._update_actions())

        self.steps_label = QLabel()
        self.step_model = StepTableModel(self)
        self.steps = make_table("stepTable")
        self.steps.setModel(self.step_model)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.steps.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.steps.doubleClicked.connect(lambda _index: self.edit_step())
        self.steps.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_actions())
        self.steps_label.setBuddy(self.steps)
        self.steps.horizontalHeader().setStretchLastSection(False)
        self.steps.horizontalHeader().setSectionResizeMode(
            STEP_WHAT, QHeaderView.ResizeMode.Stretch
        )
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("stepToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self.make_action(
            self.toolbar, "addStep", self.add_step, Qt.Key.Key_Insert, self.steps
        )
        self.edit_action = self.make_action(
            self.toolbar, "editStep", self.edit_step, Qt.Key.Key_Return, self.steps
        )
        self.remove_action = self.make_action(
            self.toolbar,
            "removeStep",
            self.remove_step,
            QKeySequence.StandardKey.Delete,
            self.steps,
        )
        self.add_button = self.toolbar.widgetForAction(self.add_action)
        self.edit_button = self.toolbar.widgetForAction(self.edit_action)
        self.remove_button = self.toolbar.widgetForAction(self.remove_action)
        self.take_button = QPushButton()
        self.take_button.setObjectName("takeStepsButton")
        self.take_button.clicked.connect(lambda _checked=False: self.take_into_help_plan())

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        # The result and its translation side by side: the translator sees both at once.
        editors = QHBoxLayout()
        result_column = QVBoxLayout()
        result_column.addWidget(self.result_label)
        result_column.addWidget(self.result, 1)
        result_column.addWidget(self.result_error)
        translation_column = QVBoxLayout()
        translation_column.addWidget(self.translation_label)
        translation_column.addWidget(self.translation, 1)
        editors.addLayout(result_column, 1)
        editors.addLayout(translation_column, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.reviewed)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        take_row = QHBoxLayout()
        take_row.addStretch(1)
        take_row.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.topics)
        layout.addWidget(self.topic_heading)
        layout.addLayout(editors, 2)
        layout.addLayout(save_row)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.steps, 2)
        layout.addLayout(take_row)
        self.retranslate_ui()
        self._show_language()
        self._update_actions()

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("Sprache der Fam&ilie:"))
        self.language.setItemText(0, language_name(""))
        self.language.setToolTip(
            self.tr("Ergebnisse und Schritte können für das Ergebnisblatt übersetzt werden.")
        )
        self.result_label.setText(self.tr("Ergebni&s:"))
        self.result.setPlaceholderText(
            self.tr("Was wurde zu diesem Thema besprochen und vereinbart?")
        )
        self.reviewed.setText(self.tr("Übersetzung von Fachübersetzung geprüft"))
        self.save_button.setText(self.tr("Ergebnis spei&chern"))
        self.steps_label.setText(self.tr("Vereinbarte Sc&hritte:"))
        self.add_action.setText(self.tr("&Hinzufügen …"))
        self.edit_action.setText(self.tr("Ä&ndern …"))
        self.remove_action.setText(self.tr("&Entfernen …"))
        self.toolbar.setWindowTitle(self.tr("Schritte bearbeiten"))
        self.take_button.setText(self.tr("In den Hilfeplan üb&ernehmen …"))
        self.take_button.setToolTip(
            self.tr(
                "Die ausgewählten Schritte (ohne Auswahl: alle noch nicht übernommenen) werden "
                "Aktivitäten des Hilfeplans und Aufgaben."
            )
        )
        self.topics.setAccessibleName(self.tr("Themen des Protokolls"))
        self.steps.setAccessibleName(self.tr("Vereinbarte Schritte"))
        self.topic_model.retranslate()
        self.step_model.retranslate()
        self._show_language()
        self._show_notice()

    # -- state -------------------------------------------------------------------------------

    @property
    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def show_conference(self, snapshot: ConferenceSnapshot | None, *, editable: bool) -> None:
        new_conference = snapshot is None or snapshot.conference.id != self._conference_id
        self.snapshot = snapshot
        self.editable = (
            editable
            and snapshot is not None
            and snapshot.conference.status is ConferenceStatus.HELD
        )
        if new_conference:
            self._conference_id = snapshot.conference.id if snapshot is not None else None
            self._topic_id = None
            self._loaded = ("", "", False)
            if snapshot is not None:
                self.language.blockSignals(True)
                language = language_of_plan(snapshot.detail)
                self.language.setCurrentIndex(max(0, self.language.findData(language)))
                self.language.blockSignals(False)
        self.topic_model.show_conference(snapshot)
        self._fit_topics()
        wanted = self._topic_id
        if snapshot is not None and (wanted is None or self.topic_model.row_of(wanted) < 0):
            wanted = snapshot.topics[0].id if snapshot.topics else None
        self.topics.blockSignals(True)
        self.topics.selectionModel().blockSignals(True)
        self.topics.clearSelection()
        if wanted is not None:
            self.topics.selectRow(self.topic_model.row_of(wanted))
        self.topics.selectionModel().blockSignals(False)
        self.topics.blockSignals(False)
        self._show_topic(wanted, keep_edits=not new_conference and wanted == self._topic_id)
        self._show_notice()
        self._show_language()

    def _fit_topics(self) -> None:
        """As tall as the agenda (two to five topics); longer agendas scroll."""
        rows = min(max(self.topic_model.rowCount(), 2), 5)
        height = self.topics.horizontalHeader().sizeHint().height()
        height += rows * self.topics.verticalHeader().defaultSectionSize()
        self.topics.setFixedHeight(height + 2 * self.topics.frameWidth())

    def current_topic(self) -> ConferenceTopic | None:
        if self.snapshot is None or self._topic_id is None:
            return None
        return next((t for t in self.snapshot.topics if t.id == self._topic_id), None)

    def select_topic(self, topic_id: uuid.UUID) -> None:
        row = self.topic_model.row_of(topic_id)
        if row < 0:
            raise KeyError(topic_id)
        self.topics.selectRow(row)

    def _topic_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        record = selected_record(self.topics)
        topic_id = record.id if isinstance(record, ConferenceTopic) else None
        if topic_id == self._topic_id:
            return
        if self.is_dirty():
            self.save_result()  # what was written is kept when another topic is chosen
        self._show_topic(topic_id, keep_edits=False)

    def is_dirty(self) -> bool:
        if self.current_topic() is None or not self.editable:
            return False
        return self._edited() != self._loaded

    def _edited(self) -> tuple[str, str, bool]:
        language = self.chosen_language
        return (
            self.result.toPlainText().strip(),
            self.translation.toPlainText().strip() if language else self._loaded[1],
            self.reviewed.isChecked() if language else self._loaded[2],
        )

    def _show_topic(self, topic_id: uuid.UUID | None, *, keep_edits: bool) -> None:
        snapshot = self.snapshot
        self._topic_id = topic_id
        topic = self.current_topic()
        self.result_error.hide()
        if snapshot is None or topic is None:
            self.topic_heading.clear()
            self._set_editors("", "", False)
            self._loaded = ("", "", False)
            self.step_model.show_steps(snapshot, None)
            self._update_actions()
            return
        number = self.topic_model.row_of(topic.id) + 1
        self.topic_heading.setText(
            self.tr("TOP {number}: {title}").format(number=number, title=topic.title)
        )
        loaded = self._stored(topic)
        dirty = keep_edits and self._edited() != self._loaded
        self._loaded = loaded
        if not dirty:  # a reload never overwrites what is being written
            self._set_editors(*loaded)
        self.step_model.show_steps(snapshot, topic.id)
        self.steps.resizeColumnsToContents()
        for column in range(self.step_model.columnCount()):
            if column != STEP_WHAT:
                self.steps.setColumnWidth(column, min(self.steps.columnWidth(column), 200))
        if self.select_step_later is not None:
            row = self.step_model.row_of(self.select_step_later)
            if row >= 0:
                self.steps.selectRow(row)
                self.select_step_later = None
        self._update_actions()

    def _stored(self, topic: ConferenceTopic) -> tuple[str, str, bool]:
        language = self.chosen_language
        own = own_translation(self.snapshot, topic.id, language) if self.snapshot else None
        return (
            topic.result.strip(),
            own.wording if own is not None else "",
            own is not None and not own.needs_review,
        )

    def _set_editors(self, result: str, translation: str, reviewed: bool) -> None:
        for editor, text in ((self.result, result), (self.translation, translation)):
            if editor.toPlainText() != text:
                editor.blockSignals(True)
                editor.setPlainText(text)
                editor.blockSignals(False)
        self.reviewed.blockSignals(True)
        self.reviewed.setChecked(reviewed)
        self.reviewed.blockSignals(False)

    def _language_changed(self) -> None:
        topic = self.current_topic()
        if topic is not None:
            result = self.result.toPlainText()
            self._loaded = (self._loaded[0], *self._stored(topic)[1:])
            self._set_editors(result, self._loaded[1], self._loaded[2])
        self._show_language()
        self._update_actions()

    def _show_language(self) -> None:
        language = self.chosen_language
        shown = bool(language)
        for widget in (self.translation_label, self.translation, self.reviewed):
            widget.setVisible(shown)
        if shown:
            self.translation_label.setText(
                self.tr("&Übersetzung ({language}):").format(language=language_name(language))
            )

    def _show_notice(self) -> None:
        snapshot = self.snapshot
        text = ""
        if snapshot is not None:
            status = snapshot.conference.status
            if status is ConferenceStatus.PLANNED:
                text = self.tr(
                    "Das Protokoll wird nach der Konferenz geschrieben: Markieren Sie die "
                    "Konferenz dazu als durchgeführt."
                )
            elif status is ConferenceStatus.CANCELLED:
                text = self.tr("Die Konferenz wurde abgesagt; es gibt kein Protokoll.")
            elif not snapshot.topics:
                text = self.tr("Die Tagesordnung hat keine Themen.")
            elif not snapshot.detail.family.is_open:
                text = self.tr(
                    "Die Familienakte ist abgeschlossen; das Protokoll bleibt unverändert."
                )
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _update_actions(self) -> None:
        topic = self.current_topic()
        editable = self.editable and topic is not None
        for editor in (self.result, self.translation):
            editor.setReadOnly(not editable)
        self.reviewed.setEnabled(editable)
        self.save_button.setEnabled(editable and self.is_dirty())
        selected = self.selected_steps()
        self.add_action.setEnabled(editable)
        self.edit_action.setEnabled(editable and len(selected) == 1)
        self.remove_action.setEnabled(editable and bool(selected))
        self.take_button.setEnabled(self.editable and bool(self.steps_to_take()))

    # -- the result --------------------------------------------------------------------------

    def save_result(self) -> None:
        """Save the result (and its translation) of the shown topic, as one undo step."""
        topic = self.current_topic()
        if topic is None or not self.editable or not self.is_dirty():
            return
        result, translation, reviewed = self._edited()
        language = self.chosen_language
        translate = bool(language) and (translation, reviewed) != self._loaded[1:]
        result_changed = result != self._loaded[0]
        changed = replace(topic, result=result)

        def save(ctx: OpContext) -> Change:
            change = Change((), ())
            if result_changed:
                change = save_topic(ctx.uow(), topic=changed)
            if translate:
                change = change + set_minutes_translation(
                    ctx.uow(),
                    owner_id=topic.id,
                    language=language,
                    wording=translation,
                    needs_review=not reviewed,
                )
            return change

        self._loaded = (result, translation, reviewed)  # saved: no second save on reload
        self.result_error.hide()
        text = self.tr("Ergebnis zu „{title}“ speichern").format(title=first_line(topic.title, 60))
        self.run_change(save, text, failed=lambda exc: self._result_failed(topic, exc))
        self._update_actions()

    def _result_failed(self, topic: ConferenceTopic, exc: BaseException) -> bool | None:
        self._loaded = self._stored(topic)
        self._update_actions()
        if not isinstance(exc, DomainError):
            return False
        if exc.code is ErrorCode.NAME_IN_ANONYMISED and self.snapshot is not None:
            message = anonymised_name_message(
                self.snapshot.detail, exc, self.snapshot.conference.held_on
            )
        else:
            message = error_text(exc)
        self.result_error.setText(message or error_text(exc))
        self.result_error.show()
        self.result.setFocus()
        return None

    # -- steps -------------------------------------------------------------------------------

    def selected_steps(self) -> list[AgreedStep]:
        rows = self.steps.selectionModel().selectedRows() if self.steps.selectionModel() else []
        found = [index.data(RECORD_ROLE) for index in rows]
        return [s for s in found if isinstance(s, AgreedStep)]

    def select_steps(self, step_ids: list[uuid.UUID]) -> None:
        selection = self.steps.selectionModel()
        selection.clearSelection()
        for step_id in step_ids:
            row = self.step_model.row_of(step_id)
            if row >= 0:
                selection.select(
                    self.step_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def add_step(self) -> StepDialog | None:
        topic = self.current_topic()
        if self.snapshot is None or topic is None or not self.editable:
            return None
        dialog = StepDialog(
            self.context, self.snapshot, topic, language=self.chosen_language, parent=self
        )
        dialog.saved.connect(self._step_added)
        return self.open_dialog(dialog)

    def _step_added(self, change: Change) -> None:
        step = next(e for e in change.after if isinstance(e, AgreedStep))
        self.select_step_later = step.id
        self.push(
            self.tr("Schritt „{wording}“ vereinbaren").format(wording=first_line(step.wording, 60)),
            change,
        )

    def edit_step(self) -> StepDialog | None:
        topic = self.current_topic()
        selected = self.selected_steps()
        if self.snapshot is None or topic is None or len(selected) != 1 or not self.editable:
            return None
        step = selected[0]
        dialog = StepDialog(
            self.context, self.snapshot, topic, step, language=self.chosen_language, parent=self
        )
        text = self.tr("Schritt „{wording}“ ändern").format(wording=first_line(step.wording, 60))
        dialog.saved.connect(lambda change: self.push(text, change))
        return self.open_dialog(dialog)

    def remove_step(self) -> QMessageBox | None:
        selected = self.selected_steps()
        if not selected or not self.editable:
            return None
        taken = sum(1 for s in selected if s.taken_into_help_plan)
        if len(selected) == 1:
            question = self.tr("Schritt „{wording}“ entfernen?").format(
                wording=first_line(selected[0].wording, 60)
            )
        else:
            question = self.tr("%n Schritte entfernen?", "", len(selected))
        if taken:
            question += "\n" + self.tr(
                "Was daraus im Hilfeplan und bei den Aufgaben entstanden ist, bleibt dort."
            )
        ids = [s.id for s in selected]
        text = (
            self.tr("Schritt „{wording}“ entfernen").format(
                wording=first_line(selected[0].wording, 60)
            )
            if len(selected) == 1
            else self.tr("%n Schritte entfernen", "", len(selected))
        )

        def remove(ctx: OpContext) -> Change:
            change = Change((), ())
            for step_id in ids:
                change = change + remove_step(ctx.uow(), step_id=step_id)
            return change

        return self.ask(
            self.tr("Schritt entfernen"),
            question,
            self.tr("Entfernen"),
            lambda: self.run_change(remove, text),
        )

    # -- into the help plan ------------------------------------------------------------------

    def steps_to_take(self) -> list[AgreedStep]:
        """The selected steps not yet taken over; without a selection all of the conference."""
        if self.snapshot is None:
            return []
        chosen = self.selected_steps() or list(self.snapshot.steps)
        return [s for s in chosen if not s.taken_into_help_plan]

    def _without_goal(self, steps: list[AgreedStep]) -> list[AgreedStep]:
        if self.snapshot is None:
            return steps
        topics = {t.id: t for t in self.snapshot.topics}
        return [
            s
            for s in steps
            if s.outcome_goal_id is None
            and not (s.topic_id in topics and topics[s.topic_id].goal_ids)
        ]

    def take_into_help_plan(self) -> QMessageBox | None:
        """Ask, then turn the chosen steps into activities of the help plan and tasks."""
        snapshot = self.snapshot
        steps = self.steps_to_take()
        if snapshot is None or not steps or not self.editable:
            return None
        versions = plan_versions(snapshot.detail)
        missing = self._without_goal(steps)
        if not versions or missing:
            if not versions:
                message = self.tr(
                    "Die Familie hat noch keinen Hilfeplan. Beginnen Sie ihn auf dem Reiter "
                    "„Hilfeplan“; dann können Schritte als Aktivitäten übernommen werden."
                )
            else:
                names = "\n".join(f"• {first_line(s.wording, 80)}" for s in missing)
                message = (
                    self.tr(
                        "Für %n Schritt(e) ist kein Ergebnisziel gewählt, unter das die "
                        "Aktivität gehört:",
                        "",
                        len(missing),
                    )
                    + "\n"
                    + names
                    + "\n"
                    + self.tr("Bitte im Schritt ein Ergebnisziel wählen.")
                )
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("In den Hilfeplan übernehmen"),
                message,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("takeStepsNotPossible")
            return self.open_dialog(box)
        count = len(steps)
        draft = next((v for v in versions if v.status is VersionStatus.DRAFT), None)
        lines = [
            self.tr("%n vereinbarte(r) Schritt(e) werden übernommen:", "", count),
            self.tr("• %n Aktivität(en) im Hilfeplan", "", count),
            self.tr("• %n Aufgabe(n)", "", count),
        ]
        if draft is not None:
            lines.append(
                self.tr("Die Aktivitäten kommen in den Entwurf (Version {number}).").format(
                    number=draft.number
                )
            )
        else:
            lines.append(
                self.tr(
                    "Dafür wird eine Fortschreibung des Hilfeplans (Version {number}) begonnen."
                ).format(number=versions[-1].number + 1)
            )
        ids = [s.id for s in steps]
        conference = snapshot.conference
        today = self.context.today()
        family_label = self.tr("Familie")
        note = self.tr("Aus der Fallkonferenz vom {date}").format(
            date=format_date(conference.held_on)
        )
        text = self.tr("%n Schritt(e) in den Hilfeplan übernehmen", "", count)
        return self.ask(
            self.tr("In den Hilfeplan übernehmen"),
            "\n".join(lines),
            self.tr("Übernehmen"),
            lambda: self.run_change(
                lambda ctx: take_steps_into_help_plan(
                    ctx.uow(),
                    conference_id=conference.id,
                    step_ids=ids,
                    today=today,
                    family_label=family_label,
                    task_note=note,
                ),
                text,
                HELP_PLAN_KINDS,
            ),
        )

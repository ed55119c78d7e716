"""Genogramm: the family's constellation as a diagram that can be edited, exported and printed.

The tab asks the database worker for the family's genogram data and its layout (both pure
and fast) whenever the family file shows a new snapshot, and rebuilds the scene, keeping zoom
and scroll position. Every edit goes through a service on the worker and is pushed to the
family file's undo stack as one command after it succeeded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.entity import Entity
from fallmanager.domain.family import FamilyMembership
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.genogram import layout as auto_layout
from fallmanager.domain.genogram.input import FamilyGenogram
from fallmanager.domain.genogram.model import GenogramInput, GenogramLayout
from fallmanager.domain.genogram_records import EmotionalRelationKind, GenogramNudge
from fallmanager.domain.people import Person
from fallmanager.domain.relationships import ParentChildKind, PartnershipKind
from fallmanager.reports.genogram.painter import GenogramOptions
from fallmanager.reports.genogram.qpainter import paint_page
from fallmanager.services.genogram import (
    NudgeChange,
    RelativeKind,
    add_relative,
    genogram_of_detail,
    nudge_person,
    record_emotional_relation,
    record_twins,
    reset_layout,
    set_index_person,
)
from fallmanager.services.history import reinstate_records, revert_records, withdraw_records
from fallmanager.services.persons import SavedPerson
from fallmanager.ui.family_file.person_dialog import PersonDialog
from fallmanager.ui.family_file.person_format import person_name
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import (
    CreateRecordsCommand,
    EditPersonCommand,
    EditRecordsCommand,
    ServiceCommand,
)
from fallmanager.ui.genogram.export_dialog import GenogramExportDialog, document_info
from fallmanager.ui.genogram.scene import GenogramScene
from fallmanager.ui.genogram.texts import warnings_text
from fallmanager.ui.genogram.view import GenogramView
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label

#: At most this many layout warnings are spelled out above the diagram.
MAX_WARNINGS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class RelativeRequest:
    """What the user chose in the context menu: who is added to whom, and how."""

    anchor_id: uuid.UUID
    relation: RelativeKind
    other_parent_id: uuid.UUID | None = None
    partnership_kind: PartnershipKind = PartnershipKind.MARRIAGE


class GenogramTab(FamilyFileTab):
    """Genogramm tab; ``genogram_loaded`` fires after every rebuild of the diagram."""

    genogram_loaded = Signal()

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.genogram: FamilyGenogram | None = None
        self.genogram_layout: GenogramLayout | None = None
        self.dialog: QDialog | None = None
        self.menu: QMenu | None = None
        self.confirm_box: QMessageBox | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self._stale = False
        self._loading = False
        self._load_again = False

        self.scene = GenogramScene(self)
        self.view = GenogramView(self.scene)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("genogramToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.zoom_in_action = self._action("genogramZoomIn", self.view.zoom_in)
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = self._action("genogramZoomOut", self.view.zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.fit_action = self._action("genogramFit", self.view.fit_to_window)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.toolbar.addSeparator()
        self.emotions_action = self._toggle("genogramEmotions", "emotions")
        self.badges_action = self._toggle("genogramBadges", "badges")
        self.household_action = self._toggle("genogramHousehold", "household")
        self.toolbar.addSeparator()
        self.reset_action = self._action("genogramResetLayout", self.reset_layout)
        self.export_action = self._action("genogramExport", self.export)
        self.print_action = self._action("genogramPrint", self.print_genogram)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.message = QLabel()
        self.message.setObjectName("genogramMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.message)

        self.notice = QLabel()
        self.notice.setObjectName("genogramWarnings")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(
            "QLabel { color: #6b4500; background: #fff6dd; border: 1px solid #ecd9a0;"
            " border-radius: 3px; padding: 3px 6px; }"
        )
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)

        self.scene.person_activated.connect(self.edit_person)
        self.scene.person_menu_requested.connect(self._show_menu)
        self.scene.persons_dropped.connect(self.save_positions)
        self.view.activate_requested.connect(self._activate_selected)
        self.view.menu_requested.connect(self._menu_for_selected)
        self.retranslate_ui()
        self._update_enabled()

    def _action(self, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _toggle(self, name: str, layer: str) -> QAction:
        """A toolbar switch for an optional layer, remembered in the settings."""
        action = QAction(self)
        action.setObjectName(name)
        action.setCheckable(True)
        action.setChecked(self.context.settings.genogram_shows(layer))
        action.toggled.connect(
            lambda checked: self.context.settings.set_genogram_shows(layer, checked)
        )
        action.toggled.connect(self._options_toggled)
        self.toolbar.addAction(action)
        return action

    # -- FamilyFileTab ------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Genogramm")

    def retranslate_ui(self) -> None:
        self.zoom_in_action.setText(self.tr("Vergrößern"))
        self.zoom_in_action.setToolTip(self.tr("Vergrößern (Strg++)"))
        self.zoom_out_action.setText(self.tr("Verkleinern"))
        self.zoom_out_action.setToolTip(self.tr("Verkleinern (Strg+-)"))
        self.fit_action.setText(self.tr("An Fenster anpassen"))
        self.emotions_action.setText(self.tr("Emotionale Beziehungen"))
        self.badges_action.setText(self.tr("Aufenthaltsstatus"))
        self.household_action.setText(self.tr("Haushalt"))
        self.reset_action.setText(self.tr("Layout zurücksetzen …"))
        self.export_action.setText(self.tr("Exportieren …"))
        self.print_action.setText(self.tr("Drucken …"))
        self.toolbar.setAccessibleName(self.tr("Werkzeuge des Genogramms"))
        self.view.setAccessibleName(self.tr("Genogramm der Familie"))
        self.view.setAccessibleDescription(
            self.tr(
                "Doppelklick oder Eingabetaste bearbeitet eine Person, das Kontextmenü fügt "
                "Angehörige hinzu. Personen lassen sich mit der Maus verschieben."
            )
        )
        self.notice.setAccessibleName(self.tr("Hinweise zum Genogramm"))
        self._show_warnings()

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        if self.isVisible():
            self._load()
        else:
            self._stale = True  # loaded when shown: one database worker, no work for nothing

    def clear(self) -> None:
        super().clear()
        self._stale = False
        self._load_again = False
        self.genogram = None
        self.genogram_layout = None
        self.scene.clear_all()
        self.notice.clear()
        self.notice.hide()
        self.message.clear()
        if self.menu is not None:
            self.menu.close()
        self._update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.detail is not None:
            self._load()

    # -- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        self._stale = False
        detail = self.detail
        if detail is None:  # locked meanwhile
            return
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        on = self.context.today()

        def work(ctx: OpContext) -> tuple[FamilyGenogram, GenogramLayout]:
            # The family file view read the snapshot already; only outside relations are new.
            genogram = genogram_of_detail(ctx.uow(), detail=detail, on=on)
            return genogram, auto_layout.layout_genogram(genogram.input)

        def failed(_exc: BaseException) -> bool:
            self._loading = False
            return False

        run_op(self, self.context.session, work).success(self._loaded).failure(failed)

    def _loaded(self, result: tuple[FamilyGenogram, GenogramLayout]) -> None:
        self._loading = False
        if self._load_again:
            self._load_again = False
            self._load()
        if self.detail is None:
            return  # locked meanwhile
        genogram, layout = result
        first = self.genogram_layout is None
        centre, selected = self.view.centre(), self.scene.selected_person_ids()
        self.genogram, self.genogram_layout = genogram, layout
        self.scene.set_layout(layout, self.options())
        for person_id in selected:
            item = self.scene.person_items.get(person_id)
            if item is not None:
                item.setSelected(True)
        if first:
            self.view.fit_to_window()
        else:
            self.view.centerOn(centre)
        self._show_warnings()
        self._update_enabled()
        self.genogram_loaded.emit()

    def options(self, **overrides: Any) -> GenogramOptions:
        values: dict[str, Any] = {
            "show_emotions": self.emotions_action.isChecked(),
            "show_badges": self.badges_action.isChecked(),
            "show_household": self.household_action.isChecked(),
        }
        values.update(overrides)
        return GenogramOptions(**values)

    def _options_toggled(self, _checked: bool) -> None:
        self.scene.set_options(self.options())

    def _show_warnings(self) -> None:
        if self.genogram is None or self.genogram_layout is None:
            self.notice.hide()
            return
        texts = warnings_text(self.genogram_layout.warnings, self.genogram.input)
        if not texts:
            self.notice.clear()
            self.notice.hide()
            return
        shown = texts[:MAX_WARNINGS_SHOWN]
        rest = len(texts) - len(shown)
        if rest:
            shown.append(self.tr("… und %n weitere Hinweise.", "", rest))
        self.notice.setText("\n".join(shown))
        self.notice.setToolTip("\n".join(texts))
        self.notice.show()

    def _update_enabled(self) -> None:
        has = self.genogram_layout is not None and bool(self.genogram_layout.persons)
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.export_action,
            self.print_action,
        ):
            action.setEnabled(has)
        self.reset_action.setEnabled(self.genogram is not None and bool(self.genogram.input.nudges))

    # -- relations in the drawn data ----------------------------------------------------

    def _input(self) -> GenogramInput | None:
        return self.genogram.input if self.genogram is not None else None

    def _name(self, person_id: uuid.UUID) -> str:
        data = self._input()
        person = data.person(person_id) if data is not None else None
        return person.display_name if person is not None and person.display_name else "?"

    @staticmethod
    def parents_of(data: GenogramInput, person_id: uuid.UUID) -> list[uuid.UUID]:
        return [link.parent_id for link in data.parent_links if link.child_id == person_id]

    @staticmethod
    def partners_of(data: GenogramInput, person_id: uuid.UUID) -> list[uuid.UUID]:
        partners: list[uuid.UUID] = []
        for p in data.partnerships:
            if person_id in (p.person_a_id, p.person_b_id):
                other = p.person_b_id if p.person_a_id == person_id else p.person_a_id
                if data.person(other) is not None and other not in partners:
                    partners.append(other)
        return partners

    @classmethod
    def siblings_of(cls, data: GenogramInput, person_id: uuid.UUID) -> list[uuid.UUID]:
        parents = {
            link.parent_id
            for link in data.parent_links
            if link.child_id == person_id and link.kind is not ParentChildKind.STEP
        }
        siblings: list[uuid.UUID] = []
        for link in data.parent_links:
            if (
                link.parent_id in parents
                and link.child_id != person_id
                and link.kind is not ParentChildKind.STEP
                and link.child_id not in siblings
                and data.person(link.child_id) is not None
            ):
                siblings.append(link.child_id)
        return siblings

    # -- the person's context menu ------------------------------------------------------

    def person_menu(self, person_id: uuid.UUID) -> QMenu:
        """The context menu of one person (also what the tests trigger)."""
        if self.menu is not None:
            self.menu.deleteLater()
        menu = QMenu(self)
        menu.setObjectName("genogramPersonMenu")
        self.menu = menu
        data = self._input()
        if data is None or data.person(person_id) is None:
            return menu
        is_open = self.genogram is not None and self.genogram.family_open
        name = self._name(person_id)
        menu.setTitle(name)
        menu.setAccessibleName(self.tr("Aktionen für {name}").format(name=name))

        edit = menu.addAction(self.tr("Person bearbeiten …"))
        edit.setObjectName("genogramEditPerson")
        edit.triggered.connect(partial(self.edit_person, person_id))
        menu.addSeparator()

        partner_menu = menu.addMenu(self.tr("Partner/in hinzufügen"))
        partner_menu.setObjectName("genogramAddPartnerMenu")
        partner_menu.setEnabled(is_open)
        for kind, text in (
            (PartnershipKind.MARRIAGE, self.tr("Ehe …")),
            (PartnershipKind.UNMARRIED, self.tr("Partnerschaft …")),
        ):
            action = partner_menu.addAction(text)
            action.setObjectName(f"genogramAddPartner_{kind.value}")
            action.triggered.connect(
                partial(
                    self.add_relative,
                    RelativeRequest(person_id, RelativeKind.PARTNER, partnership_kind=kind),
                )
            )

        child_menu = menu.addMenu(self.tr("Kind hinzufügen"))
        child_menu.setObjectName("genogramAddChildMenu")
        child_menu.setEnabled(is_open)
        for partner_id in self.partners_of(data, person_id):
            action = child_menu.addAction(
                self.tr("mit {name} …").format(name=self._name(partner_id))
            )
            action.setObjectName("genogramAddChildWithPartner")
            action.setData(str(partner_id))
            action.triggered.connect(
                partial(
                    self.add_relative,
                    RelativeRequest(person_id, RelativeKind.CHILD, other_parent_id=partner_id),
                )
            )
        alone = child_menu.addAction(self.tr("ohne zweiten Elternteil …"))
        alone.setObjectName("genogramAddChildAlone")
        alone.triggered.connect(
            partial(self.add_relative, RelativeRequest(person_id, RelativeKind.CHILD))
        )

        biological = [
            link
            for link in data.parent_links
            if link.child_id == person_id and link.kind is ParentChildKind.BIOLOGICAL
        ]
        parent_action = menu.addAction(self.tr("Elternteil hinzufügen …"))
        parent_action.setObjectName("genogramAddParent")
        parent_action.setEnabled(is_open and len(biological) < 2)
        parent_action.triggered.connect(
            partial(self.add_relative, RelativeRequest(person_id, RelativeKind.PARENT))
        )
        sibling_action = menu.addAction(self.tr("Geschwister hinzufügen …"))
        sibling_action.setObjectName("genogramAddSibling")
        sibling_action.setEnabled(is_open and bool(self.parents_of(data, person_id)))
        sibling_action.triggered.connect(
            partial(self.add_relative, RelativeRequest(person_id, RelativeKind.SIBLING))
        )
        menu.addSeparator()

        index_action = menu.addAction(self.tr("Als Indexperson markieren"))
        index_action.setObjectName("genogramIndexPerson")
        index_action.setCheckable(True)
        is_index = data.index_person_id == person_id
        index_action.setChecked(is_index)
        index_action.triggered.connect(
            partial(self.set_index_person, None if is_index else person_id)
        )

        self._twin_menu(menu, data, person_id)
        self._emotion_menu(menu, data, person_id)

        if person_id in data.nudges:
            menu.addSeparator()
            reset = menu.addAction(self.tr("Position zurücksetzen"))
            reset.setObjectName("genogramResetPosition")
            reset.triggered.connect(partial(self.reset_position, person_id))
        return menu

    def _twin_menu(self, menu: QMenu, data: GenogramInput, person_id: uuid.UUID) -> None:
        twin_menu = menu.addMenu(self.tr("Zwilling von"))
        twin_menu.setObjectName("genogramTwinMenu")
        person = data.person(person_id)
        siblings = self.siblings_of(data, person_id)
        born = person.birth if person is not None else None
        # Siblings born on the same day first: most likely the twin meant.
        siblings.sort(
            key=lambda sid: (
                not (born is not None and getattr(data.person(sid), "birth", None) == born),
                self._name(sid),
            )
        )
        bonded = {
            other
            for group in data.twins
            if person_id in group.person_ids
            for other in group.person_ids
            if other != person_id
        }
        for sibling_id in siblings:
            sub = twin_menu.addMenu(self._name(sibling_id))
            sub.setEnabled(sibling_id not in bonded)
            for identical, text in (
                (True, self.tr("eineiig")),
                (False, self.tr("zweieiig")),
            ):
                action = sub.addAction(text)
                action.setObjectName("genogramTwinIdentical" if identical else "genogramTwin")
                action.setData(str(sibling_id))
                action.triggered.connect(
                    partial(self.record_twins, person_id, sibling_id, identical)
                )
        twin_menu.setEnabled(any(s not in bonded for s in siblings))

    def _emotion_menu(self, menu: QMenu, data: GenogramInput, person_id: uuid.UUID) -> None:
        emotion_menu = menu.addMenu(self.tr("Emotionale Beziehung zu"))
        emotion_menu.setObjectName("genogramEmotionMenu")
        related = {
            e.person_b_id if e.person_a_id == person_id else e.person_a_id
            for e in data.emotions
            if person_id in (e.person_a_id, e.person_b_id)
        }
        others = sorted(
            (p for p in data.persons if p.id != person_id), key=lambda p: p.display_name
        )
        for other in others:
            sub = emotion_menu.addMenu(other.display_name or "?")
            sub.setEnabled(other.id not in related)
            for kind in EmotionalRelationKind:
                action = sub.addAction(label(kind))
                action.setObjectName(f"genogramEmotion_{kind.value}")
                action.setData(str(other.id))
                action.triggered.connect(partial(self.record_emotion, person_id, other.id, kind))
        emotion_menu.setEnabled(bool(others))

    def _show_menu(self, person_id: uuid.UUID, screen_pos: QPoint) -> None:
        self.person_menu(person_id).popup(screen_pos)

    def _selected(self) -> uuid.UUID | None:
        ids = self.scene.selected_person_ids()
        return ids[0] if ids else None

    def _activate_selected(self) -> None:
        person_id = self._selected()
        if person_id is not None:
            self.edit_person(person_id)

    def _menu_for_selected(self) -> None:
        person_id = self._selected()
        item = self.scene.person_items.get(person_id) if person_id else None
        if person_id is None or item is None:
            return
        at = self.view.mapFromScene(item.scenePos())
        self._show_menu(person_id, self.view.viewport().mapToGlobal(at))

    # -- dialogs ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal; the previous one (closed by then) is released."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _changes(self, *kinds: str) -> Changes:
        return Changes.of(*kinds, family_id=self.context.family_id)

    def edit_person(self, person_id: uuid.UUID) -> None:
        """The same person editor as on the Personen tab."""
        person = self.detail.person(person_id) if self.detail is not None else None
        if person is None or self.detail is None:
            return
        dialog = PersonDialog(self.context, self.detail, person, self)
        dialog.person_updated.connect(self._person_updated)
        self._open(dialog)

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

    def add_relative(self, request: RelativeRequest) -> None:
        """Create a person with the person editor, then link them as the chosen relative."""
        if self.detail is None or self.genogram is None or not self.genogram.family_open:
            return
        anchor = self.detail.person(request.anchor_id)
        if anchor is None:
            return
        dialog = PersonDialog(self.context, self.detail, None, self)
        dialog.setObjectName("genogramRelativeDialog")
        if request.relation in (RelativeKind.CHILD, RelativeKind.SIBLING):
            dialog.family_name.setText(anchor.family_name)
        dialog.setWindowTitle(self._relative_title(request.relation, anchor))
        dialog.person_created.connect(partial(self._relative_created, request))
        dialog.existing_person_added.connect(partial(self._relative_taken, request))
        self._open(dialog)

    def _relative_title(self, relation: RelativeKind, anchor: Person) -> str:
        name = person_name(anchor)
        titles = {
            RelativeKind.PARTNER: self.tr("Partner/in von {name} hinzufügen"),
            RelativeKind.CHILD: self.tr("Kind von {name} hinzufügen"),
            RelativeKind.PARENT: self.tr("Elternteil von {name} hinzufügen"),
            RelativeKind.SIBLING: self.tr("Geschwister von {name} hinzufügen"),
        }
        return titles[relation].format(name=name)

    def _relative_undo_text(self, relation: RelativeKind, person: Person) -> str:
        name = person_name(person)
        texts = {
            RelativeKind.PARTNER: self.tr("Partner/in „{name}“ hinzufügen"),
            RelativeKind.CHILD: self.tr("Kind „{name}“ hinzufügen"),
            RelativeKind.PARENT: self.tr("Elternteil „{name}“ hinzufügen"),
            RelativeKind.SIBLING: self.tr("Geschwister „{name}“ hinzufügen"),
        }
        return texts[relation].format(name=name)

    def _relative_created(self, request: RelativeRequest, saved: SavedPerson) -> None:
        records: list[Entity] = [saved.person]
        if saved.membership is not None:
            records.append(saved.membership)
        self._link_relative(request, saved.person, records)

    def _relative_taken(
        self, request: RelativeRequest, person: Person, membership: FamilyMembership
    ) -> None:
        self._link_relative(request, person, [membership])

    def _link_relative(
        self, request: RelativeRequest, person: Person, records: Sequence[Entity]
    ) -> None:
        """Second step of adding a relative; one undo command covers both steps."""
        family_id = self.context.family_id
        session = self.context.session

        def link(ctx: OpContext) -> tuple[Entity, ...]:
            return add_relative(
                ctx.uow(),
                family_id=family_id,
                anchor_id=request.anchor_id,
                person_id=person.id,
                relation=request.relation,
                other_parent_id=request.other_parent_id,
                partnership_kind=request.partnership_kind,
            )

        def linked(links: tuple[Entity, ...]) -> None:
            self.context.push(
                CreateRecordsCommand(
                    session,
                    self._relative_undo_text(request.relation, person),
                    family_id=family_id,
                    created=[*records, *links],
                    kinds=("person", "relationship"),
                    parent_widget=self,
                )
            )

        def failed(_exc: BaseException) -> bool:
            # The person exists (the editor saved it) but could not be linked: their
            # creation is still one undoable step; the reason is shown as usual.
            self.context.push(
                CreateRecordsCommand(
                    session,
                    self.tr("Person „{name}“ anlegen").format(name=person_name(person)),
                    family_id=family_id,
                    created=list(records),
                    kinds=("person",),
                    parent_widget=self,
                )
            )
            return False

        run_op(self, session, link, changes=self._changes("relationship")).success(linked).failure(
            failed
        )

    # -- index person, twins, emotions --------------------------------------------------

    def set_index_person(self, person_id: uuid.UUID | None) -> None:
        family_id = self.context.family_id
        session = self.context.session
        text = (
            self.tr("„{name}“ als Indexperson markieren").format(name=self._name(person_id))
            if person_id is not None
            else self.tr("Indexperson aufheben")
        )

        def work(ctx: OpContext) -> tuple[Entity, Entity]:
            return set_index_person(ctx.uow(), family_id=family_id, person_id=person_id)

        def done(result: tuple[Entity, Entity]) -> None:
            before, after = result
            self.context.push(
                EditRecordsCommand(
                    session, text, family_id=family_id, before=[before], after=[after],
                    kinds=("family_file",), parent_widget=self,
                )
            )  # fmt: skip

        run_op(self, session, work, changes=self._changes("family_file")).success(done)

    def record_twins(self, person_id: uuid.UUID, other_id: uuid.UUID, identical: bool) -> None:
        text = self.tr("Zwillinge „{a}“ und „{b}“ erfassen").format(
            a=self._name(person_id), b=self._name(other_id)
        )
        self._create(
            lambda ctx: record_twins(
                ctx.uow(), person_a_id=person_id, person_b_id=other_id, identical=identical
            ),
            text,
        )

    def record_emotion(
        self, person_id: uuid.UUID, other_id: uuid.UUID, kind: EmotionalRelationKind
    ) -> None:
        text = self.tr("Emotionale Beziehung „{a}“ – „{b}“ erfassen").format(
            a=self._name(person_id), b=self._name(other_id)
        )
        self._create(
            lambda ctx: record_emotional_relation(
                ctx.uow(), person_a_id=person_id, person_b_id=other_id, kind=kind
            ),
            text,
        )

    def _create(self, work: Callable[[OpContext], Entity], text: str) -> None:
        family_id = self.context.family_id
        session = self.context.session

        def done(record: Entity) -> None:
            self.context.push(
                CreateRecordsCommand(
                    session, text, family_id=family_id, created=[record],
                    kinds=("genogram",), parent_widget=self,
                )
            )  # fmt: skip

        run_op(self, session, work, changes=self._changes("genogram")).success(done)

    # -- positions ----------------------------------------------------------------------

    def save_positions(self, moves: Sequence[tuple[uuid.UUID, float, float]]) -> None:
        """After a drag: keep each moved person's offset from the automatic place."""
        family_id = self.context.family_id
        session = self.context.session
        moves = list(moves)
        if len(moves) == 1:
            text = self.tr("Position von „{name}“ ändern").format(name=self._name(moves[0][0]))
        else:
            text = self.tr("Positionen von %n Personen ändern", "", len(moves))

        def work(ctx: OpContext) -> list[NudgeChange]:
            return [
                nudge_person(ctx.uow(), family_id=family_id, person_id=pid, dx_mm=dx, dy_mm=dy)
                for pid, dx, dy in moves
            ]

        def done(changes: list[NudgeChange]) -> None:
            created = [c.after for c in changes if c.before is None]
            before = [c.before for c in changes if c.before is not None]
            after = [c.after for c in changes if c.before is not None]
            keys = [(GenogramNudge, n.id) for n in created]

            def undo(ctx: OpContext) -> None:
                if before:
                    revert_records(ctx.uow(), records=before)
                if keys:
                    withdraw_records(ctx.uow(), records=keys)

            def redo(ctx: OpContext) -> None:
                if after:
                    revert_records(ctx.uow(), records=after)
                if created:
                    reinstate_records(ctx.uow(), records=created)

            self.context.push(
                ServiceCommand(
                    session, text, family_id=family_id, undo_action=undo, redo_action=redo,
                    kinds=("genogram",), parent_widget=self,
                )
            )  # fmt: skip

        def failed(_exc: BaseException) -> bool:
            self._load()  # put the symbols back where the vault has them
            return False

        run_op(self, session, work, changes=self._changes("genogram")).success(done).failure(failed)

    def reset_position(self, person_id: uuid.UUID) -> None:
        self._reset(
            person_id, self.tr("Position von „{name}“ zurücksetzen").format(
                name=self._name(person_id)
            ),
        )  # fmt: skip

    def reset_layout(self) -> None:
        """Ask first: every manual position of this family's genogram is dropped."""
        if self.genogram is None or not self.genogram.input.nudges:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Layout zurücksetzen"),
            self.tr(
                "Alle von Hand verschobenen Personen wieder automatisch anordnen? "
                "Das lässt sich rückgängig machen."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("genogramResetConfirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._reset_answered)
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        self.confirm_box = box
        box.open()

    def _reset_answered(self, button: QAbstractButton) -> None:
        box = self.confirm_box
        if box is None or box.standardButton(button) != QMessageBox.StandardButton.Yes:
            return
        self._reset(None, self.tr("Layout zurücksetzen"))

    def _reset(self, person_id: uuid.UUID | None, text: str) -> None:
        family_id = self.context.family_id
        session = self.context.session

        def work(ctx: OpContext) -> list[GenogramNudge]:
            return reset_layout(ctx.uow(), family_id=family_id, person_id=person_id)

        def done(nudges: list[GenogramNudge]) -> None:
            if not nudges:
                return
            keys = [(GenogramNudge, n.id) for n in nudges]
            self.context.push(
                ServiceCommand(
                    session, text, family_id=family_id,
                    undo_action=lambda ctx: reinstate_records(ctx.uow(), records=nudges),
                    redo_action=lambda ctx: withdraw_records(ctx.uow(), records=keys),
                    kinds=("genogram",), parent_widget=self,
                )
            )  # fmt: skip

        run_op(self, session, work, changes=self._changes("genogram")).success(done)

    # -- export and print ---------------------------------------------------------------

    def export(self) -> None:
        if self.genogram is None:
            return
        if self.genogram is None or self.genogram_layout is None:
            return
        dialog = GenogramExportDialog(
            self.context.session,
            self.genogram,
            self.genogram_layout,
            options=self.options(),
            today=self.context.today(),
            language=self.context.settings.language,
            parent=self,
        )
        dialog.exported.connect(self._exported)
        self._open(dialog)

    def _exported(self, path: str) -> None:
        self.message.setText(self.tr("Exportiert: {path}").format(path=path))

    def print_genogram(self) -> None:
        """The platform's print dialog with a preview; the diagram is scaled to the page."""
        layout = self.genogram_layout
        if layout is None or self.genogram is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if layout.width > layout.height
            else QPageLayout.Orientation.Portrait
        )
        printer.setDocName(self.tr("Genogramm {case}").format(case=self.genogram.case_number))
        if self.preview is not None:
            self.preview.deleteLater()
        self._printer = printer
        preview = QPrintPreviewDialog(printer, self)
        preview.setObjectName("genogramPrintPreview")
        preview.setWindowTitle(self.tr("Genogramm drucken"))
        preview.paintRequested.connect(self._paint_pages)
        self.preview = preview
        preview.open()

    def _paint_pages(self, printer: QPrinter) -> None:
        layout, genogram = self.genogram_layout, self.genogram
        if layout is None or genogram is None:
            return
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            paint_page(
                painter,
                QRectF(0.0, 0.0, page.width(), page.height()),  # the painter's origin
                layout,
                self.options(),
                document_info(
                    genogram,
                    self.context.today(),
                    anonymised=False,
                    landscape=printer.pageLayout().orientation()
                    == QPageLayout.Orientation.Landscape,
                ),
            )
        finally:
            painter.end()

"""Versionen vergleichen: what changed between two versions of the help plan — goals, resources
and needs, residence requirements added, removed or changed, with the changed details named."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import HelpPlanGoal, NeedAssessment, ResidenceRequirement
from fallmanager.domain.help_plan_view import (
    ChangeKind,
    HelpPlanSnapshot,
    VersionDiff,
    compare_versions,
    help_plan_snapshot,
    plan_versions,
)
from fallmanager.ui.help_plan.needs import need_title
from fallmanager.ui.help_plan.plan_format import version_title
from fallmanager.ui.texts import label


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction into the translation file; translated at lookup."""
    return text


#: The German names of the fields a change can concern (context "HelpPlanFields").
FIELD_NAMES: dict[str, str] = {
    "wording": QT_TRANSLATE_NOOP("HelpPlanFields", "Wortlaut"),
    "catalogue_id": QT_TRANSLATE_NOOP("HelpPlanFields", "Katalogeintrag"),
    "level": QT_TRANSLATE_NOOP("HelpPlanFields", "Ebene"),
    "person_ids": QT_TRANSLATE_NOOP("HelpPlanFields", "betroffene Personen"),
    "domains": QT_TRANSLATE_NOOP("HelpPlanFields", "Lebensbereiche"),
    "responsible_actor_id": QT_TRANSLATE_NOOP("HelpPlanFields", "Verantwortlich"),
    "responsible_is_family": QT_TRANSLATE_NOOP("HelpPlanFields", "Familie verantwortlich"),
    "due_on": QT_TRANSLATE_NOOP("HelpPlanFields", "Fällig bis"),
    "status": QT_TRANSLATE_NOOP("HelpPlanFields", "Stand"),
    "drop_reason": QT_TRANSLATE_NOOP("HelpPlanFields", "Grund für das Entfallen"),
    "notes": QT_TRANSLATE_NOOP("HelpPlanFields", "Notizen"),
    "parent_id": QT_TRANSLATE_NOOP("HelpPlanFields", "Einordnung im Zielbaum"),
    "person_id": QT_TRANSLATE_NOOP("HelpPlanFields", "Person"),
    "domain": QT_TRANSLATE_NOOP("HelpPlanFields", "Lebensbereich"),
    "resources": QT_TRANSLATE_NOOP("HelpPlanFields", "Ressourcen"),
    "needs": QT_TRANSLATE_NOOP("HelpPlanFields", "Bedarfe"),
    "evidence": QT_TRANSLATE_NOOP("HelpPlanFields", "Nachweis"),
}
#: A need's rating is called "level" like a goal's level; it gets its own name.
_NEED_LEVEL = QT_TRANSLATE_NOOP("HelpPlanFields", "Einschätzung")

_COLOURS = {
    ChangeKind.ADDED: QColor("#1f6f2a"),
    ChangeKind.REMOVED: QColor("#b00020"),
    ChangeKind.CHANGED: QColor("#7a4d00"),
}


def field_label(name: str, *, need: bool = False) -> str:
    source = _NEED_LEVEL if need and name == "level" else FIELD_NAMES.get(name)
    return QCoreApplication.translate("HelpPlanFields", source) if source else name


def item_text(
    snapshot: HelpPlanSnapshot, record: HelpPlanGoal | NeedAssessment | ResidenceRequirement | None
) -> str:
    if isinstance(record, HelpPlanGoal):
        return f"{label(record.level)}: {record.wording}"
    if isinstance(record, NeedAssessment):
        return need_title(snapshot, record)
    if isinstance(record, ResidenceRequirement):
        return record.wording
    return ""


class CompareDialog(QDialog):
    """Two versions side by side as a list of differences (not modal: the plan stays usable)."""

    def __init__(
        self,
        detail: FamilyFileDetail,
        old_id: uuid.UUID | None = None,
        new_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareVersionsDialog")
        self.detail = detail
        self.diff: VersionDiff | None = None
        versions = plan_versions(detail)
        self.old = QComboBox()
        self.old.setObjectName("compareOld")
        self.new = QComboBox()
        self.new.setObjectName("compareNew")
        for combo in (self.old, self.new):
            for version in versions:
                combo.addItem(version_title(version), str(version.id))
        newest = versions[-1] if versions else None
        new_version = next((v for v in versions if v.id == new_id), newest)
        if old_id is None and new_version is not None:
            old_id = new_version.previous_id
            if old_id is None and len(versions) > 1:
                old_id = versions[-2].id
        self.new.setCurrentIndex(
            max(0, self.new.findData(str(new_version.id if new_version else "")))
        )
        self.old.setCurrentIndex(max(0, self.old.findData(str(old_id or ""))))
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("compareTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.old_label = QLabel()
        self.old_label.setBuddy(self.old)
        self.new_label = QLabel()
        self.new_label.setBuddy(self.new)
        form = QFormLayout()
        form.addRow(self.old_label, self.old)
        form.addRow(self.new_label, self.new)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.old.currentIndexChanged.connect(self.compare)
        self.new.currentIndexChanged.connect(self.compare)
        self.resize(860, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Versionen vergleichen"))
        self.old_label.setText(self.tr("&Von:"))
        self.new_label.setText(self.tr("&Mit:"))
        self.old.setAccessibleName(self.tr("Ältere Version"))
        self.new.setAccessibleName(self.tr("Neuere Version"))
        versions = {str(v.id): v for v in self.detail.help_plan_versions}
        for combo in (self.old, self.new):
            for index in range(combo.count()):
                combo.setItemText(index, version_title(versions[str(combo.itemData(index))]))
        self.tree.setHeaderLabels([self.tr("Änderung"), self.tr("Eintrag"), self.tr("Was?")])
        self.tree.setAccessibleName(self.tr("Unterschiede"))
        self.compare()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _snapshot(self, combo: QComboBox) -> HelpPlanSnapshot | None:
        data = combo.currentData()
        return help_plan_snapshot(self.detail, uuid.UUID(str(data))) if data else None

    def compare(self) -> None:
        self.tree.clear()
        old, new = self._snapshot(self.old), self._snapshot(self.new)
        if old is None or new is None:
            self.diff = None
            self.summary.setText(self.tr("Es gibt nur eine Version."))
            return
        if old.version.id == new.version.id:
            self.diff = None
            self.summary.setText(self.tr("Bitte zwei verschiedene Versionen wählen."))
            return
        self.diff = compare_versions(old, new)
        groups = (
            (self.tr("Ziele und Aktivitäten"), self.diff.goals, False),
            (self.tr("Ressourcen und Bedarfe"), self.diff.needs, True),
            (self.tr("Voraussetzungen für den Aufenthalt"), self.diff.requirements, False),
        )
        for title, changes, is_need in groups:
            if not changes:
                continue
            group = QTreeWidgetItem(self.tree, [title, "", ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for change in changes:
                snapshot = new if change.new is not None else old
                what = ", ".join(field_label(f, need=is_need) for f in change.fields)
                item = QTreeWidgetItem(
                    group, [label(change.kind), item_text(snapshot, change.new or change.old), what]
                )
                item.setForeground(0, QBrush(_COLOURS[change.kind]))
                tip = item.text(1)
                if change.kind is ChangeKind.CHANGED and change.old is not None:
                    tip = self.tr("vorher: {text}").format(text=item_text(old, change.old))
                item.setToolTip(1, tip)
            group.setExpanded(True)
        total = len(self.diff.goals) + len(self.diff.needs) + len(self.diff.requirements)
        if total == 0:
            self.summary.setText(
                self.tr("Zwischen den beiden Versionen gibt es keine Unterschiede.")
            )
        else:
            self.summary.setText(self.tr("%n Unterschied(e)", "", total))

    def rows(self) -> list[tuple[str, str, str]]:
        """The listed differences as (change, item, fields) — for tests and screen readers."""
        found = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None:
                continue
            for c in range(group.childCount()):
                child = group.child(c)
                if child is not None:
                    found.append((child.text(0), child.text(1), child.text(2)))
        return found

"""Hilfeplan: the family's individual help plan, one version at a time.

Without a plan the tab explains what it is for and offers to begin one. With a plan, a bar
at the top chooses the version (Erstplan, Fortschreibungen) and offers what can be done
with it: edit the header and agree a draft; record signatures, a review or begin the next
version on the agreed plan; compare versions; print. Below it the sections: goals (the goal
tree), resources and needs, residence requirements, reviews.

A draft's content can be edited; on the current agreed version only the status of goals and
the evidence of requirements are recorded; older versions are read only. Every edit is one
undo command; the tab shows the newest snapshot the family file hands it.
"""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import HelpPlanVersion, VersionStatus
from fallmanager.domain.help_plan_view import HelpPlanSnapshot, help_plan_snapshot, plan_versions
from fallmanager.services.history import Change
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.family_file.undo import ChangeCommand, CreateRecordsCommand
from fallmanager.ui.help_plan import KINDS
from fallmanager.ui.help_plan.compare_dialog import CompareDialog
from fallmanager.ui.help_plan.goals import GoalsPanel
from fallmanager.ui.help_plan.needs import NeedsPanel
from fallmanager.ui.help_plan.plan_format import (
    language_name,
    names_of,
    participants_text,
    review_is_due,
    version_title,
)
from fallmanager.ui.help_plan.requirements import RequirementsPanel
from fallmanager.ui.help_plan.reviews import ReviewsPanel
from fallmanager.ui.help_plan.version_dialogs import (
    AgreeDialog,
    ReviewDialog,
    SignaturesDialog,
    StartPlanDialog,
    StartUpdateDialog,
    VersionHeaderDialog,
)
from fallmanager.ui.widgets.dates import format_date

_ALERT = "#b00020"


class HelpPlanTab(FamilyFileTab):
    """Hilfeplan: version bar, header, and the sections of the shown version."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The dialog opened last, while it is open.
        self.dialog: QDialog | None = None
        self.snapshot: HelpPlanSnapshot | None = None
        self._stale = False  # a snapshot arrived while hidden
        self._version_id: uuid.UUID | None = None
        self._follow_newest = True  # show the newest version unless the user chose another

        # -- no plan yet -----------------------------------------------------------------
        self.empty_heading = QLabel()
        self.empty_heading.setObjectName("helpPlanEmptyHeading")
        font = self.empty_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.empty_heading.setFont(font)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("helpPlanEmptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setMaximumWidth(640)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startHelpPlanButton")
        self.start_button.clicked.connect(self.start_plan)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        for widget in (self.empty_heading, self.empty_text):
            empty_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        # -- the version bar -------------------------------------------------------------
        self.version_label = QLabel()
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("helpPlanVersion")
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_label.setBuddy(self.version_combo)
        self.version_combo.activated.connect(self._version_chosen)
        self.header_button = self.make_button("editHeaderButton", self.edit_header)
        self.agree_button = self.make_button("agreeButton", self.agree)
        self.signatures_button = self.make_button("signaturesButton", self.record_signatures)
        self.update_button = self.make_button("startUpdateButton", self.start_update)
        self.review_button = self.make_button("recordReviewButton", self.record_review)
        self.compare_button = self.make_button("compareButton", self.compare)
        self.print_button = self.make_button("printButton", self.print_plan)
        self.header = QLabel()
        self.header.setObjectName("helpPlanHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setObjectName("helpPlanReadOnlyNotice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet(
            "QLabel#helpPlanReadOnlyNotice { background: #fff6d6; border: 1px solid #e0c96b;"
            " border-radius: 3px; padding: 4px 8px; color: #3d3000; }"
        )
        self.notice.hide()

        # -- the sections ----------------------------------------------------------------
        self.goals = GoalsPanel(context, explains_read_only=False)
        self.needs = NeedsPanel(context)
        self.requirements = RequirementsPanel(context)
        self.reviews = ReviewsPanel(context.today)
        self.sections = QTabWidget()
        self.sections.setObjectName("helpPlanSections")
        for panel in (self.goals, self.needs, self.requirements, self.reviews):
            self.sections.addTab(panel, "")

        bar = QHBoxLayout()
        bar.addWidget(self.version_label)
        bar.addWidget(self.version_combo)
        bar.addStretch(1)
        self.actions_bar = QHBoxLayout()
        for button in self._buttons():
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addLayout(bar)
        plan_layout.addLayout(self.actions_bar)
        plan_layout.addWidget(self.header)
        plan_layout.addWidget(self.notice)
        plan_layout.addWidget(self.sections, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty_page)
        self.stack.addWidget(plan_page)
        self.empty_page, self.plan_page = empty_page, plan_page
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.retranslate_ui()
        self._update()

    def _buttons(self) -> list[QPushButton]:
        return [
            self.header_button,
            self.agree_button,
            self.signatures_button,
            self.update_button,
            self.review_button,
            self.compare_button,
            self.print_button,
        ]

    # -- texts -------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Hilfeplan")

    def retranslate_ui(self) -> None:
        self.empty_heading.setText(self.tr("Noch kein Hilfeplan"))
        self.empty_text.setText(
            self.tr(
                "Im Hilfeplan halten Sie mit der Familie fest, was jedes Familienmitglied "
                "mitbringt und braucht, welche Ziele sie sich setzen und wer bis wann hilft, "
                "und was die Ausländerbehörde für ein sicheres Aufenthaltsrecht verlangt. "
                "Er beginnt als Entwurf; vereinbart bleibt er unverändert, bis er bei einer "
                "Überprüfung fortgeschrieben wird."
            )
        )
        self.start_button.setText(self.tr("Hilfeplan &beginnen …"))
        self.version_label.setText(self.tr("&Version:"))
        self.version_combo.setAccessibleName(self.tr("Version des Hilfeplans"))
        self.header_button.setText(self.tr("&Kopfdaten bearbeiten …"))
        self.agree_button.setText(self.tr("Vere&inbaren …"))
        self.signatures_button.setText(self.tr("&Unterschriften erfassen …"))
        self.update_button.setText(self.tr("&Fortschreibung beginnen …"))
        self.review_button.setText(self.tr("Über&prüfung erfassen …"))
        self.compare_button.setText(self.tr("Versionen ver&gleichen …"))
        self.print_button.setText(self.tr("Dru&cken / PDF …"))
        self.sections.setTabText(0, self.tr("&Ziele"))
        self.sections.setTabText(1, self.tr("&Ressourcen und Bedarfe"))
        self.sections.setTabText(2, self.tr("Aufenthal&t: Voraussetzungen"))
        self.sections.setTabText(3, self.tr("Überprüfung&en"))
        self.sections.setAccessibleName(self.tr("Teile des Hilfeplans"))
        self.header.setAccessibleName(self.tr("Kopfdaten der Version"))
        self._fill_versions()
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
        versions = self.versions()
        ids = [v.id for v in versions]
        if self._follow_newest or self._version_id not in ids:
            self._version_id = ids[-1] if ids else None
            self._follow_newest = True
        self._fill_versions()
        self._show_version()

    def clear(self) -> None:
        super().clear()
        self._stale = False
        self.snapshot = None
        self._version_id = None
        self._follow_newest = True
        self.version_combo.clear()
        self.goals.clear()
        self.needs.clear()
        self.requirements.clear()
        self.reviews.clear()
        self._update()

    def versions(self) -> list[HelpPlanVersion]:
        if self.detail is None:
            return []
        return list(plan_versions(self.detail))

    def _fill_versions(self) -> None:
        combo = self.version_combo
        combo.blockSignals(True)
        combo.clear()
        for version in self.versions():
            combo.addItem(version_title(version), str(version.id))
        combo.setCurrentIndex(max(0, combo.findData(str(self._version_id or ""))))
        combo.blockSignals(False)

    def _version_chosen(self, index: int) -> None:
        data = self.version_combo.itemData(index)
        if not data:
            return
        self.show_version(uuid.UUID(str(data)))

    def show_version(self, version_id: uuid.UUID) -> None:
        """Show another version of the plan (as if chosen in the version list)."""
        ids = [v.id for v in self.versions()]
        if version_id not in ids:
            raise KeyError(version_id)
        self._version_id = version_id
        self._follow_newest = version_id == ids[-1]
        self.version_combo.setCurrentIndex(self.version_combo.findData(str(version_id)))
        self._show_version()

    def _show_version(self) -> None:
        detail = self.detail
        if detail is None or self._version_id is None:
            self.snapshot = None
        else:
            self.snapshot = help_plan_snapshot(detail, self._version_id)
        self.goals.show_plan(self.snapshot)
        self.needs.show_plan(self.snapshot)
        self.requirements.show_plan(self.snapshot)
        self.reviews.show_plan(detail, self.snapshot)
        self._update()

    def _update(self) -> None:
        snapshot = self.snapshot
        has_plan = snapshot is not None
        self.stack.setCurrentWidget(self.plan_page if has_plan else self.empty_page)
        self.start_button.setEnabled(self.detail is not None and not has_plan)
        if snapshot is None:
            for button in self._buttons():
                button.setVisible(False)
            self.header.clear()
            self.notice.hide()
            return
        version = snapshot.version
        draft = version.is_editable
        running = snapshot.is_current and version.status is VersionStatus.AGREED
        self.header_button.setVisible(draft)
        self.agree_button.setVisible(draft)
        self.signatures_button.setVisible(not draft)
        self.update_button.setVisible(running)
        self.review_button.setVisible(running)
        self.compare_button.setVisible(True)
        self.compare_button.setEnabled(len(snapshot.versions) > 1)
        self.print_button.setVisible(True)
        self.header.setText(self._header_html(snapshot))
        notice = self._notice(snapshot)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.notice.setAccessibleName(notice)

    def _header_html(self, snapshot: HelpPlanSnapshot) -> str:
        detail, version = self.detail, snapshot.version
        parts = [self.tr("Erstellt am {date}").format(date=format_date(version.drawn_up_on))]
        participants = participants_text(detail, version)
        if participants:
            parts.append(self.tr("Beteiligt: {names}").format(names=participants))
        parts.append(
            self.tr("Sprache der Familie: {language}").format(
                language=language_name(version.family_language)
            )
        )
        first = " · ".join(escape(p) for p in parts)
        second: list[str] = []
        if version.agreed_on is not None:
            second.append(
                escape(self.tr("Vereinbart am {date}").format(date=format_date(version.agreed_on)))
            )
        if version.signed_on is not None:
            signers = names_of(detail, version.signed_by_ids)
            if version.signed_by_case_manager:
                signers = ", ".join(s for s in (signers, self.tr("Fallmanagement")) if s)
            second.append(
                escape(
                    self.tr("Unterschrieben am {date} von {names}").format(
                        date=format_date(version.signed_on), names=signers or "–"
                    )
                )
            )
        elif version.status is not VersionStatus.DRAFT:
            second.append(escape(self.tr("Unterschriften noch nicht erfasst")))
        if version.review_on is not None:
            text = escape(
                self.tr("Überprüfung am {date}").format(date=format_date(version.review_on))
            )
            if review_is_due(snapshot, self.context.today()):
                text = (
                    f'<span style="color:{_ALERT}; font-weight:bold;">{text} – '
                    + escape(self.tr("fällig"))
                    + "</span>"
                )
            second.append(text)
        lines = [first]
        if second:
            lines.append(" · ".join(second))
        return "<br>".join(lines)

    def _notice(self, snapshot: HelpPlanSnapshot) -> str:
        version = snapshot.version
        if version.is_editable:
            return ""
        newest = snapshot.versions[-1]
        if version.status is VersionStatus.AGREED and newest.is_editable:
            return self.tr(
                "Version {number} ist vereinbart und läuft weiter, bis Version {newest} "
                "(Entwurf) vereinbart ist. Den Stand der Ziele und der Nachweise können Sie "
                "hier weiter erfassen."
            ).format(number=version.number, newest=newest.number)
        if snapshot.tracks_progress:
            return self.tr(
                "Version {number} ist vereinbart und bleibt unverändert. Den Stand der Ziele "
                "und der Nachweise können Sie weiter erfassen; inhaltliche Änderungen gehen "
                "über „Fortschreibung beginnen …“."
            ).format(number=version.number)
        return self.tr(
            "Version {number} wurde durch eine spätere Version abgelöst und bleibt unverändert."
        ).format(number=version.number)

    # -- actions -----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _push_change(self, text: str, change: Change) -> None:
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

    def _version(self) -> HelpPlanVersion | None:
        return self.snapshot.version if self.snapshot is not None else None

    def start_plan(self) -> QDialog | None:
        if self.detail is None or self.versions():
            return None
        dialog = StartPlanDialog(self.context, self.detail, self)
        dialog.saved.connect(self._plan_started)
        return self._open(dialog)

    def _plan_started(self, version: HelpPlanVersion) -> None:
        self._follow_newest = True
        self.context.push(
            CreateRecordsCommand(
                self.context.session,
                self.tr("Hilfeplan beginnen"),
                family_id=self.context.family_id,
                created=[version],
                kinds=KINDS,
                parent_widget=self,
            )
        )

    def edit_header(self) -> QDialog | None:
        version = self._version()
        if self.detail is None or version is None or not version.is_editable:
            return None
        dialog = VersionHeaderDialog(self.context, self.detail, version, self)
        text = self.tr("Kopfdaten von Version {number} bearbeiten").format(number=version.number)
        dialog.saved.connect(lambda change: self._push_change(text, change))
        return self._open(dialog)

    def agree(self) -> QDialog | None:
        version = self._version()
        if version is None or not version.is_editable:
            return None
        dialog = AgreeDialog(self.context, version, self)
        text = self.tr("Version {number} vereinbaren").format(number=version.number)
        dialog.saved.connect(lambda change: self._push_change(text, change))
        return self._open(dialog)

    def record_signatures(self) -> QDialog | None:
        version = self._version()
        if self.detail is None or version is None or version.is_editable:
            return None
        dialog = SignaturesDialog(self.context, self.detail, version, self)
        text = self.tr("Unterschriften zu Version {number} erfassen").format(number=version.number)
        dialog.saved.connect(lambda change: self._push_change(text, change))
        return self._open(dialog)

    def start_update(self) -> QDialog | None:
        version = self._version()
        if version is None or not self.update_button.isVisible():
            return None
        dialog = StartUpdateDialog(self.context, version, self)
        text = self.tr("Fortschreibung (Version {number}) beginnen").format(
            number=version.number + 1
        )
        dialog.saved.connect(lambda change: self._new_version_saved(text, change))
        return self._open(dialog)

    def record_review(self) -> QDialog | None:
        version = self._version()
        if self.detail is None or version is None or not self.review_button.isVisible():
            return None
        dialog = ReviewDialog(self.context, self.detail, version, self)
        text = self.tr("Überprüfung von Version {number} erfassen").format(number=version.number)
        dialog.saved.connect(lambda change: self._new_version_saved(text, change))
        return self._open(dialog)

    def _new_version_saved(self, text: str, change: Change) -> None:
        self._follow_newest = True
        self._push_change(text, change)

    def compare(self) -> QDialog | None:
        if self.detail is None or len(self.versions()) < 2:
            return None
        shown = self._version()
        dialog = CompareDialog(
            self.detail, new_id=shown.id if shown is not None else None, parent=self
        )
        return self._open(dialog)

    def print_plan(self) -> QDialog | None:
        if self.snapshot is None:
            return None
        # The printouts (ReportLab, PDFium) load when first asked for: a quicker start.
        from fallmanager.ui.help_plan.print_actions import PrintDialog  # noqa: PLC0415

        return self._open(PrintDialog(self.context, self.snapshot, self))

"""Offenlegungen: the family's disclosure log, read only, and its export as a PDF.

Every document that left the application is listed, newest first: when, what, for whom,
which data about whom, under which consents, anonymised or not, printed or saved. Entries
are never changed or removed. The export is the log for a data subject's access request;
it is itself logged (for the family).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.files import write_atomic
from fallmanager.services.disclosure import record_disclosures
from fallmanager.services.family_files import get_family_file
from fallmanager.ui.consent import DISCLOSURE_KIND
from fallmanager.ui.disclosure.models import DisclosureTableModel
from fallmanager.ui.family_file.tab import FamilyFileContext, FamilyFileTab
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.printouts import moment, print_options, write_failure_text
from fallmanager.ui.widgets.pdf_files import pdf_save_dialog
from fallmanager.ui.widgets.tables import make_table

_ALERT = "#b00020"


def log_export_entry(detail: FamilyFileDetail, now: datetime) -> Disclosure:
    """The log's own entry: the log goes to the family, with everything it names."""
    categories = dict.fromkeys(c for d in detail.disclosures for c in d.categories)
    persons = dict.fromkeys(p for d in detail.disclosures for p in d.person_ids)
    return Disclosure(
        family_id=detail.family.id,
        disclosed_at=now,
        document=DocumentKind.DISCLOSURE_LOG,
        title=f"Offenlegungsprotokoll vom {now:%d.%m.%Y}",
        recipient_kind=RecipientKind.FAMILY,
        categories=tuple(categories),
        person_ids=tuple(persons),
        channel=DisclosureChannel.FILE,
    )


class DisclosuresTab(FamilyFileTab):
    """Offenlegungen: the table of logged documents and "Als PDF exportieren …"."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.file_dialog: QFileDialog | None = None
        self._busy = False
        self.intro = QLabel()
        self.intro.setObjectName("disclosureIntro")
        self.intro.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportDisclosureLogButton")
        self.export_button.clicked.connect(lambda _checked=False: self.choose_file())
        self.status = QLabel()
        self.status.setObjectName("disclosureExportStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.model = DisclosureTableModel(self)
        self.table = make_table("disclosureTable")
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty = QLabel()
        self.empty.setObjectName("disclosureEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        bar = QHBoxLayout()
        bar.addWidget(self.intro, 1)
        bar.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()
        self._update()

    def title(self) -> str:
        return self.tr("Offenlegungen")

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Jedes Dokument, das die Anwendung verlassen hat: wann, was, an wen, welche "
                "Daten über wen und unter welchen Einwilligungen. Die Einträge bleiben "
                "unverändert."
            )
        )
        self.export_button.setText(self.tr("Als &PDF exportieren …"))
        self.export_button.setToolTip(
            self.tr("Das Protokoll für eine Auskunft an die Familie (wird selbst protokolliert)")
        )
        self.empty.setText(self.tr("Noch wurde kein Dokument dieser Familie weitergegeben."))
        self.table.setAccessibleName(self.tr("Offenlegungsprotokoll"))
        self.model.retranslate()

    # -- snapshot ----------------------------------------------------------------------------

    def show_detail(self, detail: FamilyFileDetail) -> None:
        super().show_detail(detail)
        self.model.show(detail)
        self.table.resizeColumnsToContents()
        self._update()

    def clear(self) -> None:
        super().clear()
        self.model.show(None)
        self.status.hide()
        self._update()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)
        self.export_button.setEnabled(self.detail is not None and not self._busy)

    # -- export ------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        case = self.detail.family.case_number if self.detail is not None else ""
        return f"Offenlegungsprotokoll-{case or 'akte'}-{self.context.today():%Y-%m-%d}.pdf"

    def choose_file(self) -> QFileDialog | None:
        if self.detail is None or self._busy:
            return None
        dialog = pdf_save_dialog(
            self,
            self.tr("Offenlegungsprotokoll als PDF exportieren"),
            object_name="disclosureLogFileDialog",
            suggested_name=self.suggested_name(),
            on_chosen=self.export_pdf,
        )
        self.file_dialog = dialog
        return dialog

    def export_pdf(self, target: Path) -> None:
        """Render the log from a fresh read, write it to ``target`` and log the export."""
        if self._busy:
            return
        family_id = self.context.family_id
        options = print_options(self.context)
        now = moment(self.context)

        def work(ctx: OpContext) -> Path:
            # The printouts (ReportLab) load when first asked for: a quicker start.
            from fallmanager.reports.disclosure_log import disclosure_log_pdf  # noqa: PLC0415

            detail = get_family_file(ctx.uow(), family_id=family_id)
            write_atomic(target, disclosure_log_pdf(detail, options))
            record_disclosures(ctx.uow(), disclosures=[log_export_entry(detail, now)])
            return target

        self._busy = True
        self._update()
        self.status.hide()
        run_op(
            self,
            self.context.session,
            work,
            label=self.tr("Offenlegungsprotokoll wird erstellt …"),
            changes=Changes.of(DISCLOSURE_KIND, family_id=family_id),
        ).success(self._exported).failure(self._failed)

    def _exported(self, path: Path) -> None:
        self._busy = False
        self._update()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Exportiert: {path}").format(path=str(path)))
        self.status.show()

    def _failed(self, exc: BaseException) -> bool | None:
        self._busy = False
        self._update()
        text = write_failure_text(exc)
        if text is None:
            return False
        self.status.setStyleSheet(f"color: {_ALERT};")
        self.status.setText(text)
        self.status.show()
        return None

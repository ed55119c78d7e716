"""What every printout of a family file shares: the options from the settings, the moment it
is made, the message for a file that cannot be written, the language and layout choices, and
the dialog that saves or prints one document and logs each copy that leaves the application.

The printouts themselves (ReportLab, PDFium) load when first asked for: a quicker start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.disclosure import Disclosure
from fallmanager.ui.consent import DISCLOSURE_KIND
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.pdf_files import pdf_save_dialog

if TYPE_CHECKING:
    from fallmanager.reports.help_plan import Layout, PrintOptions
    from fallmanager.services.conference_documents import PreparedDocument

ALERT = "#b00020"
_ALERT = ALERT

Preparation = Callable[[OpContext], "PreparedDocument"]


def print_options(
    context: FamilyFileContext, language: str = "", layout: Layout = "side_by_side"
) -> PrintOptions:
    """The letterhead and signature from the settings, the chosen second language."""
    from fallmanager.reports.documents import Letterhead  # noqa: PLC0415
    from fallmanager.reports.help_plan import PrintOptions  # noqa: PLC0415

    settings = context.settings
    contact = tuple(line.strip() for line in settings.office_contact.splitlines() if line.strip())
    return PrintOptions(
        language=language,
        layout=layout,
        letterhead=Letterhead(name=settings.office_name.strip(), contact=contact),
        case_manager_name=settings.case_manager_name.strip(),
        printed_on=context.today(),
    )


def moment(context: FamilyFileContext) -> datetime:
    """Now, on the family file's day, to the second (local wall-clock time)."""
    return datetime.combine(context.today(), datetime.now().time()).replace(microsecond=0)


def write_failure_text(exc: BaseException) -> str | None:
    """The sentence for a file that could not be written, else None (not a file error)."""
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "Printouts", "Keine Berechtigung, in diesen Ordner zu schreiben."
        )
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Printouts", "Die Datei konnte nicht geschrieben werden.")
    return None


def layout_combo(name: str) -> QComboBox:
    """Side by side or alternating (texts set by the caller)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem("", "side_by_side")
    combo.addItem("", "alternating")
    return combo


def chosen_layout(combo: QComboBox) -> Layout:
    return "alternating" if combo.currentData() == "alternating" else "side_by_side"


class DisclosedDocumentDialog(QDialog):
    """One document, saved as a PDF or printed; each copy that leaves is logged."""

    #: A copy left the application and was logged (its Disclosure).
    logged = Signal(object)

    def __init__(
        self,
        context: FamilyFileContext,
        name: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.file_dialog: QFileDialog | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self._busy = False
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setObjectName(f"{name}Note")
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton()
        self.save_button.setObjectName(f"{name}Save")
        self.print_button = QPushButton()
        self.print_button.setObjectName(f"{name}Print")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda _checked=False: self.choose_file())
        self.print_button.clicked.connect(lambda _checked=False: self.print_document())
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Als &PDF speichern …"))
        self.print_button.setText(self.tr("&Drucken …"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- to implement ------------------------------------------------------------------------

    def preparation(self) -> Preparation:
        raise NotImplementedError

    def suggested_name(self) -> str:
        raise NotImplementedError

    def file_title(self) -> str:
        raise NotImplementedError

    def busy_text(self) -> str:
        raise NotImplementedError

    # -- common ------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        self._update_enabled()

    def _update_enabled(self) -> None:
        """Subclasses enable their own fields (``self._busy`` tells whether work runs)."""

    def _changes(self) -> Changes:
        return Changes.of(DISCLOSURE_KIND, family_id=self.context.family_id)

    def choose_file(self) -> QFileDialog:
        dialog = pdf_save_dialog(
            self,
            self.file_title(),
            object_name=f"{self.objectName()}File",
            suggested_name=self.suggested_name(),
            on_chosen=self.save_pdf,
        )
        self.file_dialog = dialog
        return dialog

    def save_pdf(self, target: Path) -> None:
        """Render the document, write it to ``target`` and log it (on the worker)."""
        if self._busy:
            return
        prepare = self.preparation()

        def work(ctx: OpContext) -> Disclosure:
            from fallmanager.services.conference_documents import save_document  # noqa: PLC0415

            return save_document(ctx.uow(), document=prepare(ctx), path=target)

        self._set_busy(True)
        self.status.hide()
        run_op(
            self, self.context.session, work, label=self.busy_text(), changes=self._changes()
        ).success(lambda disclosure: self._saved(disclosure, target)).failure(self._failed)

    def _saved(self, disclosure: Disclosure, path: Path) -> None:
        self._set_busy(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gespeichert und protokolliert: {path}").format(path=path))
        self.status.show()
        self.logged.emit(disclosure)

    def _failed(self, exc: BaseException) -> bool | None:
        self._set_busy(False)
        text = write_failure_text(exc)
        if text is None:
            return False
        self.status.setStyleSheet(f"color: {_ALERT};")
        self.status.setText(text)
        self.status.show()
        return None

    def print_document(self) -> None:
        """Render on the worker, then show the print preview; printing from it is logged."""
        if self._busy:
            return
        self._set_busy(True)
        run_op(self, self.context.session, self.preparation(), label=self.busy_text()).success(
            self._print_rendered
        ).failure(self._failed)

    def _print_rendered(self, document: PreparedDocument) -> None:
        self._set_busy(False)
        from fallmanager.ui.help_plan.pdf_printing import print_pdf  # noqa: PLC0415 - PDFium

        self.preview, self._printer = print_pdf(document.data, self)
        self.preview.setObjectName(f"{self.objectName()}Preview")
        # The preview accepts once its pages went to the printer.
        self.preview.accepted.connect(lambda: self.log_printed(document))

    def log_printed(self, document: PreparedDocument) -> None:
        def work(ctx: OpContext) -> Disclosure:
            from fallmanager.services.conference_documents import log_printed  # noqa: PLC0415

            return log_printed(ctx.uow(), document=document)

        run_op(self, self.context.session, work, changes=self._changes()).success(self._printed)

    def _printed(self, disclosure: Disclosure) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gedruckt und protokolliert."))
        self.status.show()
        self.logged.emit(disclosure)

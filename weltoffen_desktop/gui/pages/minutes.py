"""Protokoll: the minutes of a workshop — preview, export into a folder, sign, verify.

The PDF is built and its pages rendered on a worker thread (reportlab, matplotlib and
pyHanko load only then); the busy bar shows if that takes a moment. An export writes
exactly the previewed PDF when the workshop has not changed since, and records the file
with its SHA-256 in the workspace.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QLabel, QTableWidgetItem

from weltoffen_desktop.gui.generated.ui_minutes_page import Ui_MinutesPage
from weltoffen_desktop.gui.i18n import catalogue_language
from weltoffen_desktop.gui.pages.base import Page, signals_blocked
from weltoffen_desktop.gui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from weltoffen_desktop.gui.settings import Settings
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations.minutes import MinutesExportInfo, MinutesSource
    from weltoffen_desktop.operations.workshop import WorkshopSummary

KINDS = ("results", "course")  # in the order of the kind chooser
PAGE_WIDTH = (420, 820)  # the narrowest and widest a previewed page is drawn, in pixels
WHEN, KIND, FILE = range(3)


@dataclass(frozen=True)
class Preview:
    source: MinutesSource
    kind: str
    language: str
    pdf: bytes
    images: list[QImage]


def _make_preview(source: MinutesSource, kind: str, language: str, width: int) -> Preview:
    """Build the PDF and draw its pages (on the worker thread)."""
    from weltoffen_desktop.gui.pdf_pages import render_pages
    from weltoffen_desktop.minutes.build import build_minutes

    pdf = build_minutes(source, kind, language)
    return Preview(source, kind, language, pdf, render_pages(pdf, width))


class MinutesPage(Page):
    page_id = "minutes"

    def __init__(self, session: WorkspaceSession, settings: Settings) -> None:
        super().__init__(session)
        self.settings = settings
        self.ui = Ui_MinutesPage()
        self.ui.setupUi(self)
        self.ui.title.setProperty("role", "pageTitle")
        self.ui.kindNote.setProperty("role", "muted")
        self.ui.exportsNote.setProperty("role", "muted")
        self.ui.previewStatus.setProperty("role", "muted")
        header = self.ui.exportsTable.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.pagesLayout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.worker = Worker(self.ui.busyBar, self)
        self._workshops: list[WorkshopSummary] = []
        self._uid: str | None = None
        self._exports: list[MinutesExportInfo] = []
        self.preview: Preview | None = None
        self._wanted = False  # once a preview was asked for, a new choice rebuilds it

        self.ui.workshopCombo.currentIndexChanged.connect(self._workshop_chosen)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        self.ui.previewButton.clicked.connect(self.build_preview)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.signButton.clicked.connect(self.sign)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.exportsTable.itemSelectionChanged.connect(self._update_buttons)
        self._show_kind_note()

    def title(self) -> str:
        return self.tr("Protokoll")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_kind_note()

    @property
    def kind(self) -> str:
        return KINDS[max(0, self.ui.kindCombo.currentIndex())]

    # --- choosing ------------------------------------------------------------------------

    def _workshop_chosen(self, index: int) -> None:
        self._uid = self.ui.workshopCombo.itemData(index)
        self._choice_changed()

    def _kind_chosen(self) -> None:
        self._show_kind_note()
        self._choice_changed()

    def _choice_changed(self) -> None:
        self._show_exports()
        self._show_preview_state()
        if self._wanted and self.preview is not None and not self.worker.running:
            self.build_preview()

    def _show_kind_note(self) -> None:
        if self.kind == "course":
            note = self.tr(
                "Verlaufsprotokoll: zusätzlich der Verlauf jedes Tagesordnungspunkts "
                "(seine Notizen) und jede Karte im Wortlaut."
            )
        else:
            note = self.tr(
                "Ergebnisprotokoll: Teilnehmende, Ergebnisse, Beschlüsse und Maßnahmen; "
                "die Karten zusammengefasst nach Clustern."
            )
        self.ui.kindNote.setText(note)

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.session.workspace
        from weltoffen_desktop.operations.workshop import workshops

        self._workshops = workshops(ws) if ws is not None else []
        uids = [w.uid for w in self._workshops]
        if self._uid not in uids:
            self._uid = uids[0] if uids else None
        with signals_blocked(self.ui.workshopCombo):
            self.ui.workshopCombo.clear()
            for summary in self._workshops:
                date = QLocale().toString(summary.date, QLocale.FormatType.ShortFormat)
                label = f"{summary.title} ({date})" if summary.date else summary.title
                self.ui.workshopCombo.addItem(label, summary.uid)
            self.ui.workshopCombo.setCurrentIndex(max(0, self.ui.workshopCombo.findData(self._uid)))
        if self._uid is None:
            self.ui.hint.setText(
                self.tr(
                    "Legen Sie auf der Seite „Workshop“ einen Workshop an; hier entsteht dann "
                    "sein Protokoll."
                )
            )
            self.ui.states.setCurrentWidget(self.ui.hintPanel)
            self._clear_pages()
            self.preview = None
            return
        self.ui.states.setCurrentWidget(self.ui.mainPanel)
        self._show_exports()
        self._show_preview_state()

    def _current_source(self) -> MinutesSource | None:
        ws, uid = self.session.workspace, self._uid
        if ws is None or uid is None:
            return None
        from weltoffen_desktop.operations.minutes import minutes_source

        return self.session.result_of(lambda: minutes_source(ws, uid))

    def _preview_is_current(self, source: MinutesSource | None) -> bool:
        p = self.preview
        return (
            p is not None
            and source is not None
            and (p.source, p.kind, p.language) == (source, self.kind, catalogue_language())
        )

    def _show_preview_state(self) -> None:
        if self.worker.running:
            return
        if self.preview is None:
            self.ui.previewStatus.setText(
                self.tr("Die Vorschau zeigt die Seiten, wie sie exportiert werden.")
            )
        elif self._preview_is_current(self._current_source()):
            self.ui.previewStatus.setText(
                self.tr("Seiten: {pages} – aktuell").format(pages=len(self.preview.images))
            )
        else:
            self.ui.previewStatus.setText(
                self.tr(
                    "Die Vorschau ist nicht mehr aktuell: „Vorschau erstellen“ zeichnet sie neu."
                )
            )
        self._update_buttons()

    def _page_width(self) -> int:
        available = self.ui.previewArea.viewport().width() - 40
        width = max(PAGE_WIDTH[0], min(PAGE_WIDTH[1], available))
        return round(width * self.devicePixelRatioF())

    def _locked(self) -> list:
        ui = self.ui
        return [ui.previewButton, ui.exportButton, ui.signButton, ui.workshopCombo, ui.kindCombo]

    def build_preview(self) -> None:
        source = self._current_source()
        if source is None or self.worker.running:
            return
        self._wanted = True
        kind, language, width = self.kind, catalogue_language(), self._page_width()
        self.ui.previewStatus.setText(self.tr("Das Protokoll wird erstellt …"))
        self.worker.start(
            lambda: _make_preview(source, kind, language, width),
            self._show_preview,
            self._failed,
            lock=self._locked(),
        )

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self._clear_pages()
        ratio = self.devicePixelRatioF()
        for number, image in enumerate(preview.images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page = QLabel()
            page.setPixmap(pixmap)
            page.setFrameShape(QLabel.Shape.Box)
            page.setAccessibleName(self.tr("Seite {page}").format(page=number))
            self.ui.pagesLayout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show_preview_state()

    def _clear_pages(self) -> None:
        while self.ui.pagesLayout.count():
            item = self.ui.pagesLayout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _failed(self, _error: BaseException, text: str) -> None:
        self._show_preview_state()
        self.session.failed.emit(text)

    # --- exports -------------------------------------------------------------------------

    def _show_exports(self) -> None:
        ws, uid = self.session.workspace, self._uid
        from weltoffen_desktop.operations.minutes import exports_of

        self._exports = exports_of(ws, uid) if ws is not None and uid is not None else []
        table, locale = self.ui.exportsTable, QLocale()
        kinds = {"results": self.tr("Ergebnisprotokoll"), "course": self.tr("Verlaufsprotokoll")}
        with signals_blocked(table):
            table.setRowCount(len(self._exports))
            for row, info in enumerate(self._exports):
                local = info.exported_at.replace(tzinfo=UTC).astimezone()
                when = locale.toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
                path = Path(info.path)
                cells = {WHEN: when, KIND: kinds.get(info.kind, info.kind), FILE: path.name}
                for column, value in cells.items():
                    item = QTableWidgetItem(value)
                    item.setToolTip(
                        self.tr("{path}\nSHA-256: {sha}").format(path=path, sha=info.sha256)
                    )
                    table.setItem(row, column, item)
            if self._exports:
                table.selectRow(0)
        self._update_buttons()

    def selected_export(self) -> MinutesExportInfo | None:
        row = self.ui.exportsTable.currentRow()
        return self._exports[row] if 0 <= row < len(self._exports) else None

    def _update_buttons(self) -> None:
        has_export = self.selected_export() is not None and not self.worker.running
        self.ui.signButton.setEnabled(has_export)
        self.ui.exportButton.setEnabled(self._uid is not None and not self.worker.running)

    def export(self, folder: Path | None = None) -> None:
        """Ask for a folder (``folder`` skips the question) and write the minutes there."""
        source = self._current_source()
        if source is None or self.worker.running:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self,
                self.tr("Ordner für das Protokoll wählen"),
                self.settings.minutes_folder or str(Path.home()),
            )
            if not chosen:
                return
            folder = Path(chosen)
        self.settings.minutes_folder = str(folder)
        kind, language = self.kind, catalogue_language()
        if self._preview_is_current(source):
            assert self.preview is not None
            self._write(source, kind, language, self.preview.pdf, folder)
            return
        from weltoffen_desktop.minutes.build import build_minutes

        self.ui.previewStatus.setText(self.tr("Das Protokoll wird erstellt …"))
        self.worker.start(
            lambda: build_minutes(source, kind, language),
            lambda pdf: self._write(source, kind, language, pdf, folder),
            self._failed,
            lock=self._locked(),
        )

    def _write(
        self, source: MinutesSource, kind: str, language: str, pdf: bytes, folder: Path
    ) -> None:
        from weltoffen_desktop.minutes.export import free_path, suggested_name, write_minutes

        ws, uid = self.session.workspace, source.workshop.uid
        if ws is None:
            return
        path = free_path(folder, suggested_name(source, kind, language))
        if self.session.run(lambda: write_minutes(ws, uid, pdf, path, kind)):
            self.ui.previewStatus.setText(
                self.tr("Gespeichert als „{name}“").format(name=path.name)
            )
            self.ui.previewStatus.setToolTip(str(path))
        else:
            self._show_preview_state()

    # --- signatures ----------------------------------------------------------------------

    def _existing_file(self) -> tuple[MinutesExportInfo, Path] | None:
        info = self.selected_export()
        if info is None:
            return None
        path = Path(info.path)
        if not path.is_file():
            self.session.failed.emit(
                self.tr(
                    "Die Datei gibt es nicht mehr (oder der Ordner ist gerade nicht "
                    "erreichbar):\n{path}"
                ).format(path=path)
            )
            return None
        return info, path

    def sign(self) -> None:
        """Sign the chosen exported file; the signed file is recorded as a new version."""
        found = self._existing_file()
        ws = self.session.workspace
        if found is None or ws is None:
            return
        info, path = found
        from weltoffen_desktop.gui.sign_dialog import SignDialog

        dialog = SignDialog(path, self, settings=self.settings, language=catalogue_language())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from weltoffen_desktop.operations.minutes import record_export

        uid = self._uid
        assert uid is not None
        self.session.run(
            lambda: record_export(
                ws, uid, str(path), info.kind, hashlib.sha256(path.read_bytes()).hexdigest()
            )
        )

    def verify(self) -> None:
        """Check the signatures of the chosen exported file (or of any PDF)."""
        info = self.selected_export()
        path = Path(info.path) if info is not None and Path(info.path).is_file() else None
        from weltoffen_desktop.gui.verify_dialog import VerifyDialog

        VerifyDialog(self, pdf_path=path).exec()

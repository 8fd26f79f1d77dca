"""Übersicht: the municipality profile and what the workspace holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeWidget, QTreeWidgetItem

from weltoffen_desktop.gui.generated.ui_overview_page import Ui_OverviewPage
from weltoffen_desktop.gui.pages.base import Page

if TYPE_CHECKING:
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession

LOGO_MAX_PIXELS = 512


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _fill(table: QTreeWidget, rows: list[list[str]], numeric: tuple[int, ...]) -> None:
    table.clear()
    for row in rows:
        item = QTreeWidgetItem(table, row)
        for column in numeric:
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
    for column in range(1, table.columnCount()):
        table.resizeColumnToContents(column)


class OverviewPage(Page):
    page_id = "overview"
    needs_workspace = False

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__(session)
        self.ui = Ui_OverviewPage()
        self.ui.setupUi(self)
        self.ui.welcomeTitle.setProperty("role", "pageTitle")
        self.ui.municipalityTitle.setProperty("role", "pageTitle")
        self.ui.filePath.setProperty("role", "muted")
        self.ui.logoPreview.setProperty("role", "logo")
        for table in (self.ui.roundsTable, self.ui.workshopsTable):
            table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.header().setStretchLastSection(False)
        self.ui.newButton.clicked.connect(self.new_requested)
        self.ui.openButton.clicked.connect(self.open_requested)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.nameEdit.editingFinished.connect(self._rename)
        self.ui.chooseLogoButton.clicked.connect(self._choose_logo)
        self.ui.removeLogoButton.clicked.connect(self._remove_logo)

    def title(self) -> str:
        return self.tr("Übersicht")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def refresh(self) -> None:
        ws = self.session.workspace
        if ws is None:
            self.ui.states.setCurrentWidget(self.ui.emptyPanel)
            return
        from weltoffen_desktop.operations.summary import summarize

        summary = summarize(ws)
        self.ui.states.setCurrentWidget(self.ui.workspacePanel)
        self.ui.municipalityTitle.setText(summary.municipality)
        self.ui.filePath.setText(str(ws.path))
        if not self.ui.nameEdit.hasFocus():
            self.ui.nameEdit.setText(summary.municipality)
        self._show_logo(summary.logo)
        locale = QLocale()
        _fill(
            self.ui.roundsTable,
            [
                [r.name, locale.toString(r.respondents), locale.toString(r.answers), r.catalogue]
                for r in summary.rounds
            ],
            numeric=(1, 2),
        )
        _fill(
            self.ui.workshopsTable,
            [
                [
                    w.title,
                    locale.toString(w.date, self.tr("dd.MM.yyyy")) if w.date else "–",
                    *(locale.toString(n) for n in (w.participants, w.cards, w.measures)),
                ]
                for w in summary.workshops
            ],
            numeric=(2, 3, 4),
        )

    def _show_logo(self, logo: bytes | None) -> None:
        self.ui.removeLogoButton.setEnabled(logo is not None)
        if logo is None:
            self.ui.logoPreview.setText(self.tr("kein Logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(logo)
        size = self.ui.logoPreview.size() * self.devicePixelRatioF()
        scaled = pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(self.devicePixelRatioF())
        self.ui.logoPreview.setPixmap(scaled)

    def _rename(self) -> None:
        ws = self.session.workspace
        name = self.ui.nameEdit.text()
        if ws is None or name.strip() == self.ui.municipalityTitle.text():
            return
        from weltoffen_desktop.operations.workspace import set_municipality_name

        if not self.session.run(lambda: set_municipality_name(ws, name)):
            self.ui.nameEdit.setText(self.ui.municipalityTitle.text())

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo wählen"), "", self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_from_file(path)

    def set_logo_from_file(self, path: str) -> bool:
        ws = self.session.workspace
        image = QImage(path)
        if ws is None:
            return False
        if image.isNull():
            self.session.failed.emit(
                self.tr("Die Datei ist kein lesbares Bild:\n{path}").format(path=path)
            )
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PIXELS:
            image = image.scaled(
                LOGO_MAX_PIXELS,
                LOGO_MAX_PIXELS,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        from weltoffen_desktop.operations.workspace import set_logo

        data = png_bytes(image)
        return self.session.run(lambda: set_logo(ws, data))

    def _remove_logo(self) -> None:
        ws = self.session.workspace
        if ws is None:
            return
        from weltoffen_desktop.operations.workspace import set_logo

        self.session.run(lambda: set_logo(ws, None))

"""The main window: navigation, pages, File menu and the status bar."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QTime, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
)

from weltoffen_desktop import APP_NAME, FILE_SUFFIX
from weltoffen_desktop.gui.data_safety import DataSafety
from weltoffen_desktop.gui.generated.ui_main_window import Ui_MainWindow
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.paths import AppDirs

if TYPE_CHECKING:
    from weltoffen_desktop.gui.pages.base import Page
    from weltoffen_desktop.gui.pages.overview import OverviewPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, settings: Settings, dirs: AppDirs, *, dialogs: bool = True) -> None:
        super().__init__()
        self.dialogs = dialogs
        self.settings = settings
        self.dirs = dirs
        self.session = WorkspaceSession(self, backups_dir=dirs.data)
        self._saved_at: QTime | None = None
        self._painted = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.navigation.setProperty("role", "navigation")

        self.pages: list[Page] = []
        self.overview: OverviewPage | None = None
        self.file_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setProperty("role", "saveState")
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)

        self.ui.actionNew.setShortcut(QKeySequence.StandardKey.New)
        self.ui.actionOpen.setShortcut(QKeySequence.StandardKey.Open)
        self.ui.actionClose.setShortcut(QKeySequence.StandardKey.Close)
        self.ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        self.ui.actionNew.triggered.connect(self.ask_new)
        self.ui.actionOpen.triggered.connect(self.ask_open)
        self.ui.actionOpenDemo.triggered.connect(self.open_demo)
        self.ui.actionClose.triggered.connect(self.session.close)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionCertificate.triggered.connect(self.show_certificate_dialog)
        self.ui.actionSignPdf.triggered.connect(self.ask_sign_pdf)
        self.ui.actionVerifyPdf.triggered.connect(self.show_verify_dialog)
        self.ui.actionPresent.triggered.connect(self.toggle_presentation)
        self.ui.menuRecent.aboutToShow.connect(self._fill_recent_menu)
        self.data_safety = DataSafety(
            self,
            start_folder=self._start_folder,
            file_filter=self._file_filter,
            show_problem=self._show_problem,
        )
        self.ui.actionOpenEncrypted.triggered.connect(self.data_safety.open_encrypted)
        self.ui.actionRestoreBackup.triggered.connect(self.data_safety.restore_backup)
        self.ui.actionExportEncrypted.triggered.connect(self.data_safety.export_encrypted)
        self.ui.actionMerge.triggered.connect(self.ask_merge)

        self.session.opened.connect(self._on_opened)
        self.session.closed.connect(self._on_closed)
        self.session.saved.connect(self._on_saved)
        self.session.failed.connect(self._show_problem)

        self._update_state()  # setupUi has translated the form already
        self.restoreGeometry(settings.window_geometry)
        self.restoreState(settings.window_state)

    def build_pages(self) -> None:
        """Create the pages; called right after the first paint of the bare shell.

        Page modules (and Qt's large ``Qt`` namespace they use, ~50 ms) load here,
        so the window frame appears as fast as an empty window does.
        """
        if self.pages:
            return
        from weltoffen_desktop.gui.pages.evaluation import EvaluationPage
        from weltoffen_desktop.gui.pages.minutes import MinutesPage
        from weltoffen_desktop.gui.pages.overview import OverviewPage
        from weltoffen_desktop.gui.pages.selfcheck import SelfcheckPage
        from weltoffen_desktop.gui.pages.settings_page import SettingsPage
        from weltoffen_desktop.gui.workshop.page import WorkshopPage

        self.overview = OverviewPage(self.session)
        self.overview.new_requested.connect(self.ask_new)
        self.overview.open_requested.connect(self.ask_open)
        self.overview.demo_requested.connect(self.open_demo)
        workshop = WorkshopPage(self.session)
        self.ui.menuEdit.addActions([workshop.undo_action, workshop.redo_action])
        self.pages = [
            self.overview,
            SelfcheckPage(self.session),
            EvaluationPage(self.session),
            workshop,
            MinutesPage(self.session, self.settings),
            SettingsPage(self.session, self.settings, self.dirs),
        ]
        for page in self.pages:
            self.ui.pages.addWidget(page)
            QListWidgetItem(self.ui.navigation)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self._update_state()
        self.ui.navigation.setCurrentRow(0)

    # --- workspace files -------------------------------------------------

    def open_path(self, path: Path, *, take_over: bool = False) -> bool:
        if self.session.open(path, take_over=take_over):
            return True
        from weltoffen_desktop.storage.database import Problem

        refusal = self.session.last_refusal
        problem = refusal.problem if refusal is not None else None
        if problem is Problem.DAMAGED:
            return self.offer_backup(Path(path))
        if refusal is not None and problem is Problem.LOCK_STALE:
            return self.data_safety.offer_take_over(Path(path), refusal)
        if not Path(path).exists():
            self.settings.forget_file(path)
        return False

    def offer_backup(self, path: Path) -> bool:
        """A damaged workspace: offer its newest automatic backup; the damaged file stays."""
        from weltoffen_desktop.operations.backups import backups_of, restore

        backups = backups_of(path, self.dirs.data)
        if not backups or not self.dialogs:
            return False
        newest = backups[0]
        answer = QMessageBox.question(
            self,
            self.tr("Sicherung wiederherstellen?"),
            self.tr(
                "Für diese Datei gibt es eine automatische Sicherung vom {date}.\n\n"
                "Soll diese Sicherung wiederhergestellt werden? Die beschädigte Datei "
                "bleibt daneben erhalten."
            ).format(date=QLocale().toString(newest.created, self.tr("dd.MM.yyyy, HH:mm 'Uhr'"))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if not self.session.run(lambda: restore(newest.path, path)):
            return False
        return self.session.open(path)

    def ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Arbeitsbereich öffnen"), self._start_folder(), self._file_filter()
        )
        if path:
            self.open_path(Path(path))

    def ask_new(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Neuer Arbeitsbereich"),
            self.tr("Name der Kommune:"),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Arbeitsbereich anlegen"),
            str(Path(self._start_folder()) / f"{name.strip() or 'Kommune'}{FILE_SUFFIX}"),
            self._file_filter(),
        )
        if path:
            if not path.endswith(FILE_SUFFIX):
                path += FILE_SUFFIX
            self.session.create(Path(path), name)

    def ask_merge(self) -> None:
        """Datei › Zusammenführen…; the workspace is opened anew once something came in."""
        from weltoffen_desktop.gui.merge_wizard import MergeWizard

        ws = self.session.workspace
        if ws is None:
            return
        wizard = MergeWizard(
            self.session, self.dirs.data, self._start_folder(), self._file_filter(), self
        )
        wizard.exec()
        if wizard.outcome is not None and (wizard.outcome.added or wizard.outcome.replaced):
            self.open_path(ws.path)

    def open_demo(self) -> None:
        folder = self.dirs.data / "demo"
        folder.mkdir(parents=True, exist_ok=True)
        self.session.create_demo(folder / f"Musterstadt-Demo{FILE_SUFFIX}")

    def _start_folder(self) -> str:
        recent = self.settings.recent_files
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def _file_filter(self) -> str:
        return self.tr("Weltoffen-Arbeitsbereiche (*{suffix})").format(suffix=FILE_SUFFIX)

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        recent = self.settings.recent_files
        for number, entry in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {entry}" if number < 10 else entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_path(Path(p)))
        if not recent:
            menu.addAction(self.tr("(keine)")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(self.tr("Liste leeren"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []

    # --- state -----------------------------------------------------------

    def _on_opened(self) -> None:
        ws = self.session.workspace
        assert ws is not None
        self.settings.remember_file(ws.path)
        self._saved_at = None
        self._update_state()

    def _on_closed(self) -> None:
        self._update_state()

    def _on_saved(self) -> None:
        self._saved_at = QTime.currentTime()
        self._update_state()

    def _show_problem(self, text: str) -> None:
        log.warning("Shown to the user: %s", text)
        if self.dialogs:
            QMessageBox.warning(self, APP_NAME, text)
        else:
            print(text, file=sys.stderr)

    def _update_state(self) -> None:
        ws = self.session.workspace
        if self.pages:
            from PySide6.QtCore import (
                Qt,
            )  # first use of the Qt namespace is costly; see build_pages

            flag = Qt.ItemFlag.ItemIsEnabled
        for row, page in enumerate(self.pages):
            item = self.ui.navigation.item(row)
            item.setText(page.title())
            enabled = ws is not None or not page.needs_workspace
            item.setFlags(item.flags() | flag if enabled else item.flags() & ~flag)
        if ws is None and self.pages:
            self.ui.navigation.setCurrentRow(0)
        self.ui.actionClose.setEnabled(ws is not None)
        self.ui.actionPresent.setEnabled(ws is not None and bool(self.pages))
        self.ui.actionRestoreBackup.setEnabled(ws is not None)
        self.ui.actionExportEncrypted.setEnabled(ws is not None)
        self.ui.actionMerge.setEnabled(ws is not None)
        if ws is None:
            self.setWindowTitle(APP_NAME)
            self.file_label.setText(self.tr("Kein Arbeitsbereich geöffnet"))
            self.save_label.clear()
            return
        self.setWindowTitle(f"{ws.path.name} – {APP_NAME}")
        self.file_label.setText(self.tr("Datei: {path}").format(path=ws.path))
        if self._saved_at is None:
            self.save_label.setText(self.tr("Alle Änderungen gespeichert"))
        else:
            self.save_label.setText(
                self.tr("Gespeichert um {time}").format(time=self._saved_at.toString("HH:mm:ss"))
            )

    def toggle_presentation(self) -> None:
        """F5: the Auswertung page's round full screen on the projector, or back."""
        from weltoffen_desktop.gui.pages.evaluation import EvaluationPage

        for page in self.pages:
            if isinstance(page, EvaluationPage):
                page.toggle_presentation()

    # --- Extras: digital signatures ---------------------------------------

    def show_certificate_dialog(self) -> None:
        from weltoffen_desktop.gui.certificate_dialog import CertificateDialog

        CertificateDialog(self.settings, self).exec()

    def ask_sign_pdf(self) -> None:
        from weltoffen_desktop.gui.sign_dialog import SignDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("PDF unterschreiben"), str(Path.home()), self.tr("PDF-Dateien (*.pdf)")
        )
        if path:
            SignDialog(Path(path), self).exec()

    def show_verify_dialog(self) -> None:
        from weltoffen_desktop.gui.verify_dialog import VerifyDialog

        VerifyDialog(self).exec()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._update_state()

    def show_about(self) -> None:
        from weltoffen_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    # --- Qt events ---------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.session.close()
        super().closeEvent(event)

"""The File menu's data-safety commands: restoring a backup, encrypted copies, and
taking over a workspace whose opener has gone silent."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

if TYPE_CHECKING:
    from weltoffen_desktop.gui.main_window import MainWindow
    from weltoffen_desktop.storage.database import WorkspaceError

STATUS_SECONDS = 15


class DataSafety(QObject):
    """Runs these commands for ``window``; the callables are the window's own helpers."""

    def __init__(
        self,
        window: MainWindow,
        *,
        start_folder: Callable[[], str],
        file_filter: Callable[[], str],
        show_problem: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.start_folder = start_folder
        self.file_filter = file_filter
        self.show_problem = show_problem

    def offer_take_over(self, path: Path, refusal: WorkspaceError) -> bool:
        """A lock whose holder went silent: take the workspace over if the user says so."""
        from weltoffen_desktop.gui.messages import workspace_error_text

        text = workspace_error_text(refusal)
        if not self.window.dialogs:
            self.show_problem(text)
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Arbeitsbereich übernehmen?"),
            text
            + "\n\n"
            + self.tr(
                "Übernehmen Sie ihn nur, wenn er dort sicher nicht mehr geöffnet ist: "
                "Änderungen, die dort danach noch gemacht werden, werden nicht gespeichert."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Übernehmen"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        return self.window.open_path(path, take_over=True)

    # --- restoring ---------------------------------------------------------------------

    def restore_backup(self) -> None:
        """Choose one of the open workspace's backups, confirm, restore, reopen."""
        from weltoffen_desktop.gui.restore_dialog import RestoreDialog
        from weltoffen_desktop.operations.backups import backups_of, restore
        from weltoffen_desktop.storage.backup import backup_folder

        ws = self.session.workspace
        if ws is None:
            return
        path = ws.path
        folder = backup_folder(self.window.dirs.data, path)
        dialog = RestoreDialog(path, folder, backups_of(path, self.window.dirs.data), self.window)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is None:
            return
        when = QLocale().toString(chosen.created, self.tr("dd.MM.yyyy, HH:mm:ss 'Uhr'"))
        answer = QMessageBox.question(
            self.window,
            self.tr("Sicherung wiederherstellen?"),
            self.tr(
                "„{name}“ wird auf den Stand der Sicherung vom {date} zurückgesetzt.\n\n"
                "Der jetzige Stand wird nicht gelöscht: Er bleibt im selben Ordner als "
                "„{stem}.before-restore-<Datum>-<Uhrzeit>.weltoffen“ erhalten. Änderungen seit "
                "der Sicherung finden Sie nur noch dort.\n\nJetzt wiederherstellen?"
            ).format(name=path.name, date=when, stem=path.stem),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.close()  # a workspace is restored closed; its lock is released
        aside = self.session.result_of(lambda: restore(chosen.path, path))
        if self.window.open_path(path) and aside is not None:
            self.window.statusBar().showMessage(
                self.tr("Sicherung vom {date} wiederhergestellt; der vorige Stand: {aside}").format(
                    date=when, aside=aside.name
                ),
                STATUS_SECONDS * 1000,
            )

    # --- encrypted copies --------------------------------------------------------------

    def _filter(self) -> str:
        from weltoffen_desktop.operations.encrypted_copy import SUFFIX

        return self.tr("Verschlüsselte Kopien (*{suffix})").format(suffix=SUFFIX)

    def export_encrypted(self) -> None:
        """Write an encrypted copy of the open workspace, for a USB stick."""
        from weltoffen_desktop.gui.background import run_with_progress
        from weltoffen_desktop.gui.passphrase_dialog import PassphraseDialog
        from weltoffen_desktop.operations.encrypted_copy import SUFFIX, export_encrypted

        ws = self.session.workspace
        if ws is None:
            return
        source = ws.path
        out_name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Verschlüsselte Kopie speichern"),
            str(source.with_name(source.stem + SUFFIX)),
            self._filter(),
        )
        if not out_name:
            return
        out = Path(out_name if out_name.endswith(SUFFIX) else out_name + SUFFIX)
        dialog = PassphraseDialog(self.window, source.name, new=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase()
        label = self.tr("Die verschlüsselte Kopie wird geschrieben …")
        if self.session.run(
            lambda: run_with_progress(
                self.window,
                label,
                lambda report: export_encrypted(
                    source, out, passphrase, overwrite=True, fraction=report
                ),
            )
        ):
            self.window.statusBar().showMessage(
                self.tr("Verschlüsselte Kopie gespeichert: {path}").format(path=out),
                STATUS_SECONDS * 1000,
            )

    def open_encrypted(self) -> None:
        """Decrypt an encrypted copy into a new workspace file and open it."""
        from weltoffen_desktop import FILE_SUFFIX
        from weltoffen_desktop.gui.background import run_with_progress
        from weltoffen_desktop.gui.passphrase_dialog import PassphraseDialog
        from weltoffen_desktop.operations.encrypted_copy import SUFFIX, import_encrypted
        from weltoffen_desktop.operations.errors import InvalidInput

        sealed_name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Verschlüsselte Kopie öffnen"),
            self.start_folder(),
            self._filter(),
        )
        if not sealed_name:
            return
        sealed = Path(sealed_name)
        stem = sealed.name.removesuffix(SUFFIX)
        out_name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Entschlüsselten Arbeitsbereich speichern unter"),
            str(Path(self.start_folder()) / f"{stem}{FILE_SUFFIX}"),
            self.file_filter(),
        )
        if not out_name:
            return
        out = Path(out_name if out_name.endswith(FILE_SUFFIX) else out_name + FILE_SUFFIX)
        ws = self.session.workspace
        if ws is not None and ws.path.resolve() == out.resolve():
            self.session.close()  # replaced (and kept aside) below, so it must be closed
        label = self.tr("Die Kopie wird entschlüsselt und geprüft …")

        def decrypt(passphrase: str) -> bool:
            """True when done, False for a wrong passphrase; other errors are shown."""
            try:
                run_with_progress(
                    self.window,
                    label,
                    lambda report: import_encrypted(
                        sealed, out, passphrase, overwrite=True, fraction=report
                    ),
                )
            except InvalidInput as exc:
                if exc.code != "encrypted_wrong_passphrase":
                    raise
                return False
            return True

        retry = False
        while True:
            dialog = PassphraseDialog(self.window, sealed.name, new=False, retry=retry)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            done = self.session.result_of(functools.partial(decrypt, dialog.passphrase()))
            if done is None:
                return
            if done:
                self.window.open_path(out)
                return
            retry = True

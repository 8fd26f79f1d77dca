"""Extras › Zertifikat: create a signing certificate or choose an existing .p12, and export
its public part for recipients.

An existing .p12 stays where it is: after it opens with its passphrase, only its path is
remembered (Settings.signing_certificate). A copy in the application's folder would be a
second copy of a private key that the user does not see, back up or delete, and that
would miss a renewal made at the original place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from weltoffen_desktop.gui.dialog_parts import (
    choose_certificate_file,
    show_failure,
    show_problem,
)
from weltoffen_desktop.gui.generated.ui_certificate_dialog import Ui_CertificateDialog
from weltoffen_desktop.gui.worker import Worker

if TYPE_CHECKING:
    from cryptography import x509

    from weltoffen_desktop.gui.settings import Settings
    from weltoffen_desktop.signing.certificates import CertificateInfo, SigningIdentity


class CertificateDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_CertificateDialog()
        self.ui.setupUi(self)
        self._problem("")
        self.worker = Worker(self.ui.busyBar, self)
        self.certificate: x509.Certificate | None = None  # the public part, once opened
        self.info: CertificateInfo | None = None
        self.path: Path | None = None
        self._replace_confirmed: Path | None = None  # the save dialog asked about it

        self.ui.savePathEdit.setText(str(Path.home() / self.tr("Unterschrift.p12")))
        remembered = settings.signing_certificate
        if remembered:
            self.ui.openPathEdit.setText(remembered)
            self.ui.tabs.setCurrentWidget(self.ui.openTab)
        self.ui.saveBrowseButton.clicked.connect(self._choose_save_path)
        self.ui.openBrowseButton.clicked.connect(self._choose_existing)
        self.ui.createButton.clicked.connect(self.create)
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.openPassphraseEdit.returnPressed.connect(self.check)
        self.ui.exportButton.clicked.connect(self._choose_export_path)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_current()

    # --- actions ---------------------------------------------------------------------

    def create(self) -> None:
        from weltoffen_desktop.signing.certificates import create_certificate, load_identity

        passphrase = self.ui.passphraseEdit.text()
        if passphrase != self.ui.repeatEdit.text():
            self._problem(self.tr("Die beiden Passphrasen stimmen nicht überein."))
            self.ui.repeatEdit.setFocus()
            return
        path = Path(self.ui.savePathEdit.text().strip()).expanduser()
        if not self.ui.savePathEdit.text().strip():
            self._problem(self.tr("Bitte geben Sie an, wo das Zertifikat gespeichert wird."))
            self.ui.savePathEdit.setFocus()
            return
        name, organisation = self.ui.nameEdit.text(), self.ui.organisationEdit.text()
        email, replace = self.ui.emailEdit.text(), path == self._replace_confirmed

        def work() -> SigningIdentity:
            create_certificate(path, passphrase, name, organisation, email, overwrite=replace)
            return load_identity(path, passphrase)  # proves the new file opens

        self.worker.start(
            work, lambda identity: self._adopt(identity, path), self._failed, self._busy_lock()
        )

    def check(self) -> None:
        from weltoffen_desktop.signing.certificates import load_identity

        text = self.ui.openPathEdit.text().strip()
        if not text:
            self._problem(self.tr("Bitte wählen Sie eine Zertifikatsdatei (.p12 oder .pfx)."))
            self.ui.openPathEdit.setFocus()
            return
        path, passphrase = Path(text).expanduser(), self.ui.openPassphraseEdit.text()
        self.worker.start(
            lambda: load_identity(path, passphrase),
            lambda identity: self._adopt(identity, path),
            self._failed,
            self._busy_lock(),
        )

    def export_to(self, out: Path) -> bool:
        """Write the public certificate to ``out`` (.cer or .pem); False with a message if not."""
        from weltoffen_desktop.gui.messages import invalid_input_text, os_error_text
        from weltoffen_desktop.operations.errors import InvalidInput
        from weltoffen_desktop.signing.certificates import save_public_certificate

        assert self.certificate is not None
        try:
            save_public_certificate(self.certificate, out)
        except InvalidInput as exc:
            self._problem(invalid_input_text(exc))
            return False
        except OSError as exc:
            self._problem(os_error_text(exc))
            return False
        self._problem("")
        self.ui.currentInfo.setText(
            self._describe()
            + "<p>"
            + self.tr("Öffentliches Zertifikat gespeichert: {path}").format(path=_html(str(out)))
            + "</p>"
        )
        return True

    # --- results ---------------------------------------------------------------------

    def _adopt(self, identity: SigningIdentity, path: Path) -> None:
        self.certificate, self.info, self.path = identity.certificate, identity.info, path
        self.settings.signing_certificate = str(path.absolute())
        for field in (self.ui.passphraseEdit, self.ui.repeatEdit, self.ui.openPassphraseEdit):
            field.clear()
        self.ui.openPathEdit.setText(str(path))
        self._problem("")
        self._show_current()
        self.ui.exportButton.setFocus()

    def _failed(self, error: BaseException, text: str) -> None:
        show_failure(self.ui.problem, self.ui.openPassphraseEdit, error, text)

    def _show_current(self) -> None:
        self.ui.exportButton.setEnabled(self.certificate is not None)
        if self.certificate is not None:
            self.ui.currentInfo.setText(self._describe())
        elif self.settings.signing_certificate:
            self.ui.currentInfo.setText(
                self.tr(
                    "Gemerkt: {path}<br>Geben Sie die Passphrase ein und wählen Sie "
                    "„Prüfen und verwenden“, um es anzuzeigen und zu exportieren."
                ).format(path=_html(self.settings.signing_certificate))
            )
        else:
            self.ui.currentInfo.setText(
                self.tr(
                    "Noch kein Zertifikat: Erstellen Sie eines oder wählen Sie ein vorhandenes."
                )
            )

    def _describe(self) -> str:
        info, path = self.info, self.path
        assert info is not None and path is not None
        locale = QLocale()
        lines = [f"<b>{_html(info.name)}</b>"]
        lines += [_html(part) for part in (info.organisation, info.email) if part]
        lines.append(
            self.tr("Gültig vom {start} bis {end}").format(
                start=locale.toString(info.valid_from.date(), QLocale.FormatType.ShortFormat),
                end=locale.toString(info.valid_until.date(), QLocale.FormatType.ShortFormat),
            )
        )
        if info.self_signed:
            lines.append(self.tr("Selbst erstellt (nicht von einer Zertifizierungsstelle)"))
        lines.append(
            self.tr("Fingerabdruck (SHA-256): {fingerprint}").format(fingerprint=info.fingerprint)
        )
        lines.append(self.tr("Datei: {path}").format(path=_html(str(path))))
        return "<br>".join(lines)

    # --- file choosers ---------------------------------------------------------------

    def _choose_save_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Zertifikat speichern"),
            self.ui.savePathEdit.text(),
            self.tr("Zertifikatsdateien (*.p12 *.pfx)"),
        )
        if path:
            if Path(path).suffix.lower() not in (".p12", ".pfx"):
                path += ".p12"
            self.ui.savePathEdit.setText(path)
            self._replace_confirmed = Path(path)  # the dialog asked before replacing

    def _choose_existing(self) -> None:
        path = choose_certificate_file(self, self.ui.openPathEdit.text())
        if path is not None:
            self.ui.openPathEdit.setText(str(path))
            self.ui.openPassphraseEdit.setFocus()

    def _choose_export_path(self) -> None:
        assert self.info is not None and self.path is not None
        der, pem = self.tr("Zertifikat (*.cer)"), self.tr("Zertifikat als Text (*.pem)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Öffentliches Zertifikat exportieren"),
            str(self.path.with_suffix(".cer")),
            f"{der};;{pem}",
        )
        if path:
            if Path(path).suffix.lower() not in (".cer", ".pem", ".crt", ".der"):
                path += ".pem" if chosen == pem else ".cer"
            self.export_to(Path(path))

    # --- state -----------------------------------------------------------------------

    def _problem(self, text: str) -> None:
        show_problem(self.ui.problem, text)

    def _busy_lock(self) -> tuple[QWidget, ...]:
        return (self.ui.tabs, self.ui.currentBox)

    def reject(self) -> None:
        if not self.worker.running:  # a certificate being written is not abandoned
            super().reject()


def _html(text: str) -> str:
    import html

    return html.escape(text)

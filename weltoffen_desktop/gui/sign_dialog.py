"""Signing a PDF in place: certificate, passphrase, which signature field, which role.

    dialog = SignDialog(pdf_path, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.signed  # SignedPdf: the path, the field signed, whether it was new

Reading the PDF's fields and signing run on a worker thread; the busy bar appears if that
takes longer than ~200 ms. The certificate's path is remembered, its passphrase never.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from weltoffen_desktop.gui.dialog_parts import (
    choose_certificate_file,
    show_failure,
    show_problem,
)
from weltoffen_desktop.gui.generated.ui_sign_dialog import Ui_SignDialog
from weltoffen_desktop.gui.i18n import catalogue_language
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.worker import Worker

if TYPE_CHECKING:
    from weltoffen_desktop.signing.sign import SignatureField, SignedPdf

STAMP_LANGUAGES = (("Deutsch", "de"), ("English", "en"))


class SignDialog(QDialog):
    def __init__(
        self,
        pdf_path: Path,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        language: str | None = None,
    ) -> None:
        """``settings``: where the certificate's path is remembered (default: the main
        window's); ``language``: of the stamp text ("de"/"en", default: the interface's)."""
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.settings = settings if settings is not None else _settings_of(parent)
        self.signed: SignedPdf | None = None
        self.ui = Ui_SignDialog()
        self.ui.setupUi(self)
        self._problem("")
        self.worker = Worker(self.ui.busyBar, self)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Unterschreiben"))
        self.ok_button.setDefault(True)  # Enter in the passphrase signs
        self.ok_button.setEnabled(False)
        self.ui.filePath.setText(str(self.pdf_path))
        for label, code in STAMP_LANGUAGES:
            self.ui.languageCombo.addItem(label, code)
        chosen = self.ui.languageCombo.findData(language or catalogue_language())
        self.ui.languageCombo.setCurrentIndex(max(chosen, 0))
        self._role_edited = False
        if self.settings is not None and self.settings.signing_certificate:
            self.ui.certificateEdit.setText(self.settings.signing_certificate)
            self.ui.passphraseEdit.setFocus()
        else:
            self.ui.certificateEdit.setFocus()

        self.ui.browseButton.clicked.connect(self._choose_certificate)
        self.ui.fieldCombo.currentIndexChanged.connect(self._suggest_role)
        self.ui.languageCombo.currentIndexChanged.connect(self._suggest_role)
        self.ui.roleCombo.lineEdit().textEdited.connect(self._role_was_edited)
        self.ui.roleCombo.activated.connect(self._role_was_edited)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._read_fields()

    # --- the PDF's fields ------------------------------------------------------------

    def _read_fields(self) -> None:
        from weltoffen_desktop.signing.sign import signature_fields

        path = self.pdf_path
        self.worker.start(lambda: signature_fields(path), self._show_fields, self._unreadable)

    def _show_fields(self, fields: list[SignatureField]) -> None:
        combo = self.ui.fieldCombo
        combo.clear()
        for field in fields:
            label = self._field_label(field.name)
            if field.signed:
                label = self.tr("{field} – bereits unterschrieben").format(field=label)
            combo.addItem(label, field.name)
            combo.model().item(combo.count() - 1).setEnabled(not field.signed)  # type: ignore[attr-defined]
        combo.addItem(self.tr("Neues Feld unten auf der letzten Seite"), "")
        first_empty = next((i for i, f in enumerate(fields) if not f.signed), len(fields))
        combo.setCurrentIndex(first_empty)
        self._suggest_role()
        self.ok_button.setEnabled(True)

    def _unreadable(self, _error: BaseException, text: str) -> None:
        self._problem(text)
        self.ok_button.setEnabled(False)

    def _field_label(self, name: str) -> str:
        labels = {"chair": self.tr("Vorsitz"), "minute_taker": self.tr("Protokollführung")}
        return labels.get(name, name)

    def chosen_field(self) -> str | None:
        """The field to sign; None for a new field."""
        return self.ui.fieldCombo.currentData() or None

    def stamp_language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def _role_was_edited(self) -> None:
        self._role_edited = True

    def _suggest_role(self) -> None:
        """The field's usual role in the stamp's language, until the user types their own."""
        if self._role_edited or self.ui.fieldCombo.count() == 0:
            return
        from weltoffen_desktop.signing.sign import DEFAULT_ROLES, default_role

        roles = DEFAULT_ROLES[self.stamp_language()]
        self.ui.roleCombo.clear()
        self.ui.roleCombo.addItems(list(roles.values()))
        self.ui.roleCombo.setCurrentText(default_role(self.chosen_field(), self.stamp_language()))

    # --- signing ---------------------------------------------------------------------

    def accept(self) -> None:
        from weltoffen_desktop.signing.certificates import load_identity
        from weltoffen_desktop.signing.sign import sign_pdf

        certificate = self.ui.certificateEdit.text().strip()
        if not certificate:
            self._problem(self.tr("Bitte wählen Sie Ihr Zertifikat (.p12 oder .pfx)."))
            self.ui.certificateEdit.setFocus()
            return
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._problem(self.tr("Bitte geben Sie die Passphrase Ihres Zertifikats ein."))
            self.ui.passphraseEdit.setFocus()
            return
        p12, pdf = Path(certificate).expanduser(), self.pdf_path
        field, role = self.chosen_field(), self.ui.roleCombo.currentText()
        language = self.stamp_language()
        self._problem("")

        def work() -> SignedPdf:
            identity = load_identity(p12, passphrase)
            return sign_pdf(pdf, identity, field=field, role=role, language=language)

        form = (
            self.ui.certificateEdit,
            self.ui.browseButton,
            self.ui.passphraseEdit,
            self.ui.fieldCombo,
            self.ui.roleCombo,
            self.ui.languageCombo,
            self.ok_button,
        )
        self.worker.start(work, lambda signed: self._done(signed, p12), self._failed, form)

    def _done(self, signed: SignedPdf, p12: Path) -> None:
        self.signed = signed
        self.ui.passphraseEdit.clear()
        if self.settings is not None:
            self.settings.signing_certificate = str(p12.absolute())
        super().accept()

    def _failed(self, error: BaseException, text: str) -> None:
        show_failure(self.ui.problem, self.ui.passphraseEdit, error, text)

    # --- state -----------------------------------------------------------------------

    def _choose_certificate(self) -> None:
        path = choose_certificate_file(self, self.ui.certificateEdit.text())
        if path is not None:
            self.ui.certificateEdit.setText(str(path))
            self.ui.passphraseEdit.setFocus()

    def _problem(self, text: str) -> None:
        show_problem(self.ui.problem, text)

    def reject(self) -> None:
        if not self.worker.running:  # signing replaces the file; let it finish
            super().reject()


def _settings_of(parent: QWidget | None) -> Settings | None:
    """The main window's settings, if the dialog was opened from within it."""
    settings = getattr(parent.window(), "settings", None) if parent is not None else None
    return settings if isinstance(settings, Settings) else None

"""Asking for the passphrase of an encrypted copy: twice and long enough for a new one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from weltoffen_desktop.gui.generated.ui_passphrase_dialog import Ui_PassphraseDialog
from weltoffen_desktop.operations.encrypted_copy import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    """``new``: choose a passphrase (typed twice, at least MIN_PASSPHRASE characters);
    otherwise enter the one a copy was made with."""

    def __init__(self, parent: QWidget, file_name: str, *, new: bool, retry: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if new:
            self.setWindowTitle(self.tr("Verschlüsselt exportieren"))
            self.ui.intro.setText(
                self.tr(
                    "Wählen Sie eine Passphrase für die verschlüsselte Kopie von „{name}“. "
                    "Mindestens {min} Zeichen – am besten ein Satz aus mehreren Wörtern. "
                    "Bewahren Sie sie sicher auf: Ohne die Passphrase lässt sich die Kopie "
                    "nicht mehr öffnen, von niemandem."
                ).format(name=file_name, min=MIN_PASSPHRASE)
            )
            self.ok_button.setText(self.tr("&Exportieren"))
        else:
            self.setWindowTitle(self.tr("Verschlüsselte Kopie öffnen"))
            self.ui.intro.setText(
                self.tr("Passphrase für „{name}“:").format(name=file_name)
                if not retry
                else self.tr(
                    "Die Passphrase passt nicht zu „{name}“. Bitte geben Sie sie erneut ein."
                ).format(name=file_name)
            )
            self.ok_button.setText(self.tr("&Öffnen"))
            for widget in (self.ui.repeat, self.ui.repeatLabel, self.ui.status):
                widget.hide()
            self.resize(self.width(), self.minimumSizeHint().height())
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.passphrase.textChanged.connect(self._update)
        self.ui.repeat.textChanged.connect(self._update)
        self.ui.show.toggled.connect(self._show_characters)
        self._update()

    def passphrase(self) -> str:
        return self.ui.passphrase.text()

    def _show_characters(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.ui.passphrase.setEchoMode(mode)
        self.ui.repeat.setEchoMode(mode)

    def _update(self) -> None:
        passphrase = self.passphrase()
        if not self.new:
            self.ok_button.setEnabled(bool(passphrase))
            return
        missing = MIN_PASSPHRASE - len(passphrase)
        if missing > 0:
            status = self.tr("Zu kurz: {count} von mindestens {min} Zeichen.").format(
                count=len(passphrase), min=MIN_PASSPHRASE
            )
        elif self.ui.repeat.text() != passphrase:
            status = self.tr("Bitte wiederholen Sie die Passphrase genau gleich.")
        else:
            status = self.tr("Die Passphrase ist lang genug und stimmt überein.")
        self.ui.status.setText(status)
        self.ok_button.setEnabled(missing <= 0 and self.ui.repeat.text() == passphrase)

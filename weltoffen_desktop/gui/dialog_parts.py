"""Small pieces the signature dialogs share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget

from weltoffen_desktop.operations.errors import InvalidInput


def show_problem(label: QLabel, text: str) -> None:
    """The dialog's problem line: ``text``, or hidden when it is empty."""
    label.setText(text)
    label.setVisible(bool(text))


def show_failure(label: QLabel, passphrase: QLineEdit, error: BaseException, text: str) -> None:
    """A job's failure on the problem line; a wrong passphrase is selected to type anew."""
    show_problem(label, text)
    if isinstance(error, InvalidInput) and error.code == "passphrase_wrong":
        passphrase.selectAll()
        passphrase.setFocus()


def choose_certificate_file(parent: QWidget, start: str) -> Path | None:
    """Ask for an existing .p12/.pfx file; None if the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DialogParts", "Zertifikat wählen"),
        start or str(Path.home()),
        QCoreApplication.translate("DialogParts", "Zertifikatsdateien (*.p12 *.pfx)"),
    )
    return Path(path) if path else None

"""Extras › PDF-Signaturen prüfen: each signature of a PDF in a table, with what it means."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from weltoffen_desktop.gui.dialog_parts import show_problem
from weltoffen_desktop.gui.generated.ui_verify_dialog import Ui_VerifyDialog
from weltoffen_desktop.gui.worker import Worker

if TYPE_CHECKING:
    from weltoffen_desktop.signing.verify import SignatureCheck, VerifyReport

MAX_COLUMN_WIDTH = 220  # pixels


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, pdf_path: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.worker = Worker(self.ui.busyBar, self)
        self.report: VerifyReport | None = None
        self.pdf_path: Path | None = None
        self.trusted_path: Path | None = None
        self._problem("")
        self.ui.explanation.setText(self._explanation())
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.chooseButton.clicked.connect(self._choose_pdf)
        self.ui.trustButton.clicked.connect(self._choose_trusted)
        self.ui.table.currentCellChanged.connect(self._show_details)
        self.ui.buttons.rejected.connect(self.reject)
        if pdf_path is not None:
            self.check(Path(pdf_path))

    def check(self, pdf: Path, trusted: Path | None = None) -> None:
        """Verify ``pdf`` (against the certificate file ``trusted``, if given)."""
        from weltoffen_desktop.signing.certificates import load_public_certificate
        from weltoffen_desktop.signing.verify import verify_pdf

        self.pdf_path, self.trusted_path = pdf, trusted
        self.ui.pathEdit.setText(str(pdf))
        self.ui.trustEdit.setText(str(trusted) if trusted is not None else "")
        self._problem("")

        def work() -> VerifyReport:
            roots = [load_public_certificate(trusted)] if trusted is not None else []
            return verify_pdf(pdf, roots)

        lock = (self.ui.chooseButton, self.ui.trustButton)
        self.worker.start(work, self._show, self._failed, lock)

    # --- results ---------------------------------------------------------------------

    def _show(self, report: VerifyReport) -> None:
        self.report = report
        count = len(report.signatures)
        if not count:
            summary = self.tr("✘ Diese Datei ist nicht unterschrieben.")
        elif report.ok and count == 1:
            summary = self.tr(
                "✔ Die Unterschrift ist in Ordnung: unverändert seit dem Unterschreiben, und "
                "sie umfasst das ganze Dokument."
            )
        elif report.ok:
            summary = self.tr(
                "✔ Alle {count} Unterschriften sind in Ordnung: unverändert seit dem "
                "Unterschreiben, und die letzte umfasst das ganze Dokument."
            ).format(count=count)
        else:
            summary = self.tr(
                "✘ Achtung: Das Dokument wurde nach dem Unterschreiben verändert, oder eine "
                "Unterschrift ist beschädigt. Verlassen Sie sich nicht auf diese Fassung."
            )
        self.ui.summary.setText(f"<b>{html.escape(summary)}</b>")
        table = self.ui.table
        table.setRowCount(count)
        for row, check in enumerate(report.signatures):
            for column, (text, good) in enumerate(self._cells(check)):
                item = QTableWidgetItem(text)
                if good is False:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):  # long roles wrap; all columns stay in view
            table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
        table.resizeRowsToContents()
        if count:
            table.setCurrentCell(0, 0)
        self._show_details(0 if count else -1)

    def _cells(self, check: SignatureCheck) -> list[tuple[str, bool | None]]:
        from weltoffen_desktop.signing.verify import LaterChanges

        signer = check.signer
        when = ""
        if check.signed_at is not None:
            local = QDateTime(check.signed_at.astimezone().replace(tzinfo=None))
            when = QLocale().toString(local, self.tr("dd.MM.yyyy, HH:mm:ss 'Uhr'"))
        intact = self.tr("Ja") if check.intact else self.tr("Nein – verändert oder beschädigt")
        coverage = {
            LaterChanges.NONE: self.tr("Ganzes Dokument"),
            LaterChanges.SIGNATURES: self.tr("Fassung davor; danach nur weitere Unterschriften"),
            LaterChanges.OTHER: self.tr("Nein – danach verändert"),
        }[check.later_changes]
        if signer is None:
            trust = self.tr("nicht lesbar")
        elif check.trusted:
            trust = self.tr("vertraut")
        elif signer.self_signed:
            trust = self.tr("selbst erstellt – nicht durch eine Vertrauensliste bestätigt")
        else:
            trust = self.tr("nicht durch eine Vertrauensliste bestätigt")
        return [
            (self._field_label(check.field), None),
            (signer.name if signer is not None else self.tr("unbekannt"), None),
            (check.role, None),
            (when, None),
            (intact, check.intact),
            (coverage, check.later_changes is not LaterChanges.OTHER),
            (trust, None),
        ]

    def _field_label(self, name: str) -> str:
        labels = {"chair": self.tr("Vorsitz"), "minute_taker": self.tr("Protokollführung")}
        return labels.get(name, name)

    def _show_details(self, row: int, *_: int) -> None:
        report = self.report
        if report is None or not 0 <= row < len(report.signatures):
            self.ui.details.clear()
            return
        signer = report.signatures[row].signer
        if signer is None:
            self.ui.details.setText(self.tr("Diese Unterschrift kann nicht gelesen werden."))
            return
        locale = QLocale()
        parts = [f"<b>{html.escape(signer.name)}</b>"]
        parts += [html.escape(part) for part in (signer.organisation, signer.email) if part]
        parts.append(
            self.tr("Zertifikat gültig vom {start} bis {end}").format(
                start=locale.toString(signer.valid_from.date(), QLocale.FormatType.ShortFormat),
                end=locale.toString(signer.valid_until.date(), QLocale.FormatType.ShortFormat),
            )
        )
        parts.append(
            self.tr("Fingerabdruck (SHA-256): {fingerprint}").format(fingerprint=signer.fingerprint)
        )
        self.ui.details.setText(" · ".join(parts))

    def _failed(self, _error: BaseException, text: str) -> None:
        self.report = None
        self.ui.table.setRowCount(0)
        self.ui.summary.clear()
        self.ui.details.clear()
        self._problem(text)

    def _explanation(self) -> str:
        return self.tr(
            "<p><b>Unverändert</b>: Die unterschriebenen Daten sind genau so wie beim "
            "Unterschreiben, und die Unterschrift passt zu ihnen. <b>Umfang</b>: Die letzte "
            "Unterschrift muss das ganze Dokument umfassen; eine frühere umfasst die Fassung, "
            "die damals unterschrieben wurde – danach dürfen nur weitere Unterschriften "
            "hinzugekommen sein. <b>Zeitpunkt</b>: laut der Uhr des Computers, auf dem "
            "unterschrieben wurde; kein Zeitstempeldienst hat ihn bestätigt.</p>"
            "<p><b>Nicht durch eine Vertrauensliste bestätigt</b> heißt: Keine "
            "Zertifizierungsstelle, der Ihr Computer vertraut, hat bestätigt, dass das "
            "Zertifikat wirklich der genannten Person gehört – bei selbst erstellten "
            "Zertifikaten ist das immer so. Die Unterschrift beweist trotzdem, dass das "
            "Dokument seit dem Unterschreiben unverändert ist. Um sicher zu sein, wer "
            "unterschrieben hat, lassen Sie sich von der Person ihr öffentliches Zertifikat "
            "(.cer oder .pem) auf sicherem Weg geben und wählen Sie es oben als vertrautes "
            "Zertifikat – oder vergleichen Sie den Fingerabdruck am Telefon mit ihr.</p>"
        )

    # --- file choosers and state -----------------------------------------------------

    def _choose_pdf(self) -> None:
        start = str(self.pdf_path.parent) if self.pdf_path is not None else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("PDF prüfen"), start, self.tr("PDF-Dateien (*.pdf)")
        )
        if path:
            self.check(Path(path), self.trusted_path)

    def _choose_trusted(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Vertrautes Zertifikat wählen"),
            str(Path.home()),
            self.tr("Zertifikate (*.cer *.crt *.der *.pem)"),
        )
        if path:
            self.trusted_path = Path(path)
            self.ui.trustEdit.setText(path)
            if self.pdf_path is not None:
                self.check(self.pdf_path, self.trusted_path)

    def _problem(self, text: str) -> None:
        show_problem(self.ui.problem, text)

    def reject(self) -> None:
        if not self.worker.running:  # a check takes a moment; its result has nowhere to go
            super().reject()

"""The certificate, sign and verify dialogs, driven like a user would, on real files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.signing_support import NAMES, PASSPHRASE, make_pdf, pdfsig
from tests.test_signing import certificates  # noqa: F401  (fixture)
from weltoffen_desktop.gui.certificate_dialog import CertificateDialog
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.sign_dialog import SignDialog
from weltoffen_desktop.gui.verify_dialog import VerifyDialog

pytestmark = pytest.mark.gui
WAIT_MS = 30_000


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def finish(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Wait for the dialog's job on the worker thread, if one is running."""
    if dialog.worker.running:
        with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
            pass


def test_create_a_certificate_remember_it_and_export_it(  # type: ignore[no-untyped-def]
    qtbot, settings: Settings, tmp_path: Path
) -> None:
    dialog = CertificateDialog(settings)
    qtbot.addWidget(dialog)
    out = tmp_path / "anna.p12"
    dialog.ui.nameEdit.setText(NAMES[2])  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.organisationEdit, "Stadt Musterstadt")
    dialog.ui.savePathEdit.setText(str(out))
    qtbot.keyClicks(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeatEdit, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.problem.text() == "Die beiden Passphrasen stimmen nicht überein."
    assert not dialog.worker.running and not out.exists()

    dialog.ui.repeatEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.problem.isHidden()
    assert out.stat().st_mode & 0o777 == 0o600
    assert settings.signing_certificate == str(out)
    assert dialog.ui.passphraseEdit.text() == "" and dialog.ui.repeatEdit.text() == ""
    info = dialog.ui.currentInfo.text()
    assert NAMES[2] in info and "Fingerabdruck (SHA-256): " in info
    assert dialog.ui.exportButton.isEnabled()

    exported = tmp_path / "anna.cer"
    assert dialog.export_to(exported)
    fingerprint = subprocess.run(
        ["openssl", "x509", "-noout", "-fingerprint", "-sha256", "-inform", "DER", "-in", exported],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert fingerprint.split("=")[1] in info  # the file is the certificate shown
    settings.sync()
    assert PASSPHRASE.encode() not in (tmp_path / "settings.ini").read_bytes()


def test_an_existing_certificate_is_checked_with_its_passphrase(  # type: ignore[no-untyped-def]
    qtbot,
    settings: Settings,
    certificates: dict[str, Path],  # noqa: F811
) -> None:
    settings.signing_certificate = str(certificates["chair"])
    dialog = CertificateDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.openTab
    assert dialog.ui.openPathEdit.text() == str(certificates["chair"])
    assert not dialog.ui.exportButton.isEnabled()

    dialog.ui.openPassphraseEdit.setText("falsch")
    with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.ui.openPassphraseEdit, Qt.Key.Key_Return)
    assert dialog.ui.problem.text() == "Die Passphrase für dieses Zertifikat stimmt nicht."
    assert not dialog.ui.exportButton.isEnabled()

    dialog.ui.openPassphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.problem.isHidden()
    assert NAMES[0] in dialog.ui.currentInfo.text()
    assert dialog.ui.exportButton.isEnabled()


def test_sign_then_cosign_in_the_dialog(  # type: ignore[no-untyped-def]
    qtbot,
    settings: Settings,
    certificates: dict[str, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    settings.signing_certificate = str(certificates["chair"])
    dialog = SignDialog(pdf, None, settings=settings, language="de")
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)  # reading the fields
    combo = dialog.ui.fieldCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Vorsitz",
        "Protokollführung",
        "Neues Feld unten auf der letzten Seite",
    ]
    assert dialog.chosen_field() == "chair"
    assert dialog.ui.roleCombo.currentText() == "Vorsitz"
    assert dialog.ui.certificateEdit.text() == str(certificates["chair"])

    dialog.ui.passphraseEdit.setText("falsch")
    with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.problem.text() == "Die Passphrase für dieses Zertifikat stimmt nicht."
    assert "Signature Validation" not in pdfsig(pdf)  # both fields still empty

    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.worker.finished, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed is not None and dialog.signed.field == "chair"

    # the co-signer, with a certificate chosen by hand and a role of their own
    cosign = SignDialog(pdf, None, settings=settings, language="de")
    qtbot.addWidget(cosign)
    cosign.show()  # Enter reaches the default button of a shown dialog
    finish(qtbot, cosign)
    assert cosign.ui.fieldCombo.itemText(0) == "Vorsitz – bereits unterschrieben"
    assert not cosign.ui.fieldCombo.model().item(0).isEnabled()
    assert cosign.chosen_field() == "minute_taker"
    assert cosign.ui.roleCombo.currentText() == "Protokollführung"
    cosign.ui.certificateEdit.setText(str(certificates["minute_taker"]))
    cosign.ui.roleCombo.setCurrentText("")
    qtbot.keyClicks(cosign.ui.roleCombo.lineEdit(), "Schriftfuehrung")
    cosign.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(cosign.worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(cosign.ui.passphraseEdit, Qt.Key.Key_Return)
    assert cosign.result() == QDialog.DialogCode.Accepted
    assert settings.signing_certificate == str(certificates["minute_taker"])

    blocks = pdfsig(pdf).split("Signature #")[1:]
    assert len(blocks) == 2 and all("Signature is Valid." in b for b in blocks)
    assert "Total document signed" in blocks[1]
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    assert "Schriftfuehrung" in text and NAMES[4] in text


def test_a_file_that_is_not_a_pdf_cannot_be_signed(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    not_pdf = tmp_path / "notizen.pdf"
    not_pdf.write_text("Notizen")
    dialog = SignDialog(not_pdf, None, settings=settings)
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    assert dialog.ui.problem.text() == "Diese Datei ist keine PDF-Datei."
    assert not dialog.ok_button.isEnabled()


def test_verify_dialog_shows_each_signature_and_tampering(  # type: ignore[no-untyped-def]
    qtbot,
    certificates: dict[str, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    from weltoffen_desktop.signing.certificates import export_public_certificate, load_identity
    from weltoffen_desktop.signing.sign import sign_pdf

    pdf = make_pdf(tmp_path / "Protokoll.pdf")
    for role in ("chair", "minute_taker"):
        sign_pdf(pdf, load_identity(certificates[role], PASSPHRASE))
    dialog = VerifyDialog(None, pdf)
    qtbot.addWidget(dialog)
    finish(qtbot, dialog)
    table = dialog.ui.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(2)]
    assert [row[:3] for row in rows] == [
        ["Vorsitz", NAMES[0], "Vorsitz"],
        ["Protokollführung", NAMES[4], "Protokollführung"],
    ]
    assert [row[4] for row in rows] == ["Ja", "Ja"]
    assert [row[5] for row in rows] == [
        "Fassung davor; danach nur weitere Unterschriften",
        "Ganzes Dokument",
    ]
    assert rows[0][6] == "selbst erstellt – nicht durch eine Vertrauensliste bestätigt"
    assert dialog.ui.summary.text().startswith("<b>✔ Alle 2 Unterschriften sind in Ordnung")
    assert "Vertrauensliste" in dialog.ui.explanation.text()
    assert "Fingerabdruck (SHA-256): " in dialog.ui.details.text()

    exported = tmp_path / "chair.pem"
    export_public_certificate(certificates["chair"], PASSPHRASE, exported)
    dialog.check(pdf, exported)
    finish(qtbot, dialog)
    assert [table.item(r, 6).text() for r in range(2)] == [
        "vertraut",
        "selbst erstellt – nicht durch eine Vertrauensliste bestätigt",
    ]

    data = bytearray(pdf.read_bytes())
    data[data.index(b"/Title (Protokoll)") + 8] ^= 0x01
    pdf.write_bytes(bytes(data))
    dialog.check(pdf)
    finish(qtbot, dialog)
    assert [table.item(r, 4).text() for r in range(2)] == ["Nein – verändert oder beschädigt"] * 2
    assert "✘ Achtung" in dialog.ui.summary.text()


def test_the_extras_menu_opens_the_dialogs(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from weltoffen_desktop.gui.main_window import MainWindow
    from weltoffen_desktop.paths import AppDirs

    dirs = AppDirs.below(tmp_path).ensure()
    window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=False)
    qtbot.addWidget(window)
    actions = [a.text() for a in window.ui.menuExtras.actions()]
    assert actions == ["&Zertifikat …", "PDF &unterschreiben …", "PDF-Signaturen &prüfen …"]
    seen: list[str] = []

    def close_it() -> None:
        from PySide6.QtWidgets import QApplication

        shown = QApplication.activeModalWidget()
        seen.append(type(shown).__name__)
        shown.reject()

    from PySide6.QtCore import QTimer

    for action in (window.ui.actionCertificate, window.ui.actionVerifyPdf):
        QTimer.singleShot(0, close_it)
        action.trigger()
    assert seen == ["CertificateDialog", "VerifyDialog"]


def test_the_busy_bar_shows_only_for_slow_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    import threading

    dialog = VerifyDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    worker, button, results = dialog.worker, dialog.ui.chooseButton, []
    release = threading.Event()

    def failed(error: BaseException, text: str) -> None:
        raise AssertionError(text)

    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start(lambda: release.wait(WAIT_MS / 1000), results.append, failed, (button,))
        assert not button.isEnabled() and dialog.ui.busyBar.isHidden()
        qtbot.waitUntil(dialog.ui.busyBar.isVisible, timeout=2000)  # after ~200 ms
        release.set()
    assert results == [True] and button.isEnabled() and dialog.ui.busyBar.isHidden()

    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start(lambda: "quick", results.append, failed)
    assert results == [True, "quick"] and dialog.ui.busyBar.isHidden()

    def broken() -> None:
        raise RuntimeError("a bug, not a user error")

    with qtbot.captureExceptions() as exceptions, qtbot.waitSignal(worker.finished):
        worker.start(broken, results.append, failed)
    assert [type(e[1]) for e in exceptions] == [RuntimeError]  # reaches the crash handler

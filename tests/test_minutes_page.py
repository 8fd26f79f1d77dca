"""The Protokoll page on a real workspace: preview, export, sign and the list of versions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from tests.minutes_support import pdf_text, tool
from tests.signing_support import PASSPHRASE
from weltoffen_desktop.gui.pages.minutes import MinutesPage
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.sign_dialog import SignDialog
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations.workshop import update, workshops

pytestmark = pytest.mark.gui
WAIT_MS = 60_000


@pytest.fixture
def session(demo_path: Path) -> Iterator[WorkspaceSession]:
    session = WorkspaceSession()
    assert session.open(demo_path)
    yield session
    session.close()


@pytest.fixture
def page(qtbot, session: WorkspaceSession, tmp_path: Path) -> MinutesPage:  # type: ignore[no-untyped-def]
    page = MinutesPage(session, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


@pytest.fixture
def problems(session: WorkspaceSession) -> list[str]:
    shown: list[str] = []
    session.failed.connect(shown.append)
    return shown


def finish(qtbot, page: MinutesPage) -> None:  # type: ignore[no-untyped-def]
    if page.worker.running:
        with qtbot.waitSignal(page.worker.finished, timeout=WAIT_MS):
            pass


def shown_pages(page: MinutesPage) -> list[QLabel]:
    layout = page.ui.pagesLayout
    return [layout.itemAt(i).widget() for i in range(layout.count())]


def test_preview_then_export_writes_exactly_the_previewed_pdf(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, tmp_path: Path
) -> None:
    assert page.ui.states.currentWidget() is page.ui.mainPanel
    assert page.ui.workshopCombo.currentText().startswith("Workshop Weltoffene Kommune 2026")
    assert page.ui.exportsTable.rowCount() == 0 and not page.ui.signButton.isEnabled()
    page.ui.kindCombo.setCurrentIndex(1)  # Verlaufsprotokoll
    assert "Verlaufsprotokoll" in page.ui.kindNote.text()
    qtbot.mouseClick(page.ui.previewButton, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.preview is not None and page.preview.kind == "course"
    pages = shown_pages(page)
    assert len(pages) == len(page.preview.images) >= 5
    assert not pages[0].pixmap().isNull()
    assert "aktuell" in page.ui.previewStatus.text()

    folder = tmp_path / "Freigabe"
    folder.mkdir()
    page.export(folder)
    assert not page.worker.running  # the previewed PDF is written, nothing is built again
    files = list(folder.iterdir())
    assert [f.name for f in files] == [
        "2026-03-14 Verlaufsprotokoll Workshop Weltoffene Kommune 2026.pdf"
    ]
    assert files[0].read_bytes() == page.preview.pdf
    assert tool("pdfinfo", files[0]).stdout.count(f"Pages:           {len(pages)}") == 1
    assert page.settings.minutes_folder == str(folder)
    assert page.ui.exportsTable.rowCount() == 1
    assert page.ui.exportsTable.item(0, 2).text() == files[0].name
    assert hashlib.sha256(page.preview.pdf).hexdigest() in page.ui.exportsTable.item(0, 2).toolTip()
    assert page.ui.signButton.isEnabled()


def test_a_change_outdates_the_preview_and_the_export_is_built_anew(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, session: WorkspaceSession, tmp_path: Path
) -> None:
    page.build_preview()
    finish(qtbot, page)
    ws = session.workspace
    assert ws is not None
    update(ws, "workshop", workshops(ws)[0].uid, place="Bürgerhaus <Saal 2> & Foyer")
    assert "nicht mehr aktuell" in page.ui.previewStatus.text()  # the page follows saves
    page.export(tmp_path)
    finish(qtbot, page)
    written = next(tmp_path.glob("*.pdf"))
    assert "Bürgerhaus <Saal 2> & Foyer" in pdf_text(written)


def test_a_read_only_folder_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, problems: list[str], tmp_path: Path, read_only
) -> None:
    folder = tmp_path / "Freigabe"
    folder.mkdir()
    read_only(folder)
    page.export(folder)
    finish(qtbot, page)
    assert problems and "schreibgeschützt" in problems[0]
    assert list(folder.iterdir()) == []
    assert page.ui.exportsTable.rowCount() == 0


def test_signing_the_export_records_the_signed_version(  # type: ignore[no-untyped-def]
    qtbot, page: MinutesPage, tmp_path: Path
) -> None:
    from weltoffen_desktop.signing.certificates import create_certificate

    p12 = tmp_path / "vorsitz.p12"
    create_certificate(p12, PASSPHRASE, "Dr. Katrin Vogel", "Stadt Musterstadt")
    page.settings.signing_certificate = str(p12)
    folder = tmp_path / "Freigabe"
    folder.mkdir()
    page.export(folder)
    finish(qtbot, page)
    pdf = next(folder.glob("*.pdf"))

    def sign_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignDialog) and dialog.pdf_path == pdf
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT_MS)
        dialog.ui.passphraseEdit.setText(PASSPHRASE)
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, sign_in_dialog)
    page.sign()
    report = tool("pdfsig", pdf).stdout
    assert "Signature Field Name: chair" in report
    assert "Signature Validation: Signature is Valid." in report
    assert page.ui.exportsTable.rowCount() == 2
    newest = page.selected_export()
    assert newest is not None and newest.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()


def test_without_a_workshop_the_page_says_where_to_start(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    from weltoffen_desktop.operations.workspace import create_workspace

    create_workspace(tmp_path / "leer.weltoffen", "Leerstadt").close()
    session = WorkspaceSession()
    assert session.open(tmp_path / "leer.weltoffen")
    page = MinutesPage(session, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    assert page.ui.states.currentWidget() is page.ui.hintPanel
    assert "Workshop" in page.ui.hint.text()
    session.close()

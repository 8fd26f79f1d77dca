"""Datei › Zusammenführen…: the wizard from the choice of file to the result, as a user goes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.merge_wizard import MergeWizard
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.rounds import answers_of, respondents, round_named
from weltoffen_desktop.paths import AppDirs

from .merge_support import ROUND, edit_on_both_laptops, make_template, two_laptops

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    yield


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("template") / "template.weltoffen")


@pytest.fixture
def laptops(template: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """Both laptops after a day's work: the new records, the conflicts."""
    mine, theirs = two_laptops(template, tmp_path)
    return mine, theirs, edit_on_both_laptops(mine, theirs)


@pytest.fixture
def wizard(
    qtbot, laptops: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> Iterator[MergeWizard]:  # type: ignore[no-untyped-def]
    session = WorkspaceSession()
    assert session.open(laptops[0])
    wizard = MergeWizard(session, tmp_path / "data", str(tmp_path), "*.weltoffen")
    qtbot.addWidget(wizard)
    wizard.resize(900, 600)
    wizard.show()
    yield wizard
    session.close()


def table_rows(table: object) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount()) if table.item(r, c)]  # type: ignore[attr-defined]
        for r in range(table.rowCount())  # type: ignore[attr-defined]
    ]


def test_preview_choices_and_result_as_a_user_goes_through(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: MergeWizard,
    laptops: tuple[Path, Path, dict[str, str]],
    tmp_path: Path,
) -> None:
    _, theirs, uids = laptops
    theirs_before = theirs.read_bytes()
    wizard.ui.path.setText(str(theirs))
    assert wizard.grab().save(str(tmp_path / "1-file.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.previewPage, timeout=20_000)
    rows = table_rows(wizard.ui.counts)
    assert ["Karten", "1", "1", "1"] in rows and ["Antworten", "1", "5", "1"] in rows
    assert ["Runden", "0", "1", "0"] in rows
    assert "Aus „theirs.weltoffen“ (Musterstadt): 7 neue Einträge" in wizard.ui.previewIntro.text()
    assert wizard.grab().save(str(tmp_path / "2-preview.png"))

    wizard.next()
    assert wizard.currentPage() is wizard.ui.conflictsPage
    conflicts = table_rows(wizard.ui.conflicts)
    assert ["Karte", "Text von A", "Text: Text von A", "Text: Text von B"] in conflicts
    assert ["Maßnahme", "M", "Status: Offen", "Status: Erledigt"] in [row[:4] for row in conflicts]
    card = next(c for c in wizard.plan.conflicts if c.kind == "card")  # type: ignore[union-attr]
    wizard.choose(card, "theirs")
    assert wizard.grab().save(str(tmp_path / "3-conflicts.png"))
    wizard.next()  # Zusammenführen
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.ui.resultPage, timeout=20_000)
    assert wizard.ui.result.text().startswith(
        "7 Einträge hinzugefügt, 1 aus der anderen Datei übernommen, 2 hier behalten."
    )
    assert wizard.grab().save(str(tmp_path / "4-result.png"))

    ws = wizard.workspace
    assert ops.load_workshop(ws, uids["workshop"]).cards[0].text == "Text von B"
    r1 = respondents(ws, round_named(ws, ROUND).id)[0].id
    assert answers_of(ws, r1)["MS-01"].value == 0  # kept as here
    assert wizard.outcome is not None and wizard.outcome.backup is not None
    assert wizard.outcome.backup.exists()
    assert theirs.read_bytes() == theirs_before


def test_a_file_that_cannot_be_merged_says_why_and_stays(
    qtbot,  # type: ignore[no-untyped-def]
    wizard: MergeWizard,
    tmp_path: Path,
) -> None:
    notes = tmp_path / "notes.weltoffen"
    notes.write_text("Notizen", encoding="utf-8")
    wizard.next()
    assert wizard.ui.fileProblem.text() == "Bitte wählen Sie die Datei des anderen Laptops."
    wizard.ui.path.setText(str(notes))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.reading.running, timeout=20_000)
    assert wizard.currentPage() is wizard.ui.filePage
    assert wizard.ui.fileProblem.text().startswith("Der Arbeitsbereich ist beschädigt")
    wizard.ui.path.setText(str(wizard.workspace.path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.reading.running, timeout=20_000)
    assert wizard.ui.fileProblem.text() == (
        "Ein Arbeitsbereich kann nicht mit sich selbst zusammengeführt werden."
    )
    assert wizard.grab().save(str(tmp_path / "problem.png"))


def test_the_file_menu_merges_and_shows_the_merged_workspace(
    qtbot,  # type: ignore[no-untyped-def]
    laptops: tuple[Path, Path, dict[str, str]],
    base_dir: Path,
) -> None:
    mine, theirs, _ = laptops
    dirs = AppDirs.below(base_dir).ensure()
    window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=False)
    qtbot.addWidget(window)
    window.show()
    assert not window.ui.actionMerge.isEnabled()
    assert window.open_path(mine)
    assert window.ui.actionMerge.isEnabled()
    assert window.ui.actionMerge in window.ui.menuFile.actions()

    def go_on() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, MergeWizard) or wizard.reading.running:
            return
        if wizard.merging.running:
            return
        page = wizard.currentPage()
        if page is wizard.ui.filePage and not wizard.ui.path.text():
            wizard.ui.path.setText(str(theirs))
            wizard.next()
        elif page in (wizard.ui.previewPage, wizard.ui.conflictsPage):
            wizard.next()
        elif page is wizard.ui.resultPage:
            wizard.accept()

    opened_before = window.session.workspace
    timer = QTimer()
    timer.timeout.connect(go_on)
    timer.start(20)
    window.ui.actionMerge.trigger()
    timer.stop()

    ws = window.session.workspace
    assert ws is not None and ws is not opened_before and ws.path == mine  # opened anew
    data = ops.load_workshop(ws, ops.workshops(ws)[0].uid)
    assert data.cards[-1].text == "Karte von Laptop B"
    assert data.participants[-1].name == "Ольга Смирнова"

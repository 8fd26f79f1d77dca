"""The Auswertung page: the field table a moderator shows, and the group's consensus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.test_gui import make_window
from weltoffen_desktop.gui.consensus_dialog import ConsensusDialog
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.pages.evaluation import (
    CHANGE,
    CONSENSUS,
    FIELD,
    SCORE,
    SPREAD,
    STAGE,
    EvaluationPage,
)
from weltoffen_desktop.operations.results import report_as_dict, round_report
from weltoffen_desktop.paths import AppDirs

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, qapp: QApplication, base_dir: Path, demo_path: Path) -> Iterator[EvaluationPage]:  # type: ignore[no-untyped-def]
    install_language(qapp, "de")
    window: MainWindow = make_window(qtbot, AppDirs.below(base_dir).ensure())
    assert window.open_path(demo_path)
    window.ui.navigation.setCurrentRow(2)
    page = window.pages[2]
    assert isinstance(page, EvaluationPage) and page.isVisible()
    yield page
    install_language(qapp, "de")


def cell(page: EvaluationPage, row: int, column: int) -> str:
    return page.ui.fieldTable.item(row, column).text()


def stored(page: EvaluationPage) -> dict:
    ws = page.session.workspace
    assert ws is not None
    return report_as_dict(round_report(ws, "Selbstcheck 2026"))


def test_table_shows_what_the_results_command_computes(page: EvaluationPage) -> None:
    expected = stored(page)
    assert page.ui.roundCombo.currentText() == "Selbstcheck 2026"
    assert page.ui.fieldTable.rowCount() == 7
    for row, field in enumerate(expected["fields"]):
        assert cell(page, row, FIELD) == field["name"]
        assert cell(page, row, SCORE) == f"{field['score']:.1f}".replace(".", ",")
        assert cell(page, row, STAGE) == f"{field['stage']} – {field['stage_name']}"
        assert cell(page, row, SPREAD).endswith("· uneinig") == field["disagreement"]
    overall = expected["overall"]
    assert page.ui.overall.text() == (
        f"Gesamt: {overall['score']:.1f}".replace(".", ",")
        + f" Punkte · Stufe {overall['stage']} – {overall['stage_name']}"
    )
    assert cell(page, 6, CONSENSUS).startswith("1 – ")  # the demo's agreed stage for KK


def test_comparison_with_the_earlier_round(page: EvaluationPage) -> None:
    page.ui.compareCombo.setCurrentIndex(page.ui.compareCombo.findText("Selbstcheck 2024"))
    changes = [cell(page, row, CHANGE) for row in range(7)]
    assert all(text.startswith(("+", "-")) for text in changes)
    assert "(Stufe +1)" in " ".join(changes)


def test_consensus_by_keyboard_is_stored_with_reason(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    page.ui.fieldTable.setFocus()
    page.ui.fieldTable.selectRow(1)

    def agree() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConsensusDialog)
        assert not dialog.ok_button.isEnabled()  # a reason is required
        dialog.ui.byStage.setChecked(True)
        dialog.ui.stage.setCurrentIndex(1)
        dialog.ui.reason.setPlainText("Beirat und Verwaltungsspitze einigen sich auf Stufe 2.")
        dialog.ok_button.click()

    QTimer.singleShot(0, agree)
    with qtbot.waitSignal(page.session.saved):
        qtbot.keyClick(page.ui.fieldTable, Qt.Key.Key_Return)
    field = stored(page)["fields"][1]
    assert field["consensus"]["stage"] == 2
    assert field["consensus"]["reason"] == "Beirat und Verwaltungsspitze einigen sich auf Stufe 2."
    assert cell(page, 1, CONSENSUS).startswith("2 – ")
    assert cell(page, 1, SCORE) == f"{field['score']:.1f}".replace(".", ",")  # computed stays
    assert page.ui.fieldTable.currentRow() == 1


def test_consensus_can_be_removed(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    page.ui.fieldTable.selectRow(6)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().done(ConsensusDialog.REMOVE))
    assert page.edit_consensus()
    assert stored(page)["fields"][6]["consensus"] is None
    assert cell(page, 6, CONSENSUS) == ""


def test_empty_workspace_shows_a_hint(qtbot, base_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from weltoffen_desktop.operations.workspace import create_workspace

    create_workspace(tmp_path / "leer.weltoffen", "Leerstadt").close()
    window = make_window(qtbot, AppDirs.below(base_dir).ensure())
    window.open_path(tmp_path / "leer.weltoffen")
    window.ui.navigation.setCurrentRow(2)
    page = window.pages[2]
    assert page.ui.states.currentWidget() is page.ui.hintPanel
    assert "Runde an" in page.ui.hint.text()

"""Importing answers in the GUI: a preview and every problem before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from tests.test_selfcheck_page import selfcheck, window  # noqa: F401  (fixture)
from weltoffen_desktop.gui.import_dialog import ImportDialog
from weltoffen_desktop.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

HEADER = "respondent,department,role,question_id,value\n"


def dialog_for(window: MainWindow, path: Path, round_name: str) -> ImportDialog:  # noqa: F811
    page = selfcheck(window)
    ws = window.session.workspace
    assert ws is not None
    return ImportDialog(
        ws,
        path,
        [page.ui.roundCombo.itemText(i) for i in range(page.ui.roundCombo.count())],
        round_name,
        page,
    )


def test_problems_are_listed_and_import_is_impossible(window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "N1,Bauamt,,MS-01,2\nN1,Bauamt,,MS-99,1\n"
        + "N1,Bauamt,,MS-02,5\nN1,Bauamt,,MS-03,drei\n"
    )
    dialog = dialog_for(window, path, "Selbstcheck 2026")
    problems = [dialog.ui.problemList.item(i).text() for i in range(dialog.ui.problemList.count())]
    assert "Zeile 3: Unbekannte Frage-Nr. „MS-99“." in problems
    assert "Zeile 4: Der Wert 5 liegt außerhalb der Skala 0–3." in problems
    assert "Zeile 5: Der Wert „drei“ ist keine ganze Zahl und nicht „skip“." in problems
    assert not dialog.ok_button.isEnabled()
    assert "Es wird nichts importiert" in dialog.ui.summary.text()
    assert dialog.ui.preview.rowCount() == 3


def test_preview_then_import_into_a_new_round(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    path = tmp_path / "neu.csv"
    path.write_text(
        HEADER + "N1,Bauamt,Leitung,MS-01,2\nN1,Bauamt,Leitung,MS-02,skip\nN2,Kämmerei,,MS-01,3\n",
        encoding="utf-8",
    )
    dialog = dialog_for(window, path, "Selbstcheck 2026")
    dialog.ui.roundCombo.setCurrentText("Nachbefragung 2026")
    assert dialog.ok_button.isEnabled()
    assert dialog.ui.summary.text() == (
        "3 Antworten von 2 Befragten; 2 davon neu; 0 vorhandene Antworten werden ersetzt; "
        "die Runde wird neu angelegt."
    )
    assert dialog.ui.preview.item(1, 5).text() == "weiß nicht"
    QTimer.singleShot(0, dialog.ok_button.click)
    page = selfcheck(window)
    assert page.import_file(path, dialog=dialog)
    assert page.ui.roundCombo.currentText() == "Nachbefragung 2026"
    assert page.ui.respondentList.topLevelItemCount() == 2
    assert window.save_label.text().startswith("Gespeichert um ")


def test_every_file_problem_has_interface_wording(qapp: object) -> None:
    import string

    from weltoffen_desktop.fileformats.answers import MESSAGES, RowProblem
    from weltoffen_desktop.gui.messages import row_problem_text

    for code, english in MESSAGES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(english) if name}
        text = row_problem_text(RowProblem(7, code, {name: "X" for name in names}))
        assert text.startswith("Zeile 7: ") and text != f"Zeile 7: {english}", code

"""The Selbstcheck page: paper forms typed in by keyboard, checked against the file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QProgressBar

from tests.test_gui import make_window
from weltoffen_desktop.gui.answer_table import ANSWER, COMMENT
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.pages.selfcheck import COUNT, SelfcheckPage
from weltoffen_desktop.operations.rounds import (
    StoredAnswer,
    answers_of,
    create_round,
    respondents,
    round_named,
)
from weltoffen_desktop.paths import AppDirs
from weltoffen_desktop.storage.database import Workspace

pytestmark = pytest.mark.gui

Key = str | Qt.Key


@pytest.fixture
def window(qtbot, qapp: QApplication, base_dir: Path, demo_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on the demo workspace, showing the Selbstcheck page."""
    install_language(qapp, "de")
    window = make_window(qtbot, AppDirs.below(base_dir).ensure())
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.open_path(demo_path)
    window.ui.navigation.setCurrentRow(1)
    yield window
    install_language(qapp, "de")


def selfcheck(window: MainWindow) -> SelfcheckPage:
    page = window.pages[1]
    assert isinstance(page, SelfcheckPage)
    assert page.isVisible()
    return page


def press(qtbot, *keys: Key) -> None:  # type: ignore[no-untyped-def]
    """Type keys into whatever has the keyboard focus, as a user would."""
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key)


def write(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def stored(window: MainWindow, path: Path, code: str) -> dict[str, StoredAnswer]:
    """What the file holds for respondent ``code`` of the shown round."""
    page = selfcheck(window)
    round_name = page.ui.roundCombo.currentText()
    window.session.close()
    ws = Workspace.open(path)
    try:
        round_ = round_named(ws, round_name)
        person = next(p for p in respondents(ws, round_.id) if p.code == code)
        return answers_of(ws, person.id)
    finally:
        ws.close()


def answer_cell(page: SelfcheckPage, row: int, column: int = ANSWER) -> str:
    return page.model.index(row, column).data()


def progress(page: SelfcheckPage) -> list[str]:
    """The texts of the per-field progress bars."""
    return [bar.text() for bar in page.ui.fieldProgress.findChildren(QProgressBar)]


def paper_form(questions: int) -> list[int | None]:
    """A plausible filled-in form: values 0–3, every eleventh question skipped."""
    return [None if i % 11 == 4 else (i * 7 + i // 5) % 4 for i in range(questions)]


def test_a_whole_paper_form_by_keyboard_alone(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = selfcheck(window)
    page.ui.codeEdit.setFocus()
    write(qtbot, "P13")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Standesamt")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "Sachbearbeitung")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.ui.answerTable
    assert page.ui.respondentTitle.text() == "P13 – Standesamt · Sachbearbeitung"
    assert page.ui.respondentList.currentItem().text(COUNT) == "0/108"
    assert page.ui.answerTable.currentIndex().row() == 0

    form = paper_form(page.model.rowCount())
    assert len(form) == 108
    skip_keys = iter(["x", "X", "-"] * 10)
    for row, value in enumerate(form):
        if row == 60:  # a slip, noticed one question later
            press(qtbot, str((value + 1) % 4) if value is not None else "0")
            press(qtbot, Qt.Key.Key_Left)
        press(qtbot, next(skip_keys) if value is None else str(value))

    assert page.ui.answerTable.currentIndex().row() == 107  # the cursor stays on the last one
    assert page.ui.respondentList.currentItem().text(COUNT) == "108/108"
    assert progress(page) == [
        "14/14",
        "15/15",
        "30/30",
        "12/12",
        "13/13",
        "12/12",
        "12/12",
    ]
    assert page.ui.statusLabel.text() == "Bogen vollständig: alle 108 Fragen beantwortet"
    questions = [q.id for q in page.model.questions]
    answers = stored(window, demo_path, "P13")
    assert {q: answers[q].value for q in answers} == dict(zip(questions, form, strict=True))
    assert answers[questions[60]].value == form[60]


def test_digits_beyond_the_scale_are_ignored(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = selfcheck(window)
    page.ui.answerTable.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    before = answer_cell(page, 0)
    press(qtbot, "7", "9")
    assert page.ui.answerTable.currentIndex().row() == 0
    assert answer_cell(page, 0) == before
    press(qtbot, "1")
    assert answer_cell(page, 0) == "1 – trifft eher nicht zu"
    assert page.ui.answerTable.currentIndex().row() == 1
    assert stored(window, demo_path, "VS")["MS-01"].value == 1


def test_delete_clears_an_answer(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = selfcheck(window)
    page.ui.answerTable.setFocus()
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Down, Qt.Key.Key_Delete)
    assert answer_cell(page, 1) == ""
    assert page.ui.respondentList.currentItem().text(COUNT) == "107/108"
    assert page.ui.statusLabel.text() == "107 von 108 Fragen beantwortet"
    assert progress(page)[0] == "13/14"
    answers = stored(window, demo_path, "VS")
    assert "MS-02" not in answers
    assert len(answers) == 107


def test_a_comment_by_f2_is_stored_and_kept_when_the_value_changes(
    qtbot,
    window: MainWindow,
    demo_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = selfcheck(window)
    page.ui.answerTable.setFocus()
    press(qtbot, Qt.Key.Key_Home, "2", Qt.Key.Key_Backspace, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    write(qtbot, "Beschluss von 2023")
    with qtbot.waitSignal(window.session.saved):  # the editor commits on the next event loop turn
        press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.ui.answerTable
    assert answer_cell(page, 0, COMMENT) == "Beschluss von 2023"
    press(qtbot, "3")  # a corrected value keeps the comment
    assert stored(window, demo_path, "VS")["MS-01"] == StoredAnswer(3, "Beschluss von 2023")


def test_a_comment_needs_an_answer_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = selfcheck(window)
    page.ui.codeEdit.setText("NEU")
    assert page.add_respondent()
    with qtbot.waitSignal(window.session.failed) as failed:
        press(qtbot, Qt.Key.Key_F2)
    assert failed.args[0].startswith("Ein Kommentar gehört zu einer Antwort")
    assert QApplication.focusWidget() is page.ui.answerTable


def test_switching_respondent_shows_their_answers(
    qtbot,
    window: MainWindow,
    demo_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = selfcheck(window)
    page.ui.respondentList.setFocus()
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down)
    assert page.ui.respondentTitle.text() == "PA – Personalamt · Sachgebietsleitung"
    shown = [answer_cell(page, row) for row in range(page.model.rowCount())]
    answers = stored(window, demo_path, "PA")
    labels = ["trifft nicht zu", "trifft eher nicht zu", "trifft eher zu", "trifft voll zu"]
    expected = [
        "weiß nicht / keine Angabe"
        if answers[q.id].value is None
        else f"{answers[q.id].value} – {labels[answers[q.id].value]}"
        for q in page.model.questions
    ]
    assert shown == expected
    assert len(set(shown)) == 5  # every value and a skip: the comparison means something


def test_respondent_list_counts_answers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = selfcheck(window)
    tree = page.ui.respondentList
    assert tree.topLevelItemCount() == 12
    assert {tree.topLevelItem(r).text(COUNT) for r in range(12)} == {"108/108"}
    for edit, text in ((page.ui.codeEdit, "Z1"), (page.ui.roleEdit, "Leitung")):
        edit.setText(text)
    assert page.add_respondent()
    press(qtbot, "3", "x", "0")
    assert tree.topLevelItemCount() == 13
    assert tree.topLevelItem(12).text(0) == "Z1"
    assert tree.topLevelItem(12).text(1) == "Leitung"
    assert tree.topLevelItem(12).text(COUNT) == "3/108"
    assert page.ui.statusLabel.text() == "3 von 108 Fragen beantwortet"


def test_new_rounds_appear_in_the_chooser(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    page = selfcheck(window)
    combo = page.ui.roundCombo
    assert combo.currentText() == "Selbstcheck 2026"  # the newest
    ws = window.session.workspace
    assert ws is not None
    create_round(ws, "Selbstcheck 2027")  # e.g. from another page: the choice stays
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Selbstcheck 2024",
        "Selbstcheck 2026",
        "Selbstcheck 2027",
    ]
    assert combo.currentText() == "Selbstcheck 2026"

    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("Selbstcheck 2028", True))
    page.ui.newRoundButton.click()
    assert combo.currentText() == "Selbstcheck 2028"
    assert page.ui.respondentList.topLevelItemCount() == 0
    assert page.ui.respondentTitle.text().startswith("Noch keine Befragten")
    assert not page.ui.answerTable.isEnabled()
    assert QApplication.focusWidget() is page.ui.codeEdit

    with qtbot.waitSignal(window.session.failed) as failed:
        page.ui.newRoundButton.click()
    assert failed.args == ["Es gibt bereits eine Runde mit diesem Namen."]
    assert combo.count() == 4


def test_a_taken_code_is_refused_and_the_typing_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = selfcheck(window)
    page.ui.codeEdit.setFocus()
    write(qtbot, "HA")
    with qtbot.waitSignal(window.session.failed) as failed:
        press(qtbot, Qt.Key.Key_Return)
    assert failed.args == [
        "In dieser Runde gibt es bereits eine befragte Person mit dieser Kennung."
    ]
    assert page.ui.codeEdit.text() == "HA"
    assert page.ui.respondentList.topLevelItemCount() == 12


def test_without_a_round_the_page_says_what_to_do(window: MainWindow, tmp_path: Path) -> None:
    page = selfcheck(window)
    assert window.session.create(tmp_path / "Neustadt.weltoffen", "Neustadt")
    window.ui.navigation.setCurrentRow(1)
    assert page.ui.states.currentWidget() is page.ui.hintPanel
    assert page.ui.hint.text().startswith("Legen Sie zuerst eine Runde an")
    assert not page.ui.roundCombo.isEnabled()
    assert page.ui.newRoundButton.isEnabled()
    assert page.create_round("Erste Runde")
    assert page.ui.states.currentWidget() is page.ui.entryPanel
    assert page.ui.roundCombo.currentText() == "Erste Runde"


def test_catalogue_texts_follow_the_interface_language(
    qtbot,
    qapp: QApplication,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    page = selfcheck(window)
    value = page.model.answer(1)
    assert value is not None and value.value is not None
    install_language(qapp, "en")
    qtbot.waitUntil(lambda: page.ui.roundLabel.text() == "&Round:")
    assert answer_cell(page, 1).startswith(f"{value.value} – ")
    assert "trifft" not in answer_cell(page, 1)
    assert page.model.headerData(ANSWER, Qt.Orientation.Horizontal) == "Answer"

"""The Punktabfrage view, driven by keys: options, dots, refusals, ranking, reveal, totals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.workshop_view_support import focused, on_disk, open_view, press, write
from weltoffen_desktop.domain.workshop import Attendance, CardKind
from weltoffen_desktop.gui.workshop.vote_grid import MASK
from weltoffen_desktop.gui.workshop.voting_view import VotingView
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations import workshop as ops

pytestmark = pytest.mark.gui

PEOPLE = ["Şükrü Öztürk", "Юлия Ковалёва", "Ἀλέξανδρος Π.", "Đặng Thị Ễ", "Łucja Wąs"]
CARDS = [
    (CardKind.IDEA, "Lotsenstelle im Bürgeramt", "ZT"),
    (CardKind.NEEDS_WORK, "Formulare in Leichter Sprache", "ZT"),
    (CardKind.IDEA, "Interkulturelle Schulungen", "IO"),
    (CardKind.STRENGTH, "Beirat einbinden", "EB"),
    (CardKind.QUESTION, "Wer koordiniert?", None),
]
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def workshop_file(tmp_path: Path) -> tuple[Path, str]:
    """Five people (the last one absent), five cards in a cluster."""
    path = tmp_path / "punkte.weltoffen"
    session = WorkspaceSession()
    assert session.create(path, "Teststadt")
    ws = session.workspace
    workshop = ops.create_workshop(ws, "Workshop")
    people = [ops.add(ws, "participant", workshop, name=n) for n in PEOPLE]
    ops.update(ws, "participant", people[-1], attendance=Attendance.ABSENT)
    cluster = ops.add(ws, "cluster", workshop, name="Sprache")
    for kind, text, field in CARDS:
        ops.add(ws, "card", workshop, kind=kind, text=text, field_id=field, cluster=cluster)
    session.close()
    return path, workshop


@pytest.fixture
def view(qtbot, workshop_file: tuple[Path, str]) -> Iterator[VotingView]:  # type: ignore[no-untyped-def]
    shown, session = open_view(qtbot, VotingView, *workshop_file)
    yield shown
    session.close()


def create_vote_with_options(qtbot, view: VotingView, title: str, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Alt+N, the title, Enter; then Space on each listed row of the option list."""
    press(qtbot, "n", modifier=ALT)
    assert focused() is view.ui.newVoteEdit
    write(qtbot, title)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is view.ui.optionList
    for row in rows:
        view.ui.optionList.setCurrentRow(0)
        press(qtbot, *[Qt.Key.Key_Down] * row, Qt.Key.Key_Space)


def grid_text(view: VotingView, row: int, column: int) -> str:
    model = view.grid_model
    return model.data(model.index(row, column))


def test_five_options_by_keyboard_give_three_dots_and_a_ranking(qtbot, view: VotingView) -> None:  # type: ignore[no-untyped-def]
    create_vote_with_options(qtbot, view, "Was zuerst?", [1, 2, 3, 4, 5])  # the five cards
    vote = on_disk(view).votes[0]
    assert vote.title == "Was zuerst?"
    assert len(vote.options) == 5
    assert vote.dots_per_person == 3  # 5 // 2 + 1, following each option chosen
    assert view.ui.dotsSpin.value() == 3

    # only the four present people are rows; dots typed straight into the grid
    assert [p.name for p in view.grid_model.people] == PEOPLE[:4]
    press(qtbot, "s", modifier=ALT)
    assert focused() is view.ui.gridTable
    press(qtbot, "2", "0", "1")  # Şükrü: 2 on option 1, 0 on 2, 1 on 3 -> cursor on option 4
    assert view.ui.gridTable.currentIndex().column() == 3
    press(qtbot, Qt.Key.Key_Tab, "0")  # past option 4, 0 on option 5 -> next person
    assert view.ui.gridTable.currentIndex().row() == 1
    press(qtbot, Qt.Key.Key_Right, "3")  # Юлия: all three on option 2
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Left, "1", "1")  # Ἀλέξανδρος

    # hidden until revealed: dots show as a mask, the result is not shown
    assert grid_text(view, 0, 0) == MASK
    assert grid_text(view, 0, 1) == ""
    assert view.ui.resultStack.currentWidget() is view.ui.hiddenLabel
    assert "verdeckt" in view.ui.hiddenLabel.text()
    left = view.grid_model.left_column
    assert [grid_text(view, row, left) for row in range(4)] == ["0", "0", "1", "3"]

    # a fourth dot for Şükrü is refused with a message; nothing changes, the cursor stays
    view.ui.gridTable.setCurrentIndex(view.grid_model.index(0, 4))
    with qtbot.waitSignal(view.context.session.failed) as message:
        press(qtbot, "1")
    assert "Punkte" in message.args[0]
    assert view.ui.gridTable.currentIndex().column() == 4
    assert on_disk(view).votes[0].options[4].dots == {}

    press(qtbot, "g", modifier=ALT)  # "Ergebnis aufdecken"
    qtbot.waitUntil(lambda: on_disk(view).votes[0].revealed)
    data = on_disk(view)
    assert view.ui.resultStack.currentWidget() is view.ui.resultSplitter
    assert grid_text(view, 0, 0) == "2"
    ranking = [
        (view.ui.rankingList.topLevelItem(i).text(1), view.ui.rankingList.topLevelItem(i).text(2))
        for i in range(5)
    ]
    assert ranking == [
        ("Formulare in Leichter Sprache", "4"),
        ("Lotsenstelle im Bürgeramt", "3"),
        ("Interkulturelle Schulungen", "1"),
        ("Beirat einbinden", "0"),
        ("Wer koordiniert?", "0"),
    ]
    assert [view.ui.rankingList.topLevelItem(i).text(0) for i in range(5)] == [
        "1.",
        "2.",
        "3.",
        "4.",
        "4.",
    ]
    assert [dots for _, _, dots in view.ui.chart.bars()] == [4, 3, 1, 0, 0]
    names = {p.uid: p.name for p in data.participants}
    stored = {
        (names[person], number): dots
        for number, option in enumerate(data.votes[0].options, 1)
        for person, dots in option.dots.items()
    }
    assert stored == {
        (PEOPLE[0], 1): 2,
        (PEOPLE[0], 3): 1,
        (PEOPLE[1], 2): 3,
        (PEOPLE[2], 1): 1,
        (PEOPLE[2], 2): 1,
    }


def test_an_absent_person_is_shown_on_request_and_the_dots_can_be_changed(
    qtbot,  # type: ignore[no-untyped-def]
    view: VotingView,
) -> None:
    create_vote_with_options(qtbot, view, "Prioritäten", [1, 2, 3, 4])
    assert on_disk(view).votes[0].dots_per_person == 3  # 4 // 2 + 1
    press(qtbot, "w", modifier=ALT)  # "Auch abwesende Personen"
    qtbot.waitUntil(lambda: [p.name for p in view.grid_model.people] == PEOPLE)
    press(qtbot, "j", modifier=ALT)  # dots per person: the user's own number sticks
    assert focused() is view.ui.dotsSpin
    press(qtbot, Qt.Key.Key_Up)
    assert on_disk(view).votes[0].dots_per_person == 4
    view.ui.optionList.setFocus()
    view.ui.optionList.setCurrentRow(5)
    press(qtbot, Qt.Key.Key_Space)  # a fifth option no longer changes the user's choice
    assert on_disk(view).votes[0].dots_per_person == 4
    press(qtbot, "s", modifier=ALT)
    view.ui.gridTable.setCurrentIndex(view.grid_model.index(4, 0))  # Łucja, absent
    press(qtbot, "4")
    assert on_disk(view).votes[0].options[0].dots == {on_disk(view).participants[4].uid: 4}
    view.ui.gridTable.setCurrentIndex(view.grid_model.index(4, 0))
    press(qtbot, Qt.Key.Key_Delete)
    assert on_disk(view).votes[0].options[0].dots == {}


def test_totals_are_typed_per_option_and_undo_takes_them_back(qtbot, view: VotingView) -> None:  # type: ignore[no-untyped-def]
    create_vote_with_options(qtbot, view, "Summen", [0, 3])  # the cluster and the third card
    press(qtbot, "e", modifier=ALT)
    assert focused() is view.ui.modeCombo
    press(qtbot, Qt.Key.Key_Down)
    assert not on_disk(view).votes[0].by_participant
    press(qtbot, "s", modifier=ALT)
    assert focused() is view.ui.totalsTable
    press(qtbot, "1", "7", Qt.Key.Key_Return)  # the first digit opens the cell
    press(qtbot, "2", "3", Qt.Key.Key_Return)
    vote = on_disk(view).votes[0]
    assert [o.total for o in vote.options] == [17, 23]
    assert [o.cluster is not None for o in vote.options] == [True, False]
    assert view.totals_model.data(view.totals_model.index(0, 2)) == MASK
    view.context.stack.undo()
    assert [o.total for o in on_disk(view).votes[0].options] == [17, 0]
    view.context.stack.redo()
    view.ui.revealButton.click()
    assert [view.ui.rankingList.topLevelItem(i).text(2) for i in range(2)] == ["23", "17"]
    assert view.ui.rankingList.topLevelItem(1).text(1) == "Cluster „Sprache“"


def test_a_vote_is_one_undo_step_per_edit_and_survives_reopening(
    qtbot,  # type: ignore[no-untyped-def]
    view: VotingView,
    workshop_file: tuple[Path, str],
) -> None:
    create_vote_with_options(qtbot, view, "Runde 1", [1, 2])
    stack = view.context.stack
    assert stack.count() == 3  # the vote, two options (each with its dots per person)
    stack.undo()
    assert len(on_disk(view).votes[0].options) == 1
    assert on_disk(view).votes[0].dots_per_person == 1  # default_dots(1)
    assert view.ui.optionList.item(2).checkState() == Qt.CheckState.Unchecked
    stack.redo()
    assert view.ui.dotsSpin.value() == 2
    before = on_disk(view)
    press(qtbot, "t", modifier=ALT)
    press(qtbot, Qt.Key.Key_End)
    write(qtbot, " neu")
    press(qtbot, Qt.Key.Key_Return)
    assert on_disk(view).votes[0].title == "Runde 1 neu"
    view.ui.removeVoteButton.click()
    assert on_disk(view).votes == ()
    assert view.ui.states.currentWidget() is view.ui.hintPanel
    stack.undo()
    stack.undo()
    assert on_disk(view) == before
    assert view.ui.voteCombo.currentText() == "Runde 1"

    view.context.session.close()
    again, session = open_view(qtbot, VotingView, *workshop_file)
    try:
        assert again.ui.voteCombo.currentText() == "Runde 1"
        assert again.ui.dotsSpin.value() == 2
        listing = again.ui.optionList
        assert [listing.item(row).checkState() == Qt.CheckState.Checked for row in range(6)] == [
            False,
            True,
            True,
            False,
            False,
            False,
        ]
        assert again.grid_model.columnCount() == 3  # two options and the dots left
    finally:
        session.close()

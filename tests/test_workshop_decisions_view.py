"""Recommendations and decisions typed by keyboard and stored exactly as typed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.workshop_view_support import focused, on_disk, open_view, press, write
from weltoffen_desktop.gui.workshop.decisions_view import RESULT, WORDING, DecisionsView
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations import workshop as ops

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# typed: markup and entities stay text, quotes of every kind, other scripts
TYPED = "Formulare <b>einfach</b> &amp; „klar“ – \"so\" 'gut'"
TYPED_SECOND_LINE = "Юлия сказала: ясно · Ἀλέξανδρος: σαφῶς"
# pasted: tabs, blank lines and runs of spaces inside the text
PASTED = "1.\tDer Rat beschließt:\n\n\ta)  alle   Bescheide <i>prüfen</i>\n\tb)  & berichten"


@pytest.fixture
def workshop_file(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "beschluesse.weltoffen"
    session = WorkspaceSession()
    assert session.create(path, "Teststadt")
    workshop = ops.create_workshop(session.workspace, "Workshop")
    for title in ("Begrüßung", "Ergebnisse", "Beschlüsse"):
        ops.add(session.workspace, "agenda_item", workshop, title=title)
    session.close()
    return path, workshop


@pytest.fixture
def view(qtbot, workshop_file: tuple[Path, str]) -> Iterator[DecisionsView]:  # type: ignore[no-untyped-def]
    shown, session = open_view(qtbot, DecisionsView, *workshop_file)
    yield shown
    session.close()


def type_lines(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text``; each line break is the Return key."""
    for i, line in enumerate(text.split("\n")):
        if i:
            press(qtbot, Qt.Key.Key_Return)
        write(qtbot, line)


def paste(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    QApplication.clipboard().setText(text)
    press(qtbot, "v", modifier=CTRL)


def test_recommendations_per_field_are_stored_verbatim_and_edited_in_place(
    qtbot,  # type: ignore[no-untyped-def]
    view: DecisionsView,
    workshop_file: tuple[Path, str],
) -> None:
    press(qtbot, "e", modifier=ALT)  # the tree of fields
    assert focused() is view.ui.recommendationTree
    press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down)  # the second field's heading
    assert view.ui.fieldCombo.currentData() == "IO"
    press(qtbot, "m", modifier=ALT)
    assert focused() is view.ui.recommendationEdit
    type_lines(qtbot, TYPED + "\n" + TYPED_SECOND_LINE)
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)
    paste(qtbot, PASTED)  # the next one, same field
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)
    assert view.ui.recommendationEdit.toPlainText() == ""

    stored = on_disk(view).recommendations
    assert [(r.field_id, r.text) for r in stored] == [
        ("IO", TYPED + "\n" + TYPED_SECOND_LINE),
        ("IO", PASTED),
    ]
    heading = view.ui.recommendationTree.topLevelItem(1)
    assert heading.text(0).endswith("(2)")

    # the second one moves up (Alt+Up) and gets another field, edited in place
    view.ui.recommendationTree.setFocus()
    view.ui.recommendationTree.setCurrentItem(heading.child(1))
    assert view.ui.recommendationBox.title() == "Empfehlung bearbeiten"
    press(qtbot, Qt.Key.Key_Up, modifier=ALT)
    assert [r.text for r in on_disk(view).recommendations] == [PASTED, stored[0].text]
    press(qtbot, "f", modifier=ALT)
    press(qtbot, Qt.Key.Key_Home)  # without a field
    assert on_disk(view).recommendations[0].field_id is None
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.ui.recommendationEdit
    press(qtbot, Qt.Key.Key_End, modifier=CTRL)
    type_lines(qtbot, "\nergänzt")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the text saves it
    assert on_disk(view).recommendations[0].text == PASTED + "\nergänzt"
    assert view.context.stack.count() == 5

    view.context.session.close()
    again, session = open_view(qtbot, DecisionsView, *workshop_file)
    try:
        tree = again.ui.recommendationTree
        texts = {
            tree.topLevelItem(i).child(j).toolTip(0)
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())
        }
        assert texts == {PASTED + "\nergänzt", TYPED + "\n" + TYPED_SECOND_LINE}
    finally:
        session.close()


def test_decisions_keep_their_wording_agenda_item_and_vote(qtbot, view: DecisionsView) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, "t", modifier=ALT)
    assert focused() is view.ui.agendaCombo
    press(qtbot, Qt.Key.Key_End)  # TOP 3
    press(qtbot, "w", modifier=ALT)
    paste(qtbot, PASTED)
    type_lines(qtbot, "\n" + TYPED_SECOND_LINE)
    press(qtbot, "j", modifier=ALT)
    write(qtbot, "12")
    press(qtbot, Qt.Key.Key_Tab)
    write(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)  # abstentions left empty: 0
    press(qtbot, "w", modifier=ALT)
    write(qtbot, TYPED)
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)  # no vote held

    first, second = on_disk(view).decisions
    assert first.wording == PASTED + "\n" + TYPED_SECOND_LINE
    assert first.agenda_item == on_disk(view).agenda[2].uid
    assert (first.votes_yes, first.votes_no, first.votes_abstain) == (12, 3, 0)
    assert second.wording == TYPED
    assert not second.was_voted
    listing = view.ui.decisionTree
    assert listing.topLevelItem(0).text(RESULT) == "Ja 12 · Nein 3 · Enthaltung 0"
    assert listing.topLevelItem(1).text(RESULT) == "ohne Abstimmung"
    assert listing.topLevelItem(1).text(WORDING) == TYPED

    # Alt+Down in the list reorders; the vote can be taken back to "no vote"
    press(qtbot, "s", modifier=ALT)
    listing.setCurrentItem(listing.topLevelItem(0))
    press(qtbot, Qt.Key.Key_Down, modifier=ALT)
    assert [d.wording for d in on_disk(view).decisions] == [TYPED, first.wording]
    assert view.ui.wordingEdit.toPlainText() == first.wording
    for edit in view.vote_edits:
        edit.setFocus()
        edit.selectAll()
        press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_Tab)
    assert not on_disk(view).decisions[1].was_voted

    # an emptied wording is refused with a message; the stored one comes back
    view.ui.wordingEdit.setFocus()
    view.ui.wordingEdit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    with qtbot.waitSignal(view.context.session.failed) as message:
        press(qtbot, Qt.Key.Key_Tab)
    assert "Wortlaut" in message.args[0]
    assert view.ui.wordingEdit.toPlainText() == first.wording

    press(qtbot, "s", modifier=ALT)
    press(qtbot, Qt.Key.Key_Delete)
    assert len(on_disk(view).decisions) == 1
    view.context.stack.undo()
    assert on_disk(view).decisions[1].wording == first.wording

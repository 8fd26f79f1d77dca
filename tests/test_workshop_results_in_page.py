"""The Punktabfrage, Beschlüsse and Maßnahmenplan tabs in the real window: reached by
Alt+5/6/7, every edit undone with Ctrl+Z and redone with Ctrl+Y."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.workshop_page_support import stored, workshop_window
from tests.workshop_view_support import focused, press, write
from weltoffen_desktop.domain.workshop import CardKind
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.workshop.decisions_view import RESULT, DecisionsView
from weltoffen_desktop.gui.workshop.plan_tree import STATUS
from weltoffen_desktop.gui.workshop.plan_view import PlanView
from weltoffen_desktop.gui.workshop.voting_view import VotingView
from weltoffen_desktop.operations import workshop as ops

pytestmark = [
    pytest.mark.gui,
    # the list of names is a popup, which the offscreen platform cannot raise
    pytest.mark.qt_log_ignore(
        "This plugin does not support (raise|grabbing the keyboard)", extend=True
    ),
]

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def test_votes_decisions_and_measures_are_undone_and_redone_by_keys(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
    base_dir: Path,
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.weltoffen"
    window, page = workshop_window(qtbot, qapp, base_dir, path)
    ws, workshop = window.session.workspace, page.context.workshop
    person = ops.add(ws, "participant", workshop, name="Đặng Thị Ễ")
    ops.add(ws, "card", workshop, kind=CardKind.IDEA, text="Lotsen")
    page.context.reload()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.workshopCombo.setFocus()

    press(qtbot, "5", modifier=ALT)
    voting = page.ui.tabs.currentWidget()
    assert isinstance(voting, VotingView)
    press(qtbot, "n", modifier=ALT)
    write(qtbot, "Prioritäten")
    press(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Space)  # the vote, the card put to it
    press(qtbot, "s", modifier=ALT)
    press(qtbot, "1")
    option = page.context.data().votes[0].options[0]
    assert option.dots == {person: 1}
    press(qtbot, "z", modifier=CTRL)
    assert page.context.data().votes[0].options[0].dots == {}
    press(qtbot, "y", modifier=CTRL)
    assert page.context.data().votes[0].options[0].dots == {person: 1}

    press(qtbot, "6", modifier=ALT)
    assert isinstance(page.ui.tabs.currentWidget(), DecisionsView)
    press(qtbot, "w", modifier=ALT)
    write(qtbot, "Der Rat beschließt den Plan.")
    press(qtbot, Qt.Key.Key_Return, modifier=CTRL)
    press(qtbot, "s", modifier=ALT)  # in the list, Ctrl+Z is the workshop's
    press(qtbot, "z", modifier=CTRL)
    assert page.context.data().decisions == ()
    press(qtbot, "y", modifier=CTRL)
    assert page.context.data().decisions[0].wording == "Der Rat beschließt den Plan."

    press(qtbot, "7", modifier=ALT)
    plan = page.ui.tabs.currentWidget()
    assert isinstance(plan, PlanView)
    press(qtbot, "n", modifier=ALT)
    write(qtbot, "Lotsenstelle")
    press(qtbot, Qt.Key.Key_Return)
    write(qtbot, "Đặng Thị Ễ")
    press(qtbot, Qt.Key.Key_Tab)
    assert page.context.data().measures[0].responsible_participant == person
    assert page.undo_action.text() == "&Rückgängig: Maßnahme „Lotsenstelle“ ändern"
    press(qtbot, "z", modifier=CTRL)  # in the (untouched) partner line: the workshop's undo
    assert focused() is plan.ui.partnersEdit
    assert page.context.data().measures[0].responsible == ""
    assert plan.ui.responsibleCombo.currentText() == ""
    press(qtbot, "z", modifier=CTRL)
    assert page.context.data().measures == ()
    press(qtbot, "y", modifier=CTRL)
    press(qtbot, "y", modifier=CTRL)
    assert plan.ui.responsibleCombo.currentText() == "Đặng Thị Ễ"

    install_language(qapp, "en")  # every text of the three views follows at once
    try:

        def status() -> str:
            return plan.proxy.index(0, STATUS, plan.proxy.index(0, 0)).data()

        qtbot.waitUntil(lambda: status() == "Open")  # language changes are posted
        assert plan.ui.measureEditor.title() == "Measure"
        assert plan.ui.levelCombo.currentText() == "Measure"
        press(qtbot, "5", modifier=ALT)  # a view catches up when it is shown
        assert voting.ui.revealButton.text() == "&Reveal result"
        assert voting.grid_model.headerData(1, Qt.Orientation.Horizontal) == "Left (of 1)"
        press(qtbot, "6", modifier=ALT)
        decisions = page.ui.tabs.currentWidget()
        assert decisions.ui.decisionTree.topLevelItem(0).text(RESULT) == "no vote"
    finally:
        install_language(qapp, "de")

    data = stored(window, path, workshop)
    assert data.votes[0].options[0].dots == {person: 1}
    assert data.decisions[0].wording == "Der Rat beschließt den Plan."
    assert data.measures[0].responsible_participant == person

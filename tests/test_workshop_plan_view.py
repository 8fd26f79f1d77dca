"""The Maßnahmenplan view by keyboard: goals, measures with all their fields, milestones,
sorting, filters, overdue marks, refusals, and the plan read back from the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.workshop_view_support import focused, on_disk, open_view, press, write
from weltoffen_desktop.domain.workshop import CardKind, MeasureStatus
from weltoffen_desktop.gui.workshop.plan_tree import DUE, RESPONSIBLE, STATUS, TITLE
from weltoffen_desktop.gui.workshop.plan_view import PlanView
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations import workshop as ops

pytestmark = [
    pytest.mark.gui,
    # the completer's list of names is a popup, which the offscreen platform cannot raise
    pytest.mark.qt_log_ignore(
        "This plugin does not support (raise|grabbing the keyboard)", extend=True
    ),
]

PEOPLE = ["Şükrü Öztürk", "Юлия Ковалёва", "Ἀλέξανδρος Π."]
ALT = Qt.KeyboardModifier.AltModifier
Key = str | Qt.Key


@pytest.fixture
def workshop_file(tmp_path: Path) -> tuple[Path, str]:
    """A workspace with three participants and one card in a workshop."""
    path = tmp_path / "plan.weltoffen"
    session = WorkspaceSession()
    assert session.create(path, "Teststadt")
    ws = session.workspace
    workshop = ops.create_workshop(ws, "Workshop")
    for name in PEOPLE:
        ops.add(ws, "participant", workshop, name=name)
    ops.add(ws, "card", workshop, kind=CardKind.IDEA, text="Lotsen im Bürgeramt", field_id="ZT")
    session.close()
    return path, workshop


@pytest.fixture
def view(qtbot, workshop_file: tuple[Path, str]) -> Iterator[PlanView]:  # type: ignore[no-untyped-def]
    shown, session = open_view(qtbot, PlanView, *workshop_file)
    yield shown
    session.close()


def new_entry(qtbot, view: PlanView, level_steps: int, title: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+E, the level (0 measure, 1 Handlungsziel, 2 Hauptziel), Alt+N, the title, Enter."""
    press(qtbot, "e", modifier=ALT)
    assert focused() is view.ui.levelCombo
    press(qtbot, Qt.Key.Key_Home, *[Qt.Key.Key_Down] * level_steps)
    press(qtbot, "n", modifier=ALT)
    assert focused() is view.ui.newTitleEdit
    write(qtbot, title)
    press(qtbot, Qt.Key.Key_Return)


def measure_by_keys(qtbot, view: PlanView, title: str, fields: list[list[Key] | str]) -> None:  # type: ignore[no-untyped-def]
    """A new measure in the goal chosen under "in", then Tab through its fields."""
    new_entry(qtbot, view, 0, title)
    assert focused() in (view.ui.responsibleCombo, view.ui.responsibleCombo.lineEdit())
    for i, value in enumerate(fields):
        if i:
            press(qtbot, Qt.Key.Key_Tab)
        if isinstance(value, str):
            write(qtbot, value)
        else:
            press(qtbot, *value)
    press(qtbot, Qt.Key.Key_Tab)


def shown_rows(view: PlanView, parent: QModelIndex = QModelIndex(), depth: int = 0) -> list[str]:  # noqa: B008
    """The plan as shown: one line per row, indented by level."""
    proxy, rows = view.proxy, []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, TITLE, parent)
        rows.append("  " * depth + index.data())
        rows += shown_rows(view, index, depth + 1)
    return rows


def cell(view: PlanView, title: str, column: int) -> QModelIndex:
    found = view.proxy.match(
        view.proxy.index(0, TITLE),
        Qt.ItemDataRole.DisplayRole,
        title,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert found, title
    return found[0].siblingAtColumn(column)


def test_a_plan_by_keyboard_with_goals_measures_and_milestones(
    qtbot,  # type: ignore[no-untyped-def]
    view: PlanView,
    workshop_file: tuple[Path, str],
) -> None:
    new_entry(qtbot, view, 2, "Zugang zu Leistungen verbessern")  # a Hauptziel
    new_entry(qtbot, view, 1, "Formulare verständlich machen")  # a Handlungsziel in it
    assert view.ui.parentCombo.currentText().startswith("Zugang")
    measure_by_keys(
        qtbot,
        view,
        "Zehn Bescheide in Leichter Sprache",
        [
            "Юлия Ковалёва",  # a participant: linked
            "Bürgeramt & Beirat",
            "30.06.2027",
            "0,5 Stelle",
            "10 Bescheide <überarbeitet>",
            [Qt.Key.Key_Down],  # In Arbeit
            [Qt.Key.Key_Down] * 3,  # the third Handlungsfeld
            [Qt.Key.Key_Down],  # the card
            [],  # the (empty) milestone list
            "Auswahl der Bescheide",
            "31.1.27",
        ],
    )
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is view.ui.milestoneDueField.edit
    press(qtbot, Qt.Key.Key_Return)  # the milestone is added
    measure_by_keys(
        qtbot, view, "Lotsenstelle einrichten", ["Frau Dr. Weiß (extern)", "", "15.01.2027"]
    )
    measure_by_keys(qtbot, view, "Formulare online", ["Şükrü Öztürk", "", "01.03.2020"])

    data = on_disk(view)
    main, sub = data.goals
    assert (main.parent, sub.parent, sub.title) == (None, main.uid, "Formulare verständlich machen")
    first, second, third = data.measures
    assert first.goal == second.goal == third.goal == sub.uid
    people = {p.name: p.uid for p in data.participants}
    assert (first.responsible_participant, first.responsible) == (people[PEOPLE[1]], PEOPLE[1])
    assert first.partners == "Bürgeramt & Beirat"
    assert first.due_date == dt.date(2027, 6, 30)
    assert (first.resources, first.indicator) == ("0,5 Stelle", "10 Bescheide <überarbeitet>")
    assert first.status is MeasureStatus.IN_PROGRESS
    assert first.field_id == "ZT"  # third in the default catalogue
    assert first.card == data.cards[0].uid
    assert [(m.title, m.due_date, m.done) for m in first.milestones] == [
        ("Auswahl der Bescheide", dt.date(2027, 1, 31), False)
    ]
    assert (second.responsible_participant, second.responsible) == (None, "Frau Dr. Weiß (extern)")
    assert second.due_date == dt.date(2027, 1, 15)
    assert third.responsible_participant == people[PEOPLE[0]]

    # overdue: marked by a sign and words (tooltip), not by colour alone
    late = cell(view, "Formulare online", DUE)
    assert late.data().startswith("⚠ 01.03.2020")
    assert "Überfällig" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert not cell(view, "Lotsenstelle einrichten", DUE).data().startswith("⚠")

    # a milestone ticked done with Space, in the first measure's editor
    view.ui.tree.setCurrentIndex(cell(view, "Zehn Bescheide in Leichter Sprache", TITLE))
    view.ui.milestoneList.setFocus()
    view.ui.milestoneList.setCurrentItem(view.ui.milestoneList.topLevelItem(0))
    press(qtbot, Qt.Key.Key_Space)
    assert on_disk(view).measures[0].milestones[0].done
    assert cell(view, "Zehn Bescheide in Leichter Sprache", 5).data() == "1/1"

    # read back in a new window on the file: the same plan
    view.context.session.close()
    again, session = open_view(qtbot, PlanView, *workshop_file)
    try:
        assert shown_rows(again) == [
            "Zugang zu Leistungen verbessern",
            "  Formulare verständlich machen",
            "    Zehn Bescheide in Leichter Sprache",
            "    Lotsenstelle einrichten",
            "    Formulare online",
        ]
        assert (
            cell(again, "Lotsenstelle einrichten", RESPONSIBLE).data() == "Frau Dr. Weiß (extern)"
        )
        assert cell(again, "Zehn Bescheide in Leichter Sprache", STATUS).data() == "In Arbeit"
    finally:
        session.close()


@pytest.fixture
def planned(view: PlanView) -> PlanView:
    """Two goals with four measures (Gamma and Delta overdue), written straight to the file."""
    ws, workshop = view.context.session.workspace, view.context.workshop
    today = dt.date.today()
    people = {p.name: p.uid for p in ops.load_workshop(ws, workshop).participants}
    main = ops.add(ws, "goal", workshop, title="Öffnung", field_id="IO")
    sub = ops.add(ws, "goal", workshop, title="Schulungen", parent=main)
    for title, values in (
        ("Beta", {"responsible": people[PEOPLE[2]], "due_date": today + dt.timedelta(100)}),
        ("Alpha", {"responsible_name": "Amt 10", "status": MeasureStatus.DONE}),
        ("Gamma", {"responsible": people[PEOPLE[0]], "due_date": dt.date(2020, 1, 1)}),
        ("Delta", {"due_date": today - dt.timedelta(1), "field_id": "IO", "partners": "VHS"}),
    ):
        ops.add(ws, "measure", workshop, title=title, goal=sub, **values)
    ops.add(ws, "measure", workshop, title="Ohne Ziel", status=MeasureStatus.DROPPED)
    view.context.reload()
    return view


def measures_shown(view: PlanView) -> list[str]:
    return [row.strip() for row in shown_rows(view) if row.startswith("    ")]


def test_sorting_and_filters_keep_goals_in_place(qtbot, planned: PlanView) -> None:  # type: ignore[no-untyped-def]
    view = planned
    assert measures_shown(view) == ["Beta", "Alpha", "Gamma", "Delta"]
    press(qtbot, "o", modifier=ALT)
    assert focused() is view.ui.sortCombo
    press(qtbot, Qt.Key.Key_Down)  # Fälligkeit: no date last
    assert measures_shown(view) == ["Gamma", "Delta", "Beta", "Alpha"]
    press(qtbot, Qt.Key.Key_Down)  # Status: open first
    assert measures_shown(view)[-1] == "Alpha"
    press(
        qtbot, Qt.Key.Key_Down
    )  # Verantwortlich, collated: "Amt", "Şükrü" with S, Greek; nobody last
    assert measures_shown(view) == ["Alpha", "Gamma", "Beta", "Delta"]
    assert shown_rows(view)[:2] == ["Öffnung", "  Schulungen"]
    assert shown_rows(view)[-2:] == ["Maßnahmen ohne Ziel", "  Ohne Ziel"]
    press(qtbot, Qt.Key.Key_Home)
    assert measures_shown(view) == ["Beta", "Alpha", "Gamma", "Delta"]

    press(qtbot, "f", modifier=ALT)
    assert focused() is view.ui.statusFilter
    press(qtbot, Qt.Key.Key_End)  # Überfällig
    assert [row.strip() for row in shown_rows(view)] == ["Öffnung", "Schulungen", "Gamma", "Delta"]
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Down)  # IO
    assert measures_shown(view) == ["Delta"]
    press(qtbot, Qt.Key.Key_Home, Qt.Key.Key_Tab, Qt.Key.Key_End)  # nobody responsible
    assert [row.strip() for row in shown_rows(view)] == [
        "Öffnung",
        "Schulungen",
        "Delta",
        "Maßnahmen ohne Ziel",
        "Ohne Ziel",
    ]
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, "f", modifier=Qt.KeyboardModifier.ControlModifier)
    assert focused() is view.ui.searchEdit
    write(qtbot, "vhs")  # partners are searched too
    assert measures_shown(view) == ["Delta"]
    view.ui.searchEdit.clear()
    write(qtbot, "schulungen")  # so is the goal: every measure in it
    assert measures_shown(view) == ["Beta", "Alpha", "Gamma", "Delta"]


def test_refused_and_unreadable_input_is_a_message_and_nothing_changes(
    qtbot,  # type: ignore[no-untyped-def]
    planned: PlanView,
) -> None:
    view = planned
    view.ui.tree.setCurrentIndex(cell(view, "Beta", TITLE))
    view.ui.dueField.setFocus()
    view.ui.dueField.edit.selectAll()
    write(qtbot, "31.02.2027")
    with qtbot.waitSignal(view.context.session.failed) as message:
        press(qtbot, Qt.Key.Key_Tab)
    assert "„31.02.2027“ ist kein Datum" in message.args[0]
    assert "30.06.2027" in message.args[0]  # an example of the format
    beta_due = on_disk(view).measures[0].due_date
    assert view.ui.dueField.edit.text() == beta_due.strftime("%d.%m.%Y")
    view.ui.measureTitleEdit.setFocus()
    view.ui.measureTitleEdit.selectAll()
    with qtbot.waitSignal(view.context.session.failed) as message:
        press(qtbot, Qt.Key.Key_Delete, Qt.Key.Key_Tab)
    assert "Titel der Maßnahme" in message.args[0]
    assert view.ui.measureTitleEdit.text() == "Beta"
    assert on_disk(view).measures[0].title == "Beta"
    assert view.context.stack.count() == 0

    # an empty due date is no date; the field clears and undo brings it back
    view.ui.dueField.setFocus()
    view.ui.dueField.edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete, Qt.Key.Key_Tab)
    assert on_disk(view).measures[0].due_date is None
    view.context.stack.undo()
    assert view.ui.dueField.date() == beta_due


def test_removing_a_goal_keeps_its_measures_and_undo_restores_it(qtbot, planned: PlanView) -> None:  # type: ignore[no-untyped-def]
    view = planned
    view.ui.tree.setFocus()
    view.ui.tree.setCurrentIndex(cell(view, "Schulungen", TITLE))
    assert view.ui.editors.currentWidget() is view.ui.goalEditor
    press(qtbot, Qt.Key.Key_Delete)
    assert [g.title for g in on_disk(view).goals] == ["Öffnung"]
    assert shown_rows(view) == [  # the measures are now without a goal
        "Öffnung",
        "Maßnahmen ohne Ziel",
        "  Beta",
        "  Alpha",
        "  Gamma",
        "  Delta",
        "  Ohne Ziel",
    ]
    assert all(m.goal is None for m in on_disk(view).measures)
    view.context.stack.undo()
    assert [g.title for g in on_disk(view).goals] == ["Öffnung", "Schulungen"]
    assert shown_rows(view)[2] == "    Beta"

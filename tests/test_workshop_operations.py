"""Workshop changes: each one on disk at once, each one reversible, checks in plain words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus, default_dots
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace

NAMES = ["Şükrü Öztürk", "Łucja Wąs", "Đặng Thị Ễ", "Юлия Ковалёва", "Ἀλέξανδρος Π.", "Ödön Hős"]


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_workspace(tmp_path / "w.weltoffen", "Teststadt")
    yield workspace
    workspace.close()


@pytest.fixture
def workshop(ws: Workspace) -> str:
    return ops.create_workshop(
        ws, "Workshop Weltoffenheit", date=dt.date(2026, 11, 20), place="Ratssaal"
    )


def reopened(ws: Workspace, uid: str) -> ops.WorkshopData:
    ws.close()
    again = Workspace.open(ws.path)
    try:
        return ops.load_workshop(again, uid)
    finally:
        again.close()


def test_a_recorded_workshop_is_on_disk_in_order_with_every_script(
    ws: Workspace, workshop: str
) -> None:
    people = [ops.add(ws, "participant", workshop, name=n, function="Amt") for n in NAMES]
    ops.update(ws, "participant", people[2], attendance=Attendance.EXCUSED)
    item = ops.add(ws, "agenda_item", workshop, title="Ergebnisse", planned_minutes=30)
    cluster = ops.add(ws, "cluster", workshop, name="Sprache")
    card = ops.add(
        ws,
        "card",
        workshop,
        kind=CardKind.IDEA,
        text="Formulare <b>einfach</b> & klar\n\tzweite Zeile",
        field_id="ZT",
        agenda_item=item,
        cluster=cluster,
    )
    goal = ops.add(ws, "goal", workshop, title="Zugang verbessern", field_id="ZT")
    sub = ops.add(ws, "goal", workshop, title="Formulare verständlich", parent=goal)
    measure = ops.add(
        ws,
        "measure",
        workshop,
        title="Zehn Bescheide in Leichter Sprache",
        goal=sub,
        responsible=people[0],
        due_date=dt.date(2027, 6, 30),
        indicator="10 Bescheide",
        status=MeasureStatus.IN_PROGRESS,
        card=card,
    )
    ops.add(ws, "milestone", measure, title="Auswahl der Bescheide", due_date=dt.date(2027, 1, 31))

    data = reopened(ws, workshop)
    assert [p.name for p in data.participants] == NAMES
    assert data.participants[2].attendance is Attendance.EXCUSED
    assert data.cards[0].text == "Formulare <b>einfach</b> & klar\n\tzweite Zeile"
    assert (data.cards[0].agenda_item, data.cards[0].cluster) == (item, cluster)
    assert data.goals[1].parent == goal
    m = data.measures[0]
    assert (m.goal, m.responsible_participant, m.responsible, m.card) == (
        sub,
        people[0],
        "Şükrü Öztürk",
        card,
    )
    assert [s.title for s in m.milestones] == ["Auswahl der Bescheide"]


def test_update_returns_what_undoes_it(ws: Workspace, workshop: str) -> None:
    person = ops.add(ws, "participant", workshop, name="Ana", organisation="Amt 50")
    previous = ops.update(ws, "participant", person, name="Ana Lima", organisation="")
    assert previous == {"name": "Ana", "organisation": "Amt 50"}
    ops.update(ws, "participant", person, **previous)
    assert ops.load_workshop(ws, workshop).participants[0].organisation == "Amt 50"


def test_removing_a_participant_and_restoring_brings_back_dots_and_links(
    ws: Workspace, workshop: str
) -> None:
    ana = ops.add(ws, "participant", workshop, name="Ana")
    card = ops.add(ws, "card", workshop, kind=CardKind.IDEA, text="Lotsen")
    vote = ops.add(ws, "dot_vote", workshop, title="Prioritäten", dots_per_person=2)
    option = ops.add(ws, "vote_option", vote, card=card)
    ops.set_dots(ws, option, ana, 2)
    ops.add(ws, "measure", workshop, title="Lotsenstelle", responsible=ana)
    before = ops.load_workshop(ws, workshop)

    removed = ops.remove(ws, "participant", ana)
    gone = ops.load_workshop(ws, workshop)
    assert gone.participants == ()
    assert gone.votes[0].ranking()[0][1] == 0
    assert gone.measures[0].responsible_participant is None

    ops.restore(ws, removed)
    assert reopened(ws, workshop) == before


def test_removing_a_whole_workshop_can_be_undone(ws: Workspace, workshop: str) -> None:
    people = [ops.add(ws, "participant", workshop, name=n) for n in NAMES[:3]]
    cluster = ops.add(ws, "cluster", workshop, name="A")
    cards = [
        ops.add(ws, "card", workshop, kind=CardKind.STRENGTH, text=f"K{i}", cluster=cluster)
        for i in range(3)
    ]
    vote = ops.add(ws, "dot_vote", workshop, title="V", dots_per_person=default_dots(3))
    options = [ops.add(ws, "vote_option", vote, card=c) for c in cards]
    ops.add(ws, "vote_option", vote, cluster=cluster)
    ops.set_dots(ws, options[1], people[0], 2)
    goal = ops.add(ws, "goal", workshop, title="Ziel")
    ops.add(ws, "goal", workshop, title="Teilziel", parent=goal)
    ops.add(ws, "measure", workshop, title="M", goal=goal, card=cards[0], responsible=people[1])
    before = ops.load_workshop(ws, workshop)

    removed = ops.remove(ws, "workshop", workshop)
    assert ops.workshops(ws) == []
    ops.restore(ws, removed)
    assert reopened(ws, workshop) == before


def test_move_reorders_siblings_and_reports_how_far(ws: Workspace, workshop: str) -> None:
    items = [ops.add(ws, "agenda_item", workshop, title=t) for t in "ABC"]
    assert ops.move(ws, "agenda_item", items[2], -1) == -1
    assert ops.move(ws, "agenda_item", items[0], -1) == 0
    assert [a.title for a in ops.load_workshop(ws, workshop).agenda] == ["A", "C", "B"]
    assert ops.move(ws, "agenda_item", items[2], 1) == 1
    assert [a.title for a in ops.load_workshop(ws, workshop).agenda] == ["A", "B", "C"]


def test_dots_stack_up_to_the_allowance_and_rank_the_options(ws: Workspace, workshop: str) -> None:
    ana, ben = (ops.add(ws, "participant", workshop, name=n) for n in ("Ana", "Ben"))
    cards = [ops.add(ws, "card", workshop, kind=CardKind.IDEA, text=t) for t in "XYZ"]
    assert default_dots(3) == 2
    vote = ops.add(ws, "dot_vote", workshop, title="P", dots_per_person=default_dots(3))
    x, y, z = (ops.add(ws, "vote_option", vote, card=c) for c in cards)
    ops.set_dots(ws, y, ana, 2)
    ops.set_dots(ws, z, ben, 1)
    ops.set_dots(ws, y, ben, 1)
    with pytest.raises(InvalidInput, match="Ana has 2 dots; 2 are already used") as info:
        ops.set_dots(ws, x, ana, 1)
    assert info.value.code == "dots_exceeded"
    assert ops.set_dots(ws, y, ana, 0) == 2
    ops.set_dots(ws, y, ana, 2)
    ranking = ops.load_workshop(ws, workshop).votes[0].ranking()
    assert [(o.card, n) for o, n in ranking] == [(cards[1], 3), (cards[2], 1), (cards[0], 0)]


def test_totals_vote_counts_totals(ws: Workspace, workshop: str) -> None:
    card = ops.add(ws, "card", workshop, kind=CardKind.IDEA, text="X")
    vote = ops.add(ws, "dot_vote", workshop, title="P", dots_per_person=3, by_participant=False)
    option = ops.add(ws, "vote_option", vote, card=card)
    ops.update(ws, "vote_option", option, total=17)
    data = ops.load_workshop(ws, workshop).votes[0]
    assert data.ranking()[0][1] == 17


@pytest.mark.parametrize(
    ("kind", "values", "code"),
    [
        ("participant", {"name": "   "}, "participant_name_empty"),
        ("participant", {"name": "x" * 201}, "participant_name_too_long"),
        ("participant", {"name": "A", "attendance": "late"}, "value_unknown"),
        ("card", {"kind": "idea", "text": "A", "field_id": "XX"}, "field_unknown"),
        ("card", {"kind": "idea"}, "value_missing"),
        ("card", {"kind": "idea", "text": "A", "cluster": "no-such-uid"}, "record_gone"),
        ("agenda_item", {"title": "A", "planned_minutes": -5}, "number_out_of_range"),
        ("agenda_item", {"title": "A", "planned_minutes": True}, "number_out_of_range"),
        ("dot_vote", {"title": "A", "dots_per_person": 0}, "number_out_of_range"),
        ("measure", {"title": "A", "due_date": "morgen"}, "value_type"),
        ("measure", {"title": "A", "colour": "red"}, "value_unknown"),
        # unpaired surrogates cannot be stored as UTF-8; control characters break the minutes
        ("participant", {"name": "Ana\ud800"}, "value_character"),
        ("card", {"kind": "idea", "text": "Zeile\x00"}, "value_character"),
    ],
)
def test_bad_values_are_refused_with_a_code_and_nothing_is_stored(
    ws: Workspace, workshop: str, kind: str, values: dict, code: str
) -> None:
    with pytest.raises(InvalidInput) as info:
        ops.add(ws, kind, workshop, **values)
    assert info.value.code == code
    data = ops.load_workshop(ws, workshop)
    assert data.participants == data.cards == data.agenda == data.votes == data.measures == ()


def test_references_stay_within_their_workshop(ws: Workspace, workshop: str) -> None:
    other = ops.create_workshop(ws, "Anderer Workshop")
    stranger = ops.add(ws, "participant", other, name="Fremd")
    with pytest.raises(InvalidInput) as info:
        ops.add(ws, "measure", workshop, title="M", responsible=stranger)
    assert info.value.code == "other_workshop"


def test_goals_are_two_levels_deep(ws: Workspace, workshop: str) -> None:
    top = ops.add(ws, "goal", workshop, title="Haupt")
    sub = ops.add(ws, "goal", workshop, title="Handlung", parent=top)
    with pytest.raises(InvalidInput) as info:
        ops.add(ws, "goal", workshop, title="Zu tief", parent=sub)
    assert info.value.code == "goal_depth"
    other = ops.add(ws, "goal", workshop, title="Anderes Hauptziel")
    with pytest.raises(InvalidInput, match="with Handlungsziele cannot become") as info:
        ops.update(ws, "goal", top, parent=other)
    assert info.value.code == "goal_depth"
    assert [g.parent for g in ops.load_workshop(ws, workshop).goals] == [None, top, None]


def test_a_vote_option_is_one_card_or_one_cluster_once(ws: Workspace, workshop: str) -> None:
    card = ops.add(ws, "card", workshop, kind=CardKind.IDEA, text="X")
    cluster = ops.add(ws, "cluster", workshop, name="C")
    vote = ops.add(ws, "dot_vote", workshop, title="P", dots_per_person=2)
    ops.add(ws, "vote_option", vote, card=card)
    for values, code in (
        ({"card": card}, "option_exists"),
        ({"card": card, "cluster": cluster}, "option_target"),
        ({}, "option_target"),
    ):
        with pytest.raises(InvalidInput) as info:
            ops.add(ws, "vote_option", vote, **values)
        assert info.value.code == code

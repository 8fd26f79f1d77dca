"""The demo workspace's workshop is complete and tells a plausible story."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from weltoffen_desktop.domain.workshop import MeasureStatus, default_dots
from weltoffen_desktop.fileformats.workshop_json import check_document, to_document
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.storage.database import Workspace

NOVEMBER_2026 = dt.date(2026, 11, 1)


def _demo_workshop(ws: Workspace) -> ops.WorkshopData:
    (only,) = ops.workshops(ws)
    return ops.load_workshop(ws, only.uid)


def test_the_demo_workshop_has_every_part_of_the_day(demo_workspace: Workspace) -> None:
    data = _demo_workshop(demo_workspace)
    assert data.round_name == "Selbstcheck 2026"
    assert len(data.agenda) == 7 and all(a.planned_minutes for a in data.agenda)
    day = dt.datetime.combine(data.date, data.end_time) - dt.datetime.combine(  # type: ignore[arg-type]
        data.date,  # type: ignore[arg-type]
        data.start_time,  # type: ignore[arg-type]
    )
    assert sum(a.planned_minutes or 0 for a in data.agenda) <= day.total_seconds() / 60
    assert len(data.clusters) == 4
    assert all(c.cluster and c.agenda_item and c.field_id for c in data.cards)
    assert {c.field_id for c in data.cards} == {"MS", "IO", "ZT", "AW", "EB", "ZB", "KK"}
    assert sorted(r.field_id for r in data.recommendations) == sorted(
        {"MS", "IO", "ZT", "AW", "EB", "ZB", "KK"}
    )
    assert len(data.decisions) == 3 and all(d.was_voted for d in data.decisions)
    assert check_document(to_document(data)) == []


def test_each_voter_sticks_the_default_dots_and_the_group_favours_three_ideas(
    demo_workspace: Workspace,
) -> None:
    data = _demo_workshop(demo_workspace)
    (vote,) = data.votes
    assert vote.revealed and vote.dots_per_person == default_dots(len(vote.options))
    voters = {p for option in vote.options for p in option.dots}
    assert len(voters) == 10
    assert {vote.dots_used(p) for p in voters} == {vote.dots_per_person}
    names = {p.uid: p.name for p in data.participants}
    assert data.moderator not in {names[p] for p in voters}
    texts = {c.uid: c.text for c in data.cards}
    top = [texts[option.card] for option, _ in vote.ranking()[:3]]  # type: ignore[index]
    assert top[0] == "Leichte Sprache für die zehn häufigsten Bescheide"
    assert "Lotsenstelle für die Anerkennung ausländischer Abschlüsse" in top
    assert "Anonymisierte Bewerbungen in einem Pilotamt testen" in top


def test_the_measures_plan_hangs_from_goals_with_people_dates_and_mixed_states(
    demo_workspace: Workspace,
) -> None:
    data = _demo_workshop(demo_workspace)
    goals = {g.uid: g for g in data.goals}
    main_goals = [g for g in data.goals if g.parent is None]
    assert len(main_goals) == 3 and len(data.goals) > len(main_goals)
    assert all(goals[m.goal].parent is not None for m in data.measures)  # type: ignore[index]
    assert all(m.responsible and m.indicator and m.due_date for m in data.measures)
    assert sum(m.responsible_participant is not None for m in data.measures) >= 8
    states = Counter(m.status for m in data.measures)
    assert set(states) == set(MeasureStatus)
    overdue = [
        m
        for m in data.measures
        if m.due_date < NOVEMBER_2026  # type: ignore[operator]
        and m.status in (MeasureStatus.OPEN, MeasureStatus.IN_PROGRESS)
    ]
    assert len(overdue) >= 2
    assert sum(len(m.milestones) for m in data.measures) >= 12
    assert any(s.done for m in data.measures for s in m.milestones)
    assert sum(m.card is not None for m in data.measures) >= 7

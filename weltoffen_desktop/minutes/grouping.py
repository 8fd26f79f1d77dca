"""How the records of a workshop are ordered and grouped in the minutes (plain Python).

Cards: by Handlungsfeld (catalogue order), else by agenda item (agenda order), else
"not assigned"; a card with both a field and an agenda item stands under its field,
since the card collection asks per field. Inside a group, by kind (strengths, needs
work, ideas, questions, decisions), and inside a kind by cluster (board order), with the
cards outside any cluster last. Summarised (``clusters_of``), a group is its clusters,
each once with how many cards of each kind it holds.

Measures plan: each Hauptziel with the measures directly under it, then each of its
Handlungsziele with theirs; measures without a goal come last.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from weltoffen_desktop.domain.workshop import (
    AgendaItemData,
    CardData,
    CardKind,
    ClusterData,
    DotVoteData,
    GoalData,
    MeasureData,
    VoteOptionData,
)


@dataclass(frozen=True)
class ClusterCards:
    cluster: ClusterData | None  # None: the cards outside any cluster
    cards: tuple[CardData, ...]


@dataclass(frozen=True)
class KindCards:
    kind: CardKind
    clusters: tuple[ClusterCards, ...]


@dataclass(frozen=True)
class CardGroup:
    field_id: str | None
    agenda_item: AgendaItemData | None  # set when the group is an agenda item
    kinds: tuple[KindCards, ...]


def card_groups(
    cards: Sequence[CardData],
    field_order: Iterable[str],
    agenda: Sequence[AgendaItemData],
    clusters: Sequence[ClusterData],
) -> list[CardGroup]:
    fields = list(field_order)
    fields += sorted({c.field_id for c in cards if c.field_id and c.field_id not in fields})
    groups = [
        CardGroup(f, None, _by_kind([c for c in cards if c.field_id == f], clusters))
        for f in fields
    ]
    groups += [
        CardGroup(
            None,
            item,
            _by_kind(
                [c for c in cards if c.field_id is None and c.agenda_item == item.uid], clusters
            ),
        )
        for item in agenda
    ]
    known_items = {item.uid for item in agenda}
    rest = [c for c in cards if c.field_id is None and c.agenda_item not in known_items]
    groups.append(CardGroup(None, None, _by_kind(rest, clusters)))
    return [g for g in groups if g.kinds]


def _by_kind(cards: Sequence[CardData], clusters: Sequence[ClusterData]) -> tuple[KindCards, ...]:
    result = []
    for kind in CardKind:
        of_kind = [c for c in cards if c.kind == kind]
        if not of_kind:
            continue
        grouped = [
            ClusterCards(cluster, tuple(c for c in of_kind if c.cluster == cluster.uid))
            for cluster in clusters
        ]
        known = {cluster.uid for cluster in clusters}
        grouped.append(ClusterCards(None, tuple(c for c in of_kind if c.cluster not in known)))
        result.append(KindCards(kind, tuple(g for g in grouped if g.cards)))
    return tuple(result)


@dataclass(frozen=True)
class ClusterCount:
    cluster: ClusterData
    kinds: tuple[tuple[CardKind, int], ...]  # in kind order, kinds without cards left out

    @property
    def cards(self) -> int:
        return sum(count for _, count in self.kinds)


def clusters_of(group: CardGroup, clusters: Sequence[ClusterData]) -> list[ClusterCount]:
    """The clusters of a group in board order, each with its number of cards per kind."""
    counts = []
    for cluster in clusters:
        kinds = tuple(
            (k.kind, len(c.cards))
            for k in group.kinds
            for c in k.clusters
            if c.cluster is not None and c.cluster.uid == cluster.uid
        )
        if kinds:
            counts.append(ClusterCount(cluster, kinds))
    return counts


def loose_cards(group: CardGroup) -> list[tuple[CardKind, tuple[CardData, ...]]]:
    """The cards of a group outside any cluster, by kind."""
    return [(k.kind, c.cards) for k in group.kinds for c in k.clusters if c.cluster is None]


@dataclass(frozen=True)
class PlanGroup:
    goal: GoalData | None  # None: measures without a goal
    measures: tuple[MeasureData, ...]


def measures_plan(goals: Sequence[GoalData], measures: Sequence[MeasureData]) -> list[PlanGroup]:
    """Goals in plan order (a Hauptziel, then its Handlungsziele), each with its measures."""
    known = {g.uid for g in goals}

    def under(goal: GoalData) -> PlanGroup:
        return PlanGroup(goal, tuple(m for m in measures if m.goal == goal.uid))

    plan = []
    for main in (g for g in goals if g.parent is None or g.parent not in known):
        plan.append(under(main))
        plan += [under(sub) for sub in goals if sub.parent == main.uid]
    loose = tuple(m for m in measures if m.goal not in known)
    if loose:
        plan.append(PlanGroup(None, loose))
    return plan


def vote_ranks(vote: DotVoteData) -> list[tuple[int, VoteOptionData, int]]:
    """(rank, option, dots), most dots first; equal dots share a rank (1, 1, 3)."""
    ranked = []
    previous, rank = None, 0
    for position, (option, dots) in enumerate(vote.ranking(), start=1):
        if dots != previous:
            rank, previous = position, dots
        ranked.append((rank, option, dots))
    return ranked

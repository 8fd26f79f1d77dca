"""Workshop vocabulary shared by storage, operations and the user interface."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class Attendance(enum.StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class CardKind(enum.StrEnum):
    STRENGTH = "strength"
    NEEDS_WORK = "needs_work"
    IDEA = "idea"
    QUESTION = "question"
    DECISION = "decision"


class MeasureStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class ParticipantData:
    uid: str
    name: str
    organisation: str
    function: str
    attendance: Attendance


@dataclass(frozen=True)
class AgendaItemData:
    uid: str
    title: str
    planned_minutes: int | None
    notes: str


@dataclass(frozen=True)
class ClusterData:
    uid: str
    name: str


@dataclass(frozen=True)
class CardData:
    uid: str
    kind: CardKind
    text: str
    author: str
    field_id: str | None
    agenda_item: str | None
    cluster: str | None


@dataclass(frozen=True)
class VoteOptionData:
    uid: str
    card: str | None
    cluster: str | None
    total: int
    dots: dict[str, int]  # participant uid -> dots, when voting per participant


@dataclass(frozen=True)
class DotVoteData:
    uid: str
    title: str
    dots_per_person: int
    by_participant: bool
    revealed: bool
    options: tuple[VoteOptionData, ...]

    def count(self, option: VoteOptionData) -> int:
        return sum(option.dots.values()) if self.by_participant else option.total

    def ranking(self) -> list[tuple[VoteOptionData, int]]:
        """Options with their dots, most first; ties keep the order they were put to the vote."""
        counted = [(option, self.count(option)) for option in self.options]
        return sorted(counted, key=lambda pair: -pair[1])

    def dots_used(self, participant_uid: str) -> int:
        return sum(option.dots.get(participant_uid, 0) for option in self.options)


@dataclass(frozen=True)
class RecommendationData:
    uid: str
    field_id: str | None
    text: str


@dataclass(frozen=True)
class DecisionData:
    uid: str
    agenda_item: str | None
    wording: str
    votes_yes: int | None
    votes_no: int | None
    votes_abstain: int | None

    @property
    def was_voted(self) -> bool:
        return any(v is not None for v in (self.votes_yes, self.votes_no, self.votes_abstain))


@dataclass(frozen=True)
class GoalData:
    uid: str
    parent: str | None  # None: a Hauptziel; else the Hauptziel of this Handlungsziel
    title: str
    field_id: str | None


@dataclass(frozen=True)
class MilestoneData:
    uid: str
    title: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class MeasureData:
    uid: str
    title: str
    goal: str | None
    responsible_participant: str | None
    responsible: str  # the participant's name when one is linked, else the free name
    partners: str
    due_date: dt.date | None
    resources: str
    indicator: str
    status: MeasureStatus
    field_id: str | None
    card: str | None
    milestones: tuple[MilestoneData, ...]


@dataclass(frozen=True)
class WorkshopData:
    """Everything recorded in one workshop, each list in its recorded order."""

    uid: str
    title: str
    date: dt.date | None
    place: str
    start_time: dt.time | None
    end_time: dt.time | None
    moderator: str
    minute_taker: str
    chair: str
    round_name: str | None
    participants: tuple[ParticipantData, ...]
    agenda: tuple[AgendaItemData, ...]
    clusters: tuple[ClusterData, ...]
    cards: tuple[CardData, ...]
    votes: tuple[DotVoteData, ...]
    recommendations: tuple[RecommendationData, ...]
    decisions: tuple[DecisionData, ...]
    goals: tuple[GoalData, ...]
    measures: tuple[MeasureData, ...]


def default_dots(options: int) -> int:
    """Dots per person for a Punktabfrage: half the options plus one, rounded down."""
    return options // 2 + 1

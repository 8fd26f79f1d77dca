"""Every change to a workshop, each one reversible, each committed at once.

Records are addressed by their UUID and their kind ("participant", "card", …).
Each change returns what is needed to take it back, so the GUI's undo stack
holds one command per change: ``add`` is undone by ``remove``, ``remove`` by
``restore`` (the record and everything that went with it, with the same
UUIDs), ``update`` by ``update`` with the previous values it returned, and
``move``/``set_dots`` by themselves.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.json_check import FORBIDDEN_CHARACTER
from weltoffen_desktop.domain.workshop import (
    AgendaItemData,
    Attendance,
    CardData,
    CardKind,
    ClusterData,
    DecisionData,
    DotVoteData,
    GoalData,
    MeasureData,
    MeasureStatus,
    MilestoneData,
    ParticipantData,
    RecommendationData,
    VoteOptionData,
    WorkshopData,
)
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import (
    AgendaItem,
    Base,
    Card,
    Cluster,
    Decision,
    DotVote,
    Goal,
    Measure,
    Milestone,
    Participant,
    Recommendation,
    Round,
    VoteDots,
    VoteOption,
    Workshop,
)

MAX_NAME = 200
MAX_TITLE = 300
MAX_TEXT = 10_000
MAX_COUNT = 100_000

# --- value checks -----------------------------------------------------------------------------
# A check gets the value's name qualified by its kind ("participant_name"), so every code
# it raises names exactly one input ("participant_name_empty", "card_text_too_long").


def _words(name: str) -> str:
    return name.replace("_", " ")


def _text(limit: int, *, required: bool = False) -> Callable[[str, Any], str]:
    def check(name: str, value: Any) -> str:
        if not isinstance(value, str):
            raise InvalidInput("value_type", f"The {_words(name)} must be text.")
        value = value.strip()
        if required and not value:
            raise InvalidInput(f"{name}_empty", f"The {_words(name)} must not be empty.")
        if len(value) > limit:
            raise InvalidInput(
                f"{name}_too_long",
                f"The {_words(name)} is longer than {limit} characters.",
                {"limit": limit},
            )
        forbidden = FORBIDDEN_CHARACTER.search(value)
        if forbidden is not None:
            raise InvalidInput(
                "value_character",
                f"The {_words(name)} contains a control or invalid character "
                f"at position {forbidden.start() + 1}.",
            )
        return value

    return check


def _count(limit: int = MAX_COUNT, *, optional: bool = True, low: int = 0) -> Callable:
    def check(name: str, value: Any) -> int | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= limit:
            raise InvalidInput(
                "number_out_of_range",
                f"The {_words(name)} must be a whole number from {low} to {limit}.",
            )
        return value

    return check


def _typed(kind: type, what: str) -> Callable[[str, Any], Any]:
    def check(name: str, value: Any) -> Any:
        if value is None or (isinstance(value, kind) and not isinstance(value, dt.datetime)):
            return value
        raise InvalidInput("value_type", f"The {_words(name)} must be {what}.")

    return check


def _flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput("value_type", f"The {_words(name)} must be true or false.")
    return value


def _choice(cls: type[enum.Enum]) -> Callable[[str, Any], Any]:
    def check(name: str, value: Any) -> Any:
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise InvalidInput(
                "value_unknown", f"The {_words(name)} must be one of {allowed}, not {value!r}."
            ) from None

    return check


@dataclass(frozen=True)
class Ref:
    """A value naming another record of the same workshop by its UUID."""

    kind: str


_FIELD_ID = "field_id"  # checked against the catalogue's fields

# --- kinds of record ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    model: type[Base]
    parent: str | None  # the kind of record this one belongs to
    parent_column: str | None
    values: dict[str, Any]  # API name -> check, Ref, or _FIELD_ID
    required: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[attr-defined,return-value]


def _column(name: str, check: Any) -> str:
    return f"{name}_id" if isinstance(check, Ref) else name


KINDS: dict[str, Kind] = {
    "workshop": Kind(
        Workshop,
        None,
        None,
        {
            "title": _text(MAX_TITLE, required=True),
            "date": _typed(dt.date, "a date"),
            "place": _text(MAX_TITLE),
            "start_time": _typed(dt.time, "a time"),
            "end_time": _typed(dt.time, "a time"),
            "moderator": _text(MAX_NAME),
            "minute_taker": _text(MAX_NAME),
            "chair": _text(MAX_NAME),
            "round": Ref("round"),
        },
        ("title",),
    ),
    "participant": Kind(
        Participant,
        "workshop",
        "workshop_id",
        {
            "name": _text(MAX_NAME, required=True),
            "organisation": _text(MAX_TITLE),
            "function": _text(MAX_NAME),
            "attendance": _choice(Attendance),
        },
        ("name",),
    ),
    "agenda_item": Kind(
        AgendaItem,
        "workshop",
        "workshop_id",
        {
            "title": _text(MAX_TITLE * 2, required=True),
            "planned_minutes": _count(24 * 60),
            "notes": _text(MAX_TEXT),
        },
        ("title",),
    ),
    "cluster": Kind(
        Cluster, "workshop", "workshop_id", {"name": _text(MAX_TITLE, required=True)}, ("name",)
    ),
    "card": Kind(
        Card,
        "workshop",
        "workshop_id",
        {
            "kind": _choice(CardKind),
            "text": _text(MAX_TEXT, required=True),
            "author": _text(MAX_NAME),
            "field_id": _FIELD_ID,
            "agenda_item": Ref("agenda_item"),
            "cluster": Ref("cluster"),
        },
        ("kind", "text"),
    ),
    "dot_vote": Kind(
        DotVote,
        "workshop",
        "workshop_id",
        {
            "title": _text(MAX_TITLE, required=True),
            "dots_per_person": _count(100, optional=False, low=1),
            "by_participant": _flag,
            "revealed": _flag,
        },
        ("title", "dots_per_person"),
    ),
    "vote_option": Kind(
        VoteOption,
        "dot_vote",
        "vote_id",
        {"card": Ref("card"), "cluster": Ref("cluster"), "total": _count(optional=False)},
    ),
    "recommendation": Kind(
        Recommendation,
        "workshop",
        "workshop_id",
        {"field_id": _FIELD_ID, "text": _text(MAX_TEXT, required=True)},
        ("text",),
    ),
    "decision": Kind(
        Decision,
        "workshop",
        "workshop_id",
        {
            "agenda_item": Ref("agenda_item"),
            "wording": _text(MAX_TEXT, required=True),
            "votes_yes": _count(),
            "votes_no": _count(),
            "votes_abstain": _count(),
        },
        ("wording",),
    ),
    "goal": Kind(
        Goal,
        "workshop",
        "workshop_id",
        {"parent": Ref("goal"), "title": _text(MAX_TEXT, required=True), "field_id": _FIELD_ID},
        ("title",),
    ),
    "measure": Kind(
        Measure,
        "workshop",
        "workshop_id",
        {
            "title": _text(MAX_TEXT, required=True),
            "goal": Ref("goal"),
            "responsible": Ref("participant"),
            "responsible_name": _text(MAX_NAME),
            "partners": _text(MAX_TEXT),
            "due_date": _typed(dt.date, "a date"),
            "resources": _text(MAX_TEXT),
            "indicator": _text(MAX_TEXT),
            "status": _choice(MeasureStatus),
            "field_id": _FIELD_ID,
            "card": Ref("card"),
        },
        ("title",),
    ),
    "milestone": Kind(
        Milestone,
        "measure",
        "measure_id",
        {
            "title": _text(MAX_TEXT, required=True),
            "due_date": _typed(dt.date, "a date"),
            "done": _flag,
        },
        ("title",),
    ),
}

# The free name of a responsible person is stored in the column "responsible".
_COLUMN_OVERRIDES = {("measure", "responsible_name"): "responsible"}


def _column_of(kind: str, name: str) -> str:
    return _COLUMN_OVERRIDES.get((kind, name), _column(name, KINDS[kind].values[name]))


def _kind(kind: str) -> Kind:
    try:
        return KINDS[kind]
    except KeyError:
        raise InvalidInput("kind_unknown", f"Unknown kind of record {kind!r}.") from None


def _model(kind: str) -> type[Base]:
    return Round if kind == "round" else _kind(kind).model


def _known(session: Session) -> dict[tuple[type, str], Any]:
    """The rows this session has looked up or added, by model and UUID.

    A write that adds many records (an import, a merge, the demo) refers back to
    the same few rows again and again; this spares a query each time.
    """
    return session.info.setdefault("workshop_rows", {})  # type: ignore[no-any-return]


def _row(session: Session, kind: str, uid: str) -> Any:
    model = _model(kind)
    known = _known(session)
    row = known.get((model, uid))
    if row is None or row not in session:
        row = session.scalars(select(model).where(model.uid == uid)).one_or_none()  # type: ignore[attr-defined]
        if row is None:
            raise InvalidInput("record_gone", f"The {kind.replace('_', ' ')} no longer exists.")
        known[(model, uid)] = row
    return row


def _workshop_id(session: Session, kind: str, row: Any) -> int:
    """The workshop a record belongs to."""
    while kind != "workshop":
        spec = KINDS[kind]
        parent_id = getattr(row, spec.parent_column)  # type: ignore[arg-type]
        kind = spec.parent  # type: ignore[assignment]
        row = session.get(KINDS[kind].model, parent_id)
    return row.id


def catalogue_in(session: Session, workshop_id: int | None) -> Catalogue:
    """The catalogue a workshop's Handlungsfelder come from: its round's, else the current one."""
    workshop = session.get(Workshop, workshop_id) if workshop_id is not None else None
    if workshop is not None and workshop.round_id is not None:
        return catalogue_of(session.get(Round, workshop.round_id).catalogue)
    return catalogue_of(current_catalogue_version(session))


def _field_ids(session: Session, workshop_id: int | None) -> frozenset[str]:
    return frozenset(f.id for f in catalogue_in(session, workshop_id).fields)


def _checked(
    session: Session, kind: str, values: dict[str, Any], workshop_id: int | None, uid: str | None
) -> dict[str, Any]:
    """Column values for ``values`` after every check; UUID references become row ids."""
    spec = _kind(kind)
    columns: dict[str, Any] = {}
    for name, value in values.items():
        check = spec.values.get(name)
        if check is None:
            raise InvalidInput("value_unknown", f"A {kind.replace('_', ' ')} has no {name!r}.")
        if isinstance(check, Ref):
            columns[_column_of(kind, name)] = _reference(session, check.kind, value, workshop_id)
        elif check == _FIELD_ID:
            if value is not None and value not in _field_ids(session, workshop_id):
                raise InvalidInput("field_unknown", f"Unknown Handlungsfeld {value!r}.")
            columns[name] = value
        else:
            columns[_column_of(kind, name)] = check(f"{kind}_{name}", value)
    if kind == "goal" and values.get("parent") is not None:
        parent = _row(session, "goal", values["parent"])
        if parent.parent_id is not None or parent.uid == uid:
            raise InvalidInput("goal_depth", "A Handlungsziel belongs to a Hauptziel.")
        if uid is not None and _has_subgoals(session, uid):
            raise InvalidInput(
                "goal_depth", "A Hauptziel with Handlungsziele cannot become a Handlungsziel."
            )
    return columns


def _has_subgoals(session: Session, uid: str) -> bool:
    goal_id = _row(session, "goal", uid).id
    return session.scalar(select(Goal.id).where(Goal.parent_id == goal_id).limit(1)) is not None


def _reference(session: Session, kind: str, uid: Any, workshop_id: int | None) -> int | None:
    if uid is None:
        return None
    if not isinstance(uid, str):
        raise InvalidInput("value_type", f"A {kind} reference must be a UUID.")
    row = _row(session, kind, uid)
    if (
        kind != "round"
        and workshop_id is not None
        and _workshop_id(session, kind, row) != (workshop_id)
    ):
        raise InvalidInput(
            "other_workshop", f"The {kind.replace('_', ' ')} is in another workshop."
        )
    return row.id


def _check_vote_option(session: Session, columns: dict[str, Any], vote_id: int) -> None:
    card, cluster = columns.get("card_id"), columns.get("cluster_id")
    if (card is None) == (cluster is None):
        raise InvalidInput("option_target", "A vote option is either one card or one cluster.")
    same = VoteOption.card_id == card if card is not None else VoteOption.cluster_id == cluster
    if session.scalars(select(VoteOption.id).where(VoteOption.vote_id == vote_id, same)).first():
        raise InvalidInput("option_exists", "This card or cluster is already in the vote.")


# --- changes -----------------------------------------------------------------------------------


def _next_position(session: Session, spec: Kind, parent_id: int) -> int:
    """The position after the last sibling; counted on within the session that adds them."""
    positions = session.info.setdefault("workshop_positions", {})
    key = (spec.model, parent_id)
    if key not in positions:
        column = getattr(spec.model, spec.parent_column)  # type: ignore[arg-type]
        last = session.scalar(select(func.max(spec.model.position)).where(column == parent_id))  # type: ignore[attr-defined]
        positions[key] = -1 if last is None else last
    positions[key] += 1
    return positions[key]  # type: ignore[no-any-return]


def add_record(
    session: Session,
    kind: str,
    parent: str | None,
    values: dict[str, Any],
    *,
    uid: str | None = None,
) -> Any:
    """Insert a record at the end of its siblings, inside a write; ``uid`` keeps a given UUID."""
    spec = _kind(kind)
    missing = [name for name in spec.required if name not in values]
    if missing:
        raise InvalidInput("value_missing", f"A {kind.replace('_', ' ')} needs {missing[0]}.")
    row_values: dict[str, Any] = {}
    workshop_id = None
    if spec.parent is not None:
        if parent is None:
            raise InvalidInput(
                "parent_missing", f"A {kind.replace('_', ' ')} needs its {spec.parent}."
            )
        parent_row = _row(session, spec.parent, parent)
        workshop_id = _workshop_id(session, spec.parent, parent_row)
        row_values[spec.parent_column] = parent_row.id  # type: ignore[index]
        row_values["position"] = _next_position(session, spec, parent_row.id)
    row_values.update(_checked(session, kind, values, workshop_id, None))
    if uid is not None:
        row_values["uid"] = uid
    if kind == "vote_option":
        _check_vote_option(session, row_values, row_values["vote_id"])
    row = spec.model(**row_values)
    session.add(row)
    session.flush()
    _known(session)[(spec.model, row.uid)] = row
    return row


def add(ws: Workspace, kind: str, parent: str | None = None, /, **values: Any) -> str:
    """Add a record to ``parent`` (a UUID; None for a workshop); return its UUID."""
    with ws.write() as session:
        return add_record(session, kind, parent, values).uid


def update(ws: Workspace, kind: str, uid: str, /, **changes: Any) -> dict[str, Any]:
    """Change values of a record; return the previous values (to undo with ``update``)."""
    with ws.write() as session:
        return update_record(session, kind, uid, changes)


def update_record(session: Session, kind: str, uid: str, changes: dict[str, Any]) -> dict[str, Any]:
    """``update`` inside a write."""
    row = _row(session, kind, uid)
    workshop_id = _workshop_id(session, kind, row)
    columns = _checked(session, kind, changes, workshop_id, uid)
    previous = {name: _api_value(session, kind, row, name) for name in changes}
    for column, value in columns.items():
        setattr(row, column, value)
    if kind == "vote_option" and (row.card_id is None) == (row.cluster_id is None):
        raise InvalidInput("option_target", "A vote option is either one card or one cluster.")
    return previous


def _api_value(session: Session, kind: str, row: Any, name: str) -> Any:
    check = KINDS[kind].values[name]
    value = getattr(row, _column_of(kind, name))
    if isinstance(check, Ref) and value is not None:
        return session.get(_model(check.kind), value).uid
    return value


def move(ws: Workspace, kind: str, uid: str, steps: int) -> int:
    """Move a record ``steps`` places among its siblings; return how far it really moved."""
    spec = _kind(kind)
    if spec.parent_column is None:
        raise InvalidInput("not_ordered", f"A {kind} has no order.")
    with ws.write() as session:
        row = _row(session, kind, uid)
        column = getattr(spec.model, spec.parent_column)
        siblings = list(
            session.scalars(
                select(spec.model)
                .where(column == getattr(row, spec.parent_column))
                .order_by(spec.model.position, spec.model.id)  # type: ignore[attr-defined]
            )
        )
        here = siblings.index(row)
        there = max(0, min(len(siblings) - 1, here + steps))
        siblings.insert(there, siblings.pop(here))
        for position, sibling in enumerate(siblings):
            sibling.position = position
        return there - here


def set_dots(ws: Workspace, option: str, participant: str, dots: int) -> int:
    """Set one participant's dots on an option (stacking allowed); return the previous count."""
    with ws.write() as session:
        return set_dots_in(session, option, participant, dots)


def set_dots_in(session: Session, option: str, participant: str, dots: int) -> int:
    """``set_dots`` inside a write."""
    _count(100, optional=False)("dots", dots)
    option_row = _row(session, "vote_option", option)
    vote = session.get(DotVote, option_row.vote_id)
    person = _row(session, "participant", participant)
    if person.workshop_id != vote.workshop_id:
        raise InvalidInput("other_workshop", "The participant is in another workshop.")
    if not vote.by_participant:
        raise InvalidInput("vote_totals", "This vote records totals, not dots per person.")
    given = session.scalars(  # the participant's dots in this vote, one query
        select(VoteDots)
        .join(VoteOption, VoteOption.id == VoteDots.option_id)
        .where(VoteOption.vote_id == vote.id, VoteDots.participant_id == person.id)
    ).all()
    entry = next((d for d in given if d.option_id == option_row.id), None)
    previous = entry.dots if entry else 0
    used_elsewhere = sum(d.dots for d in given if d is not entry)
    if used_elsewhere + dots > vote.dots_per_person:
        raise InvalidInput(
            "dots_exceeded",
            f"{person.name} has {vote.dots_per_person} dots; "
            f"{used_elsewhere} are already used elsewhere.",
        )
    if entry is None and dots:
        session.add(VoteDots(option_id=option_row.id, participant_id=person.id, dots=dots))
    elif entry is not None and dots:
        entry.dots = dots
    elif entry is not None:
        session.delete(entry)
    return previous


# --- removal and restore ---------------------------------------------------------------------


@dataclass(frozen=True)
class Removed:
    """A removed record with everything removed along with it and the links that were cut."""

    rows: tuple[tuple[str, dict[str, Any]], ...]  # (table, column values)
    unlinked: tuple[tuple[str, str, str, int], ...]  # (table, row uid, column, old target id)


def _references_to(table: Table) -> list[tuple[Table, Any, str | None]]:
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent, fk.ondelete))
    return found


def _collect(session: Session, table: Table, row_id: int, rows: dict, unlinked: list) -> None:
    if (table.name, row_id) in rows:
        return
    rows[(table.name, row_id)] = dict(
        session.execute(select(table).where(table.c.id == row_id)).mappings().one()
    )
    for other, column, ondelete in _references_to(table):
        found = session.execute(select(other.c.id, other.c.uid).where(column == row_id)).all()
        for child_id, child_uid in found:
            if ondelete == "CASCADE":
                _collect(session, other, child_id, rows, unlinked)
            else:
                unlinked.append((other.name, child_uid, column.name, row_id))


def remove(ws: Workspace, kind: str, uid: str) -> Removed:
    """Delete a record and what belongs to it; return all of it for ``restore``."""
    spec = _kind(kind)
    with ws.write() as session:
        row = _row(session, kind, uid)
        rows: dict[tuple[str, int], dict[str, Any]] = {}
        unlinked: list[tuple[str, str, str, int]] = []
        _collect(session, spec.table, row.id, rows, unlinked)
        session.delete(row)
        return Removed(
            tuple((table, values) for (table, _), values in rows.items()), tuple(unlinked)
        )


def restore(ws: Workspace, removed: Removed) -> None:
    """Put back what ``remove`` took away, with the same UUIDs and links."""
    tables = {t.name: t for t in Base.metadata.sorted_tables}
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    pending = sorted(removed.rows, key=lambda item: order[item[0]])
    new_ids: dict[tuple[str, int], int] = {}
    with ws.write() as session:
        while pending:
            waiting = []
            for table_name, values in pending:
                table = tables[table_name]
                row = {k: v for k, v in values.items() if k != "id"}
                blocked = False
                for fk in table.foreign_keys:
                    target = (fk.column.table.name, row[fk.parent.name])
                    if target in new_ids:
                        row[fk.parent.name] = new_ids[target]
                    elif any((t, v["id"]) == target for t, v in pending):
                        blocked = True  # its target (same table) comes first
                if blocked:
                    waiting.append((table_name, values))
                    continue
                new_ids[(table_name, values["id"])] = session.execute(
                    table.insert().values(**row)
                ).inserted_primary_key[0]
            if len(waiting) == len(pending):  # pragma: no cover - a cycle cannot be stored
                raise InvalidInput("restore_cycle", "The removed records cannot be put back.")
            pending = waiting
        for table_name, uid, column, old_target in removed.unlinked:
            table = tables[table_name]
            fk_table = next(iter(table.c[column].foreign_keys)).column.table.name
            session.execute(
                sql_update(table)
                .where(table.c.uid == uid)
                .values({column: new_ids.get((fk_table, old_target), old_target)})
            )


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkshopSummary:
    uid: str
    title: str
    date: dt.date | None


def workshops(ws: Workspace) -> list[WorkshopSummary]:
    with ws.read() as session:
        rows = session.execute(
            select(Workshop.uid, Workshop.title, Workshop.date).order_by(
                Workshop.date.desc().nulls_last(), Workshop.id
            )
        )
        return [WorkshopSummary(*row) for row in rows]


def round_uids(ws: Workspace) -> dict[str, str]:
    """The self-check rounds a workshop can belong to: name -> UUID, oldest first."""
    with ws.read() as session:
        rows = session.execute(select(Round.name, Round.uid).order_by(Round.created_at, Round.id))
        return dict(rows.all())


def create_workshop(ws: Workspace, title: str, **values: Any) -> str:
    return add(ws, "workshop", None, title=title, **values)


_STATEMENTS: dict[tuple[str, str | None], Any] = {}  # built once: reading runs after every edit


def _ordered(session: Session, model: type[Base], workshop_id: int, via: Any = None) -> list[Any]:
    """The rows of ``model`` in one workshop, in their recorded order, as plain rows.

    ``via``: the table between ``model`` and the workshop (vote options belong to a vote,
    milestones to a measure); its rows are ordered by their parent first.
    """
    table = model.__table__  # type: ignore[attr-defined]
    key = (table.name, via.name if via is not None else None)
    statement = _STATEMENTS.get(key)
    if statement is None:
        workshop = bindparam("workshop")
        if via is None:
            statement = select(table).where(table.c.workshop_id == workshop)
            order = [table.c.position, table.c.id]
        else:
            (link,) = (fk for fk in table.foreign_keys if fk.column.table is via)
            statement = (
                select(table)
                .join(via, via.c.id == link.parent)
                .where(via.c.workshop_id == workshop)
            )
            order = [link.parent, table.c.position, table.c.id]
        statement = _STATEMENTS[key] = statement.order_by(*order)
    return list(session.execute(statement, {"workshop": workshop_id}))


def _dots_statement() -> Any:
    statement = _STATEMENTS.get(("vote_dots", None))
    if statement is None:
        dots, option, vote = VoteDots.__table__, VoteOption.__table__, DotVote.__table__
        statement = _STATEMENTS["vote_dots", None] = (
            select(dots.c.option_id, dots.c.participant_id, dots.c.dots)
            .join(option, option.c.id == dots.c.option_id)
            .join(vote, vote.c.id == option.c.vote_id)
            .where(vote.c.workshop_id == bindparam("workshop"))
            .order_by(dots.c.id)
        )
    return statement


def workshop_catalogue(ws: Workspace, uid: str) -> Catalogue:
    """The catalogue whose Handlungsfelder a workshop's cards, goals and measures name."""
    with ws.read() as session:
        return catalogue_in(session, _row(session, "workshop", uid).id)


def load_workshop(ws: Workspace, uid: str) -> WorkshopData:
    """Everything recorded in one workshop."""
    with ws.read() as session:
        return read_workshop(session, uid)


def read_workshop(session: Session, uid: str) -> WorkshopData:
    """Everything recorded in one workshop: one query per table, however much there is."""
    w = _row(session, "workshop", uid)
    uids: dict[tuple[type, int | None], str] = {}

    def uid_of(model: type, row_id: int | None) -> str | None:
        return None if row_id is None else uids[(model, row_id)]

    def listed(model: type[Base], via: Any = None) -> list[Any]:
        rows = _ordered(session, model, w.id, via)
        uids.update({(model, r.id): r.uid for r in rows})
        return rows

    people = listed(Participant)
    names = {p.id: p.name for p in people}
    agenda = listed(AgendaItem)
    clusters = listed(Cluster)
    cards = listed(Card)
    goals = listed(Goal)
    votes = listed(DotVote)
    measures = listed(Measure)
    options: dict[int, list[Any]] = {}
    for option in listed(VoteOption, DotVote.__table__):
        options.setdefault(option.vote_id, []).append(option)
    dots: dict[int, dict[str, int]] = {}
    for option_id, participant_id, count in session.execute(_dots_statement(), {"workshop": w.id}):
        dots.setdefault(option_id, {})[uids[(Participant, participant_id)]] = count
    milestones: dict[int, list[MilestoneData]] = {}
    for s in _ordered(session, Milestone, w.id, Measure.__table__):
        milestones.setdefault(s.measure_id, []).append(
            MilestoneData(s.uid, s.title, s.due_date, s.done)
        )
    round_name = session.get(Round, w.round_id).name if w.round_id is not None else None
    return WorkshopData(
        uid=w.uid,
        title=w.title,
        date=w.date,
        place=w.place,
        start_time=w.start_time,
        end_time=w.end_time,
        moderator=w.moderator,
        minute_taker=w.minute_taker,
        chair=w.chair,
        round_name=round_name,
        participants=tuple(
            ParticipantData(p.uid, p.name, p.organisation, p.function, p.attendance) for p in people
        ),
        agenda=tuple(AgendaItemData(a.uid, a.title, a.planned_minutes, a.notes) for a in agenda),
        clusters=tuple(ClusterData(c.uid, c.name) for c in clusters),
        cards=tuple(
            CardData(
                c.uid,
                c.kind,
                c.text,
                c.author,
                c.field_id,
                uid_of(AgendaItem, c.agenda_item_id),
                uid_of(Cluster, c.cluster_id),
            )
            for c in cards
        ),
        votes=tuple(
            DotVoteData(
                v.uid,
                v.title,
                v.dots_per_person,
                v.by_participant,
                v.revealed,
                tuple(
                    VoteOptionData(
                        o.uid,
                        uid_of(Card, o.card_id),
                        uid_of(Cluster, o.cluster_id),
                        o.total,
                        dots.get(o.id, {}),
                    )
                    for o in options.get(v.id, [])
                ),
            )
            for v in votes
        ),
        recommendations=tuple(
            RecommendationData(r.uid, r.field_id, r.text)
            for r in _ordered(session, Recommendation, w.id)
        ),
        decisions=tuple(
            DecisionData(
                d.uid,
                uid_of(AgendaItem, d.agenda_item_id),
                d.wording,
                d.votes_yes,
                d.votes_no,
                d.votes_abstain,
            )
            for d in _ordered(session, Decision, w.id)
        ),
        goals=tuple(GoalData(g.uid, uid_of(Goal, g.parent_id), g.title, g.field_id) for g in goals),
        measures=tuple(
            MeasureData(
                m.uid,
                m.title,
                uid_of(Goal, m.goal_id),
                uid_of(Participant, m.responsible_id),
                names[m.responsible_id] if m.responsible_id is not None else m.responsible,
                m.partners,
                m.due_date,
                m.resources,
                m.indicator,
                m.status,
                m.field_id,
                uid_of(Card, m.card_id),
                tuple(milestones.get(m.id, [])),
            )
            for m in measures
        ),
    )

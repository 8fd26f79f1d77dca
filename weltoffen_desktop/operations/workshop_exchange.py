"""Workshops in and out of a workspace as exchange files.

An export writes one workshop as the JSON document of
``fileformats/workshop_json.py``. An import reads such a file completely,
then adds every record with its UUID through the workshop operations' own
checks (``add_record``), in one transaction: a file with any problem changes
nothing, and every problem is listed with its place in the file. The records
of a workshop (``workshop_records``), in an order in which they can be added,
also serve the merge of two workspaces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.json_check import FILE_LOCATION
from weltoffen_desktop.domain.workshop import WorkshopData
from weltoffen_desktop.fileformats.workshop_json import parse_workshop_text, to_document
from weltoffen_desktop.operations.errors import InvalidInput, Refused
from weltoffen_desktop.operations.records import DOTS, Record, add_records
from weltoffen_desktop.operations.workshop import KINDS, WorkshopSummary, load_workshop, workshops
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Round

MAX_FILE_BYTES = 20 * 1024 * 1024
_CHUNK = 500  # UUIDs looked up per query


class WorkshopRefused(Refused):
    """A workshop file with problems; nothing was stored."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("workshop_invalid", "The workshop file has", problems)


@dataclass(frozen=True)
class ImportResult:
    uid: str
    title: str
    records: int
    round_name: str | None  # the round the workshop is linked to
    round_missing: str | None  # the round the file names, which this workspace does not have


def workshop_records(data: WorkshopData, round_uid: str | None) -> list[Record]:
    """Every record of a workshop, each after the records it belongs to."""
    w = data.uid
    records = [
        Record(
            "workshop",
            w,
            None,
            {
                "title": data.title,
                "date": data.date,
                "place": data.place,
                "start_time": data.start_time,
                "end_time": data.end_time,
                "moderator": data.moderator,
                "minute_taker": data.minute_taker,
                "chair": data.chair,
                "round": round_uid,
            },
        )
    ]
    records += [
        Record(
            "participant",
            p.uid,
            w,
            {
                "name": p.name,
                "organisation": p.organisation,
                "function": p.function,
                "attendance": p.attendance,
            },
            f"participants[{i}]",
        )
        for i, p in enumerate(data.participants)
    ]
    records += [
        Record(
            "agenda_item",
            a.uid,
            w,
            {"title": a.title, "planned_minutes": a.planned_minutes, "notes": a.notes},
            f"agenda[{i}]",
        )
        for i, a in enumerate(data.agenda)
    ]
    records += [
        Record("cluster", c.uid, w, {"name": c.name}, f"clusters[{i}]")
        for i, c in enumerate(data.clusters)
    ]
    records += [
        Record(
            "card",
            c.uid,
            w,
            {
                "kind": c.kind,
                "text": c.text,
                "author": c.author,
                "field_id": c.field_id,
                "agenda_item": c.agenda_item,
                "cluster": c.cluster,
            },
            f"cards[{i}]",
        )
        for i, c in enumerate(data.cards)
    ]
    for i, v in enumerate(data.votes):
        place = f"votes[{i}]"
        records.append(
            Record(
                "dot_vote",
                v.uid,
                w,
                {
                    "title": v.title,
                    "dots_per_person": v.dots_per_person,
                    "by_participant": v.by_participant,
                    "revealed": v.revealed,
                },
                place,
            )
        )
        for j, o in enumerate(v.options):
            option_place = f"{place}.options[{j}]"
            records.append(
                Record(
                    "vote_option",
                    o.uid,
                    v.uid,
                    {"card": o.card, "cluster": o.cluster, "total": o.total},
                    option_place,
                )
            )
            records += [
                Record(
                    DOTS,
                    None,
                    o.uid,
                    {"participant": person, "dots": dots},
                    f"{option_place}.dots.{person}",
                )
                for person, dots in o.dots.items()
            ]
    records += [
        Record(
            "recommendation",
            r.uid,
            w,
            {"field_id": r.field_id, "text": r.text},
            f"recommendations[{i}]",
        )
        for i, r in enumerate(data.recommendations)
    ]
    records += [
        Record(
            "decision",
            d.uid,
            w,
            {
                "agenda_item": d.agenda_item,
                "wording": d.wording,
                "votes_yes": d.votes_yes,
                "votes_no": d.votes_no,
                "votes_abstain": d.votes_abstain,
            },
            f"decisions[{i}]",
        )
        for i, d in enumerate(data.decisions)
    ]
    records += [
        Record(
            "goal",
            g.uid,
            w,
            {"parent": g.parent, "title": g.title, "field_id": g.field_id},
            f"goals[{i}]",
        )
        for i, g in enumerate(data.goals)
    ]
    for i, m in enumerate(data.measures):
        place = f"measures[{i}]"
        records.append(
            Record(
                "measure",
                m.uid,
                w,
                {
                    "title": m.title,
                    "goal": m.goal,
                    "responsible": m.responsible_participant,
                    "responsible_name": "" if m.responsible_participant else m.responsible,
                    "partners": m.partners,
                    "due_date": m.due_date,
                    "resources": m.resources,
                    "indicator": m.indicator,
                    "status": m.status,
                    "field_id": m.field_id,
                    "card": m.card,
                },
                place,
            )
        )
        records += [
            Record(
                "milestone",
                s.uid,
                m.uid,
                {"title": s.title, "due_date": s.due_date, "done": s.done},
                f"{place}.milestones[{j}]",
            )
            for j, s in enumerate(m.milestones)
        ]
    return records


def read_workshop_file(path: Path) -> WorkshopData:
    """The workshop in an exchange file, checked completely; every problem raised at once."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise WorkshopRefused([f"{FILE_LOCATION}: larger than {limit} MB, not a workshop file"])
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise WorkshopRefused([f"{FILE_LOCATION}: not UTF-8 encoded text"]) from None
    data, problems = parse_workshop_text(text)
    if data is None:
        raise WorkshopRefused([str(p) for p in problems])
    return data


def _existing_uids(session: Session, records: list[Record]) -> dict[str, str]:
    """Those of the records' UUIDs that the workspace has already, each with its place."""
    found: dict[str, str] = {}
    for kind, spec in KINDS.items():
        places = {r.uid: r.where for r in records if r.kind == kind and r.uid is not None}
        uids = list(places)
        for start in range(0, len(uids), _CHUNK):
            chunk = uids[start : start + _CHUNK]
            column = spec.model.uid  # type: ignore[attr-defined]
            for uid in session.scalars(select(column).where(column.in_(chunk))):
                found[uid] = places[uid]
    return found


def import_workshop_data(session: Session, data: WorkshopData) -> ImportResult:
    """Add a whole new workshop with its UUIDs, inside the caller's write."""
    round_uid = None
    if data.round_name is not None:
        round_uid = session.scalar(select(Round.uid).where(Round.name == data.round_name))
    records = workshop_records(data, round_uid)
    existing = _existing_uids(session, records)
    if data.uid in existing:
        raise InvalidInput(
            "workshop_exists",
            f"This workshop ({data.title}) is already in the workspace. To bring in what was "
            "recorded elsewhere, merge the other workspace instead (weltoffen merge).",
        )
    if existing:
        raise WorkshopRefused(
            [
                f"{place}: a record with the UUID {uid} is already in the workspace"
                for uid, place in existing.items()
            ]
        )
    problems = add_records(session, records)
    if problems:
        raise WorkshopRefused(problems)
    return ImportResult(
        uid=data.uid,
        title=data.title,
        records=len(records),
        round_name=data.round_name if round_uid is not None else None,
        round_missing=data.round_name if round_uid is None else None,
    )


def import_workshop(ws: Workspace, path: Path) -> ImportResult:
    """Import the workshop of an exchange file; all of it, or nothing if it has any problem."""
    data = read_workshop_file(path)
    with ws.write() as session:
        return import_workshop_data(session, data)


def find_workshop(ws: Workspace, key: str) -> WorkshopSummary:
    """The workshop with the UUID ``key``, or else the only one titled ``key``."""
    found = workshops(ws)
    by_uid = [w for w in found if w.uid == key.strip().lower()]
    titled = [w for w in found if w.title == key.strip()]
    if by_uid:
        return by_uid[0]
    if len(titled) == 1:
        return titled[0]
    if titled:
        raise InvalidInput(
            "workshop_ambiguous",
            f"{len(titled)} workshops are titled {key.strip()!r}; name one by its ID "
            "(weltoffen workshop list).",
        )
    raise InvalidInput(
        "workshop_unknown",
        f"There is no workshop with the ID or title {key!r} (weltoffen workshop list).",
    )


def export_workshop(ws: Workspace, key: str, out: Path) -> WorkshopData:
    """Write a workshop (by UUID or title) as an exchange file."""
    from weltoffen_desktop.atomicfile import write_atomically

    data = load_workshop(ws, find_workshop(ws, key).uid)
    text = json.dumps(to_document(data), ensure_ascii=False, indent=2) + "\n"
    write_atomically(out, text.encode("utf-8"))
    return data

"""The workshop exchange file: one workshop as a JSON document, and back.

``to_document`` writes a ``WorkshopData`` as the document described in
``resources/workshop/README.md``: every record with its UUID, references by
UUID, dates and times in ISO 8601, choices as their string values, texts
exactly as stored. ``check_document`` finds every problem of a document, each
with its place in the file, and never raises; a document without problems
becomes a ``WorkshopData`` with ``from_document``. Whether the values fit a
workspace (lengths, ranges, Handlungsfelder, the depth of goals) is decided
where they are stored, by the workshop operations.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from typing import Any

from weltoffen_desktop.domain.json_check import (
    Check,
    DocumentChecker,
    Problem,
    is_int,
    join,
    parse_json_text,
    quote,
)
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

FORMAT = "weltoffen-workshop"
FORMAT_VERSION = 1
MAX_ENTRIES = 10_000  # per list: far beyond a day's workshop, small enough to import at once

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{3}([0-9]{3})?)?)?")


# --- writing ------------------------------------------------------------------------------------


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def to_document(data: WorkshopData) -> dict[str, Any]:
    """The exchange document of one workshop (JSON-ready: strings, numbers, lists, objects)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "uid": data.uid,
        "title": data.title,
        "date": _date(data.date),
        "place": data.place,
        "start_time": _time(data.start_time),
        "end_time": _time(data.end_time),
        "moderator": data.moderator,
        "minute_taker": data.minute_taker,
        "chair": data.chair,
        "round": data.round_name,
        "participants": [
            {
                "uid": p.uid,
                "name": p.name,
                "organisation": p.organisation,
                "function": p.function,
                "attendance": p.attendance.value,
            }
            for p in data.participants
        ],
        "agenda": [
            {"uid": a.uid, "title": a.title, "planned_minutes": a.planned_minutes, "notes": a.notes}
            for a in data.agenda
        ],
        "clusters": [{"uid": c.uid, "name": c.name} for c in data.clusters],
        "cards": [
            {
                "uid": c.uid,
                "kind": c.kind.value,
                "text": c.text,
                "author": c.author,
                "field_id": c.field_id,
                "agenda_item": c.agenda_item,
                "cluster": c.cluster,
            }
            for c in data.cards
        ],
        "votes": [
            {
                "uid": v.uid,
                "title": v.title,
                "dots_per_person": v.dots_per_person,
                "by_participant": v.by_participant,
                "revealed": v.revealed,
                "options": [
                    {
                        "uid": o.uid,
                        "card": o.card,
                        "cluster": o.cluster,
                        "total": o.total,
                        "dots": dict(o.dots),
                    }
                    for o in v.options
                ],
            }
            for v in data.votes
        ],
        "recommendations": [
            {"uid": r.uid, "field_id": r.field_id, "text": r.text} for r in data.recommendations
        ],
        "decisions": [
            {
                "uid": d.uid,
                "agenda_item": d.agenda_item,
                "wording": d.wording,
                "votes_yes": d.votes_yes,
                "votes_no": d.votes_no,
                "votes_abstain": d.votes_abstain,
            }
            for d in data.decisions
        ],
        "goals": [
            {"uid": g.uid, "parent": g.parent, "title": g.title, "field_id": g.field_id}
            for g in data.goals
        ],
        "measures": [
            {
                "uid": m.uid,
                "title": m.title,
                "goal": m.goal,
                "responsible_participant": m.responsible_participant,
                "responsible": m.responsible,
                "partners": m.partners,
                "due_date": _date(m.due_date),
                "resources": m.resources,
                "indicator": m.indicator,
                "status": m.status.value,
                "field_id": m.field_id,
                "card": m.card,
                "milestones": [
                    {
                        "uid": s.uid,
                        "title": s.title,
                        "due_date": _date(s.due_date),
                        "done": s.done,
                    }
                    for s in m.milestones
                ],
            }
            for m in data.measures
        ],
    }


# --- reading ------------------------------------------------------------------------------------


def parse_workshop_text(text: str) -> tuple[WorkshopData | None, list[Problem]]:
    """The workshop in the JSON ``text`` of an exchange file, or every problem it has."""
    document, problems = parse_json_text(text)
    if not problems:
        problems = check_document(document)
    if problems:
        return None, problems
    return from_document(document), []  # type: ignore[arg-type]


def check_document(document: object) -> list[Problem]:
    """Every problem of ``document``; an empty list means ``from_document`` can read it."""
    checker = _Checker()
    checker.workshop(document)
    checker.resolve_references()
    return checker.problems


def from_document(document: dict[str, Any]) -> WorkshopData:
    """The workshop of a document that ``check_document`` found no problem in."""
    d = document
    return WorkshopData(
        uid=d["uid"],
        title=d["title"],
        date=_read_date(d["date"]),
        place=d["place"],
        start_time=_read_time(d["start_time"]),
        end_time=_read_time(d["end_time"]),
        moderator=d["moderator"],
        minute_taker=d["minute_taker"],
        chair=d["chair"],
        round_name=d["round"],
        participants=tuple(
            ParticipantData(
                p["uid"], p["name"], p["organisation"], p["function"], Attendance(p["attendance"])
            )
            for p in d["participants"]
        ),
        agenda=tuple(
            AgendaItemData(a["uid"], a["title"], a["planned_minutes"], a["notes"])
            for a in d["agenda"]
        ),
        clusters=tuple(ClusterData(c["uid"], c["name"]) for c in d["clusters"]),
        cards=tuple(
            CardData(
                c["uid"],
                CardKind(c["kind"]),
                c["text"],
                c["author"],
                c["field_id"],
                c["agenda_item"],
                c["cluster"],
            )
            for c in d["cards"]
        ),
        votes=tuple(
            DotVoteData(
                v["uid"],
                v["title"],
                v["dots_per_person"],
                v["by_participant"],
                v["revealed"],
                tuple(
                    VoteOptionData(o["uid"], o["card"], o["cluster"], o["total"], dict(o["dots"]))
                    for o in v["options"]
                ),
            )
            for v in d["votes"]
        ),
        recommendations=tuple(
            RecommendationData(r["uid"], r["field_id"], r["text"]) for r in d["recommendations"]
        ),
        decisions=tuple(
            DecisionData(
                x["uid"],
                x["agenda_item"],
                x["wording"],
                x["votes_yes"],
                x["votes_no"],
                x["votes_abstain"],
            )
            for x in d["decisions"]
        ),
        goals=tuple(GoalData(g["uid"], g["parent"], g["title"], g["field_id"]) for g in d["goals"]),
        measures=tuple(
            MeasureData(
                m["uid"],
                m["title"],
                m["goal"],
                m["responsible_participant"],
                m["responsible"],
                m["partners"],
                _read_date(m["due_date"]),
                m["resources"],
                m["indicator"],
                MeasureStatus(m["status"]),
                m["field_id"],
                m["card"],
                tuple(
                    MilestoneData(s["uid"], s["title"], _read_date(s["due_date"]), s["done"])
                    for s in m["milestones"]
                ),
            )
            for m in d["measures"]
        ),
    )


def _read_date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _read_time(value: str | None) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(value)


class _Checker(DocumentChecker):
    """Walks a workshop document once; references are resolved when all records are known."""

    def __init__(self) -> None:
        super().__init__()
        self.uids: dict[str, str] = {}  # uid -> where it is
        self.kinds: dict[str, str] = {}  # uid -> the kind of record it names
        self.references: list[tuple[str, str, str]] = []  # (place, kind wanted, uid)
        self.names: dict[str, str] = {}  # participant uid -> name
        self.responsibles: list[tuple[str, str, str]] = []  # (place, participant uid, name)

    # --- values ------------------------------------------------------------------

    def text(self, value: object, path: str) -> str | None:
        if not isinstance(value, str):
            return self.wrong_type(value, path, "a string")
        return self.characters(value, path)

    def optional_text(self, value: object, path: str) -> str | None:
        return None if value is None else self.text(value, path)

    def optional_integer(self, value: object, path: str) -> int | None:
        if value is None or is_int(value):
            return value
        return self.wrong_type(value, path, "a whole number or null")

    def whole(self, value: object, path: str) -> int | None:
        return value if is_int(value) else self.wrong_type(value, path, "a whole number")

    def flag(self, value: object, path: str) -> bool | None:
        return value if isinstance(value, bool) else self.wrong_type(value, path, "true or false")

    def choice(self, value: object, path: str, allowed: type[Any]) -> str | None:
        values = [member.value for member in allowed]
        if value in values and isinstance(value, str):
            return value
        self.report(path, f"must be one of {', '.join(values)}, not {quote(value)}")
        return None

    def date(self, value: object, path: str) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.report(path, f"must be a date YYYY-MM-DD or null, not {quote(value)}")
        return None

    def time(self, value: object, path: str) -> dt.time | None:
        if value is None:
            return None
        if isinstance(value, str) and _TIME.fullmatch(value):
            try:
                return dt.time.fromisoformat(value)
            except ValueError:
                pass
        self.report(path, f"must be a time HH:MM or HH:MM:SS or null, not {quote(value)}")
        return None

    # --- records and references --------------------------------------------------

    def uid(self, value: object, path: str, kind: str) -> str | None:
        """The UUID of a record of ``kind``; each UUID names one record only."""
        uid = self.pattern(value, path, UUID, "a UUID in lower case, e.g. '0b0e…-…'")
        if uid is not None:
            self.unique(self.uids, uid, path, f"UUID {uid}", path)
            self.kinds.setdefault(uid, kind)
        return uid

    def reference(self, value: object, path: str, kind: str) -> str | None:
        """The UUID of a record of ``kind`` in this file, or null."""
        if value is None:
            return None
        uid = self.pattern(value, path, UUID, f"the UUID of a {_words(kind)} or null")
        if uid is not None:
            self.references.append((path, kind, uid))
        return uid

    def resolve_references(self) -> None:
        for path, kind, uid in self.references:
            if self.kinds.get(uid) != kind:
                self.report(path, f"names no {_words(kind)} of this file ({uid})")
        for path, participant, name in self.responsibles:
            expected = self.names.get(participant)
            if expected is not None and expected != name:
                self.report(
                    path, f"must be {quote(expected)}, the name of the responsible participant"
                )

    def records(self, value: object, path: str, kind: str, checks: dict[str, Check]) -> list[dict]:
        """A list of records of ``kind``, each an object with a UUID and ``checks``."""
        record_checks = {"uid": partial(self.uid, kind=kind), **checks}
        entries = self.items(
            value, path, partial(self.members, checks=record_checks), 0, MAX_ENTRIES
        )
        return entries or []

    def ref(self, kind: str) -> Check:
        return partial(self.reference, kind=kind)

    # --- the workshop ------------------------------------------------------------

    def workshop(self, document: object) -> None:
        text, optional_text = self.text, self.optional_text
        self.members(
            document,
            "",
            {
                "format": partial(self.file_format, name=FORMAT, what="workshop"),
                "format_version": partial(self.format_version, current=FORMAT_VERSION),
                "uid": partial(self.uid, kind="workshop"),
                "title": text,
                "date": self.date,
                "place": text,
                "start_time": self.time,
                "end_time": self.time,
                "moderator": text,
                "minute_taker": text,
                "chair": text,
                "round": optional_text,
                "participants": self.participants,
                "agenda": partial(
                    self.records,
                    kind="agenda_item",
                    checks={"title": text, "planned_minutes": self.optional_integer, "notes": text},
                ),
                "clusters": partial(self.records, kind="cluster", checks={"name": text}),
                "cards": partial(
                    self.records,
                    kind="card",
                    checks={
                        "kind": partial(self.choice, allowed=CardKind),
                        "text": text,
                        "author": text,
                        "field_id": optional_text,
                        "agenda_item": self.ref("agenda_item"),
                        "cluster": self.ref("cluster"),
                    },
                ),
                "votes": self.votes,
                "recommendations": partial(
                    self.records,
                    kind="recommendation",
                    checks={"field_id": optional_text, "text": text},
                ),
                "decisions": partial(
                    self.records,
                    kind="decision",
                    checks={
                        "agenda_item": self.ref("agenda_item"),
                        "wording": text,
                        "votes_yes": self.optional_integer,
                        "votes_no": self.optional_integer,
                        "votes_abstain": self.optional_integer,
                    },
                ),
                "goals": partial(
                    self.records,
                    kind="goal",
                    checks={"parent": self.ref("goal"), "title": text, "field_id": optional_text},
                ),
                "measures": self.measures,
            },
        )

    def participants(self, value: object, path: str) -> None:
        checks = {
            "name": self.text,
            "organisation": self.text,
            "function": self.text,
            "attendance": partial(self.choice, allowed=Attendance),
        }
        for entry in self.records(value, path, "participant", checks):
            if isinstance(entry.get("uid"), str) and isinstance(entry.get("name"), str):
                self.names[entry["uid"]] = entry["name"]

    def votes(self, value: object, path: str) -> None:
        option_checks = {
            "card": self.ref("card"),
            "cluster": self.ref("cluster"),
            "total": self.whole,
            "dots": self.dots,
        }
        self.records(
            value,
            path,
            "dot_vote",
            {
                "title": self.text,
                "dots_per_person": self.whole,
                "by_participant": self.flag,
                "revealed": self.flag,
                "options": partial(self.records, kind="vote_option", checks=option_checks),
            },
        )

    def dots(self, value: object, path: str) -> None:
        """Dots per participant: an object from participant UUIDs to whole numbers."""
        if not isinstance(value, dict):
            return self.wrong_type(value, path, "an object")
        if len(value) > MAX_ENTRIES:
            self.report(path, f"must have at most {MAX_ENTRIES} entries, not {len(value)}")
            return None
        for participant, dots in value.items():
            place = join(path, participant) if UUID.fullmatch(participant) else path
            self.reference(participant, place, "participant")
            self.whole(dots, place)
        return None

    def measures(self, value: object, path: str) -> None:
        text = self.text
        milestone_checks = {"title": text, "due_date": self.date, "done": self.flag}
        checks = {
            "title": text,
            "goal": self.ref("goal"),
            "responsible_participant": self.ref("participant"),
            "responsible": text,
            "partners": text,
            "due_date": self.date,
            "resources": text,
            "indicator": text,
            "status": partial(self.choice, allowed=MeasureStatus),
            "field_id": self.optional_text,
            "card": self.ref("card"),
            "milestones": partial(self.records, kind="milestone", checks=milestone_checks),
        }
        for index, entry in enumerate(self.records(value, path, "measure", checks)):
            participant, name = entry.get("responsible_participant"), entry.get("responsible")
            if participant is not None and name is not None:
                self.responsibles.append((f"{path}[{index}].responsible", participant, name))


def _words(kind: str) -> str:
    return kind.replace("_", " ")

"""Bringing another workspace of the same municipality into this one (laptops at an event).

The other file is never written: it is checked like any workspace and copied
aside with SQLite's backup API, and the copy is read completely and checked,
so a damaged or hostile file ends in a clear refusal before anything changes.

Records are known by their UUIDs; rounds also by their name, respondents also
by their code in the round, vote options also by the card or cluster put to
the vote; answers are known by respondent and question, a consensus by round
and field, dots by option and participant. Each record of the other workspace
is new, identical, or in conflict (the same record with other values). The
preview counts them per kind; for each conflict the user keeps this
workspace's values ("mine") or takes the other's ("theirs"). The order of
records among their siblings is not compared; new records go after the
existing ones. There is no record of deletions: a record deleted here but
still in the other file is new again. Minutes exports stay with the file they
were made from.
"""

from __future__ import annotations

import contextlib
import json
import math
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue_check import check_catalogue
from weltoffen_desktop.domain.workshop import WorkshopData
from weltoffen_desktop.fileformats.workshop_json import UUID, check_document, to_document
from weltoffen_desktop.operations.catalogue import catalogue_of, store_catalogue
from weltoffen_desktop.operations.errors import InvalidInput, Refused
from weltoffen_desktop.operations.records import (
    DOTS,
    Record,
    add_records,
    apply_workshop_record,
)
from weltoffen_desktop.operations.results import set_consensus_in
from weltoffen_desktop.operations.rounds import (
    add_respondent_in,
    add_round,
    check_value,
    checked_comment,
    checked_respondent_code,
    checked_respondent_text,
    checked_round_name,
    store_answers,
)
from weltoffen_desktop.operations.workshop import (
    read_workshop,
    set_dots_in,
    update_record,
)
from weltoffen_desktop.operations.workshop_exchange import workshop_records
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import (
    Answer,
    CatalogueVersion,
    Consensus,
    Municipality,
    Respondent,
    Round,
    Workshop,
)

MINE, THEIRS = "mine", "theirs"
KINDS = (
    "round",
    "respondent",
    "answer",
    "consensus",
    "workshop",
    "participant",
    "agenda_item",
    "cluster",
    "card",
    "dot_vote",
    "vote_option",
    DOTS,
    "recommendation",
    "decision",
    "goal",
    "measure",
    "milestone",
)
_LABEL_LENGTH = 60
# What a record's label is made of, per kind (answers, consensus and dots are put together).
_LABELS = {
    "round": "name",
    "respondent": "code",
    "workshop": "title",
    "participant": "name",
    "agenda_item": "title",
    "cluster": "name",
    "card": "text",
    "dot_vote": "title",
    "recommendation": "text",
    "decision": "wording",
    "goal": "title",
    "measure": "title",
    "milestone": "title",
}
# Errors that reading a hostile file can raise, beyond the refusals of our own checks.
_READ_ERRORS = (SQLAlchemyError, ValueError, TypeError, LookupError, AttributeError, OverflowError)


class MergeRefused(Refused):
    """A merge that cannot be made as it is; nothing was changed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("merge_invalid", "Nothing was merged; there are", problems)


def _damaged(detail: str) -> InvalidInput:
    return InvalidInput(
        "merge_source_damaged",
        f"The other workspace has damaged records and cannot be merged ({detail}). "
        "Nothing was changed.",
    )


# --- reading a workspace --------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """Everything a merge compares, read from one workspace."""

    municipality: str
    catalogues: dict[tuple[str, str], str]  # (key, version) of the rounds' -> the document
    selfcheck: tuple[Record, ...]  # rounds, respondents, answers, consensus, in that order
    workshops: tuple[WorkshopData, ...]

    @property
    def records(self) -> list[Record]:
        """Every record, each after the records it belongs to."""
        round_uids = {r.values["name"]: r.uid for r in self.selfcheck if r.kind == "round"}
        found = list(self.selfcheck)
        for data in self.workshops:
            found += workshop_records(data, round_uids.get(data.round_name))  # type: ignore[arg-type]
        return found


def read_snapshot(session: Session) -> Snapshot:
    rounds = session.execute(
        select(Round.uid, Round.name, CatalogueVersion.key, CatalogueVersion.version)
        .select_from(Round)
        .outerjoin(CatalogueVersion, CatalogueVersion.id == Round.catalogue_id)
        .order_by(Round.created_at, Round.id)
    ).all()
    used = {(key, version) for _, _, key, version in rounds}
    catalogues = {
        (key, version): document
        for key, version, document in session.execute(
            select(CatalogueVersion.key, CatalogueVersion.version, CatalogueVersion.document)
        )
        if (key, version) in used
    }
    records = [
        Record("round", uid, None, {"name": name, "catalogue": (key, version)})
        for uid, name, key, version in rounds
    ]
    records += [
        Record("respondent", uid, round_uid, {"code": code, "department": dep, "role": role})
        for uid, round_uid, code, dep, role in session.execute(
            select(
                Respondent.uid, Round.uid, Respondent.code, Respondent.department, Respondent.role
            )
            .select_from(Respondent)
            .outerjoin(Round, Round.id == Respondent.round_id)
            .order_by(Respondent.id)
        )
    ]
    records += [
        Record("answer", None, respondent, {"question": q, "value": v, "comment": c})
        for respondent, q, v, c in session.execute(
            select(Respondent.uid, Answer.question_id, Answer.value, Answer.comment)
            .select_from(Answer)
            .outerjoin(Respondent, Respondent.id == Answer.respondent_id)
            .order_by(Answer.id)
        )
    ]
    records += [
        Record(
            "consensus",
            None,
            round_uid,
            {"field": field_id, "score": score, "stage": stage, "reason": reason},
        )
        for round_uid, field_id, score, stage, reason in session.execute(
            select(
                Round.uid, Consensus.field_id, Consensus.score, Consensus.stage, Consensus.reason
            )
            .select_from(Consensus)
            .outerjoin(Round, Round.id == Consensus.round_id)
            .order_by(Consensus.id)
        )
    ]
    workshops = tuple(
        read_workshop(session, uid)
        for uid in session.scalars(select(Workshop.uid).order_by(Workshop.id))
    )
    municipality = session.scalars(select(Municipality.name)).one()
    return Snapshot(municipality, catalogues, tuple(records), workshops)


def read_other(path: Path, here: Path | None = None) -> Snapshot:
    """Read the workspace ``path`` completely, without writing to it or beside it.

    ``here``: the workspace it is to be merged into, which it must not be.
    Raises ``WorkspaceError`` for a file that is not a workspace, damaged, newer
    or open on another computer, and ``InvalidInput`` for records that cannot be
    merged as they are.
    """
    from weltoffen_desktop.storage.backup import make_backup
    from weltoffen_desktop.storage.database import check_workspace_file

    path = Path(path)
    if here is not None and path.exists() and path.resolve() == Path(here).resolve():
        raise InvalidInput("merge_same_file", "A workspace cannot be merged with itself.")
    with tempfile.TemporaryDirectory(prefix="weltoffen-merge-") as folder:
        copy = make_backup(path, Path(folder) / "other.weltoffen")
        check_workspace_file(copy)  # the full check, also for a file on a read-only medium
        with _reading(copy) as session:
            try:
                snapshot = read_snapshot(session)
            except _READ_ERRORS as exc:
                raise _damaged(_detail(exc)) from exc
    problems = check_snapshot(snapshot)
    if problems:
        raise _damaged("; ".join(problems[:3]) + (" …" if len(problems) > 3 else ""))
    return snapshot


@contextlib.contextmanager
def _reading(copy: Path) -> Iterator[Session]:
    try:
        ws = Workspace.open(copy)  # brings an older file's copy up to date
    except _READ_ERRORS as exc:
        raise _damaged(_detail(exc)) from exc
    try:
        with ws.read() as session:
            yield session
    finally:
        ws.close()


def _detail(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def check_snapshot(snapshot: Snapshot) -> list[str]:
    """What is wrong with the records of a workspace read from a file; empty if nothing."""
    problems = []
    if not isinstance(snapshot.municipality, str):
        problems.append("the municipality's name is not text")
    for (key, version), document in snapshot.catalogues.items():
        try:
            found = check_catalogue(json.loads(document))
        except (TypeError, ValueError, RecursionError):
            found = ["not JSON"]
        if found:
            problems.append(f"catalogue {key} {version}: {found[0]}")
    known: dict[str, set[Any]] = {kind: set() for kind in KINDS}
    for record in snapshot.selfcheck:
        problem = _selfcheck_problem(record, known)
        if problem:
            problems.append(f"{record.kind} {record.uid or record.parent}: {problem}")
        known[record.kind].add(record.key if record.uid is None else record.uid)
    for data in snapshot.workshops:
        try:
            found = check_document(to_document(data))
        except _READ_ERRORS as exc:
            found = [_detail(exc)]
        problems += [f"workshop {data.uid}: {problem}" for problem in found]
    return problems


def _selfcheck_problem(record: Record, known: dict[str, set[Any]]) -> str | None:
    """What is wrong with one self-check record of another workspace, in the file's terms."""
    values = record.values
    if record.uid is not None and not (isinstance(record.uid, str) and UUID.fullmatch(record.uid)):
        return "its UUID is not one"
    if record.key in known[record.kind]:
        return "it is there twice"
    parents = {"respondent": "round", "answer": "respondent", "consensus": "round"}
    if record.kind in parents and record.parent not in known[parents[record.kind]]:
        return f"it belongs to no {parents[record.kind]}"
    texts = {
        "round": ("name",),
        "respondent": ("code", "department", "role"),
        "answer": ("question", "comment"),
        "consensus": ("field", "reason"),
    }[record.kind]
    if not all(isinstance(values[name], str) for name in texts):
        return "a text is not text"
    if record.kind == "round" and not all(isinstance(p, str) for p in values["catalogue"]):
        return "it has no catalogue"
    whole = {"answer": ("value",), "consensus": ("stage",)}.get(record.kind, ())
    if not all(values[n] is None or type(values[n]) is int for n in whole):
        return "a number is not a whole number"
    score = values.get("score")
    if score is not None and not (type(score) in (int, float) and math.isfinite(score)):
        return "the score is not a number"
    return None


# --- comparing ------------------------------------------------------------------------------


@dataclass
class Counts:
    new: int = 0
    identical: int = 0
    conflicting: int = 0


@dataclass(frozen=True)
class Conflict:
    """A record in both workspaces with other values; ``mine``/``theirs``: those that differ."""

    kind: str
    key: str  # the record's key in this workspace
    label: str
    mine: dict[str, Any]
    theirs: dict[str, Any]

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True)
class MergePlan:
    """What merging a snapshot of another workspace into this one would do."""

    municipality: str  # the other workspace's
    counts: dict[str, Counts]  # per kind, in the order of KINDS
    conflicts: tuple[Conflict, ...]
    new: tuple[Record, ...] = field(repr=False)  # the other's new records, references mapped
    changed: tuple[tuple[Conflict, Record], ...] = field(repr=False)

    @property
    def changes_anything(self) -> bool:
        return bool(self.new or self.conflicts)


def compare(mine: Snapshot, theirs: Snapshot, *, force: bool = False) -> MergePlan:
    """What is new, identical and in conflict in ``theirs`` compared with ``mine``."""
    if mine.municipality.strip() != theirs.municipality.strip() and not force:
        raise InvalidInput(
            "merge_other_municipality",
            f"The other workspace is for {theirs.municipality!r}, this one for "
            f"{mine.municipality!r}; only workspaces of one municipality are merged "
            "(to merge anyway, use --force).",
        )
    comparison = _Comparison(mine)
    for record in theirs.records:
        comparison.take(record)
    if comparison.problems:
        raise MergeRefused(comparison.problems)
    return MergePlan(
        theirs.municipality,
        comparison.counts,
        tuple(conflict for conflict, _ in comparison.changed),
        tuple(comparison.new),
        tuple(comparison.changed),
    )


def _alternate(record: Record) -> tuple[Any, ...] | None:
    """Another identity that finds the same record under another UUID."""
    if record.kind == "round":
        return ("round", record.values["name"])
    if record.kind == "respondent":
        return ("respondent", record.parent, record.values["code"])
    if record.kind == "vote_option":
        return ("vote_option", record.parent, record.values["card"], record.values["cluster"])
    return None


class _Comparison:
    def __init__(self, mine: Snapshot) -> None:
        records = mine.records
        self.mine = {(r.kind, r.key): r for r in records}
        self.alternates = {_alternate(r): r for r in records if _alternate(r) is not None}
        self.labels = _Labels(records)
        self.mapping: dict[str, str] = {}  # the other's UUID -> the same record's UUID here
        self.counts = {kind: Counts() for kind in KINDS}
        self.new: list[Record] = []
        self.changed: list[tuple[Conflict, Record]] = []
        self.problems: list[str] = []

    def take(self, record: Record) -> None:
        record = self._mapped(record)
        here = self.mine.get((record.kind, record.key))
        alternate = _alternate(record)
        if here is None and alternate is not None and alternate in self.alternates:
            here = self.alternates[alternate]
            self.mapping[record.uid] = here.uid  # type: ignore[index]
            record = replace(record, uid=here.uid)
        self.labels.learn(record)
        counts = self.counts[record.kind]
        label = self.labels.of(record if here is None else here)
        if here is None:
            counts.new += 1
            self.new.append(replace(record, where=f"{record.kind.replace('_', ' ')} {label}"))
        elif here.parent != record.parent:
            self.problems.append(
                f"{record.kind.replace('_', ' ')} {label}: belongs to another record "
                "here than in the other workspace"
            )
        elif record.kind == "round" and here.values["catalogue"] != record.values["catalogue"]:
            self.problems.append(
                f"round {label}: answered with catalogue {' '.join(here.values['catalogue'])} "
                f"here and {' '.join(record.values['catalogue'])} in the other workspace"
            )
        elif here.values == record.values:
            counts.identical += 1
        else:
            counts.conflicting += 1
            names = [n for n in record.values if record.values[n] != here.values.get(n)]
            conflict = Conflict(
                record.kind,
                here.key,
                label,
                {n: here.values.get(n) for n in names},
                {n: record.values[n] for n in names},
            )
            self.changed.append((conflict, replace(record, where=f"{record.kind} {label}")))

    def _mapped(self, record: Record) -> Record:
        """``record`` with the UUIDs of records known here under another UUID replaced."""
        if not self.mapping:
            return record
        names = set(record.references())
        values = {
            n: self.mapping.get(v, v) if n in names and isinstance(v, str) else v
            for n, v in record.values.items()
        }
        parent = self.mapping.get(record.parent, record.parent)  # type: ignore[arg-type]
        return replace(record, parent=parent, values=values)


class _Labels:
    """Short names of records for people: a card's text, an answer's respondent and question."""

    def __init__(self, records: list[Record]) -> None:
        self.known: dict[str, Record] = {}
        for record in records:
            self.learn(record)

    def learn(self, record: Record) -> None:
        if record.uid is not None:
            self.known.setdefault(record.uid, record)

    def of(self, record: Record) -> str:
        return _shortened(self._text(record))

    def _text(self, record: Record) -> str:
        values = record.values
        if record.kind in _LABELS:
            return str(values[_LABELS[record.kind]])
        if record.kind == "vote_option":
            target = values["card"] or values["cluster"]
            return self._named(target)
        if record.kind == DOTS:
            return f"{self._named(values['participant'])}: {self._named(record.parent)}"
        owner = self._named(record.parent)
        return f"{owner} {values['question' if record.kind == 'answer' else 'field']}"

    def _named(self, uid: str | None) -> str:
        found = self.known.get(uid) if uid is not None else None
        return self._text(found) if found is not None else str(uid)


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LABEL_LENGTH else text[: _LABEL_LENGTH - 1] + "…"


# --- merging --------------------------------------------------------------------------------


def plan_merge(ws: Workspace, theirs: Snapshot, *, force: bool = False) -> MergePlan:
    """The preview: what merging ``theirs`` into ``ws`` would do; nothing is changed."""
    with ws.read() as session:
        return compare(read_snapshot(session), theirs, force=force)


@dataclass(frozen=True)
class MergeResult:
    added: int
    replaced: int
    kept: int  # conflicts where this workspace's values stayed
    backup: Path | None  # the backup made before anything changed


def merge(
    ws: Workspace,
    theirs: Snapshot,
    *,
    prefer: str = MINE,
    choices: Mapping[str, str] | None = None,
    force: bool = False,
    backups_dir: Path | None = None,
) -> MergeResult:
    """Merge ``theirs`` into ``ws`` in one transaction: all of it, or nothing.

    Conflicts take ``choices[conflict.id]`` (MINE or THEIRS), else ``prefer``.
    Before anything changes, the workspace is backed up into ``backups_dir``.
    """
    if prefer not in (MINE, THEIRS):
        raise InvalidInput("merge_prefer", f"Prefer {MINE!r} or {THEIRS!r}, not {prefer!r}.")
    choices = dict(choices or {})

    def chosen(conflict: Conflict) -> str:
        return choices.get(conflict.id, prefer)

    if not plan_merge(ws, theirs, force=force).changes_anything:
        return MergeResult(0, 0, 0, None)
    backup = None
    if backups_dir is not None:
        from weltoffen_desktop.operations.backups import backup_now

        backup = backup_now(ws.path, backups_dir).path
    with ws.write() as session:
        try:
            plan = compare(read_snapshot(session), theirs, force=force)  # as it is now
            taken = _apply(session, plan, theirs, chosen)
            session.flush()
        except IntegrityError as exc:  # a rule of the file that no check foresaw
            raise MergeRefused([_detail(exc)]) from exc
    return MergeResult(len(plan.new), taken, len(plan.changed) - taken, backup)


def _apply(
    session: Session, plan: MergePlan, theirs: Snapshot, chosen: Callable[[Conflict], str]
) -> int:
    """Add the new records and take the other's values where chosen; how many were taken."""
    writer = _Writer(session, theirs.catalogues)
    problems = add_records(session, plan.new, writer.insert)
    taken = [(c, r) for c, r in plan.changed if chosen(c) == THEIRS]
    for conflict, record in taken:
        try:
            writer.replace(conflict, record)
        except InvalidInput as exc:
            problems.append(f"{record.where}: {exc}")
    if problems:
        raise MergeRefused(problems)
    writer.store_answers()
    return len(taken)


class _Writer:
    """Adds and replaces records of each kind through the operations' checks."""

    def __init__(self, session: Session, catalogues: dict[tuple[str, str], str]) -> None:
        self.session = session
        self.catalogues = catalogues
        self.respondents: dict[str, tuple[int, Any]] = {}  # uid -> (id, the round's catalogue)
        self.answers: list[tuple[int, str, int | None, str]] = []

    def _get(self, model: type, uid: str) -> Any:
        found = self.session.scalars(select(model).where(model.uid == uid)).one_or_none()  # type: ignore[attr-defined]
        if found is None:
            raise InvalidInput("record_gone", f"The {model.__name__.lower()} {uid} is not there.")
        return found

    def insert(self, session: Session, record: Record) -> None:
        values = record.values
        if record.kind == "round":
            add_round(session, values["name"], catalogue=self._catalogue(values), uid=record.uid)
        elif record.kind == "respondent":
            round_ = self._get(Round, record.parent)  # type: ignore[arg-type]
            add_respondent_in(
                session,
                round_.id,
                values["code"],
                values["department"],
                values["role"],
                uid=record.uid,
            )
        elif record.kind == "answer":
            self.answers.append(self._answer(record))
        elif record.kind == "consensus":
            self._consensus(record)
        else:
            apply_workshop_record(session, record)

    def replace(self, conflict: Conflict, record: Record) -> None:
        changes = conflict.theirs
        if record.kind == "round":
            self._get(Round, record.uid).name = checked_round_name(self.session, changes["name"])  # type: ignore[arg-type]
        elif record.kind == "respondent":
            respondent = self._get(Respondent, record.uid)  # type: ignore[arg-type]
            for name, value in changes.items():
                if name == "code":
                    value = checked_respondent_code(self.session, respondent.round_id, value)
                else:
                    value = checked_respondent_text(value, name)
                setattr(respondent, name, value)
        elif record.kind == "answer":
            store_answers(self.session, [self._answer(record)])
        elif record.kind == "consensus":
            self._consensus(record)
        elif record.kind == DOTS:
            values = record.values
            set_dots_in(self.session, record.parent, values["participant"], values["dots"])  # type: ignore[arg-type]
        else:
            update_record(self.session, record.kind, record.uid, changes)  # type: ignore[arg-type]

    def store_answers(self) -> None:
        """Store the new answers at once (there may be thousands), all checked before."""
        if self.answers:
            store_answers(self.session, self.answers)

    def _answer(self, record: Record) -> tuple[int, str, int | None, str]:
        """An answer as ``store_answers`` takes it, after the checks of a typed one."""
        uid = record.parent
        if uid not in self.respondents:
            respondent = self._get(Respondent, uid)  # type: ignore[arg-type]
            self.respondents[uid] = (respondent.id, catalogue_of(respondent.round.catalogue))  # type: ignore[index]
        respondent_id, catalogue = self.respondents[uid]  # type: ignore[index]
        values = record.values
        check_value(catalogue, values["question"], values["value"])
        return (
            respondent_id,
            values["question"],
            values["value"],
            checked_comment(values["comment"]),
        )

    def _consensus(self, record: Record) -> None:
        values = record.values
        round_ = self._get(Round, record.parent)  # type: ignore[arg-type]
        score = values["score"]
        set_consensus_in(
            self.session,
            round_,
            values["field"],
            reason=values["reason"],
            score=score,
            stage=values["stage"] if score is None else None,
        )

    def _catalogue(self, values: dict[str, Any]) -> CatalogueVersion:
        key, version = values["catalogue"]
        found = self.session.scalars(
            select(CatalogueVersion).where(
                CatalogueVersion.key == key, CatalogueVersion.version == version
            )
        ).one_or_none()
        if found is not None:
            return found
        return store_catalogue(self.session, json.loads(self.catalogues[(key, version)]))

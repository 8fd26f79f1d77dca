"""Records as the operations take them, and adding many of them at once.

A ``Record`` is one row of a workspace in the words of the operations: its
kind, its UUID, the record it belongs to and its values, with references to
other records as UUIDs. Workshop exchange files and the merge of two
workspaces both turn into records, and both add them with ``add_records``:
through the operations' own checks, every problem found in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from weltoffen_desktop.domain.json_check import FILE_LOCATION
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.workshop import (
    KINDS,
    Ref,
    add_record,
    set_dots_in,
    update_record,
)

DOTS = "dots"  # the dots one participant gave one vote option
# Records without a UUID of their own, known by what they belong to and this value.
NATURAL_KEYS = {DOTS: "participant", "answer": "question", "consensus": "field"}


@dataclass(frozen=True)
class Record:
    """One record; references to other records are UUIDs."""

    kind: str  # a kind of workshop.KINDS, DOTS, or a self-check kind (see merge)
    uid: str | None  # None for the kinds of NATURAL_KEYS
    parent: str | None  # the UUID of the record it belongs to
    values: dict[str, Any]
    where: str = ""  # how a problem names it: its place in a file, or what it is

    @property
    def key(self) -> str:
        """What identifies the record: its UUID, or what it belongs to and its natural key."""
        if self.uid is not None:
            return self.uid
        return f"{self.parent}/{self.values[NATURAL_KEYS[self.kind]]}"

    def references(self) -> dict[str, str]:
        """The values naming other records (name -> UUID), the parent left aside."""
        if self.kind == DOTS:
            return {"participant": self.values["participant"]}
        if self.kind not in KINDS:
            return {}
        checks = KINDS[self.kind].values
        return {
            name: value
            for name, value in self.values.items()
            if isinstance(checks.get(name), Ref) and value is not None
        }


Apply = Callable[[Session, Record], object]


def apply_workshop_record(session: Session, record: Record) -> None:
    """Add one workshop record through the workshop operations' checks, keeping its UUID."""
    if record.kind == DOTS:
        values = record.values
        set_dots_in(session, record.parent, values["participant"], values["dots"])  # type: ignore[arg-type]
    else:
        add_record(session, record.kind, record.parent, record.values, uid=record.uid)


def add_records(
    session: Session, records: Iterable[Record], apply: Apply = apply_workshop_record
) -> list[str]:
    """Add ``records`` in their order with ``apply``; every problem, each with where it is.

    If any problem is returned, the caller must roll its transaction back: the
    records without problems have been added.
    """
    records = list(records)
    batch = _Batch(session, apply, {r.uid for r in records if r.uid is not None})
    for record in records:
        batch.add(record)
    return batch.finish()


class _Batch:
    """Records being added together; a refused one does not stop the others being checked.

    The operations check everything before they change anything, so a refused
    record leaves nothing behind. (No savepoints: with Python's sqlite3 module, a
    savepoint opened before the first write of a transaction commits on release.)
    A reference to a record of the batch that is not added yet is set once that
    one is there; so are references between records of one kind (the Hauptziel of
    a Handlungsziel), in their order, so that a problem is reported where it is.
    Records depending on a refused one are passed over: their problem is the one
    already listed.
    """

    def __init__(self, session: Session, apply: Apply, waiting: set[str]) -> None:
        self.session = session
        self.apply = apply
        self.waiting = waiting  # UUIDs of the batch not added yet
        self.failed: set[str] = set()
        self.deferred: list[tuple[Record, dict[str, str]]] = []
        self.problems: list[str] = []

    def add(self, record: Record) -> None:
        references = record.references()
        if {record.parent, *references.values()} & self.failed:
            self.failed.add(record.key)
            return
        later = {
            name: uid
            for name, uid in references.items()
            if uid in self.waiting or _same_kind(record, name)
        }
        first = replace(record, values={n: v for n, v in record.values.items() if n not in later})
        if self._attempt(record, partial(self.apply, self.session, first)) and later:
            self.deferred.append((record, later))
        self.waiting.discard(record.key)

    def finish(self) -> list[str]:
        for record, later in self.deferred:
            if not set(later.values()) & self.failed:
                assert record.uid is not None  # only records with a UUID refer to others
                change = partial(update_record, self.session, record.kind, record.uid, later)
                self._attempt(record, change)
        return self.problems

    def _attempt(self, record: Record, change: Callable[[], object]) -> bool:
        try:
            change()
        except InvalidInput as exc:
            self.failed.add(record.key)
            self.problems.append(f"{record.where or FILE_LOCATION}: {exc}")
            return False
        return True


def _same_kind(record: Record, name: str) -> bool:
    check = KINDS[record.kind].values[name] if record.kind in KINDS else None
    return isinstance(check, Ref) and check.kind == record.kind

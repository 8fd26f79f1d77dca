"""What the minutes of a workshop are made from, and the record of each exported version."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from weltoffen_desktop.domain.texts import LocalText
from weltoffen_desktop.domain.workshop import WorkshopData
from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.results import RoundReport, round_report
from weltoffen_desktop.operations.workshop import read_workshop, workshops
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import MinutesExport, Municipality, Workshop, utc_now

KINDS = ("results", "course")  # Ergebnisprotokoll, Verlaufsprotokoll


@dataclass(frozen=True)
class MinutesSource:
    """Everything the minutes of one workshop show, read at one moment."""

    municipality: str
    logo: bytes | None
    workshop: WorkshopData
    field_names: dict[str, LocalText]  # every Handlungsfeld a card or measure may name
    report: RoundReport | None  # the linked self-check round, if any


@dataclass(frozen=True)
class MinutesExportInfo:
    path: str  # where the file was written
    kind: str
    exported_at: dt.datetime  # UTC
    sha256: str


def find_workshop(ws: Workspace, key: str) -> str:
    """The UUID of the workshop whose UUID is ``key`` or, failing that, whose title is."""
    listed = workshops(ws)
    if any(w.uid == key for w in listed):
        return key
    titled = [w for w in listed if w.title == key.strip()]
    if len(titled) == 1:
        return titled[0].uid
    if titled:
        raise InvalidInput(
            "workshop_ambiguous",
            f"{len(titled)} workshops are titled {key!r}; give the workshop's ID instead.",
        )
    raise InvalidInput("workshop_unknown", f"There is no workshop with the ID or title {key!r}.")


def minutes_source(ws: Workspace, workshop_uid: str) -> MinutesSource:
    with ws.read() as session:
        municipality = session.scalars(select(Municipality)).one()
        workshop = read_workshop(session, workshop_uid)
        names = {f.id: f.name for f in catalogue_of(current_catalogue_version(session)).fields}
    report = round_report(ws, workshop.round_name) if workshop.round_name else None
    if report is not None:
        names = {**{f.id: f.name for f in report.catalogue.fields}, **names}
    return MinutesSource(municipality.name, municipality.logo, workshop, names, report)


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InvalidInput("minutes_kind", f"Minutes are {' or '.join(KINDS)}, not {kind!r}.")


def record_export(
    ws: Workspace, workshop_uid: str, path: str, kind: str, sha256: str
) -> MinutesExportInfo:
    """Note that the minutes were written to ``path`` with this SHA-256."""
    _check_kind(kind)
    with ws.write() as session:
        workshop = session.scalars(select(Workshop).where(Workshop.uid == workshop_uid)).first()
        if workshop is None:
            raise InvalidInput("record_gone", "The workshop no longer exists.")
        row = MinutesExport(
            workshop_id=workshop.id,
            file_name=path,
            kind=kind,
            sha256=sha256,
            exported_at=utc_now(),
        )
        session.add(row)
        session.flush()
        return MinutesExportInfo(row.file_name, row.kind, row.exported_at, row.sha256)


def exports_of(ws: Workspace, workshop_uid: str) -> list[MinutesExportInfo]:
    """Every recorded export of a workshop's minutes, the newest first."""
    with ws.read() as session:
        rows = session.scalars(
            select(MinutesExport)
            .join(Workshop, Workshop.id == MinutesExport.workshop_id)
            .where(Workshop.uid == workshop_uid)
            .order_by(MinutesExport.exported_at.desc(), MinutesExport.id.desc())
        )
        return [MinutesExportInfo(r.file_name, r.kind, r.exported_at, r.sha256) for r in rows]

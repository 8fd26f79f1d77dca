"""Catalogue versions stored in a workspace: the shipped one, imports and exports.

A stored version is never changed: a round keeps the version it was answered
with, and new rounds use the version imported last.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.operations.errors import InvalidInput, Refused
from weltoffen_desktop.resources import resource_path
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import CatalogueVersion

MAX_CATALOGUE_BYTES = 5 * 1024 * 1024


class CatalogueRefused(Refused):
    """A catalogue file with problems; nothing was stored."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("catalogue_invalid", "The catalogue file has", problems)


@functools.cache
def _default_document_text() -> str:
    return resource_path("catalogue", "default_catalogue.json").read_text(encoding="utf-8")


def default_catalogue_document() -> dict[str, Any]:
    """The catalogue shipped with the app, as a fresh dictionary."""
    return json.loads(_default_document_text())


def _canonical(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def store_catalogue(session: Session, document: dict[str, Any]) -> CatalogueVersion:
    """Keep ``document`` in the workspace, reusing an identical stored version."""
    existing = session.scalars(
        select(CatalogueVersion).where(
            CatalogueVersion.key == document["id"],
            CatalogueVersion.version == document["version"],
        )
    ).one_or_none()
    if existing is not None:
        if _canonical(json.loads(existing.document)) != _canonical(document):
            raise InvalidInput(
                "catalogue_version_taken",
                f"Catalogue {document['id']!r} version {document['version']!r} is already "
                "stored with other content; give the changed catalogue a new version.",
            )
        return existing
    version = CatalogueVersion(
        key=document["id"],
        version=document["version"],
        document=json.dumps(document, ensure_ascii=False),
    )
    session.add(version)
    session.flush()
    return version


def current_catalogue_version(session: Session) -> CatalogueVersion:
    """The version new rounds are answered with: the one stored last."""
    return session.scalars(select(CatalogueVersion).order_by(CatalogueVersion.id.desc())).first()


_parsed: dict[str, Catalogue] = {}


def catalogue_of(version: CatalogueVersion) -> Catalogue:
    """The parsed catalogue; cached by the version's UUID, as stored versions never change."""
    cached = _parsed.get(version.uid)
    if cached is None:
        cached = _parsed[version.uid] = Catalogue.from_dict(json.loads(version.document))
    return cached


def import_catalogue(ws: Workspace, path: Path) -> Catalogue:
    """Check a catalogue file completely; store it only if it has no problem."""
    from weltoffen_desktop.domain.catalogue_check import check_catalogue, parse_catalogue_text

    if path.stat().st_size > MAX_CATALOGUE_BYTES:
        raise CatalogueRefused(["(file): larger than 5 MB, not a catalogue"])
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CatalogueRefused(["(file): not UTF-8 encoded text"]) from None
    document, problems = parse_catalogue_text(text)
    if document is not None and not problems:
        problems = check_catalogue(document)
    if problems or document is None:
        raise CatalogueRefused([str(p) for p in problems])
    with ws.write() as session:
        return catalogue_of(store_catalogue(session, document))


def export_catalogue(ws: Workspace, out: Path) -> Catalogue:
    """Write the current catalogue as a formatted JSON file."""
    from weltoffen_desktop.atomicfile import write_atomically

    with ws.read() as session:
        version = current_catalogue_version(session)
        document = json.loads(version.document)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    write_atomically(out, text.encode("utf-8"))
    return catalogue_of(version)

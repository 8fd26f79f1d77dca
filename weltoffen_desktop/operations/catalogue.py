"""Catalogue versions stored in a workspace."""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.resources import resource_path
from weltoffen_desktop.storage.models import CatalogueVersion


@functools.cache
def _default_document_text() -> str:
    return resource_path("catalogue", "default_catalogue.json").read_text(encoding="utf-8")


def default_catalogue_document() -> dict[str, Any]:
    """The catalogue shipped with the app, as a fresh dictionary."""
    return json.loads(_default_document_text())


def store_catalogue(session: Session, document: dict[str, Any]) -> CatalogueVersion:
    """Keep ``document`` in the workspace, reusing an identical stored version."""
    existing = session.scalars(
        select(CatalogueVersion).where(
            CatalogueVersion.key == document["id"],
            CatalogueVersion.version == document["version"],
        )
    ).one_or_none()
    if existing is not None:
        return existing
    version = CatalogueVersion(
        key=document["id"],
        version=document["version"],
        document=json.dumps(document, ensure_ascii=False),
    )
    session.add(version)
    session.flush()
    return version


def catalogue_of(version: CatalogueVersion) -> Catalogue:
    return _parse(version.document)


@functools.lru_cache(maxsize=8)
def _parse(document: str) -> Catalogue:
    return Catalogue.from_dict(json.loads(document))

"""Creating workspaces and editing the municipality profile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from weltoffen_desktop.operations.catalogue import default_catalogue_document, store_catalogue
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Municipality

MAX_NAME_LENGTH = 200
MAX_LOGO_BYTES = 2 * 1024 * 1024
_LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput("name_empty", "The municipality name must not be empty.")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(
            "name_too_long",
            f"The municipality name is longer than {MAX_NAME_LENGTH} characters.",
            {"limit": MAX_NAME_LENGTH},
        )
    return name


def create_workspace(
    path: Path,
    municipality: str,
    *,
    overwrite: bool = False,
    populate: Callable[[Session], None] | None = None,
) -> Workspace:
    """A new workspace with the municipality and the default catalogue."""
    name = checked_name(municipality)

    def fill(session: Session) -> None:
        session.add(Municipality(name=name))
        store_catalogue(session, default_catalogue_document())
        if populate is not None:
            populate(session)

    return Workspace.create(path, fill, overwrite=overwrite)


def _municipality(session: Session) -> Municipality:
    return session.scalars(select(Municipality)).one()


def set_municipality_name(ws: Workspace, name: str) -> None:
    name = checked_name(name)
    with ws.write() as session:
        _municipality(session).name = name


def set_logo(ws: Workspace, image: bytes | None) -> None:
    """Set the logo (PNG or JPEG bytes), or remove it with ``None``."""
    if image is not None:
        if not image.startswith(_LOGO_SIGNATURES):
            raise InvalidInput("logo_format", "The logo must be a PNG or JPEG image.")
        if len(image) > MAX_LOGO_BYTES:
            megabytes = MAX_LOGO_BYTES // (1024 * 1024)
            raise InvalidInput(
                "logo_size", f"The logo is larger than {megabytes} MB.", {"limit": megabytes}
            )
    with ws.write() as session:
        _municipality(session).logo = image

"""Alembic: a linear chain that matches the models and the revision list."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from weltoffen_desktop.storage import schema
from weltoffen_desktop.storage.migrate import alembic_config, upgrade
from weltoffen_desktop.storage.models import Base


def test_chain_is_linear_and_matches_the_known_revisions() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert len(scripts.get_heads()) == 1
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == schema.REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    upgrade(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


@pytest.mark.parametrize("old", schema.REVISIONS[:-1])
def test_opening_an_old_file_upgrades_it_and_keeps_its_data(
    tmp_path: Path, old: str
) -> None:  # pragma: no cover - runs once a second revision exists
    from weltoffen_desktop.storage.database import APPLICATION_ID, Workspace

    path = tmp_path / "old.weltoffen"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade(engine, old)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO municipality (uid, name) VALUES ('u1', 'Altstadt')")
    engine.dispose()
    Workspace.open(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.HEAD,)
        ]
        assert conn.execute("SELECT name FROM municipality").fetchall() == [("Altstadt",)]


def test_upgrading_keeps_workshop_measures_and_gives_them_empty_new_texts(tmp_path: Path) -> None:
    from weltoffen_desktop.storage.database import APPLICATION_ID, Workspace

    path = tmp_path / "old.weltoffen"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO workshop (id, uid, title, place, moderator, "
            "minute_taker, chair) VALUES (1, 'w', 'Tag', '', '', '', '')"
        )
        conn.exec_driver_sql(
            "INSERT INTO measure (uid, workshop_id, position, title, "
            "responsible, indicator, status) "
            "VALUES ('m', 1, 0, 'Leitbild', 'Ana', '', 'open')"
        )
    engine.dispose()
    Workspace.open(path).close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute(
            "SELECT title, partners, resources, goal_id FROM measure"
        ).fetchall() == [("Leitbild", "", "", None)]

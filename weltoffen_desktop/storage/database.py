"""The workspace file: checks before opening, creation, sessions.

A workspace is one SQLite file in WAL mode with foreign keys on. Before a
file is opened for writing it is checked without writing a byte: the SQLite
header, our application id, that the location is writable, the schema
revision, and SQLite's quick integrity check. A file that fails any check is
left exactly as it was. A file open for writing is locked against other
openers, also on other computers (storage/lock.py).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.storage import schema
from weltoffen_desktop.storage.errors import Problem, WorkspaceError
from weltoffen_desktop.storage.lock import WorkspaceLock, this_machine
from weltoffen_desktop.storage.models import Base

SQLITE_HEADER = b"SQLite format 3\x00"
APPLICATION_ID = 0x57454C54  # "WELT"
_APPLICATION_ID_OFFSET = 68


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit is on disk before it is reported saved, even on power loss.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _engine(path: Path, *, create: bool = False, read_only: bool = False) -> Engine:
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
    )
    event.listen(engine, "connect", _configure)
    return engine


def _check_header(path: Path) -> None:
    """The quick checks: a writable file that says it is a workspace."""
    if not path.exists():
        raise WorkspaceError(Problem.NOT_FOUND, path)
    if not path.is_file():
        raise WorkspaceError(Problem.NOT_A_WORKSPACE, path)
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise WorkspaceError(Problem.NOT_FOUND, path, str(exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        damaged = path.suffix == ".weltoffen" and len(header) > 0
        raise WorkspaceError(Problem.DAMAGED if damaged else Problem.NOT_A_WORKSPACE, path)
    app_id = int.from_bytes(header[_APPLICATION_ID_OFFSET : _APPLICATION_ID_OFFSET + 4], "big")
    if app_id != APPLICATION_ID:
        raise WorkspaceError(Problem.NOT_A_WORKSPACE, path)
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise WorkspaceError(Problem.READ_ONLY, path)


def read_only_uri(path: Path) -> str:
    """The URI to read a workspace file without writing a byte in its folder.

    Without a -wal file the main file holds everything, and "immutable" reads it
    without creating -wal/-shm files beside it (and works in a read-only folder);
    with one, the file is open somewhere and SQLite must merge the -wal.
    """
    immutable = "&immutable=1" if not Path(f"{path}-wal").exists() else ""
    return f"{Path(path).absolute().as_uri()}?mode=ro{immutable}"


def check_workspace_file(path: Path) -> str:
    """Check ``path`` without writing to it; return its schema revision."""
    _check_header(path)
    try:
        with contextlib.closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            (check,) = conn.execute("PRAGMA quick_check").fetchone()
            if check != "ok":
                raise WorkspaceError(Problem.DAMAGED, path, check)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(Problem.DAMAGED, path, str(exc)) from exc
    if row is None:
        raise WorkspaceError(Problem.DAMAGED, path, "no schema revision")
    if row[0] not in schema.REVISIONS:
        raise WorkspaceError(Problem.NEWER_VERSION, path, row[0])
    return str(row[0])


class Workspace:
    """An open workspace file. Operations read and write through it.

    A workspace opened for writing holds its lock file (storage/lock.py) until
    ``close``; a write after the lock was taken over elsewhere raises ``LOCK_LOST``.
    """

    def __init__(self, path: Path, engine: Engine, lock: WorkspaceLock | None = None) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Callable[[], None]] = []

    @classmethod
    def open(cls, path: Path, *, take_over: bool = False) -> Workspace:
        """Open ``path`` for writing; ``take_over`` a lock whose holder went silent."""
        path = Path(path)
        _check_header(path)
        # Locked before SQLite reads more than the header: another computer may be writing.
        lock = WorkspaceLock.acquire(path, take_over=take_over)
        try:
            revision = check_workspace_file(path)
            engine = _engine(path)
            if revision != schema.HEAD:
                from weltoffen_desktop.storage.migrate import upgrade

                upgrade(engine)
        except BaseException:
            lock.release()
            raise
        return cls(path, engine, lock)

    @classmethod
    def open_for_reading(cls, path: Path) -> Workspace:
        """Open ``path`` to read only.

        Like ``open``; but a workspace another process of this computer has open is
        read through a read-only connection instead of being refused: on one computer
        SQLite's own locks keep readers and the writer apart. A holder on another
        computer still refuses it: across computers WAL's shared index does not work,
        and even a reader could disturb the writer.
        """
        path = Path(path)
        try:
            return cls.open(path)
        except WorkspaceError as exc:
            holder = exc.holder
            if exc.problem is not Problem.LOCKED or holder is None:
                raise
            if holder.machine != this_machine() or check_workspace_file(path) != schema.HEAD:
                raise
        return cls(path, _engine(path, read_only=True))

    @classmethod
    def create(
        cls,
        path: Path,
        populate: Callable[[Session], None],
        *,
        overwrite: bool = False,
    ) -> Workspace:
        """Create a new workspace atomically: built aside, then renamed into place."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise WorkspaceError(Problem.EXISTS, path)
        if not path.parent.is_dir():
            raise WorkspaceError(Problem.NO_FOLDER, path.parent)
        if not os.access(path.parent, os.W_OK):
            raise WorkspaceError(Problem.READ_ONLY, path)
        lock = WorkspaceLock.acquire(path)
        try:
            with atomic_target(path) as tmp:
                _build(tmp, populate)
                # A replaced file's leftover -wal would be replayed into the new one.
                for sidecar in _sidecars(path):
                    sidecar.unlink(missing_ok=True)
        except BaseException:
            lock.release()
            raise
        return cls(path, _engine(path), lock)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed on leaving the block, then announced."""
        if self.lock is not None:
            self.lock.ensure_held()
        with self._sessions() as session, session.begin():
            yield session
        for listener in list(self._listeners):
            listener()

    def on_saved(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every committed write."""
        self._listeners.append(listener)

    def close(self) -> None:
        self._listeners.clear()
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _sidecars(path: Path) -> tuple[Path, Path]:
    return Path(f"{path}-wal"), Path(f"{path}-shm")


def _build(path: Path, populate: Callable[[Session], None]) -> None:
    """Build a complete workspace in the new file ``path``, all in the main file."""
    engine = _engine(path, create=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
            conn.exec_driver_sql(
                "INSERT INTO alembic_version (version_num) VALUES (?)", (schema.HEAD,)
            )
        with Session(engine) as session, session.begin():
            populate(session)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
        for sidecar in _sidecars(path):
            sidecar.unlink(missing_ok=True)

"""One writer per workspace: a lock file beside it, with a heartbeat.

SQLite's own locks cannot be trusted on network shares (two laptops opening one
file on a shared drive), so a workspace opened for writing gets a lock file
``Name.weltoffen.lock`` beside it, JSON: who has it open (user, computer,
process, app version), since when, and a heartbeat its holder refreshes every
``HEARTBEAT_SECONDS`` while the file is open. Another opener reads it and is
refused, unless the holder is gone:

* ``GONE``: the holder is on this computer and its process no longer runs (a
  crash). That is certain, so the lock is taken over without asking.
* ``SILENT``: no heartbeat for ``STALE_SECONDS`` (another computer that crashed,
  was switched off, or sleeps). Probably gone; taken over only when asked to.
* ``ALIVE``: never taken over.

"This computer" is the host name together with the operating system's machine
id, so two laptops that happen to share a name are not mistaken for one. The
last sign of life is the later of the recorded heartbeat and the file's
modification time (set by the file server on a share), so one computer's wrong
clock does not make a live lock look stale.

The lock file is always written whole aside and then linked or renamed into
place, so a reader never sees half of it. A holder that finds its lock taken
over (say it woke from sleep after another computer took the file) stops
writing: ``ensure_held`` raises ``LOCK_LOST``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import getpass
import hashlib
import json
import logging
import os
import secrets
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from weltoffen_desktop import __version__
from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.storage.errors import Problem, WorkspaceError

log = logging.getLogger(__name__)

SUFFIX = ".lock"
HEARTBEAT_SECONDS = 30.0
STALE_SECONDS = 180.0
FORMAT = 1
_MAX_LOCK_BYTES = 16_384
_ATTEMPTS = 5
_UNKNOWN = "?"


class Holder(enum.Enum):
    ALIVE = "alive"
    SILENT = "silent"
    GONE = "gone"


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says; ``heartbeat`` is the last sign of life (see the module doc)."""

    user: str
    host: str
    machine: str
    pid: int
    app_version: str
    opened_at: datetime
    heartbeat: datetime
    token: str

    def to_json(self) -> bytes:
        fields = dataclasses.asdict(self)
        fields |= {
            "format": FORMAT,
            "opened_at": self.opened_at.isoformat(),
            "heartbeat": self.heartbeat.isoformat(),
        }
        return json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def parse(cls, data: bytes, modified: datetime) -> LockInfo:
        """The lock in ``data``; a file that cannot be read names an unknown holder."""
        try:
            fields = json.loads(data.decode("utf-8"))
            times = [datetime.fromisoformat(fields[key]) for key in ("opened_at", "heartbeat")]
            if any(t.tzinfo is None for t in times):
                raise ValueError("times without a time zone")
            info = cls(
                user=str(fields["user"]),
                host=str(fields["host"]),
                machine=str(fields["machine"]),
                pid=int(fields["pid"]),
                app_version=str(fields["app_version"]),
                opened_at=times[0],
                heartbeat=max(times[1], modified),
                token=str(fields["token"]),
            )
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError):
            return cls(_UNKNOWN, _UNKNOWN, "", 0, _UNKNOWN, modified, modified, "")
        return info

    def silent_minutes(self, now: datetime) -> int:
        return max(0, int((now - self.heartbeat).total_seconds() // 60))

    def on_this_computer(self) -> bool:
        return self.machine == this_machine()

    def state(self, now: datetime) -> Holder:
        if self.on_this_computer() and not _process_running(self.pid):
            return Holder.GONE
        if (now - self.heartbeat).total_seconds() > STALE_SECONDS:
            return Holder.SILENT
        return Holder.ALIVE


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + SUFFIX)


def read_lock(path: Path) -> LockInfo | None:
    """The lock file at ``path``, or ``None`` if there is none."""
    try:
        with path.open("rb") as f:
            modified = datetime.fromtimestamp(os.fstat(f.fileno()).st_mtime, UTC)
            data = f.read(_MAX_LOCK_BYTES)
    except FileNotFoundError:
        return None
    return LockInfo.parse(data, modified)


@functools.cache
def this_machine() -> str:
    """This computer: its host name and machine id, hashed (the id stays private)."""
    ident = ""
    if sys.platform == "win32":
        import winreg

        with contextlib.suppress(OSError):
            key_path = r"SOFTWARE\Microsoft\Cryptography"
            access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_path, 0, access) as key:
                ident = str(winreg.QueryValueEx(key, "MachineGuid")[0])
    else:
        for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
            with contextlib.suppress(OSError):
                ident = Path(candidate).read_text(encoding="ascii").strip()
                break
    return hashlib.sha256(f"{socket.gethostname()}\n{ident}".encode()).hexdigest()[:20]


def _process_running(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer (unknown counts as running)."""
    if pid <= 0:
        return True
    if sys.platform == "win32":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, as another user
        return True
    return True


def _windows_process_running(pid: int) -> bool:
    # os.kill(pid, 0) would end the process on Windows: ask for its exit code instead.
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it runs, as another user
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return _UNKNOWN


def _now() -> datetime:
    return datetime.now(UTC)


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``; ``FileExistsError`` if it exists already."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp_name, 0o644)  # others on a shared drive must read who holds it
        try:
            os.link(tmp_name, path)  # exclusive and whole at once
            return
        except FileExistsError:
            raise
        except OSError:
            pass  # no hard links here (FAT on a USB stick): create it exclusively in place
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def _remove_if_still(path: Path, token: str) -> None:
    """Remove the lock file at ``path`` if it is still the one with ``token``.

    Moved aside first, atomically, so that of two openers taking over the same stale
    lock only one succeeds; a newer lock moved by mistake is put back.
    """
    aside = path.with_name(f"{path.name}.{secrets.token_hex(8)}.stale")
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return
    try:
        moved = read_lock(aside)
        if moved is not None and moved.token != token:
            with contextlib.suppress(FileExistsError):
                _write_new(path, aside.read_bytes())
    finally:
        aside.unlink(missing_ok=True)


class WorkspaceLock:
    """The lock of a workspace this process has open; ``release`` it on close."""

    def __init__(self, workspace: Path, info: LockInfo, heartbeat_seconds: float) -> None:
        self.workspace = workspace
        self.path = lock_path(workspace)
        self.info = info
        self.heartbeat_seconds = heartbeat_seconds
        self._mutex = threading.Lock()
        self._stop = threading.Event()
        self._lost_to: LockInfo | None = None
        self._released = False
        self._last_beat = time.time()
        self._thread = threading.Thread(
            target=self._beat_until_released, name=f"heartbeat {self.path.name}", daemon=True
        )
        self._thread.start()

    @classmethod
    def acquire(
        cls,
        workspace: Path,
        *,
        take_over: bool = False,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
    ) -> WorkspaceLock:
        """Lock ``workspace`` for this process.

        Refused with ``LOCKED`` while another holder is alive, and with ``LOCK_STALE``
        for a silent one unless ``take_over``; a gone holder's lock is taken over.
        """
        path = lock_path(workspace)
        now = _now()
        mine = LockInfo(
            user=_user(),
            host=socket.gethostname(),
            machine=this_machine(),
            pid=os.getpid(),
            app_version=__version__,
            opened_at=now,
            heartbeat=now,
            token=secrets.token_hex(16),
        )
        found: LockInfo | None = None
        for _ in range(_ATTEMPTS):
            try:
                _write_new(path, mine.to_json())
            except FileExistsError:
                pass
            else:
                return cls(workspace, mine, heartbeat_seconds)
            found = read_lock(path)
            if found is None:
                continue  # released in the meantime
            state = found.state(_now())
            if state is Holder.ALIVE:
                raise WorkspaceError(Problem.LOCKED, workspace, holder=found)
            if state is Holder.SILENT and not take_over:
                raise WorkspaceError(Problem.LOCK_STALE, workspace, holder=found)
            log.warning(
                "Taking over %s: it was open by %s on %s (process %d) since %s, %s",
                workspace,
                found.user,
                found.host,
                found.pid,
                f"{found.opened_at.astimezone():%Y-%m-%d %H:%M}",
                "a process that has ended"
                if state is Holder.GONE
                else f"silent for {found.silent_minutes(_now())} minutes",
            )
            _remove_if_still(path, found.token)
        # Others keep taking the file at the same moment: it is busy.
        raise WorkspaceError(Problem.LOCKED, workspace, holder=found or mine)

    def beat(self) -> None:
        """Refresh the heartbeat; ``LOCK_LOST`` if another opener has taken the lock."""
        with self._mutex:
            if self._lost_to is not None:
                raise WorkspaceError(Problem.LOCK_LOST, self.workspace, holder=self._lost_to)
            if self._released:
                return
            found = read_lock(self.path)
            if found is None or found.token != self.info.token:
                self._lost_to = found or self.info
                self._stop.set()
                log.error("The lock of %s was taken over: %s", self.workspace, self._lost_to)
                raise WorkspaceError(Problem.LOCK_LOST, self.workspace, holder=self._lost_to)
            self.info = dataclasses.replace(self.info, heartbeat=_now())
            with atomic_target(self.path) as tmp:
                tmp.write_bytes(self.info.to_json())
                tmp.chmod(0o644)
            self._last_beat = time.time()

    def ensure_held(self) -> None:
        """Before a write: raise ``LOCK_LOST`` if the lock is gone.

        Cheap while the heartbeat keeps up; after a pause (a computer waking from
        sleep) the lock file is checked before anything is written.
        """
        if self._lost_to is not None or time.time() - self._last_beat > 2 * self.heartbeat_seconds:
            self.beat()

    def release(self) -> None:
        """Stop the heartbeat and remove the lock file if it is still ours."""
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join()
        with self._mutex:
            if self._released or self._lost_to is not None:
                return
            self._released = True
            try:
                found = read_lock(self.path)
                if found is not None and found.token == self.info.token:
                    self.path.unlink()
            except OSError as exc:
                log.warning("Could not remove the lock %s: %s", self.path, exc)

    def _beat_until_released(self) -> None:
        while not self._stop.wait(self.heartbeat_seconds):
            try:
                self.beat()
            except WorkspaceError:
                return
            except OSError as exc:  # a share that is away for a moment: try again later
                log.warning("Heartbeat of %s failed: %s", self.path, exc)


def ensure_readable_here(workspace: Path) -> None:
    """Refuse to read a workspace that a live process on another computer has open.

    On one computer SQLite keeps a reader and the writer apart; across computers
    even a reader could disturb the writer's shared WAL index.
    """
    found = read_lock(lock_path(workspace))
    if found is not None and not found.on_this_computer() and found.state(_now()) is Holder.ALIVE:
        raise WorkspaceError(Problem.LOCKED, workspace, holder=found)


@contextlib.contextmanager
def locked(workspace: Path, *, take_over: bool = False) -> Iterator[WorkspaceLock]:
    """Hold the lock of ``workspace`` for the block (restoring, replacing a file)."""
    lock = WorkspaceLock.acquire(workspace, take_over=take_over)
    try:
        yield lock
    finally:
        lock.release()

"""The app never opens a network connection, in any code path that exists today.

Everything runs in a subprocess, so the socket guard never leaks into other tests.
The rule is "no NETWORK connection": AF_INET and AF_INET6. Local AF_UNIX sockets
(inter-process communication such as D-Bus, which Qt may use on Linux) are allowed.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

REPO_ROOT = Path(__file__).resolve().parents[1]
REPORT_PREFIX = "NETWORK-REPORT "
NETWORK_FAMILIES = (socket.AF_INET, socket.AF_INET6)


def _install_guard(attempts: list[dict[str, str]], families: list[str]) -> None:
    """Record and refuse every network call made through Python's socket module."""

    def refuse(call: str, args: tuple[Any, ...]) -> OSError:
        attempts.append({"call": call, "args": repr(args)[:300]})
        return OSError(f"network access refused by test_no_network: {call}")

    def guard_method(name: str) -> None:
        original: Callable[..., Any] = getattr(socket.socket, name)

        def guarded(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
            if self.family in NETWORK_FAMILIES:  # AF_UNIX stays allowed, see the module doc
                raise refuse(f"socket.{name}", args)
            return original(self, *args, **kwargs)

        setattr(socket.socket, name, guarded)

    def guard_function(name: str) -> None:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            raise refuse(f"socket.{name}", args)

        setattr(socket, name, guarded)

    original_init = socket.socket.__init__

    def init(self: socket.socket, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        families.append(self.family.name)

    socket.socket.__init__ = init  # type: ignore[method-assign]
    for name in ("connect", "connect_ex", "sendto"):
        guard_method(name)
    for name in ("create_connection", "getaddrinfo"):
        guard_function(name)


def _drive_app(folder: Path) -> int:
    """Every code path end to end: demo, answers CSV/XLSX, catalogue, results, signatures,
    backups and encrypted copies, GUI smoke."""
    from weltoffen_desktop.gui.app import main as gui_main
    from weltoffen_desktop.operations.answers_import import export_answers, import_answers
    from weltoffen_desktop.operations.catalogue import export_catalogue, import_catalogue
    from weltoffen_desktop.operations.demo import create_demo
    from weltoffen_desktop.operations.results import (
        comparison_as_dict,
        report_as_dict,
        round_report,
    )
    from weltoffen_desktop.operations.summary import summarize
    from weltoffen_desktop.storage.database import Workspace

    create_demo(folder / "demo.weltoffen").close()
    ws = Workspace.open(folder / "demo.weltoffen")
    try:
        for suffix in ("csv", "xlsx"):
            answers = folder / f"answers.{suffix}"
            assert export_answers(ws, "Selbstcheck 2026", answers) > 0
            assert import_answers(ws, f"Import {suffix}", answers).rows
        export_catalogue(ws, folder / "catalogue.json")
        import_catalogue(ws, folder / "catalogue.json")
        before, after = round_report(ws, "Selbstcheck 2024"), round_report(ws, "Selbstcheck 2026")
        for language in ("de", "en"):
            json.dumps(report_as_dict(after, language))
        json.dumps(comparison_as_dict(before, after))
        summarize(ws)
    finally:
        ws.close()
    _back_up_and_encrypt(folder / "demo.weltoffen")
    _sign_and_verify(folder)
    return gui_main(["--demo", "--smoke", "--base-dir", str(folder / "gui")])


def _back_up_and_encrypt(workspace: Path) -> None:
    """A backup, a restore, and an encrypted copy out and back in."""
    from weltoffen_desktop.operations.backups import back_up, restore
    from weltoffen_desktop.operations.encrypted_copy import export_encrypted, import_encrypted

    folder = workspace.parent
    backup = back_up(workspace, folder / "data")
    restore(backup, workspace)
    sealed = export_encrypted(backup, folder / "demo.weltoffen-enc", "ein langer Satz hier")
    import_encrypted(sealed, folder / "decrypted.weltoffen", "ein langer Satz hier")


def _sign_and_verify(folder: Path) -> None:
    """Certificates, a signature and a co-signature, and their verification: pyHanko can
    fetch revocation data and time stamps, and must not."""
    from tests.signing_support import PASSPHRASE, make_pdf
    from weltoffen_desktop.signing.certificates import create_certificate, load_identity
    from weltoffen_desktop.signing.sign import sign_pdf
    from weltoffen_desktop.signing.verify import verify_pdf

    pdf = make_pdf(folder / "minutes.pdf")
    for name in ("chair", "minute_taker"):
        create_certificate(folder / f"{name}.p12", PASSPHRASE, name)
        sign_pdf(pdf, load_identity(folder / f"{name}.p12", PASSPHRASE), field=name)
    assert verify_pdf(pdf).ok


def guarded_run(folder: str) -> None:
    """Subprocess entry: guard first, then import and drive the app, then report."""
    attempts: list[dict[str, str]] = []
    families: list[str] = []
    _install_guard(attempts, families)
    gui_exit = _drive_app(Path(folder))
    report = {"attempts": attempts, "families": sorted(set(families)), "gui_exit": gui_exit}
    print(REPORT_PREFIX + json.dumps(report), flush=True)


def _command(folder: Path) -> list[str]:
    code = "import sys; from tests.test_no_network import guarded_run; guarded_run(sys.argv[1])"
    return [sys.executable, "-c", code, str(folder)]


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _report(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(REPORT_PREFIX)]
    assert len(lines) == 1, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(lines[0].removeprefix(REPORT_PREFIX))
    return report


def test_no_network_call_through_python(tmp_path: Path) -> None:
    report = _report(_run(_command(tmp_path)))
    assert report["attempts"] == []
    assert report["gui_exit"] == 0
    # Not even a network socket is created; local AF_UNIX sockets would be fine.
    assert not {"AF_INET", "AF_INET6"} & set(report["families"])


def test_no_network_connect_at_os_level(tmp_path: Path) -> None:
    """Qt and other native code bypass Python's socket module: trace the system calls."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    (tmp_path / "run").mkdir()
    trace = tmp_path / "strace.txt"
    traced = [strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace)]
    result = _run([*traced, *_command(tmp_path / "run")])
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()[:200]}")
    report = _report(result)
    assert report["attempts"] == []
    network = [line for line in trace.read_text().splitlines() if "AF_INET" in line]
    assert network == []

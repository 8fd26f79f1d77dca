"""The real `weltoffen-desktop`, started as a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

PAGES = ["overview", "selfcheck", "evaluation", "workshop", "minutes", "settings"]
HEAVY = ("matplotlib", "reportlab", "pyhanko")


def desktop(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "weltoffen_desktop.gui.app", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def python_probe(code: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter, as the app would start."""
    return subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def smoke_report(result: subprocess.CompletedProcess[str]) -> dict[str, object]:
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    return json.loads(lines[0])


def test_demo_smoke_shows_every_page(tmp_path: Path) -> None:
    result = desktop("--demo", "--smoke", "--base-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    report = smoke_report(result)
    assert [p["id"] for p in report["pages"]] == PAGES
    assert all(p["ok"] for p in report["pages"])
    assert 0 < report["first_paint_ms"] <= report["ready_ms"]
    assert not list((tmp_path / "data").glob("weltoffen-demo-*")), "temporary demo left behind"
    assert "Ready after" in (tmp_path / "logs" / "weltoffen.log").read_text()


def test_smoke_of_a_damaged_file_fails_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.weltoffen"
    bad.write_bytes(b"\x00" * 4096)
    result = desktop(bad, "--smoke", "--base-dir", tmp_path / "base")
    assert result.returncode == 1
    assert "beschädigt" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == b"\x00" * 4096


def test_english_from_the_command_line(tmp_path: Path) -> None:
    result = desktop("--demo", "--smoke", "--language", "en", "--base-dir", tmp_path)
    titles = [p["title"] for p in smoke_report(result)["pages"]]
    assert titles == ["Overview", "Self-check", "Evaluation", "Workshop", "Minutes", "Settings"]


def test_heavy_libraries_are_not_loaded_for_the_shell(tmp_path: Path) -> None:
    probe = (
        "import sys, json\n"
        "from weltoffen_desktop.gui.app import main\n"
        "code = main(['--demo', '--smoke', '--base-dir', sys.argv[1]])\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))\n"
        "raise SystemExit(code)\n"
    )
    result = python_probe(probe, tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_first_paint_needs_no_database_library() -> None:
    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from weltoffen_desktop.gui.main_window import MainWindow\n"
        "from weltoffen_desktop.gui.settings import Settings\n"
        "from weltoffen_desktop.paths import AppDirs\n"
        "app = QApplication([])\n"
        "dirs = AppDirs.resolve().ensure()\n"
        "window = MainWindow(Settings(dirs.config / 's.ini'), dirs)\n"
        "window.show()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}))\n"
    )
    result = python_probe(probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (installed by .ci/run)")
def test_real_window_under_xvfb(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            sys.executable,
            "-m",
            "weltoffen_desktop.gui.app",
            "--demo",
            "--smoke",
            "--base-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**env, "QT_QPA_PLATFORM": "xcb"},
    )
    assert result.returncode == 0, result.stderr
    assert all(p["ok"] for p in smoke_report(result)["pages"])

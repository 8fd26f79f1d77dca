"""The real `weltoffen` command, run as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def weltoffen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "weltoffen_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("weltoffen: error: ")
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_lists_every_command() -> None:
    result = weltoffen("--help")
    assert result.returncode == 0
    for command in ("init", "demo", "info"):
        assert command in result.stdout


def test_init_then_info(tmp_path: Path) -> None:
    path = tmp_path / "Kommune.weltoffen"
    created = weltoffen("init", path, "--municipality", "Gemeinde Süderbrück")
    assert created.returncode == 0, created.stderr
    info = weltoffen("info", path, "--json")
    assert info.returncode == 0
    assert json.loads(info.stdout) == {
        "municipality": "Gemeinde Süderbrück",
        "has_logo": False,
        "rounds": [],
        "workshops": [],
    }


def test_demo_then_readable_info(tmp_path: Path) -> None:
    path = tmp_path / "demo.weltoffen"
    assert weltoffen("demo", path).returncode == 0
    info = weltoffen("info", path)
    assert info.returncode == 0
    assert "Municipality: Musterstadt" in info.stdout
    assert "Round Selbstcheck 2026: 12 respondents" in info.stdout


def test_init_does_not_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "k.weltoffen"
    path.write_text("keep me")
    assert_user_error(weltoffen("init", path, "--municipality", "K"), "exists already")
    assert path.read_text() == "keep me"


def test_empty_municipality_name_is_refused(tmp_path: Path) -> None:
    assert_user_error(
        weltoffen("init", tmp_path / "k.weltoffen", "--municipality", " "), "must not be empty"
    )
    assert not (tmp_path / "k.weltoffen").exists()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "does not exist"),
        (b"hello", "not a Weltoffen workspace"),
        (b"\x00" * 4096, "damaged"),
    ],
)
def test_bad_files_give_one_clear_line(
    tmp_path: Path, content: bytes | None, fragment: str
) -> None:
    path = tmp_path / "x.weltoffen" if content != b"hello" else tmp_path / "x.txt"
    if content is not None:
        path.write_bytes(content)
    assert_user_error(weltoffen("info", path), fragment)


def test_missing_folder_on_create(tmp_path: Path) -> None:
    result = weltoffen("init", tmp_path / "no" / "such" / "k.weltoffen", "--municipality", "K")
    assert_user_error(result, "folder does not exist")


def test_version() -> None:
    from weltoffen_desktop import __version__

    result = weltoffen("--version")
    assert result.stdout.strip() == f"weltoffen {__version__}"

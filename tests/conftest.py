"""Shared fixtures. Every test gets its own base dir, so no user folder is touched."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the tests marked slow (they build the frozen app: several minutes)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="builds the frozen app; run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def base_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    base = tmp_path_factory.mktemp("base")
    monkeypatch.setenv("WELTOFFEN_BASE_DIR", str(base))
    return base


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from weltoffen_desktop.operations.demo import create_demo

    path = tmp_path_factory.mktemp("template") / "demo.weltoffen"
    create_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo workspace file."""
    path = tmp_path / "Musterstadt.weltoffen"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_workspace(demo_path: Path) -> Iterator[object]:
    from weltoffen_desktop.storage.database import Workspace

    ws = Workspace.open(demo_path)
    yield ws
    ws.close()


def _set_immutable(path: Path, on: bool) -> bool:
    result = subprocess.run(
        ["chattr", "+i" if on else "-i", str(path)], capture_output=True, check=False
    )
    return result.returncode == 0


@pytest.fixture
def read_only() -> Iterator[object]:
    """Make a file or folder read-only, even for root (who ignores permission bits)."""
    changed: list[Path] = []

    def make(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o555 if path.is_dir() else 0o444)
        elif not (shutil.which("chattr") and _set_immutable(path, True)):
            pytest.skip("this file system cannot make a location read-only for root")
        changed.append(path)

    yield make
    for path in changed:
        if os.geteuid() == 0:
            _set_immutable(path, False)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)

"""`weltoffen workshop list|export|import`, run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weltoffen_desktop.operations.workshop import workshops
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace

from .test_cli import weltoffen

pytestmark = pytest.mark.e2e


def test_a_workshop_travels_to_another_workspace(demo_path: Path, tmp_path: Path) -> None:
    listed = weltoffen("workshop", "list", demo_path, "--json")
    assert listed.returncode == 0, listed.stderr
    (workshop,) = json.loads(listed.stdout)
    assert workshop["date"] == "2026-03-14"
    out = tmp_path / "workshop.json"
    exported = weltoffen(
        "workshop", "export", demo_path, "--workshop", workshop["title"], "--out", out
    )
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["uid"] == workshop["uid"]

    other = tmp_path / "Nachbarstadt.weltoffen"
    create_workspace(other, "Nachbarstadt").close()
    imported = weltoffen("workshop", "import", other, out)
    assert imported.returncode == 0, imported.stderr
    assert f"({workshop['uid']})" in imported.stdout
    assert "does not have; the workshop is not linked to a round" in imported.stdout
    ws = Workspace.open(other)
    try:
        assert [(w.uid, w.title) for w in workshops(ws)] == [(workshop["uid"], workshop["title"])]
    finally:
        ws.close()

    twice = weltoffen("workshop", "import", other, out)
    assert twice.returncode == 1
    assert "Traceback" not in twice.stderr
    assert "is already in the workspace" in twice.stderr


def test_a_broken_file_lists_its_problems_and_an_unknown_workshop_says_so(
    demo_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "weltoffen-workshop"}', encoding="utf-8")
    result = weltoffen("workshop", "import", demo_path, broken)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("weltoffen: error: The workshop file has 20 problem(s):")
    assert "(file): missing key 'uid'" in result.stderr
    unknown = weltoffen(
        "workshop", "export", demo_path, "--workshop", "Gibt es nicht", "--out", tmp_path / "x"
    )
    assert unknown.returncode == 1
    assert "no workshop with the ID or title 'Gibt es nicht'" in unknown.stderr
    assert not (tmp_path / "x").exists()

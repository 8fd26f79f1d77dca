"""`weltoffen merge`, run as a subprocess."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.storage.database import Workspace

from .test_cli import weltoffen

pytestmark = pytest.mark.e2e


def test_preview_then_merge_then_nothing_more(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "laptop-2.weltoffen"
    shutil.copyfile(demo_path, other)
    ws = Workspace.open(other)
    try:
        workshop = ops.workshops(ws)[0].uid
        card = ops.load_workshop(ws, workshop).cards[0].uid
        ops.add(ws, "card", workshop, kind="idea", text="Patenschaften für neue Kolleginnen")
        ops.update(ws, "card", card, text="Ratsbeschluss von 2023, bestätigt 2026")
    finally:
        ws.close()
    before = other.read_bytes()

    preview = weltoffen("merge", demo_path, other, "--dry-run", "--json")
    assert preview.returncode == 0, preview.stderr
    found = json.loads(preview.stdout)
    assert found["merged"] is False
    assert found["counts"]["card"] == {"new": 1, "identical": 18, "conflicting": 1}
    assert found["counts"]["answer"] == {"new": 0, "identical": 2376, "conflicting": 0}
    (conflict,) = found["conflicts"]
    assert conflict["there"] == {"text": "Ratsbeschluss von 2023, bestätigt 2026"}

    merged = weltoffen("merge", demo_path, other, "--prefer", "theirs")
    assert merged.returncode == 0, merged.stderr
    assert "cards                  1         18            1" in merged.stdout
    assert "Merged: 1 records added, 1 replaced, 0 kept; backup before merging:" in merged.stdout
    again = weltoffen("merge", demo_path, other)
    assert again.returncode == 0, again.stderr
    assert "Nothing to merge: everything is here already." in again.stdout
    assert other.read_bytes() == before


def test_a_file_that_is_no_workspace_is_one_clear_line(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "notes.weltoffen"
    other.write_text("Notizen vom Workshop", encoding="utf-8")
    result = weltoffen("merge", demo_path, other)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        result.stderr.strip()
        == f"weltoffen: error: The workspace file is damaged and cannot be opened: {other}"
    )

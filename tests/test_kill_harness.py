"""SIGKILL a writer mid-stream, again and again: every edit reported as saved survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.kill_harness import run_harness

pytestmark = pytest.mark.e2e

KILLS = 8


def test_killed_writer_loses_no_saved_edit(tmp_path: Path) -> None:
    # Far more edits allowed than fit into the longest delay, so every run is cut off.
    report = run_harness(tmp_path, kills=KILLS, seed=20260611, max_edits_per_run=10_000)
    assert report.problems == []
    assert report.writer_errors == 0
    assert report.open_failures == 0
    assert report.integrity_failures == 0
    assert report.edits_lost == 0
    assert report.unexpected_rows == 0
    assert report.runs == KILLS
    # The kills really hit a writer in the middle of its work, after some edits were saved.
    assert report.finished == 0
    assert report.killed == KILLS
    assert report.survived == KILLS
    assert sum(1 for edits in report.edits_per_run if edits > 0) >= KILLS // 2
    assert report.overwrites_reported > 0

"""The self-check commands of the real `weltoffen` CLI, end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import assert_user_error, weltoffen

pytestmark = pytest.mark.e2e


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.weltoffen"
    assert weltoffen("demo", path).returncode == 0
    return path


def results_json(path: Path, round_name: str) -> dict:
    result = weltoffen("results", path, "--round", round_name, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_results_json_and_table(demo: Path) -> None:
    data = results_json(demo, "Selbstcheck 2026")
    assert data["round"] == "Selbstcheck 2026"
    assert len(data["fields"]) == 7 and data["overall"]["stage"] in (1, 2, 3, 4)
    table = weltoffen("results", demo, "--round", "Selbstcheck 2026", "--language", "en")
    assert table.returncode == 0
    assert "Management and steering" in table.stdout
    assert table.stdout.strip().splitlines()[-1].startswith("Overall: ")


def test_export_then_import_answers_reproduces_the_results(demo: Path, tmp_path: Path) -> None:
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"answers.{suffix}"
        exported = weltoffen("answers", "export", demo, "--round", "Selbstcheck 2024", "--out", out)
        assert exported.returncode == 0, exported.stderr
        imported = weltoffen("answers", "import", demo, "--round", f"Kopie {suffix}", out)
        assert imported.returncode == 0, imported.stderr
        assert "Imported 1080 answers" in imported.stdout
        original, copy = (
            results_json(demo, "Selbstcheck 2024"),
            results_json(demo, f"Kopie {suffix}"),
        )
        assert original["fields"] == copy["fields"] and original["overall"] == copy["overall"]


def test_bad_answers_file_names_the_row_and_changes_nothing(demo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("respondent,department,role,question_id,value\nX,Amt,,MS-01,9\n")
    before = demo.read_bytes()
    result = weltoffen("answers", "import", demo, "--round", "Neu", bad)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "row 2" in result.stderr and "Nothing was imported" in result.stderr
    assert demo.read_bytes() == before
    assert_user_error(weltoffen("results", demo, "--round", "Neu"), "no round named 'Neu'")


def test_catalogue_export_and_import(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "katalog.json"
    assert weltoffen("catalog", "export", demo, "--out", out).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["fields"][0]["questions"][0]["id"] == "MS-01"
    document["version"] = "2027.1"
    out.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    result = weltoffen("catalog", "import", demo, out)
    assert result.returncode == 0 and "2027.1" in result.stdout
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "weltoffen-catalogue",\n "format_version": 1,\n ,}')
    result = weltoffen("catalog", "import", demo, broken)
    assert result.returncode == 1 and "line 3" in result.stderr and "Traceback" not in result.stderr


def test_consensus_on_the_command_line(demo: Path) -> None:
    result = weltoffen(
        "consensus",
        demo,
        "--round",
        "Selbstcheck 2026",
        "--field",
        "KK",
        "--stage",
        "2",
        "--reason",
        "Workshop vom 14. März",
    )
    assert result.returncode == 0, result.stderr
    field = results_json(demo, "Selbstcheck 2026")["fields"][6]
    assert field["consensus"]["stage"] == 2
    assert_user_error(
        weltoffen(
            "consensus", demo, "--round", "Selbstcheck 2026", "--field", "KK", "--stage", "2"
        ),
        "needs a reason",
    )


def test_comparison_with_an_earlier_round(demo: Path) -> None:
    result = weltoffen(
        "results", demo, "--round", "Selbstcheck 2026", "--compare", "Selbstcheck 2024", "--json"
    )
    data = json.loads(result.stdout)
    earlier = results_json(demo, "Selbstcheck 2024")
    assert data["comparison"]["round"] == "Selbstcheck 2024"
    for field, before, change in zip(
        data["fields"], earlier["fields"], data["comparison"]["fields"], strict=True
    ):
        assert change["id"] == field["id"] == before["id"]
        assert change["score_delta"] == pytest.approx(field["score"] - before["score"], abs=0.11)
        assert change["stage_delta"] == field["stage"] - before["stage"]
    table = weltoffen(
        "results", demo, "--round", "Selbstcheck 2026", "--compare", "Selbstcheck 2024"
    )
    assert "since Selbstcheck 2024" in table.stdout

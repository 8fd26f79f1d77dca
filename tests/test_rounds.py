"""Rounds, answers, catalogue versions, consensus and results through the operations."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from weltoffen_desktop.operations.catalogue import (
    CatalogueRefused,
    default_catalogue_document,
    export_catalogue,
    import_catalogue,
)
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.results import (
    clear_consensus,
    report_as_dict,
    round_report,
    set_consensus,
)
from weltoffen_desktop.operations.rounds import (
    add_respondent,
    answers_of,
    clear_answer,
    create_round,
    respondents,
    round_named,
    rounds,
    set_answer,
)
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace


@pytest.fixture
def empty(tmp_path: Path) -> Workspace:
    ws = create_workspace(tmp_path / "k.weltoffen", "Kleinstadt")
    yield ws
    ws.close()


def test_rounds_have_unique_names(empty: Workspace) -> None:
    create_round(empty, "Selbstcheck 2026")
    with pytest.raises(InvalidInput, match="exists already"):
        create_round(empty, " Selbstcheck 2026 ")
    with pytest.raises(InvalidInput) as info:
        create_round(empty, "  ")
    assert info.value.code == "round_name_empty"
    assert [r.name for r in rounds(empty)] == ["Selbstcheck 2026"]


def test_answers_are_stored_replaced_skipped_and_cleared(empty: Workspace) -> None:
    round_id = create_round(empty, "R")
    who = add_respondent(empty, round_id, "A1", "Hauptamt", "Leitung")
    set_answer(empty, who, "MS-01", 2)
    set_answer(empty, who, "MS-02", None, "weiß es nicht genau")
    set_answer(empty, who, "MS-01", 3)
    stored = answers_of(empty, who)
    assert (stored["MS-01"].value, stored["MS-02"].value) == (3, None)
    assert stored["MS-02"].comment == "weiß es nicht genau"
    clear_answer(empty, who, "MS-01")
    assert set(answers_of(empty, who)) == {"MS-02"}
    with contextlib.closing(sqlite3.connect(empty.path)) as conn:  # on disk at once
        assert conn.execute("SELECT question_id, value FROM answer").fetchall() == [("MS-02", None)]


@pytest.mark.parametrize(
    ("question", "value", "code"),
    [
        ("XX-01", 1, "question_unknown"),
        ("MS-01", 4, "value_out_of_scale"),
        ("MS-01", -1, "value_out_of_scale"),
    ],
)
def test_bad_answers_are_refused(empty: Workspace, question: str, value: int, code: str) -> None:
    who = add_respondent(empty, create_round(empty, "R"), "A1", "", "")
    with pytest.raises(InvalidInput) as info:
        set_answer(empty, who, question, value)
    assert info.value.code == code
    assert answers_of(empty, who) == {}


def test_respondent_codes_are_unique_per_round(empty: Workspace) -> None:
    first, second = create_round(empty, "R1"), create_round(empty, "R2")
    add_respondent(empty, first, "A1", "Sozialamt", "")
    add_respondent(empty, second, "A1", "Sozialamt", "")
    with pytest.raises(InvalidInput, match="exists already"):
        add_respondent(empty, first, "A1", "Jugendamt", "")
    assert [r.department for r in respondents(empty, first)] == ["Sozialamt"]


def _changed_catalogue(tmp_path: Path) -> Path:
    document = default_catalogue_document()
    document["version"] = "2027.1"
    document["thresholds"] = [10, 20, 30]
    path = tmp_path / "catalogue-2027.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_new_catalogue_never_changes_an_earlier_round(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    before = report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))
    imported = import_catalogue(demo_workspace, _changed_catalogue(tmp_path))
    assert imported.version == "2027.1"
    assert report_as_dict(round_report(demo_workspace, "Selbstcheck 2026")) == before
    create_round(demo_workspace, "Selbstcheck 2028")
    assert round_named(demo_workspace, "Selbstcheck 2028").catalogue.thresholds == (10, 20, 30)
    assert round_named(demo_workspace, "Selbstcheck 2026").catalogue.version == "2026.1"
    out = tmp_path / "exported.json"
    assert export_catalogue(demo_workspace, out).version == "2027.1"
    assert json.loads(out.read_text(encoding="utf-8"))["thresholds"] == [10, 20, 30]


def test_same_version_with_other_content_is_refused(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    path = _changed_catalogue(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = "2026.1"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InvalidInput, match="new version"):
        import_catalogue(demo_workspace, path)


def test_broken_catalogue_file_lists_its_problems_and_stores_nothing(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    document = default_catalogue_document()
    document["version"] = "x"
    document["thresholds"] = [50, 25, 75]
    document["fields"][0]["questions"][1]["id"] = document["fields"][0]["questions"][0]["id"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CatalogueRefused) as info:
        import_catalogue(demo_workspace, path)
    assert len(info.value.problems) >= 2
    assert any("thresholds" in p for p in info.value.problems)
    assert any("fields[0].questions[1]" in p for p in info.value.problems)
    create_round(demo_workspace, "danach")
    assert round_named(demo_workspace, "danach").catalogue.version == "2026.1"


def test_results_json_has_the_documented_shape(demo_workspace: Workspace) -> None:
    data = report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))
    assert data["round"] == "Selbstcheck 2026"
    assert data["catalogue_version"] == "weltoffen-standard 2026.1"
    assert [f["id"] for f in data["fields"]] == ["MS", "IO", "ZT", "AW", "EB", "ZB", "KK"]
    keys = {
        "id",
        "name",
        "score",
        "stage",
        "stage_name",
        "respondents",
        "answers",
        "skipped_share",
        "spread",
        "disagreement",
        "consensus",
    }
    for field in data["fields"]:
        assert set(field) == keys
        assert field["score"] == round(field["score"], 1)
        assert field["respondents"] == 12
        assert field["stage_name"].startswith("Die Kommune")
    assert set(data["overall"]) == {"score", "stage", "stage_name"}


def test_consensus_sits_beside_the_computed_result(demo_workspace: Workspace) -> None:
    computed = report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))["fields"][0]
    set_consensus(demo_workspace, "Selbstcheck 2026", "MS", score=80, reason="Ratsbeschluss 2025")
    field = report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))["fields"][0]
    assert field["consensus"] == {
        "score": 80.0,
        "stage": 4,
        "stage_name": "Die Kommune ist weltoffen aufgestellt",
        "reason": "Ratsbeschluss 2025",
    }
    assert field["score"] == computed["score"] and field["stage"] == computed["stage"]
    set_consensus(demo_workspace, "Selbstcheck 2026", "MS", stage=2, reason="zu optimistisch")
    field = report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))["fields"][0]
    assert (field["consensus"]["score"], field["consensus"]["stage"]) == (None, 2)
    clear_consensus(demo_workspace, "Selbstcheck 2026", "MS")
    assert (
        report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))["fields"][0]["consensus"]
        is None
    )


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"score": 50, "reason": " "}, "reason_empty"),
        ({"reason": "x"}, "consensus_choice"),
        ({"score": 50, "stage": 2, "reason": "x"}, "consensus_choice"),
        ({"score": 101, "reason": "x"}, "score_out_of_range"),
        ({"stage": 5, "reason": "x"}, "stage_out_of_range"),
    ],
)
def test_bad_consensus_is_refused(demo_workspace: Workspace, kwargs: dict, code: str) -> None:
    with pytest.raises(InvalidInput) as info:
        set_consensus(demo_workspace, "Selbstcheck 2026", "MS", **kwargs)
    assert info.value.code == code

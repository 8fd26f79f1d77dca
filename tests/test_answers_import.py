"""Importing answer files into a workspace: all or nothing, same results as typing."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from weltoffen_desktop.operations.answers_import import (
    ImportRefused,
    export_answers,
    import_answers,
    plan_import,
)
from weltoffen_desktop.operations.results import report_as_dict, round_report
from weltoffen_desktop.operations.rounds import add_respondent, create_round, set_answer
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace

HEADER = "respondent,department,role,question_id,value\n"


def dump(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


@pytest.fixture
def fresh(tmp_path: Path) -> Workspace:
    ws = create_workspace(tmp_path / "fresh.weltoffen", "Musterstadt")
    yield ws
    ws.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_demo_round_imports_to_the_same_results(
    demo_workspace: Workspace, fresh: Workspace, tmp_path: Path, suffix: str
) -> None:
    file = tmp_path / f"answers{suffix}"
    assert export_answers(demo_workspace, "Selbstcheck 2026", file) == 12 * 108
    plan = import_answers(fresh, "Selbstcheck 2026", file)
    assert plan.new_round and len(plan.new_respondents) == 12
    imported = report_as_dict(round_report(fresh, "Selbstcheck 2026"))
    original = report_as_dict(round_report(demo_workspace, "Selbstcheck 2026"))
    assert imported["overall"] == original["overall"]
    for field in (*imported["fields"], *original["fields"]):
        field.pop("consensus")  # agreed in a meeting, not part of the answers
    assert imported["fields"] == original["fields"]


def test_import_equals_typing_the_same_answers(fresh: Workspace, tmp_path: Path) -> None:
    file = tmp_path / "a.csv"
    file.write_text(
        HEADER + "A1,Hauptamt,Leitung,MS-01,3\nA1,Hauptamt,Leitung,MS-02,skip\n"
        "B2,Jugendamt,,MS-01,1\n",
        encoding="utf-8",
    )
    import_answers(fresh, "importiert", file)
    round_id = create_round(fresh, "getippt")
    a1 = add_respondent(fresh, round_id, "A1", "Hauptamt", "Leitung")
    b2 = add_respondent(fresh, round_id, "B2", "Jugendamt", "")
    set_answer(fresh, a1, "MS-01", 3)
    set_answer(fresh, a1, "MS-02", None)
    set_answer(fresh, b2, "MS-01", 1)
    typed = report_as_dict(round_report(fresh, "getippt"))
    imported = report_as_dict(round_report(fresh, "importiert"))
    assert typed["fields"] == imported["fields"] and typed["overall"] == imported["overall"]
    assert imported["fields"][0]["score"] == pytest.approx(round(100 * (3 / 3 + 1 / 3) / 2, 1))


def test_one_bad_row_changes_nothing_and_names_the_row(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    file = tmp_path / "a.csv"
    file.write_text(HEADER + "N1,Hauptamt,,MS-01,2\nN1,Hauptamt,,MS-02,7\n", encoding="utf-8")
    before = dump(demo_workspace.path)
    with pytest.raises(ImportRefused) as info:
        import_answers(demo_workspace, "Selbstcheck 2026", file)
    assert any(p.startswith("row 3:") and "7" in p for p in info.value.problems)
    assert dump(demo_workspace.path) == before


def test_plan_shows_what_would_happen_without_writing(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    file = tmp_path / "a.csv"
    file.write_text(
        HEADER + "VS,Verwaltungsspitze,Bürgermeisterin,MS-01,3\nNEU,Bauamt,,MS-01,1\n",
        encoding="utf-8",
    )
    before = dump(demo_workspace.path)
    plan = plan_import(demo_workspace, "Selbstcheck 2026", file)
    assert plan.problems == () and not plan.new_round
    assert plan.new_respondents == ("NEU",) and plan.replaced_answers == 1
    assert dump(demo_workspace.path) == before


def test_known_respondent_with_other_department_is_a_problem(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    file = tmp_path / "a.csv"
    file.write_text(HEADER + "VS,Bauamt,Leitung,MS-01,3\n", encoding="utf-8")
    plan = plan_import(demo_workspace, "Selbstcheck 2026", file)
    assert plan.problems and str(plan.problems[0]).startswith("row 2: respondent 'VS'")


def test_import_replaces_earlier_answers(demo_workspace: Workspace, tmp_path: Path) -> None:
    file = tmp_path / "a.csv"
    file.write_text(HEADER + "VS,Verwaltungsspitze,Bürgermeisterin,MS-01,0\n", encoding="utf-8")
    plan = import_answers(demo_workspace, "Selbstcheck 2026", file)
    assert plan.replaced_answers == 1
    with contextlib.closing(sqlite3.connect(demo_workspace.path)) as conn:
        (value,) = conn.execute(
            "SELECT a.value FROM answer a JOIN respondent r ON r.id = a.respondent_id "
            "JOIN round o ON o.id = r.round_id WHERE o.name = 'Selbstcheck 2026' "
            "AND r.code = 'VS' AND a.question_id = 'MS-01'"
        ).fetchone()
    assert value == 0


def test_empty_file_is_refused(fresh: Workspace, tmp_path: Path) -> None:
    file = tmp_path / "a.csv"
    file.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ImportRefused):
        import_answers(fresh, "R", file)


def test_texts_longer_than_the_app_allows_are_refused(fresh: Workspace, tmp_path: Path) -> None:
    file = tmp_path / "a.csv"
    file.write_text(HEADER + f"A1,{'Amt ' * 60},,MS-01,1\n", encoding="utf-8")
    plan = plan_import(fresh, "R", file)
    assert [str(p) for p in plan.problems] == [
        "row 2: the department is longer than 200 characters"
    ]

"""Merging laptops: preview, choices per conflict, the same file twice, hostile sources."""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from weltoffen_desktop.domain.workshop import MeasureStatus
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.catalogue import default_catalogue_document, import_catalogue
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.merge import (
    MINE,
    THEIRS,
    MergeRefused,
    merge,
    plan_merge,
    read_other,
)
from weltoffen_desktop.operations.rounds import (
    add_respondent,
    answers_of,
    create_round,
    respondents,
    round_named,
    set_answer,
)
from weltoffen_desktop.operations.workspace import create_workspace, set_municipality_name
from weltoffen_desktop.storage.database import (
    Problem,
    Workspace,
    WorkspaceError,
    check_workspace_file,
)
from weltoffen_desktop.storage.models import Base

from .merge_support import ROUND, edit_on_both_laptops, make_template, opened, two_laptops
from .workshop_support import table_contents


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workspace with a round and a workshop; both laptops start from a copy."""
    return make_template(tmp_path_factory.mktemp("template") / "template.weltoffen")


@pytest.fixture
def laptops(template: Path, tmp_path: Path) -> tuple[Path, Path]:
    return two_laptops(template, tmp_path)


def _counts(plan: object) -> dict[str, tuple[int, int, int]]:
    return {
        kind: (c.new, c.identical, c.conflicting)
        for kind, c in plan.counts.items()  # type: ignore[attr-defined]
        if c.new or c.conflicting
    }


def test_the_preview_counts_new_identical_and_conflicting_per_kind(
    laptops: tuple[Path, Path],
) -> None:
    mine, theirs = laptops
    uids = edit_on_both_laptops(mine, theirs)
    with opened(mine) as ws:
        plan = plan_merge(ws, read_other(theirs, ws.path))
    assert _counts(plan) == {
        "respondent": (1, 2, 0),
        "answer": (1, 5, 1),
        "participant": (1, 2, 0),
        "card": (1, 1, 1),
        "vote_option": (1, 3, 0),
        "dots": (1, 2, 0),
        "measure": (0, 0, 1),
        "milestone": (1, 1, 0),
    }
    assert plan.counts["round"].identical == 1 and plan.counts["workshop"].identical == 1
    conflicts = {c.kind: c for c in plan.conflicts}
    assert conflicts["card"].key == uids["card"]
    assert (conflicts["card"].label, conflicts["card"].mine, conflicts["card"].theirs) == (
        "Text von A",
        {"text": "Text von A"},
        {"text": "Text von B"},
    )
    assert conflicts["answer"].label == "R1 MS-01"
    assert (conflicts["answer"].mine, conflicts["answer"].theirs) == ({"value": 0}, {"value": 3})
    assert conflicts["measure"].theirs == {"status": MeasureStatus.DONE}


def test_a_merge_brings_everything_in_and_merging_again_adds_nothing(
    laptops: tuple[Path, Path], tmp_path: Path
) -> None:
    mine, theirs = laptops
    uids = edit_on_both_laptops(mine, theirs)
    with opened(mine) as ws:
        other = read_other(theirs, ws.path)
        result = merge(ws, other, backups_dir=tmp_path / "data")
        assert (result.added, result.replaced, result.kept) == (7, 0, 3)
        data = ops.load_workshop(ws, uids["workshop"])
        # the conflict kept as here; new records after the existing ones
        assert [c.text for c in data.cards] == [
            "Text von A",
            "Gut",
            "Frage von A",
            "Karte von Laptop B",
        ]
        assert data.participants[-1].name == "Ольга Смирнова"
        assert data.votes[0].options[-1].dots == {data.participants[-1].uid: 2}
        assert [s.title for s in data.measures[0].milestones][-1] == "Abgeschlossen"
        codes = [r.code for r in respondents(ws, round_named(ws, ROUND).id)]
        assert codes == ["R1", "R2", "R3"]
        r3 = respondents(ws, round_named(ws, ROUND).id)[2].id
        assert answers_of(ws, r3)["MS-01"].comment == "auf Papier"

        before = table_contents(mine)
        again = merge(ws, read_other(theirs, ws.path), backups_dir=tmp_path / "data")
        assert (again.added, again.replaced) == (0, 0)
        assert table_contents(mine) == before
        assert _counts(plan_merge(ws, other)) == {
            "answer": (0, 6, 1),
            "card": (0, 2, 1),
            "measure": (0, 0, 1),
        }


def test_each_conflict_takes_the_chosen_side_and_then_nothing_differs(
    laptops: tuple[Path, Path],
) -> None:
    mine, theirs = laptops
    uids = edit_on_both_laptops(mine, theirs)
    with opened(mine) as ws:
        other = read_other(theirs, ws.path)
        choices = {c.id: THEIRS for c in plan_merge(ws, other).conflicts if c.kind != "answer"}
        result = merge(ws, other, choices=choices, prefer=MINE)
        assert (result.replaced, result.kept) == (2, 1)
        data = ops.load_workshop(ws, uids["workshop"])
        assert data.cards[0].text == "Text von B"
        assert data.measures[0].status is MeasureStatus.DONE
        r1 = respondents(ws, round_named(ws, ROUND).id)[0].id
        assert answers_of(ws, r1)["MS-01"].value == 0
        merge(ws, other, prefer=THEIRS)
        assert answers_of(ws, r1)["MS-01"].value == 3
        assert _counts(plan_merge(ws, other)) == {}


def test_the_other_file_is_read_without_a_byte_changed_even_from_a_read_only_stick(
    laptops: tuple[Path, Path], read_only: object
) -> None:
    mine, theirs = laptops
    edit_on_both_laptops(mine, theirs)
    before = theirs.read_bytes()
    read_only(theirs.parent)  # type: ignore[operator]
    with opened(mine) as ws:
        result = merge(ws, read_other(theirs, ws.path), prefer=THEIRS)
    assert result.added == 7
    assert theirs.read_bytes() == before
    assert [p.name for p in theirs.parent.iterdir()] == [theirs.name]


def test_rounds_are_known_by_name_and_respondents_by_code(tmp_path: Path) -> None:
    """Two laptops that each created the round: one round, one respondent per code."""
    paths = [tmp_path / "a.weltoffen", tmp_path / "b.weltoffen"]
    for path, codes in zip(paths, (("R1", "R2"), ("R2", "R3")), strict=True):
        with contextlib.closing(create_workspace(path, "Musterstadt")) as ws:
            round_id = create_round(ws, ROUND)
            for code in codes:
                respondent = add_respondent(ws, round_id, code, "Hauptamt", "")
                set_answer(ws, respondent, "MS-01", 1 if code == "R2" and path == paths[0] else 2)
    with opened(paths[0]) as ws:
        other = read_other(paths[1], ws.path)
        plan = plan_merge(ws, other)
        assert _counts(plan) == {"respondent": (1, 1, 0), "answer": (1, 0, 1)}
        assert plan.counts["round"].identical == 1
        merge(ws, other, prefer=THEIRS)
        round_id = round_named(ws, ROUND).id
        assert [r.code for r in respondents(ws, round_id)] == ["R1", "R2", "R3"]
        assert [answers_of(ws, r.id)["MS-01"].value for r in respondents(ws, round_id)] == [
            2,
            2,
            2,
        ]
        assert _counts(plan_merge(ws, read_other(paths[1], ws.path))) == {}


def test_another_municipality_is_refused_unless_forced(laptops: tuple[Path, Path]) -> None:
    mine, theirs = laptops
    with opened(theirs) as ws:
        set_municipality_name(ws, "Nachbarstadt")
        ops.add(ws, "cluster", ops.workshops(ws)[0].uid, name="Neu")
    with opened(mine) as ws:
        before = table_contents(mine)
        other = read_other(theirs, ws.path)
        with pytest.raises(InvalidInput, match="'Nachbarstadt', this one for 'Musterstadt'") as e:
            merge(ws, other)
        assert e.value.code == "merge_other_municipality"
        assert table_contents(mine) == before
        assert merge(ws, other, force=True).added == 1


def test_a_round_answered_with_another_catalogue_version_is_refused(
    laptops: tuple[Path, Path], tmp_path: Path
) -> None:
    mine, theirs = laptops
    changed = default_catalogue_document()
    changed["version"] = "2027.1"
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text(json.dumps(changed), encoding="utf-8")
    with opened(theirs) as ws:
        import_catalogue(ws, catalogue)
        create_round(ws, "Selbstcheck 2027")
    with opened(mine) as ws:
        create_round(ws, "Selbstcheck 2027")
        before = table_contents(mine)
        with pytest.raises(MergeRefused, match="round Selbstcheck 2027: answered with catalogue"):
            merge(ws, read_other(theirs, ws.path))
        assert table_contents(mine) == before


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _zeroed(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def _foreign(path: Path) -> None:
    path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.commit()


def _newer(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        db.commit()


@pytest.mark.parametrize(
    ("spoil", "problem"),
    [
        (_truncated, Problem.DAMAGED),
        (_zeroed, Problem.DAMAGED),
        (_foreign, Problem.NOT_A_WORKSPACE),
        (_newer, Problem.NEWER_VERSION),
        (lambda path: path.unlink(), Problem.NOT_FOUND),
    ],
    ids=["truncated", "zeroed", "foreign", "newer", "missing"],
)
def test_a_damaged_foreign_or_newer_file_is_refused_clearly(
    laptops: tuple[Path, Path], spoil: object, problem: Problem
) -> None:
    mine, theirs = laptops
    spoil(theirs)  # type: ignore[operator]
    with opened(mine) as ws:
        before = table_contents(mine)
        with pytest.raises(WorkspaceError) as info:
            read_other(theirs, ws.path)
        assert info.value.problem is problem
        assert table_contents(mine) == before


def test_a_workspace_is_not_merged_with_itself(laptops: tuple[Path, Path]) -> None:
    with opened(laptops[0]) as ws, pytest.raises(InvalidInput, match="with itself"):
        read_other(laptops[0], ws.path)


def test_the_backup_before_a_merge_holds_the_state_before_it(
    laptops: tuple[Path, Path], tmp_path: Path
) -> None:
    mine, theirs = laptops
    edit_on_both_laptops(mine, theirs)
    with opened(mine) as ws:
        before = table_contents(mine)
        result = merge(ws, read_other(theirs, ws.path), backups_dir=tmp_path / "data")
    assert result.backup is not None and result.backup.is_relative_to(tmp_path / "data")
    check_workspace_file(result.backup)
    assert table_contents(result.backup) == before


# --- hostile sources --------------------------------------------------------------------------

# Columns of the other file set to values of the wrong kind, or rows whose parent is deleted.
BAD_UTF8 = object()  # text that is no UTF-8, which Python cannot even write
VALUES = st.sampled_from(
    [None, "", "kaputt", -1, 10**12, 2.5, b"\x00\xff", "2026-02-30", "x" * 20_000, BAD_UTF8]
)
TABLES = tuple(table.name for table in Base.metadata.sorted_tables)


@st.composite
def spoilings(draw: st.DrawFn) -> list[tuple[str, str, object]]:
    """One to three changes: ("set", table.column, value) or ("delete", table, None)."""
    found = []
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(TABLES))
        if draw(st.integers(0, 4)) == 0:
            found.append(("delete", table, None))
        else:
            found.append(("set", table, draw(VALUES)))
    return found


@pytest.fixture(scope="module")
def hostile_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The workspace merged into; every case leaves it as it was, or is undone."""
    path = tmp_path_factory.mktemp("hostile") / "mine.weltoffen"
    ws = create_workspace(path, "Musterstadt")
    yield ws
    ws.close()


def _spoil(path: Path, changes: list[tuple[str, str, object]], column_pick: int) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        for action, table, value in changes:
            if action == "delete":
                db.execute(
                    f'DELETE FROM "{table}" WHERE rowid = (SELECT min(rowid) FROM "{table}")'
                )
                continue
            columns = [c[1] for c in db.execute(f'PRAGMA table_info("{table}")') if c[1] != "id"]
            column = columns[column_pick % len(columns)]
            target = f'WHERE rowid = (SELECT max(rowid) FROM "{table}")'
            with contextlib.suppress(sqlite3.IntegrityError):  # NOT NULL and UNIQUE hold
                if value is BAD_UTF8:
                    db.execute(
                        f'UPDATE "{table}" SET "{column}" = CAST(X\'C3FF\' AS TEXT) {target}'
                    )
                else:
                    db.execute(f'UPDATE "{table}" SET "{column}" = ? {target}', (value,))
        db.commit()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=spoilings(), column_pick=st.integers(0, 20))
def test_a_hostile_source_is_refused_clearly_and_changes_nothing(
    hostile_base: Workspace,
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    changes: list[tuple[str, str, object]],
    column_pick: int,
) -> None:
    theirs = tmp_path_factory.mktemp("case") / "theirs.weltoffen"
    shutil.copyfile(template, theirs)
    _spoil(theirs, changes, column_pick)
    spoiled = theirs.read_bytes()
    ws = hostile_base
    before = table_contents(ws.path)
    try:
        merge(ws, read_other(theirs, ws.path), force=True)
    except (InvalidInput, WorkspaceError) as exc:
        event(f"refused: {getattr(exc, 'code', None) or exc.problem}")  # type: ignore[attr-defined]
        assert str(exc).strip()
        assert table_contents(ws.path) == before
    else:
        event("merged")
    assert theirs.read_bytes() == spoiled

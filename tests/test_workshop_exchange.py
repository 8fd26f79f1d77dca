"""Workshop exchange files: export, import into another workspace, and every refusal."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from weltoffen_desktop.fileformats.workshop_json import check_document, from_document
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.errors import InvalidInput, Refused
from weltoffen_desktop.operations.rounds import create_round
from weltoffen_desktop.operations.workshop_exchange import (
    MAX_FILE_BYTES,
    export_workshop,
    find_workshop,
    import_workshop,
)
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.resources import resource_path
from weltoffen_desktop.storage.database import Workspace

from .json_mutations import json_values, mutated
from .workshop_support import (
    LAYOUT,
    LONG,
    MARKUP,
    NAMES,
    record_small_workshop,
    record_workshop,
    table_contents,
)

ROUND = "Selbstcheck 2026"


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "source.weltoffen", "Musterstadt")
    yield ws
    ws.close()


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "target.weltoffen", "Musterstadt")
    yield ws
    ws.close()


def round_uid(ws: Workspace, name: str) -> str:
    from sqlalchemy import select

    from weltoffen_desktop.storage.models import Round

    create_round(ws, name)
    with ws.read() as session:
        return session.scalar(select(Round.uid).where(Round.name == name))


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[ops.WorkshopData, Path]:
    """The recorded workshop (linked to a round) and its exchange file, made once."""
    folder = tmp_path_factory.mktemp("exported")
    source = create_workspace(folder / "source.weltoffen", "Musterstadt")
    try:
        uid = record_workshop(source, round_uid(source, ROUND))
        out = folder / "workshop.json"
        export_workshop(source, uid, out)
        return ops.load_workshop(source, uid), out
    finally:
        source.close()


def document_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def reopened(ws: Workspace, uid: str) -> ops.WorkshopData:
    ws.close()
    again = Workspace.open(ws.path)
    try:
        return ops.load_workshop(again, uid)
    finally:
        again.close()


def schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("workshop", "workshop.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# --- the round trip -------------------------------------------------------------------------


def test_export_then_import_into_a_new_workspace_gives_the_same_workshop(
    exported: tuple[ops.WorkshopData, Path], target: Workspace
) -> None:
    original, path = exported
    round_uid(target, ROUND)
    result = import_workshop(target, path)
    assert (result.uid, result.round_name, result.round_missing) == (original.uid, ROUND, None)
    again = reopened(target, original.uid)
    assert again == original
    # text for text, in the places where it is hardest
    assert again.cards[0].text == MARKUP
    assert again.cards[1].text == LAYOUT
    assert again.cards[2].text == LONG
    assert [p.name for p in again.participants] == list(NAMES)
    assert again.title == "Workshop <Weltoffenheit> & Vielfalt"
    assert again.goals[0].parent == again.goals[1].uid  # listed before its Hauptziel


def test_the_file_holds_the_texts_as_they_are(exported: tuple[ops.WorkshopData, Path]) -> None:
    original, path = exported
    text = path.read_text(encoding="utf-8")
    assert "<b>einfach</b> &amp; klar" in text
    assert NAMES[3] in text and NAMES[5] in text  # not escaped to \\u sequences
    document = json.loads(text)
    assert document["date"] == "2026-11-20" and document["end_time"] == "15:45:30"
    assert document["round"] == ROUND
    assert document["participants"][3]["attendance"] == "excused"
    assert document["cards"][0]["agenda_item"] == original.agenda[1].uid
    assert from_document(document) == original


def test_the_exported_file_and_the_readme_example_match_the_schema(
    exported: tuple[ops.WorkshopData, Path], target: Workspace, tmp_path: Path
) -> None:
    validator = schema_validator()
    validator.validate(document_of(exported[1]))
    readme = resource_path("workshop", "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    example = json.loads(block.group(1))
    validator.validate(example)
    import_workshop(target, write(tmp_path / "example.json", example))
    assert ops.load_workshop(target, example["uid"]) == from_document(example)


def test_a_round_the_workspace_lacks_leaves_the_workshop_unlinked(
    exported: tuple[ops.WorkshopData, Path], target: Workspace
) -> None:
    original, path = exported
    result = import_workshop(target, path)
    assert (result.round_name, result.round_missing) == (None, ROUND)
    assert ops.load_workshop(target, original.uid) == dataclasses.replace(original, round_name=None)


# --- refusals -------------------------------------------------------------------------------


def problems_of(target: Workspace, path: Path) -> list[str]:
    """The problems an import lists; checks that the workspace did not change."""
    before = table_contents(target.path)
    with pytest.raises(Refused) as info:
        import_workshop(target, path)
    assert table_contents(target.path) == before
    return info.value.problems


Mutation = Callable[[dict[str, Any]], None]


def _other_uid(doc: dict[str, Any]) -> str:
    return doc["participants"][0]["uid"]


MUTATIONS: list[tuple[str, Mutation, str]] = [
    (
        "unknown reference",
        lambda d: d["cards"][0].update(cluster="00000000-0000-4000-8000-000000000000"),
        "cards[0].cluster: names no cluster of this file (00000000-",
    ),
    (
        "reference to the wrong kind",
        lambda d: d["cards"][0].update(cluster=_other_uid(d)),
        "cards[0].cluster: names no cluster of this file",
    ),
    (
        "unknown field id",
        lambda d: d["cards"][0].update(field_id="XX"),
        "cards[0]: Unknown Handlungsfeld 'XX'.",
    ),
    (
        "duplicate UUID",
        lambda d: d["cards"][1].update(uid=d["cards"][0]["uid"]),
        "cards[1].uid: duplicate UUID",
    ),
    (
        "UUID not in lower case",
        lambda d: d["clusters"][0].update(uid=d["clusters"][0]["uid"].upper()),
        "clusters[0].uid: must be a UUID in lower case",
    ),
    (
        "wrong type",
        lambda d: d["participants"][0].update(name=5),
        "participants[0].name: must be a string, not a whole number",
    ),
    ("no such date", lambda d: d.update(date="2026-02-30"), "date: must be a date YYYY-MM-DD"),
    ("time zone", lambda d: d.update(start_time="09:30+01:00"), "start_time: must be a time"),
    (
        "unknown choice",
        lambda d: d["measures"][0].update(status="late"),
        "measures[0].status: must be one of open, in_progress, done, dropped, not 'late'",
    ),
    (
        "unknown key",
        lambda d: d["goals"][0].update(colour="red"),
        "goals[0]: unknown key 'colour'",
    ),
    ("missing key", lambda d: d["agenda"][0].pop("notes"), "agenda[0]: missing key 'notes'"),
    (
        "newer format",
        lambda d: d.update(format_version=2),
        "format_version: the file was written for a newer version",
    ),
    (
        "other file",
        lambda d: d.update(format="weltoffen-catalogue"),
        "this is not a Weltoffen workshop file",
    ),
    (
        "text beyond the limit",
        lambda d: d["cards"][0].update(text="x" * 100_000),
        "cards[0]: The card text is longer than 10000 characters.",
    ),
    ("empty title", lambda d: d.update(title="  "), "(file): The workshop title must not be"),
    (
        "control character",
        lambda d: d["clusters"][0].update(name="Sprache\x00"),
        "clusters[0].name: contains a control or invalid character at 8",
    ),
    (
        "too many dots",
        lambda d: d["votes"][0]["options"][1]["dots"].update({_other_uid(d): 2}),
        "votes[0].options[1].dots.",
    ),
    (
        "dots on a vote by totals",
        lambda d: d["votes"][1]["options"][0]["dots"].update({_other_uid(d): 1}),
        "This vote records totals, not dots per person.",
    ),
    (
        "responsible is not the participant's name",
        lambda d: d["measures"][0].update(responsible="Jemand"),
        "measures[0].responsible: must be 'Łucja Wąs-Górecka'",
    ),
    (
        "goal too deep",
        lambda d: d["goals"][2].update(parent=d["goals"][0]["uid"]),
        "goals[2]: A Handlungsziel belongs to a Hauptziel.",
    ),
    (
        "a card and a cluster in one option",
        lambda d: d["votes"][0]["options"][0].update(cluster=d["clusters"][0]["uid"]),
        "votes[0].options[0]: A vote option is either one card or one cluster.",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "fragment"), [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_a_file_with_a_problem_changes_nothing_and_says_where(
    exported: tuple[ops.WorkshopData, Path],
    target: Workspace,
    tmp_path: Path,
    mutate: Mutation,
    fragment: str,
) -> None:
    document = document_of(exported[1])
    mutate(document)
    problems = problems_of(target, write(tmp_path / "broken.json", document))
    assert any(fragment in p for p in problems), problems


def test_every_problem_is_listed_at_once(
    exported: tuple[ops.WorkshopData, Path], target: Workspace, tmp_path: Path
) -> None:
    document = document_of(exported[1])
    document["cards"][3]["field_id"] = "XX"
    document["participants"][2]["name"] = ""
    document["agenda"][1]["planned_minutes"] = 10**30
    document["clusters"][0]["name"] = "x" * 301
    problems = problems_of(target, write(tmp_path / "broken.json", document))
    # the records that depend on a refused one (cards[0] and [1] on agenda[1] and
    # clusters[0]) are checked once that one is right
    assert problems == [
        "participants[2]: The participant name must not be empty.",
        "agenda[1]: The agenda item planned minutes must be a whole number from 0 to 1440.",
        "clusters[0]: The cluster name is longer than 300 characters.",
        "cards[3]: Unknown Handlungsfeld 'XX'.",
    ]


def test_a_workshop_already_in_the_workspace_points_to_the_merge(
    exported: tuple[ops.WorkshopData, Path], target: Workspace, tmp_path: Path
) -> None:
    original, path = exported
    import_workshop(target, path)
    before = table_contents(target.path)
    with pytest.raises(InvalidInput, match=r"already in the workspace.*weltoffen merge") as info:
        import_workshop(target, path)
    assert info.value.code == "workshop_exists"
    document = document_of(path)
    document["uid"] = "11111111-2222-4333-8444-555555555555"
    problems = problems_of(target, write(tmp_path / "copy.json", document))
    assert (
        f"cards[3]: a record with the UUID {original.cards[3].uid} is already in the workspace"
        in (problems)
    )
    assert table_contents(target.path) == before


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (
            b'{"format": "weltoffen-workshop",\n  "uid" "x"}',
            "not valid JSON: Expecting ':' delimiter (line 2, column 9)",
        ),
        (b"\xff\xfe{}", "not UTF-8 encoded text"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format_version": ' + b"9" * 5000 + b"}", "too many digits"),
        (b'{"uid": "a", "uid": "b"}', "key 'uid' appears more than once"),
        (b"[]", "(file): must be an object, not a list"),
        (b"", "not valid JSON"),
    ],
)
def test_unreadable_files_are_one_clear_problem(
    target: Workspace, tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    problems = problems_of(target, path)
    assert len(problems) == 1 and fragment in problems[0], problems


def test_a_file_beyond_the_size_limit_is_refused_unread(target: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no time spent writing it
    assert problems_of(target, path) == ["(file): larger than 20 MB, not a workshop file"]


def test_workshops_are_found_by_id_or_unambiguous_title(source: Workspace) -> None:
    first = ops.create_workshop(source, "Workshop")
    second = ops.create_workshop(source, "Workshop")
    third = ops.create_workshop(source, "Nachtreffen")
    assert find_workshop(source, first.upper()).uid == first
    assert find_workshop(source, " Nachtreffen ").uid == third
    with pytest.raises(InvalidInput, match="2 workshops are titled 'Workshop'") as info:
        find_workshop(source, "Workshop")
    assert info.value.code == "workshop_ambiguous"
    with pytest.raises(InvalidInput, match="no workshop with the ID or title 'X'"):
        find_workshop(source, "X")
    assert second != first


# --- hostile files ----------------------------------------------------------------------------

WORKSHOP_KEYS = ("uid", "text", "dots", "parent", "cluster", "card", "kind", "votes", "options")
JSON_VALUES = json_values(
    WORKSHOP_KEYS, ["ZT", "idea", "2026-11-20", "09:30", 0, 1, 3, 100], digits=(30, 400)
)
SIMILAR: dict[type, st.SearchStrategy[Any]] = {
    str: st.text(st.characters(exclude_categories=["Cc", "Cs"]), min_size=1, max_size=30),
    int: st.integers(0, 5),
    bool: st.booleans(),
}


@pytest.fixture(scope="module")
def fuzz_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict]]:
    """A workspace to import into, and a small complete workshop's document."""
    folder = tmp_path_factory.mktemp("fuzz")
    source = create_workspace(folder / "source.weltoffen", "Musterstadt")
    export_workshop(source, record_small_workshop(source), folder / "w.json")
    source.close()
    target = create_workspace(folder / "target.weltoffen", "Musterstadt")
    yield target, document_of(folder / "w.json")
    target.close()


def _import_safely(ws: Workspace, path: Path) -> None:
    """An import ends in a clear refusal that changed nothing, or in the file's workshop."""
    before = table_contents(ws.path)
    try:
        result = import_workshop(ws, path)
    except InvalidInput as exc:
        event(f"refused: {exc.code}")
        assert str(exc).strip()
        assert table_contents(ws.path) == before
        return
    event("imported")
    data = ops.load_workshop(ws, result.uid)
    out = path.with_suffix(".again.json")
    export_workshop(ws, result.uid, out)
    assert check_document(document_of(out)) == []
    schema_validator().validate(document_of(out))
    ops.remove(ws, "workshop", result.uid)
    assert table_contents(ws.path) == before
    assert data.uid == result.uid


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_exports_are_refused_clearly_or_imported_whole(
    fuzz_base: tuple[Workspace, dict], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    ws, base = fuzz_base
    document = data.draw(mutated(base, JSON_VALUES, SIMILAR, WORKSHOP_KEYS))
    path = tmp_path_factory.mktemp("case") / "w.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _import_safely(ws, path)


@settings(max_examples=60, deadline=None)
@given(value=JSON_VALUES)
def test_random_json_is_refused_clearly(
    fuzz_base: tuple[Workspace, dict], tmp_path_factory: pytest.TempPathFactory, value: object
) -> None:
    ws, _ = fuzz_base
    path = tmp_path_factory.mktemp("case") / "w.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    _import_safely(ws, path)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_damaged_bytes_are_refused_clearly(
    fuzz_base: tuple[Workspace, dict], tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    ws, base = fuzz_base
    content = json.dumps(base, ensure_ascii=False, indent=1).encode("utf-8")
    start = data.draw(st.integers(0, len(content)))
    end = data.draw(st.integers(start, min(len(content), start + 40)))
    damaged = content[:start] + data.draw(st.binary(max_size=12)) + content[end:]
    path = tmp_path_factory.mktemp("case") / "w.json"
    path.write_bytes(damaged)
    _import_safely(ws, path)

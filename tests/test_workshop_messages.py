"""Every refusal of the workshop operations has its own German message, with the right limit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from weltoffen_desktop.gui.messages import invalid_input_text
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace

NEEDS = {"card": {"kind": "idea"}, "dot_vote": {"dots_per_person": 1}}  # beside the texts


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = create_workspace(tmp_path_factory.mktemp("msg") / "w.weltoffen", "Teststadt")
    yield workspace
    workspace.close()


def refusal(ws: Workspace, kind: str, name: str, value: str) -> InvalidInput:
    """What adding a ``kind`` with ``value`` as its ``name`` raises."""
    workshop = ops.create_workshop(ws, "W")
    parent = ops.add(ws, "measure", workshop, title="M") if kind == "milestone" else workshop
    values = {n: "x" for n in ops.KINDS[kind].required} | NEEDS.get(kind, {}) | {name: value}
    with pytest.raises(InvalidInput) as info:
        ops.add(ws, kind, None if kind == "workshop" else parent, **values)
    return info.value


TEXTS = [
    (kind, name)
    for kind, spec in ops.KINDS.items()
    for name, check in spec.values.items()
    if callable(check) and getattr(check, "__qualname__", "").startswith("_text")
]


@pytest.mark.parametrize(("kind", "name"), TEXTS)
def test_a_text_too_long_or_missing_is_named_in_german_with_its_limit(
    ws: Workspace, kind: str, name: str
) -> None:
    long = refusal(ws, kind, name, "x" * (ops.MAX_TEXT + 1))
    assert long.code == f"{kind}_{name}_too_long"
    german = invalid_input_text(long)
    assert german.startswith("Bitte kürzen Sie ") and german != str(long)
    limit = re.search(r"longer than (\d+)", str(long)).group(1)  # type: ignore[union-attr]
    assert re.sub(r"\D", "", german) == limit  # the German names the same limit
    if name in ops.KINDS[kind].required:
        empty = refusal(ws, kind, name, "  ")
        assert empty.code == f"{kind}_{name}_empty"
        assert re.fullmatch(r"Bitte geben Sie .+ ein\.", invalid_input_text(empty))


def test_the_participants_name_is_not_the_municipalitys() -> None:
    participant = invalid_input_text(InvalidInput("participant_name_empty", ""))
    municipality = invalid_input_text(InvalidInput("name_empty", ""))
    assert participant == "Bitte geben Sie den Namen der teilnehmenden Person ein."
    assert municipality == "Bitte geben Sie den Namen der Kommune ein."


@pytest.mark.parametrize(
    "code",
    [
        "number_out_of_range",
        "value_type",
        "value_unknown",
        "value_missing",
        "value_character",
        "field_unknown",
        "record_gone",
        "other_workshop",
        "goal_depth",
        "option_exists",
        "option_target",
        "dots_exceeded",
        "vote_totals",
    ],
)
def test_every_other_workshop_refusal_has_german_words(code: str) -> None:
    text = invalid_input_text(InvalidInput(code, "english"))
    assert text != "english" and text.endswith(".")


def test_the_codes_the_operations_raise_are_all_known(ws: Workspace) -> None:
    source = Path(ops.__file__).read_text(encoding="utf-8")
    raised = set(re.findall(r'InvalidInput\(\s*"([a-z_]+)"', source))
    for code in raised:
        assert invalid_input_text(InvalidInput(code, "english")) != "english", code

"""The complete check of catalogue files that municipalities import."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.catalogue_check import (
    CatalogueProblem,
    check_catalogue,
    parse_catalogue_text,
)
from weltoffen_desktop.operations.catalogue import default_catalogue_document
from weltoffen_desktop.resources import resource_path

from .json_mutations import json_values, mutated

DEFAULT = default_catalogue_document()
DEFAULT_TEXT = resource_path("catalogue", "default_catalogue.json").read_text(encoding="utf-8")

Mutation = Callable[[Any], None]


def _set(*path: str | int, value: object) -> Mutation:
    """Set the value at ``path`` (adding a key or replacing an entry)."""

    def mutate(doc: Any) -> None:
        for key in path[:-1]:
            doc = doc[key]
        doc[path[-1]] = copy.deepcopy(value)

    return mutate


def _delete(*path: str | int) -> Mutation:
    def mutate(doc: Any) -> None:
        for key in path[:-1]:
            doc = doc[key]
        del doc[path[-1]]

    return mutate


def _problems_after(*mutations: Mutation) -> list[CatalogueProblem]:
    doc = copy.deepcopy(DEFAULT)
    for mutate in mutations:
        mutate(doc)
    return check_catalogue(doc)


def _readme_example() -> dict[str, Any]:
    readme = resource_path("catalogue", "README.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    return json.loads(block.group(1))


def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource_path("catalogue", "catalogue.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_shipped_catalogue_has_no_problems() -> None:
    assert check_catalogue(copy.deepcopy(DEFAULT)) == []
    assert parse_catalogue_text(DEFAULT_TEXT) == (DEFAULT, [])


def test_the_shipped_catalogue_and_the_readme_example_match_the_schema() -> None:
    validator = _schema_validator()
    validator.validate(DEFAULT)
    validator.validate(_readme_example())


def test_the_readme_example_has_no_problems() -> None:
    example = _readme_example()
    assert check_catalogue(example) == []
    assert len(Catalogue.from_dict(example).questions) == 1


def test_a_problem_reads_as_location_and_message() -> None:
    problem = CatalogueProblem("fields[2].questions[5].text.de", "must not be empty")
    assert str(problem) == "fields[2].questions[5].text.de: must not be empty"


LABELS = DEFAULT["scale"]["labels"]
FIRST_TEXT_EN = DEFAULT["fields"][0]["questions"][0]["text"]["en"]


@pytest.mark.parametrize(
    ("mutation", "location", "fragment"),
    [
        pytest.param(
            _set("fields", 2, "questions", 5, "colour", value="red"),
            "fields[2].questions[5]",
            "unknown key 'colour'",
            id="unknown-key",
        ),
        pytest.param(_set("extra", value=1), "(file)", "unknown key 'extra'", id="unknown-top"),
        pytest.param(
            _set("title", "fr", value="x"), "title", "unknown key 'fr'", id="unknown-lang"
        ),
        pytest.param(
            _delete("fields", 0, "questions", 1, "help"),
            "fields[0].questions[1]",
            "missing key 'help'",
            id="missing-key",
        ),
        pytest.param(_delete("thresholds"), "(file)", "missing key 'thresholds'", id="missing-top"),
        pytest.param(_delete("stages", 1, "en"), "stages[1]", "missing key 'en'", id="missing-en"),
        pytest.param(
            _set("fields", 2, "questions", 5, "text", "de", value=" \n "),
            "fields[2].questions[5].text.de",
            "must not be empty",
            id="empty-text",
        ),
        pytest.param(
            _set("scale", "skip", "en", value=""),
            "scale.skip.en",
            "must not be empty",
            id="empty-english",
        ),
        pytest.param(
            _set("fields", 0, "name", "de", value=["x"]),
            "fields[0].name.de",
            "must be a string, not a list",
            id="text-not-string",
        ),
        pytest.param(
            _set("fields", 0, "name", "de", value="x" * 201),
            "fields[0].name.de",
            "too long (201 characters, at most 200)",
            id="name-too-long",
        ),
        pytest.param(
            _set("fields", 0, "questions", 0, "help", "en", value="x" * 2001),
            "fields[0].questions[0].help.en",
            "at most 2000",
            id="help-too-long",
        ),
        pytest.param(
            _set("fields", 0, "questions", 0, "help", "en", value="a\x00b"),
            "fields[0].questions[0].help.en",
            "control or invalid character at 2",
            id="control-character",
        ),
        pytest.param(
            _set("title", "en", value="a\ud800"),
            "title.en",
            "invalid character",
            id="lone-surrogate",
        ),
        pytest.param(
            _set("format", value="other"), "format", "must be 'weltoffen-catalogue'", id="format"
        ),
        pytest.param(
            _set("format_version", value=2),
            "format_version",
            "written for a newer version of Weltoffen Desktop",
            id="newer-format-version",
        ),
        pytest.param(_set("format_version", value=0), "format_version", "must be 1", id="old"),
        pytest.param(
            _set("format_version", value=True),
            "format_version",
            "must be a whole number, not true/false",
            id="bool-format-version",
        ),
        pytest.param(
            _set("scale", "max", value=True),
            "scale.max",
            "must be a whole number, not true/false",
            id="bool-instead-of-int",
        ),
        pytest.param(
            _set("scale", "max", value=3.0),
            "scale.max",
            "must be a whole number, not a decimal number",
            id="float-instead-of-int",
        ),
        pytest.param(_set("scale", "max", value=11), "scale.max", "between 1 and 10", id="max"),
        pytest.param(
            _delete("scale", "labels", 2),
            "scale.labels",
            "no label for value 2",
            id="label-missing-value",
        ),
        pytest.param(
            _set("scale", "labels", value=[LABELS[0], LABELS[2], LABELS[1], LABELS[3]]),
            "scale.labels",
            "ascending order",
            id="labels-not-ascending",
        ),
        pytest.param(
            _set("id", value="weltoffen standard"), "id", "must be 1 to 100 letters", id="id"
        ),
        pytest.param(_set("id", value="a" * 101), "id", "must be 1 to 100", id="id-too-long"),
        pytest.param(_set("version", value=""), "version", "must not be empty", id="version"),
        pytest.param(_set("version", value="1" * 51), "version", "at most 50", id="version-long"),
        pytest.param(
            _delete("stages", 3), "stages", "must have exactly 4 entries, not 3", id="stages"
        ),
        pytest.param(
            _set("thresholds", value=[50, 25, 75]),
            "thresholds",
            "strictly ascending",
            id="thresholds-not-ascending",
        ),
        pytest.param(
            _set("thresholds", value=[25, 50, 50.0]),
            "thresholds",
            "strictly ascending",
            id="thresholds-equal",
        ),
        pytest.param(
            _set("thresholds", value=[0, 50, 75]),
            "thresholds[0]",
            "greater than 0 and less than 100",
            id="threshold-zero",
        ),
        pytest.param(
            _set("thresholds", value=[25, 50, 100]),
            "thresholds[2]",
            "greater than 0 and less than 100",
            id="threshold-100",
        ),
        pytest.param(
            _set("thresholds", value=[25, 50, 10**5000]),
            "thresholds[2]",
            "less than 100",
            id="threshold-huge",
        ),
        pytest.param(
            _set("thresholds", 1, value=float("nan")),
            "thresholds[1]",
            "must be a finite number",
            id="threshold-nan",
        ),
        pytest.param(
            _set("thresholds", 0, value="25"),
            "thresholds[0]",
            "must be a number, not a string",
            id="threshold-string",
        ),
        pytest.param(
            _set("thresholds", value=[25, 75]),
            "thresholds",
            "exactly 3 entries, not 2",
            id="two-thresholds",
        ),
        pytest.param(
            _set("disagreement_threshold", value=0),
            "disagreement_threshold",
            "greater than 0 and at most 100",
            id="disagreement-zero",
        ),
        pytest.param(
            _set("disagreement_threshold", value=float("inf")),
            "disagreement_threshold",
            "finite",
            id="disagreement-infinite",
        ),
        pytest.param(_set("fields", value=[]), "fields", "must not be empty", id="no-fields"),
        pytest.param(
            _set("fields", value={}), "fields", "must be a list, not an object", id="fields-dict"
        ),
        pytest.param(
            _set("fields", 3, "questions", value=[]),
            "fields[3].questions",
            "must not be empty",
            id="field-without-questions",
        ),
        pytest.param(
            _set("fields", 0, "id", value="ms"),
            "fields[0].id",
            "must be 2 to 4 capital letters A-Z, not 'ms'",
            id="field-id-pattern",
        ),
        pytest.param(
            _set("fields", 0, "questions", 0, value="MS-01"),
            "fields[0].questions[0]",
            "must be an object, not a string",
            id="question-not-object",
        ),
        pytest.param(
            _set("fields", 1, "questions", 0, "id", value="IO-1"),
            "fields[1].questions[0].id",
            "2 or 3 digits",
            id="question-id-pattern",
        ),
        pytest.param(
            _set("fields", 1, "questions", 0, "id", value="MS-99"),
            "fields[1].questions[0].id",
            "must start with the field id 'IO-'",
            id="question-id-prefix",
        ),
        pytest.param(
            _set("fields", 0, "questions", 5, "id", value="MS-03"),
            "fields[0].questions[5].id",
            "duplicate question id 'MS-03' (first at fields[0].questions[2])",
            id="duplicate-question-id",
        ),
        pytest.param(
            _set("fields", 1, "questions", 0, "text", "en", value=f" {FIRST_TEXT_EN.upper()} "),
            "fields[1].questions[0].text.en",
            "duplicate question text (first at fields[0].questions[0])",
            id="duplicate-question-text",
        ),
    ],
)
def test_each_rule_reports_its_place(mutation: Mutation, location: str, fragment: str) -> None:
    problems = _problems_after(mutation)
    assert [p.location for p in problems] == [location], problems
    assert fragment in problems[0].message


def test_the_edges_of_the_ranges_are_allowed() -> None:
    assert (
        _problems_after(
            _set("disagreement_threshold", value=100),
            _set("thresholds", value=[0.5, 50, 99.5]),
            _set("scale", "max", value=1),
            _delete("scale", "labels", 3),
            _delete("scale", "labels", 2),
            _set("fields", 0, "questions", 0, "id", value="MS-100"),
            _set("fields", 0, "questions", 0, "help", "de", value="Zeile 1\n\tZeile 2"),
        )
        == []
    )


def test_a_duplicate_field_id_is_reported_at_the_second_field() -> None:
    problems = _problems_after(_set("fields", 1, "id", value="MS"))
    assert problems[0] == CatalogueProblem(
        "fields[1].id", "duplicate field id 'MS' (first at fields[0])"
    )
    # the questions of that field keep their IO- ids, which no longer fit
    assert {p.message for p in problems[1:]} == {"must start with the field id 'MS-'"}


def test_a_duplicate_label_value_is_reported_with_the_missing_one() -> None:
    problems = _problems_after(_set("scale", "labels", 2, "value", value=1))
    assert [str(p) for p in problems] == [
        "scale.labels[2].value: duplicate value 1 (first at scale.labels[1])",
        "scale.labels: no label for value 2",
    ]


def test_a_label_beyond_the_scale_is_reported() -> None:
    problems = _problems_after(_set("scale", "labels", 3, "value", value=4))
    assert [str(p) for p in problems] == [
        "scale.labels[3].value: is larger than scale.max (3)",
        "scale.labels: no label for value 3",
    ]


def test_more_than_500_questions_are_refused() -> None:
    help_text = {"de": "Hilfe", "en": "Help"}
    extra = [
        {"id": f"ZT-{n}", "text": {"de": f"Aussage {n}", "en": f"Statement {n}"}, "help": help_text}
        for n in range(100, 100 + 501 - len(Catalogue.from_dict(DEFAULT).questions))
    ]
    problems = _problems_after(lambda doc: doc["fields"][2]["questions"].extend(extra))
    assert [str(p) for p in problems] == ["fields: has 501 questions; at most 500 are allowed"]


def test_several_problems_are_all_reported_in_file_order() -> None:
    problems = _problems_after(
        _set("format_version", value=2),
        _delete("title", "en"),
        _set("scale", "max", value="3"),
        _set("stages", 0, value=[]),
        _set("fields", 0, "questions", 3, "help", "de", value=""),
        _set("fields", 6, "id", value="K"),
        _set("fields", 6, "unknown", value=None),
    )
    assert [p.location for p in problems] == [
        "format_version",
        "title",
        "scale.max",
        "stages[0]",
        "fields[0].questions[3].help.de",
        "fields[6]",
        "fields[6].id",
    ]


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ([], "a list"),
        (None, "null"),
        ("x", "a string"),
        (3, "a whole number"),
        (True, "true/false"),
    ],
)
def test_a_top_level_that_is_no_object_is_one_problem(value: object, kind: str) -> None:
    assert check_catalogue(value) == [CatalogueProblem("(file)", f"must be an object, not {kind}")]
    assert parse_catalogue_text(json.dumps(value)) == (None, check_catalogue(value))


def test_a_json_syntax_error_names_line_and_column() -> None:
    broken = DEFAULT_TEXT.replace('"version": "2026.1",', '"version": "2026.1"', 1)
    title_line = broken.splitlines().index('  "title": {') + 1
    document, problems = parse_catalogue_text(broken)
    assert document is None
    assert len(problems) == 1
    assert problems[0].location == "(file)"
    assert f"line {title_line}, column 3" in problems[0].message
    assert problems[0].message.startswith("not valid JSON")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format": ' + "9" * 5000 + "}", "too many digits"),
        ('{"id": "a", "id": "b"}', "key 'id' appears more than once"),
        ("", "not valid JSON"),
    ],
)
def test_unreadable_json_is_one_problem(text: str, fragment: str) -> None:
    document, problems = parse_catalogue_text(text)
    assert document is None
    assert [p.location for p in problems] == ["(file)"]
    assert fragment in problems[0].message


def test_a_byte_order_mark_is_accepted_and_nan_is_reported_where_it_is() -> None:
    assert parse_catalogue_text("\ufeff" + DEFAULT_TEXT) == (DEFAULT, [])
    text = DEFAULT_TEXT.replace('"disagreement_threshold": 20', '"disagreement_threshold": NaN')
    document, problems = parse_catalogue_text(text)
    assert problems == []
    assert [str(p) for p in check_catalogue(document)] == [
        "disagreement_threshold: must be a finite number"
    ]


# --- fuzzing -------------------------------------------------------------------------------------

CATALOGUE_KEYS = sorted(
    {"format", "id", "de", "en", "value", "max", "labels", "skip", "name", "questions", "help"}
)
JSON_VALUES = json_values(CATALOGUE_KEYS, ["MS", "MS-01", 0, 1, 3, 50, 100])
# Values of the same kind as the one they replace often keep the document valid, so that
# the invariant (no problems -> Catalogue.from_dict works) gets exercised.
SIMILAR = {
    str: st.text(st.characters(exclude_categories=["Cc", "Cs"]), min_size=1, max_size=30),
    int: st.integers(-1, 101),
    float: st.floats(0, 100),
}


def _assert_checked_safely(document: object) -> None:
    problems = check_catalogue(document)
    for problem in problems:
        assert isinstance(problem, CatalogueProblem)
        assert str(problem).startswith(problem.location + ": ")
    if not problems:
        catalogue = Catalogue.from_dict(document)  # type: ignore[arg-type]
        assert len(catalogue.stages) == 4 and len(catalogue.thresholds) == 3
        assert [label.value for label in catalogue.scale.labels] == list(
            range(catalogue.scale.max + 1)
        )
        assert len(catalogue.question_ids) == len(catalogue.questions) <= 500
        json.dumps(document, ensure_ascii=False, allow_nan=False).encode("utf-8")


@settings(max_examples=100, deadline=None)
@given(JSON_VALUES)
def test_arbitrary_values_never_make_the_check_fail(document: object) -> None:
    _assert_checked_safely(document)


@settings(max_examples=200, deadline=None)
@given(mutated(DEFAULT, JSON_VALUES, SIMILAR, CATALOGUE_KEYS))
def test_mutated_catalogues_are_checked_safely(document: dict[str, Any]) -> None:
    _assert_checked_safely(document)

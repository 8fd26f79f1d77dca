"""Complete check of a catalogue file before it is imported.

``check_catalogue`` reports every problem of a document in one pass, each with
its place in the file, and never raises, whatever it is given. A document
without problems can be turned into a catalogue with ``Catalogue.from_dict``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import Any, TypeGuard

from weltoffen_desktop.domain.catalogue import CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION
from weltoffen_desktop.domain.texts import LANGUAGES

FILE_LOCATION = "(file)"
MAX_QUESTIONS = 500
MAX_SCALE = 10
STAGE_COUNT = 4
MAX_ID_LENGTH = 100
MAX_VERSION_LENGTH = 50
MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 2000

_CATALOGUE_ID = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_ID_LENGTH}}}")
_FIELD_ID = re.compile(r"[A-Z]{2,4}")
_QUESTION_ID = re.compile(r"[A-Z]{2,4}-[0-9]{2,3}")
# C0/C1 control characters except tab and line breaks, and unpaired surrogates
# (which json.loads lets through but which cannot be stored as UTF-8).
_FORBIDDEN_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SHOWN_CHARACTERS = 40

_Check = Callable[[Any, str], Any]


@dataclass(frozen=True)
class CatalogueProblem:
    """One problem of a catalogue file and where it is."""

    location: str  # e.g. "fields[2].questions[5].text.de", "thresholds" or "(file)"
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def check_catalogue(document: object) -> list[CatalogueProblem]:
    """Every problem of ``document``; an empty list means it can be imported."""
    checker = _Checker()
    checker.catalogue(document)
    return checker.problems


def parse_catalogue_text(text: str) -> tuple[dict[str, Any] | None, list[CatalogueProblem]]:
    """Read the JSON text of a catalogue file; the document or the reasons it cannot be read.

    Only the JSON itself is checked here (syntax, keys given twice, a top level
    that is no object); the content is checked by ``check_catalogue``.
    """
    repeated_keys: dict[str, None] = {}

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                repeated_keys[key] = None
            result[key] = value
        return result

    try:
        value = json.loads(text.removeprefix("\ufeff"), object_pairs_hook=unique_keys)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        return None, [CatalogueProblem(FILE_LOCATION, message)]
    except ValueError:  # the only other one: integers with thousands of digits
        return None, [CatalogueProblem(FILE_LOCATION, "contains a number with too many digits")]
    except RecursionError:
        return None, [CatalogueProblem(FILE_LOCATION, "lists or objects are nested too deeply")]
    if repeated_keys:
        return None, [
            CatalogueProblem(
                FILE_LOCATION, f"key {_quote(key)} appears more than once in the same object"
            )
            for key in repeated_keys
        ]
    if not isinstance(value, dict):
        return None, check_catalogue(value)
    return value, []


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_int(value: object) -> TypeGuard[int]:
    """An integer, but not a bool (which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: object) -> str:
    """What a value is, in the words of JSON."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _quote(value: object) -> str:
    """A short, printable form of a string from the file (which may be huge or odd)."""
    if not isinstance(value, str):
        return _kind(value)
    shown = repr(value[:_SHOWN_CHARACTERS])
    return shown + "..." if len(value) > _SHOWN_CHARACTERS else shown


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Checker:
    """Walks a document once and collects its problems."""

    def __init__(self) -> None:
        self.problems: list[CatalogueProblem] = []
        self.field_ids: dict[str, str] = {}
        self.question_ids: dict[str, str] = {}
        self.question_texts: dict[tuple[str, str], str] = {}

    # --- generic checks -------------------------------------------------------

    def report(self, path: str, message: str) -> None:
        self.problems.append(CatalogueProblem(path or FILE_LOCATION, message))

    def wrong_type(self, value: object, path: str, kind: str) -> None:
        self.report(path, f"must be {kind}, not {_kind(value)}")

    def unique(self, seen: dict[Any, str], key: object, path: str, what: str, where: str) -> None:
        """Report ``what`` at ``path`` if ``key`` was already seen; ``where`` is this place."""
        first = seen.setdefault(key, where)
        if first != where:
            self.report(path, f"duplicate {what} (first at {first})")

    def members(self, value: object, path: str, checks: Mapping[str, _Check]) -> dict[str, Any]:
        """Check an object that must have exactly the keys of ``checks``.

        Returns the results of the checks of the keys present; an empty dict if
        ``value`` is not an object.
        """
        if not isinstance(value, dict):
            self.wrong_type(value, path, "an object")
            return {}
        for key in value:
            if key not in checks:
                self.report(path, f"unknown key {_quote(key)}")
        for key in checks:
            if key not in value:
                self.report(path, f"missing key '{key}'")
        return {
            key: check(value[key], _join(path, key))
            for key, check in checks.items()
            if key in value
        }

    def items(
        self, value: object, path: str, check: _Check, least: int, most: int | None = None
    ) -> list[Any] | None:
        """Check a list and each of its entries; the entries' results."""
        if not isinstance(value, list):
            return self.wrong_type(value, path, "a list")
        count = len(value)
        if least == most and count != least:
            self.report(path, f"must have exactly {least} entries, not {count}")
        elif count < least:
            self.report(path, "must not be empty" if least == 1 else f"needs {least} entries")
        elif most is not None and count > most:
            self.report(path, f"must have at most {most} entries, not {count}")
        return [check(item, f"{path}[{index}]") for index, item in enumerate(value)]

    def string(self, value: object, path: str, longest: int) -> str | None:
        if not isinstance(value, str):
            return self.wrong_type(value, path, "a string")
        if not value.strip():
            self.report(path, "must not be empty")
        elif len(value) > longest:
            self.report(path, f"is too long ({len(value)} characters, at most {longest})")
        elif (forbidden := _FORBIDDEN_CHARACTER.search(value)) is not None:
            self.report(path, f"contains a control or invalid character at {forbidden.start() + 1}")
        else:
            return value
        return None

    def pattern(self, value: object, path: str, regex: re.Pattern[str], rule: str) -> str | None:
        if not isinstance(value, str):
            return self.wrong_type(value, path, "a string")
        if regex.fullmatch(value) is None:
            self.report(path, f"must be {rule}, not {_quote(value)}")
            return None
        return value

    def integer(self, value: object, path: str, low: int, high: int) -> int | None:
        if not _is_int(value):
            return self.wrong_type(value, path, "a whole number")
        if not low <= value <= high:
            self.report(path, f"must be between {low} and {high}")
            return None
        return value

    def percentage(self, value: object, path: str, *, up_to_100: bool) -> float | None:
        """A number greater than 0 and below 100 (or up to 100)."""
        if not (_is_int(value) or isinstance(value, float)):
            return self.wrong_type(value, path, "a number")
        if isinstance(value, float) and not math.isfinite(value):
            self.report(path, "must be a finite number")
        elif up_to_100 and not 0 < value <= 100:
            self.report(path, "must be greater than 0 and at most 100")
        elif not up_to_100 and not 0 < value < 100:
            self.report(path, "must be greater than 0 and less than 100")
        else:
            return value
        return None

    def local_text(self, value: object, path: str, longest: int) -> dict[str, str | None]:
        """An object with exactly a German and an English text; the texts found."""
        return self.members(value, path, self.language_checks(longest))

    def language_checks(self, longest: int) -> dict[str, _Check]:
        return {language: partial(self.string, longest=longest) for language in LANGUAGES}

    def name(self, value: object, path: str) -> dict[str, str | None]:
        return self.local_text(value, path, MAX_NAME_LENGTH)

    def text(self, value: object, path: str) -> dict[str, str | None]:
        return self.local_text(value, path, MAX_TEXT_LENGTH)

    # --- the catalogue --------------------------------------------------------

    def catalogue(self, document: object) -> None:
        self.members(
            document,
            "",
            {
                "format": self.format,
                "format_version": self.format_version,
                "id": partial(
                    self.pattern,
                    regex=_CATALOGUE_ID,
                    rule=f"1 to {MAX_ID_LENGTH} letters A-Z, digits, '-' or '_'",
                ),
                "version": partial(self.string, longest=MAX_VERSION_LENGTH),
                "title": self.name,
                "scale": self.scale,
                "stages": partial(self.items, check=self.name, least=STAGE_COUNT, most=STAGE_COUNT),
                "thresholds": self.thresholds,
                "disagreement_threshold": partial(self.percentage, up_to_100=True),
                "fields": self.fields,
            },
        )

    def format(self, value: object, path: str) -> None:
        if value != CATALOGUE_FORMAT:
            self.report(
                path, f"must be '{CATALOGUE_FORMAT}'; this is not a Weltoffen catalogue file"
            )

    def format_version(self, value: object, path: str) -> None:
        if not _is_int(value):
            return self.wrong_type(value, path, "a whole number")
        if value > CATALOGUE_FORMAT_VERSION:
            self.report(
                path,
                "the file was written for a newer version of Weltoffen Desktop "
                f"(this version reads format version {CATALOGUE_FORMAT_VERSION})",
            )
        elif value != CATALOGUE_FORMAT_VERSION:
            self.report(path, f"must be {CATALOGUE_FORMAT_VERSION}")

    def scale(self, value: object, path: str) -> None:
        scale = self.members(
            value,
            path,
            {
                "max": partial(self.integer, low=1, high=MAX_SCALE),
                "labels": self.labels,
                "skip": self.name,
            },
        )
        top, labels = scale.get("max"), scale.get("labels")
        if top is None or labels is None:
            return
        for number, number_path in labels:
            if number > top:
                self.report(number_path, f"is larger than scale.max ({top})")
        missing = sorted(set(range(top + 1)).difference(number for number, _ in labels))
        if missing:
            self.report(_join(path, "labels"), f"no label for value {', '.join(map(str, missing))}")

    def labels(self, value: object, path: str) -> list[tuple[int, str]] | None:
        """Check the labels; the valid label values, each with its place."""
        checks = {
            "value": partial(self.integer, low=0, high=MAX_SCALE),
            **self.language_checks(MAX_NAME_LENGTH),
        }
        labels = self.items(value, path, partial(self.members, checks=checks), 1, MAX_SCALE + 1)
        if labels is None:
            return None
        numbers: list[tuple[int, str]] = []
        seen: dict[int, str] = {}
        for index, label in enumerate(labels):
            number = label.get("value")
            if number is not None:
                number_path = f"{path}[{index}].value"
                self.unique(seen, number, number_path, f"value {number}", f"{path}[{index}]")
                numbers.append((number, number_path))
        if any(a > b for (a, _), (b, _) in pairwise(numbers)):
            self.report(path, "must be in ascending order of value")
        return numbers

    def thresholds(self, value: object, path: str) -> None:
        check = partial(self.percentage, up_to_100=False)
        thresholds = self.items(value, path, check, STAGE_COUNT - 1, STAGE_COUNT - 1)
        if thresholds is None:
            return
        valid = [threshold for threshold in thresholds if threshold is not None]
        if any(a >= b for a, b in pairwise(valid)):
            self.report(path, "must be strictly ascending")

    def fields(self, value: object, path: str) -> None:
        counts = self.items(value, path, self.field, 1)
        if counts is not None and sum(counts) > MAX_QUESTIONS:
            self.report(path, f"has {sum(counts)} questions; at most {MAX_QUESTIONS} are allowed")

    def field(self, value: object, path: str) -> int:
        """Check one field; the number of its questions."""
        field = self.members(
            value,
            path,
            {
                "id": partial(self.pattern, regex=_FIELD_ID, rule="2 to 4 capital letters A-Z"),
                "name": self.name,
                "description": self.text,
                "questions": partial(self.items, check=self.question, least=1),
            },
        )
        field_id, questions = field.get("id"), field.get("questions")
        if field_id is not None:
            self.unique(self.field_ids, field_id, _join(path, "id"), f"field id '{field_id}'", path)
        if questions is None:
            return 0
        if field_id is not None:
            for question_id, id_path in questions:
                if question_id is not None and not question_id.startswith(f"{field_id}-"):
                    self.report(id_path, f"must start with the field id '{field_id}-'")
        return len(questions)

    def question(self, value: object, path: str) -> tuple[str | None, str]:
        """Check one question; its valid id (or None) and the place of the id."""
        question = self.members(
            value,
            path,
            {
                "id": partial(
                    self.pattern,
                    regex=_QUESTION_ID,
                    rule="the field id, '-' and 2 or 3 digits, e.g. 'MS-01'",
                ),
                "text": self.text,
                "help": self.text,
            },
        )
        id_path = _join(path, "id")
        question_id = question.get("id")
        if question_id is not None:
            self.unique(
                self.question_ids, question_id, id_path, f"question id '{question_id}'", path
            )
        for language, wording in question.get("text", {}).items():
            if wording is not None:
                key = (language, _normalised(wording))
                text_path = f"{path}.text.{language}"
                self.unique(self.question_texts, key, text_path, "question text", path)
        return question_id, id_path

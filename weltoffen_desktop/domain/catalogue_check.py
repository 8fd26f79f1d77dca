"""Complete check of a catalogue file before it is imported.

``check_catalogue`` reports every problem of a document in one pass, each with
its place in the file, and never raises, whatever it is given. A document
without problems can be turned into a catalogue with ``Catalogue.from_dict``.
"""

from __future__ import annotations

import math
import re
from functools import partial
from itertools import pairwise
from typing import Any

from weltoffen_desktop.domain.catalogue import CATALOGUE_FORMAT, CATALOGUE_FORMAT_VERSION
from weltoffen_desktop.domain.json_check import (
    Check,
    DocumentChecker,
    Problem,
    is_int,
    join,
    parse_json_text,
)
from weltoffen_desktop.domain.texts import LANGUAGES

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

CatalogueProblem = Problem


def check_catalogue(document: object) -> list[Problem]:
    """Every problem of ``document``; an empty list means it can be imported."""
    checker = _Checker()
    checker.catalogue(document)
    return checker.problems


def parse_catalogue_text(text: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Read the JSON text of a catalogue file; the document or the reasons it cannot be read.

    Only the JSON itself is checked here (syntax, keys given twice, a top level
    that is no object); the content is checked by ``check_catalogue``.
    """
    value, problems = parse_json_text(text)
    if problems:
        return None, problems
    if not isinstance(value, dict):
        return None, check_catalogue(value)
    return value, []


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


class _Checker(DocumentChecker):
    """Walks a catalogue once and collects its problems."""

    def __init__(self) -> None:
        super().__init__()
        self.field_ids: dict[str, str] = {}
        self.question_ids: dict[str, str] = {}
        self.question_texts: dict[tuple[str, str], str] = {}

    # --- generic checks -------------------------------------------------------

    def string(self, value: object, path: str, longest: int) -> str | None:
        if not isinstance(value, str):
            return self.wrong_type(value, path, "a string")
        if not value.strip():
            self.report(path, "must not be empty")
        elif len(value) > longest:
            self.report(path, f"is too long ({len(value)} characters, at most {longest})")
        else:
            return self.characters(value, path)
        return None

    def percentage(self, value: object, path: str, *, up_to_100: bool) -> float | None:
        """A number greater than 0 and below 100 (or up to 100)."""
        if not (is_int(value) or isinstance(value, float)):
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

    def language_checks(self, longest: int) -> dict[str, Check]:
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
                "format": partial(self.file_format, name=CATALOGUE_FORMAT, what="catalogue"),
                "format_version": partial(self.format_version, current=CATALOGUE_FORMAT_VERSION),
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
            self.report(join(path, "labels"), f"no label for value {', '.join(map(str, missing))}")

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
            self.unique(self.field_ids, field_id, join(path, "id"), f"field id '{field_id}'", path)
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
        id_path = join(path, "id")
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

"""Reading JSON files users bring, and checking them completely, each problem with its place.

``parse_json_text`` turns the text of a file into a value or the one reason it
cannot be read (syntax with line and column, keys given twice, nesting too deep,
numbers too long). ``DocumentChecker`` walks a value once and collects every
problem with its place in the file (``fields[2].questions[5].text.de``); it
never raises, whatever it is given. The file formats' checkers build on it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

FILE_LOCATION = "(file)"
# C0/C1 control characters except tab and line breaks, and unpaired surrogates
# (which json.loads lets through but which cannot be stored as UTF-8).
FORBIDDEN_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SHOWN_CHARACTERS = 40

Check = Callable[[Any, str], Any]


@dataclass(frozen=True)
class Problem:
    """One problem of a file and where it is."""

    location: str  # e.g. "fields[2].questions[5].text.de", "cards[3]" or "(file)"
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def parse_json_text(text: str) -> tuple[object, list[Problem]]:
    """The JSON value of ``text``, or the reasons it cannot be read (then the value is None).

    Only the JSON itself is checked here: syntax, keys given twice, nesting,
    numbers too long to read. A leading byte order mark is allowed.
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
        return None, [Problem(FILE_LOCATION, message)]
    except ValueError:  # the only other one: integers with thousands of digits
        return None, [Problem(FILE_LOCATION, "contains a number with too many digits")]
    except RecursionError:
        return None, [Problem(FILE_LOCATION, "lists or objects are nested too deeply")]
    if repeated_keys:
        return None, [
            Problem(FILE_LOCATION, f"key {quote(key)} appears more than once in the same object")
            for key in repeated_keys
        ]
    return value, []


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def is_int(value: object) -> TypeGuard[int]:
    """An integer, but not a bool (which Python counts as one)."""
    return isinstance(value, int) and not isinstance(value, bool)


def describe(value: object) -> str:
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


def quote(value: object) -> str:
    """A short, printable form of a string from the file (which may be huge or odd)."""
    if not isinstance(value, str):
        return describe(value)
    shown = repr(value[:_SHOWN_CHARACTERS])
    return shown + "..." if len(value) > _SHOWN_CHARACTERS else shown


class DocumentChecker:
    """Walks a document once and collects its problems; subclasses add the format's rules."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def report(self, path: str, message: str) -> None:
        self.problems.append(Problem(path or FILE_LOCATION, message))

    def wrong_type(self, value: object, path: str, kind: str) -> None:
        self.report(path, f"must be {kind}, not {describe(value)}")

    def unique(self, seen: dict[Any, str], key: object, path: str, what: str, where: str) -> None:
        """Report ``what`` at ``path`` if ``key`` was already seen; ``where`` is this place."""
        first = seen.setdefault(key, where)
        if first != where:
            self.report(path, f"duplicate {what} (first at {first})")

    def members(self, value: object, path: str, checks: Mapping[str, Check]) -> dict[str, Any]:
        """Check an object that must have exactly the keys of ``checks``.

        Returns the results of the checks of the keys present; an empty dict if
        ``value`` is not an object.
        """
        if not isinstance(value, dict):
            self.wrong_type(value, path, "an object")
            return {}
        for key in value:
            if key not in checks:
                self.report(path, f"unknown key {quote(key)}")
        for key in checks:
            if key not in value:
                self.report(path, f"missing key '{key}'")
        return {
            key: check(value[key], join(path, key)) for key, check in checks.items() if key in value
        }

    def items(
        self, value: object, path: str, check: Check, least: int, most: int | None = None
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

    def characters(self, value: str, path: str) -> str | None:
        """``value`` if it holds no control or invalid character, else a problem."""
        forbidden = FORBIDDEN_CHARACTER.search(value)
        if forbidden is None:
            return value
        self.report(path, f"contains a control or invalid character at {forbidden.start() + 1}")
        return None

    def pattern(self, value: object, path: str, regex: re.Pattern[str], rule: str) -> str | None:
        if not isinstance(value, str):
            return self.wrong_type(value, path, "a string")
        if regex.fullmatch(value) is None:
            self.report(path, f"must be {rule}, not {quote(value)}")
            return None
        return value

    def integer(self, value: object, path: str, low: int, high: int) -> int | None:
        if not is_int(value):
            return self.wrong_type(value, path, "a whole number")
        if not low <= value <= high:
            self.report(path, f"must be between {low} and {high}")
            return None
        return value

    def file_format(self, value: object, path: str, name: str, what: str) -> None:
        """The ``format`` key: ``name``, else this is not a file of the kind ``what``."""
        if value != name:
            self.report(path, f"must be '{name}'; this is not a Weltoffen {what} file")

    def format_version(self, value: object, path: str, current: int) -> None:
        if not is_int(value):
            return self.wrong_type(value, path, "a whole number")
        if value > current:
            self.report(
                path,
                "the file was written for a newer version of Weltoffen Desktop "
                f"(this version reads format version {current})",
            )
        elif value != current:
            self.report(path, f"must be {current}")

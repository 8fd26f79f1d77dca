"""The answers file (CSV or XLSX, long format): read with every problem listed, and written.

One row per answer: ``respondent,department,role,question_id,value[,comment]``; a
``value`` that is empty or ``skip`` means skipped ("weiß nicht"). Reading never raises
for bad content: it returns the rows it understood and a problem per bad row or file.
"""

from __future__ import annotations

import csv
import io
import itertools
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.domain.catalogue import Catalogue

COLUMNS = ("respondent", "department", "role", "question_id", "value")
OPTIONAL = ("comment",)
SKIP_WORDS = ("", "skip")
MAX_ROWS = 200_000
MAX_BYTES = 100_000_000
MAX_CELL = 1000
MAX_PROBLEMS = 200


@dataclass(frozen=True)
class AnswerRow:
    line: int
    respondent: str
    department: str
    role: str
    question_id: str
    value: int | None
    comment: str = ""


# English wording of each problem; the GUI shows its own translation of the same code.
MESSAGES = {
    "unsupported_suffix": "{name}: only .csv and .xlsx files can be imported",
    "missing_file": "{name}: the file does not exist",
    "too_large": "{name}: larger than {mb} MB",
    "not_utf8": "{name}: the file is not UTF-8 encoded; save it as 'CSV UTF-8'",
    "bad_csv": "{name}: not a readable CSV file ({reason})",
    "bad_xlsx": "{name}: not a readable Excel (.xlsx) file ({reason})",
    "empty_file": "the file is empty",
    "missing_column": "missing column '{column}'",
    "unknown_column": "unknown column '{column}'",
    "repeated_column": "repeated column '{column}'",
    "too_many_rows": "more than {max} answers in one file",
    "no_answers": "the file has a header but no answers",
    "cell_too_long": "the {column} is longer than {max} characters",
    "empty_cell": "the {column} is empty",
    "value_not_number": "value '{value}' is not a whole number or 'skip'",
    "respondent_inconsistent": (
        "respondent '{code}' has department/role '{here}' here but '{there}' in row {first}"
    ),
    "unknown_question": "unknown question id '{question}'",
    "value_out_of_scale": "value '{value}' is outside the scale 0–{max}",
    "repeated_answer": "respondent '{code}' answered '{question}' already in row {first}",
    "respondent_in_round": "respondent '{code}' is already in the round as {stored}, not {given}",
    "more_problems": "… and {count} more problems",
}


@dataclass(frozen=True)
class RowProblem:
    """A problem of the file (``line`` None) or of one row; ``code`` names its kind."""

    line: int | None
    code: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        text = MESSAGES[self.code].format(**self.params)
        return text if self.line is None else f"row {self.line}: {text}"


@dataclass(frozen=True)
class ParsedAnswers:
    rows: tuple[AnswerRow, ...]
    problems: tuple[RowProblem, ...]


def _file_problem(code: str, **params: object) -> ParsedAnswers:
    return ParsedAnswers((), (RowProblem(None, code, params),))


def read_answers(path: Path) -> ParsedAnswers:
    """Rows and problems of a .csv or .xlsx file."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        return _file_problem("unsupported_suffix", name=path.name)
    if not path.is_file():
        return _file_problem("missing_file", name=str(path))
    if path.stat().st_size > MAX_BYTES:
        return _file_problem("too_large", name=path.name, mb=MAX_BYTES // 1_000_000)
    try:
        found = _csv_cells(path) if suffix == ".csv" else _xlsx_cells(path)
        cells = list(itertools.islice(found, MAX_ROWS + 2))  # header, rows, one too many
    except _Unreadable as exc:
        return ParsedAnswers((), (exc.problem,))
    return _rows_from_cells(cells)


class _Unreadable(Exception):
    """The file as a whole cannot be read; ``problem`` says why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.problem = RowProblem(None, code, params)


def _csv_cells(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unreadable("not_utf8", name=path.name) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        yield from enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1)
    except csv.Error as exc:
        raise _Unreadable("bad_csv", name=path.name, reason=str(exc)) from None


def _xlsx_cells(path: Path) -> Iterator[tuple[int, list[str]]]:
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it does not know
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _Unreadable("bad_xlsx", name=path.name, reason=str(exc)) from None
    try:
        sheet = book.worksheets[0]
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield line, [_cell_text(value) for value in values]
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise _Unreadable("bad_xlsx", name=path.name, reason=str(exc)) from None
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows_from_cells(cells: Iterable[tuple[int, list[str]]]) -> ParsedAnswers:
    lines = iter(cells)
    problems: list[RowProblem] = []
    header = next(((n, c) for n, c in lines if any(cell.strip() for cell in c)), None)
    if header is None:
        return _file_problem("empty_file")
    names = [cell.strip().lower() for cell in header[1]]
    while names and not names[-1]:
        names.pop()
    missing = [c for c in COLUMNS if c not in names]
    unknown = [n or "(empty)" for n in names if n not in COLUMNS + OPTIONAL]
    doubled = sorted({n for n in names if names.count(n) > 1})
    if missing or unknown or doubled:
        for code, found in (
            ("missing_column", missing),
            ("unknown_column", unknown),
            ("repeated_column", doubled),
        ):
            problems += [RowProblem(header[0], code, {"column": n}) for n in found]
        return ParsedAnswers((), tuple(problems))
    index = {name: names.index(name) for name in names}
    rows: list[AnswerRow] = []
    people: dict[str, tuple[int, str, str]] = {}
    for line, raw in lines:
        if not any(cell.strip() for cell in raw):
            continue
        if len(rows) >= MAX_ROWS:
            problems.append(RowProblem(None, "too_many_rows", {"max": MAX_ROWS}))
            break
        cell = {name: (raw[i].strip() if i < len(raw) else "") for name, i in index.items()}
        row, row_problems = _row(line, cell, people)
        problems += row_problems
        if row is not None:
            rows.append(row)
    if not rows and not problems:
        problems.append(RowProblem(None, "no_answers"))
    return ParsedAnswers(tuple(rows), tuple(_capped(problems)))


def _row(
    line: int, cell: dict[str, str], people: dict[str, tuple[int, str, str]]
) -> tuple[AnswerRow | None, list[RowProblem]]:
    problems = [
        RowProblem(line, "cell_too_long", {"column": name, "max": MAX_CELL})
        for name, text in cell.items()
        if len(text) > MAX_CELL
    ]
    problems += [
        RowProblem(line, "empty_cell", {"column": name})
        for name in ("respondent", "question_id")
        if not cell[name]
    ]
    text = cell["value"]
    value: int | None = None
    if text.lower() not in SKIP_WORDS:
        try:
            value = int(text)
        except ValueError:
            problems.append(RowProblem(line, "value_not_number", {"value": text}))
    respondent = cell["respondent"]
    person = (line, cell["department"], cell["role"])
    first = people.setdefault(respondent, person)
    if respondent and first[1:] != person[1:]:
        problems.append(
            RowProblem(
                line,
                "respondent_inconsistent",
                {
                    "code": respondent,
                    "here": f"{person[1]} / {person[2]}",
                    "there": f"{first[1]} / {first[2]}",
                    "first": first[0],
                },
            )
        )
    if problems:
        return None, problems
    return AnswerRow(
        line,
        respondent,
        cell["department"],
        cell["role"],
        cell["question_id"],
        value,
        cell.get("comment", ""),
    ), []


def _capped(problems: list[RowProblem]) -> list[RowProblem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], RowProblem(None, "more_problems", {"count": rest})]


def check_rows(rows: Sequence[AnswerRow], catalogue: Catalogue) -> list[RowProblem]:
    """Problems of well-formed rows against a catalogue: unknown questions, values, repeats."""
    problems: list[RowProblem] = []
    seen: dict[tuple[str, str], int] = {}
    top = catalogue.scale.max
    for row in rows:
        if row.question_id not in catalogue.question_ids:
            problems.append(RowProblem(row.line, "unknown_question", {"question": row.question_id}))
        if row.value is not None and not 0 <= row.value <= top:
            problems.append(
                RowProblem(row.line, "value_out_of_scale", {"value": row.value, "max": top})
            )
        key = (row.respondent, row.question_id)
        if key in seen:
            problems.append(
                RowProblem(
                    row.line,
                    "repeated_answer",
                    {"code": row.respondent, "question": row.question_id, "first": seen[key]},
                )
            )
        seen.setdefault(key, row.line)
    return _capped(problems)


def _table(rows: Sequence[AnswerRow]) -> Iterator[list[str | int]]:
    yield [*COLUMNS, *OPTIONAL]
    for row in rows:
        value: str | int = "skip" if row.value is None else row.value
        yield [row.respondent, row.department, row.role, row.question_id, value, row.comment]


def write_answers(path: Path, rows: Sequence[AnswerRow]) -> None:
    """Write rows as .csv (UTF-8 with BOM, for Excel) or .xlsx, atomically."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path.name}: answers can be written as .csv or .xlsx only")
    with atomic_target(path) as tmp:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as stream:
                csv.writer(stream).writerows(_table(rows))
        else:
            _write_xlsx(tmp, rows)


def _write_xlsx(target: Path, rows: Sequence[AnswerRow]) -> None:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=False)
    sheet = book.active
    sheet.title = "Antworten"
    for values in _table(rows):
        sheet.append(values)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEF", (14, 28, 24, 12, 8, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    book.save(target)

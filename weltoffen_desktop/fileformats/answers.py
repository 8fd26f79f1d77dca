"""The answers file (CSV or XLSX, long format): read with every problem listed, and written.

One row per answer under a header row: ``respondent,department,role,question_id,value``
plus an optional ``comment``, in any order and letter case. A ``value`` that is empty or
``skip`` means skipped. Reading never raises for bad content: it returns the rows it
understood and a problem per bad row, or one problem for a file it cannot read at all.
A problem is a code of ``MESSAGES`` with its values: ``str()`` words it in English, the
interface in its own language.

Both formats are first turned into rows of text cells; one shared function gives them
meaning, so CSV and XLSX follow the same rules. Limits keep hostile or broken files from
hanging the app: files over 50 MB, more than 200,000 answer rows, cells over 1,000
characters; only columns A to Z (the first 26) are read.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from weltoffen_desktop.atomicfile import atomic_target
from weltoffen_desktop.domain.catalogue import Catalogue

COLUMNS = ("respondent", "department", "role", "question_id", "value")
OPTIONAL = ("comment",)
SKIP_WORDS = ("", "skip")
MAX_ROWS = 200_000  # answer rows per file
MAX_LINES = 1_048_576  # rows of any kind, empty ones included (Excel's own limit)
MAX_COLUMNS = 26  # A to Z
MAX_CELL = 2000  # characters: the longest comment the app stores
MAX_BYTES = 50_000_000
MAX_UNPACKED = 200_000_000  # an XLSX is a zip archive: bytes after unpacking
MAX_PROBLEMS = 200

# The English wording of every problem code (the interface words them in its own language).
MESSAGES = {
    "unsupported_suffix": "{name}: only .csv and .xlsx files can be imported",
    "missing_file": "{name}: the file does not exist",
    "too_large": "{name}: the file is larger than {mb} MB",
    "not_utf8": "{name}: the file is not UTF-8 encoded; save it as 'CSV UTF-8'",
    "bad_csv": "{name}: not a readable CSV file ({reason})",
    "bad_xlsx": "{name}: not a readable Excel (.xlsx) file ({reason})",
    "empty_file": "the file is empty",
    "too_many_rows": "more than {max} answers in one file",
    "no_answers": "the file has a header but no answers",
    "missing_column": "missing column '{column}'",
    "unknown_column": "unknown column '{column}'",
    "repeated_column": "repeated column '{column}'",
    "text_beyond_header": "column {column} has text but no name in the header row",
    "formula_without_result": (
        "cell {cell} holds a formula without a saved result; "
        "open the file in Excel or LibreOffice and save it again"
    ),
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

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NOT_IN_XLSX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML cannot hold them
_Issue = tuple[str, dict[str, object]]  # a problem code and its values, row not yet known


@dataclass(frozen=True)
class AnswerRow:
    line: int  # the row number a spreadsheet shows: header = 1, first data row = 2
    respondent: str
    department: str
    role: str
    question_id: str
    value: int | None  # None = skipped
    comment: str = ""


@dataclass(frozen=True)
class RowProblem:
    """A problem of an answers file: a code of ``MESSAGES`` and the values for its wording."""

    line: int | None  # None for problems of the whole file
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """Plain English, naming the row: "row 7: value '4' is outside the scale 0–3"."""
        text = MESSAGES[self.code].format(**self.params)
        return text if self.line is None else f"row {self.line}: {text}"

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ParsedAnswers:
    rows: tuple[AnswerRow, ...]
    problems: tuple[RowProblem, ...]


class _TextRow(NamedTuple):
    """One row of a file as text cells, before the cells are given meaning."""

    line: int
    cells: Sequence[str]
    issues: tuple[_Issue, ...] = ()  # cells the file reader could not turn into text


class _Unreadable(Exception):
    """The file as a whole cannot be read: a problem code and its values."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _file_problem(code: str, **params: object) -> ParsedAnswers:
    return ParsedAnswers((), (RowProblem(None, code, params),))


def _shown(text: object) -> str:
    """A text from the file, short enough and on one line for a message."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= 40 else flat[:40] + "…"


def _letter(index: int) -> str:
    """The spreadsheet name of a column counted from 0; A to Z are all this format uses."""
    return chr(ord("A") + index)


def read_answers(path: Path) -> ParsedAnswers:
    """Rows and problems of a .csv or .xlsx file."""
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        return _file_problem("unsupported_suffix", name=path.name)
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None
    if size is None:
        return _file_problem("missing_file", name=path.name)
    if size == 0:
        return _file_problem("empty_file")
    if size > MAX_BYTES:
        return _file_problem("too_large", name=path.name, mb=MAX_BYTES // 1_000_000)
    try:
        with warnings.catch_warnings(), contextlib.closing(reader(path)) as text_rows:
            # openpyxl warns about parts of a workbook it skips (extensions, odd styles,
            # impossible dates); the content that matters is checked here instead.
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            return _parse(text_rows)
    except _Unreadable as exc:
        return _file_problem(exc.code, name=path.name, **exc.params)


def _csv_rows(path: Path) -> Generator[_TextRow, None, None]:
    """Records of a UTF-8 CSV file; the delimiter (',' or ';') is taken from the header."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unreadable("not_utf8") from None
    except OSError as exc:
        raise _Unreadable("bad_csv", reason=exc.strerror or exc) from None
    header = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    delimiter = ";" if header.count(";") > header.count(",") else ","
    try:
        records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for line, cells in enumerate(records, start=1):
            yield _TextRow(line, cells[:MAX_COLUMNS])
    except csv.Error as exc:
        raise _Unreadable("bad_csv", reason=exc) from None


def _xlsx_rows(path: Path) -> Generator[_TextRow, None, None]:
    """Rows of the first worksheet; a formula counts with the result Excel saved for it."""
    with contextlib.ExitStack() as stack:
        try:
            with zipfile.ZipFile(path) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_UNPACKED:
                raise ValueError(f"it unpacks to more than {MAX_UNPACKED // 1_000_000} MB")
            # Formulas as written, so that cells holding one are known ...
            typed = _sheet_rows(stack, path, data_only=False, values_only=True)
            # ... and, opened at the first formula, the results Excel saved for them.
            saved: Iterator[tuple[int, tuple]] | None = None
            for line, values in enumerate(typed, start=1):
                if values.count(None) == len(values):  # fast path: no cells at all
                    yield _TextRow(line, ())
                    continue
                issues: list[_Issue] = []
                if any(_is_formula(value) for value in values):
                    if saved is None:
                        saved = enumerate(_sheet_rows(stack, path, data_only=True), start=1)
                    results = next(cells for number, cells in saved if number == line)
                    values, issues = _formula_results(line, values, results)
                yield _TextRow(line, [_cell_text(value) for value in values], tuple(issues))
        except Exception as exc:  # whatever openpyxl or zipfile fail with, the file is broken
            raise _Unreadable("bad_xlsx", reason=exc) from None


def _sheet_rows(
    stack: contextlib.ExitStack, path: Path, *, data_only: bool, values_only: bool = False
) -> Iterator[tuple]:
    import openpyxl  # imported on first use: it takes a third of a second

    stream = stack.enter_context(path.open("rb"))  # ours to close, even if loading fails
    book = openpyxl.load_workbook(stream, read_only=True, data_only=data_only, keep_links=False)
    stack.callback(book.close)
    sheet = book.worksheets[0]
    sheet.reset_dimensions()  # the stored size may be wrong; read the cells that exist
    return sheet.iter_rows(max_col=MAX_COLUMNS, values_only=values_only)


def _is_formula(value: object) -> bool:
    """True for a formula as openpyxl reads it, or a text that looks like one."""
    if isinstance(value, str):
        return value.startswith("=")
    return not isinstance(value, _PLAIN_VALUES)  # array and data table formulas are objects


def _formula_results(line: int, values: tuple, results: tuple) -> tuple[list[object], list[_Issue]]:
    """The values with each formula replaced by its saved result; an issue where none is."""
    merged: list[object] = list(values)
    issues: list[_Issue] = []
    for index, value in enumerate(values):
        if not _is_formula(value):
            continue
        cell = results[index]
        merged[index] = cell.value
        # A formula whose result is an empty text is saved as type "str" without a value.
        if cell.value is None and cell.data_type != "str":
            issues.append(("formula_without_result", {"cell": f"{_letter(index)}{line}"}))
    return merged, issues


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 2.0 is 2
    return str(value)


_PLAIN_VALUES = (type(None), int, float, datetime.date, datetime.time, datetime.timedelta)
_READERS: dict[str, Callable[[Path], Generator[_TextRow, None, None]]] = {
    ".csv": _csv_rows,
    ".xlsx": _xlsx_rows,
}


def _content(text_rows: Iterable[_TextRow]) -> Iterator[_TextRow]:
    """The rows that are not empty, with stripped cells; refuses files over the limits."""
    count = 0
    for text_row in text_rows:
        if text_row.line > MAX_LINES:
            raise _Unreadable("too_many_rows", max=MAX_ROWS)
        cells = [cell.strip() for cell in text_row.cells]
        if not (text_row.issues or any(cells)):
            continue
        count += 1
        if count > MAX_ROWS + 1:  # + 1: the header
            raise _Unreadable("too_many_rows", max=MAX_ROWS)
        yield text_row._replace(cells=cells)


def _parse(text_rows: Iterable[_TextRow]) -> ParsedAnswers:
    """Answer rows and problems from text rows: the rules shared by every file format."""
    content = _content(text_rows)
    header = next(content, None)
    if header is None:
        return _file_problem("empty_file")
    columns, problems = _columns(header)
    if problems:
        return ParsedAnswers((), tuple(problems))
    rows: list[AnswerRow] = []
    people: dict[str, tuple[int, str, str]] = {}
    for text_row in content:
        row, issues = _row(text_row, columns, people)
        problems += [RowProblem(text_row.line, code, params) for code, params in issues]
        if row is not None:
            rows.append(row)
    if not rows and not problems:
        problems.append(RowProblem(None, "no_answers"))
    return ParsedAnswers(tuple(rows), tuple(_capped(problems)))


def _columns(header: _TextRow) -> tuple[dict[str, int], list[RowProblem]]:
    """Where each column is, from the header row; or why the header is not usable."""
    names = [cell.lower() for cell in header.cells]
    while names and not names[-1]:
        names.pop()
    known = COLUMNS + OPTIONAL
    issues = [
        *header.issues,
        *(("missing_column", {"column": name}) for name in COLUMNS if name not in names),
        *(
            ("unknown_column", {"column": _shown(name) or "(empty)"})
            for name in names
            if name not in known
        ),
        *(("repeated_column", {"column": name}) for name in known if names.count(name) > 1),
    ]
    problems = [RowProblem(header.line, code, params) for code, params in issues]
    return {name: names.index(name) for name in names}, problems


def _row(
    text_row: _TextRow, columns: dict[str, int], people: dict[str, tuple[int, str, str]]
) -> tuple[AnswerRow | None, list[_Issue]]:
    """One answer, or the issues of its row; ``people`` remembers who is who."""
    line, cells = text_row.line, text_row.cells
    issues = list(text_row.issues)
    beyond = next((i for i in range(len(columns), len(cells)) if cells[i]), None)
    if beyond is not None:
        issues.append(("text_beyond_header", {"column": _letter(beyond)}))
    cell = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
    too_long = [name for name, text in cell.items() if len(text) > MAX_CELL]
    issues += [("cell_too_long", {"column": name, "max": MAX_CELL}) for name in too_long]
    if too_long:  # nothing else of such a row is looked at
        return None, issues
    issues += [
        ("empty_cell", {"column": name}) for name in ("respondent", "question_id") if not cell[name]
    ]
    value: int | None = None
    if cell["value"].lower() not in SKIP_WORDS:
        if _INTEGER.fullmatch(cell["value"]):
            value = int(cell["value"])
        else:
            issues.append(("value_not_number", {"value": _shown(cell["value"])}))
    respondent, department, role = cell["respondent"], cell["department"], cell["role"]
    first = people.setdefault(respondent, (line, department, role))
    if respondent and first[1:] != (department, role):
        issues.append(
            (
                "respondent_inconsistent",
                {
                    "code": _shown(respondent),
                    "here": f"{_shown(department)} / {_shown(role)}",
                    "there": f"{_shown(first[1])} / {_shown(first[2])}",
                    "first": first[0],
                },
            )
        )
    if issues:
        return None, issues
    row = AnswerRow(
        line, respondent, department, role, cell["question_id"], value, cell.get("comment", "")
    )
    return row, []


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
            problems.append(
                RowProblem(row.line, "unknown_question", {"question": _shown(row.question_id)})
            )
        if row.value is not None and not 0 <= row.value <= top:
            problems.append(
                RowProblem(row.line, "value_out_of_scale", {"value": _shown(row.value), "max": top})
            )
        key = (row.respondent, row.question_id)
        if key in seen:
            params = {
                "code": _shown(row.respondent),
                "question": _shown(row.question_id),
                "first": seen[key],
            }
            problems.append(RowProblem(row.line, "repeated_answer", params))
        seen.setdefault(key, row.line)
    return _capped(problems)


def write_answers(path: Path, rows: Sequence[AnswerRow]) -> None:
    """Write rows as .csv (UTF-8 with BOM, for Excel) or .xlsx, atomically.

    ``read_answers`` gives the same rows back, renumbered, for every text it accepts:
    no spaces around it, at most 1,000 characters; in XLSX no control characters other
    than tab and line breaks, no U+FFFE or U+FFFF (XML cannot hold them: they are left out).
    """
    writer = _WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"{path.name}: answers can be written as .csv or .xlsx only")
    table: list[list[str | int]] = [[*COLUMNS, *OPTIONAL]]
    table += [
        [
            r.respondent,
            r.department,
            r.role,
            r.question_id,
            "skip" if r.value is None else r.value,
            r.comment,
        ]
        for r in rows
    ]
    with atomic_target(path) as tmp:
        writer(tmp, table)


def _write_csv(target: Path, table: list[list[str | int]]) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(table)


def _write_xlsx(target: Path, table: list[list[str | int]]) -> None:
    import openpyxl  # imported on first use: it takes a third of a second
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Antworten")
    for index, texts in enumerate(zip(*table, strict=True)):
        longest = max(len(line) for text in texts for line in str(text).splitlines() or [""])
        sheet.column_dimensions[_letter(index)].width = min(max(longest, 6), 60) + 2
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    for number, values in enumerate(table):
        cells = []
        for value in values:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, _NOT_IN_XLSX.sub("", value))
                cell.data_type = "s"  # a text, even when it starts with "=" like a formula
            else:
                cell = WriteOnlyCell(sheet, value)
            if number == 0:
                cell.font = bold
            cells.append(cell)
        sheet.append(cells)
    book.save(target)


_WRITERS: dict[str, Callable[[Path, list[list[str | int]]], None]] = {
    ".csv": _write_csv,
    ".xlsx": _write_xlsx,
}

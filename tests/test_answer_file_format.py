"""The answers file on disk: CSV and XLSX read back exactly, every bad row named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.fileformats.answers import AnswerRow, check_rows, read_answers, write_answers
from weltoffen_desktop.operations.catalogue import default_catalogue_document

TRICKY = [
    "Ayşe Şahin, „Brücke“",
    'sagt "ja"; \tund\nnein',
    "Łódź Győr Đakovo Nguyễn",
    "Ольга",
    "Γιώργος",
    "<b>&amp;</b>",
]
HEADER = "respondent,department,role,question_id,value\n"


def catalogue() -> Catalogue:
    return Catalogue.from_dict(default_catalogue_document())


def rows() -> list[AnswerRow]:
    return [
        AnswerRow(
            2 + i,
            f"R{i % 3}",
            f"Amt {i % 3}",
            TRICKY[i % 3],
            f"MS-{i + 1:02d}",
            None if i % 4 == 0 else i % 4,
            TRICKY[i % len(TRICKY)],
        )
        for i in range(12)
    ]


def stripped(row: AnswerRow) -> tuple[object, ...]:
    return (row.respondent, row.department, row.role, row.question_id, row.value, row.comment)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_keeps_every_text_and_skip(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"a{suffix}"
    write_answers(path, rows())
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [stripped(r) for r in parsed.rows] == [
        (r.respondent, r.department, r.role.strip(), r.question_id, r.value, r.comment.strip())
        for r in rows()
    ]
    assert [r.line for r in parsed.rows] == list(range(2, 14))
    assert check_rows(parsed.rows, catalogue()) == []


def test_csv_is_written_with_a_bom_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    write_answers(path, rows()[:1])
    assert path.read_bytes().startswith(b"\xef\xbb\xbfrespondent,department,role")


def test_german_excel_csv_with_semicolons_and_any_header_order(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        " Value ;Question_ID;Role;Department;Respondent\n2;MS-01;;Hauptamt;A1\n"
        "SKIP;MS-02;;Hauptamt;A1\n;MS-03;;Hauptamt;A1\n",
        encoding="utf-8-sig",
    )
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [(r.question_id, r.value) for r in parsed.rows] == [
        ("MS-01", 2),
        ("MS-02", None),
        ("MS-03", None),
    ]


def test_xlsx_numbers_stored_as_floats_and_empty_rows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["respondent", "department", "role", "question_id", "value"])
    sheet.append(["A1", "Hauptamt", None, "MS-01", 2.0])
    sheet.append([None, None, None, None, None])
    sheet.append(["A1", "Hauptamt", None, "MS-02", 2.5])
    path = tmp_path / "a.xlsx"
    book.save(path)
    parsed = read_answers(path)
    assert [(r.line, r.value) for r in parsed.rows] == [(2, 2)]
    assert [str(p) for p in parsed.problems] == [
        "row 4: value '2.5' is not a whole number or 'skip'"
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("respondent,department,role,value\nA,B,C,1\n", "row 1: missing column 'question_id'"),
        (HEADER.strip() + ",note\nA,B,C,MS-01,1,x\n", "row 1: unknown column 'note'"),
        (HEADER + "A,B,C,MS-01,drei\n", "row 2: value 'drei' is not a whole number or 'skip'"),
        (HEADER + ",B,C,MS-01,1\n", "row 2: the respondent is empty"),
        (HEADER + "A,B,C,,1\n", "row 2: the question_id is empty"),
        (
            HEADER + "A,Hauptamt,,MS-01,1\nA,Bauamt,,MS-02,1\n",
            "row 3: respondent 'A' has department/role 'Bauamt / ' here but 'Hauptamt / ' in row 2",
        ),
        (HEADER, "the file has a header but no answers"),
        ("", "the file is empty"),
    ],
)
def test_each_syntax_problem_names_its_row(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "a.csv"
    path.write_text(content, encoding="utf-8")
    parsed = read_answers(path)
    assert message in [str(p) for p in parsed.problems]
    assert parsed.rows == () or message.startswith("row 3")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("A,B,C,XX-99,1", "row 2: unknown question id 'XX-99'"),
        ("A,B,C,MS-01,4", "row 2: value '4' is outside the scale 0–3"),
    ],
)
def test_rows_are_checked_against_the_catalogue(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + line + "\n", encoding="utf-8")
    assert [str(p) for p in check_rows(read_answers(path).rows, catalogue())] == [message]


def test_a_repeated_answer_names_both_rows(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "A,B,C,MS-01,1\nA,B,C,MS-01,2\n", encoding="utf-8")
    assert [str(p) for p in check_rows(read_answers(path).rows, catalogue())] == [
        "row 3: respondent 'A' answered 'MS-01' already in row 2"
    ]


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("a.csv", "respondent,department\nMüller,Ä".encode("cp1252"), "not UTF-8 encoded"),
        ("a.ods", b"whatever", "only .csv and .xlsx"),
        ("a.xlsx", b"\x00\x01 random bytes", "not a readable Excel"),
        ("a.xlsx", HEADER.encode(), "not a readable Excel"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    parsed = read_answers(path)
    assert parsed.rows == ()
    assert fragment in str(parsed.problems[0])


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in str(read_answers(tmp_path / "nope.csv").problems[0])
    folder = tmp_path / "x.csv"
    folder.mkdir()
    assert "does not exist" in str(read_answers(folder).problems[0])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_give_rows_or_problems_never_an_exception(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    parsed = read_answers(path)
    assert parsed.rows or parsed.problems


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table=st.lists(st.lists(st.text(max_size=12), max_size=7), max_size=8))
def test_any_text_table_gives_rows_or_problems(tmp_path: Path, table: list[list[str]]) -> None:
    path = tmp_path / "fuzz.csv"
    import csv

    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(
            [["respondent", "department", "role", "question_id", "value"], *table]
        )
    parsed = read_answers(path)
    assert parsed.rows or parsed.problems
    check_rows(parsed.rows, catalogue())

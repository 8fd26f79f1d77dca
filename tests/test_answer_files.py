"""Answers files on disk: CSV and XLSX written and read back, every problem named by row."""

from __future__ import annotations

import csv
import datetime
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from weltoffen_desktop.domain.catalogue import Catalogue, Field, Question, Scale
from weltoffen_desktop.domain.texts import LocalText
from weltoffen_desktop.fileformats import answers
from weltoffen_desktop.fileformats.answers import (
    MESSAGES,
    AnswerRow,
    ParsedAnswers,
    check_rows,
    read_answers,
    write_answers,
)

HEADER = "respondent,department,role,question_id,value\n"
TEXTS = [
    "Müller, Jörg",
    "Ayşe Şahin „Brücke“",
    "Łódź Győr Đakovo Nguyễn Văn ğ ő",
    "Ольга Петрова",
    "Γιώργος Παπαδόπουλος",
    'sagt "ja", und\nnein',
    "Zeile 1\r\nZeile 2\tmit Tab",
    "=SUMME(A1:A3)",
    "007",
    "<b>&amp;</b> ; ,",
]
XLSX_IMPOSSIBLE = "".join(map(chr, [*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF]))
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def catalogue() -> Catalogue:
    """Three questions MS-01..MS-03, answered on a scale 0..3."""
    text = LocalText("Text", "Text")
    questions = tuple(Question(f"MS-{n:02d}", "MS", text, text) for n in (1, 2, 3))
    return Catalogue(
        key="test",
        version="1",
        title=text,
        scale=Scale(max=3, labels=(), skip=text),
        stages=(),
        thresholds=(),
        disagreement_threshold=1.0,
        fields=(Field("MS", text, text, questions),),
    )


def sample_rows() -> list[AnswerRow]:
    return [
        AnswerRow(
            line=0,
            respondent=f"R-{i % 4}",
            department=TEXTS[i % 4],
            role=TEXTS[2 + i % 4],
            question_id=f"MS-{1 + i // 4:02d}",
            value=None if i % 3 == 0 else i % 4,
            comment=TEXTS[i % len(TEXTS)],
        )
        for i in range(12)
    ]


def content(row: AnswerRow) -> tuple[object, ...]:
    return (row.respondent, row.department, row.role, row.question_id, row.value, row.comment)


def messages(parsed: ParsedAnswers) -> list[str]:
    return [str(problem) for problem in parsed.problems]


def csv_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding, newline="")
    return path


def xlsx_file(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def patch_sheet(path: Path, old: str, new: str) -> None:
    """Edit the first sheet's XML, as another program could have written it."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert old in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(old, new).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


# --- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".CSV"])
def test_round_trip_keeps_every_text_and_skip(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"Antworten{suffix}"
    write_answers(path, sample_rows())
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [content(row) for row in parsed.rows] == [content(row) for row in sample_rows()]
    assert [row.line for row in parsed.rows] == list(range(2, 14))
    assert check_rows(parsed.rows, catalogue()) == []


def test_csv_is_written_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    write_answers(path, sample_rows()[:2])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfrespondent,department,role,question_id,value,comment\r\n")
    assert 'R-0,"Müller, Jörg",'.encode() in data and b",skip," in data


def test_xlsx_has_a_bold_frozen_header_and_sensible_widths(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_answers(path, sample_rows())
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert [cell.value for cell in sheet[1]] == [*answers.COLUMNS, "comment"]
    assert all(cell.font.bold for cell in sheet[1]) and not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert all(8 <= width <= 62 for width in widths.values())
    assert widths["B"] > widths["A"]  # department names are longer than codes
    assert (sheet["F9"].value, sheet["F9"].data_type) == ("=SUMME(A1:A3)", "s")  # no formula


def test_writing_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    write_answers(path, sample_rows())
    before = path.read_bytes()
    broken = AnswerRow(2, "A", "B", "C", "MS-01", 1, comment="\ud800")  # cannot be encoded
    with pytest.raises(UnicodeEncodeError):
        write_answers(path, [*sample_rows(), broken])
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        write_answers(tmp_path / "a.ods", sample_rows())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]  # no temporary file left over


# --- the many ways staff save a file -----------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])
def test_german_excel_csv_with_semicolons(tmp_path: Path, encoding: str) -> None:
    path = csv_file(
        tmp_path / "a.csv",
        "respondent;department;role;question_id;value;comment\r\n"
        'Jörg;Kämmerei;Leitung, Stab;MS-01;2;"„gut“; sagt er"\r\n'
        "Jörg;Kämmerei;Leitung, Stab;MS-02;skip;\r\n",
        encoding,
    )
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [content(row) for row in parsed.rows] == [
        ("Jörg", "Kämmerei", "Leitung, Stab", "MS-01", 2, "„gut“; sagt er"),
        ("Jörg", "Kämmerei", "Leitung, Stab", "MS-02", None, ""),
    ]


def test_header_in_any_order_and_case_and_every_way_to_skip(tmp_path: Path) -> None:
    path = csv_file(
        tmp_path / "a.csv",
        " Value , QUESTION_ID ,Role, Department ,Respondent \n"
        " 2 , MS-01 ,, Bauamt , A1 \n"
        "skip,MS-02,,Bauamt,A1\n"
        "SKIP,MS-03,,Bauamt,A1\n"
        ",MS-01,,Bauamt,B2\n"
        ",,,,\n"
        "+3,MS-02,,Bauamt,B2\n",
    )
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [(row.line, row.respondent, row.question_id, row.value) for row in parsed.rows] == [
        (2, "A1", "MS-01", 2),
        (3, "A1", "MS-02", None),
        (4, "A1", "MS-03", None),
        (5, "B2", "MS-01", None),
        (7, "B2", "MS-02", 3),
    ]


def test_xlsx_numbers_stored_as_floats_and_empty_rows(tmp_path: Path) -> None:
    path = xlsx_file(
        tmp_path / "a.xlsx",
        [
            [None],
            ["Respondent", "Department", "Role", "Question_ID", "Value", "Comment"],
            [1001.0, "Bauamt", None, "MS-01", 2.0, 12.5],
            [None, None, None, None, None, None],
            [1001, "Bauamt", None, "MS-02", 0, None],
        ],
    )
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [(row.line, row.respondent, row.value, row.comment) for row in parsed.rows] == [
        (3, "1001", 2, "12.5"),
        (5, "1001", 0, ""),
    ]


def test_xlsx_formulas_count_with_their_saved_result(tmp_path: Path) -> None:
    path = xlsx_file(
        tmp_path / "a.xlsx",
        [
            list(answers.COLUMNS),
            ["A", "Bauamt", "", "MS-01", "=1+1"],
            ["A", "Bauamt", "", "MS-02", '=IF(TRUE,"","x")'],
            ["A", "Bauamt", "", "MS-03", "=2-1"],
        ],
    )
    patch_sheet(path, '<c r="E2"><f>1+1</f><v></v></c>', '<c r="E2"><f>1+1</f><v>2</v></c>')
    patch_sheet(path, '<c r="E3"><f>', '<c r="E3" t="str"><f>')  # an empty text as result
    parsed = read_answers(path)
    assert [(row.line, row.value) for row in parsed.rows] == [(2, 2), (3, None)]
    assert messages(parsed) == [
        "row 4: cell E4 holds a formula without a saved result; "
        "open the file in Excel or LibreOffice and save it again"
    ]


def test_openpyxl_warnings_are_handled_by_the_reader(tmp_path: Path) -> None:
    day = datetime.datetime(2024, 1, 1)
    path = xlsx_file(tmp_path / "a.xlsx", [list(answers.COLUMNS), ["A", "B", "C", "MS-01", day]])
    patch_sheet(path, "<v>45292</v>", "<v>99999999999</v>")  # a date no calendar has
    assert messages(read_answers(path)) == [
        "row 2: value '#VALUE!' is not a whole number or 'skip'"
    ]


def test_a_wrong_stored_sheet_size_does_not_matter(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path / "a.xlsx", [list(answers.COLUMNS), ["A", "B", "C", "MS-01", 1]])
    patch_sheet(path, '<dimension ref="A1:E2"/>', '<dimension ref="A1:XFD1048576"/>')
    assert [row.value for row in read_answers(path).rows] == [1]


# --- one test per problem: the row and the wording -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("respondent,department,role,value\nA,B,C,1\n", "row 1: missing column 'question_id'"),
        (HEADER.strip() + ",Note\nA,B,C,MS-01,1,x\n", "row 1: unknown column 'note'"),
        (HEADER.strip() + ",value\nA,B,C,MS-01,1,2\n", "row 1: repeated column 'value'"),
        (HEADER + "A,B,C,MS-01,1\nA,B,C,MS-02,drei\n", "row 3: value 'drei' is not a whole"),
        (HEADER + "A,B,C,MS-01,1.0\n", "row 2: value '1.0' is not a whole number or 'skip'"),
        (HEADER + "A,B,C,MS-01,weiß nicht\n", "row 2: value 'weiß nicht' is not a whole"),
        (HEADER + "\n,B,C,MS-01,1\n", "row 3: the respondent is empty"),
        (HEADER + "A,B,C, ,1\n", "row 2: the question_id is empty"),
        (HEADER + "A,B,C,MS-01,1,Kommentar\n", "row 2: column F has text but no name in the"),
        (HEADER + f"A,B,C,MS-01,1\nA,B,{'x' * 2001},MS-02,1\n", "row 3: the role is longer"),
        (
            HEADER + "A,Bauamt,,MS-01,1\nB,Kämmerei,,MS-01,1\nA,Bauamt,Leitung,MS-02,1\n",
            "row 4: respondent 'A' has department/role 'Bauamt / Leitung' here "
            "but 'Bauamt / ' in row 2",
        ),
        (HEADER, "the file has a header but no answers"),
        (" \n\n ", "the file is empty"),
    ],
)
def test_each_problem_in_a_file_names_its_row(tmp_path: Path, text: str, expected: str) -> None:
    parsed = read_answers(csv_file(tmp_path / "a.csv", text))
    assert any(message.startswith(expected) for message in messages(parsed)), messages(parsed)


def test_non_integer_in_xlsx_names_its_row(tmp_path: Path) -> None:
    path = xlsx_file(
        tmp_path / "a.xlsx",
        [list(answers.COLUMNS), ["A", "B", "C", "MS-01", 2.0], ["A", "B", "C", "MS-02", 2.5]],
    )
    parsed = read_answers(path)
    assert [row.line for row in parsed.rows] == [2]
    assert messages(parsed) == ["row 3: value '2.5' is not a whole number or 'skip'"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("A,B,C,MS-01,1\nA,B,C,MS-02,4", ["row 3: value '4' is outside the scale 0–3"]),
        ("A,B,C,MS-01,-1", ["row 2: value '-1' is outside the scale 0–3"]),
        ("A,B,C,XX-99,1", ["row 2: unknown question id 'XX-99'"]),
        (
            "A,B,C,MS-01,1\nB,B,C,MS-01,1\nA,B,C,MS-01,2",
            ["row 4: respondent 'A' answered 'MS-01' already in row 2"],
        ),
    ],
)
def test_rows_are_checked_against_the_catalogue(
    tmp_path: Path, lines: str, expected: list[str]
) -> None:
    parsed = read_answers(csv_file(tmp_path / "a.csv", HEADER + lines + "\n"))
    assert parsed.problems == ()
    assert [str(problem) for problem in check_rows(parsed.rows, catalogue())] == expected


def test_every_problem_is_listed_up_to_a_limit(tmp_path: Path) -> None:
    bad = "".join(f"A,B,C,MS-01,x{n}\n" for n in range(250))
    parsed = read_answers(csv_file(tmp_path / "a.csv", HEADER + bad))
    assert len(parsed.problems) == 201
    assert messages(parsed)[0] == "row 2: value 'x0' is not a whole number or 'skip'"
    assert messages(parsed)[-1] == "… and 50 more problems"
    assert parsed.problems[-1].line is None
    many = [AnswerRow(n, f"R{n}", "B", "C", "XX", 9) for n in range(2, 200)]  # two each
    assert str(check_rows(many, catalogue())[-1]) == "… and 196 more problems"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "a.csv",
            "respondent;department\nMüller;Ä\n".encode("cp1252"),
            "a.csv: the file is not UTF-8",
        ),
        ("a.ods", b"PK\x03\x04", "a.ods: only .csv and .xlsx files can be imported"),
        ("a.csv", b"", "the file is empty"),
        ("a.xlsx", b"", "the file is empty"),
        ("a.xlsx", bytes(range(256)) * 4, "a.xlsx: not a readable Excel (.xlsx) file"),
        ("a.xlsx", (HEADER + "A,B,C,MS-01,1\n").encode(), "a.xlsx: not a readable Excel"),
        ("a.csv", b"respondent," + b"x" * 200_000, "a.csv: not a readable CSV file (field larger"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    parsed = read_answers(path)
    assert parsed.rows == ()
    assert len(parsed.problems) == 1 and parsed.problems[0].line is None
    assert messages(parsed)[0].startswith(expected), messages(parsed)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    (tmp_path / "folder.xlsx").mkdir()
    for name in ("nope.csv", "folder.xlsx"):
        assert messages(read_answers(tmp_path / name)) == [f"{name}: the file does not exist"]


# --- limits: big or hostile files end with a problem, quickly ---------------------------


def test_too_many_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answers, "MAX_ROWS", 3)
    path = csv_file(tmp_path / "a.csv", HEADER + "A,B,C,MS-01,1\n" * 3)
    assert read_answers(path).problems == ()
    path = csv_file(tmp_path / "a.csv", HEADER + "A,B,C,MS-01,1\n" * 4)
    assert messages(read_answers(path)) == ["more than 3 answers in one file"]


def test_a_row_far_below_excel_limits_ends_reading(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path / "a.xlsx", [list(answers.COLUMNS), ["A", "B", "C", "MS-01", 1]])
    far = '<row r="900000000"><c r="A900000000" t="inlineStr"><is><t>x</t></is></c></row>'
    patch_sheet(path, "</sheetData>", far + "</sheetData>")
    assert messages(read_answers(path)) == ["more than 200000 answers in one file"]


def test_a_zip_bomb_is_not_unpacked(tmp_path: Path) -> None:
    path = xlsx_file(tmp_path / "bomb.xlsx", [list(answers.COLUMNS), ["A", "B", "C", "MS-01", 1]])
    data = bytearray(path.read_bytes())
    entry = data.index(b"PK\x01\x02")  # the archive's directory: what each part unpacks to
    data[entry + 24 : entry + 28] = (3_000_000_000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    assert messages(read_answers(path)) == [
        "bomb.xlsx: not a readable Excel (.xlsx) file (it unpacks to more than 200 MB)"
    ]


def test_a_huge_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answers, "MAX_BYTES", 2_000_000)
    path = csv_file(tmp_path / "a.csv", HEADER + "A,B,C,MS-01,1\n" * 150_000)
    assert messages(read_answers(path)) == ["a.csv: the file is larger than 2 MB"]


# --- fuzzing: whatever is in the file, read_answers answers -----------------------------


def assert_answered(parsed: ParsedAnswers) -> None:
    """Rows or problems, and every problem (also of the catalogue check) can be worded."""
    assert parsed.rows or parsed.problems
    problems = [*parsed.problems, *check_rows(parsed.rows, catalogue())]
    assert all(problem.code in MESSAGES and str(problem) for problem in problems)


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_bytes_are_answered(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    assert_answered(read_answers(path))


@FUZZ
@given(position=st.integers(min_value=0), byte=st.integers(0, 255), cut=st.booleans())
def test_damaged_xlsx_is_answered(tmp_path: Path, position: int, byte: int, cut: bool) -> None:
    path = tmp_path / "damaged.xlsx"
    write_answers(path, sample_rows())
    data = bytearray(path.read_bytes())
    position %= len(data)
    if cut:
        del data[position:]
    else:
        data[position] = byte
    path.write_bytes(bytes(data))
    assert_answered(read_answers(path))


cell_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["respondent", "VALUE", "question_id", "skip", "MS-01", "2", ""]),
)


@FUZZ
@given(table=st.lists(st.lists(cell_texts, max_size=7), max_size=8), header=st.booleans())
def test_any_text_table_is_answered(tmp_path: Path, table: list[list[str]], header: bool) -> None:
    rows = [[*answers.COLUMNS, "comment"], *table] if header else table
    path = tmp_path / "fuzz.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=";" if len(table) % 2 else ",").writerows(rows)
    assert_answered(read_answers(path))
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(
            [cell.translate(dict.fromkeys(map(ord, XLSX_IMPOSSIBLE))) for cell in row]
        )
    book.save(tmp_path / "fuzz.xlsx")
    assert_answered(read_answers(tmp_path / "fuzz.xlsx"))


texts = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=30).map(str.strip)


@FUZZ
@given(
    rows=st.lists(
        st.builds(
            AnswerRow,
            line=st.just(0),
            respondent=texts.filter(bool),
            department=texts,
            role=texts,
            question_id=texts.filter(bool),
            value=st.one_of(st.none(), st.integers(-5, 99)),
            comment=st.text(
                st.characters(exclude_categories=("Cs",), exclude_characters=XLSX_IMPOSSIBLE),
                max_size=60,
            ).map(str.strip),
        ),
        min_size=1,
        max_size=6,
    ),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_written_rows_read_back_the_same(
    tmp_path: Path, rows: list[AnswerRow], suffix: str
) -> None:
    people = {row.respondent: (row.department, row.role) for row in rows}  # one each
    rows = [AnswerRow(0, r.respondent, *people[r.respondent], *content(r)[3:]) for r in rows]
    path = tmp_path / f"fuzz{suffix}"
    write_answers(path, rows)
    parsed = read_answers(path)
    assert parsed.problems == ()
    assert [content(row) for row in parsed.rows] == [content(row) for row in rows]

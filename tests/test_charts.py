"""The charts of a round: every kind in every format, through the real `weltoffen chart`."""

from __future__ import annotations

import sqlite3
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.test_cli import assert_user_error, weltoffen
from weltoffen_desktop.charts.export import render_png
from weltoffen_desktop.charts.figures import KINDS
from weltoffen_desktop.domain.distribution import answer_distribution
from weltoffen_desktop.domain.scoring import Rating
from weltoffen_desktop.operations.chart_data import chart_data
from weltoffen_desktop.operations.rounds import create_round
from weltoffen_desktop.storage.database import Workspace

LATER, EARLIER = "Selbstcheck 2026", "Selbstcheck 2024"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chart(path: Path, kind: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return weltoffen(
        "chart", path, "--round", LATER, "--compare-round", EARLIER, "--kind", kind,
        "--out", out, *extra,
    )  # fmt: skip


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.e2e
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_as_svg(demo_path: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.svg"
    result = chart(demo_path, kind, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote the {kind} chart")
    assert ET.parse(out).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.e2e
@pytest.mark.parametrize("kind", ["radar", "distribution"])
def test_pdf_has_searchable_german_labels(demo_path: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert chart(demo_path, kind, out).returncode == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    for word in ("Steuerung", "Öffnung", "Zusammenhalt", LATER):
        assert word in text


@pytest.mark.e2e
@pytest.mark.parametrize(("kind", "size"), [("ladder", (2800, 1800)), ("compare", (2800, 1800))])
def test_png_at_200_dpi(demo_path: Path, tmp_path: Path, kind: str, size: tuple[int, int]) -> None:
    out = tmp_path / f"{kind}.PNG"
    assert chart(demo_path, kind, out).returncode == 0
    assert png_size(out.read_bytes()) == size


@pytest.mark.e2e
def test_english_labels(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "spread.pdf"
    assert chart(demo_path, "spread", out, "--language", "en").returncode == 0
    text = pdf_text(out)
    assert "Disagreement threshold" in text
    assert "steering" in text
    assert "Steuerung" not in text


@pytest.mark.e2e
def test_compare_needs_a_second_round(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "compare.svg"
    result = weltoffen("chart", demo_path, "--round", LATER, "--kind", "compare", "--out", out)
    assert_user_error(result, "--compare-round")
    assert not out.exists()


@pytest.mark.parametrize(
    ("arguments", "fragment"),
    [
        (["--round", "Gibt es nicht", "--out", "x.svg"], "no round named"),
        (["--round", LATER, "--out", "x.jpg"], "use .svg, .pdf or .png"),
        (["--round", LATER, "--out", "missing/x.svg"], "does not exist"),
    ],
)
def test_user_errors_give_one_line(
    demo_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    fragment: str,
) -> None:
    from weltoffen_desktop.cli.main import main

    arguments[-1] = str(tmp_path / arguments[-1])
    assert main(["chart", str(demo_path), "--kind", "radar", *arguments]) == 1
    error = capsys.readouterr().err
    assert error.startswith("weltoffen: error: ")
    assert fragment in error
    assert len(error.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*x.*"))


def test_a_round_without_answers_renders_every_kind(demo_workspace: Workspace) -> None:
    create_round(demo_workspace, "Leer")
    empty = chart_data(demo_workspace, "Leer", EARLIER)
    assert empty.report.result.overall_score is None
    for kind, build in KINDS.items():
        for language in ("de", "en"):
            png = render_png(build(empty, language), dpi=40)
            assert png.startswith(PNG_SIGNATURE), kind


def test_distribution_equals_a_recount(demo_path: Path, demo_workspace: Workspace) -> None:
    data = chart_data(demo_workspace, LATER)
    field_of = {q.id: q.field_id for q in data.report.catalogue.questions}
    recount: dict[str, dict[int | None, int]] = {f.id: {} for f in data.report.catalogue.fields}
    with sqlite3.connect(demo_path) as db:
        rows = db.execute(
            "SELECT a.question_id, a.value FROM answer a"
            " JOIN respondent r ON a.respondent_id = r.id"
            " JOIN round o ON r.round_id = o.id WHERE o.name = ?",
            (LATER,),
        ).fetchall()
    for question_id, value in rows:
        counts = recount[field_of[question_id]]
        counts[value] = counts.get(value, 0) + 1
    shown = {
        field_id: {value: n for value, n in counts.items() if n}
        for field_id, counts in data.distribution.items()
    }
    assert shown == recount
    assert sum(sum(c.values()) for c in data.distribution.values()) == len(rows) > 0
    for field, result in zip(data.report.catalogue.fields, data.report.result.fields, strict=True):
        assert data.distribution[field.id][None] == result.skipped


def test_distribution_lists_every_value_and_refuses_strangers(demo_workspace: Workspace) -> None:
    catalogue = chart_data(demo_workspace, LATER).report.catalogue
    counts = answer_distribution(catalogue, [])
    assert list(counts) == [f.id for f in catalogue.fields]
    assert all(c == {0: 0, 1: 0, 2: 0, 3: 0, None: 0} for c in counts.values())
    with pytest.raises(ValueError, match="not in the catalogue"):
        answer_distribution(catalogue, [Rating("A", "XX-99", 1)])
    with pytest.raises(ValueError, match="outside"):
        answer_distribution(catalogue, [Rating("A", catalogue.questions[0].id, 9)])


def test_house_style_does_not_leak(demo_workspace: Workspace) -> None:
    import matplotlib as mpl

    before = dict(mpl.rcParams)
    render_png(KINDS["radar"](chart_data(demo_workspace, LATER, EARLIER), "de"), dpi=40)
    assert dict(mpl.rcParams) == before


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_screen_chart_fills_its_frame_at_the_pixel_ratio(
    demo_workspace: Workspace, kind: str
) -> None:
    from weltoffen_desktop.charts.screen import Frame, draw

    data = chart_data(demo_workspace, LATER, EARLIER)
    picture = draw(kind, data, "de", Frame(700, 430, pixel_ratio=2.0))
    assert (picture.width, picture.height) == (1400, 860)
    assert len(picture.rgba) == 1400 * 860 * 4
    assert len(set(picture.rgba[:: 4 * 997])) > 4  # drawn, not a blank canvas


def test_a_zoomed_screen_chart_has_larger_text(demo_workspace: Workspace) -> None:
    from matplotlib.text import Text

    from weltoffen_desktop.charts.screen import Frame

    data = chart_data(demo_workspace, LATER)

    def title_height(zoom: float) -> float:
        figure = KINDS["ladder"](data, "de", Frame(1600, 900, 1.0, zoom))
        figure.canvas.draw()
        titles = [t for t in figure.findobj(Text) if t.get_text().startswith("Stufe je")]
        return titles[0].get_window_extent().height

    assert title_height(1.3) == pytest.approx(1.3 * title_height(1.0), rel=0.1)

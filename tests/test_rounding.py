"""A rounded score never claims another stage: not in the table, the JSON, nor a chart."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weltoffen_desktop.charts.figures import KINDS
from weltoffen_desktop.domain.rounding import rounded_within
from weltoffen_desktop.domain.scoring import stage_for
from weltoffen_desktop.operations.chart_data import ChartData, chart_data
from weltoffen_desktop.operations.results import report_as_dict
from weltoffen_desktop.storage.database import Workspace

STAGES = (25.0, 50.0, 75.0)
LATER, EARLIER = "Selbstcheck 2026", "Selbstcheck 2024"


@pytest.mark.parametrize(
    ("value", "thresholds", "shown"),
    [
        (49.7, STAGES, (49.7, 1)),
        (49.96, STAGES, (49.9, 1)),  # "50,0" would sit beside stage 2
        (50.0, STAGES, (50.0, 1)),
        (50.04, STAGES, (50.0, 1)),
        (74.99, STAGES, (74.9, 1)),
        (19.97, (20.0,), (19.9, 1)),  # a spread just under the disagreement threshold
        (33.34, (33.33,), (33.4, 1)),  # 33,3 would fall below a fine threshold
        (12.345, STAGES, (12.3, 1)),
    ],
)
def test_rounding_keeps_the_side(
    value: float, thresholds: tuple[float, ...], shown: tuple[float, int]
) -> None:
    assert rounded_within(value, thresholds) == shown


@settings(max_examples=300, deadline=None)
@given(
    value=st.floats(0, 100),
    thresholds=st.lists(
        st.integers(1, 9999).map(lambda n: n / 100), min_size=1, max_size=4, unique=True
    ).map(sorted),
)
def test_a_rounded_value_is_in_the_same_stage(value: float, thresholds: list[float]) -> None:
    number, places = rounded_within(value, thresholds)
    assert stage_for(number, thresholds) == stage_for(value, thresholds)
    assert abs(number - value) <= 10**-places + 1e-9
    assert round(number, places) == number


def near_threshold(data: ChartData, score: float) -> ChartData:
    """The demo round with the first field's score (and overall) set to ``score``."""
    report = data.report
    first, *rest = report.result.fields
    stage = stage_for(score, report.catalogue.thresholds)
    result = dataclasses.replace(
        report.result,
        fields=(dataclasses.replace(first, score=score, stage=stage), *rest),
        overall_score=score,
        overall_stage=stage,
    )
    return ChartData(
        dataclasses.replace(report, result=result), data.compare_name, data.compare_result
    )


def texts(kind: str, data: ChartData, language: str) -> list[str]:
    from matplotlib.text import Text

    figure = KINDS[kind](data, language)
    return [text.get_text() for text in figure.findobj(Text)]


@pytest.mark.parametrize("kind", ["radar", "ladder"])
def test_chart_labels_agree_with_the_stage(demo_workspace: Workspace, kind: str) -> None:
    data = near_threshold(chart_data(demo_workspace, LATER, EARLIER), 49.96)
    labels = texts(kind, data, "de")
    assert "49,9" in labels
    assert "50,0" not in labels
    assert "49.9" in texts(kind, data, "en")


def test_demo_labels_show_one_decimal(demo_workspace: Workspace) -> None:
    data = chart_data(demo_workspace, LATER, EARLIER)
    field = data.report.result.fields[1]  # Interkulturelle Öffnung: 49.7, stage 2
    assert field.stage == 2 and 49.6 < (field.score or 0) < 49.8
    assert "49,7" in texts("ladder", data, "de")
    changes = [t for t in texts("compare", data, "de") if t and t[0] in "+−±"]
    assert len(changes) == 8 and all("," in change for change in changes)


def test_results_json_agrees_with_the_stage(demo_workspace: Workspace) -> None:
    data = near_threshold(chart_data(demo_workspace, LATER), 49.96)
    shown = report_as_dict(data.report)
    assert shown["fields"][0]["score"] == 49.9
    assert shown["fields"][0]["stage"] == 2
    assert shown["overall"]["score"] == 49.9

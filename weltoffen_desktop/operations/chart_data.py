"""Everything the charts of a round need, gathered from a workspace in one call."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from weltoffen_desktop.domain.distribution import Distribution, answer_distribution
from weltoffen_desktop.domain.scoring import RoundResult
from weltoffen_desktop.operations.results import RoundReport, round_report
from weltoffen_desktop.storage.database import Workspace


@dataclass(frozen=True, eq=False)  # compared by identity: one read of a round is one object
class ChartData:
    report: RoundReport  # the round the charts are about
    compare_name: str | None = None  # an earlier round to compare with
    compare_result: RoundResult | None = None

    @functools.cached_property
    def distribution(self) -> Distribution:
        """Field id -> {value: count, None: skipped}; counted once, when a chart needs it."""
        return answer_distribution(self.report.catalogue, self.report.ratings)


def chart_data(ws: Workspace, round_name: str, compare_round: str | None = None) -> ChartData:
    """The data of ``round_name`` (and of ``compare_round``); InvalidInput for unknown rounds."""
    report = round_report(ws, round_name)
    earlier = round_report(ws, compare_round) if compare_round is not None else None
    return ChartData(
        report=report,
        compare_name=earlier.round_name if earlier else None,
        compare_result=earlier.result if earlier else None,
    )

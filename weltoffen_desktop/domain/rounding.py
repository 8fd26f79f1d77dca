"""Numbers rounded for display that stay on the same side of every threshold.

A score of 49.96 rounds to 50.0, yet it lies in the stage below 50: printed as "50,0"
beside that stage, the label contradicts the stage. The same holds for a spread just under
the disagreement threshold. ``rounded_within`` rounds as usual, and where that would carry
a number over a threshold it rounds towards the number's own side instead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

DECIMALS = 1  # places every score and spread is shown with


def _side(value: float, thresholds: Sequence[float]) -> int:
    return sum(1 for threshold in thresholds if threshold <= value)


def rounded_within(
    value: float, thresholds: Sequence[float], decimals: int = DECIMALS
) -> tuple[float, int]:
    """``value`` rounded without crossing a threshold, and the places to print it with.

    The places are ``decimals`` unless a threshold lies closer to ``value`` than that
    precision can tell apart (a catalogue threshold of 33.33, say).
    """
    own = _side(value, thresholds)
    for places in range(decimals, decimals + 8):
        step = 10**places
        for candidate in (
            round(value, places),
            math.floor(value * step) / step,
            math.ceil(value * step) / step,
        ):
            if _side(candidate, thresholds) == own:
                return candidate, places
    return value, decimals + 8

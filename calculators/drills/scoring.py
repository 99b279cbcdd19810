"""Score an estimate the way estimates are judged: by how many times off it is, not by how many units.

Being 2x too high and 2x too low are equally wrong, so the distance is measured in log space (the larger of
answer/expected and expected/answer). Bands, per step: full marks within 25 %, half within 2x, a fifth for the
right order of magnitude (within 10x), nothing beyond. The bands' edges count as inside.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

BANDS: tuple[tuple[float, float, str], ...] = (
    (1.25, 1.0, "spot on"),
    (2.0, 0.5, "close"),
    (10.0, 0.2, "right order of magnitude"),
)
"""(largest allowed factor off, points, verdict), tightest first."""
OFF = "off by more than 10x"
# An answer within a billionth of a band's edge counts as on it: "1.25x" typed from a rounded figure is inside.
EDGE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Score:
    """How one answer fared: points out of 1, the verdict, and how many times off it was (``inf``: no comparison)."""

    points: float
    verdict: str
    factor_off: float


def score(answer: float, expected: float) -> Score:
    """Points for ``answer`` against ``expected`` (both in the step's unit)."""
    if expected == 0 or answer == 0:
        if answer == expected:
            return Score(1.0, BANDS[0][2], 1.0)
        return Score(0.0, "expected zero" if expected == 0 else OFF, math.inf)
    if (answer < 0) != (expected < 0):
        return Score(0.0, "wrong sign", math.inf)
    factor = max(answer / expected, expected / answer)
    for limit, points, verdict in BANDS:
        if factor <= limit * (1 + EDGE_TOLERANCE):
            return Score(points, verdict, factor)
    return Score(0.0, OFF, factor)

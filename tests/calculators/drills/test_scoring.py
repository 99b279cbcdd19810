"""Marking in log space: symmetric, banded, and exact at the bands' edges."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.drills.scoring import score


@pytest.mark.parametrize(
    ("answer", "expected", "points", "verdict"),
    [
        (100, 100, 1.0, "spot on"),
        (125, 100, 1.0, "spot on"),  # exactly +25 %
        (80, 100, 1.0, "spot on"),  # exactly 1/1.25: -20 % is the same distance in log space
        (126, 100, 0.5, "close"),
        (79, 100, 0.5, "close"),
        (200, 100, 0.5, "close"),  # exactly 2x
        (50, 100, 0.5, "close"),
        (201, 100, 0.2, "right order of magnitude"),
        (1000, 100, 0.2, "right order of magnitude"),  # exactly 10x
        (10, 100, 0.2, "right order of magnitude"),
        (1001, 100, 0.0, "off by more than 10x"),
        (9.99, 100, 0.0, "off by more than 10x"),
        (0, 100, 0.0, "off by more than 10x"),
        (0, 0, 1.0, "spot on"),
        (5, 0, 0.0, "expected zero"),
        (-100, 100, 0.0, "wrong sign"),
        (-120, -100, 1.0, "spot on"),
    ],
)
def test_bands(answer: float, expected: float, points: float, verdict: str) -> None:
    marked = score(answer, expected)
    assert (marked.points, marked.verdict) == (points, verdict)


positive = st.floats(min_value=1e-9, max_value=1e12, allow_nan=False, allow_infinity=False)


@given(positive, st.floats(min_value=1.0, max_value=1e3))
def test_too_high_and_too_low_by_the_same_factor_score_the_same(expected: float, factor: float) -> None:
    assert score(expected * factor, expected).points == score(expected / factor, expected).points


@given(positive, positive)
def test_points_never_grow_as_the_answer_moves_away(expected: float, answer: float) -> None:
    further = answer * 1.5 if answer >= expected else answer / 1.5
    assert score(further, expected).points <= score(answer, expected).points
    assert math.isfinite(score(answer, expected).factor_off)

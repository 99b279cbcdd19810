"""S3 request rate: prefixes needed for PUT and GET rates per partitioned prefix."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute

NAME = "s3_request_rate"


def prefixes(puts: float, gets: float) -> object:
    return compute(NAME, {"put_requests_per_second": puts, "get_requests_per_second": gets})[1].output_values()["prefixes"]


@pytest.mark.parametrize(
    ("puts", "gets", "expected"),
    [
        (0, 0, 1),
        (3500, 5500, 1),
        (3501, 0, 2),
        (0, 5501, 2),
        (5000, 20_000, 4),
        (35_000, 0, 10),
        (7000, 55_000, 10),
        (1, 1, 1),
    ],
)
def test_worked_examples(puts: float, gets: float, expected: int) -> None:
    assert prefixes(puts, gets) == expected


def test_spread_note_only_when_more_than_one_prefix() -> None:
    assert compute(NAME, {"put_requests_per_second": 100, "get_requests_per_second": 100})[1].notes == ()
    assert compute(NAME, {"put_requests_per_second": 10_000})[1].notes


rates = st.floats(min_value=0, max_value=1e9)


@given(rates, rates)
def test_prefixes_cover_both_rates(puts: float, gets: float) -> None:
    count = prefixes(puts, gets)
    assert isinstance(count, int)
    assert count >= 1
    assert count * 3500 >= puts
    assert count * 5500 >= gets
    assert count == max(1, math.ceil(puts / 3500), math.ceil(gets / 5500))


@given(rates, rates, rates)
def test_monotonic_in_load(first: float, second: float, gets: float) -> None:
    low, high = sorted((first, second))
    assert prefixes(low, gets) <= prefixes(high, gets)

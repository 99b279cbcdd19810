"""API Gateway cost: REST and HTTP API volume tiers, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``, per million requests: REST $4 for the
first 333 M, $3 for the next 667 M, $2 for the next 19 B, $1 beyond 20 B; HTTP $1 for the first 300 M, $0.5 beyond.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from tests.calculators.round_facts import ROUND

NAME = "api_gateway_cost"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def run_current(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


@pytest.mark.parametrize(
    ("requests", "api_type", "cost"),
    [
        (1_000_000_000, "rest", 3333),  # 333 M × $4 + 667 M × $3 = $1,332 + $2,001
        (1_000_000_000, "http", 650),  # 300 M × $1 + 700 M × $0.5 = $300 + $350
        (100_000_000, "rest", 400),  # 100 M × $4
        (333_000_000, "rest", 1332),  # 333 M × $4: the whole first tier
        (300_000_000, "http", 300),  # 300 M × $1: the whole first tier
        (21_000_000_000, "rest", 42_333),  # $3,333 + 19,000 M × $2 + 1,000 M × $1 = $3,333 + $38,000 + $1,000
        (0, "rest", 0),
        (1, "http", 0.000001),  # 0.000001 M × $1
    ],
)
def test_tiers(requests: int, api_type: str, cost: float) -> None:
    assert run(requests_per_month=requests, api_type=api_type)["monthly_cost_usd"] == pytest.approx(cost, rel=1e-12, abs=1e-12)


def test_billion_rest_requests() -> None:
    out = run(requests_per_month=1_000_000_000, api_type="rest")
    assert out["monthly_cost_usd"] == pytest.approx(3333, rel=1e-12)  # 333 M × $4 + 667 M × $3
    assert out["average_price_per_million_usd"] == pytest.approx(3.333, rel=1e-12)  # $3,333 ÷ 1,000 M


def test_average_price_with_no_requests_is_the_first_tier() -> None:
    assert run(requests_per_month=0, api_type="http")["average_price_per_million_usd"] == pytest.approx(1, rel=1e-12)  # $1/M


requests = st.integers(min_value=0, max_value=10**13)


@given(requests)
def test_http_is_cheaper_and_outputs_are_finite(count: int) -> None:
    rest = run_current(requests_per_month=count, api_type="rest")["monthly_cost_usd"]
    http = run_current(requests_per_month=count, api_type="http")["monthly_cost_usd"]
    assert isinstance(rest, float)
    assert isinstance(http, float)
    assert math.isfinite(rest)
    assert 0 <= http <= rest


@given(requests, requests, st.sampled_from(("rest", "http")))
def test_monotonic_and_average_never_above_first_tier(first: int, second: int, api_type: str) -> None:
    low, high = sorted((first, second))
    low_out = run_current(requests_per_month=low, api_type=api_type)
    high_out = run_current(requests_per_month=high, api_type=api_type)
    assert low_out["monthly_cost_usd"] <= high_out["monthly_cost_usd"]
    assert high_out["average_price_per_million_usd"] <= low_out["average_price_per_million_usd"] + 1e-9

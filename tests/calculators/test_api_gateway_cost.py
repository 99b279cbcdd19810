"""API Gateway cost: REST and HTTP API volume tiers, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "api_gateway_cost"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


@pytest.mark.parametrize(
    ("requests", "api_type", "cost"),
    [
        (1_000_000_000, "rest", 333 * 3.50 + 667 * 2.80),  # $3,033.10
        (1_000_000_000, "http", 300 * 1.00 + 700 * 0.90),  # $930.00
        (100_000_000, "rest", 350.00),
        (333_000_000, "rest", 1165.50),
        (300_000_000, "http", 300.00),
        (21_000_000_000, "rest", 3033.10 + 19_000 * 2.38 + 1000 * 1.51),
        (0, "rest", 0.0),
        (1, "http", 0.000001),
    ],
)
def test_tiers(requests: int, api_type: str, cost: float) -> None:
    assert run(requests_per_month=requests, api_type=api_type)["monthly_cost_usd"] == pytest.approx(cost, abs=0.005)


def test_billion_rest_requests() -> None:
    out = run(requests_per_month=1_000_000_000, api_type="rest")
    assert out["monthly_cost_usd"] == pytest.approx(3033.10, abs=0.005)
    assert out["average_price_per_million_usd"] == pytest.approx(3.0331)


def test_average_price_with_no_requests_is_the_first_tier() -> None:
    assert run(requests_per_month=0, api_type="http")["average_price_per_million_usd"] == pytest.approx(1.00)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"requests_per_month": -1}, "requests_per_month"),
        ({"requests_per_month": 1.5}, "requests_per_month"),
        ({"requests_per_month": 1e14}, "requests_per_month"),
        ({"requests_per_month": "many"}, "requests_per_month"),
        ({"api_type": "websocket"}, "api_type"),
        ({"caching": True}, "caching"),
    ],
)
def test_invalid_input(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute(NAME, raw)
    assert caught.value.field == field


requests = st.integers(min_value=0, max_value=10**13)


@given(requests)
def test_http_is_cheaper_and_outputs_are_finite(count: int) -> None:
    rest = run(requests_per_month=count, api_type="rest")["monthly_cost_usd"]
    http = run(requests_per_month=count, api_type="http")["monthly_cost_usd"]
    assert isinstance(rest, float)
    assert isinstance(http, float)
    assert math.isfinite(rest)
    assert 0 <= http <= rest


@given(requests, requests, st.sampled_from(("rest", "http")))
def test_monotonic_and_average_never_above_first_tier(first: int, second: int, api_type: str) -> None:
    low, high = sorted((first, second))
    low_out = run(requests_per_month=low, api_type=api_type)
    high_out = run(requests_per_month=high, api_type=api_type)
    assert low_out["monthly_cost_usd"] <= high_out["monthly_cost_usd"]
    assert high_out["average_price_per_million_usd"] <= low_out["average_price_per_million_usd"] + 1e-9

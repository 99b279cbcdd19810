"""NAT gateway cost: gateway-hours, data processed, cross-AZ transfer both ways, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: $0.04 per gateway-hour, $0.04 per GB
processed, $0.01 per GB of cross-AZ transfer in each direction.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from tests.calculators.round_facts import ROUND

NAME = "nat_gateway_cost"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def run_current(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_three_gateways_one_tb() -> None:
    out = run(nat_gateways=3, data_processed_gb_per_month=1000, cross_az_gb_per_month=0)
    assert out["hourly_charge_usd"] == pytest.approx(87.60, rel=1e-12)  # 3 × 730 h × $0.04
    assert out["data_processing_usd"] == pytest.approx(40, rel=1e-12)  # 1,000 GB × $0.04
    assert out["cross_az_transfer_usd"] == 0
    assert out["monthly_cost_usd"] == pytest.approx(127.60, rel=1e-12)  # $87.60 + $40


def test_idle_gateway_still_costs_its_hours() -> None:
    out = run(nat_gateways=1, data_processed_gb_per_month=0)
    assert out["monthly_cost_usd"] == pytest.approx(29.20, rel=1e-12)  # 730 h × $0.04


def test_cross_az_is_billed_in_both_directions() -> None:
    out = run(nat_gateways=1, data_processed_gb_per_month=1000, cross_az_gb_per_month=1000)
    assert out["cross_az_transfer_usd"] == pytest.approx(20, rel=1e-12)  # 1,000 GB × $0.01 × 2 directions
    assert out["monthly_cost_usd"] == pytest.approx(89.20, rel=1e-12)  # $29.20 + $40 + $20


def test_notes() -> None:
    _, result = compute(NAME, {"data_processed_gb_per_month": 10, "cross_az_gb_per_month": 10})
    assert any("gateway VPC endpoints" in note for note in result.notes)
    assert any("route table" in note for note in result.notes)
    assert compute(NAME, {"data_processed_gb_per_month": 0})[1].notes == ()


gateways = st.integers(min_value=1, max_value=1000)
amounts = st.floats(min_value=0, max_value=1e12)


@given(gateways, amounts, amounts)
def test_total_is_the_sum_and_finite(count: int, processed: float, cross_az: float) -> None:
    out = run_current(nat_gateways=count, data_processed_gb_per_month=processed, cross_az_gb_per_month=cross_az)
    parts = [out["hourly_charge_usd"], out["data_processing_usd"], out["cross_az_transfer_usd"]]
    total = out["monthly_cost_usd"]
    assert isinstance(total, float)
    assert math.isfinite(total)
    assert all(isinstance(part, float) and part >= 0 for part in parts)
    assert total == pytest.approx(sum(parts))


@given(gateways, amounts, amounts)
def test_monotonic_in_data(count: int, first: float, second: float) -> None:
    low, high = sorted((first, second))
    low_cost = run_current(nat_gateways=count, data_processed_gb_per_month=low)["monthly_cost_usd"]
    high_cost = run_current(nat_gateways=count, data_processed_gb_per_month=high)["monthly_cost_usd"]
    assert low_cost <= high_cost

"""NAT gateway cost: gateway-hours, data processed, cross-AZ transfer both ways, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "nat_gateway_cost"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_three_gateways_one_tb() -> None:
    out = run(nat_gateways=3, data_processed_gb_per_month=1000, cross_az_gb_per_month=0)
    assert out["hourly_charge_usd"] == pytest.approx(98.55, abs=0.005)
    assert out["data_processing_usd"] == pytest.approx(45.00, abs=0.005)
    assert out["cross_az_transfer_usd"] == 0
    assert out["monthly_cost_usd"] == pytest.approx(143.55, abs=0.005)


def test_idle_gateway_still_costs_its_hours() -> None:
    assert run(nat_gateways=1, data_processed_gb_per_month=0)["monthly_cost_usd"] == pytest.approx(32.85, abs=0.005)


def test_cross_az_is_billed_in_both_directions() -> None:
    out = run(nat_gateways=1, data_processed_gb_per_month=1000, cross_az_gb_per_month=1000)
    assert out["cross_az_transfer_usd"] == pytest.approx(20.00, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(32.85 + 45.00 + 20.00, abs=0.005)


def test_notes() -> None:
    _, result = compute(NAME, {"data_processed_gb_per_month": 10, "cross_az_gb_per_month": 10})
    assert any("gateway VPC endpoints" in note for note in result.notes)
    assert any("route table" in note for note in result.notes)
    assert compute(NAME, {"data_processed_gb_per_month": 0})[1].notes == ()


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"nat_gateways": 0}, "nat_gateways"),
        ({"nat_gateways": 1.5}, "nat_gateways"),
        ({"nat_gateways": 5000}, "nat_gateways"),
        ({"data_processed_gb_per_month": -1}, "data_processed_gb_per_month"),
        ({"data_processed_gb_per_month": "a lot"}, "data_processed_gb_per_month"),
        ({"cross_az_gb_per_month": -0.1}, "cross_az_gb_per_month"),
        ({"cross_az_gb_per_month": 1e13}, "cross_az_gb_per_month"),
        ({"internet_gb_per_month": 1}, "internet_gb_per_month"),
    ],
)
def test_invalid_input(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute(NAME, raw)
    assert caught.value.field == field


gateways = st.integers(min_value=1, max_value=1000)
amounts = st.floats(min_value=0, max_value=1e12)


@given(gateways, amounts, amounts)
def test_total_is_the_sum_and_finite(count: int, processed: float, cross_az: float) -> None:
    out = run(nat_gateways=count, data_processed_gb_per_month=processed, cross_az_gb_per_month=cross_az)
    parts = [out["hourly_charge_usd"], out["data_processing_usd"], out["cross_az_transfer_usd"]]
    total = out["monthly_cost_usd"]
    assert isinstance(total, float)
    assert math.isfinite(total)
    assert all(isinstance(part, float) and part >= 0 for part in parts)
    assert total == pytest.approx(sum(parts))


@given(gateways, amounts, amounts)
def test_monotonic_in_data(count: int, first: float, second: float) -> None:
    low, high = sorted((first, second))
    low_cost = run(nat_gateways=count, data_processed_gb_per_month=low)["monthly_cost_usd"]
    high_cost = run(nat_gateways=count, data_processed_gb_per_month=high)["monthly_cost_usd"]
    assert low_cost <= high_cost

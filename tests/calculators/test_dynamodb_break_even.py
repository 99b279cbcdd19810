"""DynamoDB break-even: facts examples 1 and 12, peak versus average, the 28.9% break-even, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "dynamodb_break_even"
WRITES_ONLY = {"average_reads_per_second": 0, "peak_reads_per_second": 0}
BREAK_EVEN = 0.00065 / 3600 * 1e6 / 0.625 * 100  # 28.89 %


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_steady_thousand_writes_at_full_utilization() -> None:
    out = run(average_writes_per_second=1000, peak_writes_per_second=1000, item_size_kb=1, target_utilization=1, **WRITES_ONLY)
    assert out["provisioned_monthly_usd"] == pytest.approx(474.50, abs=0.005)
    assert out["on_demand_monthly_usd"] == pytest.approx(1642.50, abs=0.005)
    assert out["cheaper_mode"] == "provisioned"
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN)
    assert out["break_even_utilization"] == pytest.approx(28.9, abs=0.05)
    assert out["average_utilization"] == pytest.approx(100)


def test_million_writes_a_second() -> None:
    full = run(average_writes_per_second=1e6, peak_writes_per_second=1e6, target_utilization=1, **WRITES_ONLY)
    assert full["provisioned_monthly_usd"] == pytest.approx(474_500.00, abs=0.005)
    assert full["on_demand_monthly_usd"] == pytest.approx(1_642_500.00, abs=0.005)
    seventy = run(average_writes_per_second=1e6, peak_writes_per_second=1e6, target_utilization=0.7, **WRITES_ONLY)
    assert seventy["provisioned_monthly_usd"] == pytest.approx(677_857.41, abs=0.005)  # 1,428,572 WCU
    _, result = compute(NAME, {"average_writes_per_second": 1e6, "peak_writes_per_second": 1e6, **WRITES_ONLY})
    assert any("quota increase" in note for note in result.notes)


def test_reads_break_even_is_the_same() -> None:
    out = run(
        average_writes_per_second=0,
        peak_writes_per_second=0,
        average_reads_per_second=1000,
        peak_reads_per_second=1000,
        item_size_kb=4,
        read_consistency="strong",
        target_utilization=1,
    )
    assert out["provisioned_monthly_usd"] == pytest.approx(94.90, abs=0.005)
    assert out["on_demand_monthly_usd"] == pytest.approx(328.50, abs=0.005)
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN)


def test_spiky_traffic_favors_on_demand() -> None:
    out = run(average_writes_per_second=100, peak_writes_per_second=1000, target_utilization=1, **WRITES_ONLY)
    assert out["provisioned_monthly_usd"] == pytest.approx(474.50, abs=0.005)
    assert out["on_demand_monthly_usd"] == pytest.approx(164.25, abs=0.005)
    assert out["cheaper_mode"] == "on_demand"
    assert out["average_utilization"] == pytest.approx(10)


def test_item_size_and_consistency_round_per_item() -> None:
    out = run(
        average_writes_per_second=10,
        peak_writes_per_second=10,
        average_reads_per_second=10,
        peak_reads_per_second=10,
        item_size_kb=4.5,
        read_consistency="transactional",
        target_utilization=1,
    )
    # 5 WCU and 2 × 2 = 4 RCU per item
    assert out["provisioned_monthly_usd"] == pytest.approx(730 * (50 * 0.00065 + 40 * 0.00013), abs=0.005)


def test_no_traffic_is_a_tie() -> None:
    out = run(average_writes_per_second=0, peak_writes_per_second=0, **WRITES_ONLY)
    assert out["cheaper_mode"] == "either"
    assert out["provisioned_monthly_usd"] == 0
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"average_writes_per_second": 10, "peak_writes_per_second": 5}, "peak_writes_per_second"),
        ({"average_reads_per_second": 10, "peak_reads_per_second": 5}, "peak_reads_per_second"),
        ({"average_writes_per_second": -1}, "average_writes_per_second"),
        ({"peak_reads_per_second": 2e9}, "peak_reads_per_second"),
        ({"item_size_kb": 0}, "item_size_kb"),
        ({"item_size_kb": 401}, "item_size_kb"),
        ({"read_consistency": "linearizable"}, "read_consistency"),
        ({"target_utilization": 0}, "target_utilization"),
        ({"target_utilization": 1e-308}, "target_utilization"),
        ({"target_utilization": 1.2}, "target_utilization"),
        ({"target_utilization": "high"}, "target_utilization"),
    ],
)
def test_invalid_input(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute(NAME, raw)
    assert caught.value.field == field


loads = st.floats(min_value=0.01, max_value=1e6)
factors = st.floats(min_value=1, max_value=100)
utilizations = st.floats(min_value=0.1, max_value=1)


@given(loads, factors, loads, factors, st.floats(min_value=0.1, max_value=400), utilizations)
def test_cheaper_mode_agrees_with_utilization(
    avg_writes: float, write_peak: float, avg_reads: float, read_peak: float, size_kb: float, utilization: float
) -> None:
    out = run(
        average_writes_per_second=avg_writes,
        peak_writes_per_second=avg_writes * write_peak,
        average_reads_per_second=avg_reads,
        peak_reads_per_second=avg_reads * read_peak,
        item_size_kb=size_kb,
        target_utilization=utilization,
    )
    provisioned, on_demand = out["provisioned_monthly_usd"], out["on_demand_monthly_usd"]
    assert isinstance(provisioned, float)
    assert isinstance(on_demand, float)
    assert math.isfinite(provisioned)
    assert math.isfinite(on_demand)
    assert provisioned > 0
    assert on_demand > 0
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN)
    if out["cheaper_mode"] == "provisioned":
        assert provisioned < on_demand
        assert out["average_utilization"] > out["break_even_utilization"]
    else:
        assert out["cheaper_mode"] == "on_demand"
        assert on_demand < provisioned
        assert out["average_utilization"] < out["break_even_utilization"]


@given(loads, loads, factors)
def test_costs_grow_with_load(first: float, second: float, peak: float) -> None:
    low, high = sorted((first, second))
    low_out = run(average_writes_per_second=low, peak_writes_per_second=low * peak, **WRITES_ONLY)
    high_out = run(average_writes_per_second=high, peak_writes_per_second=high * peak, **WRITES_ONLY)
    assert low_out["provisioned_monthly_usd"] <= high_out["provisioned_monthly_usd"]
    assert low_out["on_demand_monthly_usd"] <= high_out["on_demand_monthly_usd"]

"""DynamoDB break-even: the guide's 1,000 writes/s and 1 M writes/s examples, peak versus average, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: provisioned $0.0006 per WCU-hour and
$0.0001 per RCU-hour, on-demand $0.6 per million write and $0.1 per million read request units. A 730-hour
month has 2,628,000 seconds.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from tests.calculators.round_facts import ROUND

NAME = "dynamodb_break_even"
WRITES_ONLY = {"average_reads_per_second": 0, "peak_reads_per_second": 0}
BREAK_EVEN = 100 / 3.6  # $0.0006 per WCU-hour ÷ 3,600 s × 1,000,000 ÷ $0.6 per million × 100 = 27.78 %, reads alike


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def test_steady_thousand_writes_at_full_utilization() -> None:
    out = run(average_writes_per_second=1000, peak_writes_per_second=1000, item_size_kb=1, target_utilization=1, **WRITES_ONLY)
    assert out["provisioned_monthly_usd"] == pytest.approx(438, rel=1e-12)  # 1,000 WCU × 730 h × $0.0006
    assert out["on_demand_monthly_usd"] == pytest.approx(1576.80, rel=1e-12)  # 1,000 × 2,628,000 s ÷ 1 M × $0.6
    assert out["cheaper_mode"] == "provisioned"
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN, rel=1e-12)  # $438 ÷ $1,576.80
    assert out["average_utilization"] == pytest.approx(100)


@pytest.mark.current_prices
def test_steady_thousand_writes_at_todays_prices() -> None:
    """Checks the guide's 1,000 writes/s break-even example against today's prices; it will change on a price refresh."""
    raw = {"average_writes_per_second": 1000, "peak_writes_per_second": 1000, "item_size_kb": 1, "target_utilization": 1}
    out = compute(NAME, {**raw, **WRITES_ONLY})[1].output_values()
    assert out["provisioned_monthly_usd"] == pytest.approx(474.50, abs=0.005)
    assert out["on_demand_monthly_usd"] == pytest.approx(1642.50, abs=0.005)
    assert out["break_even_utilization"] == pytest.approx(28.9, abs=0.05)


def test_million_writes_a_second() -> None:
    full = run(average_writes_per_second=1e6, peak_writes_per_second=1e6, target_utilization=1, **WRITES_ONLY)
    assert full["provisioned_monthly_usd"] == pytest.approx(438_000, rel=1e-12)  # 1 M WCU × 730 h × $0.0006
    assert full["on_demand_monthly_usd"] == pytest.approx(1_576_800, rel=1e-12)  # 1 M × 2,628,000 s ÷ 1 M × $0.6
    seventy = run(average_writes_per_second=1e6, peak_writes_per_second=1e6, target_utilization=0.7, **WRITES_ONLY)
    # ceil(1,000,000 ÷ 0.7) = 1,428,572 WCU × 730 h × $0.0006 = 1,428,572 × $0.438
    assert seventy["provisioned_monthly_usd"] == pytest.approx(625_714.536, rel=1e-12)
    _, result = compute(NAME, {"average_writes_per_second": 1e6, "peak_writes_per_second": 1e6, **WRITES_ONLY}, ROUND)
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
    assert out["provisioned_monthly_usd"] == pytest.approx(73, rel=1e-12)  # 1,000 RCU × 730 h × $0.0001
    assert out["on_demand_monthly_usd"] == pytest.approx(262.80, rel=1e-12)  # 1,000 × 2,628,000 s ÷ 1 M × $0.1
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN, rel=1e-12)  # $73 ÷ $262.80


def test_spiky_traffic_favors_on_demand() -> None:
    out = run(average_writes_per_second=100, peak_writes_per_second=1000, target_utilization=1, **WRITES_ONLY)
    assert out["provisioned_monthly_usd"] == pytest.approx(438, rel=1e-12)  # held at the peak: 1,000 WCU × 730 h × $0.0006
    assert out["on_demand_monthly_usd"] == pytest.approx(157.68, rel=1e-12)  # 100 × 2,628,000 s ÷ 1 M × $0.6
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
    # 5 WCU and 2 × 2 = 4 RCU per item: 730 h × (50 WCU × $0.0006 + 40 RCU × $0.0001) = 730 × $0.034
    assert out["provisioned_monthly_usd"] == pytest.approx(24.82, rel=1e-12)


def test_no_traffic_is_a_tie() -> None:
    out = run(average_writes_per_second=0, peak_writes_per_second=0, **WRITES_ONLY)
    assert out["cheaper_mode"] == "either"
    assert out["provisioned_monthly_usd"] == 0
    assert out["break_even_utilization"] == pytest.approx(BREAK_EVEN)


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

"""DynamoDB capacity: the guide's 1 M writes/s scenario, rounding rules, and properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: provisioned $0.0006 per WCU-hour and
$0.0001 per RCU-hour, on-demand $0.6 per million write request units, storage $0.2 per GB-month. A 730-hour
month has 2,628,000 seconds.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

MILLION_WRITES = {"reads_per_second": 0, "writes_per_second": 1_000_000, "item_size_kb": 1}


def outputs(**raw: object) -> dict[str, object]:
    return compute("dynamodb_capacity", raw, ROUND)[1].output_values()


def test_million_writes_provisioned_at_full_utilization() -> None:
    out = outputs(**MILLION_WRITES, target_utilization=1)
    assert out["wcu"] == 1_000_000
    assert out["rcu"] == 0
    assert out["min_partitions"] == 1_000
    assert out["monthly_cost_usd"] == pytest.approx(438_000, rel=1e-12)  # 1 M WCU × 730 h × $0.0006


def test_million_writes_with_autoscaling_headroom() -> None:
    out = outputs(**MILLION_WRITES, target_utilization=0.7)
    # ceil(1,000,000 ÷ 0.7) = 1,428,572 WCU × 730 h × $0.0006 = 1,428,572 × $0.438
    assert out["monthly_cost_usd"] == pytest.approx(625_714.536, rel=1e-12)


def test_million_writes_on_demand() -> None:
    out = outputs(**MILLION_WRITES, capacity_mode="on_demand")
    assert out["monthly_cost_usd"] == pytest.approx(1_576_800, rel=1e-12)  # 1 M × 2,628,000 s ÷ 1 M × $0.6


@pytest.mark.current_prices
def test_million_writes_at_todays_prices() -> None:
    """Checks the guide's 1 M writes/s scenario against today's prices; it will change on a price refresh."""
    full = compute("dynamodb_capacity", {**MILLION_WRITES, "target_utilization": 1})[1].output_values()
    headroom = compute("dynamodb_capacity", {**MILLION_WRITES, "target_utilization": 0.7})[1].output_values()
    on_demand = compute("dynamodb_capacity", {**MILLION_WRITES, "capacity_mode": "on_demand"})[1].output_values()
    assert full["monthly_cost_usd"] == pytest.approx(474_500.00, abs=0.005)
    assert headroom["monthly_cost_usd"] == pytest.approx(677_857.41, abs=0.005)
    assert on_demand["monthly_cost_usd"] == pytest.approx(1_642_500.00, abs=0.005)


def test_break_even_example_thousand_writes() -> None:
    provisioned = outputs(reads_per_second=0, writes_per_second=1000, target_utilization=1)
    on_demand = outputs(reads_per_second=0, writes_per_second=1000, capacity_mode="on_demand")
    assert provisioned["monthly_cost_usd"] == pytest.approx(438, rel=1e-12)  # 1,000 WCU × 730 h × $0.0006
    assert on_demand["monthly_cost_usd"] == pytest.approx(1576.80, rel=1e-12)  # 1,000 × 2,628,000 s ÷ 1 M × $0.6


@pytest.mark.parametrize(
    ("size_kb", "consistency", "expected_rcu"),
    [
        (4, "strong", 100),
        (4.1, "strong", 200),  # rounds up to the next 4 KB per item
        (4, "eventual", 50),
        (8, "transactional", 400),
        (0.5, "eventual", 50),
    ],
)
def test_read_units_round_per_item(size_kb: float, consistency: str, expected_rcu: int) -> None:
    out = outputs(reads_per_second=100, writes_per_second=0, item_size_kb=size_kb, read_consistency=consistency)
    assert out["rcu"] == expected_rcu


def test_transactional_writes_cost_double() -> None:
    out = outputs(reads_per_second=0, writes_per_second=10, item_size_kb=2.5, transactional_writes=True)
    assert out["wcu"] == 60  # ceil(2.5) = 3 units x 2 x 10 writes/s


def test_storage_drives_partitions_and_cost() -> None:
    out = outputs(reads_per_second=0, writes_per_second=0, storage_gb=105, target_utilization=1)
    assert out["min_partitions"] == 11
    assert out["monthly_cost_usd"] == pytest.approx(21, rel=1e-12)  # 105 GB × $0.2


def test_quota_note_appears_above_table_default() -> None:
    result = compute("dynamodb_capacity", {**MILLION_WRITES, "target_utilization": 1}, ROUND)[1]
    assert any("quota" in note for note in result.notes)


def test_item_size_error_names_the_limit() -> None:
    with pytest.raises(InputError, match="at most 400 KB"):
        compute("dynamodb_capacity", {"item_size_kb": 500})


rates = st.floats(min_value=0, max_value=1e7, allow_nan=False)


@given(reads=rates, writes=rates, extra=st.floats(min_value=0, max_value=1e6), mode=st.sampled_from(["provisioned", "on_demand"]))
def test_cost_is_finite_and_monotonic_in_load(reads: float, writes: float, extra: float, mode: str) -> None:
    base = compute("dynamodb_capacity", {"reads_per_second": reads, "writes_per_second": writes, "capacity_mode": mode})[1]
    more = compute(
        "dynamodb_capacity", {"reads_per_second": reads + extra, "writes_per_second": writes + extra, "capacity_mode": mode}
    )[1]
    base, more = base.output_values(), more.output_values()
    for out in (base, more):
        for value in out.values():
            assert isinstance(value, int | float)
            assert math.isfinite(value)
            assert value >= 0
    assert more["monthly_cost_usd"] >= base["monthly_cost_usd"]
    assert more["min_partitions"] >= base["min_partitions"]


def test_query_sums_item_sizes_and_rounds_up_once() -> None:
    """Ten 0.4 KB items: GetItem pays 1 RCU each (10), one Query pays ceil(4 KB ÷ 4 KB) = 1 for all ten."""
    common = {"reads_per_second": 10_000, "item_size_kb": 0.4, "read_consistency": "strong"}
    get_item = compute("dynamodb_capacity", {**common, "read_pattern": "get_item"})[1].output_values()
    query = compute("dynamodb_capacity", {**common, "read_pattern": "query", "items_per_query": 10})[1].output_values()
    assert get_item["rcu"] == 10_000
    assert query["rcu"] == 1000
    eleven = compute("dynamodb_capacity", {**common, "read_pattern": "query", "items_per_query": 11})[1].output_values()
    assert eleven["rcu"] == math.ceil(10_000 / 11 * 2)  # 4.4 KB rounds up to 8 KB: two units per Query


def test_a_query_page_stops_at_one_megabyte() -> None:
    out = compute(
        "dynamodb_capacity", {"reads_per_second": 1000, "item_size_kb": 100, "read_pattern": "query", "items_per_query": 50}
    )
    # only 10 items of 100 KB fit a 1 MB page: 1,000 KB ÷ 4 KB = 250 units per call of 10 items, 25 per item
    assert out[1].output_values()["rcu"] == 1000 * 25 // 2  # eventually consistent: half


def test_items_per_query_is_ignored_for_get_item() -> None:
    base = compute("dynamodb_capacity", {})[1].output_values()
    assert compute("dynamodb_capacity", {"items_per_query": 50})[1].output_values() == base


@pytest.mark.parametrize("mode", ["provisioned", "on_demand"])
def test_both_capacity_modes_warn_above_the_table_quota(mode: str) -> None:
    _, over = compute("dynamodb_capacity", {"writes_per_second": 50_000, "capacity_mode": mode, "target_utilization": 1})
    assert any("default per-table quota of 40,000" in note and "W" in note for note in over.notes)
    _, under = compute("dynamodb_capacity", {"writes_per_second": 30_000, "capacity_mode": mode, "target_utilization": 1})
    assert not any("per-table quota" in note for note in under.notes)
    _, reads = compute(
        "dynamodb_capacity",
        {"reads_per_second": 50_000, "read_consistency": "strong", "capacity_mode": mode, "target_utilization": 1},
    )
    assert any("default per-table quota" in note and "R" in note for note in reads.notes)

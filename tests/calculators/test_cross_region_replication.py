"""Cross-Region replication: worked examples, the limits that bind, invalid inputs and properties.

Worked examples compute with the round prices of ``round_facts.ROUND``, so a price refresh moves no test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "cross_region_replication"

WRITES_MONTH = 1000 * 2_628_000  # 1,000 writes/s x 730 h x 3,600 s


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def test_worked_example_dynamodb_three_regions() -> None:
    # 1,000 writes/s of 1 KB into a three-Region global table; round prices: transfer 0.02/GB, rWRU 0.6 per million.
    # Writes a month: 1,000 x 2,628,000 s = 2,628,000,000. Each goes to 2 other Regions.
    # Data: 2,628,000,000 x 1 KB / 1,048,576 x 2 = 5,012.51 GB -> x 0.02 = 100.25
    # rWRU: 2,628,000,000 x ceil(1 / 1) x 2 x 0.6 / 1e6 = 3,153.60; total 3,253.85
    # Lag: floor 70 / 2 = 35 ms; AWS's "typically within a second" -> 1,000 ms.
    out = run(writes_per_second=1000, item_kb=1, regions=3, service="dynamodb_global_tables", inter_region_rtt_ms=70)
    gb = WRITES_MONTH / 1_048_576 * 2
    assert out["replicated_gb_month"] == pytest.approx(gb)
    assert out["transfer_cost_usd_month"] == pytest.approx(gb * 0.02)
    assert out["replicated_write_cost_usd_month"] == pytest.approx(3153.6)
    assert out["total_usd_month"] == pytest.approx(gb * 0.02 + 3153.6)
    assert out["lag_floor_ms"] == 35
    assert out["typical_lag_ms"] == 1000
    assert "last writer wins" in str(out["rpo_note"])


def test_dynamodb_items_over_one_kb_use_more_units() -> None:
    # A 2.5 KB item is 3 write units per replica: three times the 1 KB item's rWRU cost.
    small = run(item_kb=1)["replicated_write_cost_usd_month"]
    large = run(item_kb=2.5)["replicated_write_cost_usd_month"]
    assert large == pytest.approx(3 * small)  # type: ignore[operator]


def test_s3_pays_a_put_per_object_per_destination() -> None:
    # 1,000 objects/s to one destination: 2,628,000,000 / 1,000 x 0.005 = 13,140; lag planned at the RTC bound.
    out = run(service="s3_crr", writes_per_second=1000, item_kb=1, regions=2)
    assert out["replicated_write_cost_usd_month"] == pytest.approx(13140)
    assert out["typical_lag_ms"] == 15 * 60 * 1000


def test_aurora_counts_four_kb_write_ios() -> None:
    # 10 KB of log per write = ceil(10 / 4) = 3 I/Os per secondary; 1 secondary: 2,628,000,000 x 3 x 0.2 / 1e6 = 1,576.80
    out = run(service="aurora_global", writes_per_second=1000, item_kb=10, regions=2)
    assert out["replicated_write_cost_usd_month"] == pytest.approx(1576.8)
    assert out["typical_lag_ms"] == 1000


def test_the_floor_is_half_the_round_trip() -> None:
    assert run(inter_region_rtt_ms=230)["lag_floor_ms"] == 115


def test_aurora_allows_ten_secondary_regions_and_no_more() -> None:
    assert run(service="aurora_global", regions=11)["replicated_gb_month"] > 0  # type: ignore[operator]
    with pytest.raises(InputError) as error:
        run(service="aurora_global", regions=12)
    assert error.value.field == "regions"


def test_a_dynamodb_item_over_400_kb_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(service="dynamodb_global_tables", item_kb=401)
    assert error.value.field == "item_kb"
    assert run(service="s3_crr", item_kb=401)["replicated_gb_month"] > 0  # type: ignore[operator]


@settings(max_examples=40)
@given(
    st.floats(min_value=0.01, max_value=1e5),
    st.floats(min_value=0.1, max_value=400),
    st.integers(min_value=2, max_value=11),
    st.sampled_from(["dynamodb_global_tables", "s3_crr", "aurora_global"]),
)
def test_another_region_never_costs_less(writes: float, size: float, regions: int, service: str) -> None:
    fewer = run(writes_per_second=writes, item_kb=size, regions=regions, service=service)
    if regions < 11 or service != "aurora_global":
        more = run(writes_per_second=writes, item_kb=size, regions=regions + 1, service=service)
        assert more["total_usd_month"] >= fewer["total_usd_month"]  # type: ignore[operator]
        assert more["replicated_gb_month"] >= fewer["replicated_gb_month"]  # type: ignore[operator]

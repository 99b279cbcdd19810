"""Kinesis shards: the guide's one-billion-events-a-day scenario, the three shard limits, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: $0.02 per shard-hour, $0.01 per million
PUT payload units, enhanced fan-out $0.02 per consumer-shard-hour and $0.01 per GB read. A 730-hour month has
2,628,000 seconds.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from calculators.units import SECONDS_PER_DAY
from tests.calculators.round_facts import ROUND

BILLION_A_DAY = 1_000_000_000 / SECONDS_PER_DAY


def outputs(**raw: object) -> dict[str, object]:
    return compute("kinesis_shards", raw, ROUND)[1].output_values()


def test_billion_events_a_day() -> None:
    out = outputs(records_per_second=BILLION_A_DAY, record_size_kb=1)
    assert out["shards"] == 12  # ceil(11,574 records/s ÷ 1,000)
    # 12 shards × 730 h × $0.02 + 1e9 a day × 2,628,000 s ÷ 86,400 s = 30,416.67 M PUT units × $0.01/M
    #   = $175.20 + $304.1667
    assert out["monthly_cost_usd"] == pytest.approx(175.20 + 304.1666666666667, rel=1e-12)


@pytest.mark.current_prices
def test_billion_events_a_day_at_todays_prices() -> None:
    """Checks the guide's one-billion-events-a-day scenario against today's prices; it will change on a price refresh."""
    out = compute("kinesis_shards", {"records_per_second": BILLION_A_DAY, "record_size_kb": 1})[1].output_values()
    assert out["shards"] == 12
    assert out["monthly_cost_usd"] == pytest.approx(557.23, abs=0.005)


def test_peak_factor_sizes_shards_but_not_put_units() -> None:
    out = outputs(records_per_second=BILLION_A_DAY, record_size_kb=1, peak_factor=2)
    assert out["shards"] == 24
    # 24 shards × 730 h × $0.02 + the same 30,416.67 M PUT units × $0.01/M = $350.40 + $304.1667
    assert out["monthly_cost_usd"] == pytest.approx(350.40 + 304.1666666666667, rel=1e-12)


def test_bytes_limit_binds_for_large_records() -> None:
    assert outputs(records_per_second=100, record_size_kb=100)["shards"] == 10  # 9.77 MiB/s


def test_polling_consumers_share_read_throughput() -> None:
    assert outputs(records_per_second=1000, record_size_kb=1, consumers=5)["shards"] == 3  # 0.98 MiB/s x 5 / 2


def test_enhanced_fan_out_gives_each_consumer_its_own_read_throughput() -> None:
    out = outputs(records_per_second=1000, record_size_kb=1, consumers=5, enhanced_fan_out=True)
    assert out["shards"] == 1
    polling = outputs(records_per_second=1000, record_size_kb=1, consumers=5)
    assert polling["shards"] == 3
    # 2.628e9 records a month, one PUT unit each: 2,628 M × $0.01/M = $26.28
    # polling: 3 shards × 730 h × $0.02 + $26.28 = $43.80 + $26.28
    assert polling["monthly_cost_usd"] == pytest.approx(70.08, rel=1e-12)
    # fan-out: 1 shard × 730 h × $0.02 + $26.28 + 5 consumers × 1 shard × 730 h × $0.02
    #   + 2.628e9 × 1 KiB × 5 consumers ÷ 1,048,576 KiB per GB × $0.01 = $14.60 + $26.28 + $73 + $125.3128...
    fan_out_gb = 2_628_000_000 * 5 / 1_048_576  # 12,531.28 GB
    assert out["monthly_cost_usd"] == pytest.approx(14.60 + 26.28 + 73 + fan_out_gb * 0.01, rel=1e-12)


@given(
    rate=st.floats(min_value=0.001, max_value=1e7),
    size=st.floats(min_value=0.001, max_value=1024),
    consumers=st.integers(min_value=1, max_value=20),
    efo=st.booleans(),
    growth=st.floats(min_value=1, max_value=10),
)
def test_shards_and_cost_grow_with_rate(rate: float, size: float, consumers: int, efo: bool, growth: float) -> None:
    base = outputs(records_per_second=rate, record_size_kb=size, consumers=consumers, enhanced_fan_out=efo)
    more = outputs(records_per_second=rate * growth, record_size_kb=size, consumers=consumers, enhanced_fan_out=efo)
    for out in (base, more):
        assert out["shards"] >= 1
        assert math.isfinite(out["monthly_cost_usd"]) and out["monthly_cost_usd"] > 0
    assert more["shards"] >= base["shards"]
    assert more["monthly_cost_usd"] >= base["monthly_cost_usd"]


def test_polling_consumers_share_five_get_records_calls_per_shard() -> None:
    _, five = compute("kinesis_shards", {"consumers": 5})
    assert five.output_values()["get_records_calls_per_shard"] == 5
    assert not any("GetRecords" in note for note in five.notes)
    _, six = compute("kinesis_shards", {"consumers": 6})
    assert six.output_values()["get_records_calls_per_shard"] == 6
    assert any("GetRecords" in note and "enhanced fan-out" in note for note in six.notes)


def test_more_shards_never_relieve_the_polling_limit() -> None:
    small = compute("kinesis_shards", {"consumers": 6})[1].output_values()
    big = compute("kinesis_shards", {"consumers": 6, "records_per_second": 100_000})[1].output_values()
    assert big["shards"] > small["shards"]
    assert big["get_records_calls_per_shard"] == small["get_records_calls_per_shard"] == 6


def test_enhanced_fan_out_consumers_do_not_poll() -> None:
    _out, result = compute("kinesis_shards", {"consumers": 6, "enhanced_fan_out": True})
    assert result.output_values()["get_records_calls_per_shard"] == 0
    assert not any("GetRecords" in note for note in result.notes)


def test_capacity_mode_picks_the_monthly_cost_and_keeps_the_provisioned_default() -> None:
    modes = {mode: compute("kinesis_shards", {"capacity_mode": mode})[1].output_values() for mode in KINESIS_MODES}
    assert modes["provisioned"]["monthly_cost_usd"] == modes["provisioned"]["provisioned_monthly_usd"]
    assert modes["on_demand"]["monthly_cost_usd"] == modes["on_demand"]["on_demand_monthly_usd"]
    assert modes["on_demand_advantage"]["monthly_cost_usd"] == modes["on_demand_advantage"]["on_demand_advantage_monthly_usd"]
    assert compute("kinesis_shards", {})[0]["capacity_mode"] == "provisioned"


KINESIS_MODES = ("provisioned", "on_demand", "on_demand_advantage")


@pytest.mark.parametrize(("size_kb", "billed_kb"), [(1, 1), (1.5, 2)])  # on-demand rounds each record up to whole KB
def test_on_demand_modes_bill_the_gigabytes(size_kb: float, billed_kb: int) -> None:
    out = outputs(records_per_second=1000, record_size_kb=size_kb, consumers=2)
    gb_in = 2_628_000_000 * billed_kb / 1_048_576  # records a month × KB ÷ 1,048,576 KB per GB: 2,506.26 GB per KB
    # Standard: 730 h × $0.04 + GB in × $0.08 + GB in × 2 consumers × $0.04
    assert out["on_demand_monthly_usd"] == pytest.approx(29.20 + gb_in * 0.08 + gb_in * 2 * 0.04, rel=1e-12)
    # Advantage: GB in × $0.03 + GB in × 2 consumers × $0.02
    assert out["on_demand_advantage_monthly_usd"] == pytest.approx(gb_in * 0.03 + gb_in * 2 * 0.02, rel=1e-12)

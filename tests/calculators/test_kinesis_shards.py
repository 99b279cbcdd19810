"""Kinesis shards: the seed's one-billion-events-a-day scenario, the three shard limits, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from calculators.units import SECONDS_PER_DAY

BILLION_A_DAY = 1_000_000_000 / SECONDS_PER_DAY


def outputs(**raw: object) -> dict[str, object]:
    return compute("kinesis_shards", raw)[1].output_values()


def test_billion_events_a_day() -> None:
    out = outputs(records_per_second=BILLION_A_DAY, record_size_kb=1)
    assert out["shards"] == 12
    assert out["monthly_cost_usd"] == pytest.approx(557.23, abs=0.005)


def test_peak_factor_sizes_shards_but_not_put_units() -> None:
    out = outputs(records_per_second=BILLION_A_DAY, record_size_kb=1, peak_factor=2)
    assert out["shards"] == 24
    assert out["monthly_cost_usd"] == pytest.approx(557.23 + 131.40, abs=0.005)


def test_bytes_limit_binds_for_large_records() -> None:
    assert outputs(records_per_second=100, record_size_kb=100)["shards"] == 10  # 9.77 MiB/s


def test_polling_consumers_share_read_throughput() -> None:
    assert outputs(records_per_second=1000, record_size_kb=1, consumers=5)["shards"] == 3  # 0.98 MiB/s x 5 / 2


def test_enhanced_fan_out_gives_each_consumer_its_own_read_throughput() -> None:
    out = outputs(records_per_second=1000, record_size_kb=1, consumers=5, enhanced_fan_out=True)
    assert out["shards"] == 1
    polling = outputs(records_per_second=1000, record_size_kb=1, consumers=5)
    assert out["monthly_cost_usd"] > polling["monthly_cost_usd"] - 2 * 10.95  # EFO charges on top of 1 shard


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"records_per_second": 0}, "records_per_second"),
        ({"record_size_kb": 1025}, "record_size_kb"),
        ({"consumers": 0}, "consumers"),
        ({"consumers": 2.5}, "consumers"),
        ({"consumers": 21, "enhanced_fan_out": True}, "consumers"),
        ({"peak_factor": 0.5}, "peak_factor"),
    ],
)
def test_invalid_input_names_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute("kinesis_shards", raw)
    assert caught.value.field == field


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

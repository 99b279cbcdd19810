"""MSK or Kinesis: worked examples, the limits that bind, invalid inputs and properties.

Worked examples compute with the round prices of ``round_facts.ROUND``, so a price refresh moves no test.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "msk_vs_kinesis"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def test_worked_example_one_mib_per_second() -> None:
    # 1,024 events/s of 1 KB = 1 MiB/s, two consumer applications, 24 h retention, three kafka.m7g.large brokers.
    # Round prices: shard-hour 0.02, PUT units 0.01 per million, broker-hour 0.2, storage 0.1 per GB-month.
    # Kinesis shards: ceil(1,024 / 1,000) = 2 for records; 1 MiB/s / 1 = 1 for writes; 1 x 2 / 2 = 1 for reads -> 2.
    #   shard-hours 2 x 730 x 0.02 = 29.20; PUT units 1,024 x 2,628,000 s = 2,691,072,000 x 0.01 / 1e6 = 26.91072
    #   Kinesis = 56.11072 (24 h is the default retention: no extended retention)
    # MSK storage: 1 MiB/s x 3,600 x 24 / 1,024 x 3 replicas = 253.125 GB
    #   brokers: ceil(1 x 3 / 20) = 1 for throughput, ceil(253.125 / 16,384) = 1 for storage, floor 3 -> 3
    #   3 x 730 x 0.2 = 438 + 253.125 x 0.1 = 25.3125 -> 463.3125
    out = run(events_per_second=1024, event_kb=1, consumers=2, retention_hours=24)
    assert out["kinesis_shards"] == 2
    assert out["kinesis_cost_usd_month"] == pytest.approx(56.11072)
    assert out["msk_brokers"] == 3
    assert out["msk_storage_gb"] == pytest.approx(253.125)
    assert out["msk_cost_usd_month"] == pytest.approx(463.3125)
    assert out["cheaper"] == "Kinesis"
    assert out["difference_usd_month"] == pytest.approx(463.3125 - 56.11072)


def test_kinesis_side_matches_kinesis_shards() -> None:
    kinesis = compute("kinesis_shards", {"records_per_second": 7000, "record_size_kb": 3, "consumers": 3}, ROUND)[1]
    out = run(events_per_second=7000, event_kb=3, consumers=3)
    assert out["kinesis_shards"] == kinesis.output_values()["shards"]
    assert out["kinesis_cost_usd_month"] == pytest.approx(kinesis.output_values()["provisioned_monthly_usd"])


def test_extended_retention_adds_shard_hours() -> None:
    # A week of retention: each of the 2 shards pays 730 h x 0.02 more; MSK storage grows sevenfold.
    day = run(events_per_second=1024, retention_hours=24)
    week = run(events_per_second=1024, retention_hours=168)
    assert week["kinesis_cost_usd_month"] == pytest.approx(day["kinesis_cost_usd_month"] + 2 * 730 * 0.02)  # type: ignore[operator]
    assert week["msk_storage_gb"] == pytest.approx(7 * 253.125)


def test_throughput_binds_and_rounds_to_three_azs() -> None:
    # 20 MiB/s of writes x 3 replicas = 60 MiB/s; at 20 MiB/s per broker that is 3 brokers; 21 MiB/s needs 4 -> 6.
    assert run(events_per_second=20 * 1024, broker_write_mib_s=20)["msk_brokers"] == 3
    assert run(events_per_second=21 * 1024, broker_write_mib_s=20)["msk_brokers"] == 6


def test_storage_binds_for_long_retention_of_a_heavy_stream() -> None:
    # 100 MiB/s kept 168 h, 3 replicas: 100 x 3,600 x 168 / 1,024 x 3 = 177,187.5 GB; / 16,384 GiB = 10.8 -> 11 -> 12.
    out = run(events_per_second=100 * 1024, retention_hours=168, broker_write_mib_s=1000)
    assert out["msk_storage_gb"] == pytest.approx(177187.5)
    assert out["msk_brokers"] == 12


def test_many_consumers_favour_msk() -> None:
    # Ten polling applications multiply Kinesis read shards by five; Kafka consumer groups add no brokers here.
    out = run(events_per_second=10 * 1024, consumers=10, broker_write_mib_s=50)
    assert out["kinesis_shards"] == 50
    assert out["cheaper"] == "MSK"
    compute_result = compute(NAME, {"events_per_second": 10 * 1024, "consumers": 10}, ROUND)[1]
    assert any("GetRecords" in note for note in compute_result.notes)


def test_replication_factor_above_the_broker_floor_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(replication_factor=4, brokers=3)
    assert error.value.field == "replication_factor"


def test_fewer_than_three_brokers_is_refused() -> None:
    with pytest.raises(InputError) as error:
        run(brokers=2)
    assert error.value.field == "brokers"


@settings(max_examples=40)
@given(st.floats(min_value=1, max_value=1e6), st.integers(min_value=1, max_value=20), st.floats(min_value=24, max_value=168))
def test_more_events_never_cost_less(rate: float, consumers: int, retention: float) -> None:
    fewer = run(events_per_second=rate, consumers=consumers, retention_hours=retention)
    more = run(events_per_second=rate * 2, consumers=consumers, retention_hours=retention)
    for key in ("kinesis_cost_usd_month", "msk_cost_usd_month", "msk_brokers", "kinesis_shards"):
        assert more[key] >= fewer[key]  # type: ignore[operator]

"""Cache cluster: a worked example, the constraint that binds in each regime, limits, invalid inputs, properties.

The calculator reads limits only (maxmemory per node type, shard and cluster quotas), which come from the
data as they are; it prices nothing, so the round prices of ``round_facts.ROUND`` change nothing here.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "cache_cluster"
GIB = 2**30
R7G_XLARGE_BYTES = 28_261_849_702  # maxmemory of cache.r7g.xlarge, ElastiCache "node-type specific parameters"
R7G_LARGE_BYTES = 14_037_181_030  # maxmemory of cache.r7g.large, same table


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def test_worked_example() -> None:
    # 50,000,000 items of 1,000 bytes plus 80 bytes overhead: 5.4e10 bytes ÷ 2^30 = 50.2914 GiB.
    # cache.r7g.xlarge: 28,261,849,702 bytes ÷ 2^30 = 26.3209 GiB; × 0.75 (25% reserved) × 0.8 (20% headroom)
    #   = 15.7925 GiB usable; 50.2914 ÷ 15.7925 = 3.18 -> 4 shards for memory.
    # 200,000 requests/s, 90% reads, 1 replica read from: busiest node carries 20,000 writes + 180,000 ÷ 2 reads
    #   = 110,000/s against 100,000 × 0.8 = 80,000/s usable -> ceil(1.375) = 2 shards for throughput.
    # Memory binds: 4 shards × (1 primary + 1 replica) = 8 nodes.
    out = run()
    assert out["working_set_gb"] == pytest.approx(50_000_000 * 1080 / GIB, rel=1e-12)
    assert out["working_set_gb"] == pytest.approx(50.2914, abs=1e-4)
    assert out["usable_gb_per_node"] == pytest.approx(R7G_XLARGE_BYTES / GIB * 0.75 * 0.8, rel=1e-12)
    assert out["shards_for_memory"] == 4
    assert out["shards_for_throughput"] == 2
    assert out["shards"] == 4
    assert out["nodes"] == 8
    assert out["binding_constraint"] == "memory"


def test_throughput_binds_at_two_million_requests() -> None:
    # 200,000 writes + 1,800,000 reads ÷ 2 = 1,100,000/s ÷ 80,000/s = 13.75 -> 14 shards, 28 nodes.
    out = run(requests_per_second=2_000_000)
    assert out["shards_for_throughput"] == 14
    assert out["shards"] == 14
    assert out["nodes"] == 28
    assert out["binding_constraint"] == "throughput"


def test_replica_reads_relieve_reads_but_not_writes() -> None:
    read_heavy = {"requests_per_second": 2_000_000, "read_share_percent": 100}
    # primary only: 2,000,000 ÷ 80,000 = 25 shards; over primary and 3 replicas: 500,000 ÷ 80,000 -> 7 shards
    assert run(**read_heavy, read_from_replicas=False, replicas_per_shard=3)["shards_for_throughput"] == 25
    assert run(**read_heavy, replicas_per_shard=3)["shards_for_throughput"] == 7
    write_heavy = {"requests_per_second": 2_000_000, "read_share_percent": 0}
    assert run(**write_heavy, replicas_per_shard=0)["shards_for_throughput"] == 25
    assert run(**write_heavy, replicas_per_shard=5)["shards_for_throughput"] == 25


def test_smaller_node_needs_more_shards_for_the_same_data() -> None:
    # cache.r7g.large: 14,037,181,030 bytes ÷ 2^30 × 0.6 = 7.8439 GiB usable; 50.2914 ÷ 7.8439 = 6.41 -> 7 shards
    out = run(node_type="cache.r7g.large")
    assert out["usable_gb_per_node"] == pytest.approx(R7G_LARGE_BYTES / GIB * 0.6, rel=1e-12)
    assert out["shards_for_memory"] == 7


def test_more_shards_than_a_cluster_can_hold_is_rejected() -> None:
    # 10 billion 1 KB items: 10,058 GiB ÷ 7.84 GiB usable per cache.r7g.large -> 1,283 shards, above 500
    with pytest.raises(InputError) as error:
        run(items=10_000_000_000, node_type="cache.r7g.large", replicas_per_shard=0)
    assert error.value.field == "node_type"
    assert "500" in error.value.message


def test_more_nodes_than_a_cluster_can_hold_is_rejected() -> None:
    # 20,000,000 requests/s of writes: 250 shards; with 1 replica that is 500 nodes (allowed), with 2 it is 750
    assert run(requests_per_second=20_000_000, read_share_percent=0, replicas_per_shard=1)["nodes"] == 500
    with pytest.raises(InputError) as error:
        run(requests_per_second=20_000_000, read_share_percent=0, replicas_per_shard=2)
    assert error.value.field == "replicas_per_shard"


def test_quota_and_no_replica_notes() -> None:
    _, big = compute(NAME, {"requests_per_second": 10_000_000}, ROUND)
    assert any("default quota" in note for note in big.notes)
    _, bare = compute(NAME, {"replicas_per_shard": 0}, ROUND)
    assert any("No replicas" in note for note in bare.notes)


@pytest.mark.parametrize("replicas", [6, -1, 1.5])
def test_replicas_are_bounded_by_nodes_per_shard(replicas: float) -> None:
    with pytest.raises(InputError) as error:
        run(replicas_per_shard=replicas)
    assert error.value.field == "replicas_per_shard"


def test_invalid_rate_per_node_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(ops_per_second_per_node=0)
    assert error.value.field == "ops_per_second_per_node"


@given(
    items=st.integers(min_value=1, max_value=20_000_000),  # kept under the per-cluster node ceiling
    size=st.floats(min_value=1, max_value=4_000),
    rate=st.floats(min_value=0, max_value=1_000_000),
    reads=st.floats(min_value=0, max_value=100),
    replicas=st.integers(min_value=0, max_value=5),
)
def test_more_data_or_traffic_never_needs_fewer_shards(items: int, size: float, rate: float, reads: float, replicas: int) -> None:
    base = run(items=items, item_bytes=size, requests_per_second=rate, read_share_percent=reads, replicas_per_shard=replicas)
    more = run(
        items=items * 2, item_bytes=size, requests_per_second=rate * 2, read_share_percent=reads, replicas_per_shard=replicas
    )
    for out in (base, more):
        assert isinstance(out["shards"], int) and out["shards"] >= 1
        assert out["shards"] == max(out["shards_for_memory"], out["shards_for_throughput"])  # type: ignore[type-var]
        assert out["nodes"] == out["shards"] * (1 + replicas)
        assert math.isfinite(out["working_set_gb"])  # type: ignore[arg-type]
    assert more["shards"] >= base["shards"]  # type: ignore[operator]

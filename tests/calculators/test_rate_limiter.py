"""Rate limiter: worked examples, the limits that bind, invalid inputs and properties.

The calculator reads no prices, only ElastiCache limits (cache.r7g.large maxmemory, the default reserved-memory
percentage, the sorted-set listpack limit), which the round facts leave as published.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "rate_limiter"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def notes(**raw: object) -> tuple[str, ...]:
    return compute(NAME, raw, ROUND)[1].notes


def test_worked_example_sliding_log_is_memory_bound() -> None:
    # 10 million API keys, an exact sliding-window log with a limit of 1,000 requests a minute.
    # Bytes per key: 40 name + 70 overhead + (1,000 entries x 2 values) x 16 B = 40 + 70 + 32,000 = 32,110 B.
    # Memory: 10,000,000 x 32,110 = 321,100,000,000 B; / 1,073,741,824 = 299.05 GB.
    # Usable per shard: cache.r7g.large maxmemory 14,037,181,030 B (ElastiCache node-type parameters table)
    # x (1 - 0.25 default reserved-memory-percent) = 10,527,885,772.5 B; / 2^30 = 9.805 GB, kept as 9.8.
    # Shards for memory: ceil(299.05 / 9.8) = ceil(30.52) = 31. Throughput: 100,000 / 100,000 = 1 shard.
    out = run(active_keys=10_000_000, algorithm="sliding_window_log", limit_per_window=1000)
    assert out["memory_gb"] == pytest.approx(321_100_000_000 / 1_073_741_824)
    assert out["memory_gb"] == pytest.approx(299.05, abs=0.01)
    assert out["shards_for_memory"] == 31
    assert out["shards_for_throughput"] == 1
    assert out["shards"] == 31
    assert out["binding_constraint"] == "memory"


def test_default_usable_memory_comes_from_the_facts() -> None:
    # 14,037,181,030 x 0.75 / 1,073,741,824 = 9.8049 -> 9.8 (two decimals).
    _, result = compute(NAME, {}, ROUND)
    usable = next(step for step in result.steps if step.label == "Usable memory per shard")
    assert usable.value == pytest.approx(9.8)
    assert "elasticache.reserved_memory_percent" in usable.facts


def test_token_bucket_at_a_high_check_rate_is_throughput_bound() -> None:
    # 1,000,000 keys x (40 + 70 + 2 x 16 = 142 B) = 142,000,000 B = 0.132 GB: one shard of memory.
    # 1,500,000 checks/s x 1 script each / 100,000 commands/s per shard = 15 shards.
    out = run(requests_per_second=1_500_000)
    assert out["memory_gb"] == pytest.approx(142_000_000 / 1_073_741_824)
    assert out["shards_for_memory"] == 1
    assert out["shards_for_throughput"] == 15
    assert out["shards"] == 15
    assert out["binding_constraint"] == "throughput"


def test_separate_commands_multiply_the_load_and_warn_about_the_race() -> None:
    # GET + INCR + EXPIRE: 3 commands a check, 100,000 checks/s -> 300,000 commands/s -> 3 shards.
    assert run(algorithm="fixed_window", ops_per_request=3)["shards_for_throughput"] == 3
    assert any("atomic" in note for note in notes(ops_per_request=3))


def test_each_algorithm_says_how_accurate_it_is() -> None:
    assert any("twice its limit" in note for note in notes(algorithm="fixed_window"))
    assert any("exact" in note for note in notes(algorithm="sliding_window_log", limit_per_window=10))


def test_a_long_log_leaves_the_compact_encoding() -> None:
    assert any("zset-max-listpack-entries" in note for note in notes(algorithm="sliding_window_log", limit_per_window=500))
    assert not any("listpack" in note for note in notes(algorithm="sliding_window_log", limit_per_window=100))


def test_more_shards_than_a_cluster_holds_is_flagged() -> None:
    assert any("several clusters" in note for note in notes(requests_per_second=1e8))


def test_invalid_algorithm_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(algorithm="leaky_bucket")
    assert error.value.field == "algorithm"


@given(
    st.integers(min_value=1, max_value=10**9),
    st.sampled_from(("token_bucket", "fixed_window", "sliding_window_counter", "sliding_window_log")),
)
def test_memory_never_falls_as_keys_grow(keys: int, algorithm: str) -> None:
    fewer = run(active_keys=keys, algorithm=algorithm)["memory_gb"]
    more = run(active_keys=keys * 2, algorithm=algorithm)["memory_gb"]
    assert isinstance(fewer, float) and isinstance(more, float) and more > fewer


@given(st.integers(min_value=1, max_value=10**6))
def test_the_log_grows_with_the_limit(limit: int) -> None:
    smaller = run(algorithm="sliding_window_log", limit_per_window=limit)["memory_gb"]
    larger = run(algorithm="sliding_window_log", limit_per_window=limit + 1)["memory_gb"]
    counter = run(algorithm="sliding_window_counter", limit_per_window=limit)["memory_gb"]
    assert isinstance(smaller, float) and isinstance(larger, float) and larger > smaller
    assert counter == run(algorithm="sliding_window_counter", limit_per_window=limit + 1)["memory_gb"]

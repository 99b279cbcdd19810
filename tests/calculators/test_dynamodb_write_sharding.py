"""DynamoDB write sharding: suffix counts under the 1,000 WCU partition limit with headroom, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "dynamodb_write_sharding"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


@pytest.mark.parametrize(
    ("writes", "size_kb", "headroom", "shards", "per_shard"),
    [
        (5000, 1, 0.8, 7, 5000 / 7),
        (800, 1, 0.8, 1, 800),
        (801, 1, 0.8, 2, 400.5),
        (1000, 3.5, 1, 4, 1000),  # 4 WCU per item
        (700, 1, 0.7, 1, 700),  # 0.7 × 1,000 must not become 700.0000001
        (0.5, 1, 0.8, 1, 0.5),
        (100_000, 1, 0.5, 200, 500),
    ],
)
def test_worked_examples(writes: float, size_kb: float, headroom: float, shards: int, per_shard: float) -> None:
    out = run(writes_per_second_per_key=writes, item_size_kb=size_kb, headroom=headroom)
    assert out["shards"] == shards
    assert out["wcu_per_shard"] == pytest.approx(per_shard)
    assert out["read_queries_per_logical_read"] == shards


def test_notes_recommend_a_random_or_calculated_suffix() -> None:
    _, result = compute(NAME, {"writes_per_second_per_key": 5000})
    assert any("key#6" in note and "time-bucketed" in note for note in result.notes)
    _, single = compute(NAME, {"writes_per_second_per_key": 10})
    assert any("One key is enough" in note for note in single.notes)


def test_item_size_error_names_the_limit() -> None:
    with pytest.raises(InputError, match="maximum item size"):
        compute(NAME, {"item_size_kb": 1000})


writes = st.floats(min_value=0.001, max_value=1e9)
sizes = st.floats(min_value=0.001, max_value=400)
headrooms = st.floats(min_value=0.1, max_value=1)


@given(writes, sizes, headrooms)
def test_each_suffix_stays_under_the_limit_with_the_fewest_suffixes(rate: float, size_kb: float, headroom: float) -> None:
    out = run(writes_per_second_per_key=rate, item_size_kb=size_kb, headroom=headroom)
    shards, per_shard = out["shards"], out["wcu_per_shard"]
    assert isinstance(shards, int)
    assert isinstance(per_shard, float)
    assert math.isfinite(per_shard)
    assert shards >= 1
    usable = 1000 * headroom
    assert per_shard <= usable * (1 + 1e-6)
    total = rate * math.ceil(size_kb)
    assert shards == 1 or total / (shards - 1) > usable * (1 - 1e-6)
    assert out["read_queries_per_logical_read"] == shards


@given(writes, writes, headrooms)
def test_monotonic_in_load(first: float, second: float, headroom: float) -> None:
    low, high = sorted((first, second))
    assert (
        run(writes_per_second_per_key=low, headroom=headroom)["shards"]
        <= run(writes_per_second_per_key=high, headroom=headroom)["shards"]
    )

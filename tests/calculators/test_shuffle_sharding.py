"""Shuffle sharding: AWS's eight-workers-in-pairs example, exact combinations, the cap, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("shuffle_sharding", raw)[1].output_values()


def test_eight_workers_in_pairs() -> None:
    out = outputs(workers=8, workers_per_shard=2, customers=1000)
    assert out["plain_shards"] == 4
    assert out["combinations"] == 28
    assert out["overlap_probability_full"] == pytest.approx(1 / 28)
    assert out["expected_customers_sharing_full_shard"] == pytest.approx(999 / 28)  # about 36
    assert out["expected_customers_sharing_plain_shard"] == pytest.approx(999 / 4)  # about 250


def test_route53_style_pool_gives_millions_of_combinations() -> None:
    out = outputs(workers=100, workers_per_shard=5, customers=1_000_000)
    assert out["combinations"] == 75_287_520
    assert out["expected_customers_sharing_full_shard"] == pytest.approx(999_999 / 75_287_520)


def test_combinations_are_exact_integers() -> None:
    out = outputs(workers=50, workers_per_shard=20, customers=1)
    assert out["combinations"] == math.comb(50, 20) == 47_129_212_243_960
    assert isinstance(out["combinations"], int)
    assert out["expected_customers_sharing_full_shard"] == 0


def test_one_shard_of_everything_isolates_nothing() -> None:
    result = compute("shuffle_sharding", {"workers": 5, "workers_per_shard": 5, "customers": 10})[1]
    out = result.output_values()
    assert out["combinations"] == 1
    assert out["overlap_probability_full"] == 1
    assert out["expected_customers_sharing_full_shard"] == 9
    assert any("only one shard" in note for note in result.notes)


def test_cap_message_says_why() -> None:
    with pytest.raises(InputError, match="10\\^15"):
        compute("shuffle_sharding", {"workers": 1000, "workers_per_shard": 500})


@given(
    workers=st.integers(min_value=2, max_value=1000),
    data=st.data(),
    customers=st.integers(min_value=1, max_value=10**9),
)
def test_outputs_are_consistent(workers: int, data: st.DataObject, customers: int) -> None:
    per_shard = data.draw(st.integers(min_value=1, max_value=workers))
    if math.comb(workers, per_shard) >= 10**15:
        with pytest.raises(InputError) as caught:
            compute("shuffle_sharding", {"workers": workers, "workers_per_shard": per_shard, "customers": customers})
        assert caught.value.field == "workers_per_shard"
        return
    out = outputs(workers=workers, workers_per_shard=per_shard, customers=customers)
    combinations = out["combinations"]
    assert combinations == math.comb(workers, per_shard)
    assert 0 < out["overlap_probability_full"] <= 1
    assert out["overlap_probability_full"] * combinations == pytest.approx(1)
    assert out["expected_customers_sharing_full_shard"] == pytest.approx((customers - 1) / combinations)
    # Shuffle sharding never isolates worse than plain sharding of the same pool.
    assert combinations >= out["plain_shards"] >= 1
    assert out["expected_customers_sharing_full_shard"] <= out["expected_customers_sharing_plain_shard"] + 1e-9


@given(workers=st.integers(min_value=4, max_value=200), customers=st.integers(min_value=2, max_value=10**6))
def test_a_bigger_pool_shares_less(workers: int, customers: int) -> None:
    small = outputs(workers=workers, workers_per_shard=2, customers=customers)
    large = outputs(workers=workers + 1, workers_per_shard=2, customers=customers)
    assert large["combinations"] > small["combinations"]
    assert large["expected_customers_sharing_full_shard"] < small["expected_customers_sharing_full_shard"]

"""CloudFront cost: the US data-transfer tiers, HTTPS requests, Origin Shield on misses, free tier, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: data transfer out per GB $0.1 for the
first 10 TB, then $0.08, $0.06, $0.04, $0.03, $0.02 and $0.01 over 5 PB; $0.01 per 10,000 HTTPS requests;
Origin Shield $0.008 per 10,000 requests.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from tests.calculators.round_facts import ROUND

TB = 1024  # GB in one tier TB


def outputs(**raw: object) -> dict[str, object]:
    return compute("cloudfront_cost", raw, ROUND)[1].output_values()


def outputs_current(**raw: object) -> dict[str, object]:
    return compute("cloudfront_cost", raw)[1].output_values()


def test_defaults() -> None:
    out = outputs()  # 10,000 GB, 100 M requests, 90 % hits
    # 10,000 GB × $0.1 + 100 M ÷ 10,000 × $0.01 = $1,000 + $100
    assert out["monthly_cost_usd"] == pytest.approx(1100, rel=1e-12)
    assert out["origin_requests_per_month"] == 10_000_000


def test_origin_shield_charges_the_misses() -> None:
    out = outputs(origin_shield=True)
    assert out["monthly_cost_usd"] == pytest.approx(1108, rel=1e-12)  # $1,100 + 10 M misses ÷ 10,000 × $0.008


def test_second_tier() -> None:
    out = outputs(data_transfer_gb_per_month=20 * TB, requests_per_month=0)
    assert out["monthly_cost_usd"] == pytest.approx(1843.20, rel=1e-12)  # 10,240 GB × $0.1 + 10,240 GB × $0.08


def test_first_petabyte_crosses_five_tiers() -> None:
    out = outputs(data_transfer_gb_per_month=1024 * TB, requests_per_month=0)
    # 1,024 GB × (10 × $0.1 + 40 × $0.08 + 100 × $0.06 + 350 × $0.04 + 524 × $0.03) = 1,024 × $39.92
    assert out["monthly_cost_usd"] == pytest.approx(40_878.08, rel=1e-12)


def test_beyond_five_petabytes() -> None:
    out = outputs(data_transfer_gb_per_month=6 * 1024 * TB, requests_per_month=0)
    # $40,878.08 + 4,096 TB × 1,024 × $0.02 + 1,024 TB × 1,024 × $0.01 = $40,878.08 + $83,886.08 + $10,485.76
    assert out["monthly_cost_usd"] == pytest.approx(135_249.92, rel=1e-12)


def test_free_tier_covers_a_small_site() -> None:
    assert outputs(data_transfer_gb_per_month=TB, requests_per_month=10_000_000, free_tier=True)["monthly_cost_usd"] == 0


def test_free_tier_is_subtracted_first() -> None:
    out = outputs(data_transfer_gb_per_month=2 * TB, requests_per_month=20_000_000, free_tier=True)
    # (2,048 − 1,024 free) GB × $0.1 + (20 M − 10 M free) ÷ 10,000 × $0.01 = $102.40 + $10
    assert out["monthly_cost_usd"] == pytest.approx(112.40, rel=1e-12)


def test_free_tier_does_not_cover_origin_shield() -> None:
    out = outputs(
        data_transfer_gb_per_month=TB, requests_per_month=10_000_000, cache_hit_ratio=0.5, origin_shield=True, free_tier=True
    )
    assert out["monthly_cost_usd"] == pytest.approx(4, rel=1e-12)  # 5 M misses ÷ 10,000 × $0.008; the rest is free


def test_every_hit_means_no_origin_requests() -> None:
    assert outputs(cache_hit_ratio=1)["origin_requests_per_month"] == 0
    assert outputs(cache_hit_ratio=0)["origin_requests_per_month"] == 100_000_000


@given(
    gb=st.floats(min_value=0, max_value=1e9),
    requests=st.integers(min_value=0, max_value=10**14),
    hit=st.floats(min_value=0, max_value=1),
    shield=st.booleans(),
    free=st.booleans(),
    growth=st.floats(min_value=1, max_value=10),
)
def test_cost_is_finite_nonnegative_and_monotonic(
    gb: float, requests: int, hit: float, shield: bool, free: bool, growth: float
) -> None:
    common = {"cache_hit_ratio": hit, "origin_shield": shield, "free_tier": free}
    base = outputs_current(data_transfer_gb_per_month=gb, requests_per_month=requests, **common)
    more = outputs_current(
        data_transfer_gb_per_month=min(gb * growth, 1e9), requests_per_month=min(requests * 2, 10**14), **common
    )
    cost = base["monthly_cost_usd"]
    assert isinstance(cost, float)
    assert math.isfinite(cost)
    assert cost >= 0
    assert float(str(more["monthly_cost_usd"])) >= cost * (1 - 1e-12)
    if not shield:
        shielded = {**common, "origin_shield": True}
        with_shield = outputs_current(data_transfer_gb_per_month=gb, requests_per_month=requests, **shielded)
        assert float(str(with_shield["monthly_cost_usd"])) >= cost
    assert 0 <= int(str(base["origin_requests_per_month"])) <= requests

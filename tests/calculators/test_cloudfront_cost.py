"""CloudFront cost: the US data-transfer tiers, HTTPS requests, Origin Shield on misses, free tier, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

TB = 1024  # GB in one tier TB


def outputs(**raw: object) -> dict[str, object]:
    return compute("cloudfront_cost", raw)[1].output_values()


def test_defaults() -> None:
    out = outputs()  # 10,000 GB, 100 M requests, 90 % hits
    assert out["monthly_cost_usd"] == pytest.approx(850.00 + 100.00, abs=0.005)
    assert out["origin_requests_per_month"] == 10_000_000


def test_origin_shield_charges_the_misses() -> None:
    out = outputs(origin_shield=True)
    assert out["monthly_cost_usd"] == pytest.approx(957.50, abs=0.005)  # + 10 M ÷ 10,000 × $0.0075


def test_second_tier() -> None:
    out = outputs(data_transfer_gb_per_month=20 * TB, requests_per_month=0)
    assert out["monthly_cost_usd"] == pytest.approx(10 * TB * 0.085 + 10 * TB * 0.080, abs=0.005)  # $1,689.60


def test_first_petabyte_crosses_five_tiers() -> None:
    out = outputs(data_transfer_gb_per_month=1024 * TB, requests_per_month=0)
    expected = TB * (10 * 0.085 + 40 * 0.080 + 100 * 0.060 + 350 * 0.040 + 524 * 0.030)
    assert out["monthly_cost_usd"] == pytest.approx(expected, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(40_724.48, abs=0.005)


def test_beyond_five_petabytes() -> None:
    out = outputs(data_transfer_gb_per_month=6 * 1024 * TB, requests_per_month=0)
    assert out["monthly_cost_usd"] == pytest.approx(40_724.48 + 4096 * TB * 0.025 + 1024 * TB * 0.020, abs=0.005)


def test_free_tier_covers_a_small_site() -> None:
    assert outputs(data_transfer_gb_per_month=TB, requests_per_month=10_000_000, free_tier=True)["monthly_cost_usd"] == 0


def test_free_tier_is_subtracted_first() -> None:
    out = outputs(data_transfer_gb_per_month=2 * TB, requests_per_month=20_000_000, free_tier=True)
    assert out["monthly_cost_usd"] == pytest.approx(TB * 0.085 + 10.00, abs=0.005)  # $97.04


def test_free_tier_does_not_cover_origin_shield() -> None:
    out = outputs(
        data_transfer_gb_per_month=TB, requests_per_month=10_000_000, cache_hit_ratio=0.5, origin_shield=True, free_tier=True
    )
    assert out["monthly_cost_usd"] == pytest.approx(3.75, abs=0.005)


def test_every_hit_means_no_origin_requests() -> None:
    assert outputs(cache_hit_ratio=1)["origin_requests_per_month"] == 0
    assert outputs(cache_hit_ratio=0)["origin_requests_per_month"] == 100_000_000


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"data_transfer_gb_per_month": -1}, "data_transfer_gb_per_month"),
        ({"data_transfer_gb_per_month": 2e9}, "data_transfer_gb_per_month"),
        ({"requests_per_month": -5}, "requests_per_month"),
        ({"requests_per_month": 1.5}, "requests_per_month"),
        ({"cache_hit_ratio": 1.5}, "cache_hit_ratio"),
        ({"cache_hit_ratio": -0.1}, "cache_hit_ratio"),
        ({"origin_shield": "yes"}, "origin_shield"),
        ({"free_tier": 1}, "free_tier"),
    ],
)
def test_invalid_input_names_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute("cloudfront_cost", raw)
    assert caught.value.field == field


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
    base = outputs(data_transfer_gb_per_month=gb, requests_per_month=requests, **common)
    more = outputs(data_transfer_gb_per_month=min(gb * growth, 1e9), requests_per_month=min(requests * 2, 10**14), **common)
    cost = base["monthly_cost_usd"]
    assert isinstance(cost, float)
    assert math.isfinite(cost)
    assert cost >= 0
    assert float(str(more["monthly_cost_usd"])) >= cost * (1 - 1e-12)
    if not shield:
        with_shield = outputs(data_transfer_gb_per_month=gb, requests_per_month=requests, **{**common, "origin_shield": True})
        assert float(str(with_shield["monthly_cost_usd"])) >= cost
    assert 0 <= int(str(base["origin_requests_per_month"])) <= requests

"""Lambda cost: facts sheet example 5 on both architectures, the free tier, tiers, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

EXAMPLE = {"invocations_per_month": 10_000_000, "memory_mb": 512, "duration_ms": 200}


def outputs(**raw: object) -> dict[str, object]:
    return compute("lambda_cost", raw)[1].output_values()


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"architecture": "x86_64"}, 18.67),
        ({"architecture": "arm64"}, 15.33),
        ({"architecture": "x86_64", "free_tier": True}, 11.80),
    ],
)
def test_ten_million_invocations(extra: dict[str, object], expected: float) -> None:
    out = outputs(**EXAMPLE, **extra)
    assert out["gb_seconds"] == pytest.approx(1_000_000)
    assert out["monthly_cost_usd"] == pytest.approx(expected, abs=0.005)


def test_free_tier_never_goes_negative() -> None:
    assert outputs(invocations_per_month=1000, memory_mb=128, duration_ms=10, free_tier=True)["monthly_cost_usd"] == 0


def test_second_tier_applies_beyond_six_billion_gb_seconds() -> None:
    # 7e9 GB-s: 6e9 at the first rate, 1e9 at the second.
    out = outputs(invocations_per_month=7_000_000_000, memory_mb=1024, duration_ms=1000)
    expected = 6e9 * 0.0000166667 + 1e9 * 0.000015 + 7_000 * 0.20
    assert out["monthly_cost_usd"] == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("raw", "field", "limit"),
    [
        ({"memory_mb": 127}, "memory_mb", "at least 128"),
        ({"memory_mb": 10_241}, "memory_mb", "at most 10,240"),
        ({"memory_mb": 512.5}, "memory_mb", "whole number"),
        ({"duration_ms": 900_001}, "duration_ms", "at most 900,000"),
        ({"duration_ms": 0}, "duration_ms", "greater than 0"),
        ({"invocations_per_month": -5}, "invocations_per_month", "at least 0"),
        ({"architecture": "riscv"}, "architecture", "one of"),
    ],
)
def test_invalid_input_names_field_and_limit(raw: dict[str, object], field: str, limit: str) -> None:
    with pytest.raises(InputError) as caught:
        compute("lambda_cost", raw)
    assert caught.value.field == field
    assert limit in caught.value.message


@given(
    invocations=st.integers(min_value=0, max_value=10**12),
    memory=st.integers(min_value=128, max_value=10_240),
    duration=st.floats(min_value=1, max_value=900_000),
    arch=st.sampled_from(["x86_64", "arm64"]),
    free=st.booleans(),
)
def test_cost_is_finite_nonnegative_and_monotonic(invocations: int, memory: int, duration: float, arch: str, free: bool) -> None:
    base = outputs(invocations_per_month=invocations, memory_mb=memory, duration_ms=duration, architecture=arch, free_tier=free)
    more = outputs(
        invocations_per_month=invocations * 2, memory_mb=memory, duration_ms=duration, architecture=arch, free_tier=free
    )
    assert math.isfinite(base["monthly_cost_usd"]) and base["monthly_cost_usd"] >= 0
    assert more["monthly_cost_usd"] >= base["monthly_cost_usd"]


def test_arm_is_cheaper_than_x86_for_compute() -> None:
    assert outputs(**EXAMPLE, architecture="arm64")["monthly_cost_usd"] < outputs(**EXAMPLE)["monthly_cost_usd"]

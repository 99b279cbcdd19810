"""Lambda cost: the guide's 10-million-invocation example on both architectures, the free tier, tiers, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: x86_64 $0.00002, $0.00001 and
$0.000005 per GB-s (tiers at 6 and 15 billion GB-s), arm64 $0.00001 below 7.5 billion GB-s, $0.2 per
million requests.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "lambda_cost"
EXAMPLE = {"invocations_per_month": 10_000_000, "memory_mb": 512, "duration_ms": 200}


def outputs(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # 1,000,000 GB-s × $0.00002 + 10 M requests × $0.2/M = $20 + $2 = $22
        ({"architecture": "x86_64"}, 22),
        # 1,000,000 GB-s × $0.00001 + 10 M × $0.2/M = $10 + $2 = $12
        ({"architecture": "arm64"}, 12),
        # (1,000,000 − 400,000 free) GB-s × $0.00002 + (10 M − 1 M free) × $0.2/M = $12 + $1.8 = $13.8
        ({"architecture": "x86_64", "free_tier": True}, 13.8),
    ],
)
def test_ten_million_invocations(extra: dict[str, object], expected: float) -> None:
    out = outputs(**EXAMPLE, **extra)
    assert out["gb_seconds"] == pytest.approx(1_000_000)  # 10 M × 0.5 GB × 0.2 s
    assert out["monthly_cost_usd"] == pytest.approx(expected, rel=1e-12)


@pytest.mark.current_prices
def test_ten_million_invocations_at_todays_prices() -> None:
    """Checks the guide's 10-million-invocation example against today's prices; it will change on a price refresh."""
    x86 = compute(NAME, {**EXAMPLE, "architecture": "x86_64"})[1].output_values()
    arm = compute(NAME, {**EXAMPLE, "architecture": "arm64"})[1].output_values()
    assert x86["monthly_cost_usd"] == pytest.approx(18.67, abs=0.005)
    assert arm["monthly_cost_usd"] == pytest.approx(15.33, abs=0.005)


def test_free_tier_never_goes_negative() -> None:
    # 1,000 × 0.125 GB × 0.01 s = 1.25 GB-s and 1,000 requests: both inside the free tier
    assert outputs(invocations_per_month=1000, memory_mb=128, duration_ms=10, free_tier=True)["monthly_cost_usd"] == 0


def test_second_tier_applies_beyond_six_billion_gb_seconds() -> None:
    out = outputs(invocations_per_month=7_000_000_000, memory_mb=1024, duration_ms=1000)
    # 7e9 GB-s: 6e9 × $0.00002 + 1e9 × $0.00001 + 7,000 M requests × $0.2/M = $120,000 + $10,000 + $1,400
    assert out["monthly_cost_usd"] == pytest.approx(131_400, rel=1e-12)


def test_third_tier_applies_beyond_fifteen_billion_gb_seconds() -> None:
    out = outputs(invocations_per_month=20_000_000_000, memory_mb=1024, duration_ms=1000)
    # 2e10 GB-s: 6e9 × $0.00002 + 9e9 × $0.00001 + 5e9 × $0.000005 + 20,000 M × $0.2/M
    #   = $120,000 + $90,000 + $25,000 + $4,000 = $239,000
    assert out["monthly_cost_usd"] == pytest.approx(239_000, rel=1e-12)


@pytest.mark.parametrize(
    ("raw", "limit"),
    [
        ({"memory_mb": 127}, "at least 128"),
        ({"memory_mb": 10_241}, "at most 10,240"),
        ({"memory_mb": 512.5}, "whole number"),
        ({"duration_ms": 900_001}, "at most 900,000"),
        ({"duration_ms": 0}, "greater than 0"),
        ({"invocations_per_month": -5}, "at least 0"),
        ({"architecture": "riscv"}, "one of"),
    ],
)
def test_invalid_input_names_the_limit(raw: dict[str, object], limit: str) -> None:
    """The field is checked in test_invalid_inputs.py; this checks the limit the message states."""
    with pytest.raises(InputError) as caught:
        compute(NAME, raw)
    assert limit in caught.value.message


@given(
    invocations=st.integers(min_value=0, max_value=10**12),
    memory=st.integers(min_value=128, max_value=10_240),
    duration=st.floats(min_value=1, max_value=900_000),
    arch=st.sampled_from(["x86_64", "arm64"]),
    free=st.booleans(),
)
def test_cost_is_finite_nonnegative_and_monotonic(invocations: int, memory: int, duration: float, arch: str, free: bool) -> None:
    common = {"memory_mb": memory, "duration_ms": duration, "architecture": arch, "free_tier": free}
    base = compute(NAME, {"invocations_per_month": invocations, **common})[1].output_values()
    more = compute(NAME, {"invocations_per_month": invocations * 2, **common})[1].output_values()
    assert math.isfinite(base["monthly_cost_usd"]) and base["monthly_cost_usd"] >= 0
    assert more["monthly_cost_usd"] >= base["monthly_cost_usd"]


def test_arm_is_cheaper_than_x86_for_compute() -> None:
    # $12 against $22 for the example above
    assert outputs(**EXAMPLE, architecture="arm64")["monthly_cost_usd"] < outputs(**EXAMPLE)["monthly_cost_usd"]

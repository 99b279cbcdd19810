"""Lambda concurrency: Little's law, the account limit, the per-function scaling rate, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "lambda_concurrency"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


@pytest.mark.parametrize(
    ("rps", "duration_ms", "limit", "concurrency", "share", "ramp_up"),
    [
        (500, 200, 1000, 100, 10.0, 0),
        (1000, 1000, 1000, 1000, 100.0, 0),
        (700, 100, 1000, 70, 7.0, 0),  # 700 × 0.1 is 70.00000000000001 in floating point
        (0.1, 30, 1000, 1, 0.1, 0),  # less than one request in flight still needs one environment
        (3, 333.3, 1000, 1, 0.1, 0),
        (10_000, 500, 1000, 5000, 500.0, 0),  # capped at the account limit, reached at once
        (10_000, 500, 10_000, 5000, 50.0, 40),  # 1,000 at once, then 1,000 more every 10 s
        (2500, 1000, 3000, 2500, 2500 / 3000 * 100, 20),
    ],
)
def test_littles_law(rps: float, duration_ms: float, limit: int, concurrency: int, share: float, ramp_up: int) -> None:
    out = run(requests_per_second=rps, duration_ms=duration_ms, account_limit=limit)
    assert out["concurrency"] == concurrency
    assert out["share_of_account_limit"] == pytest.approx(share)
    assert out["ramp_up_seconds"] == ramp_up


@pytest.mark.parametrize(
    ("rps", "duration_ms", "concurrency", "for_rate", "required", "binding"),
    [
        (80_000, 30, 2400, 8000, 8000, "request rate"),  # the Black Friday API: short calls hit the request cap
        (1000, 100, 100, 100, 100, "concurrency"),  # exactly 100 ms: both rules agree
        (1000, 99, 99, 100, 100, "request rate"),
        (500, 200, 100, 50, 100, "concurrency"),
        (15, 1, 1, 2, 2, "request rate"),
    ],
)
def test_the_request_rate_cap_of_ten_per_unit_of_quota(
    rps: float, duration_ms: float, concurrency: int, for_rate: int, required: int, binding: str
) -> None:
    out = run(requests_per_second=rps, duration_ms=duration_ms, account_limit=10_000)
    assert out["concurrency"] == out["quota_for_concurrency"] == concurrency
    assert out["quota_for_request_rate"] == for_rate
    assert out["required_quota"] == required
    assert out["binding_limit"] == binding
    assert out["share_of_account_limit"] == pytest.approx(required / 10_000 * 100)


def test_a_note_says_when_the_request_rate_binds() -> None:
    _, result = compute(NAME, {"requests_per_second": 80_000, "duration_ms": 30, "account_limit": 10_000})
    assert any("request-rate cap binds" in note and "8,000" in note for note in result.notes)
    assert not any("more concurrent executions than the account limit" in note for note in result.notes)


def test_defaults_use_the_account_limit_fact() -> None:
    values, result = compute(NAME, {})
    assert values["account_limit"] == 1000
    assert result.output_values()["concurrency"] == 100
    assert result.steps[0].label == "Duration in seconds"


def test_notes_flag_account_limit_and_scaling_rate() -> None:
    _, result = compute(NAME, {"requests_per_second": 10_000, "duration_ms": 500, "account_limit": 3000})
    assert any("more concurrent executions than the account limit" in note for note in result.notes)
    assert any("about 20 s" in note for note in result.notes)
    _, capped = compute(NAME, {"requests_per_second": 10_000, "duration_ms": 500})
    assert not any("burst from zero" in note for note in capped.notes)  # the account limit binds first
    _, quiet = compute(NAME, {"requests_per_second": 10, "duration_ms": 100})
    assert quiet.notes == ()


def test_timeout_message_names_the_limit() -> None:
    with pytest.raises(InputError, match="15-minute timeout"):
        compute(NAME, {"duration_ms": 1_000_000})


rates = st.floats(min_value=0.001, max_value=1e6)
durations = st.floats(min_value=0.01, max_value=900_000)
account_limits = st.integers(min_value=1, max_value=100_000)


@given(rates, durations, account_limits)
def test_outputs_finite_and_consistent(rps: float, duration_ms: float, limit: int) -> None:
    out = run(requests_per_second=rps, duration_ms=duration_ms, account_limit=limit)
    concurrency = out["concurrency"]
    assert isinstance(concurrency, int)
    assert concurrency >= 1
    assert concurrency >= rps * duration_ms / 1000 - 1e-6
    assert concurrency < rps * duration_ms / 1000 + 1
    share = out["share_of_account_limit"]
    assert isinstance(share, float)
    assert math.isfinite(share)
    assert out["required_quota"] == max(concurrency, out["quota_for_request_rate"])
    assert out["required_quota"] >= rps / 10 - 1e-6
    assert share == pytest.approx(out["required_quota"] / limit * 100)
    ramp_up = out["ramp_up_seconds"]
    assert isinstance(ramp_up, int)
    assert ramp_up >= 0


@given(rates, rates, durations)
def test_monotonic_in_rate(first: float, second: float, duration_ms: float) -> None:
    low, high = sorted((first, second))
    low_out = run(requests_per_second=low, duration_ms=duration_ms)
    high_out = run(requests_per_second=high, duration_ms=duration_ms)
    assert low_out["concurrency"] <= high_out["concurrency"]

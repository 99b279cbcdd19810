"""Retry amplification: the Builders' Library 243x example, partial failures, backoff, invalid inputs, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``, so a price refresh moves no test.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from tests.calculators.round_facts import ROUND

NAME = "retry_amplification"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def test_five_deep_stack_with_three_tries_per_layer_is_243x() -> None:
    # Amazon Builders' Library, "Timeouts, retries, and backoff with jitter": a five-deep stack of service
    # calls ending at a database, three tries at each layer ("first three tries, then nine tries, and so
    # on"), load on the database up 243x. Three tries = first attempt + 2 retries, the AWS SDK standard
    # mode default (sdk.standard_max_attempts = 3): (1 + 2)^5 = 3 × 3 × 3 × 3 × 3 = 243.
    out = run(layers=5, failure_rate_percent=100)
    assert out["attempts_at_deepest_layer_per_request"] == 243
    assert out["load_multiplier"] == pytest.approx(243)
    assert out["request_failure_percent"] == pytest.approx(100)
    # Retrying at a single point in the stack: 1 + 2 = 3 calls.
    assert out["retry_budget_multiplier"] == pytest.approx(3)


def test_default_retries_come_from_the_sdk_fact() -> None:
    inputs = compute(NAME, {}, ROUND)[0]
    assert inputs["retries_per_layer"] == ROUND.value("sdk.standard_max_attempts") - 1 == 2


def test_partial_failure_is_a_geometric_series_over_all_nested_attempts() -> None:
    # 3 layers, 2 retries each: at most 3^3 = 27 calls. With p = 0.5 independent per call the chain stops
    # at the first success: 1 + 0.5 + … + 0.5^26 = (1 − 0.5^27) ÷ 0.5 = 2 − 2^-26 ≈ 1.99999997.
    out = run(layers=3, retries_per_layer=2, failure_rate_percent=50)
    assert out["attempts_at_deepest_layer_per_request"] == 27
    assert out["load_multiplier"] == pytest.approx(2 - 2**-26)
    # The same figure layer by layer: 1.75 × (1 + 0.125 + 0.125²) × (1 + 0.125³ + 0.125⁶).
    layer_by_layer = 1.75 * (1 + 0.125 + 0.125**2) * (1 + 0.125**3 + 0.125**6)
    assert out["load_multiplier"] == pytest.approx(layer_by_layer)
    # Request fails only if all 27 calls fail: 0.5^27 = 7.45e-9, as a percentage 7.45e-7 %.
    assert out["request_failure_percent"] == pytest.approx(100 * 0.5**27)
    # One layer retrying: 1 + 0.5 + 0.25 = 1.75.
    assert out["retry_budget_multiplier"] == pytest.approx(1.75)


def test_wait_adds_timeouts_and_jittered_backoff() -> None:
    # 3 retries, base 100 ms, cap 20 s, timeout 1 s: 4 attempts × 1,000 ms = 4,000 ms of timeouts;
    # ceilings 100, 200, 400 ms = 700 ms; full jitter averages half: 4,000 + 350 = 4,350 ms; max 4,700 ms.
    out = run(retries_per_layer=3, base_delay_ms=100, max_backoff_ms=20_000, timeout_ms=1_000)
    assert out["worst_case_wait_ms"] == pytest.approx(4_350)
    assert out["max_wait_ms"] == pytest.approx(4_700)


def test_the_cap_binds_on_later_retries() -> None:
    # 10 retries from 1 s doubling, cap 20 s: 1, 2, 4, 8, 16, then 20 × 5 = 31 + 100 = 131 s of ceilings.
    result = compute(NAME, {"retries_per_layer": 10, "base_delay_ms": 1_000, "timeout_ms": 100}, ROUND)[1]
    out = result.output_values()
    assert out["max_wait_ms"] == pytest.approx(11 * 100 + 131_000)
    assert out["worst_case_wait_ms"] == pytest.approx(11 * 100 + 65_500)
    assert any("cap binds" in note for note in result.notes)


def test_no_failures_means_no_extra_load() -> None:
    out = run(layers=10, retries_per_layer=10, failure_rate_percent=0)
    assert out["load_multiplier"] == 1
    assert out["request_failure_percent"] == 0


def test_invalid_base_above_cap_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(base_delay_ms=5_000, max_backoff_ms=1_000)
    assert error.value.field == "base_delay_ms"


def test_invalid_layers_names_its_field() -> None:
    with pytest.raises(InputError) as error:
        run(layers=0)
    assert error.value.field == "layers"


@given(
    layers=st.integers(min_value=1, max_value=10),
    retries=st.integers(min_value=0, max_value=10),
    percent=st.floats(min_value=0, max_value=100),
)
def test_zero_retries_never_amplify(layers: int, retries: int, percent: float) -> None:
    assert run(layers=layers, retries_per_layer=0, failure_rate_percent=percent)["load_multiplier"] == 1
    out = run(layers=layers, retries_per_layer=retries, failure_rate_percent=percent)
    assert 1 <= out["load_multiplier"] <= out["attempts_at_deepest_layer_per_request"]  # type: ignore[operator]
    assert out["retry_budget_multiplier"] <= out["load_multiplier"] + 1e-9  # type: ignore[operator]


@given(
    layers=st.integers(min_value=1, max_value=9),
    retries=st.integers(min_value=0, max_value=9),
    percent=st.floats(min_value=0, max_value=99),
)
def test_more_retries_layers_or_failures_never_lower_the_load(layers: int, retries: int, percent: float) -> None:
    base = run(layers=layers, retries_per_layer=retries, failure_rate_percent=percent)["load_multiplier"]
    assert isinstance(base, float)
    for more in (
        run(layers=layers + 1, retries_per_layer=retries, failure_rate_percent=percent),
        run(layers=layers, retries_per_layer=retries + 1, failure_rate_percent=percent),
        run(layers=layers, retries_per_layer=retries, failure_rate_percent=percent + 1),
    ):
        assert more["load_multiplier"] >= base * (1 - 1e-12)  # type: ignore[operator]

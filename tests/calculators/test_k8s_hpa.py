"""Kubernetes HPA: the documented formula and examples, the tolerance band, the min/max clamp, properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("k8s_hpa", raw)[1].output_values()


def test_defaults_scale_up_by_half() -> None:
    out = outputs()  # 4 replicas at 90 against a target of 60
    assert out["desired_replicas"] == 6
    assert out["scaling_decision"] == "scale up"
    assert out["usage_ratio"] == pytest.approx(1.5)


def test_double_the_target_doubles_the_replicas() -> None:
    # the Kubernetes documentation's example: 200m observed against a 100m target doubles the replicas
    assert outputs(current_replicas=3, current_metric=0.2, target_metric=0.1)["desired_replicas"] == 6


def test_half_the_target_halves_the_replicas() -> None:
    out = outputs(current_replicas=4, current_metric=50, target_metric=100)
    assert out["desired_replicas"] == 2
    assert out["scaling_decision"] == "scale down"


def test_rounds_up() -> None:
    assert outputs(current_replicas=3, current_metric=70, target_metric=50)["desired_replicas"] == 5  # ceil(4.2)


def test_multiplies_before_dividing() -> None:
    # 10 × 1.1 is 11.000000000000002 in floating point; 10 × 110 ÷ 100 is exactly 11
    assert (
        outputs(current_replicas=10, current_metric=110, target_metric=100, tolerance=0.05, max_replicas=20)["desired_replicas"]
        == 11
    )


@pytest.mark.parametrize(("metric", "expected"), [(105, 4), (95, 4), (110, 4), (90, 4), (111, 5), (89, 4)])
def test_tolerance_band(metric: float, expected: int) -> None:
    out = outputs(current_replicas=4, current_metric=metric, target_metric=100, min_replicas=1)
    assert out["desired_replicas"] == expected
    if abs(metric - 100) <= 10:
        assert out["scaling_decision"] == "no change (within tolerance)"


def test_ten_percent_below_target_scales_down_once_outside_the_band() -> None:
    assert outputs(current_replicas=10, current_metric=85, target_metric=100, min_replicas=1)["desired_replicas"] == 9


def test_zero_tolerance_reacts_to_any_change() -> None:
    assert outputs(current_replicas=4, current_metric=105, target_metric=100, tolerance=0)["desired_replicas"] == 5


def test_clamped_to_max() -> None:
    compute_result = compute("k8s_hpa", {"current_replicas": 10, "current_metric": 300, "target_metric": 50, "max_replicas": 20})
    out = compute_result[1].output_values()
    assert out["desired_replicas"] == 20
    assert out["scaling_decision"] == "scale up (limited by max_replicas)"
    assert any("60 replicas" in note for note in compute_result[1].notes)


def test_clamped_to_min() -> None:
    out = outputs(current_replicas=4, current_metric=10, target_metric=100, min_replicas=2)
    assert out["desired_replicas"] == 2
    assert out["scaling_decision"] == "scale down (limited by min_replicas)"


def test_idle_metric_goes_to_min() -> None:
    assert outputs(current_replicas=8, current_metric=0, target_metric=60, min_replicas=3)["desired_replicas"] == 3


def test_count_above_max_is_brought_down_even_within_tolerance() -> None:
    out = outputs(current_replicas=12, current_metric=60, target_metric=60, max_replicas=10)
    assert out["desired_replicas"] == 10
    assert out["scaling_decision"] == "scale down (limited by max_replicas)"


replicas = st.integers(min_value=1, max_value=100_000)
metrics = st.floats(min_value=0, max_value=1e12)
targets = st.floats(min_value=0.001, max_value=1e12)


@given(current=replicas, metric=metrics, target=targets, tolerance=st.floats(0, 1), bounds=st.tuples(replicas, replicas))
def test_desired_stays_within_bounds(
    current: int, metric: float, target: float, tolerance: float, bounds: tuple[int, int]
) -> None:
    low, high = sorted(bounds)
    out = outputs(
        current_replicas=current,
        current_metric=metric,
        target_metric=target,
        tolerance=tolerance,
        min_replicas=low,
        max_replicas=high,
    )
    desired = out["desired_replicas"]
    assert isinstance(desired, int)
    assert low <= desired <= high
    assert str(out["scaling_decision"]).split(" (")[0] in {"scale up", "scale down", "no change"}


@given(current=replicas, metric=metrics, target=targets, growth=st.floats(min_value=1, max_value=100))
def test_more_load_never_means_fewer_replicas(current: int, metric: float, target: float, growth: float) -> None:
    common = {"current_replicas": current, "target_metric": target, "min_replicas": 1, "max_replicas": 100_000}
    base = outputs(current_metric=metric, **common)
    more = outputs(current_metric=min(metric * growth, 1e12), **common)
    assert int(str(more["desired_replicas"])) >= int(str(base["desired_replicas"]))

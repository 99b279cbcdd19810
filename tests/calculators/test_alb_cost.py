"""ALB cost: the LCU is the largest of four dimensions, the first 10 rules are free, 730-hour month.

Worked examples compute with the round prices of ``round_facts.ROUND``: $0.02 per ALB-hour and $0.008 per
LCU-hour.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from tests.calculators.round_facts import ROUND

QUIET = {
    "new_connections_per_second": 0,
    "active_connections_per_minute": 0,
    "processed_gb_per_hour": 0,
    "rule_evaluations_per_second": 0,
    "requests_per_second": 0,
}


def outputs(**raw: object) -> dict[str, object]:
    return compute("alb_cost", {**QUIET, **raw}, ROUND)[1].output_values()


def test_idle_load_balancer_pays_only_its_hours() -> None:
    out = outputs()
    assert out["lcus"] == 0
    assert out["monthly_cost_usd"] == pytest.approx(14.60, rel=1e-12)  # 730 h × $0.02


def test_defaults_are_set_by_rule_evaluations() -> None:
    out = compute("alb_cost", {}, ROUND)[1].output_values()
    # 100/25 = 4, 6,000/3,000 = 2, 2/1 = 2, (10,000 - 500 x 10)/1,000 = 5
    assert out["lcus"] == pytest.approx(5)
    assert out["dominant_dimension"] == "rule evaluations"
    assert out["monthly_cost_usd"] == pytest.approx(43.80, rel=1e-12)  # 730 h × $0.02 + 5 LCU × 730 h × $0.008 = $14.60 + $29.20


@pytest.mark.parametrize(
    ("raw", "lcus", "dominant"),
    [
        ({"new_connections_per_second": 50}, 2, "new connections"),
        ({"active_connections_per_minute": 30_000}, 10, "active connections"),
        ({"processed_gb_per_hour": 3}, 3, "processed bytes"),
        ({"processed_gb_per_hour": 2, "lambda_targets": True}, 5, "processed bytes"),
        ({"rule_evaluations_per_second": 4000, "requests_per_second": 100}, 3, "rule evaluations"),
        ({"rule_evaluations_per_second": 4000, "requests_per_second": 400}, 0, "new connections"),  # 10 rules each: free
    ],
)
def test_each_dimension_in_lcus(raw: dict[str, object], lcus: float, dominant: str) -> None:
    out = outputs(**raw)
    assert out["lcus"] == pytest.approx(lcus)
    assert out["dominant_dimension"] == dominant


def test_cost_scales_with_load_balancers() -> None:
    one = outputs(processed_gb_per_hour=10)
    ten = outputs(processed_gb_per_hour=10, load_balancers=10)
    assert one["monthly_cost_usd"] == pytest.approx(73.00, rel=1e-12)  # 730 h × ($0.02 + 10 LCU × $0.008) = 730 × $0.10
    assert ten["monthly_cost_usd"] == pytest.approx(730.00, rel=1e-12)  # ten load balancers, each $73


volumes = st.floats(min_value=0, max_value=1e6)


@given(
    connections=volumes,
    active=volumes,
    gb=st.floats(min_value=0, max_value=1e5),
    evaluations=volumes,
    requests=volumes,
    lambda_targets=st.booleans(),
    growth=st.floats(min_value=1, max_value=10),
)
def test_lcus_are_the_largest_dimension_and_grow_with_traffic(
    connections: float, active: float, gb: float, evaluations: float, requests: float, lambda_targets: bool, growth: float
) -> None:
    raw = {
        "new_connections_per_second": connections,
        "active_connections_per_minute": active,
        "processed_gb_per_hour": gb,
        "rule_evaluations_per_second": evaluations,
        "requests_per_second": requests,
        "lambda_targets": lambda_targets,
    }
    out = outputs(**raw)
    lcus = out["lcus"]
    assert lcus >= connections / 25 - 1e-9
    assert lcus >= active / 3000 - 1e-9
    assert lcus >= gb / (0.4 if lambda_targets else 1) - 1e-9
    assert lcus >= max(0.0, evaluations - 10 * requests) / 1000 - 1e-9
    assert math.isfinite(out["monthly_cost_usd"])
    assert out["monthly_cost_usd"] == pytest.approx(730 * (0.02 + lcus * 0.008))  # round prices: $0.02/h, $0.008/LCU-h
    busier = outputs(**{**raw, "new_connections_per_second": connections * growth, "processed_gb_per_hour": gb * growth})
    assert busier["lcus"] >= lcus

"""EC2 fleet cost: the on-demand prices, discounts per purchase option and their ceilings, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: on demand per hour, m7g.large $0.08,
m6i.large and m7i.large $0.1. The discount ceilings are today's (72 % Savings Plans and RIs, 90 % Spot).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from tests.calculators.round_facts import ROUND


def outputs(**raw: object) -> dict[str, object]:
    return compute("ec2_fleet_cost", raw, ROUND)[1].output_values()


def outputs_current(**raw: object) -> dict[str, object]:
    return compute("ec2_fleet_cost", raw)[1].output_values()


@pytest.mark.parametrize(
    ("instance_type", "hourly", "monthly"),
    [("m7g.large", 0.08, 58.40), ("m6i.large", 0.1, 73), ("m7i.large", 0.1, 73)],  # monthly: 730 h × the hourly price
)
def test_one_instance_on_demand(instance_type: str, hourly: float, monthly: float) -> None:
    out = outputs(instance_type=instance_type)
    assert out["hourly_cost_usd"] == pytest.approx(hourly, rel=1e-12)
    assert out["monthly_cost_usd"] == pytest.approx(monthly, rel=1e-12)


def test_fleet_with_a_savings_plan_discount() -> None:
    out = outputs(instances=10, purchase_option="savings_plan", discount_percent=30)
    assert out["hourly_cost_usd"] == pytest.approx(0.56, rel=1e-12)  # 10 × $0.08 × (1 − 30 %)
    assert out["monthly_cost_usd"] == pytest.approx(408.80, rel=1e-12)  # $0.56 × 730 h


def test_spot_allows_up_to_ninety_percent() -> None:
    out = outputs(instances=100, purchase_option="spot", discount_percent=90)
    assert out["monthly_cost_usd"] == pytest.approx(584, rel=1e-12)  # 100 × $0.08 × (1 − 90 %) × 730 h = $0.80 × 730


def test_part_time_fleet() -> None:
    assert outputs(instances=2, hours_per_month=200)["monthly_cost_usd"] == pytest.approx(32, rel=1e-12)  # 2 × $0.08 × 200 h


def test_commitment_with_no_discount_gets_a_note() -> None:
    _, result = compute("ec2_fleet_cost", {"purchase_option": "reserved"})
    assert any("quote" in note for note in result.notes)


@given(
    instances=st.integers(min_value=1, max_value=100_000),
    instance_type=st.sampled_from(["m7g.large", "m7i.large", "m6i.large"]),
    option=st.sampled_from(["savings_plan", "reserved", "spot"]),
    discount=st.floats(min_value=0, max_value=72),
    hours=st.floats(min_value=0, max_value=744),
)
def test_cost_is_finite_nonnegative_and_monotonic(
    instances: int, instance_type: str, option: str, discount: float, hours: float
) -> None:
    common = {"instance_type": instance_type, "purchase_option": option, "hours_per_month": hours}
    base = outputs_current(instances=instances, discount_percent=discount, **common)
    cost = base["monthly_cost_usd"]
    assert isinstance(cost, float)
    assert math.isfinite(cost)
    assert cost >= 0
    more = outputs_current(instances=min(instances + 1, 100_000), discount_percent=discount, **common)
    assert float(str(more["monthly_cost_usd"])) >= cost
    cheaper = outputs_current(instances=instances, discount_percent=min(discount + 1, 72), **common)
    assert float(str(cheaper["monthly_cost_usd"])) <= cost

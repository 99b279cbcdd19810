"""EC2 fleet cost: the on-demand prices, discounts per purchase option and their ceilings, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("ec2_fleet_cost", raw)[1].output_values()


@pytest.mark.parametrize(
    ("instance_type", "hourly", "monthly"),
    [("m7g.large", 0.0816, 59.57), ("m6i.large", 0.096, 70.08), ("m7i.large", 0.1008, 73.58)],
)
def test_one_instance_on_demand(instance_type: str, hourly: float, monthly: float) -> None:
    out = outputs(instance_type=instance_type)
    assert out["hourly_cost_usd"] == pytest.approx(hourly)
    assert out["monthly_cost_usd"] == pytest.approx(monthly, abs=0.005)


def test_fleet_with_a_savings_plan_discount() -> None:
    out = outputs(instances=10, purchase_option="savings_plan", discount_percent=30)
    assert out["hourly_cost_usd"] == pytest.approx(0.5712)
    assert out["monthly_cost_usd"] == pytest.approx(416.98, abs=0.005)


def test_spot_allows_up_to_ninety_percent() -> None:
    assert outputs(instances=100, purchase_option="spot", discount_percent=90)["monthly_cost_usd"] == pytest.approx(
        595.68, abs=0.005
    )


def test_part_time_fleet() -> None:
    assert outputs(instances=2, hours_per_month=200)["monthly_cost_usd"] == pytest.approx(32.64, abs=0.005)


def test_commitment_with_no_discount_gets_a_note() -> None:
    _, result = compute("ec2_fleet_cost", {"purchase_option": "reserved"})
    assert any("quote" in note for note in result.notes)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"instances": 0}, "instances"),
        ({"instances": -1}, "instances"),
        ({"instances": 1.5}, "instances"),
        ({"instance_type": "t3.micro"}, "instance_type"),
        ({"purchase_option": "dedicated"}, "purchase_option"),
        ({"discount_percent": 10}, "discount_percent"),  # on-demand has no discount
        ({"purchase_option": "savings_plan", "discount_percent": 80}, "discount_percent"),
        ({"purchase_option": "reserved", "discount_percent": 73}, "discount_percent"),
        ({"purchase_option": "spot", "discount_percent": 95}, "discount_percent"),
        ({"purchase_option": "spot", "discount_percent": -5}, "discount_percent"),
        ({"hours_per_month": 745}, "hours_per_month"),
        ({"hours_per_month": -1}, "hours_per_month"),
    ],
)
def test_invalid_input_names_the_field(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute("ec2_fleet_cost", raw)
    assert caught.value.field == field


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
    base = outputs(instances=instances, discount_percent=discount, **common)
    cost = base["monthly_cost_usd"]
    assert isinstance(cost, float)
    assert math.isfinite(cost)
    assert cost >= 0
    more = outputs(instances=min(instances + 1, 100_000), discount_percent=discount, **common)
    assert float(str(more["monthly_cost_usd"])) >= cost
    cheaper = outputs(instances=instances, discount_percent=min(discount + 1, 72), **common)
    assert float(str(cheaper["monthly_cost_usd"])) <= cost

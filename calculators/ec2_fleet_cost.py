"""EC2 fleet cost: instances × hourly on-demand price × hours, less the discount of a purchase option.

Prices are Linux on-demand in us-east-1 for the instance types in ``calculators/data``. Savings Plans,
Reserved Instances and Spot are modeled as a percentage off on-demand that you enter (your quote, or the
Spot price history), checked against the maximum discount AWS advertises for each option: up to 72 % for
EC2 Instance Savings Plans and Reserved Instances (66 % for Compute Savings Plans) and up to 90 % for
Spot. Commitments are billed whether or not the instances run, so hours below 730 only make sense
on demand or on Spot. EBS volumes, data transfer and public IPv4 addresses are not included.
Sources: https://aws.amazon.com/ec2/pricing/on-demand/ and https://aws.amazon.com/savingsplans/ (facts E1–E5).
"""

from __future__ import annotations

from calculators._core import Choice, Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.units import HOURS_PER_DAY, HOURS_PER_MONTH, PERCENT

NAME = "ec2_fleet_cost"
TITLE = "EC2 fleet cost"
SUMMARY = "Monthly and hourly cost of a fleet of EC2 instances, on demand or with a Savings Plan, RI or Spot discount."
QUESTION = "cost"

PRICE_KEYS = {
    "m7g.large": "ec2.m7g_large_hour",
    "m7i.large": "ec2.m7i_large_hour",
    "m6i.large": "ec2.m6i_large_hour",
}
"""On-demand Linux hourly price fact of each instance type offered."""
MAX_DISCOUNT_KEYS = {
    "savings_plan": "ec2.savings_plan_max_discount",
    "reserved": "ec2.reserved_max_discount",
    "spot": "ec2.spot_max_discount",
}
"""The most AWS advertises for each purchase option, in percent."""
OPTION_WORDS = {"on_demand": "on-demand", "savings_plan": "Savings Plans", "reserved": "Reserved Instances", "spot": "Spot"}
LONGEST_MONTH_HOURS = 31 * HOURS_PER_DAY

INPUTS: tuple[Input, ...] = (
    Number(
        name="instances",
        label="Instances",
        unit="instances",
        default=1,
        minimum=1,
        maximum=100_000,
        integer=True,
        help="Instances running at the same time.",
    ),
    Choice(
        name="instance_type",
        label="Instance type",
        choices=tuple(PRICE_KEYS),
        labels=tuple(PRICE_KEYS),
        default="m7g.large",
        help="m7g is Graviton (arm64); m7i and m6i are Intel (x86_64). All have 2 vCPUs and 8 GiB.",
    ),
    Choice(
        name="purchase_option",
        label="Purchase option",
        choices=("on_demand", *MAX_DISCOUNT_KEYS),
        labels=("On-Demand", "Savings Plan", "Reserved Instance", "Spot"),
        default="on_demand",
        help="How the hours are bought; enter the discount your quote gives below.",
    ),
    Number(
        name="discount_percent",
        label="Discount",
        unit="percent off on-demand",
        default=0,
        minimum=0,
        maximum=CURRENT.value("ec2.spot_max_discount"),
        maximum_reason="Spot's advertised maximum",
        help="Savings Plan, RI or Spot discount; 0 for on-demand.",
    ),
    Number(
        name="hours_per_month",
        label="Hours per month",
        unit="hours",
        default=HOURS_PER_MONTH,
        minimum=0,
        maximum=LONGEST_MONTH_HOURS,
        maximum_reason="a 31-day month",
        help="Hours each instance runs; 730 is AWS's average month.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Hourly fleet price after the discount, times the hours in the month."""
    count = int(values["instances"])
    instance_type = str(values["instance_type"])
    option = str(values["purchase_option"])
    discount = float(values["discount_percent"])
    hours = float(values["hours_per_month"])
    ceiling = facts.value(MAX_DISCOUNT_KEYS[option]) if option in MAX_DISCOUNT_KEYS else 0.0
    if option == "on_demand":
        require(discount == 0, "discount_percent", "Discount must be 0 for on_demand: choose savings_plan, reserved or spot")
    require(
        discount <= ceiling,
        "discount_percent",
        f"Discount must be at most {ceiling:g} % for {option} (the most AWS advertises for {OPTION_WORDS[option]})",
    )

    list_price = facts.value(PRICE_KEYS[instance_type])
    unit_price = list_price * (1 - discount / PERCENT)
    hourly = count * unit_price
    monthly = hourly * hours
    notes = []
    if option != "on_demand" and discount == 0:
        notes.append(f"Enter the discount your {OPTION_WORDS[option]} quote gives; with 0 % this is the on-demand price.")
    if option in {"savings_plan", "reserved"} and hours < HOURS_PER_MONTH:
        notes.append("A commitment is billed for every hour of the term, even when the instances are stopped.")
    if option == "spot":
        notes.append("Spot capacity can be reclaimed with a two-minute notice: use it for interruptible work.")
    return Result(
        outputs=(
            Output("monthly_cost_usd", "Monthly cost", monthly, "USD/month"),
            Output("hourly_cost_usd", "Hourly cost of the fleet", hourly, "USD/hour"),
        ),
        steps=(
            Step(
                "On-demand price",
                f"{instance_type}, Linux, us-east-1",
                usd(list_price),
                "per hour",
                facts=(PRICE_KEYS[instance_type],),
            ),
            Step("Price after discount", f"{usd(list_price)} × (1 − {format_value(discount)} %)", usd(unit_price), "per hour"),
            Step("Fleet per hour", f"{count:,} × {usd(unit_price)}", usd(hourly), "per hour"),
            Step("Monthly cost", f"per hour × {quantity(hours, 'hours')}", monthly, "USD/month"),
        ),
        notes=tuple(notes),
    )

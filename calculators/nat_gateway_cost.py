"""NAT gateway monthly cost: gateway-hours, data processed, and cross-AZ traffic to reach a gateway.

Each gateway is billed per hour for 730 hours whether busy or idle, and every GB it processes is billed
in either direction. Traffic from an instance in one Availability Zone to a gateway in another is also
billed as cross-AZ data transfer, once out of the sending AZ and once into the receiving AZ. Not included:
data transfer out to the internet, and public IPv4 address charges. Prices: aws.amazon.com/vpc/pricing/
and the EC2 data transfer page (us-east-1).
"""

from __future__ import annotations

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import HOURS_PER_MONTH

NAME = "nat_gateway_cost"
TITLE = "NAT gateway cost"
SUMMARY = "Monthly NAT gateway bill: gateway-hours, data processed and cross-AZ transfer."
QUESTION = "cost"

CROSS_AZ_DIRECTIONS = 2
"""Cross-AZ transfer is billed as it leaves one AZ and again as it enters the other."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="nat_gateways",
        label="NAT gateways",
        unit="gateways",
        default=3,
        minimum=1,
        maximum=1000,
        integer=True,
        help="Gateways running all month; one per Availability Zone keeps each AZ independent.",
    ),
    Number(
        name="data_processed_gb_per_month",
        label="Data processed per month",
        unit="GB",
        default=1000,
        minimum=0,
        maximum=1e12,
        help="GB through all gateways, both directions.",
    ),
    Number(
        name="cross_az_gb_per_month",
        label="Cross-AZ data per month",
        unit="GB",
        default=0,
        minimum=0,
        maximum=1e12,
        help="GB that crosses an AZ boundary to reach a gateway (0 with one gateway per AZ and per-AZ routes).",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Add the three charges."""
    gateways = int(values["nat_gateways"])
    processed_gb = float(values["data_processed_gb_per_month"])
    cross_az_gb = float(values["cross_az_gb_per_month"])
    hour = facts.value("vpc.nat_gateway_hour")
    per_gb = facts.value("vpc.nat_gateway_gb")
    cross_az = facts.value("vpc.cross_az_gb")

    hourly = gateways * HOURS_PER_MONTH * hour
    processing = processed_gb * per_gb
    transfer = cross_az_gb * cross_az * CROSS_AZ_DIRECTIONS
    total = hourly + processing + transfer
    notes = []
    if processed_gb > 0:
        notes.append("Traffic to S3 and DynamoDB can bypass the gateway through free gateway VPC endpoints.")
    if cross_az_gb > 0:
        notes.append("Cross-AZ traffic to a NAT gateway usually means a route table points at another AZ's gateway.")
    return Result(
        outputs=(
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
            Output("hourly_charge_usd", "Gateway-hours", hourly, "USD/month"),
            Output("data_processing_usd", "Data processed", processing, "USD/month"),
            Output("cross_az_transfer_usd", "Cross-AZ transfer", transfer, "USD/month"),
        ),
        steps=(
            Step("Gateway-hours", f"{gateways} × 730 h × {usd(hour)}", hourly, "USD/month"),
            Step("Data processed", f"{format_value(processed_gb)} GB × {usd(per_gb)}", processing, "USD/month"),
            Step("Cross-AZ transfer", f"{format_value(cross_az_gb)} GB × {usd(cross_az)} × 2 directions", transfer, "USD/month"),
            Step("Monthly cost", "gateway-hours + data processed + cross-AZ", total, "USD/month"),
        ),
        notes=tuple(notes),
    )

"""API Gateway request charges for a REST API or an HTTP API, with the volume tiers.

REST APIs: first 333 million requests a month, next 667 million, next 19 billion, then beyond 20 billion.
HTTP APIs: first 300 million, then beyond. Tiers apply to the account's monthly requests per Region.
Not included: caching, data transfer out, the free tier, and HTTP API metering in 512 KB increments
(a larger request counts as several). Prices: aws.amazon.com/api-gateway/pricing/ (us-east-1).
"""

from __future__ import annotations

from calculators._core import Choice, Input, Number, Output, Result, Step, Values
from calculators._pricing import Tier, tiered_cost
from calculators.data import aws_prices as prices
from calculators.render import format_value, usd
from calculators.units import PER_MILLION

NAME = "api_gateway_cost"
TITLE = "API Gateway cost"
SUMMARY = "Monthly API Gateway request charges for a REST or HTTP API, with volume tiers."

TIERS_MILLIONS = {
    "rest": (
        Tier(333, prices.APIGW_REST_FIRST_333M.value),
        Tier(667, prices.APIGW_REST_NEXT_667M.value),
        Tier(19_000, prices.APIGW_REST_NEXT_19B.value),
        Tier(None, prices.APIGW_REST_OVER_20B.value),
    ),
    "http": (
        Tier(300, prices.APIGW_HTTP_FIRST_300M.value),
        Tier(None, prices.APIGW_HTTP_OVER_300M.value),
    ),
}
"""Tier sizes in millions of requests a month, prices in USD per million."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="requests_per_month",
        label="Requests per month",
        unit="requests",
        default=100_000_000,
        minimum=0,
        maximum=1e13,
        integer=True,
        help="API calls received in a month.",
    ),
    Choice(
        name="api_type",
        label="API type",
        choices=tuple(TIERS_MILLIONS),
        default="rest",
        help="REST APIs add features such as usage plans, API keys, caching and request validation; HTTP APIs cost less.",
    ),
)


def _tier_text(tiers: tuple[Tier, ...]) -> str:
    parts = [
        f"{format_value(tier.size)} M × {usd(tier.price)}" if tier.size is not None else f"rest × {usd(tier.price)}"
        for tier in tiers
    ]
    return " + ".join(parts)


def calculate(values: Values, /) -> Result:
    """Charge the requests through the tiers of the chosen API type."""
    requests = float(values["requests_per_month"])
    api_type = str(values["api_type"])
    tiers = TIERS_MILLIONS[api_type]

    millions = requests / PER_MILLION
    cost = tiered_cost(millions, tiers)
    average = cost / millions if millions else tiers[0].price
    return Result(
        outputs=(
            Output("monthly_cost_usd", "Monthly cost", cost, "USD/month"),
            Output("average_price_per_million_usd", "Average price per million requests", average, "USD"),
        ),
        steps=(
            Step("Requests in millions", f"{format_value(requests)} ÷ 1,000,000", millions, "million requests"),
            Step("Monthly cost", f"tiered: {_tier_text(tiers)}", cost, "USD/month"),
            Step("Average price per million", "monthly cost ÷ millions of requests", average, "USD"),
        ),
    )

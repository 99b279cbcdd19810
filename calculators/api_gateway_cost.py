"""API Gateway request charges for a REST API or an HTTP API, with the volume tiers.

REST APIs: first 333 million requests a month, next 667 million, next 19 billion, then beyond 20 billion.
HTTP APIs: first 300 million, then beyond. Tiers apply to the account's monthly requests per Region.
Not included: caching, data transfer out, the free tier, and HTTP API metering in 512 KB increments
(a larger request counts as several). Prices: aws.amazon.com/api-gateway/pricing/ (us-east-1).
"""

from __future__ import annotations

from calculators._core import Choice, Input, Number, Output, Result, Step, Values
from calculators._pricing import Tier, tiered_cost, tiers_from_facts
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import PER_MILLION

NAME = "api_gateway_cost"
TITLE = "API Gateway cost"
SUMMARY = "Monthly API Gateway request charges for a REST or HTTP API, with volume tiers."
QUESTION = "cost"

TIER_KEYS = {
    "rest": ("apigw.rest_first_333m", "apigw.rest_next_667m", "apigw.rest_next_19b", "apigw.rest_over_20b"),
    "http": ("apigw.http_first_300m", "apigw.http_over_300m"),
}
"""The price facts of each API type's volume tiers, cheapest volume last; sizes and prices come from the data."""

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
        choices=tuple(TIER_KEYS),
        labels=("REST API", "HTTP API"),
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


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Charge the requests through the tiers of the chosen API type."""
    requests = float(values["requests_per_month"])
    api_type = str(values["api_type"])
    tiers = tiers_from_facts(facts, TIER_KEYS[api_type], per=PER_MILLION)

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
            Step("Monthly cost", f"tiered: {_tier_text(tiers)}", cost, "USD/month", facts=TIER_KEYS[api_type]),
            Step("Average price per million", "monthly cost ÷ millions of requests", average, "USD"),
        ),
    )

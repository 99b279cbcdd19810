"""CloudFront monthly cost: tiered data transfer out, HTTPS requests and optional Origin Shield.

Prices are the United States, Mexico and Canada edge rates. Data transfer out is tiered per month (first
10 TB, next 40 TB, next 100 TB, next 350 TB, next 524 TB, next 4 PB, then over 5 PB); a TB here is
1,024 GB, as AWS's tier boundaries count. All requests are priced as HTTPS. Origin Shield adds a request
fee for each request that passes through it, approximated as every cache miss at the edge. The optional
always-free tier (1 TB out and 10 million requests a month) is subtracted before the tiers, as the Lambda
calculator does; it does not cover Origin Shield. Not included: data transfer to the origin, invalidations
beyond the free paths, CloudFront Functions, Lambda@Edge, real-time logs and flat-rate plans.
Source: https://aws.amazon.com/cloudfront/pricing/ (facts sheet C1–C5).
"""

from __future__ import annotations

from calculators._core import Boolean, Input, Number, Output, Result, Step, Values
from calculators._pricing import tiered_cost, tiers_from_facts
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import GB_PER_TB, PER_TEN_THOUSAND

NAME = "cloudfront_cost"
TITLE = "CloudFront cost"
SUMMARY = "Monthly CloudFront bill from data transfer out, requests, cache hit ratio and Origin Shield."
QUESTION = "cost"

DTO_TIER_KEYS = (
    "cloudfront.dto_first_10tb",
    "cloudfront.dto_next_40tb",
    "cloudfront.dto_next_100tb",
    "cloudfront.dto_next_350tb",
    "cloudfront.dto_next_524tb",
    "cloudfront.dto_next_4pb",
    "cloudfront.dto_over_5pb",
)
"""Data transfer out price tiers (United States, Mexico, Canada), in GB a month; sizes and prices come from the data."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="data_transfer_gb_per_month",
        label="Data transfer out",
        unit="GB/month",
        default=10_000,
        minimum=0,
        maximum=1e9,
        help="Bytes CloudFront serves to viewers in a month, in GB.",
    ),
    Number(
        name="requests_per_month",
        label="Requests per month",
        unit="requests",
        default=100_000_000,
        minimum=0,
        maximum=1e14,
        integer=True,
        help="HTTPS requests from viewers in a month.",
    ),
    Number(
        name="cache_hit_ratio",
        label="Cache hit ratio",
        unit="ratio",
        default=0.9,
        minimum=0,
        maximum=1,
        help="Share of requests served from the edge cache; the rest go towards the origin.",
    ),
    Boolean(
        name="origin_shield",
        label="Origin Shield",
        default=False,
        help="An extra caching layer in front of the origin, charged per request that reaches it.",
    ),
    Boolean(
        name="free_tier",
        label="Subtract the free tier",
        default=False,
        help=(
            f"{CURRENT.value('cloudfront.free_dto_tb'):g} TB of data transfer out and "
            f"{CURRENT.value('cloudfront.free_requests'):,.0f} requests a month, per account."
        ),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Price data transfer through the tiers, then requests, then the Origin Shield fee on misses."""
    gb = float(values["data_transfer_gb_per_month"])
    requests = int(values["requests_per_month"])
    hit_ratio = float(values["cache_hit_ratio"])
    shield = bool(values["origin_shield"])
    free = bool(values["free_tier"])

    free_gb = facts.value("cloudfront.free_dto_tb") * GB_PER_TB
    billable_gb = max(0.0, gb - free_gb) if free else gb
    tiers = tiers_from_facts(facts, DTO_TIER_KEYS)
    free_requests = int(facts.value("cloudfront.free_requests"))
    billable_requests = max(0, requests - free_requests) if free else requests
    transfer = tiered_cost(billable_gb, tiers)
    request_cost = billable_requests / PER_TEN_THOUSAND * facts.value("cloudfront.https_10k")
    misses = round(requests * (1 - hit_ratio))
    shield_cost = misses / PER_TEN_THOUSAND * facts.value("cloudfront.origin_shield_10k") if shield else 0.0
    total = transfer + request_cost + shield_cost

    steps = [
        Step(
            "Billable data transfer",
            f"GB − {free_gb:,.0f} GB free" if free else "GB (no free tier)",
            billable_gb,
            "GB",
            facts=("cloudfront.free_dto_tb",) if free else (),
        ),
        Step(
            "Data transfer cost",
            f"tiered: first {format_value(tiers[0].size or 0)} GB × {usd(tiers[0].price)}/GB, cheaper above",
            transfer,
            "USD/month",
            facts=DTO_TIER_KEYS,
        ),
        Step(
            "Billable requests",
            f"requests − {free_requests:,} free" if free else "requests (no free tier)",
            billable_requests,
            "requests",
            facts=("cloudfront.free_requests",) if free else (),
        ),
        Step(
            "Request cost",
            f"requests ÷ 10,000 × {usd(facts.value('cloudfront.https_10k'))}",
            request_cost,
            "USD/month",
            facts=("cloudfront.https_10k",),
        ),
        Step("Cache misses", f"requests × (1 − {hit_ratio:g})", misses, "requests"),
    ]
    if shield:
        steps.append(
            Step(
                "Origin Shield",
                f"misses ÷ 10,000 × {usd(facts.value('cloudfront.origin_shield_10k'))}",
                shield_cost,
                "USD/month",
                facts=("cloudfront.origin_shield_10k",),
            )
        )
    steps.append(Step("Monthly cost", "data transfer + requests + Origin Shield", total, "USD/month"))
    notes = ["Request and Origin Shield prices vary by Region; these are the United States rates."]
    if shield:
        notes.append("With Origin Shield the origin sees fewer requests than the misses shown: the shield caches too.")
    return Result(
        outputs=(
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
            Output("origin_requests_per_month", "Requests to the origin (cache misses)", misses, "requests"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

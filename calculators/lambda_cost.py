"""AWS Lambda monthly cost from invocations, memory and average billed duration.

Duration is billed per GB-second (memory in MB ÷ 1,024 × seconds) at tiered rates that differ by
architecture; requests are billed per million. The optional free tier (1 M requests and 400,000 GB-s a
month) is subtracted before pricing. Provisioned concurrency and ephemeral storage are not included.
"""

from __future__ import annotations

from calculators._core import Boolean, Choice, Input, Number, Output, Result, Step, Values
from calculators._pricing import Tier, tiered_cost
from calculators.data import aws_limits as limits
from calculators.data import aws_prices as prices
from calculators.render import usd
from calculators.units import MB_PER_GB, MS_PER_SECOND, PER_MILLION

NAME = "lambda_cost"
TITLE = "Lambda cost"
SUMMARY = "Monthly Lambda bill from invocations, memory size and average duration, x86_64 or arm64."

DURATION_TIERS = {
    "x86_64": (
        Tier(6e9, prices.LAMBDA_GB_SECOND_X86.value),
        Tier(9e9, prices.LAMBDA_GB_SECOND_X86_TIER2.value),
        Tier(None, prices.LAMBDA_GB_SECOND_X86_TIER3.value),
    ),
    "arm64": (
        Tier(7.5e9, prices.LAMBDA_GB_SECOND_ARM.value),
        Tier(11.25e9, prices.LAMBDA_GB_SECOND_ARM_TIER2.value),
        Tier(None, prices.LAMBDA_GB_SECOND_ARM_TIER3.value),
    ),
}

INPUTS: tuple[Input, ...] = (
    Number(
        name="invocations_per_month",
        label="Invocations per month",
        unit="requests",
        default=10_000_000,
        minimum=0,
        maximum=1e13,
        integer=True,
        help="Requests to the function in a month.",
    ),
    Number(
        name="memory_mb",
        label="Memory",
        unit="MB",
        default=512,
        minimum=limits.LAMBDA_MIN_MEMORY_MB.value,
        maximum=limits.LAMBDA_MAX_MEMORY_MB.value,
        integer=True,
        minimum_reason="Lambda's minimum memory",
        maximum_reason="Lambda's maximum memory",
        help="Configured memory; CPU scales with it.",
    ),
    Number(
        name="duration_ms",
        label="Average duration",
        unit="ms",
        default=200,
        minimum=0,
        exclusive_minimum=True,
        maximum=limits.LAMBDA_TIMEOUT_S.value * MS_PER_SECOND,
        maximum_reason="Lambda's 15-minute timeout",
        help="Average billed duration per invocation (billed per millisecond).",
    ),
    Choice(
        name="architecture",
        label="Architecture",
        choices=("x86_64", "arm64"),
        default="x86_64",
        help="arm64 (Graviton) has a lower price per GB-second.",
    ),
    Boolean(
        name="free_tier",
        label="Subtract the free tier",
        default=False,
        help="1 million requests and 400,000 GB-seconds a month, per account.",
    ),
)


def calculate(values: Values, /) -> Result:
    """Price compute (tiered GB-seconds) and requests, after the optional free tier."""
    invocations = float(values["invocations_per_month"])
    memory_gb = float(values["memory_mb"]) / MB_PER_GB
    seconds = float(values["duration_ms"]) / MS_PER_SECOND
    architecture = str(values["architecture"])
    free = bool(values["free_tier"])

    gb_seconds = invocations * memory_gb * seconds
    billable_gb_seconds = max(0.0, gb_seconds - limits.LAMBDA_FREE_GB_SECONDS.value) if free else gb_seconds
    billable_requests = max(0.0, invocations - limits.LAMBDA_FREE_REQUESTS.value) if free else invocations
    compute = tiered_cost(billable_gb_seconds, DURATION_TIERS[architecture])
    requests = billable_requests / PER_MILLION * prices.LAMBDA_REQUEST_MILLION.value
    total = compute + requests
    first_rate = DURATION_TIERS[architecture][0].price
    return Result(
        outputs=(
            Output("gb_seconds", "Compute", gb_seconds, "GB-s"),
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
        ),
        steps=(
            Step("Compute", "invocations × memory MB ÷ 1,024 × duration ms ÷ 1,000", gb_seconds, "GB-s"),
            Step("Billable compute", "GB-s − 400,000 free" if free else "GB-s (no free tier)", billable_gb_seconds, "GB-s"),
            Step(
                "Compute cost",
                f"billable GB-s × {usd(first_rate)} ({architecture}, tiered above the first tier)",
                compute,
                "USD/month",
            ),
            Step(
                "Billable requests",
                "invocations − 1,000,000 free" if free else "invocations (no free tier)",
                billable_requests,
                "requests",
            ),
            Step("Request cost", f"requests ÷ 1,000,000 × {usd(prices.LAMBDA_REQUEST_MILLION.value)}", requests, "USD/month"),
            Step("Monthly cost", "compute + requests", total, "USD/month"),
        ),
    )

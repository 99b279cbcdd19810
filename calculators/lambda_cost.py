"""AWS Lambda monthly cost from invocations, memory, average billed duration and cold starts.

Duration is billed per GB-second (memory in MB ÷ 1,024 × seconds) at tiered rates that differ by
architecture; requests are billed per million. Since 2025-08-01 the INIT phase of a cold start is billed
like the handler's run for every function configuration (before, ZIP packages on managed runtimes got it
free), so cold starts × INIT duration add GB-seconds. The optional free tier (1 M requests and 400,000
GB-s a month) is subtracted before pricing. Provisioned concurrency and ephemeral storage are not included.
"""

from __future__ import annotations

from calculators._core import Boolean, Choice, Input, Number, Output, Result, Step, Values
from calculators._pricing import tiered_cost, tiers_from_facts
from calculators.charts import Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import MB_PER_GB, MS_PER_SECOND, PER_MILLION, PERCENT

NAME = "lambda_cost"
TITLE = "Lambda cost"
SUMMARY = "Monthly Lambda bill from invocations, memory size and average duration, x86_64 or arm64."
QUESTION = "cost"

DURATION_TIER_KEYS = {
    "x86_64": ("lambda.gb_second_x86", "lambda.gb_second_x86_tier2", "lambda.gb_second_x86_tier3"),
    "arm64": ("lambda.gb_second_arm", "lambda.gb_second_arm_tier2", "lambda.gb_second_arm_tier3"),
}
"""The duration price tiers per architecture (account-wide GB-seconds a month); sizes and prices come from the data."""
INIT_SHARE_WORTH_A_NOTE_PERCENT = 10

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
        minimum=CURRENT.value("lambda.min_memory_mb"),
        maximum=CURRENT.value("lambda.max_memory_mb"),
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
        maximum=CURRENT.value("lambda.timeout_s") * MS_PER_SECOND,
        maximum_reason="Lambda's 15-minute timeout",
        help="Average billed duration per invocation (billed per millisecond).",
    ),
    Choice(
        name="architecture",
        label="Architecture",
        choices=("x86_64", "arm64"),
        labels=("x86_64", "arm64 (Graviton)"),
        default="x86_64",
        help="arm64 (Graviton) has a lower price per GB-second.",
    ),
    Number(
        name="init_duration_ms",
        label="INIT duration of a cold start",
        unit="ms",
        default=0,
        minimum=0,
        maximum=CURRENT.value("lambda.init_max_s") * MS_PER_SECOND,
        maximum_reason=f"Lambda ends an INIT phase after {format_value(CURRENT.value('lambda.init_max_s'))} s",
        help="The Init Duration of a cold start's REPORT log line (0 leaves INIT out); billed since 2025-08-01.",
    ),
    Number(
        name="cold_start_share",
        label="Invocations that start cold",
        unit="× invocations",
        default=CURRENT.value("lambda.typical_cold_start_share"),
        minimum=0,
        maximum=1,
        help=(
            f"0.01 = 1 %. AWS measured under {format_value(CURRENT.value('lambda.typical_cold_start_share') * PERCENT)} % "
            "for production workloads; a rarely called function starts cold far more often."
        ),
    ),
    Boolean(
        name="free_tier",
        label="Subtract the free tier",
        default=False,
        help=(
            f"{CURRENT.value('lambda.free_requests'):,.0f} requests and "
            f"{CURRENT.value('lambda.free_gb_seconds'):,.0f} GB-seconds a month, per account."
        ),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Price compute (handler and INIT GB-seconds, tiered) and requests, after the optional free tier."""
    invocations = float(values["invocations_per_month"])
    memory_gb = float(values["memory_mb"]) / MB_PER_GB
    seconds = float(values["duration_ms"]) / MS_PER_SECOND
    init_seconds = float(values["init_duration_ms"]) / MS_PER_SECOND
    cold_share = float(values["cold_start_share"])
    architecture = str(values["architecture"])
    free = bool(values["free_tier"])
    tier_keys = DURATION_TIER_KEYS[architecture]
    tiers = tiers_from_facts(facts, tier_keys)
    free_gb_seconds = facts.value("lambda.free_gb_seconds")
    free_requests = facts.value("lambda.free_requests")
    request_price = facts.value("lambda.request_million")

    invoke_gb_seconds = invocations * memory_gb * seconds
    cold_starts = invocations * cold_share
    init_gb_seconds = cold_starts * memory_gb * init_seconds
    gb_seconds = invoke_gb_seconds + init_gb_seconds
    billable_gb_seconds = max(0.0, gb_seconds - free_gb_seconds) if free else gb_seconds
    billable_requests = max(0.0, invocations - free_requests) if free else invocations
    compute = tiered_cost(billable_gb_seconds, tiers)
    requests = billable_requests / PER_MILLION * request_price
    total = compute + requests
    init_cost = compute * init_gb_seconds / gb_seconds if gb_seconds else 0.0
    init_share = init_cost / total * PERCENT if total else 0.0
    notes = []
    if init_share >= INIT_SHARE_WORTH_A_NOTE_PERCENT:
        notes.append(
            f"Cold starts are {init_share:.0f} % of the bill: trim what runs at start-up (imports, clients), "
            "or consider SnapStart or provisioned concurrency if the function is called often enough to keep warm."
        )
    return Result(
        outputs=(
            Output("gb_seconds", "Compute", gb_seconds, "GB-s"),
            Output("init_gb_seconds", "Compute in INIT (cold starts)", init_gb_seconds, "GB-s"),
            Output("init_share_of_cost", "INIT's share of the bill", init_share, "%"),
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
        ),
        steps=(
            Step("Handler compute", "invocations × memory MB ÷ 1,024 × duration ms ÷ 1,000", invoke_gb_seconds, "GB-s"),
            Step("Cold starts", "invocations × share that starts cold", cold_starts, "cold starts"),
            Step("INIT compute", "cold starts × memory MB ÷ 1,024 × INIT ms ÷ 1,000", init_gb_seconds, "GB-s"),
            Step(
                "Billable compute",
                f"handler + INIT GB-s − {format_value(free_gb_seconds)} free" if free else "handler + INIT GB-s (no free tier)",
                billable_gb_seconds,
                "GB-s",
                facts=("lambda.free_gb_seconds",) if free else (),
            ),
            Step(
                "Compute cost",
                f"billable GB-s × {usd(tiers[0].price)} ({architecture}, tiered above the first "
                f"{format_value(tiers[0].size or 0)} GB-s)",
                compute,
                "USD/month",
                facts=tier_keys,
            ),
            Step(
                "Billable requests",
                f"invocations − {format_value(free_requests)} free" if free else "invocations (no free tier)",
                billable_requests,
                "requests",
                facts=("lambda.free_requests",) if free else (),
            ),
            Step(
                "Request cost",
                f"requests ÷ 1,000,000 × {usd(request_price)}",
                requests,
                "USD/month",
                facts=("lambda.request_million",),
            ),
            Step("Monthly cost", "compute + requests", total, "USD/month"),
            Step("INIT's share", "compute cost × INIT GB-s ÷ all GB-s ÷ monthly cost × 100", init_share, "%"),
        ),
        notes=tuple(notes),
    )


CHARTS = (
    Chart(
        x="duration_ms",
        x_min=1,
        x_max=10_000,
        x_log=True,
        y_log=True,
        lines=(
            Line("monthly_cost_usd", "{memory_mb} MB"),
            Line("monthly_cost_usd", "128 MB", fixed={"memory_mb": 128}),
            Line("monthly_cost_usd", "2,048 MB", fixed={"memory_mb": 2048}),
        ),
        title="Monthly cost as the average duration grows, by memory size",
    ),
)
"""Compute cost grows with duration × memory; at short durations the per-request charge is the floor."""

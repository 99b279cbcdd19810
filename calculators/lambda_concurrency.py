"""Lambda concurrency from a request rate and duration (Little's law), against the account's two caps.

Concurrency is the number of requests in flight: requests per second × average duration in seconds,
rounded up to whole execution environments. Lambda also caps a Region's invocations per second at 10 ×
the concurrency quota, so a very short function needs a quota for its request rate, not its concurrency:
80,000 requests/s of 30 ms run 2,400 at a time but need a quota of 8,000. The quota the load needs is the
larger of the two; both are compared with the account's quota (1,000 per Region by default; new accounts
can start lower) and with the per-function scaling rate (1,000 new execution environments, or 10,000
requests/s, every 10 seconds). The ramp-up time assumes traffic arrives all at once from zero and that the
first step is available immediately. Sources: Lambda quotas, concurrency and scaling pages
(docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html, lambda-concurrency.html, scaling-behavior.html).
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value
from calculators.units import MS_PER_SECOND, PERCENT

NAME = "lambda_concurrency"
TITLE = "Lambda concurrency"
SUMMARY = "Concurrent executions a request rate needs (Little's law), as a share of the account limit."
QUESTION = "size"

SCALING_WINDOW_S = 10
"""Seconds in which one function can add ``lambda.scaling_per_10s`` execution environments."""
BUSY_SHARE_PERCENT = 80
"""Above this share of the account limit, other functions in the Region are at risk of throttling."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="requests_per_second",
        label="Requests per second",
        unit="requests/s",
        default=500,
        minimum=0,
        exclusive_minimum=True,
        maximum=1e7,
        help="Peak invocations per second across the function.",
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
        help="Average time one invocation runs, cold starts included.",
    ),
    Number(
        name="account_limit",
        label="Account concurrency limit",
        unit="concurrent executions",
        default=int(CURRENT.value("lambda.account_concurrency")),
        minimum=1,
        maximum=1e7,
        integer=True,
        help="Concurrency quota for the account in this Region, shared by all its functions.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Apply Little's law, then compare with the account limit and the scaling rate."""
    rate = float(values["requests_per_second"])
    duration_s = float(values["duration_ms"]) / MS_PER_SECOND
    account_limit = int(values["account_limit"])
    per_window = int(facts.value("lambda.scaling_per_10s"))
    rps_per_unit = facts.value("lambda.rps_per_concurrency")

    in_flight = rate * duration_s
    concurrency = max(1, math.ceil(round(in_flight, 9)))
    quota_for_rate = max(1, math.ceil(round(rate / rps_per_unit, 9)))
    required = max(concurrency, quota_for_rate)
    binding = "request rate" if quota_for_rate > concurrency else "concurrency"
    share = required / account_limit * PERCENT
    reachable = min(required, account_limit)
    windows = math.ceil(reachable / per_window) - 1
    ramp_up_s = max(0, windows) * SCALING_WINDOW_S

    steps = (
        Step("Duration in seconds", f"{format_value(float(values['duration_ms']))} ms ÷ 1,000", duration_s, "s"),
        Step("Requests in flight", "requests/s × duration in seconds (Little's law)", in_flight, "requests"),
        Step("Concurrency", "requests in flight, rounded up to whole environments", concurrency, "concurrent executions"),
        Step(
            "Quota for the request rate",
            f"requests/s ÷ {format_value(rps_per_unit)} requests/s per unit of quota, rounded up",
            quota_for_rate,
            "concurrent executions",
            facts=("lambda.rps_per_concurrency",),
        ),
        Step("Quota the load needs", f"the larger of the two: {binding} binds", required, "concurrent executions"),
        Step("Share of the account limit", f"quota needed ÷ {account_limit:,} × 100", share, "%"),
        Step(
            "Ramp-up from zero",
            f"(ceil(min(quota needed, limit) ÷ {per_window:,}) − 1) × {SCALING_WINDOW_S} s",
            ramp_up_s,
            "s",
            facts=("lambda.scaling_per_10s",),
        ),
    )
    notes = []
    if binding == "request rate":
        notes.append(
            f"The request-rate cap binds: {format_value(rate)} requests/s need a quota of {quota_for_rate:,} "
            f"({format_value(rps_per_unit)} requests/s per unit) although only {concurrency:,} run at once. "
            "Short functions hit this cap first; size the quota request by it."
        )
    if required > account_limit:
        notes.append(
            f"Needs {required - account_limit:,} more concurrent executions than the account limit: the excess is "
            "throttled (429 for synchronous calls). Request a quota increase before launch."
        )
    elif share >= BUSY_SHARE_PERCENT:
        notes.append(
            f"Uses {BUSY_SHARE_PERCENT}% or more of the account limit, which every function in the Region shares: "
            "consider reserved concurrency or a higher quota."
        )
    if ramp_up_s > 0:
        notes.append(
            f"A burst from zero takes about {ramp_up_s} s to reach this level at {per_window:,} new environments per "
            f"{SCALING_WINDOW_S} s per function; requests beyond the current level are throttled meanwhile. "
            "Ramp traffic up or use provisioned concurrency."
        )
    return Result(
        outputs=(
            Output("concurrency", "Concurrency", concurrency, "concurrent executions"),
            Output("quota_for_concurrency", "Quota for the concurrency", concurrency, "concurrent executions"),
            Output("quota_for_request_rate", "Quota for the request rate", quota_for_rate, "concurrent executions"),
            Output("required_quota", "Quota the load needs", required, "concurrent executions"),
            Output("binding_limit", "Rule that binds", binding),
            Output("share_of_account_limit", "Share of the account limit", share, "%"),
            Output("ramp_up_seconds", "Ramp-up from zero", ramp_up_s, "s"),
        ),
        steps=steps,
        notes=tuple(notes),
    )

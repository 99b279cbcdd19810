"""Retry amplification: how much load retries add along a call chain, and how long one caller waits.

A request passes through ``L`` services before it reaches the deepest dependency; every layer retries a
failed call ``r`` times, so a layer makes at most ``1 + r`` attempts. The retries nest: one request can
reach the dependency up to ``N = (1 + r)^L`` times. If each call to the dependency fails independently
with probability ``p``, the whole chain stops at the first success, so it behaves like one client with
``N`` attempts and sends ``1 + p + p² + … + p^(N−1) = (1 − p^N) ÷ (1 − p)`` calls on average (``N`` in a
hard outage, where ``p = 1``). The per-layer products telescope to the same figure: layer ``i`` sees
failures at rate ``p^((1+r)^i)`` and multiplies by ``1 + f + … + f^r``. Correlated failures (a brownout
that fails calls in bursts) land between the independent figure and ``N``.

The wait is one layer's caller in that outage: each attempt runs to its timeout, and before retry ``k``
(``k = 0 … r−1``) the caller sleeps a full-jitter backoff, uniform between 0 and ``min(cap, base × 2^k)``,
whose mean is half of that. The maximum takes every sleep at its upper bound (no jitter).

Reads ``sdk.standard_max_attempts`` (AWS SDK standard retry mode makes 3 attempts by default), which sets
the default of 2 retries per layer. Source: AWS SDKs and Tools Reference Guide, "Retry behavior"; Amazon
Builders' Library, "Timeouts, retries, and backoff with jitter" (a five-deep stack with three tries at
each layer multiplies database load 243-fold); AWS Architecture Blog, "Exponential Backoff And Jitter".
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity
from calculators.units import MS_PER_SECOND, PERCENT, SECONDS_PER_MINUTE

NAME = "retry_amplification"
TITLE = "Retry amplification and backoff"
SUMMARY = "Load that retries at every layer of a call chain put on a failing dependency, and how long a caller waits."
QUESTION = "reliability"

SDK_DEFAULT_RETRIES = int(CURRENT.value("sdk.standard_max_attempts")) - 1
"""The AWS SDK standard mode's three attempts are the first try and two retries."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="layers",
        label="Layers that retry",
        unit="layers",
        default=3,
        minimum=1,
        maximum=10,
        integer=True,
        help="Services in the call chain, each retrying its call to the next one (edge, API, service, data access…).",
    ),
    Number(
        name="retries_per_layer",
        label="Retries per layer",
        unit="retries",
        default=SDK_DEFAULT_RETRIES,
        minimum=0,
        maximum=10,
        integer=True,
        help=(
            "Retries after the first attempt, at every layer. An AWS SDK in standard retry mode makes three "
            "attempts by default: the first plus two retries."
        ),
    ),
    Number(
        name="failure_rate_percent",
        label="Failure rate of the deepest dependency",
        unit="%",
        default=100,
        minimum=0,
        maximum=100,
        help="Share of calls to the deepest dependency that fail, each independently; 100 % is a hard outage.",
    ),
    Number(
        name="base_delay_ms",
        label="Base backoff delay",
        unit="ms",
        default=100,
        minimum=1,
        maximum=60_000,
        help=(
            "Upper bound of the first retry's sleep; it doubles for each later retry. Clients differ (AWS SDKs "
            "wait longer after throttling than after a transient error): use your client's setting."
        ),
    ),
    Number(
        name="max_backoff_ms",
        label="Backoff cap",
        unit="ms",
        default=20_000,
        minimum=1,
        maximum=600_000,
        help=(
            "Largest sleep between two attempts. 20 s is the cap in the AWS SDK for JavaScript v3's retry "
            "strategy; set your own client's."
        ),
    ),
    Number(
        name="timeout_ms",
        label="Timeout per attempt",
        unit="ms",
        default=1_000,
        minimum=1,
        maximum=900_000,
        help=(
            "How long one attempt may take before the caller gives up on it. Set it from the dependency's "
            "p99.9 latency; in an outage where calls hang, every attempt waits this long."
        ),
    ),
)


def expected_attempts(failure: float, success: float, cap: int) -> float:
    """Mean of a geometric count stopped at ``cap``: 1 + p + … + p^(cap−1), computed without cancellation.

    ``success`` is 1 − p, passed separately so a failure rate of 99.999… % keeps its precision.
    """
    if success <= 0:
        return float(cap)
    if failure <= 0:
        return 1.0
    log_failure = math.log(failure) if failure < success else math.log1p(-success)
    mean = -math.expm1(cap * log_failure) / success
    return min(float(cap), max(1.0, mean))


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Nest the attempts layer by layer, then add one layer's timeouts and backoff sleeps."""
    layers = int(values["layers"])
    retries = int(values["retries_per_layer"])
    failure_percent = float(values["failure_rate_percent"])
    base = float(values["base_delay_ms"])
    cap = float(values["max_backoff_ms"])
    timeout = float(values["timeout_ms"])
    require(
        base <= cap,
        "base_delay_ms",
        f"Base backoff delay must be at most the backoff cap of {quantity(cap, 'ms')}",
    )
    sdk_attempts = int(facts.value("sdk.standard_max_attempts"))

    failure = failure_percent / PERCENT
    success = (PERCENT - failure_percent) / PERCENT
    per_layer = 1 + retries
    worst_attempts = per_layer**layers
    multiplier = expected_attempts(failure, success, worst_attempts)
    one_layer = expected_attempts(failure, success, per_layer)
    request_failure = math.exp(worst_attempts * math.log(failure)) * PERCENT if failure > 0 else 0.0

    sleeps = [min(cap, base * 2**k) for k in range(retries)]
    timeouts = per_layer * timeout
    mean_wait = timeouts + sum(sleeps) / 2
    max_wait = timeouts + sum(sleeps)
    retry_word = "retry" if retries == 1 else "retries"
    listed = " + ".join(format_value(sleep) for sleep in sleeps) or "0"

    steps = [
        Step(
            "Attempts one layer makes",
            f"first attempt + {retries} {retry_word} (AWS SDK standard mode: {sdk_attempts} attempts)",
            per_layer,
            "calls",
            facts=("sdk.standard_max_attempts",),
        ),
        Step(
            "Most calls one request can send to the dependency",
            f"{per_layer}^{layers}: each layer's attempts nest inside every attempt of the layer above",
            worst_attempts,
            "calls",
        ),
        Step(
            "Expected calls at the dependency per request",
            (
                f"1 + p + … + p^({format_value(worst_attempts)} − 1) with p = {format_value(failure_percent)} %"
                if 0 < failure < 1
                else ("all attempts fail: the most calls" if failure >= 1 else "the first call succeeds")
            ),
            multiplier,
            "×",
        ),
        Step(
            "Chance the request still fails",
            f"p^{format_value(worst_attempts)}",
            request_failure,
            "%",
        ),
        Step(
            "Same, retrying at one layer only",
            f"1 + p + … + p^{retries}",
            one_layer,
            "×",
        ),
        Step(
            "Timeouts of one layer's attempts",
            f"{per_layer} × {quantity(timeout, 'ms')}",
            timeouts,
            "ms",
        ),
        Step(
            "Backoff ceilings before each retry",
            f"min({quantity(cap, 'ms')}, {quantity(base, 'ms')} × 2^k) for k = 0 … {max(retries - 1, 0)}: {listed} ms",
            sum(sleeps),
            "ms",
        ),
        Step(
            "Expected wait with full jitter",
            f"{format_value(timeouts)} ms + half of {format_value(sum(sleeps))} ms (mean of uniform(0, ceiling))",
            mean_wait,
            "ms",
        ),
    ]

    notes = []
    if retries == 0:
        notes.append("No retries: every layer passes a failure straight up, and the dependency sees each request once.")
    elif layers > 1 and failure >= 1:
        notes.append(
            f"In an outage every layer's retries multiply: retry at one layer only and the dependency sees "
            f"{format_value(one_layer)}× instead of {format_value(multiplier)}×."
        )
    if 0 < failure < 1 and layers > 1 and retries > 0:
        notes.append(
            "Independent failures are mostly absorbed by the lowest layer's retries; failures that come in bursts "
            f"(overload, a bad host) push the figure towards {format_value(worst_attempts)}×."
        )
    if cap < base * 2 ** max(retries - 1, 0):
        notes.append(f"The cap binds: later retries sleep at most {quantity(cap, 'ms')} each.")
    if max_wait >= SECONDS_PER_MINUTE * MS_PER_SECOND:
        notes.append("One layer can hold a request for a minute or more: the callers above will have timed out long before.")

    return Result(
        outputs=(
            Output("load_multiplier", "Load on the deepest dependency", multiplier, "×"),
            Output(
                "attempts_at_deepest_layer_per_request",
                "Most calls one request can cause there",
                worst_attempts,
                "calls",
            ),
            Output("request_failure_percent", "Requests that still fail", request_failure, "%"),
            Output("retry_budget_multiplier", "Load if only one layer retries", one_layer, "×"),
            Output("worst_case_wait_ms", "One layer's expected wait in an outage", mean_wait, "ms"),
            Output("max_wait_ms", "One layer's longest wait (no jitter)", max_wait, "ms"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

"""Kubernetes HorizontalPodAutoscaler: the replica count one reconciliation asks for.

desiredReplicas = ceil(currentReplicas × currentMetric ÷ targetMetric). If the ratio currentMetric ÷
targetMetric is within the tolerance of 1.0 (0.1 by default, configurable per HPA since v1.33) nothing
changes; a ratio exactly on the boundary counts as within it, as the documentation states the rule. The
result is then clamped to [minReplicas, maxReplicas]. Decimal inputs are used exactly (0.2 ÷ 0.1 is 2),
as the controller's milli-unit quantities are. Not modeled: unready or missing pods (the controller
assumes 0 % or 100 % of target for them, damping the change), several metrics (the largest proposal wins),
scaling policies that limit how fast replicas change, and the scale-down stabilization window.
Source: https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/ (facts sheet K8-6, K8-7).
"""

from __future__ import annotations

import math
from fractions import Fraction

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators.charts import Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value

NAME = "k8s_hpa"
TITLE = "Kubernetes HPA replicas"
SUMMARY = "The replica count a HorizontalPodAutoscaler asks for, from current and target metric values."
QUESTION = "size"

MAX_REPLICAS = 100_000
"""A sanity bound far above any single workload; it only keeps outputs finite."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="current_replicas",
        label="Current replicas",
        unit="pods",
        default=4,
        minimum=1,
        maximum=MAX_REPLICAS,
        integer=True,
        help="Pods the workload runs now (the HPA does nothing at 0).",
    ),
    Number(
        name="current_metric",
        label="Current metric",
        unit="metric units",
        default=90,
        minimum=0,
        maximum=1e12,
        help="Observed average per pod, e.g. 90 (percent CPU of requests) or 250 (requests/s).",
    ),
    Number(
        name="target_metric",
        label="Target metric",
        unit="metric units",
        default=60,
        minimum=0.001,
        maximum=1e12,
        minimum_reason="Kubernetes quantities resolve to thousandths",
        help="The HPA's target in the same units, e.g. averageUtilization: 60.",
    ),
    Number(
        name="tolerance",
        label="Tolerance",
        unit="ratio",
        default=CURRENT.value("k8s.hpa_tolerance"),
        minimum=0,
        maximum=1,
        help="No change while |current ÷ target − 1| is at most this (0.1 = 10 percent).",
    ),
    Number(
        name="min_replicas",
        label="Minimum replicas",
        unit="pods",
        default=2,
        minimum=1,
        maximum=MAX_REPLICAS,
        integer=True,
        help="The HPA's minReplicas.",
    ),
    Number(
        name="max_replicas",
        label="Maximum replicas",
        unit="pods",
        default=10,
        minimum=1,
        maximum=MAX_REPLICAS,
        integer=True,
        help="The HPA's maxReplicas.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Apply the scaling formula, the tolerance band, then the min/max clamp."""
    current = int(values["current_replicas"])
    metric = float(values["current_metric"])
    target = float(values["target_metric"])
    tolerance = float(values["tolerance"])
    low = int(values["min_replicas"])
    high = int(values["max_replicas"])
    require(low <= high, "min_replicas", f"Minimum replicas must be at most the maximum replicas ({high:,})")

    # Exact decimals: 3 × 0.2 ÷ 0.1 must be 6, not the 6.000000000000001 floating point gives.
    exact_metric, exact_target = Fraction(repr(metric)), Fraction(repr(target))
    ratio = metric / target
    within = abs(exact_metric - exact_target) <= Fraction(repr(tolerance)) * exact_target
    proposed = current if within else math.ceil(current * exact_metric / exact_target)
    desired = min(max(proposed, low), high)

    if desired > current:
        decision = "scale up"
    elif desired < current:
        decision = "scale down"
    else:
        decision = "no change"
    if proposed > high:
        decision += " (limited by max_replicas)"
    elif proposed < low:
        decision += " (limited by min_replicas)"
    elif within:
        decision += " (within tolerance)"

    steps = [
        Step("Usage ratio", f"{format_value(metric)} ÷ {format_value(target)}", ratio, "ratio"),
        Step(
            "Tolerance check", f"|{ratio:.4g} − 1| ≤ {tolerance:g}?", "yes: keep the current count" if within else "no: rescale"
        ),
        Step(
            "Proposed replicas",
            "current replicas" if within else f"ceil({current:,} × {format_value(metric)} ÷ {format_value(target)})",
            proposed,
            "pods",
        ),
        Step("Desired replicas", f"clamp to [{low:,}, {high:,}]", desired, "pods"),
    ]
    notes = [
        f"The controller re-evaluates every {facts.value('k8s.hpa_sync_seconds'):g} s and, by default, waits "
        f"{facts.value('k8s.hpa_scale_down_window_s'):g} s of lower proposals before it scales down."
    ]
    if proposed > high and not within:
        notes.append(f"The metric asks for {proposed:,} replicas: raise maxReplicas or the target, or the pods stay overloaded.")
    return Result(
        outputs=(
            Output("desired_replicas", "Desired replicas", desired, "pods"),
            Output("scaling_decision", "Decision", decision),
            Output("usage_ratio", "Usage ratio", ratio, "ratio"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )


CHARTS = (
    Chart(
        x="current_metric",
        x_min=0,
        x_max=3,
        x_scale_input="target_metric",
        lines=(Line("desired_replicas", "Desired replicas"),),
        title="Desired replicas as the observed metric moves around its target",
    ),
)
"""Steps of ceil(), the flat tolerance band around the target, and the min/max clamps, all in one picture."""

"""Application Load Balancer capacity units (LCUs) and monthly cost.

An ALB is billed per hour plus per LCU-hour. Each hour's LCUs are the largest of four dimensions, each
divided by what one LCU covers: new connections per second, active connections per minute, processed
gigabytes per hour (less per LCU for Lambda targets) and rule evaluations per second. The first 10
rules a request is matched against are free, so each request takes 10 evaluations off the rule
dimension. Inputs are per load balancer for an average hour; AWS meters each hour separately, so a
bursty day costs more than its average. LCUs are fractional, as AWS bills them.
"""

from __future__ import annotations

from calculators._core import Boolean, Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.units import HOURS_PER_MONTH

NAME = "alb_cost"
TITLE = "Application Load Balancer cost"
SUMMARY = "LCUs an Application Load Balancer uses each hour, from its four billing dimensions, and its monthly cost."
QUESTION = "cost"

INPUTS: tuple[Input, ...] = (
    Number(
        name="new_connections_per_second",
        label="New connections per second",
        unit="connections/s",
        default=100,
        minimum=0,
        maximum=1e7,
        help="New TCP or TLS connections a second, per load balancer (keep-alive reuses connections).",
    ),
    Number(
        name="active_connections_per_minute",
        label="Active connections per minute",
        unit="connections/min",
        default=6000,
        minimum=0,
        maximum=1e9,
        help="Connections open during a minute, per load balancer, WebSockets included.",
    ),
    Number(
        name="processed_gb_per_hour",
        label="Processed data per hour",
        unit="GB/h",
        default=2,
        minimum=0,
        maximum=1e6,
        help="Request and response bytes through one load balancer in an hour.",
    ),
    Number(
        name="rule_evaluations_per_second",
        label="Rule evaluations per second",
        unit="evaluations/s",
        default=10_000,
        minimum=0,
        maximum=1e9,
        help="Requests per second × listener rules each request is matched against, per load balancer.",
    ),
    Number(
        name="requests_per_second",
        label="Requests per second",
        unit="requests/s",
        default=500,
        minimum=0,
        maximum=1e8,
        help=(
            "Requests a second, per load balancer: each one's first "
            f"{CURRENT.value('elb.lcu_free_rules'):g} rule evaluations are free."
        ),
    ),
    Boolean(
        name="lambda_targets",
        label="Lambda targets",
        default=False,
        help="Lambda targets get fewer processed bytes per LCU than instances, containers and IPs.",
    ),
    Number(
        name="load_balancers",
        label="Load balancers",
        unit="ALBs",
        default=1,
        minimum=1,
        maximum=1000,
        integer=True,
        help="Identical ALBs with this traffic each (for example one per service or per cell).",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Take the largest LCU dimension, then price the hours and LCU-hours for a 730-hour month."""
    new_connections = float(values["new_connections_per_second"])
    active_connections = float(values["active_connections_per_minute"])
    gb_per_hour = float(values["processed_gb_per_hour"])
    evaluations = float(values["rule_evaluations_per_second"])
    requests = float(values["requests_per_second"])
    lambda_targets = bool(values["lambda_targets"])
    load_balancers = int(values["load_balancers"])

    free_rules = facts.value("elb.lcu_free_rules")
    billed_evaluations = max(0.0, evaluations - requests * free_rules)
    gb_per_lcu = (
        facts["elb.lcu_processed_gb_per_hour_lambda"] if lambda_targets else facts["elb.lcu_processed_gb_per_hour"]
    ).value
    dimensions = {
        "new connections": new_connections / facts.value("elb.lcu_new_connections_per_s"),
        "active connections": active_connections / facts.value("elb.lcu_active_connections_per_min"),
        "processed bytes": gb_per_hour / gb_per_lcu,
        "rule evaluations": billed_evaluations / facts.value("elb.lcu_rule_evaluations_per_s"),
    }
    dominant = max(dimensions, key=lambda name: dimensions[name])
    lcus = dimensions[dominant]

    hourly = load_balancers * HOURS_PER_MONTH * facts.value("elb.alb_hour")
    lcu_cost = load_balancers * lcus * HOURS_PER_MONTH * facts.value("elb.alb_lcu_hour")
    total = hourly + lcu_cost
    steps = (
        Step(
            "New connections",
            f"{format_value(new_connections)}/s ÷ {format_value(facts.value('elb.lcu_new_connections_per_s'))} per LCU",
            dimensions["new connections"],
            "LCU",
        ),
        Step(
            "Active connections",
            f"{format_value(active_connections)}/min ÷ {format_value(facts.value('elb.lcu_active_connections_per_min'))} per LCU",
            dimensions["active connections"],
            "LCU",
        ),
        Step(
            "Processed bytes",
            f"{format_value(gb_per_hour)} GB/h ÷ {format_value(gb_per_lcu)} GB/h per LCU",
            dimensions["processed bytes"],
            "LCU",
        ),
        Step(
            "Billed rule evaluations",
            f"max(0, {format_value(evaluations)}/s − {quantity(requests, 'requests/s')} × {format_value(free_rules)} free)",
            billed_evaluations,
            "evaluations/s",
        ),
        Step(
            "Rule evaluations",
            f"billed evaluations ÷ {format_value(facts.value('elb.lcu_rule_evaluations_per_s'))} per LCU",
            dimensions["rule evaluations"],
            "LCU",
        ),
        Step("LCUs per load balancer", f"the largest dimension ({dominant})", lcus, "LCU"),
        Step("Load balancer hours", f"{load_balancers:,} × 730 h × {usd(facts.value('elb.alb_hour'))}", hourly, "USD/month"),
        Step(
            "LCU-hours",
            f"{load_balancers:,} × LCUs × 730 h × {usd(facts.value('elb.alb_lcu_hour'))}",
            lcu_cost,
            "USD/month",
        ),
        Step("Monthly cost", "load balancer hours + LCU-hours", total, "USD/month"),
    )
    notes = []
    if evaluations < requests * free_rules and evaluations > 0:
        notes.append("Fewer than 10 rule evaluations per request: the rule dimension is free.")
    if load_balancers > 1:
        notes.append("Each load balancer pays its own hourly charge; one ALB shared through host or path rules pays it once.")
    return Result(
        outputs=(
            Output("lcus", "LCUs per load balancer", lcus, "LCU"),
            Output("dominant_dimension", "Dimension that sets the LCUs", dominant),
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
        ),
        steps=steps,
        notes=tuple(notes),
    )

"""Composite availability of components in series or in parallel, and the downtime it allows.

Serial (every component must work): A = Π Aᵢ. Parallel (independent copies, any one is enough):
A = 1 − Π(1 − Aᵢ). Parallel assumes failures are independent and failover is instant and free; shared
dependencies (one AZ, one deployment pipeline, one DNS provider) break that assumption. Downtime uses a
365-day year (525,600 minutes) and the 730-hour month (43,800 minutes) of AWS's pricing pages.
Source: arithmetic (facts sheet AV1–AV3); SLAs themselves are published per service on aws.amazon.com.
"""

from __future__ import annotations

import math

from calculators._core import Choice, Input, Output, Result, Step, Text, Values, parse_number_list, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value
from calculators.units import MINUTES_PER_MONTH, MINUTES_PER_YEAR, PERCENT

NAME = "availability"
TITLE = "Composite availability"
SUMMARY = "Availability of components chained in series or run in parallel, and the downtime it allows."
QUESTION = "reliability"

MAX_COMPONENTS = 50
"""Keeps the input short enough to read back; no real design chains more."""

INPUTS: tuple[Input, ...] = (
    Text(
        name="availabilities_percent",
        label="Availabilities",
        unit="%",
        default="99.99, 99.95",
        max_length=1000,
        placeholder="99.99, 99.95",
        help="Each component's availability in percent, separated by commas (at most 50 components).",
    ),
    Choice(
        name="topology",
        label="Topology",
        choices=("serial", "parallel"),
        labels=("In series: every component needed", "In parallel: any one suffices"),
        default="serial",
        help="serial: every component must work; parallel: independent copies, any one is enough.",
    ),
)


def parse_percentages(text: str) -> list[float]:
    """Split the comma-separated list and check each item is a percentage in (0, 100]."""
    field, label = "availabilities_percent", "Availabilities"
    items = text.split(",")
    require(len(items) <= MAX_COMPONENTS, field, f"{label} must list at most {MAX_COMPONENTS} components, not {len(items)}")
    return parse_number_list(
        text, field, label, suffix="%", accept=lambda value: 0 < value <= PERCENT, bounds="greater than 0 and at most 100 %"
    )


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Combine the components, then turn the unavailability into minutes of downtime."""
    percentages = parse_percentages(str(values["availabilities_percent"]))
    topology = str(values["topology"])
    fractions = [value / PERCENT for value in percentages]
    listed = ", ".join(f"{format_value(value)} %" for value in percentages)

    if topology == "serial":
        availability = math.prod(fractions)
        unavailability = 1 - availability
        formula = f"product of ({listed})"
    else:
        unavailability = math.prod(1 - fraction for fraction in fractions)
        availability = 1 - unavailability
        formula = f"1 − product of (1 − each) over ({listed})"
    per_year = unavailability * MINUTES_PER_YEAR
    per_month = unavailability * MINUTES_PER_MONTH

    notes = []
    if len(percentages) == 1:
        notes.append("One component: serial and parallel give the same answer.")
    if topology == "parallel":
        notes.append(
            "Parallel assumes independent failures and instant failover; shared dependencies make the real figure lower."
        )
    else:
        notes.append("In series the result is below the weakest component: each one added costs availability.")
    return Result(
        outputs=(
            Output("availability_percent", "Availability", availability * PERCENT, "%"),
            Output("unavailability_percent", "Unavailability", unavailability * PERCENT, "%"),
            Output("downtime_minutes_per_year", "Downtime a year", per_year, "minutes/year"),
            Output("downtime_minutes_per_month", "Downtime a month", per_month, "minutes/month"),
        ),
        steps=(
            Step("Components", f"{len(percentages)} in {topology}", len(percentages), "components"),
            Step("Availability", formula, f"{availability * PERCENT:.10g}", "%"),
            Step("Unavailability", "1 − availability", unavailability * PERCENT, "%"),
            Step("Downtime a year", "unavailability × 525,600 minutes (365 days)", per_year, "minutes/year"),
            Step("Downtime a month", "unavailability × 43,800 minutes (730 hours)", per_month, "minutes/month"),
        ),
        notes=tuple(notes),
    )

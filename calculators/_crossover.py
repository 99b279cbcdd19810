"""Where the cheapest architecture changes: crossovers by bisection, a load table and a sensitivity ranking.

Built on ``architecture_cost``: every number here is that calculator's output at some load or input, so the
command line's ``compare``, the chart and the widget never disagree. Each architecture's cost is assumed
to grow (or stay flat) with load, which the tests check; two costs can still cross more than once where a
container option steps up by a whole task or node, so the search scans a log-spaced grid for every change of
sign and narrows each one, with the chart's own search.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from calculators import architecture_cost, charts
from calculators._core import Value
from calculators.data import CURRENT, Facts
from calculators.sensitivity import Swing, rank

LOAD = "requests_per_second"
RANGE = (architecture_cost.CHARTS[0].x_min, architecture_cost.CHARTS[0].x_max)
"""The loads searched for crossovers: the chart's range."""
GRID_POINTS = 120
"""Log-spaced samples of the range scanned for changes of sign before bisecting."""
RELATIVE_TOLERANCE = 1e-6
"""Bisection stops when the bracket is this small relative to the load."""
LOADS = (1.0, 100.0, 10_000.0)
"""Low, medium and high average load for the table, in requests a second."""


@dataclass(frozen=True)
class Crossover:
    """Below ``requests_per_second`` the first architecture is cheaper; from it on, the second."""

    cheaper_below: str
    cheaper_above: str
    requests_per_second: float


def costs_at(values: Mapping[str, Value], load: float, facts: Facts = CURRENT) -> dict[str, float]:
    """Each architecture's monthly cost with the average load replaced by ``load``."""
    return architecture_cost.costs({**values, LOAD: load}, facts)


def crossovers(
    values: Mapping[str, Value],
    facts: Facts = CURRENT,
    low: float = RANGE[0],
    high: float = RANGE[1],
    points: int = GRID_POINTS,
) -> list[Crossover]:
    """Every load in [low, high] where one architecture stops being cheaper than another, lowest first.

    The chart's own search (``calculators.charts.crossovers``) on a denser grid and a finer tolerance than the
    chart draws, every pair rather than only where the cheapest changes: one search for the chart and the command.
    """
    chart = replace(
        architecture_cost.CHARTS[0], x_min=low, x_max=high, points=points, tolerance=RELATIVE_TOLERANCE, lowest_only=False
    )
    key_of = {name: key for key, name in architecture_cost.ARCHITECTURES.items()}
    found = charts.crossovers(architecture_cost, chart, values, facts)
    return [Crossover(key_of[c.lower.label], key_of[c.higher.label], c.x) for c in found]


def load_table(
    values: Mapping[str, Value], facts: Facts = CURRENT, loads: tuple[float, ...] = LOADS
) -> list[tuple[float, dict[str, float], str]]:
    """For each load: every architecture's cost and the cheapest one's key."""
    rows = []
    for load in loads:
        at = costs_at(values, load, facts)
        rows.append((load, at, min(at, key=lambda key: at[key])))
    return rows


def sensitivity(values: Mapping[str, Value], facts: Facts = CURRENT) -> tuple[str, tuple[Swing, ...]]:
    """The cheapest architecture at ``values``, and how far halving or doubling each number input moves its cost.

    Largest swing first (``calculators.sensitivity.rank``, which the widget's live view also calls).
    """
    ranking = rank(architecture_cost, values, facts=facts)
    return ranking.output.removesuffix("_usd_month"), ranking.swings

"""What a calculator's chart is: one or more outputs against one input over a range, or a total in parts.

A calculator declares ``CHARTS: tuple[Chart, ...]`` (optional). The chart is computed by calling the
calculator itself at each point, with the reader's current inputs for everything else, so the curve, the
widget's result and the command line never disagree; the current input is marked on it.

It may also declare ``BREAKDOWN: Breakdown``: stacked bars of totals split into parts at the reader's inputs,
read from the result's own working (no further calls), so the parts are the lines the working shows.
"""

from __future__ import annotations

import itertools
import math
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from calculators._core import Calculator, InputError, Number, Result, Value, parse_inputs
from calculators.data import CURRENT, Facts

Derive = Callable[[Mapping[str, Value]], Mapping[str, Value]]
"""Inputs that follow from the others at a point (a majority quorum of N replicas), as overrides."""


@dataclass(frozen=True)
class Line:
    """One curve: ``output`` of the calculator, with ``fixed`` inputs overriding the reader's (a mode, a class).

    ``label`` may name inputs in braces (``"{memory_mb} MB"``): they read as the point's values. ``derive``, when
    given, adjusts inputs that must follow the charted one (a list with one latency per replica).
    """

    output: str
    label: str
    fixed: Mapping[str, Value] = field(default_factory=lambda: MappingProxyType({}))
    derive: Derive | None = None


@dataclass(frozen=True)
class Chart:
    """``lines`` over input ``x`` from ``x_min`` to ``x_max`` (log-spaced when ``x_log``)."""

    x: str
    x_min: float
    x_max: float
    lines: tuple[Line, ...]
    title: str
    x_log: bool = False
    y_log: bool = False
    points: int = 24
    """Samples across the range; step functions (shards, nodes) show as steps between them."""
    tolerance: float = 1e-3
    """Bisection stops once a crossing's bracket is this narrow relative to x (the summary shows three figures)."""
    lowest_only: bool = False
    """Name only the crossings where the lowest line changes (the cheapest of five architectures), not every pair
    that swaps: what a reader asks of a comparison of many lines, and a fraction of the bisection's calls."""
    x_scale_input: str = ""
    """When set, ``x_min`` and ``x_max`` are multiples of the reader's value of this input (average writes from 0 to
    1 × the peak; a metric from 0 to 3 × its target), so the range follows the reader's own numbers."""


@dataclass(frozen=True)
class Series:
    """One line computed: the points the calculator accepted, and the reader's point on it (if accepted)."""

    line: Line
    label: str
    unit: str
    points: tuple[tuple[float, float], ...]
    current: tuple[float, float] | None
    refused: tuple[float, ...] = ()
    """Samples the calculator rejected (an average above the peak): the line has a gap there."""


@dataclass(frozen=True)
class Crossover:
    """Where two lines swap order: ``lower`` is below ``higher`` left of ``x``, above it to the right."""

    x: float
    lower: Series
    higher: Series


MAX_BISECTIONS = 30
ONE_PERCENT = 1e-2
"""A coarse tolerance for a crossing on a chart of rough estimates (the explorer's loads)."""


def x_spec(calculator: Calculator, chart: Chart) -> Number:
    """The declared input the chart runs along (a chart over a choice or text is a declaration bug)."""
    for spec in calculator.INPUTS:
        if spec.name == chart.x and isinstance(spec, Number):
            return spec
    raise ValueError(f"{calculator.NAME}: chart x {chart.x!r} is not a number input")


def x_range(chart: Chart, values: Mapping[str, Value]) -> tuple[float, float]:
    """The declared range, scaled by the reader's ``x_scale_input`` when the chart has one."""
    if not chart.x_scale_input:
        return chart.x_min, chart.x_max
    scale = float(values[chart.x_scale_input])
    return chart.x_min * scale, chart.x_max * scale


def _nice_step(span: float, intervals: int) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that covers ``span`` in ``intervals`` steps."""
    raw = span / intervals
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))


def _round_significant(value: float, digits: int) -> float:
    return float(f"{value:.{digits - 1}e}")


def samples(chart: Chart, spec: Number, values: Mapping[str, Value], *, with_current: bool = True) -> tuple[float, ...]:
    """The x values: round numbers across the range (log-spaced if ``x_log``), plus the reader's x exactly.

    An integer input samples whole numbers; a range that would put the reader's x outside it is widened to it.
    ``with_current=False``: the chart's own samples only, which do not depend on the reader's x.
    """
    low, high = x_range(chart, values)
    current = float(values[chart.x])
    count = max(2, chart.points - 1)  # one point is kept for the reader's x
    if chart.x_log:
        low = max(low, 1e-12)
        high = high if high > low else low * 10
        ratio = (high / low) ** (1 / (count - 1))
        found = {_round_significant(low * ratio**i, 2) for i in range(count)}
    elif high > low:
        step = _nice_step(high - low, max(1, count - 3))  # room for both ends when they are not round
        start = math.ceil(low / step - 1e-9)
        found = {round((start + i) * step, 9) for i in range(count) if (start + i) * step <= high * (1 + 1e-9)} | {low, high}
    else:
        found = {low}
    if spec.integer:
        found = {float(round(x)) for x in found}
        if high - low + 1 <= count:
            found = {float(x) for x in range(math.ceil(low), math.floor(high) + 1)}
    if with_current and (current > 0 or not chart.x_log):
        found.add(current)
    return tuple(sorted(found))


def fill_in(text: str, values: Mapping[str, Value]) -> str:
    """``text`` with ``{input}`` names replaced by the values (``{memory_mb} MB`` → ``512 MB``; ``1,000``)."""
    for name, value in values.items():
        if "{" + name + "}" in text:
            shown = f"{int(value):,}" if isinstance(value, int | float) and float(value).is_integer() else str(value)
            text = text.replace("{" + name + "}", shown)
    return text


def label_of(line: Line, point: Mapping[str, Value]) -> str:
    """The line's label with ``{input}`` names read as the point's values."""
    return fill_in(line.label, point)


def point_inputs(chart: Chart, line: Line, values: Mapping[str, Value], x: float) -> dict[str, Value]:
    """The inputs of one point: the reader's, x replaced, the line's ``fixed`` applied, then its ``derive``."""
    point: dict[str, Value] = dict(values)
    point[chart.x] = int(x) if float(x).is_integer() else x
    point.update(line.fixed)
    if line.derive is not None:
        point.update(line.derive(point))
    return point


Answer = Mapping[str, tuple[Value, str]] | None
"""A calculator's outputs at one point, name to value and unit; ``None`` where it refuses the point."""

ANSWERS_KEPT = 2048
"""Points remembered: a few charts at a few readers' inputs (outputs only, about a kilobyte each)."""
_ANSWERS: OrderedDict[tuple[object, ...], tuple[object, object, Answer]] = OrderedDict()


def answer(calculator: Calculator, point: Mapping[str, Value], facts: Facts = CURRENT, result: Result | None = None) -> Answer:
    """The calculator's outputs at ``point`` (parsed inputs), remembered: ``result`` is its answer when known.

    A chart asks for the same points again and again: every sample when the reader moves only x (the explorer's
    load), the lines a ``fixed`` input holds still (Lambda at 128 MB while the reader's memory changes), the ends
    of each crossing's bracket. An entry keeps the calculator and facts it was computed with, so the ``id`` in
    its key is never reused while it exists.
    """
    key = (id(calculator), id(facts), tuple(sorted(point.items())))
    if key in _ANSWERS:
        _ANSWERS.move_to_end(key)
        return _ANSWERS[key][2]
    if result is None:
        try:
            result = calculator.calculate(parse_inputs(calculator.INPUTS, point), facts)
        except InputError:
            result = None
    found = None if result is None else {output.name: (output.value, output.unit) for output in result.outputs}
    _ANSWERS[key] = (calculator, facts, found)
    if len(_ANSWERS) > ANSWERS_KEPT:
        _ANSWERS.popitem(last=False)
    return found


def forget() -> None:
    """Empty the remembered answers (a test counting the calculator's calls starts from none)."""
    _ANSWERS.clear()


def evaluate(
    calculator: Calculator, chart: Chart, line: Line, values: Mapping[str, Value], x: float, facts: Facts = CURRENT
) -> tuple[float, str] | None:
    """The line's output and unit at ``x``, as ``compute`` would give it; ``None`` where the calculator refuses x."""
    outputs = answer(calculator, point_inputs(chart, line, values, x), facts)
    if outputs is None:
        return None
    if line.output not in outputs:
        raise ValueError(f"{calculator.NAME}: chart output {line.output!r} does not exist")
    value, unit = outputs[line.output]
    if isinstance(value, bool | str):
        raise ValueError(f"{calculator.NAME}: chart output {line.output!r} is not a number")
    return float(value), unit


def chart_points(
    calculator: Calculator,
    chart: Chart,
    values: Mapping[str, Value],
    facts: Facts = CURRENT,
    result: Result | None = None,
) -> tuple[Series, ...]:
    """Each line of ``chart`` computed at the samples for the reader's parsed ``values``; refused points are gaps.

    ``result``: the calculator's answer at ``values``, when the caller has it (the reader's own point is then free).
    """
    spec = x_spec(calculator, chart)
    xs = samples(chart, spec, values)
    current_x = float(values[chart.x])
    if result is not None:
        answer(calculator, values, facts, result)
    found = []
    for line in chart.lines:
        points: list[tuple[float, float]] = []
        refused: list[float] = []
        unit = ""
        for x in xs:
            at = evaluate(calculator, chart, line, values, x, facts)
            if at is None:
                refused.append(x)
            else:
                points.append((x, at[0]))
                unit = at[1]
        current = next((point for point in points if point[0] == current_x), None)
        label = label_of(line, point_inputs(chart, line, values, current_x))
        found.append(Series(line, label, unit, tuple(points), current, tuple(refused)))
    return tuple(found)


def _difference(
    calculator: Calculator,
    chart: Chart,
    pair: tuple[Line, Line],
    values: Mapping[str, Value],
    x: float,
    facts: Facts,
) -> float | None:
    first = evaluate(calculator, chart, pair[0], values, x, facts)
    second = evaluate(calculator, chart, pair[1], values, x, facts)
    return None if first is None or second is None else first[0] - second[0]


def _midpoint(low: float, high: float, *, log: bool, integer: bool) -> float:
    if integer:
        return float(math.floor((low + high) / 2))
    return math.sqrt(low * high) if log and low > 0 else (low + high) / 2


def _next_x(low: tuple[float, float], high: tuple[float, float], *, log: bool, integer: bool) -> float:
    """Where to look next: where the straight line through the bracket's ends crosses zero, else its middle.

    Costs are piecewise linear in load, so the straight line lands on or near the swap at once.
    """
    (x_low, d_low), (x_high, d_high) = low, high
    if not integer and d_high != d_low:
        guess = (x_low * d_high - x_high * d_low) / (d_high - d_low)
        if x_low < guess < x_high:
            return guess
    return _midpoint(x_low, x_high, log=log, integer=integer)


def bisect(
    calculator: Calculator,
    chart: Chart,
    pair: tuple[Line, Line],
    values: Mapping[str, Value],
    bracket: tuple[float, float],
    facts: Facts = CURRENT,
) -> float:
    """Narrow ``bracket`` (the lines' difference changes sign across it) to where the order swaps.

    A bracketing search (regula falsi, Illinois variant): each step keeps the swap inside the bracket, and the
    end that stays put twice has its difference halved, so the bracket shrinks from both sides. Each step calls
    the calculator, hence the care to take few; a whole-number input bisects and answers a whole x just past the swap.
    """
    integer = x_spec(calculator, chart).integer
    low, high = bracket
    d_low = _difference(calculator, chart, pair, values, low, facts)
    d_high = _difference(calculator, chart, pair, values, high, facts)
    if not d_low or not d_high:
        return low if not d_low else high
    kept = 0  # which end stayed put last step: -1 low, +1 high
    for _ in range(MAX_BISECTIONS):
        if high - low <= max(1 if integer else 0, chart.tolerance * abs(high), 1e-12):
            break
        middle = _next_x((low, d_low), (high, d_high), log=chart.x_log, integer=integer)
        difference = _difference(calculator, chart, pair, values, middle, facts)
        if difference is None or difference == 0:
            return middle
        if (difference > 0) == (d_low > 0):
            low, d_low = middle, difference
            d_high = d_high / 2 if kept == 1 else d_high
            kept = 1
        else:
            high, d_high = middle, difference
            d_low = d_low / 2 if kept == -1 else d_low
            kept = -1
    return high if integer else (low + high) / 2


def _sign_changes(first: Series, second: Series) -> list[tuple[float, float, float]]:
    """``(x before, x after, difference before)`` for each pair of neighbouring samples where the order swaps."""
    other = dict(second.points)
    differences = [(x, y - other[x]) for x, y in first.points if x in other and y != other[x]]
    return [(a, b, da) for (a, da), (b, db) in itertools.pairwise(differences) if (da > 0) != (db > 0)]


def _lowest_changes(series: tuple[Series, ...]) -> list[tuple[float, float, set[str]]]:
    """Neighbouring samples between which the lowest line changes, with the two lines' labels."""
    by_x: dict[float, list[tuple[float, str]]] = {}
    for line in series:
        for x, y in line.points:
            by_x.setdefault(x, []).append((y, line.label))
    lowest = [(x, min(points)[1]) for x, points in sorted(by_x.items()) if len(points) == len(series)]
    return [(a, b, {la, lb}) for (a, la), (b, lb) in itertools.pairwise(lowest) if la != lb]


def crossovers(
    calculator: Calculator,
    chart: Chart,
    values: Mapping[str, Value],
    facts: Facts = CURRENT,
    series: tuple[Series, ...] | None = None,
) -> tuple[Crossover, ...]:
    """Where any two lines swap order, by bisection between the neighbouring samples that bracket the swap.

    ``series`` (from ``chart_points``) saves computing the samples again. The brackets are the chart's own samples,
    not the reader's x, so a crossing does not move as the reader's x does.
    """
    drawn = series if series is not None else chart_points(calculator, chart, values, facts)
    own = set(samples(chart, x_spec(calculator, chart), values, with_current=False))
    computed = tuple(replace(line, points=tuple(p for p in line.points if p[0] in own)) for line in drawn)
    found = []
    lowest = _lowest_changes(computed) if chart.lowest_only else None
    for i, j in itertools.combinations(range(len(computed)), 2):
        first, second = computed[i], computed[j]
        for before, after, difference in _sign_changes(first, second):
            if lowest is not None and (before, after, {first.label, second.label}) not in lowest:
                continue
            x = bisect(calculator, chart, (first.line, second.line), values, (before, after), facts)
            lower, higher = (drawn[j], drawn[i]) if difference > 0 else (drawn[i], drawn[j])
            found.append(Crossover(x, lower, higher))
    return tuple(sorted(found, key=lambda crossing: crossing.x))


@dataclass(frozen=True)
class Bar:
    """One stacked bar: ``output`` (a total) split into parts, each the sum of some steps of the working.

    ``parts`` maps a part's name (one of the breakdown's ``parts``) to the labels of the steps that add up to it;
    a part the bar lacks is left out. The parts must add up to the output: ``bar_parts`` checks it.
    """

    output: str
    parts: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Breakdown:
    """Totals side by side, each split into the same named parts in the same order (colour follows the part)."""

    title: str
    """May name inputs in braces, read as the reader's values (``at {requests_per_second} requests/s``)."""
    parts: tuple[str, ...]
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class BarValues:
    """One bar computed: its label and total (the output's) and each part's value, in the breakdown's order."""

    label: str
    unit: str
    total: float
    parts: tuple[tuple[str, float], ...]


SUM_TOLERANCE = 1e-9
"""How far (relative) a bar's parts may sum from its total: floating point only, never a missing line."""


def bar_values(breakdown: Breakdown, result: Result) -> tuple[BarValues, ...]:
    """Each bar's total and parts at the reader's inputs, from ``result``'s outputs and steps.

    A declaration whose parts do not add up to the total (a line of the bill left out of the chart) raises
    ``ValueError``: the bars would otherwise show a bill that is not the one the result states.
    """
    steps = {step.label: step for step in result.steps}
    outputs = {output.name: output for output in result.outputs}
    found = []
    for bar in breakdown.bars:
        output = outputs[bar.output]
        if isinstance(output.value, bool | str):
            raise ValueError(f"breakdown output {bar.output!r} is not a number")
        parts = []
        for part in breakdown.parts:
            if part in bar.parts:
                values = [steps[label].value for label in bar.parts[part]]
                parts.append((part, float(sum(float(value) for value in values))))
        total = float(output.value)
        if abs(sum(value for _, value in parts) - total) > SUM_TOLERANCE * max(1.0, abs(total)):
            raise ValueError(f"breakdown of {bar.output!r}: the parts do not add up to the total")
        found.append(BarValues(output.label, output.unit, total, tuple(parts)))
    return tuple(found)

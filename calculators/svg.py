"""Charts as inline SVG, with a one-sentence summary and a table of the same numbers.

Everything is computed by ``calculators.charts`` (the calculator itself, called at each point); this module only
draws. Coordinates carry one decimal, so the same inputs always give the same bytes. Colours come from the
stylesheet (``.calc-chart-line-1``…); dashes differ per line too, so colour is never the only cue.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from calculators._core import Calculator, Value
from calculators.charts import Chart, Crossover, Series, chart_points, crossovers, x_spec
from calculators.data import CURRENT, Facts
from calculators.render import format_result, quantity, result_quantity

WIDTH, HEIGHT = 360, 220
LEFT, RIGHT, TOP, BOTTOM = 46, 12, 24, 34
"""The plot sits inside these margins of the viewBox: tick labels left and below, the y unit above."""

DASHES = ("", "7 4", "2 3", "10 3 2 3")
"""Stroke patterns by line: solid, dashed, dotted, dash-dot."""

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Axis:
    """A scale from ``low`` to ``high`` (both positive when ``log``) onto ``length`` pixels from ``start``."""

    low: float
    high: float
    log: bool
    unit: str

    def fraction(self, value: float) -> float:
        """Where ``value`` sits between low (0) and high (1)."""
        if self.log:
            return (math.log10(value) - math.log10(self.low)) / (math.log10(self.high) - math.log10(self.low))
        return (value - self.low) / (self.high - self.low)

    def drawable(self, value: float) -> bool:
        """A log axis cannot show zero or less."""
        return value > 0 or not self.log


def _nice(raw: float) -> float:
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))


def linear_axis(values: list[float], unit: str) -> Axis:
    """A linear axis from zero (costs, counts) on round ticks that holds every value."""
    low, high = min(min(values), 0.0), max(max(values), 0.0)
    if high - low < 1e-12 * max(abs(high), 1.0):
        low, high = (low - 1, high + 1) if high == 0 else (min(0.0, low * 0.5), high * 1.5)
    step = _nice((high - low) / 4)
    return Axis(math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step, log=False, unit=unit)


def log_axis(values: list[float], unit: str) -> Axis:
    """A log axis from the decade at or below the least positive value to the decade at or above the largest."""
    positive = [value for value in values if value > 0] or [1.0]
    low = 10.0 ** math.floor(math.log10(min(positive)) + 1e-9)
    high = 10.0 ** math.ceil(math.log10(max(positive)) - 1e-9)
    return Axis(low, high if high > low else low * 10, log=True, unit=unit)


def ticks(axis: Axis, most: int = 6) -> list[float]:
    """Round values to label: decades on a log axis (every other one when crowded), 1-2-2.5-5 steps otherwise."""
    if axis.log:
        first, last = round(math.log10(axis.low)), round(math.log10(axis.high))
        every = max(1, math.ceil((last - first) / (most - 1)))
        return [10.0**power for power in range(first, last + 1, every)]
    step = _nice((axis.high - axis.low) / (most - 1))
    first = math.ceil(axis.low / step - 1e-9)
    return [i * step for i in range(first, math.floor(axis.high / step + 1e-9) + 1)]


def compact(value: float) -> str:
    """A tick label's number: ``1k``, ``2.5M``, ``0.5``, ``10⁻⁶``."""
    if value == 0:
        return "0"
    size = abs(value)
    if size < 0.001:
        return "10" + str(round(math.log10(size))).translate(SUPERSCRIPT)
    for bound, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if size >= bound:
            return f"{value / bound:.3g}{suffix}"
    return f"{value:.3g}"


def tick_label(value: float, unit: str) -> str:
    """``$1k`` for money, ``20%`` for percentages, ``10k`` otherwise."""
    if unit.startswith("USD"):
        return ("-$" if value < 0 else "$") + compact(abs(value))
    return compact(value) + ("%" if unit == "%" else "")


def unit_words(unit: str) -> str:
    """An axis's unit as a reader says it: ``$ per month``."""
    if unit == "USD":
        return "$"
    if unit.startswith("USD/"):
        return "$ per " + unit.removeprefix("USD/")
    return unit


@dataclass(frozen=True)
class Frame:
    """Both axes placed in the viewBox."""

    x: Axis
    y: Axis

    def left(self, value: float) -> float:
        """The horizontal pixel of an x value."""
        return LEFT + self.x.fraction(value) * (WIDTH - LEFT - RIGHT)

    def top(self, value: float) -> float:
        """The vertical pixel of a y value (up is more)."""
        return HEIGHT - BOTTOM - self.y.fraction(value) * (HEIGHT - TOP - BOTTOM)

    def drawable(self, x: float, y: float) -> bool:
        """Whether the point can sit on these axes."""
        return self.x.drawable(x) and self.y.drawable(y)


def _frame(chart: Chart, series: tuple[Series, ...], x_unit: str) -> Frame:
    xs = [x for line in series for x, _ in line.points]
    ys = [y for line in series for _, y in line.points]
    y_unit = next((line.unit for line in series if line.unit), "")
    x_axis = Axis(min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1, chart.x_log, x_unit)  # the sampled range
    y_axis = log_axis(ys, y_unit) if chart.y_log else linear_axis(ys, y_unit)
    return Frame(x_axis, y_axis)


def _x_ticks(frame: Frame, samples: list[float]) -> list[float]:
    """Each sample when there are few whole ones (replicas 1 to 9), else round values."""
    if not frame.x.log and len(samples) <= 10 and all(float(x).is_integer() for x in samples):
        return samples
    return ticks(frame.x, most=6)


def _grid(frame: Frame, samples: list[float]) -> str:
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    parts = []
    for value in ticks(frame.y, most=7):
        top = f"{frame.top(value):.1f}"
        parts.append(f'<line x1="{LEFT}" y1="{top}" x2="{right}" y2="{top}"/>')
        parts.append(
            f'<text x="{LEFT - 4}" y="{top}" dy="0.35em" text-anchor="end">{escape(tick_label(value, frame.y.unit))}</text>'
        )
    for value in _x_ticks(frame, samples):
        if not frame.x.low - 1e-9 <= value <= frame.x.high * (1 + 1e-9):
            continue
        left = f"{frame.left(value):.1f}"
        parts.append(f'<line x1="{left}" y1="{TOP}" x2="{left}" y2="{bottom}"/>')
        parts.append(f'<text x="{left}" y="{bottom + 14}" text-anchor="middle">{escape(tick_label(value, frame.x.unit))}</text>')
    return f'<g class="calc-chart-grid">{"".join(parts)}</g>'


def _path(frame: Frame, line: Series) -> str:
    """``M``/``L`` commands through the drawable points; a refused or undrawable point breaks the line."""
    commands, pen_down = [], False
    gaps: list[tuple[float, float | None]] = [(x, None) for x in line.refused]
    for x, y in sorted([*line.points, *gaps], key=lambda point: point[0]):
        if y is None or not frame.drawable(x, y):
            pen_down = False
            continue
        commands.append(f"{'L' if pen_down else 'M'}{frame.left(x):.1f} {frame.top(y):.1f}")
        pen_down = True
    return " ".join(commands)


def _lines(frame: Frame, series: tuple[Series, ...], current_x: float) -> str:
    parts = []
    if frame.x.drawable(current_x) and frame.x.low <= current_x <= frame.x.high:
        left = f"{frame.left(current_x):.1f}"
        parts.append(f'<line class="calc-chart-now" x1="{left}" y1="{TOP}" x2="{left}" y2="{HEIGHT - BOTTOM}"/>')
    for number, line in enumerate(series, start=1):
        dash = DASHES[(number - 1) % len(DASHES)]
        dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(
            f'<path class="calc-chart-line calc-chart-line-{number}" d="{_path(frame, line)}"'
            f' fill="none" stroke="currentColor" stroke-width="2"{dash_attribute}/>'
        )
    for number, line in enumerate(series, start=1):
        if line.current is not None and frame.drawable(*line.current):
            x, y = line.current
            parts.append(
                f'<circle class="calc-chart-point calc-chart-line-{number}" cx="{frame.left(x):.1f}" cy="{frame.top(y):.1f}"'
                ' r="4" fill="currentColor"/>'
            )
    return "".join(parts)


def chart_svg(chart: Chart, series: tuple[Series, ...], x_unit: str, current_x: float, summary_id: str) -> str:
    """The drawing: grid with round ticks, one path per line, the reader's point on each, described by the summary."""
    frame = _frame(chart, series, x_unit)
    domains = (
        f'data-x="{frame.x.low:g} {frame.x.high:g} {"log" if frame.x.log else "linear"}" '
        f'data-y="{frame.y.low:g} {frame.y.high:g} {"log" if frame.y.log else "linear"}" '
        f'data-box="{LEFT} {TOP} {WIDTH - LEFT - RIGHT} {HEIGHT - TOP - BOTTOM}"'
    )
    y_title = escape(unit_words(frame.y.unit))
    x_title = escape(x_unit)
    return (
        f'<svg class="calc-chart-svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-describedby="{summary_id}" '
        f'font-size="12" {domains}><title>{escape(chart.title)}</title>'
        f"{_grid(frame, sorted({x for line in series for x, _ in line.points}))}"
        f'<text class="calc-chart-axis-title" x="{LEFT}" y="{TOP - 10}">{y_title}</text>'
        f'<text class="calc-chart-axis-title" x="{WIDTH - RIGHT}" y="{HEIGHT - 2}" text-anchor="end">{x_title}</text>'
        f"{_lines(frame, series, current_x)}</svg>"
    )


def legend_html(series: tuple[Series, ...]) -> str:
    """Each line's label beside a sample of its stroke (colour and dash)."""
    items = []
    for number, line in enumerate(series, start=1):
        dash = DASHES[(number - 1) % len(DASHES)]
        dash_attribute = f' stroke-dasharray="{dash}"' if dash else ""
        items.append(
            f'<li><svg class="calc-chart-key" viewBox="0 0 28 8" aria-hidden="true">'
            f'<line class="calc-chart-line calc-chart-line-{number}" x1="0" y1="4" x2="28" y2="4" stroke="currentColor"'
            f' stroke-width="2"{dash_attribute}/></svg>{escape(line.label)}</li>'
        )
    return f'<ul class="calc-chart-legend">{"".join(items)}</ul>'


def summary_text(series: tuple[Series, ...], crossings: tuple[Crossover, ...], x_unit: str, current_x: float) -> str:
    """What the chart shows, in words: the reader's point on each line, then where the lines swap order."""
    at = [f"{line.label} {result_quantity(line.current[1], line.unit)}" for line in series if line.current is not None]
    sentences = [f"At {quantity(current_x, x_unit)}: {', '.join(at)}."] if at else []
    for crossing in crossings:
        word = "cheaper" if crossing.lower.unit.startswith("USD") else "lower"
        where = result_quantity(float(f"{crossing.x:.3g}"), x_unit)  # three figures: bisection is that precise
        sentences.append(
            f"{crossing.lower.label} is {word} than {crossing.higher.label} below {where}; {crossing.higher.label} above."
        )
    return " ".join(sentences)


def _column_title(line: Series) -> str:
    if line.unit.startswith("USD"):
        return line.label + (f" ({unit_words(line.unit).removeprefix('$ ')})" if "/" in line.unit else "")
    return f"{line.label} ({line.unit})" if line.unit else line.label


def table_html(series: tuple[Series, ...], x_label: str, x_unit: str, current_x: float) -> str:
    """The chart's numbers, rounded as results are; ``—`` where the calculator refused the point.

    The table has a class so Material leaves it alone (it wraps unclassed tables when a page loads, never the ones a
    live result brings): build-time and live charts then have the same markup, and this wrapper scrolls it.
    """
    xs = sorted({x for line in series for x, _ in line.points} | {x for line in series for x in line.refused})
    by_line = [dict(line.points) for line in series]
    head = f'<th scope="col">{escape(x_label)} ({escape(x_unit)})</th>' + "".join(
        f'<th scope="col">{escape(_column_title(line))}</th>' for line in series
    )
    rows = []
    for x in xs:
        cells = "".join(
            f"<td>{escape(format_result(points[x], line.unit)) if x in points else '—'}</td>"
            for line, points in zip(series, by_line, strict=True)
        )
        mark = ' class="calc-chart-current"' if x == current_x else ""
        rows.append(f'<tr{mark}><th scope="row">{escape(format_result(x, x_unit))}</th>{cells}</tr>')
    return (
        f'<details class="calc-chart-data"><summary>Chart data</summary><div class="calc-chart-scroll" tabindex="0">'
        f'<table class="calc-chart-table"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></details>'
    )


def chart_id(name: str, values: Mapping[str, Value], index: int) -> str:
    """An id stable for the same calculator and inputs (build and browser agree), different for other inputs."""
    # A number hashes as a float: a default (1000) and the same value typed in a box (1000.0) are one input.
    same = {
        key: float(value) if isinstance(value, int) and not isinstance(value, bool) else value for key, value in values.items()
    }
    text = name + json.dumps(same, sort_keys=True)
    digest = 0x811C9DC5  # FNV-1a, 32 bits: the standard library's hashes are not all in the browser's build
    for byte in text.encode():
        digest = ((digest ^ byte) * 0x01000193) & 0xFFFFFFFF
    return f"calc-chart-{name.replace('_', '-')}-{digest:08x}-{index}"


def chart_html(calculator: Calculator, chart: Chart, values: Mapping[str, Value], index: int, facts: Facts = CURRENT) -> str:
    """One chart as a figure: caption, drawing, legend, summary and its data; empty when no point could be drawn."""
    series = chart_points(calculator, chart, values, facts)
    if not any(line.points for line in series):
        return ""
    spec = x_spec(calculator, chart)
    current_x = float(values[chart.x])
    crossings = crossovers(calculator, chart, values, facts, series)
    summary_id = chart_id(calculator.NAME, values, index)
    return (
        f'<figure class="calc-chart"><figcaption>{escape(chart.title)}</figcaption>'
        f"{chart_svg(chart, series, spec.unit, current_x, summary_id)}"
        f"{legend_html(series)}"
        f'<p class="calc-chart-summary" id="{summary_id}">{escape(summary_text(series, crossings, spec.unit, current_x))}</p>'
        f"{table_html(series, spec.label, spec.unit, current_x)}</figure>"
    )


def charts_html(calculator: Calculator, values: Mapping[str, Value], facts: Facts = CURRENT) -> str:
    """Every chart the calculator declares (``CHARTS``), for the reader's parsed inputs; ``""`` when it has none."""
    charts: tuple[Chart, ...] = getattr(calculator, "CHARTS", ())
    return "".join(chart_html(calculator, chart, values, index, facts) for index, chart in enumerate(charts, start=1))

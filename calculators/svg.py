"""Charts as inline SVG, with a one-sentence summary and a table of the same numbers.

Everything is computed by ``calculators.charts`` (the calculator itself, called at each point); this module only
draws. Coordinates carry one decimal, so the same inputs always give the same bytes. Colours come from the
stylesheet (``.calc-chart-line-1``…); dashes differ per line too, so colour is never the only cue.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from calculators._core import Calculator, Result, Value, parse_inputs, ratio_as_percent
from calculators.charts import (
    BarValues,
    Breakdown,
    Chart,
    Crossover,
    Series,
    bar_values,
    chart_points,
    crossovers,
    fill_in,
    x_spec,
)
from calculators.data import CURRENT, Facts
from calculators.render import format_result, quantity, result_quantity
from calculators.sensitivity import Ranking, Swing

WIDTH, HEIGHT = 360, 220
LEFT, RIGHT, TOP, BOTTOM = 46, 12, 24, 34
"""The plot sits inside these margins of the viewBox: tick labels left and below, the y unit above."""

LABEL_MIDDLE = 4
"""Baseline offset that centres a 12-unit label on a line (0.35 em): a number, so it needs no ``dy`` per label."""

MONEY_COMPACT_FROM = 0.01
"""Chart-data money from a cent up reads as ``$722k``; smaller amounts keep ``format_result``'s digits."""

LINE_STYLES = 5
"""Lines get ``calc-chart-line-1`` to ``-5`` in turn: a colour and a dash pattern each (solid, dashed, dotted,
dash-dot, long dash), set in ``charts.css`` with the stroke's width, so the markup carries only coordinates."""

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


def number(value: float) -> str:
    """A coordinate in whole viewBox units: under 0.7 px off at the widest the chart is shown.

    Short numbers gzip well, and the same inputs always give the same bytes.
    """
    return str(round(value))


def _numbers(values: list[int]) -> str:
    """SVG path numbers with only the separators needed: a minus sign separates on its own."""
    text = ""
    for value in values:
        text += str(value) if not text or value < 0 else f" {value}"
    return text


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
    lines: list[str] = []
    y_labels: list[str] = []
    x_labels: list[str] = []
    for value in ticks(frame.y, most=7):
        top = number(frame.top(value))
        lines.append(f"M{LEFT} {top}H{right}")
        middle = number(frame.top(value) + LABEL_MIDDLE)  # a label's middle on its grid line
        y_labels.append(f'<text x="{LEFT - 4}" y="{middle}">{escape(tick_label(value, frame.y.unit))}</text>')
    for value in _x_ticks(frame, samples):
        if not frame.x.low - 1e-9 <= value <= frame.x.high * (1 + 1e-9):
            continue
        left = number(frame.left(value))
        lines.append(f"M{left} {TOP}V{bottom}")
        x_labels.append(f'<text x="{left}" y="{bottom + 14}">{escape(tick_label(value, frame.x.unit))}</text>')
    return (
        f'<g class="calc-chart-grid"><path d="{"".join(lines)}"/>'
        f'<g text-anchor="end">{"".join(y_labels)}</g>'
        f'<g text-anchor="middle">{"".join(x_labels)}</g></g>'
    )


def _path(frame: Frame, line: Series) -> str:
    """A run per stretch of drawable points: ``M`` to its first point, then ``l`` steps relative to the last.

    Steps between neighbours are small numbers that repeat (a log axis spaces the samples evenly), so the path
    compresses to a fraction of absolute coordinates. They are differences of rounded positions, so rounding
    never accumulates along the line. A refused or undrawable point breaks the line.
    """
    runs: list[list[tuple[int, int]]] = [[]]
    gaps: list[tuple[float, float | None]] = [(x, None) for x in line.refused]
    for x, y in sorted([*line.points, *gaps], key=lambda point: point[0]):
        if y is None or not frame.drawable(x, y):
            runs.append([])
            continue
        runs[-1].append((round(frame.left(x)), round(frame.top(y))))
    commands = []
    for run in filter(None, runs):
        (first_x, first_y), steps = run[0], []
        for (x0, y0), (x1, y1) in itertools.pairwise(run):
            steps += [x1 - x0, y1 - y0]
        commands.append(f"M{first_x} {first_y}" + (f"l{_numbers(steps)}" if steps else ""))
    return "".join(commands)


def line_class(index: int) -> str:
    """The colour-and-dash class of the line at ``index`` (from 0), cycling after ``LINE_STYLES``."""
    return f"calc-chart-line-{index % LINE_STYLES + 1}"


def _lines(frame: Frame, series: tuple[Series, ...], current_x: float) -> str:
    parts = []
    if frame.x.drawable(current_x) and frame.x.low <= current_x <= frame.x.high:
        parts.append(f'<path class="calc-chart-now" d="M{number(frame.left(current_x))} {TOP}V{HEIGHT - BOTTOM}"/>')
    for index, line in enumerate(series):
        parts.append(f'<path class="calc-chart-line {line_class(index)}" d="{_path(frame, line)}"/>')
    for index, line in enumerate(series):
        if line.current is not None and frame.drawable(*line.current):
            x, y = line.current
            parts.append(
                f'<circle class="calc-chart-point {line_class(index)}" cx="{number(frame.left(x))}" cy="{number(frame.top(y))}"'
                ' r="4"/>'
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


def legend_html(labels: Sequence[str], *, filled: bool = False) -> str:
    """Each label beside a sample of its line (colour and dash), or a swatch of its fill for a bar's part."""
    swatch = '<span class="calc-chart-swatch {}"></span>'
    stroke = (
        '<svg class="calc-chart-key" viewBox="0 0 28 8" aria-hidden="true"><path class="calc-chart-line {}" d="M0 4H28"/></svg>'
    )
    key = swatch if filled else stroke
    items = [f"<li>{key.format(line_class(index))}{escape(label)}</li>" for index, label in enumerate(labels)]
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


def table_figure(value: float, unit: str) -> str:
    """A chart-data cell: three significant figures, as a result shows them and as precise as the drawing.

    Money reads like the axis (``$722k``, ``$1.42k``, ``$17``) instead of to the cent: a curve's samples are for
    reading the shape, and the reader's own point has its exact figure in the result and the summary.
    """
    if unit.startswith("USD") and (value == 0 or abs(value) >= MONEY_COMPACT_FROM):
        return tick_label(float(f"{value:.3g}"), unit)
    return format_result(value, unit)


def _column_title(line: Series) -> str:
    if line.unit.startswith("USD"):
        return line.label + (f" ({unit_words(line.unit).removeprefix('$ ')})" if "/" in line.unit else "")
    return f"{line.label} ({line.unit})" if line.unit else line.label


def table_html(series: tuple[Series, ...], x_label: str, x_unit: str, current_x: float) -> str:
    """The chart's numbers to three significant figures; ``—`` where the calculator refused the point.

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
            f"<td>{escape(table_figure(points[x], line.unit)) if x in points else '—'}</td>"
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


def chart_html(
    calculator: Calculator,
    chart: Chart,
    values: Mapping[str, Value],
    index: int,
    facts: Facts = CURRENT,
    result: Result | None = None,
) -> str:
    """One chart as a figure: caption, drawing, legend, summary and its data; empty when no point could be drawn.

    ``result`` is the calculator's answer at ``values`` when the caller has it: the reader's point is then free.
    """
    series = chart_points(calculator, chart, values, facts, result)
    if not any(line.points for line in series):
        return ""
    spec = x_spec(calculator, chart)
    current_x = float(values[chart.x])
    crossings = crossovers(calculator, chart, values, facts, series)
    summary_id = chart_id(calculator.NAME, values, index)
    return (
        f'<figure class="calc-chart"><figcaption>{escape(chart.title)}</figcaption>'
        f"{chart_svg(chart, series, spec.unit, current_x, summary_id)}"
        f"{legend_html([line.label for line in series])}"
        f'<p class="calc-chart-summary" id="{summary_id}">{escape(summary_text(series, crossings, spec.unit, current_x))}</p>'
        f"{table_html(series, spec.label, spec.unit, current_x)}</figure>"
    )


BAR_ROW, BAR_HEIGHT, BAR_LEFT, BAR_RIGHT = 32, 10, 12, 20
"""A stacked bar's row: its label above a bar ``BAR_HEIGHT`` high; margins leave room for the end ticks' labels."""


def _bar_segment(x0: int, x1: int, top: int) -> str:
    """A bar's part from ``x0`` to ``x1`` as a line ``BAR_HEIGHT`` thick (the stylesheet's stroke width).

    A line is half the markup of a closed rectangle. Wider parts stop one unit short, so neighbours are parted
    by the page's colour (a cue besides colour, and contrast against the background rather than each other).
    """
    end = x1 - 1 if x1 - x0 > 2 else x1
    return f"M{x0} {top + BAR_HEIGHT // 2}H{end}"


def _bars_svg(title: str, bars: tuple[BarValues, ...], parts: tuple[str, ...], summary_id: str) -> str:
    """Stacked bars: one per total, its parts left to right in the legend's order, on one scale from zero."""
    axis = linear_axis([bar.total for bar in bars], bars[0].unit)
    width = WIDTH - BAR_LEFT - BAR_RIGHT
    height = len(bars) * BAR_ROW + 22

    def left(value: float) -> int:
        return round(BAR_LEFT + axis.fraction(value) * width)

    fills: dict[str, list[str]] = {}
    labels = []
    for row, bar in enumerate(bars):
        top = row * BAR_ROW + 16
        labels.append(
            f'<text x="{BAR_LEFT}" y="{top - 4}">{escape(bar.label)} {escape(table_figure(bar.total, bar.unit))}</text>'
        )
        start = 0.0
        for part, value in bar.parts:
            x0, x1 = left(start), left(start + value)
            start += value
            if x1 > x0:
                fills.setdefault(part, []).append(_bar_segment(x0, x1, top))
    paths = "".join(
        f'<path class="calc-chart-bar {line_class(parts.index(part))}" d="{"".join(rects)}"/>' for part, rects in fills.items()
    )
    bottom = len(bars) * BAR_ROW + 4
    grid, tick_labels = [], []
    for value in ticks(axis, most=5):
        x = left(value)
        grid.append(f"M{x} 0V{bottom}")
        tick_labels.append(f'<text x="{x}" y="{bottom + 14}">{escape(tick_label(value, axis.unit))}</text>')
    return (
        f'<svg class="calc-chart-svg" viewBox="0 0 {WIDTH} {height}" role="img" aria-describedby="{summary_id}" '
        f'font-size="12">'
        f'<title>{escape(title)}</title><g class="calc-chart-grid"><path d="{"".join(grid)}"/>'
        f'<g text-anchor="middle">{"".join(tick_labels)}</g></g>{paths}'
        f'<g class="calc-chart-bar-labels">{"".join(labels)}</g></svg>'
    )


def bars_summary(bars: tuple[BarValues, ...]) -> str:
    """The largest part of each total, in words, with its share."""
    largest = []
    for bar in bars:
        part, value = max(bar.parts, key=lambda item: item[1])
        share = f"{round(100 * value / bar.total)} %" if bar.total > 0 else "none"
        largest.append(f"{bar.label}, {part.lower()} ({share})")
    return "The largest part of each: " + "; ".join(largest) + "."


def bars_table(bars: tuple[BarValues, ...], parts: tuple[str, ...]) -> str:
    """Every part of every bar, and the totals (a part a bar does not have costs nothing there)."""
    head = '<th scope="col"></th>' + "".join(f'<th scope="col">{escape(part)}</th>' for part in parts) + "<th>Total</th>"
    rows = []
    for bar in bars:
        values = dict(bar.parts)
        cells = "".join(f"<td>{escape(table_figure(values.get(part, 0.0), bar.unit))}</td>" for part in parts)
        rows.append(
            f'<tr><th scope="row">{escape(bar.label)}</th>{cells}<td>{escape(table_figure(bar.total, bar.unit))}</td></tr>'
        )
    return (
        f'<details class="calc-chart-data"><summary>Chart data ({escape(unit_words(bars[0].unit))})</summary>'
        f'<div class="calc-chart-scroll" tabindex="0"><table class="calc-chart-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></details>"
    )


def breakdown_html(calculator: Calculator, breakdown: Breakdown, values: Mapping[str, Value], result: Result, index: int) -> str:
    """The stacked bars at the reader's inputs as a figure: caption, drawing, legend, summary and data."""
    bars = bar_values(breakdown, result)
    title = fill_in(breakdown.title, values)
    summary_id = chart_id(calculator.NAME, values, index)
    parts = tuple(part for part in breakdown.parts if any(part in dict(bar.parts) for bar in bars))
    return (
        f'<figure class="calc-chart calc-breakdown"><figcaption>{escape(title)}</figcaption>'
        f"{_bars_svg(title, bars, parts, summary_id)}{legend_html(parts, filled=True)}"
        f'<p class="calc-chart-summary" id="{summary_id}">{escape(bars_summary(bars))}</p>'
        f"{bars_table(bars, parts)}</figure>"
    )


TORNADO_ROWS = 6
"""Inputs drawn in the sensitivity chart (the table lists them all): the rest move the answer less."""


def _tornado_svg(ranking: Ranking, rows: tuple[Swing, ...], summary_id: str, title: str) -> str:
    """A bar per input from the answer with it halved to the answer with it doubled, across a rule at today's."""
    swings = ranking.swings[: len(rows)]
    axis = linear_axis([ranking.base, *(v for row in swings for v in (row.at_halved, row.at_doubled))], ranking.unit)
    width = WIDTH - BAR_LEFT - BAR_RIGHT
    bottom = len(swings) * BAR_ROW + 4

    def left(value: float) -> int:
        return round(BAR_LEFT + axis.fraction(value) * width)

    halved: list[str] = []
    doubled: list[str] = []
    labels: list[str] = []
    for index, row in enumerate(swings):
        top = index * BAR_ROW + 16
        moves = f"{_input_value(row.halved, row.unit)} / {_input_value(row.doubled, row.unit)}"
        labels.append(f'<text x="{BAR_LEFT}" y="{top - 4}">{escape(row.label)}: {escape(moves)}</text>')
        for rects, at in ((halved, row.at_halved), (doubled, row.at_doubled)):
            x0, x1 = sorted((left(ranking.base), left(at)))
            if x1 > x0:
                rects.append(_bar_segment(x0, x1, top))
    grid, tick_labels = [], []
    for value in ticks(axis, most=5):
        grid.append(f"M{left(value)} 0V{bottom}")
        tick_labels.append(f'<text x="{left(value)}" y="{bottom + 14}">{escape(tick_label(value, axis.unit))}</text>')
    return (
        f'<svg class="calc-chart-svg" viewBox="0 0 {WIDTH} {bottom + 18}" role="img" aria-describedby="{summary_id}" '
        f'font-size="12"><title>{escape(title)}</title><g class="calc-chart-grid"><path d="{"".join(grid)}"/>'
        f'<g text-anchor="middle">{"".join(tick_labels)}</g></g>'
        f'<path class="calc-chart-bar {line_class(0)}" d="{"".join(halved)}"/>'
        f'<path class="calc-chart-bar {line_class(1)}" d="{"".join(doubled)}"/>'
        f'<path class="calc-chart-now" d="M{left(ranking.base)} 0V{bottom}"/>'
        f'<g class="calc-chart-bar-labels">{"".join(labels)}</g></svg>'
    )


def _input_value(value: float, unit: str) -> str:
    """An input's moved value as its box shows it: a ratio as a percentage, else with its unit."""
    return ratio_as_percent(value) if unit == "ratio" else quantity(value, unit)


def tornado_html(calculator: Calculator, values: Mapping[str, Value], ranking: Ranking, title: str) -> str:
    """The sensitivity view: the chart of the inputs that move the answer most, a summary and every input's row."""
    summary_id = chart_id(calculator.NAME, values, 0) + "-sensitivity"
    moving = tuple(row for row in ranking.swings if row.swing > 0)[:TORNADO_ROWS]
    at = result_quantity(ranking.base, ranking.unit)
    if moving:
        most = "; ".join(
            f"{row.label} ({result_quantity(row.at_halved, ranking.unit)} halved, "
            f"{result_quantity(row.at_doubled, ranking.unit)} doubled)"
            for row in moving[:3]
        )
        summary = f"{ranking.label}: {at}. Halving or doubling one input at a time, it moves most with {most}."
    else:
        summary = f"{ranking.label}: {at}. Halving or doubling any one input leaves it where it is."
    rows = "".join(
        f'<tr><th scope="row">{escape(row.label)}</th><td>{escape(_input_value(row.halved, row.unit))}</td>'
        f"<td>{escape(format_result(row.at_halved, ranking.unit))}</td><td>{escape(_input_value(row.doubled, row.unit))}</td>"
        f"<td>{escape(format_result(row.at_doubled, ranking.unit))}</td></tr>"
        for row in ranking.swings
    )
    table = (
        '<div class="calc-chart-scroll" tabindex="0"><table class="calc-chart-table"><thead><tr><th scope="col">Input'
        '</th><th scope="col">Halved</th><th scope="col">Then</th><th scope="col">Doubled</th><th scope="col">Then</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    chart = (
        f"{_tornado_svg(ranking, moving, summary_id, title)}{legend_html(('Input halved', 'Input doubled'), filled=True)}"
        if moving
        else ""
    )
    return (
        f'<figure class="calc-chart calc-tornado"><figcaption>{escape(title)}</figcaption>{chart}'
        f'<p class="calc-chart-summary" id="{summary_id}">{escape(summary)}</p>{table}</figure>'
    )


def charts_html(calculator: Calculator, values: Mapping[str, Value], facts: Facts = CURRENT, result: Result | None = None) -> str:
    """Every chart the calculator declares (``CHARTS``, then its ``BREAKDOWN``) for the reader's parsed inputs.

    ``""`` when it declares none. ``result`` is the calculator's answer for ``values`` when the caller has it.
    """
    charts: tuple[Chart, ...] = getattr(calculator, "CHARTS", ())
    figures = [chart_html(calculator, chart, values, index, facts, result) for index, chart in enumerate(charts, start=1)]
    breakdown: Breakdown | None = getattr(calculator, "BREAKDOWN", None)
    if breakdown is not None:
        answer = result if result is not None else calculator.calculate(parse_inputs(calculator.INPUTS, values), facts)
        figures.append(breakdown_html(calculator, breakdown, values, answer, len(charts) + 1))
    return "".join(figures)

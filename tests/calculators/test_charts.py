"""Charts: every point is the calculator's own answer, crossings are found by bisection, and the drawing, its
table and its summary say the same thing, at build time and in the browser alike.

Golden SVGs live in tests/calculators/golden/charts; after an intended change, rewrite them with
``CHARTS_GOLDEN=write .venv/bin/python -m pytest tests/calculators/test_charts.py`` and review the diff.
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import REGISTRY, architecture_cost, compute
from calculators._core import Choice, InputError, Number, Output, Result, Values, parse_inputs
from calculators.charts import (
    _ANSWERS,
    ANSWERS_KEPT,
    Bar,
    Breakdown,
    Chart,
    Line,
    answer,
    bar_values,
    bisect,
    chart_points,
    crossovers,
    forget,
    point_inputs,
    samples,
    x_spec,
)
from calculators.data import CURRENT, Facts
from calculators.render import format_result
from calculators.svg import chart_html, charts_html, compact, tick_label
from calculators.web import charts as web_charts
from calculators.web import run
from macros.widget import widget_html

GOLDEN = Path(__file__).parent / "golden" / "charts"
RUNTIME: dict[str, object] = {"wheel": "w.whl", "stdlib": "s.zip", "snapshot": "s.bin", "pyodideVersion": "0", "lockInfo": {}}
CHARTED = sorted(name for name, calculator in REGISTRY.items() if getattr(calculator, "CHARTS", ()))
"""Every calculator with charts: each is held to the same rules."""
GOLDEN_CHARTED = ("dynamodb_break_even", "k8s_hpa", "kinesis_shards", "lambda_cost", "quorum_availability", "s3_storage_cost")
"""Those with golden drawings (a calculator added with charts adds its name here and writes its files)."""


def charts_of(name: str) -> tuple[Chart, ...]:
    charts: tuple[Chart, ...] = REGISTRY[name].CHARTS  # type: ignore[attr-defined]
    return charts


def defaults(name: str) -> dict[str, Any]:
    return parse_inputs(REGISTRY[name].INPUTS, {})


# A tiny calculator whose lines cross where they can be solved by hand.
def _fake_calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    x = float(values["x"])
    _fake.calls += 1
    if 20 < x < 30 and values["mode"] == "gappy":
        raise InputError("x", "refused between 20 and 30")
    # a = 3x + 7 and b = 0.5x + 40 cross at x = 33 / 2.5 = 13.2; c = 100 - x crosses a at 93 / 4 = 23.25.
    return Result(
        outputs=(
            Output("a_usd", "A", 3 * x + 7, "USD/month"),
            Output("b_usd", "B", 0.5 * x + 40, "USD/month"),
            Output("c_usd", "C", 100 - x, "USD/month"),
            Output("stepped_usd", "Stepped", 10 * math.ceil(x / 10) + 30, "USD/month"),
            Output("label", "Label", "text"),
        ),
        steps=(),
    )


_fake = SimpleNamespace(
    NAME="fake",
    TITLE="Fake",
    SUMMARY="Straight lines.",
    QUESTION="cost",
    INPUTS=(
        Number(name="x", label="Load", unit="requests/s", default=50, minimum=0, maximum=1e6, help="x"),
        Choice(name="mode", label="Mode", choices=("plain", "gappy"), labels=("Plain", "Gappy"), default="plain", help="m"),
    ),
    calculate=_fake_calculate,
    calls=0,
)
LINES = (Line("a_usd", "A"), Line("b_usd", "B"))


def test_the_teaching_charts_are_declared() -> None:
    assert set(CHARTED) >= set(GOLDEN_CHARTED)


@pytest.mark.parametrize("name", CHARTED)
def test_declarations_name_real_inputs_and_numeric_outputs(name: str) -> None:
    calculator = REGISTRY[name]
    inputs = {spec.name for spec in calculator.INPUTS}
    outputs = compute(name, {})[1].output_values()
    for chart in charts_of(name):
        assert isinstance(x_spec(calculator, chart), Number)
        assert chart.points <= 24, "the worker recomputes every chart on each input: keep it small"
        for raw in ({}, {chart.x: 7}, {chart.x: 1e5}):
            try:
                values, _ = compute(name, raw)
            except InputError:
                continue
            assert len(samples(chart, x_spec(calculator, chart), values)) <= chart.points
        assert not chart.x_scale_input or chart.x_scale_input in inputs
        for line in chart.lines:
            assert line.output in outputs and not isinstance(outputs[line.output], bool | str)
            assert set(line.fixed) <= inputs - {chart.x}


@pytest.mark.parametrize("name", CHARTED)
def test_points_are_the_calculators_own_answers(name: str) -> None:
    values = defaults(name)
    for chart in charts_of(name):
        for series in chart_points(REGISTRY[name], chart, values):
            assert len(series.points) >= 5
            for x, y in series.points:
                _, result = compute(name, point_inputs(chart, series.line, values, x))
                assert result.output_values()[series.line.output] == y, (name, series.label, x)


@pytest.mark.parametrize(
    ("name", "changed"),
    [
        ("kinesis_shards", {"records_per_second": 1234.5}),
        ("lambda_cost", {"duration_ms": 77, "memory_mb": 1536}),
        ("s3_storage_cost", {"get_requests_per_month": 3_333_333}),
        ("dynamodb_break_even", {"average_writes_per_second": 1234, "peak_writes_per_second": 3000}),
        ("k8s_hpa", {"current_metric": 71.5}),
        ("quorum_availability", {"replicas": 5, "read_quorum": 3, "write_quorum": 3, "replica_latencies_ms": "1,2,3,4,5"}),
    ],
)
def test_the_readers_x_is_on_every_curve(name: str, changed: dict[str, object]) -> None:
    values, _ = compute(name, changed)
    for chart in charts_of(name):
        xs = samples(chart, x_spec(REGISTRY[name], chart), values)
        current = float(values[chart.x])
        assert current in xs
        for series in chart_points(REGISTRY[name], chart, values):
            assert series.current is not None and series.current[0] == current
            assert series.current in series.points
            expected = compute(name, point_inputs(chart, series.line, values, current))[1].output_values()[series.line.output]
            assert series.current[1] == expected


@pytest.mark.parametrize(("log", "points"), [(False, 24), (True, 24), (False, 7), (True, 5)])
def test_crossover_by_bisection_matches_the_hand_solution(log: bool, points: int) -> None:
    chart = Chart(x="x", x_min=1, x_max=100, lines=LINES, title="A and B", x_log=log, points=points)
    values = parse_inputs(_fake.INPUTS, {})
    found = crossovers(_fake, chart, values)
    assert len(found) == 1
    assert found[0].x == pytest.approx(13.2, rel=0.005)
    assert (found[0].lower.label, found[0].higher.label) == ("A", "B")  # A is the cheaper one below 13.2


def test_the_search_asks_the_calculator_and_needs_few_calls_on_straight_lines() -> None:
    chart = Chart(x="x", x_min=1, x_max=100, lines=LINES, title="A and B")
    values = parse_inputs(_fake.INPUTS, {})
    series = chart_points(_fake, chart, values)
    forget()  # the ends and the guess are computed, not remembered from another test
    before = _fake.calls
    x = bisect(_fake, chart, (series[0].line, series[1].line), values, (10.0, 20.0))
    assert x == pytest.approx(13.2, rel=0.001)
    # the two ends, then the straight line through them lands on the swap (halving would take ten more calls)
    assert 3 <= _fake.calls - before <= 4


@pytest.mark.parametrize("tolerance", [1e-2, 1e-3, 1e-4])
def test_the_search_narrows_to_its_tolerance_on_a_stepped_line(tolerance: float) -> None:
    """A cost in steps (ten more every 10 units) is not a straight line: the search still closes to its tolerance."""
    stepped = Line("stepped_usd", "Stepped")
    chart = Chart(x="x", x_min=1, x_max=100, lines=(LINES[0], stepped), title="Steps", tolerance=tolerance)
    values = parse_inputs(_fake.INPUTS, {})
    series = chart_points(_fake, chart, values)
    found = crossovers(_fake, chart, values, series=series)
    # by hand: 3x + 7 against 10 * ceil(x / 10) + 30 crosses once, on the flat step at 50: x = 43 / 3
    assert [c.x for c in found] == pytest.approx([43 / 3], rel=tolerance)


def test_three_lines_report_each_pair_that_swaps() -> None:
    chart = Chart(x="x", x_min=0, x_max=50, lines=(*LINES, Line("c_usd", "C")), title="Three")
    found = crossovers(_fake, chart, parse_inputs(_fake.INPUTS, {}))
    assert [(c.lower.label, c.higher.label) for c in found] == [("A", "B"), ("A", "C"), ("B", "C")]
    # by hand: 3x + 7 = 0.5x + 40 at 13.2; 3x + 7 = 100 - x at 23.25; 0.5x + 40 = 100 - x at 40
    assert [c.x for c in found] == pytest.approx([13.2, 23.25, 40], rel=0.005)


def test_moving_only_the_readers_x_redraws_from_remembered_answers() -> None:
    """The explorer's usual change (the load) costs the result's one call: every sample and crossing is remembered."""
    calls = {"n": 0}
    real = architecture_cost.calculate

    def counting(values: Values, /, facts: Facts = CURRENT) -> Result:
        calls["n"] += 1
        return real(values, facts)

    payload = {"payload_kb": 7.25}  # inputs no other test charts, so nothing is remembered yet
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(architecture_cost, "calculate", counting)
        run("architecture_cost", json.dumps({**payload, "requests_per_second": 100}))
        first = calls["n"]
        for load in (137, 174.5, 20_000):
            calls["n"] = 0
            reply = json.loads(run("architecture_cost", json.dumps({**payload, "requests_per_second": load})))
            assert calls["n"] == 1, "only the result itself: the samples and crossings are remembered"
        calls["n"] = 0
        run("architecture_cost", json.dumps({**payload, "payload_kb": 7.5}))
    assert first > 13 and calls["n"] > 13, "another input computes the samples afresh"
    values, _ = compute("architecture_cost", {**payload, "requests_per_second": 20_000})
    forget()  # drawn afresh, the same bytes
    assert reply["charts_html"] == charts_html(architecture_cost, values)


@pytest.mark.parametrize("name", CHARTED)
def test_the_result_passed_in_draws_the_same_charts(name: str) -> None:
    values, result = compute(name, {})
    assert charts_html(REGISTRY[name], values, result=result) == charts_html(REGISTRY[name], values)


def test_crossings_do_not_move_with_the_readers_x() -> None:
    chart = Chart(x="x", x_min=1, x_max=100, lines=LINES, title="A and B", points=7)
    at = [crossovers(_fake, chart, parse_inputs(_fake.INPUTS, {"x": x}))[0].x for x in (3, 12.9, 13.3, 77)]
    assert len(set(at)) == 1 and at[0] == pytest.approx(13.2, rel=1e-3)


def test_a_line_held_still_by_a_fixed_input_is_remembered() -> None:
    """Lambda's 128 MB and 2,048 MB lines do not move with the reader's memory: only the reader's line is computed."""
    chart = charts_of("lambda_cost")[0]
    values, result = compute("lambda_cost", {"memory_mb": 1000})
    chart_points(REGISTRY["lambda_cost"], chart, values, result=result)
    calls = {"n": 0}
    real = REGISTRY["lambda_cost"].calculate

    def counting(values: Values, /, facts: Facts = CURRENT) -> Result:
        calls["n"] += 1
        return real(values, facts)

    values, _ = compute("lambda_cost", {"memory_mb": 1001})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(REGISTRY["lambda_cost"], "calculate", counting)
        series = chart_points(REGISTRY["lambda_cost"], chart, values)
    assert calls["n"] == len(series[0].points) and calls["n"] < len(series[1].points) + len(series[0].points)


def test_remembered_answers_are_bounded() -> None:
    for x in range(ANSWERS_KEPT + 10):
        answer(_fake, parse_inputs(_fake.INPUTS, {"x": 10_000 + x}))
    assert len(_ANSWERS) == ANSWERS_KEPT
    before = _fake.calls
    answer(_fake, parse_inputs(_fake.INPUTS, {"x": 10_000}))  # the oldest went first
    answer(_fake, parse_inputs(_fake.INPUTS, {"x": 10_000 + ANSWERS_KEPT + 9}))  # the newest stays
    assert _fake.calls == before + 1


def test_refused_points_are_gaps_not_crashes() -> None:
    chart = Chart(x="x", x_min=0, x_max=50, lines=LINES, title="Gaps")
    values = parse_inputs(_fake.INPUTS, {"mode": "gappy"})
    series = chart_points(_fake, chart, values)
    assert series[0].refused and all(20 < x < 30 for x in series[0].refused)
    assert not any(20 < x < 30 for x, _ in series[0].points)
    html = chart_html(_fake, chart, values, 1)
    first_path = re.search(r'<path class="calc-chart-line calc-chart-line-1" d="([^"]*)"', html)
    assert first_path is not None and first_path.group(1).count("M") == 2  # the line breaks at the gap
    assert html.count("<td>—</td>") == 2 * len(series[0].refused)


def test_a_non_numeric_output_is_a_declaration_error() -> None:
    chart = Chart(x="x", x_min=0, x_max=50, lines=(Line("label", "Label"),), title="Bad")
    with pytest.raises(ValueError, match="not a number"):
        chart_points(_fake, chart, parse_inputs(_fake.INPUTS, {}))


@pytest.mark.parametrize("name", ["kinesis_shards", "lambda_cost"])
def test_cost_never_falls_as_load_grows(name: str) -> None:
    for chart in charts_of(name):
        for series in chart_points(REGISTRY[name], chart, defaults(name)):
            ys = [y for _, y in series.points]
            assert ys == sorted(ys), series.label
            assert ys[-1] > ys[0]


def test_dynamodb_break_even_is_where_the_two_bills_meet() -> None:
    """On-demand is linear in average writes: solve od(x) = provisioned from two direct calls."""
    values = defaults("dynamodb_break_even")
    low = compute("dynamodb_break_even", {"average_writes_per_second": 0})[1].output_values()
    high = compute("dynamodb_break_even", {"average_writes_per_second": 1000})[1].output_values()
    slope = (float(high["on_demand_monthly_usd"]) - float(low["on_demand_monthly_usd"])) / 1000
    expected = (float(low["provisioned_monthly_usd"]) - float(low["on_demand_monthly_usd"])) / slope
    (found,) = crossovers(REGISTRY["dynamodb_break_even"], charts_of("dynamodb_break_even")[0], values)
    assert found.x == pytest.approx(expected, rel=0.005)
    html = charts_html(REGISTRY["dynamodb_break_even"], values)
    shown = format_result(float(f"{expected:.3g}"), "items/s")
    assert f"On-demand is cheaper than Provisioned below {shown} items/s; Provisioned above." in html


def _normalised(svg: str) -> str:
    """One element per line, so a golden file's diff shows what moved."""
    return re.sub(r"><", ">\n<", svg) + "\n"


def _svgs(html: str) -> list[str]:
    return re.findall(r'<svg class="calc-chart-svg".*?</svg>', html, flags=re.DOTALL)


@pytest.mark.parametrize("name", GOLDEN_CHARTED)
def test_golden_svg_at_defaults(name: str) -> None:
    html = charts_html(REGISTRY[name], defaults(name))
    svgs = _svgs(html)
    assert len(svgs) == len(charts_of(name))
    for index, svg in enumerate(svgs, start=1):
        path = GOLDEN / f"{name}-{index}.svg"
        if os.environ.get("CHARTS_GOLDEN") == "write":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(_normalised(svg), encoding="utf-8")
        assert path.exists(), f"no golden file {path.name}: run with CHARTS_GOLDEN=write"
        assert _normalised(svg) == path.read_text(encoding="utf-8"), f"{path.name} changed; review, then CHARTS_GOLDEN=write"


def test_the_same_inputs_draw_the_same_bytes() -> None:
    for name in CHARTED:
        assert charts_html(REGISTRY[name], defaults(name)) == charts_html(REGISTRY[name], defaults(name))


def _table(figure: str) -> tuple[list[float], list[list[float | None]]]:
    """The chart-data table's x column and one column per line (None for a refused point)."""

    def number(text: str) -> float | None:
        if text == "—":
            return None
        text = text.replace("$", "").replace(",", "")
        scale = {"k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}.get(text[-1], 1.0)
        return float(text.rstrip("kMBT")) * scale

    rows = re.findall(r'<tr(?: class="calc-chart-current")?><th scope="row">([^<]*)</th>(.*?)</tr>', figure)
    xs = [float(x.replace(",", "")) for x, _ in rows]
    cells = [[number(cell) for cell in re.findall(r"<td>([^<]*)</td>", rest)] for _, rest in rows]
    return xs, [list(column) for column in zip(*cells, strict=True)]


def _paths(figure: str) -> list[list[tuple[float, float]]]:
    """Each line's points: ``M`` starts a run at an absolute point, ``l`` pairs step from the previous point."""
    lines = []
    drawing = figure[: figure.index("</svg>")]  # the chart, not the legend's keys after it
    for d in re.findall(r'<path class="calc-chart-line calc-chart-line-\d" d="([^"]*)"', drawing):
        points: list[tuple[float, float]] = []
        for start, steps in re.findall(r"M(-?\d+ -?\d+)(?:l([-\d ]+))?", d):
            x, y = map(float, start.split())
            points.append((x, y))
            numbers = [float(n) for n in re.findall(r"-?\d+", steps)]
            for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
                x, y = x + dx, y + dy
                points.append((x, y))
        lines.append(points)
    return lines


def _pixel(value: float, low: float, high: float, scale: str) -> float:
    if scale == "log":
        return (math.log10(value) - math.log10(low)) / (math.log10(high) - math.log10(low))
    return (value - low) / (high - low)


@pytest.mark.parametrize("name", CHARTED)
def test_the_data_table_holds_the_numbers_the_svg_draws(name: str) -> None:
    html = charts_html(REGISTRY[name], defaults(name))
    figures = re.findall(r'<figure class="calc-chart">.*?</figure>', html, flags=re.DOTALL)
    assert figures
    for figure in figures:
        x_low, x_high, x_scale = re.search(r'data-x="(\S+) (\S+) (\w+)"', figure).groups()  # type: ignore[union-attr]
        y_low, y_high, y_scale = re.search(r'data-y="(\S+) (\S+) (\w+)"', figure).groups()  # type: ignore[union-attr]
        left, top, width, height = map(float, re.search(r'data-box="([^"]*)"', figure).group(1).split())  # type: ignore[union-attr]
        xs, columns = _table(figure)
        paths = _paths(figure)
        assert len(paths) == len(columns)
        for path, column in zip(paths, columns, strict=True):
            drawn = [(x, y) for x, y in zip(xs, column, strict=True) if y is not None and (y > 0 or y_scale != "log")]
            assert len(path) == len(drawn)
            for (px, py), (x, y) in zip(path, drawn, strict=True):
                assert px == pytest.approx(left + _pixel(x, float(x_low), float(x_high), x_scale) * width, abs=0.6)
                # The table rounds to three significant figures: within 0.5 % of the value, under a pixel here.
                expected = top + height - _pixel(y, float(y_low), float(y_high), y_scale) * height
                assert py == pytest.approx(expected, abs=1.0), (name, x, y)


@pytest.mark.parametrize("name", CHARTED)
def test_the_svg_is_an_image_with_a_title_and_a_summary(name: str) -> None:
    html = charts_html(REGISTRY[name], defaults(name))
    for figure, chart in zip(re.findall(r'<figure class="calc-chart">.*?</figure>', html), charts_of(name), strict=True):
        svg = re.search(r"<svg class=\"calc-chart-svg\"[^>]*>", figure)
        assert svg is not None and 'role="img"' in svg.group(0)
        assert f"<title>{chart.title}</title>" in figure
        described = re.search(r'aria-describedby="([^"]+)"', svg.group(0))
        assert described is not None
        summary = re.search(rf'<p class="calc-chart-summary" id="{described.group(1)}">([^<]+)</p>', figure)
        assert summary is not None and summary.group(1).startswith("At ")
        assert "<summary>Chart data</summary>" in figure
        assert "<script" not in figure and "@import" not in figure and "href" not in figure


def test_the_summary_names_the_crossings() -> None:
    html = charts_html(REGISTRY["s3_storage_cost"], defaults("s3_storage_cost"))
    assert "Standard-IA is cheaper than Standard below " in html
    assert "Glacier Instant Retrieval is cheaper than Standard below " in html
    quorum = charts_html(REGISTRY["quorum_availability"], defaults("quorum_availability"))
    assert "At 3 replicas: Majority (W &gt; N ÷ 2) 0.131 minutes/month" in quorum


@pytest.mark.parametrize(
    ("name", "raw"),
    [(name, {}) for name in CHARTED]
    + [
        ("kinesis_shards", {"records_per_second": "12,345", "capacity_mode": "on_demand"}),
        ("lambda_cost", {"memory_mb": "1,024", "duration_ms": "35"}),
        ("dynamodb_break_even", {"target_utilization": "50%"}),
    ],
)
def test_the_browser_gets_the_charts_the_page_was_built_with(name: str, raw: dict[str, object]) -> None:
    reply = json.loads(run(name, json.dumps(raw)))
    assert reply["ok"]
    built = widget_html(name, raw, widget_id=name, runtime=RUNTIME)
    inside = re.search(
        r'<div class="calc-charts">(.*?)</div>(?:<details class="calc-sensitivity".*?</details>)?<p class="calc-actions">',
        built,
        flags=re.DOTALL,
    )
    assert inside is not None
    assert reply["charts_html"] == inside.group(1)
    assert reply["charts_html"]


@pytest.mark.parametrize("name", CHARTED)
def test_the_widget_gets_the_result_first_and_the_same_charts_after_it(name: str) -> None:
    """The widget asks ``run`` without charts, then ``charts`` for the same inputs: together, ``run``'s one answer."""
    whole = json.loads(run(name, "{}", "../prices/"))
    first = json.loads(run(name, "{}", "../prices/", with_charts=False))
    assert first["charts_html"] is None
    assert {**first, "charts_html": whole["charts_html"]} == whole
    after = json.loads(web_charts(json.dumps({"name": name, "inputs": whole["inputs"]})))
    assert after == {"ok": True, "html": whole["charts_html"]}
    assert after["html"]


def test_charts_for_inputs_in_error_answer_as_run_does() -> None:
    bad = {"records_per_second": "-5", "record_size_kb": "lots"}
    reply = json.loads(web_charts(json.dumps({"name": "kinesis_shards", "inputs": bad})))
    assert reply == json.loads(run("kinesis_shards", json.dumps(bad)))
    assert [error["field"] for error in reply["errors"]] == ["records_per_second", "record_size_kb"]
    assert json.loads(web_charts("[]"))["error"]["field"] == "payload"
    assert json.loads(web_charts(json.dumps({"name": "nope", "inputs": {}})))["error"]["field"] == "name"


def test_a_calculator_without_charts_sends_none_and_builds_no_container() -> None:
    reply = json.loads(run("availability", "{}"))
    assert reply["charts_html"] == ""
    assert "calc-charts" not in widget_html("availability", {}, widget_id="a", runtime=RUNTIME)


def test_other_inputs_move_the_chart() -> None:
    """The chart follows the reader: a bigger record moves the provisioned line; the id changes with the inputs."""
    before = charts_html(REGISTRY["kinesis_shards"], defaults("kinesis_shards"))
    values, _ = compute("kinesis_shards", {"record_size_kb": 50})
    after = charts_html(REGISTRY["kinesis_shards"], values)
    assert before != after
    assert re.search(r'id="([^"]+)"', before).group(1) != re.search(r'id="([^"]+)"', after).group(1)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("value", "unit", "label"),
    [
        (1000, "USD/month", "$1k"),
        (100, "", "100"),
        (10_000, "", "10k"),
        (2_500_000, "", "2.5M"),
        (1e-6, "", "10⁻⁶"),
        (20, "%", "20%"),
    ],
)
def test_tick_labels_are_round(value: float, unit: str, label: str) -> None:
    assert tick_label(value, unit) == label
    assert compact(0) == "0"


# --- Stacked breakdown ----------------------------------------------------------------------------------

BREAKDOWN_INPUTS = st.fixed_dictionaries(
    {
        "requests_per_second": st.floats(0, 200_000),
        "traffic_shape": st.sampled_from(("steady", "diurnal", "spiky")),
        "payload_kb": st.floats(0, 6_000),
        "egress_share": st.floats(0, 1),
        "cross_az_share": st.floats(0, 1),
        "availability_zones": st.integers(1, 6),
        "nat_gateways": st.booleans(),
    }
)


@settings(max_examples=60)
@given(BREAKDOWN_INPUTS)
def test_each_bar_is_its_architectures_bill_in_parts(raw: dict[str, object]) -> None:
    """The parts come from the working's own lines and add up to the output (``bar_values`` raises otherwise)."""
    calculator = REGISTRY["architecture_cost"]
    result = compute("architecture_cost", raw)[1]
    bars = bar_values(calculator.BREAKDOWN, result)  # type: ignore[attr-defined]
    outputs = result.output_values()
    assert [bar.label for bar in bars] == list(architecture_cost.ARCHITECTURES.values())
    for bar, key in zip(bars, architecture_cost.ARCHITECTURES, strict=True):
        assert bar.total == outputs[f"{key}_usd_month"]
        assert sum(value for _, value in bar.parts) == pytest.approx(bar.total, rel=1e-9, abs=1e-9)
        assert all(value >= 0 for _, value in bar.parts)
    egress = float(outputs["egress_usd_month"])
    assert all(dict(bar.parts)["Internet egress"] == egress for bar in bars)


def test_a_breakdown_that_leaves_a_line_out_is_refused() -> None:
    result = compute("architecture_cost", {})[1]
    short = Breakdown("Short", ("Compute",), (Bar("alb_fargate_usd_month", {"Compute": ("Fargate vCPU and memory",)}),))
    with pytest.raises(ValueError, match="do not add up"):
        bar_values(short, result)


def _bars(figure: str) -> dict[int, list[tuple[int, int, int]]]:
    """Each part's segments (x, y of the bar's middle, drawn length) by the part's line class number.

    A segment is a thick line; one wider than two units ends a unit short of its neighbour.
    """
    found: dict[int, list[tuple[int, int, int]]] = {}
    for number, d in re.findall(r'<path class="calc-chart-bar calc-chart-line-(\d)" d="([^"]*)"', figure):
        segments = [(int(x), int(y), int(end)) for x, y, end in re.findall(r"M(\d+) (\d+)H(\d+)", d)]
        found[int(number)] = [(x, y, end - x) for x, y, end in segments]
    return found


def test_the_bars_draw_the_tables_numbers_in_the_legends_order() -> None:
    html = charts_html(REGISTRY["architecture_cost"], defaults("architecture_cost"))
    figure = re.search(r'<figure class="calc-chart calc-breakdown">.*?</figure>', html, flags=re.DOTALL)
    assert figure is not None
    figure_html = figure.group(0)
    assert "<figcaption>Where each bill goes at 100 requests/s</figcaption>" in figure_html
    legend = re.findall(r'calc-chart-swatch calc-chart-line-(\d)"></span>([^<]+)</li>', figure_html)
    assert [label for _, label in legend] == ["Front door", "Compute", "Networking", "Internet egress"]
    result = compute("architecture_cost", {})[1]
    bars = bar_values(architecture_cost.BREAKDOWN, result)
    rects = _bars(figure_html)
    scale_ticks = [(int(x), text) for x, text in re.findall(r'<text x="(\d+)" y="\d+">(\$[^<]*)</text>', figure_html)]
    (x0, zero), (x1, first) = scale_ticks[:2]
    assert zero == "$0"
    per_dollar = (x1 - x0) / float(first.strip("$").replace("k", "e3"))
    for row, bar in enumerate(bars):
        # Parts run left to right in the legend's order, each as wide as its value (within rounding).
        segments = sorted((x, w, number) for number, found in rects.items() for x, y, w in found if y == row * 32 + 21)
        assert [number for _, _, number in segments] == [int(n) for n, label in legend if label in dict(bar.parts)]
        for (_, width, _), (_, value) in zip(segments, [p for p in bar.parts if p[1] * per_dollar >= 0.5], strict=True):
            assert width == pytest.approx(value * per_dollar, abs=1.5)  # rounding, and the unit left as a gap
    table = re.search(r"<tbody>(.*?)</tbody>", figure_html)
    assert table is not None
    rows = re.findall(r'<th scope="row">([^<]+)</th>((?:<td>[^<]*</td>)+)', table.group(1))
    assert [label for label, _ in rows] == [bar.label for bar in bars]
    assert "<td>$0</td>" in rows[0][1]  # no NAT or cross-AZ on the serverless bill
    summary = re.search(r'<p class="calc-chart-summary" id="[^"]+">([^<]+)</p>', figure_html)
    assert summary is not None and summary.group(1).startswith("The largest part of each: HTTP API + Lambda, ")


def test_the_breakdown_costs_no_further_calculation() -> None:
    """Read from the one result: given the result in hand, drawing the bars calls the calculator no more."""
    calls: list[int] = []

    def counted(values: Values, facts: Facts = CURRENT) -> Result:
        calls.append(1)
        return architecture_cost.calculate(values, facts)

    calculator = SimpleNamespace(**{**vars(architecture_cost), "calculate": counted, "CHARTS": ()})
    values, result = compute("architecture_cost", {})
    assert '<figure class="calc-chart calc-breakdown">' in charts_html(calculator, values, result=result)  # type: ignore[arg-type]
    assert calls == []
    charts_html(calculator, values)  # type: ignore[arg-type]
    assert calls == [1]  # without it, once

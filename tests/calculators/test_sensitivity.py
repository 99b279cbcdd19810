"""Sensitivity: each number input halved and doubled, the answers the calculator's own, ranked by swing."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest

from calculators import REGISTRY, architecture_cost, compute
from calculators._core import Choice, InputError, Number, Output, Result, Values
from calculators.data import CURRENT, Facts
from calculators.sensitivity import Sensitivity, moved, rank
from calculators.svg import tornado_html
from calculators.web import sensitivity as web_sensitivity
from macros.widget import widget_html


def _calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """cost = rate × price; ``spare`` changes nothing; a rate over 300 is refused."""
    rate, price = float(values["rate"]), float(values["price"])
    if rate > 300:
        raise InputError("rate", "Rate must be at most 300 here")
    return Result(outputs=(Output("cost_usd_month", "Monthly cost", rate * price, "USD/month"),), steps=())


_fake = SimpleNamespace(
    NAME="fake",
    TITLE="Fake",
    INPUTS=(
        Number(name="rate", label="Rate", unit="requests/s", default=200, minimum=0, maximum=1_000, help="r"),
        Number(name="price", label="Price", unit="USD", default=3, minimum=0, maximum=4, help="p"),
        Number(name="spare", label="Spare", unit="", default=5, minimum=1, maximum=9, integer=True, help="s"),
        Choice(name="mode", label="Mode", choices=("a", "b"), labels=("A", "B"), default="a", help="m"),
    ),
    calculate=_calculate,
    SENSITIVITY=Sensitivity(title="What moves the cost", output="cost_usd_month"),
)
VALUES = {"rate": 200.0, "price": 3.0, "spare": 5, "mode": "a"}


def test_each_input_is_halved_and_doubled_within_its_bounds_and_ranked() -> None:
    ranking = rank(_fake, VALUES)  # type: ignore[arg-type]
    assert (ranking.output, ranking.base, ranking.unit) == ("cost_usd_month", 600.0, "USD/month")
    by_name = {row.name: row for row in ranking.swings}
    # Choice inputs are not moved; equal swings keep the declared order.
    assert [row.name for row in ranking.swings] == ["rate", "price", "spare"]
    price = by_name["price"]
    assert (price.halved, price.doubled) == (1.5, 4.0)  # doubled 3 is clamped to the maximum, 4
    assert (price.at_halved, price.at_doubled, price.swing) == (300.0, 800.0, 300.0)
    rate = by_name["rate"]
    # Doubled, the rate is refused by the calculator: that move counts as none, the halved one stands.
    assert (rate.halved, rate.doubled, rate.at_halved, rate.at_doubled, rate.swing) == (100.0, 200.0, 300.0, 600.0, 300.0)
    assert by_name["spare"].swing == 0 and (by_name["spare"].halved, by_name["spare"].doubled) == (2.0, 9.0)


@pytest.mark.parametrize(
    ("value", "factor", "expected"),
    [(3, 0.5, 1.5), (3, 2, 4), (0.5, 0.5, 0.25), (5, 0.5, 2), (9, 2, 9)],
)
def test_moved_values_stay_inside_the_bounds(value: float, factor: float, expected: float) -> None:
    spec = _fake.INPUTS[2] if value in (5, 9) else _fake.INPUTS[1]
    assert moved(spec, value, factor) == expected


def test_the_explorer_follows_whichever_architecture_is_cheapest() -> None:
    for load in (1, 100, 10_000):
        values, result = compute("architecture_cost", {"requests_per_second": load})
        ranking = rank(architecture_cost, values)
        cheapest = architecture_cost.architecture_of(str(result.output_values()["cheapest"]))
        assert ranking.output == f"{cheapest}_usd_month"
        assert ranking.base == result.output_values()[ranking.output]
        assert ranking.swings[0].swing == max(row.swing for row in ranking.swings)


def test_the_view_draws_the_inputs_that_move_it_and_lists_every_one() -> None:
    values, _ = compute("architecture_cost", {})
    ranking = rank(architecture_cost, values)
    html = tornado_html(architecture_cost, values, ranking, "Which input moves the cheapest bill most")
    moving = [row for row in ranking.swings if row.swing > 0]
    labels = re.findall(r'<text x="12" y="\d+">([^<:]+):', html)
    assert labels == [row.label for row in moving[:6]]
    assert len(re.findall(r'<tr><th scope="row">', html)) == len(ranking.swings)
    assert "Average load: 50 requests/s / 200 requests/s" in html
    assert "Responses to the internet: 50 % / 100 %" in html  # a ratio reads as the box shows it
    summary = re.search(r'<p class="calc-chart-summary" id="[^"]+">([^<]+)</p>', html)
    assert summary is not None and summary.group(1).startswith("ALB + Fargate: $448.23 per month. Halving or doubling")


def test_an_answer_no_input_moves_says_so() -> None:
    flat = SimpleNamespace(**{**vars(_fake), "INPUTS": (_fake.INPUTS[2],)})
    flat.calculate = lambda values, facts=CURRENT: Result(outputs=(Output("cost_usd_month", "Cost", 1.0, "USD/month"),), steps=())
    ranking = rank(flat, {"spare": 5})  # type: ignore[arg-type]
    html = tornado_html(flat, {"spare": 5}, ranking, "Flat")  # type: ignore[arg-type]
    assert "<svg" not in html and "leaves it where it is" in html


def test_the_bridge_answers_with_the_view_or_every_field_error() -> None:
    reply = json.loads(web_sensitivity(json.dumps({"name": "architecture_cost", "inputs": {"requests_per_second": "1,000"}})))
    assert reply["ok"] and '<figure class="calc-chart calc-tornado">' in reply["html"]
    both_bad = {"name": "architecture_cost", "inputs": {"payload_kb": "x", "duration_ms": "0"}}
    bad = json.loads(web_sensitivity(json.dumps(both_bad)))
    assert not bad["ok"] and [error["field"] for error in bad["errors"]] == ["payload_kb", "duration_ms"]
    for payload, field in (
        ("[]", "payload"),
        (json.dumps({"name": "lambda_cost"}), "name"),
        (json.dumps({"name": "nope"}), "name"),
        (json.dumps({"name": "architecture_cost", "inputs": []}), "inputs"),
    ):
        assert json.loads(web_sensitivity(payload))["error"]["field"] == field


def test_only_a_calculator_with_the_view_builds_its_closed_hidden_placeholder() -> None:
    runtime: dict[str, object] = {"wheel": "w", "stdlib": "s", "snapshot": "b", "pyodideVersion": "0", "lockInfo": {}}
    built = widget_html("architecture_cost", {}, widget_id="x", runtime=runtime)
    assert '<details class="calc-sensitivity" hidden><summary>Which input moves the cheapest bill most</summary>' in built
    assert '<div class="calc-sensitivity-body" aria-live="polite"></div>' in built  # nothing computed at build time
    without = [name for name, calculator in REGISTRY.items() if not hasattr(calculator, "SENSITIVITY")]
    assert "calc-sensitivity" not in widget_html(without[0], {}, widget_id="y", runtime=runtime)

"""How results read: to the precision an estimate has, with the nines of an availability kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import REGISTRY, InputError, compute
from calculators.render import format_result, format_value, result_html, result_quantity
from tests.calculators.conventions import edge_inputs


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (34.9895, "%", "35 %"),  # not "34.9895 %" beside a rounded figure
        (26.2778, "minutes/month", "26.3 minutes/month"),
        (4.38, "minutes", "4.38 minutes"),
        (0.059995, "%", "0.06 %"),
        (99.940005, "%", "99.94 %"),  # an availability keeps its nines, and one digit after them
        (99.9997, "%", "99.9997 %"),
        (99.5, "%", "99.5 %"),
        (714.29, "WCU", "714.3 WCU"),
        (2506.26, "GB/month", "2,506 GB/month"),
        (1.004, "shards", "1 shard"),  # the unit agrees with the number shown
        (1627.354, "USD/month", "$1,627.35 per month"),  # money keeps its cents
        (12000, "requests/s", "12,000 requests/s"),
        (1.33e-8, "", "0.0000000133"),
    ],
)
def test_results_read_to_the_precision_of_an_estimate(value: float, unit: str, shown: str) -> None:
    assert result_quantity(value, unit) == shown


def test_inputs_and_facts_still_print_exactly() -> None:
    assert format_value(34.9895) == "34.9895"
    assert format_value(0.0816) == "0.0816"


@given(st.floats(min_value=1, max_value=98.99, allow_nan=False))
def test_below_a_hundred_at_most_three_significant_figures(value: float) -> None:
    digits = format_result(value, "%").replace(".", "").lstrip("0")
    assert len(digits) <= 3


@given(st.floats(min_value=99, max_value=99.999999, allow_nan=False, exclude_max=True))
def test_an_availability_never_rounds_up_to_a_hundred(value: float) -> None:
    shown = float(format_result(value, "%"))
    assert 99 <= shown < 100 or value > 99.9999995


def _numbers_shown(html: str) -> list[str]:
    return re.findall(r'data-output="[^"]+" data-value="[^"]*"><strong>([^<]+)</strong>', html)


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_calculators_outputs_read_as_estimates(name: str) -> None:
    """At the defaults and each input's edges, no output shows more digits than an estimate has: at most three
    significant figures below 100 (availabilities excepted), one decimal from 100, none from 1,000."""
    shown_numbers = []
    for raw in edge_inputs(REGISTRY[name]):
        try:
            _, result = compute(name, raw)
        except InputError:
            continue  # an edge another input's rule refuses
        shown_numbers += _numbers_shown(result_html(result))
    for shown in shown_numbers:
        if shown.startswith("$") or not re.fullmatch(r"-?[\d,]+(\.\d+)?", shown):
            continue
        whole, _, decimals = shown.replace(",", "").lstrip("-").partition(".")
        number = float(shown.replace(",", ""))
        if number >= 1000:
            assert not decimals, f"{name}: {shown}"
        elif number >= 100:
            assert len(decimals) <= 1, f"{name}: {shown}"
        elif not 99 <= number < 100:
            assert len((whole + decimals).lstrip("0")) <= 3, f"{name}: {shown}"

"""The widget's form as the build writes it: number boxes people can read, that read back to the same value."""

from __future__ import annotations

import pytest

from calculators import REGISTRY
from calculators._core import Number
from macros.widget import input_text, widget_html

RUNTIME: dict[str, object] = {"wheel": "w.whl", "stdlib": "s.zip", "snapshot": "s.bin", "pyodideVersion": "0", "lockInfo": {}}


@pytest.mark.parametrize(
    ("value", "shown"),
    [(1000, "1,000"), (1000.0, "1,000"), (0.7, "0.7"), (11574.074074074075, "11,574.074074074075"), (2.5e-7, "2.5e-07")],
)
def test_numbers_are_shown_as_people_write_them(value: float, shown: str) -> None:
    assert input_text(value) == shown


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_default_reads_back_to_itself(name: str) -> None:
    """What a box shows is what Python reads back: the live result of an untouched form is the built one."""
    for spec in REGISTRY[name].INPUTS:
        if isinstance(spec, Number):
            assert spec.parse(input_text(spec.default)) == spec.default, f"{name}.{spec.name}"


def test_number_boxes_are_text_boxes_that_keep_what_was_typed() -> None:
    html = widget_html("lambda_cost", {"invocations_per_month": 25_000_000}, widget_id="lambda_cost", runtime=RUNTIME)
    assert 'type="text" id="lambda_cost-invocations_per_month" name="invocations_per_month" value="25,000,000"' in html
    assert 'inputmode="numeric"' in html and 'type="number"' not in html


def test_without_javascript_the_status_says_what_the_result_is() -> None:
    html = widget_html("lambda_cost", {}, widget_id="lambda_cost", runtime=RUNTIME)
    assert "<noscript>, for the inputs shown: recalculating live needs JavaScript</noscript>" in html


def test_select_options_show_labels_and_keep_values() -> None:
    html = widget_html("dynamodb_capacity", {"capacity_mode": "on_demand"}, widget_id="d", runtime=RUNTIME)
    assert '<option value="on_demand" selected>On-demand</option>' in html
    assert '<option value="provisioned">Provisioned</option>' in html


def test_a_ratio_says_how_to_type_it() -> None:
    html = widget_html("dynamodb_capacity", {}, widget_id="d", runtime=RUNTIME)
    assert "(a fraction of 1: 0.7 is 70 %; typing 70% works too)" in html


def test_inputs_that_do_not_apply_in_the_chosen_mode_are_hidden() -> None:
    provisioned = widget_html("dynamodb_capacity", {}, widget_id="d", runtime=RUNTIME)
    on_demand = widget_html("dynamodb_capacity", {"capacity_mode": "on_demand"}, widget_id="d", runtime=RUNTIME)
    field = (
        '<div class="calc-field" data-field="target_utilization" '
        'data-applies-field="capacity_mode" data-applies-values="provisioned"'
    )
    assert field + ">" in provisioned
    assert field + " hidden>" in on_demand

"""Every registered calculator: declared inputs are coherent, defaults compute, the bridge round-trips."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import REGISTRY, InputError, compute
from calculators._core import Boolean, Choice, Number, Text
from calculators.web import run

NAMES = sorted(REGISTRY)


def test_registry_is_keyed_by_each_module_name() -> None:
    assert NAMES, "no calculators registered"
    for name, calculator in REGISTRY.items():
        assert calculator.NAME == name
        assert calculator.TITLE and calculator.SUMMARY


@pytest.mark.parametrize("name", NAMES)
def test_inputs_are_declared_completely(name: str) -> None:
    specs = REGISTRY[name].INPUTS
    assert len({spec.name for spec in specs}) == len(specs), "duplicate input names"
    for spec in specs:
        assert spec.name.isidentifier() and spec.name == spec.name.lower()
        assert spec.label and spec.help
        if isinstance(spec, Number):
            assert spec.minimum is not None and spec.maximum is not None, f"{spec.name} needs both bounds"
            assert spec.parse(spec.default) == spec.default
        elif isinstance(spec, Choice):
            assert spec.default in spec.choices
        else:
            assert isinstance(spec, Boolean | Text)
            assert spec.parse(spec.default) == spec.default


@pytest.mark.parametrize("name", NAMES)
def test_defaults_compute_with_working(name: str) -> None:
    inputs, result = compute(name, {})
    assert set(inputs) == {spec.name for spec in REGISTRY[name].INPUTS}
    assert result.outputs and result.steps
    for output in result.outputs:
        if isinstance(output.value, float):
            assert math.isfinite(output.value)


@pytest.mark.parametrize("name", NAMES)
def test_bridge_round_trips_defaults(name: str) -> None:
    reply = json.loads(run(name, "{}"))
    assert reply["ok"] is True
    assert reply["outputs"] == compute(name, {})[1].output_values()
    for output in reply["outputs"]:
        assert f'data-output="{output}"' in reply["html"]
    assert reply["markdown"].startswith("### ")


@pytest.mark.parametrize("name", NAMES)
def test_bridge_reports_the_failing_field(name: str) -> None:
    spec = REGISTRY[name].INPUTS[0]
    reply = json.loads(run(name, json.dumps({spec.name: "not a valid value \u2603" * 20})))
    first = {"field": spec.name, "message": reply["error"]["message"]}
    assert reply == {"ok": False, "error": first, "errors": [first]}
    assert reply["error"]["message"]


@pytest.mark.parametrize("name", NAMES)
def test_bridge_reports_every_failing_field_at_once(name: str) -> None:
    """A form flags all its bad fields together; the first is still the one the command line names."""
    raw = {spec.name: "not a valid value" for spec in REGISTRY[name].INPUTS if not isinstance(spec, Text)}
    reply = json.loads(run(name, json.dumps(raw)))
    assert reply["ok"] is False
    assert [error["field"] for error in reply["errors"]] == list(raw)
    assert reply["errors"][0] == reply["error"]


def _edge_values(spec: object) -> list[object]:
    if isinstance(spec, Number):
        low = spec.minimum if spec.minimum is not None else 0.0
        values: list[object] = [spec.default, spec.maximum, low if not spec.exclusive_minimum else low + 5e-324]
        if not spec.integer:
            values.append(low + 1e-9 if spec.exclusive_minimum else low)
        return values
    if isinstance(spec, Choice):
        return list(spec.choices)
    if isinstance(spec, Boolean):
        return [True, False]
    assert isinstance(spec, Text)
    return [spec.default]


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_edges_of_every_bound_give_finite_results_or_the_declared_error(name: str, data: st.DataObject) -> None:
    raw = {spec.name: data.draw(st.sampled_from(_edge_values(spec)), label=spec.name) for spec in REGISTRY[name].INPUTS}
    try:
        _, result = compute(name, raw)
    except InputError:
        return  # cross-field rules may reject a combination; that is the declared error
    for output in result.outputs:
        if isinstance(output.value, float):
            assert math.isfinite(output.value), (output.name, raw)
    for step in result.steps:
        if isinstance(step.value, float):
            assert math.isfinite(step.value), (step.label, raw)


@pytest.mark.parametrize("name", NAMES)
def test_copied_markdown_names_inputs_as_the_form_does(name: str) -> None:
    """The copy button's table reads like the form: labels and choice labels, never field names."""
    markdown = json.loads(run(name, "{}"))["markdown"]
    for spec in REGISTRY[name].INPUTS:
        assert f"| {spec.label} | " in markdown, f"{name}: {spec.label!r} missing from the copied inputs"
        assert f"`{spec.name}`" not in markdown
        if isinstance(spec, Choice):
            assert f"| {spec.label} | {spec.label_of(spec.default)} |" in markdown

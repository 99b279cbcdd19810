"""The JSON bridge: the only function the browser calls, so the page and the tests see one boundary."""

from __future__ import annotations

import json

from calculators import compute, get
from calculators._core import InputError, input_errors
from calculators.render import result_html, result_markdown


def run(name: str, payload_json: str, prices_url: str = "") -> str:
    """Compute calculator ``name`` from a JSON object of raw inputs; answer with JSON.

    ``prices_url`` is the prices page relative to the widget's page, for the links in the working.

    Success: ``{"ok": true, "name", "inputs", "outputs", "html", "markdown"}``.
    Invalid input: ``{"ok": false, "error": {"field", "message"}, "errors": [...]}``: ``error`` is the first
    problem (what the command line reports), ``errors`` every field that fails to parse (or, when each parses,
    the one cross-field rule that failed), so a form can flag them all at once. Nothing else is caught, so a
    bug surfaces as a bug instead of as a polite error message.
    """
    payload: object = None
    try:
        try:
            payload = json.loads(payload_json)
        except (ValueError, TypeError, RecursionError):
            raise InputError("payload", "inputs must be a JSON object") from None
        if not isinstance(payload, dict):
            raise InputError("payload", "inputs must be a JSON object")
        calculator = get(name)
        inputs, result = compute(name, payload)
    except InputError as error:
        first = {"field": error.field, "message": error.message}
        every = [{"field": e.field, "message": e.message} for e in _field_errors(name, payload)] or [first]
        return json.dumps({"ok": False, "error": first, "errors": every})
    return json.dumps(
        {
            "ok": True,
            "name": calculator.NAME,
            "inputs": inputs,
            "outputs": result.output_values(),
            "html": result_html(result, prices_url=prices_url),
            "markdown": result_markdown(calculator.TITLE, inputs, result, calculator.INPUTS),
        }
    )


def _field_errors(name: str, payload: object) -> list[InputError]:
    """All parse errors of a well-formed request; none when the calculator or the payload itself is the problem."""
    if not isinstance(payload, dict):
        return []
    try:
        calculator = get(name)
    except InputError:
        return []
    return input_errors(calculator.INPUTS, payload)

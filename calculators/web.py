"""The JSON bridge: the only function the browser calls, so the page and the tests see one boundary."""

from __future__ import annotations

import json
import random
from datetime import date

from calculators import compute, drills, get
from calculators._core import Calculator, InputError, Result, Value, input_errors
from calculators.drills.present import drill_json, marked_json
from calculators.render import result_html, result_markdown, result_summary
from calculators.sensitivity import rank
from calculators.svg import charts_html, tornado_html


def run(name: str, payload_json: str, prices_url: str = "", *, with_charts: bool = True) -> str:
    """Compute calculator ``name`` from a JSON object of raw inputs; answer with JSON.

    ``prices_url`` is the prices page relative to the widget's page, for the links in the working.

    Success: ``{"ok": true, "name", "inputs", "outputs", "html", "markdown", "summary", "charts_html"}``
    (``charts_html`` is ``""`` for a calculator without charts). With ``with_charts=False`` it is ``null``: the charts
    cost about ten times the result (each is two dozen calculations), so the widget shows the result first and
    asks for them with ``charts`` below.
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
            "summary": result_summary(result),
            "charts_html": charts_html(calculator, inputs, result=result) if with_charts else None,
        }
    )


def _widget_request(payload_json: str) -> tuple[Calculator, dict[str, Value], Result] | str:
    """A widget's ``{"name", "inputs"}`` request computed, or the error reply ``run`` would give for it."""
    try:
        request = _request(payload_json)
    except InputError as error:
        return _error(error)
    name, raw = str(request.get("name", "")), request.get("inputs", {})
    try:
        if not isinstance(raw, dict):
            raise InputError("inputs", "inputs must be a JSON object")
        calculator = get(name)
        inputs, result = compute(name, raw)
    except InputError as error:
        return _error(error, _field_errors(name, raw))
    return calculator, inputs, result


def sensitivity(payload_json: str) -> str:
    """The live sensitivity view: ``{"name", "inputs"}`` → ``{"ok": true, "html"}``, or the errors ``run`` gives.

    Only for a calculator that declares ``SENSITIVITY``; about two calls of the calculator per number input, so the
    widget asks for it after the result, and only while the reader has the view open.
    """
    computed = _widget_request(payload_json)
    if isinstance(computed, str):
        return computed
    calculator, inputs, _ = computed
    spec = getattr(calculator, "SENSITIVITY", None)
    if spec is None:
        return _error(InputError("name", f"{calculator.NAME} has no sensitivity view"))
    return json.dumps({"ok": True, "html": tornado_html(calculator, inputs, rank(calculator, inputs), spec.title)})


def charts(payload_json: str) -> str:
    """A widget's charts on their own: ``{"name", "inputs"}`` → ``{"ok": true, "html"}``, or the errors ``run`` gives.

    ``html`` is what ``run`` answers as ``charts_html`` for the same inputs, byte for byte.
    """
    computed = _widget_request(payload_json)
    if isinstance(computed, str):
        return computed
    calculator, inputs, result = computed
    return json.dumps({"ok": True, "html": charts_html(calculator, inputs, result=result)})


def _field_errors(name: str, payload: object) -> list[InputError]:
    """All parse errors of a well-formed request; none when the calculator or the payload itself is the problem."""
    if not isinstance(payload, dict):
        return []
    try:
        calculator = get(name)
    except InputError:
        return []
    return input_errors(calculator.INPUTS, payload)


def _request(payload_json: str) -> dict[str, object]:
    try:
        payload = json.loads(payload_json)
    except (ValueError, TypeError, RecursionError):
        raise InputError("payload", "the request must be a JSON object") from None
    if not isinstance(payload, dict):
        raise InputError("payload", "the request must be a JSON object")
    return payload


def _error(error: InputError, every: list[InputError] | None = None) -> str:
    first = {"field": error.field, "message": error.message}
    listed = [{"field": e.field, "message": e.message} for e in every] if every else [first]
    return json.dumps({"ok": False, "error": first, "errors": listed})


def drill(payload_json: str) -> str:
    """Pose a drill, answering ``{"ok": true, "drill": {...}}`` without the expected answers.

    The request is ``{"family", "seed", "pushback"}`` (a blank family or seed is drawn at random), or
    ``{"daily": "YYYY-MM-DD"}`` for the day's drill.
    """
    try:
        payload = _request(payload_json)
        if payload.get("daily"):
            try:
                day = date.fromisoformat(str(payload["daily"]))
            except ValueError:
                raise InputError("daily", "the day must be a date like 2026-12-04") from None
            family, seed = drills.daily(day)
        else:
            family = str(payload.get("family") or random.choice(list(drills.FAMILIES)))
            raw_seed = payload.get("seed")
            seed = random.randint(0, drills.MAX_SEED) if raw_seed in (None, "") else drills.parse_seed(raw_seed)
        made = drills.make(family, seed, str(payload.get("pushback") or ""))
    except InputError as error:
        return _error(error)
    return json.dumps({"ok": True, "drill": drill_json(made)})


def drill_check(payload_json: str, prices_url: str = "") -> str:
    """Mark a drill: ``{"family", "seed", "pushback", "answers": {step key: typed text}}``.

    Answers ``{"ok": true, "score", "steps", "solution_html"}``, or ``{"ok": false, "errors"}`` with one entry per
    answer that does not read as a number (nothing is scored until each one does).
    """
    try:
        payload = _request(payload_json)
        made = drills.make(payload.get("family"), payload.get("seed"), str(payload.get("pushback") or ""))
        answers = payload.get("answers")
        if not isinstance(answers, dict):
            raise InputError("answers", "answers must be an object of step to typed answer")
        errors = drills.answer_errors(made, answers)
        if errors:
            return _error(errors[0], errors)
        marked = drills.mark(made, answers)
    except InputError as error:
        return _error(error)
    return json.dumps({"ok": True, **marked_json(made, marked, prices_url)})

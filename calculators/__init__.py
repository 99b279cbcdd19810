"""Sizing and cost calculators for AWS, Docker and Kubernetes system design (standard library only).

The same code runs natively (tests, command line, the site build) and in the reader's browser (Pyodide).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from calculators._core import InputError, Result, Step, Value, parse_inputs
from calculators.data import CURRENT, Facts
from calculators.data._fact import RecordingFacts
from calculators.registry import REGISTRY, get

__all__ = ["CURRENT", "REGISTRY", "Facts", "InputError", "Result", "Step", "compute", "get", "parse_inputs"]
__version__ = "0.1.0"


def compute(name: str, raw: Mapping[str, object], facts: Facts = CURRENT) -> tuple[dict[str, Value], Result]:
    """Parse raw inputs for calculator ``name`` and run it with ``facts``: the one path every front end takes.

    The result records which facts the calculation read, so a widget can say how old its prices are.
    """
    calculator = get(name)
    values = parse_inputs(calculator.INPUTS, raw)
    recorder = RecordingFacts(facts.by_key)
    result = calculator.calculate(values, recorder)
    return values, replace(result, facts_used=tuple(sorted(recorder.used)))

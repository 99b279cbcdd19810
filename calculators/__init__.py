"""Sizing and cost calculators for AWS, Docker and Kubernetes system design (standard library only).

The same code runs natively (tests, command line, the site build) and in the reader's browser (Pyodide).
"""

from __future__ import annotations

from collections.abc import Mapping

from calculators._core import InputError, Result, Step, Value, parse_inputs
from calculators.registry import REGISTRY, get

__all__ = ["REGISTRY", "InputError", "Result", "Step", "compute", "get", "parse_inputs"]
__version__ = "0.1.0"


def compute(name: str, raw: Mapping[str, object]) -> tuple[dict[str, Value], Result]:
    """Parse raw inputs for calculator ``name`` and run it: the one path every front end takes."""
    calculator = get(name)
    values = parse_inputs(calculator.INPUTS, raw)
    return values, calculator.calculate(values)

"""Which input moves an answer most: each number input halved and doubled, the others held, ranked by swing.

A calculator opts in with ``SENSITIVITY = Sensitivity(...)``, naming the output to follow (or how to pick it
from the result: the cheapest of five architectures). Every moved value is the calculator's own answer, so the
ranking cannot disagree with the widget or the command line.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from calculators._core import Calculator, InputError, Number, Result, Value, parse_inputs
from calculators.data import CURRENT, Facts

FACTORS = (0.5, 2.0)
"""Halved and doubled: a move as large as most estimates are wrong by, either way."""


@dataclass(frozen=True)
class Sensitivity:
    """What a calculator's sensitivity view follows: ``output``, or the output ``output(result)`` names."""

    title: str
    output: str | Callable[[Result], str]


@dataclass(frozen=True)
class Swing:
    """One input halved and doubled (kept within its bounds) and the followed output at each."""

    name: str
    label: str
    unit: str
    value: float
    halved: float
    doubled: float
    at_halved: float
    at_doubled: float
    swing: float
    """The larger move away from the output at the reader's inputs, in the output's unit."""


@dataclass(frozen=True)
class Ranking:
    """The followed output at the reader's inputs, and every number input by how far it moves it."""

    output: str
    label: str
    unit: str
    base: float
    swings: tuple[Swing, ...]


def moved(spec: Number, value: float, factor: float) -> float:
    """``value × factor`` kept inside the input's bounds (a whole number for an integer input)."""
    result = value * factor
    if spec.maximum is not None:
        result = min(result, spec.maximum)
    if spec.minimum is not None:
        result = max(result, spec.minimum)
    if spec.integer:
        result = float(max(round(result), math.ceil(spec.minimum or 0)))
    return result


def _number(result: Result, output: str) -> tuple[float, str, str]:
    for found in result.outputs:
        if found.name == output:
            if isinstance(found.value, bool | str):
                raise ValueError(f"sensitivity output {output!r} is not a number")
            return float(found.value), found.label, found.unit
    raise ValueError(f"sensitivity output {output!r} does not exist")


def rank(calculator: Calculator, values: Mapping[str, Value], output: str | None = None, facts: Facts = CURRENT) -> Ranking:
    """Halve and double each number input of ``calculator`` at the parsed ``values``; largest swing first.

    ``output`` defaults to what the calculator's ``SENSITIVITY`` follows. An input already at a bound moves one
    way only; a move the calculator refuses (a pod too big for a node) counts as no move.
    """
    base_result = calculator.calculate(values, facts)
    if output is None:
        spec: Sensitivity = calculator.SENSITIVITY  # type: ignore[attr-defined]
        output = spec.output if isinstance(spec.output, str) else spec.output(base_result)
    base, label, unit = _number(base_result, output)
    rows = []
    for field in calculator.INPUTS:
        if not isinstance(field, Number):
            continue
        value = float(values[field.name])
        points = []
        for factor in FACTORS:
            changed_value = moved(field, value, factor)
            changed: dict[str, Value] = {**values, field.name: int(changed_value) if field.integer else changed_value}
            try:
                at = _number(calculator.calculate(parse_inputs(calculator.INPUTS, changed), facts), output)[0]
            except InputError:
                changed_value, at = value, base
            points.append((changed_value, at))
        (halved, at_halved), (doubled, at_doubled) = points
        swing = max(abs(at_halved - base), abs(at_doubled - base))
        rows.append(Swing(field.name, field.label, field.unit, value, halved, doubled, at_halved, at_doubled, swing))
    return Ranking(output, label, unit, base, tuple(sorted(rows, key=lambda row: row.swing, reverse=True)))

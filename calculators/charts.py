"""What a calculator's chart is: one or more outputs against one input over a range.

A calculator declares ``CHARTS: tuple[Chart, ...]`` (optional). The chart is computed by calling the
calculator itself at each point, with the reader's current inputs for everything else, so the curve, the
widget's result and the command line never disagree; the current input is marked on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from calculators._core import Value


@dataclass(frozen=True)
class Line:
    """One curve: ``output`` of the calculator, with ``fixed`` inputs overriding the reader's (a mode, a class)."""

    output: str
    label: str
    fixed: Mapping[str, Value] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class Chart:
    """``lines`` over input ``x`` from ``x_min`` to ``x_max`` (log-spaced when ``x_log``)."""

    x: str
    x_min: float
    x_max: float
    lines: tuple[Line, ...]
    title: str
    x_log: bool = False
    y_log: bool = False
    points: int = 24
    """Samples across the range; step functions (shards, nodes) show as steps between them."""

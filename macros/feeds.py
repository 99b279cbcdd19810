"""Chained widgets: one widget's output fills another's input, at build time and live.

A scenario page names the link where it embeds the second widget:
``{{ calculator("kinesis_shards", records_per_second=feed("traffic_estimate", "average_rps")) }}``. The build
computes the first widget, then fills the second from its output, so the page's numbers are a chain instead
of numbers typed from one widget into the next; ``calc.js`` keeps the chain live as the reader edits the first.
"""

from __future__ import annotations

from dataclasses import dataclass

from calculators._core import Value

SIGNIFICANT_DIGITS = 6
"""A fed value is shown and used to this many significant digits (11,574.1 requests/s, not 11,574.074074074075):
``Number.prototype.toPrecision`` in calc.js and ``%g`` here both round correctly, so both give the same number."""


@dataclass(frozen=True)
class Feed:
    """Input fed from output ``output`` of the widget ``source`` (its id: the calculator name, or ``name-2``)."""

    source: str
    output: str
    scale: float = 1.0
    """A unit conversion on the way (per second to per month: ``units.SECONDS_PER_MONTH``)."""
    how: str = ""
    """What the scale means, for the reader ("a month of it, in batches of 100")."""


@dataclass(frozen=True)
class FeedLink:
    """A resolved feed, with what the fed field says about where its number comes from."""

    feed: Feed
    source_title: str
    output_label: str


def fed_value(value: Value, scale: float = 1.0) -> float:
    """The number the fed input receives."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"only a number can feed an input, not {value!r}")
    return float(f"{value * scale:.{SIGNIFICANT_DIGITS}g}")

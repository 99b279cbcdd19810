"""Every price and limit the calculators use, each dated and sourced. ``FACTS`` indexes them by key."""

from __future__ import annotations

from calculators.data import aws_limits, aws_prices
from calculators.data._fact import Fact

FACTS: dict[str, Fact] = {
    fact.key: fact for module in (aws_prices, aws_limits) for fact in vars(module).values() if isinstance(fact, Fact)
}

__all__ = ["FACTS", "Fact", "aws_limits", "aws_prices"]

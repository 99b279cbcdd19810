"""Every price and limit the calculators and the guide use, each dated and sourced. ``FACTS`` indexes them by key."""

from __future__ import annotations

from calculators.data import aws_limits, aws_prices, kubernetes, slas
from calculators.data._fact import Fact

MODULES = (aws_prices, aws_limits, kubernetes, slas)

FACTS: dict[str, Fact] = {fact.key: fact for module in MODULES for fact in vars(module).values() if isinstance(fact, Fact)}

__all__ = ["FACTS", "MODULES", "Fact", "aws_limits", "aws_prices", "kubernetes", "slas"]

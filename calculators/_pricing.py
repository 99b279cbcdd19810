"""Tiered pricing, shared by every calculator whose unit price falls with volume (S3, API Gateway, Lambda)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Tier:
    """``size`` units at ``price`` each; ``size=None`` means "everything beyond the earlier tiers"."""

    size: float | None
    price: float


def tiered_cost(quantity: float, tiers: Sequence[Tier]) -> float:
    """Charge ``quantity`` through the tiers in order, as AWS bills volume discounts."""
    remaining = quantity
    total = 0.0
    for tier in tiers:
        taken = remaining if tier.size is None else min(remaining, tier.size)
        total += taken * tier.price
        remaining -= taken
        if remaining <= 0:
            break
    return total

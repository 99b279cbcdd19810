"""Tiered pricing, shared by every calculator whose unit price falls with volume (S3, API Gateway, Lambda)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from calculators.data import Facts


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


def tiers_from_facts(facts: Facts, keys: Sequence[str], *, per: float = 1) -> tuple[Tier, ...]:
    """Volume tiers from price facts whose ``tier_begin``/``tier_end`` say where each tier starts and stops.

    The boundaries live in the data with the prices, so a change of tiers on AWS's side is a data change;
    ``per`` converts the data's quantity (requests, GB-seconds) to the calculator's (millions of requests).
    """
    tiers = []
    expected_begin = 0.0
    for key in keys:
        fact = facts[key]
        if fact.tier_begin != expected_begin:
            raise ValueError(f"{key}: tier starts at {fact.tier_begin:g}, expected {expected_begin:g} (tiers must be contiguous)")
        size = None if fact.tier_end is None else (fact.tier_end - fact.tier_begin) / per
        tiers.append(Tier(size, fact.value))
        if fact.tier_end is None:
            break
        expected_begin = fact.tier_end
    return tuple(tiers)

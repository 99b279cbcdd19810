"""DynamoDB's capacity-unit rules and the inputs every DynamoDB calculator shares.

Sizes round up per item before any rate multiplies them: 4 KB per read unit (half a unit for an eventually
consistent read, two for a transactional one) and 1 KB per write unit, with 1 KB = 1,024 bytes.
"""

from __future__ import annotations

import math

from calculators._core import Choice, Number
from calculators.data import CURRENT, Facts

READ_UNITS_PER_4KB = {"eventual": 0.5, "strong": 1.0, "transactional": 2.0}

ITEM_SIZE_KB = Number(
    name="item_size_kb",
    label="Item size",
    unit="KB",
    default=1,
    minimum=0,
    exclusive_minimum=True,
    maximum=CURRENT.value("dynamodb.max_item_kb"),
    maximum_reason="DynamoDB's maximum item size",
    help="Size of one item, attribute names included; 1 KB = 1,024 bytes.",
)

READ_CONSISTENCY = Choice(
    name="read_consistency",
    label="Read consistency",
    choices=tuple(READ_UNITS_PER_4KB),
    labels=("Eventually consistent", "Strongly consistent", "Transactional"),
    default="eventual",
    help="Eventual reads cost half a unit per 4 KB, strong one, transactional two.",
)


def read_units_per_item(size_kb: float, consistency: str, facts: Facts) -> float:
    """Read capacity units one item read consumes."""
    return math.ceil(size_kb / facts.value("dynamodb.read_unit_kb")) * READ_UNITS_PER_4KB[consistency]


def write_units_per_item(size_kb: float, facts: Facts, *, transactional: bool = False) -> float:
    """Write capacity units one item write consumes (twice as many inside a transaction)."""
    return math.ceil(size_kb / facts.value("dynamodb.write_unit_kb")) * (2.0 if transactional else 1.0)


def whole_units(needed: float) -> int:
    """Round up to whole units without buying an extra one for float noise (1000.0000000001)."""
    return math.ceil(round(needed, 6)) if needed >= 1 else math.ceil(needed)

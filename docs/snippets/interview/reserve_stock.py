"""Reserve stock for a hot SKU from one of several pools, so no single partition takes every decrement.

Each pool is its own item with its own partition key: PK = "SKU#<sku>#POOL#<n>" for n in 0 .. pools - 1,
SK = "STOCK", holding a share of the units in a numeric "stock" attribute. Distinct partition-key values
let DynamoDB place the pools on different partitions, each with its own write limit (pools under one
partition key would share one). The conditional update never oversells.
"""

from __future__ import annotations

import random
from typing import Any


def pool_key(sku: str, pool: int) -> dict[str, str]:
    """The primary key of one stock pool: the pool number is part of the partition key."""
    return {"PK": f"SKU#{sku}#POOL#{pool}", "SK": "STOCK"}


def reserve(table: Any, sku: str, quantity: int, pools: int) -> int | None:
    """Take quantity units from a random pool that has enough; return the pool used, or None if none has."""
    for pool in random.sample(range(pools), pools):  # every pool once, in random order
        try:
            table.update_item(
                Key=pool_key(sku, pool),
                UpdateExpression="ADD stock :delta",
                ConditionExpression="stock >= :qty",
                ExpressionAttributeValues={":delta": -quantity, ":qty": quantity},
            )
            return pool
        except table.meta.client.exceptions.ConditionalCheckFailedException:
            continue  # this pool is short (a failed conditional write still costs a write unit)
    return None

"""Reserve stock for a hot SKU from one of several pools, so no single item takes every decrement.

Stock for the SKU is split across items PK = "SKU#<sku>", SK = "POOL#0" .. "POOL#<pools - 1>", each
holding a share of the units in a numeric "stock" attribute. The conditional update never oversells.
"""

from __future__ import annotations

import random
from typing import Any


def reserve(table: Any, sku: str, quantity: int, pools: int) -> int | None:
    """Take quantity units from a random pool that has enough; return the pool used, or None if none has."""
    for pool in random.sample(range(pools), pools):  # every pool once, in random order
        try:
            table.update_item(
                Key={"PK": f"SKU#{sku}", "SK": f"POOL#{pool}"},
                UpdateExpression="ADD stock :delta",
                ConditionExpression="stock >= :qty",
                ExpressionAttributeValues={":delta": -quantity, ":qty": quantity},
            )
            return pool
        except table.meta.client.exceptions.ConditionalCheckFailedException:
            continue  # this pool is short (a failed conditional write still costs a write unit)
    return None

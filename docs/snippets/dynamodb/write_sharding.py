"""Write sharding for a hot partition key, and time bucketing (which solves a different problem).

Random suffix: spreads one logical key's writes over N partition-key values, so each value stays under
the per-partition write ceiling. Reading the logical key back costs N queries (scatter-gather).

Calculated suffix: derives the suffix from an attribute you know at read time (here the item id), so a
single item can be read with one GetItem while writes still spread.

Time bucket (user_id#YYYY-MM): bounds how large one item collection grows and makes old data easy to
expire or archive. It does not spread current write traffic: this month's writes all hit one key.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime
from typing import Any

from boto3.dynamodb.conditions import Key

SHARDS = 10  # size N with the write-sharding calculator: peak writes per key / per-partition WCU, with headroom


def random_shard_key(logical_key: str, shards: int = SHARDS) -> str:
    """Partition key for a write: the logical key plus a random suffix 0..shards-1."""
    return f"{logical_key}#{random.randrange(shards)}"


def calculated_shard_key(logical_key: str, item_id: str, shards: int = SHARDS) -> str:
    """Partition key derived from the item id, stable across calls, so reads can compute it too."""
    digest = hashlib.sha256(item_id.encode()).digest()
    return f"{logical_key}#{int.from_bytes(digest[:8], 'big') % shards}"


def month_bucket_key(user_id: str, when: datetime | None = None) -> str:
    """Time-bucketed partition key: bounds collection size; does not spread the current month's writes."""
    when = when or datetime.now(UTC)
    return f"{user_id}#{when:%Y-%m}"


def record_vote(table: Any, candidate: str, voter_id: str) -> None:
    """Write one vote under a calculated shard of the hot key ``candidate``."""
    table.put_item(Item={"PK": calculated_shard_key(f"CANDIDATE#{candidate}", voter_id), "SK": f"VOTE#{voter_id}"})


def read_all_shards(table: Any, logical_key: str, shards: int = SHARDS) -> list[dict[str, Any]]:
    """Scatter-gather: query every suffix and merge. Costs ``shards`` queries per logical read.

    Sequential for clarity. To run the queries in parallel, give each thread its own low-level client:
    boto3 clients are thread-safe, resource objects such as ``Table`` are not.
    """
    items: list[dict[str, Any]] = []
    for shard in range(shards):
        kwargs: dict[str, Any] = {"KeyConditionExpression": Key("PK").eq(f"{logical_key}#{shard}")}
        while True:
            response = table.query(**kwargs)
            items.extend(response["Items"])
            if "LastEvaluatedKey" not in response:
                break
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]
    return items

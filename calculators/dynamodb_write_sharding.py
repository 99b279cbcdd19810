"""DynamoDB write sharding for a hot partition key: how many key suffixes keep each under the partition limit.

A partition accepts at most 1,000 write units per second
(docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html), and a single item
never spans partitions. Split-for-heat can spread one partition-key value's item collection over several
partitions by sort key (not when the table has a local secondary index), but it adapts only after the
heat arrives and cannot help writes to one item. Writing to ``key#0`` … ``key#N-1`` instead, with the suffix chosen at random or
calculated from another attribute, spreads the load over N partition-key values from the first second.
``headroom`` is the share of the limit each suffix may use. The price is paid on reads: fetching
everything for the logical key takes one query per suffix (a calculated suffix lets a reader that knows
the attribute fetch a single item directly). Time bucketing such as ``key#2026-11`` does not spread write
heat, because all current writes still share one key; it only bounds the size of each item collection.
"""

from __future__ import annotations

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators._dynamodb import ITEM_SIZE_KB, whole_units, write_units_per_item
from calculators.data import CURRENT, Facts
from calculators.render import format_value

NAME = "dynamodb_write_sharding"
TITLE = "DynamoDB write sharding"
SUMMARY = "Key suffixes a hot DynamoDB partition key needs so each stays under the per-partition write limit."
QUESTION = "size"

INPUTS: tuple[Input, ...] = (
    Number(
        name="writes_per_second_per_key",
        label="Writes per second to the key",
        unit="writes/s",
        default=5000,
        minimum=0,
        exclusive_minimum=True,
        maximum=1e9,
        help="Peak writes per second to one logical partition key.",
    ),
    ITEM_SIZE_KB,
    Number(
        name="headroom",
        label="Usable share of the partition limit",
        unit="ratio",
        default=0.8,
        minimum=0.1,
        maximum=1,
        help=(
            f"0.8 lets each suffix use 80 % of the {CURRENT.value('dynamodb.partition_wcu'):,.0f} WCU "
            "a partition accepts per second."
        ),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Divide the key's write units by the usable units per suffix."""
    writes = float(values["writes_per_second_per_key"])
    size_kb = float(values["item_size_kb"])
    headroom = float(values["headroom"])
    partition_wcu = facts.value("dynamodb.partition_wcu")

    units_per_item = write_units_per_item(size_kb, facts)
    wcu = writes * units_per_item
    usable = partition_wcu * headroom
    shards = max(1, whole_units(wcu / usable))
    per_shard = wcu / shards

    notes = []
    if shards == 1:
        notes.append("One key is enough: the writes fit within one partition's limit with this headroom.")
    else:
        notes.append(
            f"Write to key#0 … key#{shards - 1} with a random or calculated suffix; a time-bucketed key would keep all "
            "current writes on one partition."
        )
    return Result(
        outputs=(
            Output("shards", "Key suffixes", shards, "suffixes"),
            Output("wcu_per_shard", "Write units per suffix", per_shard, "WCU"),
            Output("read_queries_per_logical_read", "Queries to read the whole key", shards, "queries"),
        ),
        steps=(
            Step("Write units per item", f"ceil({size_kb:g} KB ÷ 1 KB)", units_per_item, "WCU"),
            Step("Write units for the key", f"{format_value(writes)} writes/s × units per item", wcu, "WCU"),
            Step("Usable units per suffix", f"{format_value(partition_wcu)} WCU partition limit × {headroom:g}", usable, "WCU"),
            Step("Suffixes", "ceil(write units ÷ usable units per suffix)", shards, "suffixes"),
            Step("Write units per suffix", "write units ÷ suffixes", per_shard, "WCU"),
            Step("Queries per logical read", "one query per suffix", shards, "queries"),
        ),
        notes=tuple(notes),
    )

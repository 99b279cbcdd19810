"""DynamoDB capacity units, partitions and monthly cost for a steady read/write load.

Assumptions: every item has the same size (1 KB = 1,024 B). Writes round up per item (1 KB per write
unit). Reads depend on how items are read: GetItem (and BatchGetItem) rounds each item up to 4 KB; Query
sums the sizes of all the items one call returns and rounds up to 4 KB once, so many small items read
together cost far less. Provisioned capacity is bought in whole units with ``target_utilization`` headroom
for 730 hours; on-demand bills request units. Both modes have a default per-table throughput quota.
Storage has no free tier here.
"""

from __future__ import annotations

import math

from calculators._core import Boolean, Choice, Input, Number, Output, Result, Step, Values
from calculators._dynamodb import (
    ITEM_SIZE_KB,
    READ_CONSISTENCY,
    READ_UNITS_PER_4KB,
    read_units_per_item,
    whole_units,
    write_units_per_item,
)
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import HOURS_PER_MONTH, KIB_PER_MIB, PER_MILLION, SECONDS_PER_MONTH

NAME = "dynamodb_capacity"
TITLE = "DynamoDB capacity and cost"
SUMMARY = "Read and write capacity units, minimum partitions and monthly cost for a DynamoDB table."
QUESTION = "size"

INPUTS: tuple[Input, ...] = (
    Number(
        name="reads_per_second",
        label="Reads per second",
        unit="reads/s",
        default=1000,
        minimum=0,
        maximum=1e9,
        help="Average items read per second, whether by GetItem or returned by Query.",
    ),
    Number(
        name="writes_per_second",
        label="Writes per second",
        unit="writes/s",
        default=1000,
        minimum=0,
        maximum=1e9,
        help="Average item writes per second (PutItem, UpdateItem, DeleteItem).",
    ),
    ITEM_SIZE_KB,
    READ_CONSISTENCY,
    Choice(
        name="read_pattern",
        label="Read pattern",
        choices=("get_item", "query"),
        labels=("GetItem: one item per read", "Query: several items per read"),
        default="get_item",
        help=(
            f"get_item: each item rounds up to {CURRENT.value('dynamodb.read_unit_kb'):g} KB. "
            "query: the items one Query returns are summed, then rounded up once."
        ),
    ),
    Number(
        name="items_per_query",
        label="Items per Query",
        unit="items",
        default=10,
        minimum=1,
        maximum=100_000,
        help=(
            "Items one Query call returns (used only with the query read pattern); "
            f"one page holds at most {CURRENT.value('dynamodb.query_page_mb'):g} MB."
        ),
        applies_when=("read_pattern", ("query",)),
    ),
    Boolean(
        name="transactional_writes",
        label="Transactional writes",
        default=False,
        help="Writes inside TransactWriteItems cost two write units per 1 KB.",
    ),
    Choice(
        name="capacity_mode",
        label="Capacity mode",
        choices=("provisioned", "on_demand"),
        labels=("Provisioned", "On-demand"),
        default="provisioned",
        help="Provisioned pays for units per hour; on-demand pays per request.",
    ),
    Number(
        name="target_utilization",
        label="Target utilization",
        unit="ratio",
        default=0.7,
        minimum=0.01,
        maximum=1,
        minimum_reason="below 1% you would buy over 100 times the capacity you use",
        help="Provisioned headroom: 0.7 buys 1 ÷ 0.7 of the needed units.",
        applies_when=("capacity_mode", ("provisioned",)),
    ),
    Number(
        name="storage_gb",
        label="Table storage",
        unit="GB",
        default=0,
        minimum=0,
        maximum=1e9,
        help="Data stored in the table and its indexes.",
    ),
)


def _quota_notes(read_rate: float, write_rate: float, read_key: str, write_key: str, facts: Facts) -> list[str]:
    """A note per direction whose per-second throughput is above the table's default quota."""
    notes = []
    for rate, key in ((read_rate, read_key), (write_rate, write_key)):
        quota = facts[key]
        if rate > quota.value:
            notes.append(
                f"{format_value(rate)} {quota.unit} is above the default per-table quota of {format_value(quota.value)} "
                f"{quota.unit} ({quota.label}): request a quota increase before launch, or requests are throttled."
            )
    return notes


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Size the table; see the module docstring for the rounding rules."""
    reads = float(values["reads_per_second"])
    writes = float(values["writes_per_second"])
    size_kb = float(values["item_size_kb"])
    consistency = str(values["read_consistency"])
    transactional = bool(values["transactional_writes"])
    utilization = float(values["target_utilization"])
    storage_gb = float(values["storage_gb"])

    query = values["read_pattern"] == "query"
    per_query = int(values["items_per_query"]) if query else 1
    page_kb = facts.value("dynamodb.query_page_mb") * KIB_PER_MIB
    if query and per_query * size_kb > page_kb:
        per_query = max(1, int(page_kb // size_kb))  # one Query page stops at 1 MB; the next call reads the rest
    read_unit_kb = facts.value("dynamodb.read_unit_kb")
    per_call = math.ceil(round(per_query * size_kb / read_unit_kb, 9)) * READ_UNITS_PER_4KB[consistency]
    read_units = per_call / per_query if query else read_units_per_item(size_kb, consistency, facts)
    write_units = write_units_per_item(size_kb, facts, transactional=transactional)
    rcu = whole_units(reads * read_units)
    wcu = whole_units(writes * write_units)
    partitions = max(
        1,
        math.ceil(rcu / facts.value("dynamodb.partition_rcu")),
        math.ceil(wcu / facts.value("dynamodb.partition_wcu")),
        math.ceil(storage_gb / facts.value("dynamodb.partition_gb")),
    )
    steps = [
        Step(
            "Read units per item",
            f"ceil({per_query} items × {size_kb:g} KB ÷ {format_value(read_unit_kb)} KB) × "
            f"{READ_UNITS_PER_4KB[consistency]:g} ({consistency}) ÷ {per_query} items per Query"
            if query
            else f"ceil({size_kb:g} KB ÷ {format_value(read_unit_kb)} KB) × {READ_UNITS_PER_4KB[consistency]:g} ({consistency})",
            read_units,
            "RCU",
            facts=("dynamodb.read_unit_kb",),
        ),
        Step(
            "Write units per item",
            f"ceil({size_kb:g} KB ÷ 1 KB) × {2 if transactional else 1} ({'transactional' if transactional else 'standard'})",
            write_units,
            "WCU",
        ),
        Step("Read capacity needed", "ceil(reads/s × read units per item)", rcu, "RCU"),
        Step("Write capacity needed", "ceil(writes/s × write units per item)", wcu, "WCU"),
        Step(
            "Minimum partitions",
            f"max(RCU ÷ {format_value(facts.value('dynamodb.partition_rcu'))}, "
            f"WCU ÷ {format_value(facts.value('dynamodb.partition_wcu'))}, "
            f"GB ÷ {format_value(facts.value('dynamodb.partition_gb'))}), rounded up",
            partitions,
            "partitions",
            facts=("dynamodb.partition_rcu", "dynamodb.partition_wcu", "dynamodb.partition_gb"),
        ),
    ]
    notes: list[str] = []
    if values["capacity_mode"] == "provisioned":
        provisioned_rcu = whole_units(rcu / utilization)
        provisioned_wcu = whole_units(wcu / utilization)
        throughput = HOURS_PER_MONTH * (
            provisioned_rcu * facts.value("dynamodb.rcu_hour") + provisioned_wcu * facts.value("dynamodb.wcu_hour")
        )
        steps += [
            Step("Provisioned reads", f"ceil(RCU ÷ {utilization:g})", provisioned_rcu, "RCU"),
            Step("Provisioned writes", f"ceil(WCU ÷ {utilization:g})", provisioned_wcu, "WCU"),
            Step(
                "Throughput cost",
                f"(RCU × {usd(facts.value('dynamodb.rcu_hour'))} + WCU × {usd(facts.value('dynamodb.wcu_hour'))}) × 730 h",
                throughput,
                "USD/month",
            ),
        ]
        notes += _quota_notes(provisioned_rcu, provisioned_wcu, "dynamodb.table_rcu_quota", "dynamodb.table_wcu_quota", facts)
    else:
        read_request_units = reads * read_units * SECONDS_PER_MONTH
        write_request_units = writes * write_units * SECONDS_PER_MONTH
        throughput = (
            read_request_units * facts.value("dynamodb.rru_million") + write_request_units * facts.value("dynamodb.wru_million")
        ) / PER_MILLION
        notes += _quota_notes(
            reads * read_units,
            writes * write_units,
            "dynamodb.on_demand_table_rru_quota",
            "dynamodb.on_demand_table_wru_quota",
            facts,
        )
        steps += [
            Step(
                "Read request units a month",
                f"reads/s × read units per item × {SECONDS_PER_MONTH:,} s",
                read_request_units,
                "RRU",
            ),
            Step(
                "Write request units a month",
                f"writes/s × write units per item × {SECONDS_PER_MONTH:,} s",
                write_request_units,
                "WRU",
            ),
            Step(
                "Throughput cost",
                f"RRU × {usd(facts.value('dynamodb.rru_million'))}/M + WRU × {usd(facts.value('dynamodb.wru_million'))}/M",
                throughput,
                "USD/month",
            ),
        ]
    storage = storage_gb * facts.value("dynamodb.storage_gb_month")
    total = throughput + storage
    steps += [
        Step("Storage cost", f"GB × {usd(facts.value('dynamodb.storage_gb_month'))}", storage, "USD/month"),
        Step("Monthly cost", "throughput + storage", total, "USD/month"),
    ]
    return Result(
        outputs=(
            Output("rcu", "Read capacity units", rcu, "RCU"),
            Output("wcu", "Write capacity units", wcu, "WCU"),
            Output("min_partitions", "Minimum partitions", partitions, "partitions"),
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

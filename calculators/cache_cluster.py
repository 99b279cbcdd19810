"""Cache cluster: shards and nodes an ElastiCache (Valkey or Redis OSS) cluster needs for a working set and a request rate.

Memory: the working set is ``items × (item bytes + per-item overhead)``; one node holds its type's
``maxmemory`` (a fact per node type) less the reserved memory (``reserved-memory-percent``, 25% by default)
less the headroom kept free for growth and fragmentation. Throughput: every node of a shard applies all of
the shard's writes (the primary executes them, replicas replay the replication stream), and reads land on the
primary alone or spread over primary and replicas; so a shard's busiest node carries
``(writes + reads ÷ nodes serving reads) ÷ shards`` and must stay under the benchmarked rate per node less
the headroom. Counting a replayed write as a full request is conservative. The cluster gets the larger of the
two shard counts; replicas multiply nodes, not shards. Limits read: nodes per shard, the default and the
raised per-cluster node quota. Not priced: no node-hour price was verified. GB here are GiB (2^30 bytes).
"""

from __future__ import annotations

import math

from calculators._core import Boolean, Choice, Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity
from calculators.units import BYTES_PER_GIB

NAME = "cache_cluster"
TITLE = "Cache cluster sizing"
SUMMARY = "Shards and nodes an ElastiCache (Valkey or Redis OSS) cluster needs for a working set and a request rate."
QUESTION = "size"

NODE_TYPES = {
    "cache.r7g.large": "elasticache.r7g_large_maxmemory_bytes",
    "cache.r7g.xlarge": "elasticache.r7g_xlarge_maxmemory_bytes",
    "cache.r7g.2xlarge": "elasticache.r7g_2xlarge_maxmemory_bytes",
    "cache.m7g.large": "elasticache.m7g_large_maxmemory_bytes",
}
"""Node types offered, each with the fact holding its maxmemory in bytes."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="items",
        label="Items cached",
        unit="items",
        default=50_000_000,
        minimum=1,
        maximum=1e12,
        integer=True,
        help="Keys in the working set you want resident: the hot items, not the whole database.",
    ),
    Number(
        name="item_bytes",
        label="Average key and value size",
        unit="bytes",
        default=1000,
        minimum=1,
        maximum=1e9,
        help="Key plus serialized value, as your client writes it (after any compression).",
    ),
    Number(
        name="overhead_bytes_per_item",
        label="Store overhead per item",
        unit="bytes",
        default=80,
        minimum=0,
        maximum=1e6,
        help=(
            "An assumption: the engine's bookkeeping per key (hash-table entry, object and string headers, "
            "allocator rounding, an expiry entry when the key has a TTL). It varies with engine version and "
            "value size: measure it with MEMORY USAGE on a sample of real keys and subtract their key and value bytes."
        ),
    ),
    Number(
        name="replicas_per_shard",
        label="Replicas per shard",
        unit="replicas",
        default=1,
        minimum=0,
        maximum=CURRENT.value("elasticache.nodes_per_shard") - 1,
        maximum_reason=f"{CURRENT.value('elasticache.nodes_per_shard'):g} nodes per shard: one primary and its replicas",
        integer=True,
        help="Read replicas in each shard; at least one for Multi-AZ automatic failover.",
    ),
    Number(
        name="requests_per_second",
        label="Requests per second",
        unit="requests/s",
        default=200_000,
        minimum=0,
        maximum=1e10,
        help="Peak cache commands per second, reads and writes together, across the whole cluster.",
    ),
    Number(
        name="ops_per_second_per_node",
        label="Requests one node serves",
        unit="requests/s",
        default=100_000,
        minimum=1,
        maximum=1e8,
        help=(
            "An assumption to replace with a benchmark: run valkey-benchmark or memtier_benchmark with your "
            "command mix, value sizes, pipelining and TLS on the chosen node type. The default is a planning "
            "placeholder, not a measured figure."
        ),
    ),
    Number(
        name="read_share_percent",
        label="Reads",
        unit="%",
        default=90,
        minimum=0,
        maximum=100,
        help="Share of requests that are reads (GET, HGET, MGET...); the rest are writes.",
    ),
    Boolean(
        name="read_from_replicas",
        label="Read from replicas",
        default=True,
        help=(
            "Clients send reads to replicas as well as the primary (READONLY in cluster mode, or the reader "
            "endpoint). Replica reads can be slightly stale."
        ),
    ),
    Choice(
        name="node_type",
        label="Node type",
        choices=tuple(NODE_TYPES),
        labels=("cache.r7g.large", "cache.r7g.xlarge", "cache.r7g.2xlarge", "cache.m7g.large"),
        default="cache.r7g.xlarge",
        help="Graviton node types; r7g is memory-optimized, m7g general purpose. Memory is the node's maxmemory.",
    ),
    Number(
        name="reserved_memory_percent",
        label="Reserved memory",
        unit="%",
        default=CURRENT.value("elasticache.reserved_memory_percent"),
        minimum=0,
        maximum=90,
        help=(
            "reserved-memory-percent: memory kept back from data for snapshots, replication and failover. "
            f"The default parameter group sets {CURRENT.value('elasticache.reserved_memory_percent'):g}%."
        ),
    ),
    Number(
        name="headroom_percent",
        label="Headroom",
        unit="%",
        default=20,
        minimum=0,
        maximum=90,
        help="Memory and throughput kept free per node for growth, fragmentation, hot keys and failover.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Size shards for memory and for the busiest node's request rate, and take the larger."""
    items = int(values["items"])
    item_bytes = float(values["item_bytes"])
    overhead = float(values["overhead_bytes_per_item"])
    replicas = int(values["replicas_per_shard"])
    rate = float(values["requests_per_second"])
    per_node = float(values["ops_per_second_per_node"])
    read_share = float(values["read_share_percent"]) / 100
    from_replicas = bool(values["read_from_replicas"])
    node_type = str(values["node_type"])
    reserved = float(values["reserved_memory_percent"]) / 100
    headroom = float(values["headroom_percent"]) / 100

    memory_key = NODE_TYPES[node_type]
    maxmemory_gb = facts.value(memory_key) / BYTES_PER_GIB
    working_set_gb = items * (item_bytes + overhead) / BYTES_PER_GIB
    usable_gb = maxmemory_gb * (1 - reserved) * (1 - headroom)
    by_memory = max(1, math.ceil(round(working_set_gb / usable_gb, 9)))

    writes = rate * (1 - read_share)
    reads = rate * read_share
    read_nodes = 1 + replicas if from_replicas else 1
    busiest_load = writes + reads / read_nodes
    usable_rate = per_node * (1 - headroom)
    by_throughput = max(1, math.ceil(round(busiest_load / usable_rate, 9)))

    shards = max(by_memory, by_throughput)
    nodes = shards * (1 + replicas)
    binding = "memory" if by_memory >= by_throughput else "throughput"

    limit = facts.value("elasticache.cluster_nodes_max")
    require(
        shards <= limit,
        "node_type",
        f"Node type: this needs {shards:,} shards, more than the {limit:g} shards a cluster can have even with a raised "
        "quota; choose a larger node type or split the keyspace over several clusters",
    )
    require(
        nodes <= limit,
        "replicas_per_shard",
        f"Replicas per shard: {shards:,} shards × {1 + replicas} nodes make {nodes:,} nodes, more than the {limit:g} nodes "
        "a cluster can have even with a raised quota; use fewer replicas or a larger node type",
    )

    steps = (
        Step(
            "Working set",
            f"{quantity(items, 'items')} × ({quantity(item_bytes, 'bytes')} + {quantity(overhead, 'bytes')} overhead) ÷ 2^30",
            working_set_gb,
            "GiB",
        ),
        Step(
            f"Memory of one {node_type}",
            f"maxmemory {format_value(facts.value(memory_key))} bytes ÷ 2^30",
            maxmemory_gb,
            "GiB",
            facts=(memory_key,),
        ),
        Step(
            "Usable memory per node",
            f"{format_value(maxmemory_gb)} GiB × (1 − {format_value(reserved * 100)}% reserved) × "
            f"(1 − {format_value(headroom * 100)}% headroom)",
            usable_gb,
            "GiB",
        ),
        Step("Shards for memory", "ceil(working set ÷ usable memory per node)", by_memory, "shards"),
        Step(
            "Load on a shard's busiest node, all shards together",
            f"writes {format_value(writes)} + reads {format_value(reads)} ÷ {read_nodes} node(s) serving reads",
            busiest_load,
            "requests/s",
        ),
        Step(
            "Usable rate per node",
            f"{quantity(per_node, 'requests/s')} × (1 − {format_value(headroom * 100)}% headroom)",
            usable_rate,
            "requests/s",
        ),
        Step("Shards for throughput", "ceil(busiest-node load ÷ usable rate per node)", by_throughput, "shards"),
        Step("Shards", f"the larger of the two: {binding} binds", shards, "shards"),
        Step(
            "Nodes",
            f"shards × (1 primary + {quantity(replicas, 'replicas')}), at most "
            f"{format_value(facts.value('elasticache.nodes_per_shard'))} per shard",
            nodes,
            "nodes",
            facts=("elasticache.nodes_per_shard", "elasticache.cluster_nodes_max"),
        ),
    )

    notes = []
    default_quota = facts.value("elasticache.cluster_nodes_default")
    if nodes > default_quota:
        notes.append(
            f"{quantity(nodes, 'nodes')} is above the default quota of {format_value(default_quota)} nodes per cluster: "
            "request the increase before launch (Valkey 7.2+ or Redis OSS 5.0.6+)."
        )
    if replicas == 0:
        notes.append(
            "No replicas: a failed node loses its shard's keys and there is no automatic failover; every miss for "
            "those keys lands on the database until the node is replaced and refilled."
        )
    if from_replicas and replicas > 0 and read_share > 0:
        notes.append(
            "Replica reads are eventually consistent: replication is asynchronous, so a read just after a write "
            "can return the old value."
        )
    if binding == "throughput" and by_memory < by_throughput:
        notes.append(
            "Throughput binds: more replicas (with replica reads) relieve a read-heavy load; only more shards "
            "relieve writes, and a smaller node type may then hold the data for less."
        )
    return Result(
        outputs=(
            Output("working_set_gb", "Working set", working_set_gb, "GiB"),
            Output("usable_gb_per_node", "Usable memory per node", usable_gb, "GiB"),
            Output("shards_for_memory", "Shards for memory", by_memory, "shards"),
            Output("shards_for_throughput", "Shards for throughput", by_throughput, "shards"),
            Output("shards", "Shards", shards, "shards"),
            Output("nodes", "Nodes", nodes, "nodes"),
            Output("binding_constraint", "Binding constraint", binding),
        ),
        steps=steps,
        notes=tuple(notes),
    )

"""Amazon ElastiCache limits."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

NODES_PER_SHARD = Fact(
    key="elasticache.nodes_per_shard",
    label="ElastiCache nodes per shard (one primary, five replicas)",
    value=6,
    unit="nodes",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Shards.html",
    evidence="aws",
)

CLUSTER_NODES_DEFAULT = Fact(
    key="elasticache.cluster_nodes_default",
    label="ElastiCache cluster-mode nodes per cluster (default quota)",
    value=90,
    unit="nodes",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Shards.html",
    evidence="aws",
)

CLUSTER_NODES_MAX = Fact(
    key="elasticache.cluster_nodes_max",
    label="ElastiCache cluster-mode nodes or shards per cluster (raised quota)",
    value=500,
    unit="nodes or shards",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Shards.html",
    evidence="aws",
    note="Valkey 7.2+ and Redis OSS 5.0.6+.",
)

R7G_LARGE_MAXMEMORY_BYTES = Fact(
    key="elasticache.r7g_large_maxmemory_bytes",
    label="ElastiCache cache.r7g.large maxmemory (Valkey and Redis OSS)",
    value=14_037_181_030,
    unit="bytes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html",
    evidence="aws",
    note=(
        "Tables 'Valkey node-type specific parameters' and 'Redis OSS node-type specific parameters': "
        "14037181030 bytes (about 13.07 GiB), the same for cache.r6g.large and cache.r5.large; not modifiable. "
        "Reserved memory (reserved-memory-percent) comes out of this figure."
    ),
)

RESERVED_MEMORY_PERCENT = Fact(
    key="elasticache.reserved_memory_percent",
    label="ElastiCache default reserved-memory-percent (Valkey and Redis OSS)",
    value=25,
    unit="percent of maxmemory",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/redis-memory-management.html",
    evidence="aws",
    note=(
        "'Managing reserved memory for Valkey and Redis OSS': the default parameter group reserves 25% of the "
        "node's maxmemory for backups, replication and failover (customers since 2017-03-16); AWS suggests up to "
        "30% on small and 50% on micro burstable nodes."
    ),
)

ZSET_LISTPACK_ENTRIES = Fact(
    key="elasticache.zset_listpack_entries",
    label="ElastiCache zset-max-listpack-entries default (Valkey 7.2+, Redis OSS 7+)",
    value=128,
    unit="entries",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html",
    evidence="aws",
    note=(
        "Section 'Valkey 7.2 and Redis OSS 7 parameter changes': a sorted set with more members than this is "
        "no longer stored in the compact listpack encoding (zset-max-ziplist-entries before Redis OSS 7). Modifiable."
    ),
)

R7G_XLARGE_MAXMEMORY_BYTES = Fact(
    key="elasticache.r7g_xlarge_maxmemory_bytes",
    label="ElastiCache cache.r7g.xlarge maxmemory (Valkey and Redis OSS)",
    value=28_261_849_702,
    unit="bytes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html",
    evidence="aws",
    note=(
        "Tables 'Valkey node-type specific parameters' and 'Redis OSS node-type specific parameters': "
        "28261849702 bytes (about 26.32 GiB); not modifiable. Reserved memory comes out of this figure."
    ),
)

R7G_2XLARGE_MAXMEMORY_BYTES = Fact(
    key="elasticache.r7g_2xlarge_maxmemory_bytes",
    label="ElastiCache cache.r7g.2xlarge maxmemory (Valkey and Redis OSS)",
    value=56_711_183_565,
    unit="bytes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html",
    evidence="aws",
    note=(
        "Tables 'Valkey node-type specific parameters' and 'Redis OSS node-type specific parameters': "
        "56711183565 bytes (about 52.82 GiB); not modifiable. Reserved memory comes out of this figure."
    ),
)

M7G_LARGE_MAXMEMORY_BYTES = Fact(
    key="elasticache.m7g_large_maxmemory_bytes",
    label="ElastiCache cache.m7g.large maxmemory (Valkey and Redis OSS)",
    value=6_854_542_746,
    unit="bytes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html",
    evidence="aws",
    note=(
        "Tables 'Valkey node-type specific parameters' and 'Redis OSS node-type specific parameters': "
        "6854542746 bytes (about 6.38 GiB), the same as cache.m6g.large; not modifiable."
    ),
)

GLOBAL_DATASTORE_SECONDARY_REGIONS = Fact(
    key="elasticache.global_datastore_secondary_regions",
    label="ElastiCache Global Datastore secondary Regions per primary cluster",
    value=2,
    unit="secondary Regions",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Getting-Started.html",
    evidence="aws",
    note=(
        "'Prerequisites and limitations': a primary cluster replicates to secondary clusters in up to two other "
        "Regions (Beijing and Ningxia only to each other); replication is asynchronous."
    ),
)

ASYNC_DURABILITY_LOSS_S = Fact(
    key="elasticache.async_durability_loss_s",
    label="ElastiCache for Valkey durability, asynchronous writes: acknowledged writes that may be lost",
    value=10,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Durability.Options.html",
    evidence="aws",
    note=(
        "'Durability options': with asynchronous writes up to the last 10 seconds of acknowledged writes may be lost "
        "on a failure (the primary stops accepting writes if its oldest unpersisted write gets older); synchronous "
        "writes wait for the Multi-AZ transactional log and lose none, at single-digit millisecond write latency."
    ),
)

HASH_SLOTS = Fact(
    key="elasticache.hash_slots",
    label="Hash slots a Valkey or Redis OSS (cluster mode enabled) keyspace is divided into",
    value=16384,
    unit="slots",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_NodeGroupConfiguration.html",
    evidence="aws",
    note=(
        "NodeGroupConfiguration, Slots: 'Keyspaces range from 0 to 16,383. The string is in the format "
        "startkey-endkey' (example '0-3999'), i.e. 16,384 slots shared out among the shards."
    ),
)

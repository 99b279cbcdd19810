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

"""Amazon RDS and Aurora: storage, replica and failover figures."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

RDS_READ_REPLICAS_MAX = Fact(
    key="rds.read_replicas_max",
    label="RDS read replicas per source (MySQL, MariaDB, PostgreSQL)",
    value=15,
    unit="replicas",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html",
    evidence="aws",
)

RDS_READ_REPLICAS_MAX_COMMERCIAL = Fact(
    key="rds.read_replicas_max_commercial",
    label="RDS read replicas per source (Oracle, SQL Server)",
    value=5,
    unit="replicas",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html",
    evidence="aws",
)

AURORA_REPLICAS_MAX = Fact(
    key="aurora.replicas_max",
    label="Aurora Replicas per cluster",
    value=15,
    unit="replicas",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Replication.html",
    evidence="aws",
)

RDS_MULTI_AZ_CLUSTER_FAILOVER_S = Fact(
    key="rds.multi_az_cluster_failover_s",
    label="RDS Multi-AZ DB cluster failover, typically under",
    value=35,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_FailoverDBCluster.html",
    evidence="aws",
)

AURORA_STORAGE_MAX_TIB = Fact(
    key="aurora.storage_max_tib",
    label="Aurora cluster volume maximum (documented)",
    value=128,
    unit="TiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html",
    evidence="aws",
    note="256 TiB on newer engine versions since 2025 (third-party report).",
)

RDS_STORAGE_MAX_TIB = Fact(
    key="rds.storage_max_tib",
    label="RDS storage per instance",
    value=64,
    unit="TiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.html",
    evidence="aws",
    note="Oracle and SQL Server reach 256 TiB with additional volumes.",
)

AURORA_SERVERLESS_V2_MAX_ACU = Fact(
    key="aurora.serverless_v2_max_acu",
    label="Aurora Serverless v2 maximum capacity",
    value=256,
    unit="ACUs",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.requirements.html",
    evidence="aws",
)

AURORA_SERVERLESS_V2_STEP_ACU = Fact(
    key="aurora.serverless_v2_step_acu",
    label="Aurora Serverless v2 scaling step",
    value=0.5,
    unit="ACU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.requirements.html",
    evidence="aws",
    note="One ACU is about 2 GiB of memory with matching CPU.",
)

AURORA_GLOBAL_SECONDARY_REGIONS_MAX = Fact(
    key="aurora.global_secondary_regions_max",
    label="Aurora Global Database secondary Regions, maximum",
    value=10,
    unit="secondary Regions",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database.configuration.requirements.html",
    evidence="aws",
    note=(
        "Configuration requirements page: at least one and up to 10 secondary AWS Regions, one read-only "
        "cluster each. Older pages (and some translations) still say 5."
    ),
)

RDS_MULTI_AZ_INSTANCE_FAILOVER_MIN_S = Fact(
    key="rds.multi_az_instance_failover_min_s",
    label="RDS Multi-AZ DB instance failover, typical range (lower end)",
    value=60,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.Failover.html",
    evidence="aws",
    note="AWS: failover times are typically 60-120 seconds; large transactions or a long recovery lengthen it.",
)

RDS_MULTI_AZ_INSTANCE_FAILOVER_MAX_S = Fact(
    key="rds.multi_az_instance_failover_max_s",
    label="RDS Multi-AZ DB instance failover, typical range (upper end)",
    value=120,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.Failover.html",
    evidence="aws",
    note="Typical, not a bound: large transactions or a long recovery lengthen it.",
)

AURORA_FAILOVER_TYPICAL_S = Fact(
    key="aurora.failover_typical_s",
    label="Aurora failover to an Aurora Replica, service typically restored in under",
    value=60,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html",
    evidence="aws",
    note=(
        "Current wording: typically under 60 s and often under 30 s (older versions of the page said 120 and "
        "60). Without a replica Aurora recreates the writer, typically in under 10 minutes."
    ),
)

AURORA_FAILOVER_OFTEN_S = Fact(
    key="aurora.failover_often_s",
    label="Aurora failover to an Aurora Replica, often restored in under",
    value=30,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html",
    evidence="aws",
)

AURORA_REPLICA_LAG_MS = Fact(
    key="aurora.replica_lag_ms",
    label="Aurora Replica lag, usually much less than",
    value=100,
    unit="ms",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Replication.html",
    evidence="aws",
    note="Grows with the rate of writes; not a guarantee.",
)

AURORA_GLOBAL_DB_LAG_S = Fact(
    key="aurora.global_db_lag_s",
    label="Aurora Global Database cross-Region replication latency, typically under",
    value=1,
    unit="second",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/prescriptive-guidance/latest/aurora-replication-options/aurora-global-database.html",
    evidence="aws",
    note="Asynchronous storage-level replication over dedicated infrastructure.",
)

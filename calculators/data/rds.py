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

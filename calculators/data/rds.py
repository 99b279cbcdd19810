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

AURORA_STORAGE_COPIES = Fact(
    key="aurora.storage_copies",
    label="Aurora cluster volume: copies of each data segment, two in each of three Availability Zones",
    value=6,
    unit="copies",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/database/amazon-aurora-under-the-hood-reducing-costs-using-quorum-sets/",
    evidence="aws",
    note=(
        "AWS Database Blog (Anurag Gupta, Aurora under the hood, part 3): 'a quorum of six copies spread across "
        "three Availability Zones (AZs), using four out of six copies to write and three out of six copies for "
        "read/repair'. The Aurora High Availability page says writes go synchronously to six storage nodes; "
        "Verbitski et al., SIGMOD 2017, section 2.1."
    ),
)

AURORA_WRITE_QUORUM = Fact(
    key="aurora.write_quorum",
    label="Aurora storage write quorum (copies that must acknowledge, out of six)",
    value=4,
    unit="copies",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/database/amazon-aurora-under-the-hood-reducing-costs-using-quorum-sets/",
    evidence="aws",
    note="'four out of six copies to write'; survives the loss of an AZ (two copies) for writes.",
)

AURORA_READ_QUORUM = Fact(
    key="aurora.read_quorum",
    label="Aurora storage read/repair quorum (copies, out of six)",
    value=3,
    unit="copies",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/database/amazon-aurora-under-the-hood-reducing-costs-using-quorum-sets/",
    evidence="aws",
    note=(
        "'three out of six copies for read/repair'; survives an AZ plus one more copy (AZ+1) without losing "
        "data. Normal reads go to one up-to-date segment; the read quorum is used for repair and recovery."
    ),
)

AURORA_REPLICATED_WRITE_IO_MILLION = Fact(
    key="aurora.replicated_write_io_million",
    label="Aurora Global Database, replicated write I/Os",
    value=0.20,
    unit="USD per million replicated write I/Os",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/rds/aurora/pricing/",
    evidence="third-party",
    note=(
        "Billed for the write I/Os shipped from the primary to each secondary Region (usage type "
        "Aurora:ReplicatedWriteIO), on Aurora Standard and I/O-Optimized alike, plus inter-Region data transfer. "
        "The us-east-1 figure was seen in third-party summaries of the pricing page."
    ),
)

AURORA_WRITE_IO_KB = Fact(
    key="aurora.write_io_kb",
    label="Aurora write I/O unit",
    value=4,
    unit="KB",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/database/planning-i-o-in-amazon-aurora/",
    evidence="third-party",
    note=(
        "Read in a third-party quotation of the Aurora FAQ and this AWS blog post. Write I/Os are counted in "
        "4 KB units of redo (MySQL) or WAL (PostgreSQL) log records; records under 4 KB "
        "written together are batched into one I/O, larger ones split. Also in the Aurora FAQ."
    ),
)

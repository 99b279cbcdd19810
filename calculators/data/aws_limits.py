"""AWS service limits and quotas that the calculators enforce or size against (us-east-1 defaults)."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

CHECKED = date(2026, 11, 1)

DDB_RW = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html"
DDB_WARM = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html"
DDB_QUOTAS = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html"
KDS_STREAMS = "https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html"
KDS_EFO = "https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html"
KDS_QUOTAS = "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html"
KDS_PRICING = "https://aws.amazon.com/kinesis/data-streams/pricing/"
LAMBDA_LIMITS = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
LAMBDA_SCALING = "https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html"
LAMBDA_PRICING = "https://aws.amazon.com/lambda/pricing/"
S3_QFACTS = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html"
S3_PERF = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html"
SQS_QUOTAS = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html"
SQS_BLOG = "https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/"
APIGW_QUOTAS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html"
VPC_SUBNETS = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html"
EKS_MAX_PODS = "https://github.com/awslabs/amazon-eks-ami/blob/main/templates/shared/runtime/eni-max-pods.txt"
K8S_HPA = "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/"
K8S_LARGE = "https://kubernetes.io/docs/setup/best-practices/cluster-large/"


def _limit(key: str, label: str, value: float, unit: str, source: str, evidence: str = "aws", note: str = "") -> Fact:
    return Fact(key=key, label=label, value=value, unit=unit, as_of=CHECKED, source=source, evidence=evidence, note=note)


# --- DynamoDB -----------------------------------------------------------------------------------
DDB_READ_UNIT_KB = _limit("dynamodb.read_unit_kb", "DynamoDB read unit size", 4, "KB (1 KB = 1,024 B)", DDB_RW)
DDB_WRITE_UNIT_KB = _limit("dynamodb.write_unit_kb", "DynamoDB write unit size", 1, "KB (1 KB = 1,024 B)", DDB_RW)
DDB_MAX_ITEM_KB = _limit("dynamodb.max_item_kb", "DynamoDB maximum item size", 400, "KB (1 KB = 1,024 B)", DDB_QUOTAS)
DDB_PARTITION_RCU = _limit("dynamodb.partition_rcu", "DynamoDB read throughput per partition", 3000, "RCU", DDB_WARM)
DDB_PARTITION_WCU = _limit("dynamodb.partition_wcu", "DynamoDB write throughput per partition", 1000, "WCU", DDB_WARM)
DDB_PARTITION_GB = _limit(
    "dynamodb.partition_gb",
    "DynamoDB storage per partition",
    10,
    "GB",
    DDB_QUOTAS,
    evidence="third-party",
    note="Long-standing figure; AWS no longer states it prominently. Treat as an estimate of split points.",
)
DDB_TABLE_WCU_QUOTA = _limit(
    "dynamodb.table_wcu_quota",
    "DynamoDB default per-table write quota (provisioned)",
    40_000,
    "WCU",
    DDB_QUOTAS,
    note="Adjustable through Service Quotas; the account default is 80,000.",
)
DDB_TABLE_RCU_QUOTA = _limit(
    "dynamodb.table_rcu_quota",
    "DynamoDB default per-table read quota (provisioned)",
    40_000,
    "RCU",
    DDB_QUOTAS,
    note="Adjustable through Service Quotas; the account default is 80,000.",
)
DDB_BATCH_WRITE_ITEMS = _limit(
    "dynamodb.batch_write_items", "DynamoDB BatchWriteItem operations per call", 25, "items", DDB_QUOTAS
)

# --- Kinesis Data Streams -------------------------------------------------------------------------
KDS_SHARD_WRITE_MIB = _limit("kinesis.shard_write_mib", "Kinesis write throughput per shard", 1, "MiB/s", KDS_STREAMS)
KDS_SHARD_WRITE_RECORDS = _limit("kinesis.shard_write_records", "Kinesis write records per shard", 1000, "records/s", KDS_STREAMS)
KDS_SHARD_READ_MIB = _limit(
    "kinesis.shard_read_mib",
    "Kinesis read throughput per shard",
    2,
    "MiB/s",
    KDS_STREAMS,
    note="Shared by all polling consumers; each enhanced fan-out consumer gets its own 2 MiB/s.",
)
KDS_EFO_CONSUMERS = _limit("kinesis.efo_consumers", "Kinesis enhanced fan-out consumers per stream", 20, "consumers", KDS_EFO)
KDS_MAX_RECORD_KIB = _limit(
    "kinesis.max_record_kib",
    "Kinesis maximum record size (default)",
    1024,
    "KiB",
    KDS_QUOTAS,
    note="Configurable up to 10 MiB per stream since 2025; the shard's 1 MiB/s write limit still applies.",
)
KDS_PUT_UNIT_KB = _limit("kinesis.put_unit_kb", "Kinesis PUT payload unit", 25, "KB", KDS_PRICING)
KDS_RETENTION_MAX_HOURS = _limit("kinesis.retention_max_hours", "Kinesis maximum retention", 8760, "hours", KDS_QUOTAS)

# --- Lambda ---------------------------------------------------------------------------------------
LAMBDA_MIN_MEMORY_MB = _limit("lambda.min_memory_mb", "Lambda minimum memory", 128, "MB", LAMBDA_LIMITS)
LAMBDA_MAX_MEMORY_MB = _limit("lambda.max_memory_mb", "Lambda maximum memory", 10_240, "MB", LAMBDA_LIMITS)
LAMBDA_TIMEOUT_S = _limit("lambda.timeout_s", "Lambda maximum timeout", 900, "seconds", LAMBDA_LIMITS)
LAMBDA_ACCOUNT_CONCURRENCY = _limit(
    "lambda.account_concurrency",
    "Lambda default concurrency per account and Region",
    1000,
    "concurrent executions",
    LAMBDA_LIMITS,
)
LAMBDA_SCALING_PER_10S = _limit(
    "lambda.scaling_per_10s",
    "Lambda scaling rate per function",
    1000,
    "execution environments per 10 s",
    LAMBDA_SCALING,
)
LAMBDA_FREE_REQUESTS = _limit(
    "lambda.free_requests", "Lambda free tier requests", 1_000_000, "requests a month", LAMBDA_PRICING, evidence="third-party"
)
LAMBDA_FREE_GB_SECONDS = _limit(
    "lambda.free_gb_seconds", "Lambda free tier compute", 400_000, "GB-seconds a month", LAMBDA_PRICING, evidence="third-party"
)
LAMBDA_SYNC_PAYLOAD_MB = _limit("lambda.sync_payload_mb", "Lambda synchronous invocation payload", 6, "MB", LAMBDA_LIMITS)
LAMBDA_ASYNC_PAYLOAD_MB = _limit(
    "lambda.async_payload_mb",
    "Lambda asynchronous invocation payload",
    1,
    "MB",
    LAMBDA_LIMITS,
    note="Raised from 256 KB in 2025.",
)
LAMBDA_TMP_MAX_MB = _limit("lambda.tmp_max_mb", "Lambda /tmp (ephemeral storage) maximum", 10_240, "MB", LAMBDA_LIMITS)

# --- S3 ---------------------------------------------------------------------------------------------
S3_PUT_PER_PREFIX = _limit(
    "s3.put_per_prefix", "S3 writes per partitioned prefix", 3500, "requests/s", S3_PERF, note="PUT, COPY, POST, DELETE."
)
S3_GET_PER_PREFIX = _limit("s3.get_per_prefix", "S3 reads per partitioned prefix", 5500, "requests/s", S3_PERF, note="GET, HEAD.")
S3_MAX_PARTS = _limit("s3.max_parts", "S3 multipart upload parts", 10_000, "parts", S3_QFACTS)
S3_MIN_PART_MIB = _limit("s3.min_part_mib", "S3 minimum part size (all but the last part)", 5, "MiB", S3_QFACTS)
S3_MAX_PART_GIB = _limit("s3.max_part_gib", "S3 maximum part size", 5, "GiB", S3_QFACTS)
S3_MAX_OBJECT_GIB = _limit(
    "s3.max_object_gib",
    "S3 maximum object size",
    50_000,
    "GiB",
    S3_QFACTS,
    evidence="third-party",
    note="10,000 parts × 5 GiB = 48.8 TiB, marketed as 50 TB since 2025-12 (was 5 TiB).",
)
S3_MAX_SINGLE_PUT_GIB = _limit("s3.max_single_put_gib", "S3 maximum single PUT", 5, "GiB", S3_QFACTS)

# --- SQS ----------------------------------------------------------------------------------------------
SQS_MAX_MESSAGE_KIB = _limit(
    "sqs.max_message_kib", "SQS maximum message size", 1024, "KiB", SQS_BLOG, note="Raised from 256 KiB in 2025."
)
SQS_BILLING_CHUNK_KIB = _limit(
    "sqs.billing_chunk_kib", "SQS billing chunk", 64, "KiB", "https://aws.amazon.com/sqs/pricing/", evidence="third-party"
)
SQS_BATCH_MAX = _limit("sqs.batch_max", "SQS messages per batch request", 10, "messages", SQS_QUOTAS)
SQS_FIFO_TPS = _limit("sqs.fifo_tps", "SQS FIFO API calls per second per action", 300, "calls/s", SQS_QUOTAS)
SQS_FIFO_HIGH_THROUGHPUT_TPS = _limit(
    "sqs.fifo_high_throughput_tps",
    "SQS high-throughput FIFO API calls per second per action (us-east-1)",
    70_000,
    "calls/s",
    SQS_QUOTAS,
    evidence="third-party",
)

# --- API Gateway --------------------------------------------------------------------------------------
APIGW_ACCOUNT_RPS = _limit("apigw.account_rps", "API Gateway account throttle (steady)", 10_000, "requests/s", APIGW_QUOTAS)
APIGW_ACCOUNT_BURST = _limit("apigw.account_burst", "API Gateway account burst", 5000, "requests", APIGW_QUOTAS)
APIGW_TIMEOUT_S = _limit(
    "apigw.timeout_s",
    "API Gateway REST integration timeout (default)",
    29,
    "seconds",
    APIGW_QUOTAS,
    note="Regional and private REST APIs can raise it through a quota request since 2024-06.",
)

# --- VPC ----------------------------------------------------------------------------------------------
VPC_RESERVED_IPS = _limit("vpc.reserved_ips", "IP addresses AWS reserves in each subnet", 5, "addresses", VPC_SUBNETS)
VPC_MIN_PREFIX = _limit("vpc.min_prefix", "Largest VPC or subnet block", 16, "prefix length (/16)", VPC_SUBNETS)
VPC_MAX_PREFIX = _limit("vpc.max_prefix", "Smallest VPC or subnet block", 28, "prefix length (/28)", VPC_SUBNETS)

# --- EKS and Kubernetes -------------------------------------------------------------------------------
EKS_PD_CAP_SMALL = _limit(
    "eks.prefix_delegation_cap_small",
    "EKS max pods with prefix delegation, under 30 vCPUs",
    110,
    "pods",
    EKS_MAX_PODS,
    evidence="recalled",
)
EKS_PD_CAP_LARGE = _limit(
    "eks.prefix_delegation_cap_large",
    "EKS max pods with prefix delegation, 30 vCPUs or more",
    250,
    "pods",
    EKS_MAX_PODS,
    evidence="recalled",
)
EKS_KUBE_RESERVED_MIB_PER_POD = _limit(
    "eks.kube_reserved_mib_per_pod", "EKS kube-reserved memory per pod", 11, "MiB", EKS_MAX_PODS
)
EKS_KUBE_RESERVED_BASE_MIB = _limit("eks.kube_reserved_base_mib", "EKS kube-reserved memory base", 255, "MiB", EKS_MAX_PODS)
K8S_HPA_TOLERANCE = _limit("k8s.hpa_tolerance", "Kubernetes HPA default tolerance", 0.1, "ratio", K8S_HPA)
K8S_MAX_PODS_PER_NODE = _limit("k8s.max_pods_per_node", "Kubernetes kubelet default max pods", 110, "pods per node", K8S_LARGE)

# --- added for cloudfront_cost (calculator catalogue) ---------------------------------------------------
CLOUDFRONT_FREE_DTO_TB = _limit(
    "cloudfront.free_dto_tb",
    "CloudFront always-free data transfer out",
    1,
    "TB a month",
    "https://aws.amazon.com/cloudfront/pricing/",
)
CLOUDFRONT_FREE_REQUESTS = _limit(
    "cloudfront.free_requests",
    "CloudFront always-free requests",
    10_000_000,
    "HTTP or HTTPS requests a month",
    "https://aws.amazon.com/cloudfront/pricing/",
)

# --- Kubernetes (added for k8s_hpa, eks_max_pods and k8s_node_packing, calculator catalogue) -----------
EKS_PREFIX_ADDRESSES = _limit(
    "eks.prefix_addresses",
    "Addresses in one delegated prefix (/28) with VPC CNI prefix delegation",
    16,
    "addresses",
    "https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html",
    evidence="third-party",
)
EKS_PD_CAP_VCPU_THRESHOLD = _limit(
    "eks.prefix_delegation_cap_vcpus",
    "EKS max-pods ceiling switches from 110 to 250 pods at",
    30,
    "vCPUs",
    EKS_MAX_PODS,
    evidence="recalled",
)
K8S_HPA_SYNC_SECONDS = _limit("k8s.hpa_sync_seconds", "Kubernetes HPA control loop period (default)", 15, "seconds", K8S_HPA)
K8S_HPA_SCALE_DOWN_WINDOW_S = _limit(
    "k8s.hpa_scale_down_window_s",
    "Kubernetes HPA scale-down stabilization window (default)",
    300,
    "seconds",
    K8S_HPA,
    evidence="recalled",
)
K8S_MAX_PODS_PER_CLUSTER = _limit(
    "k8s.max_pods_per_cluster",
    "Kubernetes tested limit: pods per cluster",
    150_000,
    "pods",
    K8S_LARGE,
)
K8S_MAX_NODES_PER_CLUSTER = _limit(
    "k8s.max_nodes_per_cluster",
    "Kubernetes tested limit: nodes per cluster",
    5000,
    "nodes",
    K8S_LARGE,
)

# --- added from the pages' fact requests (guide prose) -------------------------------------------------
DDB_SWITCHING = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-switching-capacity-modes.html"
DDB_LSI = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html"
DDB_PAGINATION = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html"
DDB_TRANSACTIONS = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transaction-apis.html"
DDB_BURST = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/burst-adaptive-capacity.html"
KDS_RETENTION = "https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html"
KDS_LARGE_RECORDS = "https://docs.aws.amazon.com/streams/latest/dev/large-records.html"
KDS_PUT_RECORDS = "https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html"
LAMBDA_KINESIS = "https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html"
LAMBDA_EPHEMERAL = "https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html"
LAMBDA_ASYNC = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html"
S3_CLASSES = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html"
APIGW_HTTP_QUOTAS = "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html"
APIGW_WEBSOCKET_QUOTAS = (
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html"
)
SQS_VISIBILITY = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html"
CLOUDFRONT_PRICING_WHITEPAPER = "https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/cloudfront.html"
CLOUDFRONT_FEATURES = "https://aws.amazon.com/cloudfront/features/"
EC2_SPOT_NOTICE = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html"
EBS_GP3 = "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html"
EBS_IO2 = "https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html"
ELB_PRICING = "https://aws.amazon.com/elasticloadbalancing/pricing/"
ALB_QUOTAS = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html"
RDS_READ_REPLICA = "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstanceReadReplica.html"
RDS_FAILOVER_CLUSTER = "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_FailoverDBCluster.html"
RDS_STORAGE = "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIOPS.ModifyingExisting.html"
AURORA_REPLICATION = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Replication.html"
AURORA_LIMITS = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html"
AURORA_SERVERLESS_V2 = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.requirements.html"
ELASTICACHE_SHARDS = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Shards.html"
IAM_QUOTAS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html"
CFN_QUOTAS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html"

# DynamoDB
DDB_ACCOUNT_WCU_QUOTA = _limit(
    "dynamodb.account_wcu_quota",
    "DynamoDB default per-account write quota (provisioned, per Region)",
    80_000,
    "WCU",
    DDB_QUOTAS,
    note="Adjustable through Service Quotas.",
)
DDB_ACCOUNT_RCU_QUOTA = _limit(
    "dynamodb.account_rcu_quota",
    "DynamoDB default per-account read quota (provisioned, per Region)",
    80_000,
    "RCU",
    DDB_QUOTAS,
    note="Adjustable through Service Quotas.",
)
DDB_ON_DEMAND_INITIAL_WRU = _limit(
    "dynamodb.on_demand_initial_wru",
    "DynamoDB new on-demand table, writes it can serve at once (warm throughput)",
    4000,
    "write request units/s",
    DDB_WARM,
)
DDB_ON_DEMAND_INITIAL_RRU = _limit(
    "dynamodb.on_demand_initial_rru",
    "DynamoDB new on-demand table, reads it can serve at once (warm throughput)",
    12_000,
    "read request units/s",
    DDB_WARM,
)
DDB_GSI_PER_TABLE = _limit(
    "dynamodb.gsi_per_table",
    "DynamoDB global secondary indexes per table (default)",
    20,
    "GSIs",
    DDB_QUOTAS,
    evidence="third-party",
    note="Adjustable through Service Quotas.",
)
DDB_LSI_PER_TABLE = _limit(
    "dynamodb.lsi_per_table",
    "DynamoDB local secondary indexes per table",
    5,
    "LSIs",
    DDB_QUOTAS,
    evidence="third-party",
    note="Fixed; defined only when the table is created.",
)
DDB_LSI_ITEM_COLLECTION_GB = _limit(
    "dynamodb.lsi_item_collection_gb",
    "DynamoDB item collection size when the table has an LSI",
    10,
    "GB per partition-key value",
    DDB_LSI,
)
DDB_BATCH_GET_ITEMS = _limit("dynamodb.batch_get_items", "DynamoDB BatchGetItem items per call", 100, "items", DDB_RW)
DDB_QUERY_PAGE_MB = _limit(
    "dynamodb.query_page_mb", "DynamoDB data read per Query or Scan call", 1, "MB per page", DDB_PAGINATION
)
DDB_MODE_SWITCHES = _limit(
    "dynamodb.mode_switches_per_day",
    "DynamoDB switches from provisioned to on-demand",
    4,
    "times per rolling 24 hours",
    DDB_SWITCHING,
    note="Switching back from on-demand to provisioned is allowed at any time.",
)
DDB_TRANSACT_ITEMS = _limit(
    "dynamodb.transact_items",
    "DynamoDB items per TransactWriteItems or TransactGetItems call",
    100,
    "items",
    DDB_TRANSACTIONS,
    evidence="recalled",
    note="Raised from 25 in 2022.",
)
DDB_BURST_SECONDS = _limit(
    "dynamodb.burst_seconds",
    "DynamoDB burst capacity: unused provisioned capacity kept for spikes",
    300,
    "seconds",
    DDB_BURST,
    evidence="recalled",
    note="Best effort; not a figure to size on.",
)

# Kinesis Data Streams and its Lambda consumers
KDS_DEFAULT_RETENTION_HOURS = _limit("kinesis.default_retention_hours", "Kinesis default retention", 24, "hours", KDS_RETENTION)
KDS_GET_RECORDS_PER_SHARD = _limit(
    "kinesis.get_records_per_shard_s",
    "Kinesis GetRecords calls per shard, shared by polling consumers",
    5,
    "calls/s",
    KDS_QUOTAS,
    evidence="third-party",
)
KDS_MAX_RECORD_CONFIGURABLE_MIB = _limit(
    "kinesis.max_record_configurable_mib",
    "Kinesis largest configurable record size per stream",
    10,
    "MiB",
    KDS_LARGE_RECORDS,
    note="The shard's 1 MiB/s write limit still applies.",
)
KDS_ON_DEMAND_INITIAL_WRITE_MB = _limit(
    "kinesis.on_demand_initial_write_mb",
    "Kinesis new on-demand stream, initial write capacity",
    4,
    "MB/s",
    KDS_QUOTAS,
    note="Initial read capacity is 8 MB/s.",
)
KDS_PUT_RECORDS_MAX = _limit(
    "kinesis.put_records_max", "Kinesis records per PutRecords call", 500, "records", KDS_PUT_RECORDS, evidence="recalled"
)
LAMBDA_PARALLELIZATION_FACTOR_MAX = _limit(
    "lambda.kinesis_parallelization_factor_max",
    "Lambda parallelization factor for a Kinesis or DynamoDB stream (maximum)",
    10,
    "concurrent batches per shard",
    LAMBDA_KINESIS,
    evidence="recalled",
)

# Lambda
LAMBDA_TMP_DEFAULT_MB = _limit("lambda.tmp_default_mb", "Lambda /tmp (ephemeral storage) default", 512, "MB", LAMBDA_EPHEMERAL)
LAMBDA_PACKAGE_ZIP_MB = _limit(
    "lambda.package_zip_mb", "Lambda deployment package, zipped, direct upload", 50, "MB", LAMBDA_LIMITS
)
LAMBDA_PACKAGE_UNZIPPED_MB = _limit(
    "lambda.package_unzipped_mb", "Lambda deployment package, unzipped, including layers", 250, "MB", LAMBDA_LIMITS
)
LAMBDA_LAYERS_MAX = _limit("lambda.layers_max", "Lambda layers per function", 5, "layers", LAMBDA_LIMITS)
LAMBDA_IMAGE_MAX_GB = _limit(
    "lambda.image_max_gb",
    "Lambda container image size (uncompressed)",
    10,
    "GB",
    LAMBDA_LIMITS,
    evidence="third-party",
)
LAMBDA_ASYNC_MAX_EVENT_AGE_H = _limit(
    "lambda.async_max_event_age_h",
    "Lambda asynchronous event age, default and maximum",
    6,
    "hours",
    LAMBDA_ASYNC,
    evidence="recalled",
)

# S3 storage classes
S3_IA_MIN_STORAGE_DAYS = _limit(
    "s3.ia_min_storage_days", "S3 Standard-IA and One Zone-IA minimum storage duration", 30, "days", S3_CLASSES
)
S3_GLACIER_MIN_STORAGE_DAYS = _limit(
    "s3.glacier_min_storage_days",
    "S3 Glacier Instant and Flexible Retrieval minimum storage duration",
    90,
    "days",
    S3_CLASSES,
)
S3_DEEP_ARCHIVE_MIN_STORAGE_DAYS = _limit(
    "s3.deep_archive_min_storage_days", "S3 Glacier Deep Archive minimum storage duration", 180, "days", S3_CLASSES
)
S3_IA_MIN_OBJECT_KB = _limit(
    "s3.ia_min_object_kb",
    "S3 minimum billable object size (Standard-IA, One Zone-IA, Glacier Instant Retrieval)",
    128,
    "KB",
    S3_CLASSES,
    note="Intelligent-Tiering does not monitor or tier objects below this size.",
)
S3_INT_INFREQUENT_AFTER_DAYS = _limit(
    "s3.intelligent_tiering_infrequent_after_days",
    "S3 Intelligent-Tiering: days without access before the Infrequent Access tier",
    30,
    "days",
    S3_CLASSES,
)
S3_INT_ARCHIVE_INSTANT_AFTER_DAYS = _limit(
    "s3.intelligent_tiering_archive_instant_after_days",
    "S3 Intelligent-Tiering: days without access before the Archive Instant Access tier",
    90,
    "days",
    S3_CLASSES,
)
S3_DURABILITY_NINES = _limit(
    "s3.durability_nines",
    "S3 designed durability, every storage class",
    11,
    "nines (99.999999999%)",
    S3_CLASSES,
)
S3_GLACIER_FLEXIBLE_EXPEDITED_MINUTES = _limit(
    "s3.glacier_flexible_expedited_minutes",
    "S3 Glacier Flexible Retrieval, expedited retrieval time (upper end)",
    5,
    "minutes",
    S3_CLASSES,
    note="Typically 1 to 5 minutes.",
)
S3_GLACIER_FLEXIBLE_STANDARD_HOURS = _limit(
    "s3.glacier_flexible_standard_hours",
    "S3 Glacier Flexible Retrieval, standard retrieval time (upper end)",
    5,
    "hours",
    S3_CLASSES,
    evidence="third-party",
    note="Typically 3 to 5 hours.",
)
S3_GLACIER_FLEXIBLE_BULK_HOURS = _limit(
    "s3.glacier_flexible_bulk_hours",
    "S3 Glacier Flexible Retrieval, bulk retrieval time (upper end)",
    12,
    "hours",
    S3_CLASSES,
    evidence="third-party",
    note="Typically 5 to 12 hours.",
)
S3_DEEP_ARCHIVE_STANDARD_HOURS = _limit(
    "s3.deep_archive_standard_hours", "S3 Glacier Deep Archive, standard retrieval time (within)", 12, "hours", S3_CLASSES
)
S3_DEEP_ARCHIVE_BULK_HOURS = _limit(
    "s3.deep_archive_bulk_hours", "S3 Glacier Deep Archive, bulk retrieval time (within)", 48, "hours", S3_CLASSES
)

# API Gateway
APIGW_HTTP_TIMEOUT_S = _limit(
    "apigw.http_timeout_s", "API Gateway HTTP API integration timeout (maximum)", 30, "seconds", APIGW_HTTP_QUOTAS
)
APIGW_MAX_PAYLOAD_MB = _limit(
    "apigw.max_payload_mb",
    "API Gateway request payload, REST and HTTP APIs",
    10,
    "MB",
    APIGW_QUOTAS,
    evidence="recalled",
)
APIGW_WEBSOCKET_NEW_CONNECTIONS = _limit(
    "apigw.websocket_new_connections_per_s",
    "API Gateway WebSocket new connections per account and Region",
    500,
    "connections/s",
    APIGW_WEBSOCKET_QUOTAS,
    note="Adjustable. There is no quota on concurrent connections.",
)
APIGW_WEBSOCKET_MAX_CONNECTION_H = _limit(
    "apigw.websocket_max_connection_h",
    "API Gateway WebSocket maximum connection duration",
    2,
    "hours",
    APIGW_WEBSOCKET_QUOTAS,
)
APIGW_WEBSOCKET_IDLE_TIMEOUT_MIN = _limit(
    "apigw.websocket_idle_timeout_min", "API Gateway WebSocket idle connection timeout", 10, "minutes", APIGW_WEBSOCKET_QUOTAS
)
APIGW_WEBSOCKET_MESSAGE_KB = _limit(
    "apigw.websocket_message_kb", "API Gateway WebSocket message size", 128, "KB", APIGW_WEBSOCKET_QUOTAS
)
APIGW_WEBSOCKET_FRAME_KB = _limit(
    "apigw.websocket_frame_kb", "API Gateway WebSocket frame size", 32, "KB", APIGW_WEBSOCKET_QUOTAS
)

# SQS and EventBridge
SQS_DEFAULT_VISIBILITY_TIMEOUT_S = _limit(
    "sqs.default_visibility_timeout_s", "SQS default visibility timeout", 30, "seconds", SQS_VISIBILITY
)
SQS_MAX_VISIBILITY_TIMEOUT_H = _limit(
    "sqs.max_visibility_timeout_h", "SQS maximum visibility timeout", 12, "hours", SQS_VISIBILITY
)
SQS_MIN_RETENTION_S = _limit("sqs.min_retention_s", "SQS minimum message retention", 60, "seconds", SQS_QUOTAS)
SQS_DEFAULT_RETENTION_DAYS = _limit("sqs.default_retention_days", "SQS default message retention", 4, "days", SQS_QUOTAS)
SQS_MAX_RETENTION_DAYS = _limit("sqs.max_retention_days", "SQS maximum message retention", 14, "days", SQS_QUOTAS)
SQS_LONG_POLL_MAX_S = _limit("sqs.long_poll_max_s", "SQS long polling, longest wait (WaitTimeSeconds)", 20, "seconds", SQS_QUOTAS)
SQS_MAX_DELAY_MIN = _limit(
    "sqs.max_delay_min",
    "SQS maximum delivery delay, per queue or per message",
    15,
    "minutes",
    SQS_QUOTAS,
    evidence="recalled",
)
EVENTBRIDGE_MAX_EVENT_KIB = _limit(
    "eventbridge.max_event_kib",
    "EventBridge maximum event size",
    1024,
    "KiB",
    SQS_BLOG,
    evidence="third-party",
    note="Raised from 256 KB in January 2026.",
)

# CloudFront
CLOUDFRONT_FREE_INVALIDATION_PATHS = _limit(
    "cloudfront.free_invalidation_paths",
    "CloudFront invalidation paths free each month",
    1000,
    "paths a month",
    CLOUDFRONT_PRICING_WHITEPAPER,
    note="A wildcard path counts as one path.",
)
CLOUDFRONT_POPS = _limit(
    "cloudfront.pops",
    "CloudFront points of presence (more than), plus 13 Regional Edge Caches",
    600,
    "points of presence",
    CLOUDFRONT_FEATURES,
    evidence="third-party",
    note="Figure reported in 2024; the network keeps growing.",
)

# EC2 and EBS
EC2_SPOT_NOTICE_MIN = _limit(
    "ec2.spot_interruption_notice_min",
    "EC2 Spot interruption notice",
    2,
    "minutes",
    EC2_SPOT_NOTICE,
    note="Sent through EventBridge and instance metadata.",
)
EBS_GP3_BASELINE_IOPS = _limit("ebs.gp3_baseline_iops", "EBS gp3 baseline, any volume size", 3000, "IOPS", EBS_GP3)
EBS_GP3_BASELINE_MIBPS = _limit("ebs.gp3_baseline_mibps", "EBS gp3 baseline throughput, any volume size", 125, "MiB/s", EBS_GP3)
EBS_GP3_MAX_IOPS = _limit(
    "ebs.gp3_max_iops",
    "EBS gp3 maximum per volume",
    80_000,
    "IOPS",
    EBS_GP3,
    evidence="third-party",
    note="Raised in 2025 from 16,000 IOPS.",
)
EBS_GP3_MAX_MIBPS = _limit(
    "ebs.gp3_max_mibps",
    "EBS gp3 maximum throughput per volume",
    2000,
    "MiB/s",
    EBS_GP3,
    evidence="third-party",
    note="Raised in 2025 from 1,000 MiB/s.",
)
EBS_GP3_MAX_TIB = _limit(
    "ebs.gp3_max_tib",
    "EBS gp3 maximum volume size",
    64,
    "TiB",
    EBS_GP3,
    evidence="third-party",
    note="Raised in 2025 from 16 TiB.",
)
EBS_IO2_BX_MAX_IOPS = _limit(
    "ebs.io2_block_express_max_iops", "EBS io2 Block Express maximum per volume", 256_000, "IOPS", EBS_IO2
)
EBS_IO2_BX_MAX_MIBPS = _limit(
    "ebs.io2_block_express_max_mibps", "EBS io2 Block Express maximum throughput per volume", 4000, "MiB/s", EBS_IO2
)
EBS_IO2_BX_MAX_TIB = _limit("ebs.io2_block_express_max_tib", "EBS io2 Block Express maximum volume size", 64, "TiB", EBS_IO2)

# Elastic Load Balancing: the four LCU dimensions (an hour is billed on the largest) and ALB quotas
ELB_LCU_NEW_CONNECTIONS = _limit(
    "elb.lcu_new_connections_per_s",
    "ALB LCU dimension: new connections",
    25,
    "new connections/s per LCU",
    ELB_PRICING,
    evidence="third-party",
)
ELB_LCU_ACTIVE_CONNECTIONS = _limit(
    "elb.lcu_active_connections_per_min",
    "ALB LCU dimension: active connections",
    3000,
    "active connections/min per LCU",
    ELB_PRICING,
    evidence="third-party",
)
ELB_LCU_PROCESSED_GB = _limit(
    "elb.lcu_processed_gb_per_hour",
    "ALB LCU dimension: processed bytes (EC2, container and IP targets)",
    1,
    "GB/hour per LCU",
    ELB_PRICING,
    evidence="third-party",
)
ELB_LCU_PROCESSED_GB_LAMBDA = _limit(
    "elb.lcu_processed_gb_per_hour_lambda",
    "ALB LCU dimension: processed bytes (Lambda targets)",
    0.4,
    "GB/hour per LCU",
    ELB_PRICING,
    evidence="third-party",
)
ELB_LCU_RULE_EVALUATIONS = _limit(
    "elb.lcu_rule_evaluations_per_s",
    "ALB LCU dimension: rule evaluations",
    1000,
    "rule evaluations/s per LCU",
    ELB_PRICING,
    evidence="third-party",
)
ELB_LCU_FREE_RULES = _limit(
    "elb.lcu_free_rules",
    "ALB rules processed free of the rule-evaluation dimension",
    10,
    "rules",
    ELB_PRICING,
    evidence="third-party",
)
ALB_TARGETS_PER_LB = _limit(
    "elb.alb_targets_per_lb", "Targets per Application Load Balancer (default)", 1000, "targets", ALB_QUOTAS, evidence="recalled"
)
ALB_RULES_PER_LB = _limit(
    "elb.alb_rules_per_lb",
    "Rules per Application Load Balancer, excluding default rules (default)",
    100,
    "rules",
    ALB_QUOTAS,
    evidence="recalled",
)

# RDS, Aurora and ElastiCache
RDS_READ_REPLICAS_MAX = _limit(
    "rds.read_replicas_max",
    "RDS read replicas per source (MySQL, MariaDB, PostgreSQL)",
    15,
    "replicas",
    RDS_READ_REPLICA,
)
RDS_READ_REPLICAS_MAX_COMMERCIAL = _limit(
    "rds.read_replicas_max_commercial",
    "RDS read replicas per source (Oracle, SQL Server)",
    5,
    "replicas",
    RDS_READ_REPLICA,
)
AURORA_REPLICAS_MAX = _limit("aurora.replicas_max", "Aurora Replicas per cluster", 15, "replicas", AURORA_REPLICATION)
RDS_MULTI_AZ_CLUSTER_FAILOVER_S = _limit(
    "rds.multi_az_cluster_failover_s",
    "RDS Multi-AZ DB cluster failover, typically under",
    35,
    "seconds",
    RDS_FAILOVER_CLUSTER,
)
AURORA_STORAGE_MAX_TIB = _limit(
    "aurora.storage_max_tib",
    "Aurora cluster volume maximum (documented)",
    128,
    "TiB",
    AURORA_LIMITS,
    note="256 TiB on newer engine versions since 2025 (third-party report).",
)
RDS_STORAGE_MAX_TIB = _limit(
    "rds.storage_max_tib",
    "RDS storage per instance",
    64,
    "TiB",
    RDS_STORAGE,
    note="Oracle and SQL Server reach 256 TiB with additional volumes.",
)
AURORA_SERVERLESS_V2_MAX_ACU = _limit(
    "aurora.serverless_v2_max_acu", "Aurora Serverless v2 maximum capacity", 256, "ACUs", AURORA_SERVERLESS_V2
)
AURORA_SERVERLESS_V2_STEP_ACU = _limit(
    "aurora.serverless_v2_step_acu",
    "Aurora Serverless v2 scaling step",
    0.5,
    "ACU",
    AURORA_SERVERLESS_V2,
    note="One ACU is about 2 GiB of memory with matching CPU.",
)
ELASTICACHE_NODES_PER_SHARD = _limit(
    "elasticache.nodes_per_shard",
    "ElastiCache nodes per shard (one primary, five replicas)",
    6,
    "nodes",
    ELASTICACHE_SHARDS,
)
ELASTICACHE_CLUSTER_NODES_DEFAULT = _limit(
    "elasticache.cluster_nodes_default",
    "ElastiCache cluster-mode nodes per cluster (default quota)",
    90,
    "nodes",
    ELASTICACHE_SHARDS,
)
ELASTICACHE_CLUSTER_NODES_MAX = _limit(
    "elasticache.cluster_nodes_max",
    "ElastiCache cluster-mode nodes or shards per cluster (raised quota)",
    500,
    "nodes or shards",
    ELASTICACHE_SHARDS,
    note="Valkey 7.2+ and Redis OSS 5.0.6+.",
)

# IAM and CloudFormation
IAM_MANAGED_POLICIES_PER_ROLE = _limit(
    "iam.managed_policies_per_role",
    "IAM managed policies attached to a role or user (default)",
    10,
    "policies",
    IAM_QUOTAS,
    evidence="recalled",
    note="Adjustable through Service Quotas.",
)
IAM_MANAGED_POLICY_CHARS = _limit(
    "iam.managed_policy_chars",
    "IAM managed policy document size (whitespace excluded)",
    6144,
    "characters",
    IAM_QUOTAS,
    evidence="recalled",
)
CFN_RESOURCES_PER_TEMPLATE = _limit(
    "cloudformation.resources_per_template",
    "CloudFormation resources per template",
    500,
    "resources",
    CFN_QUOTAS,
    evidence="recalled",
)
CFN_TEMPLATE_BODY_BYTES = _limit(
    "cloudformation.template_body_bytes",
    "CloudFormation template body passed in the API call",
    51_200,
    "bytes",
    CFN_QUOTAS,
    evidence="recalled",
)
CFN_TEMPLATE_S3_MB = _limit(
    "cloudformation.template_s3_mb",
    "CloudFormation template uploaded to S3",
    1,
    "MB",
    CFN_QUOTAS,
    evidence="recalled",
)

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

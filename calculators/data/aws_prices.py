"""AWS list prices used by the calculators: us-east-1, on-demand, USD, free tier excluded unless named.

Each value was read on the date in ``CHECKED``. Where AWS's own page could not be read directly, the
figure was taken from third-party copies of it and is marked ``evidence="third-party"``; check those
against the linked AWS page before quoting them. A refresh changes values and ``CHECKED`` in one commit.
"""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

CHECKED = date(2026, 11, 1)

DYNAMODB_PRICING = "https://aws.amazon.com/dynamodb/pricing/"
KINESIS_PRICING = "https://aws.amazon.com/kinesis/data-streams/pricing/"
LAMBDA_PRICING = "https://aws.amazon.com/lambda/pricing/"
S3_PRICING = "https://aws.amazon.com/s3/pricing/"
SQS_PRICING = "https://aws.amazon.com/sqs/pricing/"
API_GATEWAY_PRICING = "https://aws.amazon.com/api-gateway/pricing/"
CLOUDFRONT_PRICING = "https://aws.amazon.com/cloudfront/pricing/"
EC2_PRICING = "https://aws.amazon.com/ec2/pricing/on-demand/"
VPC_PRICING = "https://aws.amazon.com/vpc/pricing/"
EKS_PRICING = "https://aws.amazon.com/eks/pricing/"
ELB_PRICING = "https://aws.amazon.com/elasticloadbalancing/pricing/"
ROUTE53_PRICING = "https://aws.amazon.com/route53/pricing/"
LAMBDA_CALCULATOR_FILE = "https://calculator.aws/#/createCalculator/Lambda"


def _usd(key: str, label: str, value: float, unit: str, source: str, evidence: str = "third-party", note: str = "") -> Fact:
    return Fact(key=key, label=label, value=value, unit=unit, as_of=CHECKED, source=source, evidence=evidence, note=note)


# --- DynamoDB -----------------------------------------------------------------------------------
DYNAMODB_WCU_HOUR = _usd(
    "dynamodb.wcu_hour", "DynamoDB provisioned write capacity", 0.00065, "USD per WCU-hour", DYNAMODB_PRICING
)
DYNAMODB_RCU_HOUR = _usd("dynamodb.rcu_hour", "DynamoDB provisioned read capacity", 0.00013, "USD per RCU-hour", DYNAMODB_PRICING)
DYNAMODB_WRU_MILLION = _usd(
    "dynamodb.wru_million",
    "DynamoDB on-demand writes",
    0.625,
    "USD per million write request units",
    DYNAMODB_PRICING,
    note="Halved from $1.25 on 2024-11-01.",
)
DYNAMODB_RRU_MILLION = _usd(
    "dynamodb.rru_million",
    "DynamoDB on-demand reads",
    0.125,
    "USD per million read request units",
    DYNAMODB_PRICING,
    note="Halved from $0.25 on 2024-11-01.",
)
DYNAMODB_STORAGE_GB_MONTH = _usd(
    "dynamodb.storage_gb_month",
    "DynamoDB Standard table storage",
    0.25,
    "USD per GB-month",
    DYNAMODB_PRICING,
    note="First 25 GB a month are free; the calculators do not subtract it.",
)

# --- Kinesis Data Streams (provisioned mode) ----------------------------------------------------
KINESIS_SHARD_HOUR = _usd("kinesis.shard_hour", "Kinesis shard", 0.015, "USD per shard-hour", KINESIS_PRICING)
KINESIS_PUT_UNIT_MILLION = _usd(
    "kinesis.put_unit_million",
    "Kinesis PUT payload units",
    0.014,
    "USD per million 25 KB units",
    KINESIS_PRICING,
)
KINESIS_EFO_CONSUMER_SHARD_HOUR = _usd(
    "kinesis.efo_consumer_shard_hour",
    "Kinesis enhanced fan-out",
    0.015,
    "USD per consumer-shard-hour",
    KINESIS_PRICING,
)
KINESIS_EFO_GB = _usd("kinesis.efo_gb", "Kinesis enhanced fan-out data retrieval", 0.013, "USD per GB", KINESIS_PRICING)
KINESIS_EXTENDED_RETENTION_SHARD_HOUR = _usd(
    "kinesis.extended_retention_shard_hour",
    "Kinesis extended retention (up to 7 days)",
    0.020,
    "USD per shard-hour",
    KINESIS_PRICING,
)

# --- Lambda --------------------------------------------------------------------------------------
LAMBDA_REQUEST_MILLION = _usd(
    "lambda.request_million",
    "Lambda requests",
    0.20,
    "USD per million requests",
    LAMBDA_PRICING,
    evidence="aws",
)
LAMBDA_GB_SECOND_X86 = _usd(
    "lambda.gb_second_x86",
    "Lambda duration, x86_64 (first 6 billion GB-s a month)",
    0.0000166667,
    "USD per GB-second",
    LAMBDA_PRICING,
    evidence="aws",
)
LAMBDA_GB_SECOND_ARM = _usd(
    "lambda.gb_second_arm",
    "Lambda duration, arm64 (first 7.5 billion GB-s a month)",
    0.0000133334,
    "USD per GB-second",
    LAMBDA_PRICING,
    evidence="aws",
)
LAMBDA_GB_SECOND_X86_TIER2 = _usd(
    "lambda.gb_second_x86_tier2",
    "Lambda duration, x86_64 (next 9 billion GB-s a month)",
    0.000015,
    "USD per GB-second",
    LAMBDA_PRICING,
)
LAMBDA_GB_SECOND_X86_TIER3 = _usd(
    "lambda.gb_second_x86_tier3",
    "Lambda duration, x86_64 (over 15 billion GB-s a month)",
    0.0000133334,
    "USD per GB-second",
    LAMBDA_PRICING,
)
LAMBDA_GB_SECOND_ARM_TIER2 = _usd(
    "lambda.gb_second_arm_tier2",
    "Lambda duration, arm64 (next 11.25 billion GB-s a month)",
    0.0000120001,
    "USD per GB-second",
    LAMBDA_PRICING,
)
LAMBDA_GB_SECOND_ARM_TIER3 = _usd(
    "lambda.gb_second_arm_tier3",
    "Lambda duration, arm64 (over 18.75 billion GB-s a month)",
    0.0000106667,
    "USD per GB-second",
    LAMBDA_PRICING,
    evidence="recalled",
)
LAMBDA_PROVISIONED_GB_SECOND_X86 = _usd(
    "lambda.provisioned_gb_second_x86",
    "Lambda provisioned concurrency, x86_64 (while configured)",
    0.0000041667,
    "USD per GB-second",
    LAMBDA_PRICING,
    evidence="aws",
)
LAMBDA_PROVISIONED_DURATION_GB_SECOND_X86 = _usd(
    "lambda.provisioned_duration_gb_second_x86",
    "Lambda duration on provisioned concurrency, x86_64",
    0.0000097222,
    "USD per GB-second",
    LAMBDA_PRICING,
    evidence="aws",
)

# --- S3 (Standard tiers and other classes, per GB-month; GB = 2^30 bytes as S3 bills) -----------
S3_STANDARD_FIRST_50TB = _usd("s3.standard_first_50tb", "S3 Standard storage, first 50 TB", 0.023, "USD per GB-month", S3_PRICING)
S3_STANDARD_NEXT_450TB = _usd("s3.standard_next_450tb", "S3 Standard storage, next 450 TB", 0.022, "USD per GB-month", S3_PRICING)
S3_STANDARD_OVER_500TB = _usd("s3.standard_over_500tb", "S3 Standard storage, over 500 TB", 0.021, "USD per GB-month", S3_PRICING)
S3_STANDARD_IA = _usd("s3.standard_ia", "S3 Standard-IA storage", 0.0125, "USD per GB-month", S3_PRICING)
S3_ONE_ZONE_IA = _usd("s3.one_zone_ia", "S3 One Zone-IA storage", 0.01, "USD per GB-month", S3_PRICING)
S3_GLACIER_INSTANT = _usd("s3.glacier_instant", "S3 Glacier Instant Retrieval storage", 0.004, "USD per GB-month", S3_PRICING)
S3_GLACIER_FLEXIBLE = _usd("s3.glacier_flexible", "S3 Glacier Flexible Retrieval storage", 0.0036, "USD per GB-month", S3_PRICING)
S3_DEEP_ARCHIVE = _usd("s3.deep_archive", "S3 Glacier Deep Archive storage", 0.00099, "USD per GB-month", S3_PRICING)
S3_INT_MONITORING_1000_OBJECTS = _usd(
    "s3.intelligent_tiering_monitoring",
    "S3 Intelligent-Tiering monitoring",
    0.0025,
    "USD per 1,000 objects a month",
    S3_PRICING,
)
S3_STANDARD_PUT_1000 = _usd(
    "s3.standard_put_1000", "S3 Standard PUT, COPY, POST, LIST", 0.005, "USD per 1,000 requests", S3_PRICING
)
S3_STANDARD_GET_1000 = _usd("s3.standard_get_1000", "S3 Standard GET, SELECT", 0.0004, "USD per 1,000 requests", S3_PRICING)
S3_IA_PUT_1000 = _usd("s3.ia_put_1000", "S3 Standard-IA / One Zone-IA PUT", 0.01, "USD per 1,000 requests", S3_PRICING)
S3_IA_GET_1000 = _usd("s3.ia_get_1000", "S3 Standard-IA / One Zone-IA GET", 0.001, "USD per 1,000 requests", S3_PRICING)
S3_GLACIER_INSTANT_PUT_1000 = _usd(
    "s3.glacier_instant_put_1000", "S3 Glacier Instant Retrieval PUT", 0.02, "USD per 1,000 requests", S3_PRICING
)
S3_GLACIER_INSTANT_GET_1000 = _usd(
    "s3.glacier_instant_get_1000", "S3 Glacier Instant Retrieval GET", 0.01, "USD per 1,000 requests", S3_PRICING
)
S3_GLACIER_PUT_1000 = _usd(
    "s3.glacier_put_1000",
    "S3 Glacier Flexible Retrieval / Deep Archive PUT",
    0.05,
    "USD per 1,000 requests",
    S3_PRICING,
    evidence="recalled",
)
S3_IA_RETRIEVAL_GB = _usd("s3.ia_retrieval_gb", "S3 Standard-IA / One Zone-IA retrieval", 0.01, "USD per GB", S3_PRICING)
S3_GLACIER_INSTANT_RETRIEVAL_GB = _usd(
    "s3.glacier_instant_retrieval_gb", "S3 Glacier Instant Retrieval retrieval", 0.03, "USD per GB", S3_PRICING
)
S3_GLACIER_FLEXIBLE_STANDARD_RETRIEVAL_GB = _usd(
    "s3.glacier_flexible_retrieval_gb",
    "S3 Glacier Flexible Retrieval, standard retrieval",
    0.01,
    "USD per GB",
    S3_PRICING,
)
S3_DEEP_ARCHIVE_STANDARD_RETRIEVAL_GB = _usd(
    "s3.deep_archive_retrieval_gb",
    "S3 Glacier Deep Archive, standard retrieval",
    0.02,
    "USD per GB",
    S3_PRICING,
)

# --- SQS ----------------------------------------------------------------------------------------
SQS_STANDARD_MILLION = _usd(
    "sqs.standard_million", "SQS Standard requests, first 100 billion a month", 0.40, "USD per million requests", SQS_PRICING
)
SQS_FIFO_MILLION = _usd(
    "sqs.fifo_million", "SQS FIFO requests, first 100 billion a month", 0.50, "USD per million requests", SQS_PRICING
)

# --- API Gateway ----------------------------------------------------------------------------------
APIGW_REST_FIRST_333M = _usd(
    "apigw.rest_first_333m", "API Gateway REST, first 333 million", 3.50, "USD per million requests", API_GATEWAY_PRICING
)
APIGW_REST_NEXT_667M = _usd(
    "apigw.rest_next_667m", "API Gateway REST, next 667 million", 2.80, "USD per million requests", API_GATEWAY_PRICING
)
APIGW_REST_NEXT_19B = _usd(
    "apigw.rest_next_19b", "API Gateway REST, next 19 billion", 2.38, "USD per million requests", API_GATEWAY_PRICING
)
APIGW_REST_OVER_20B = _usd(
    "apigw.rest_over_20b", "API Gateway REST, over 20 billion", 1.51, "USD per million requests", API_GATEWAY_PRICING
)
APIGW_HTTP_FIRST_300M = _usd(
    "apigw.http_first_300m", "API Gateway HTTP API, first 300 million", 1.00, "USD per million requests", API_GATEWAY_PRICING
)
APIGW_HTTP_OVER_300M = _usd(
    "apigw.http_over_300m", "API Gateway HTTP API, over 300 million", 0.90, "USD per million requests", API_GATEWAY_PRICING
)

# --- CloudFront (United States, Mexico, Canada) -------------------------------------------------
CLOUDFRONT_DTO_FIRST_10TB = _usd(
    "cloudfront.dto_first_10tb",
    "CloudFront data transfer out, first 10 TB",
    0.085,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
CLOUDFRONT_DTO_NEXT_40TB = _usd(
    "cloudfront.dto_next_40tb",
    "CloudFront data transfer out, next 40 TB",
    0.080,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
CLOUDFRONT_DTO_NEXT_100TB = _usd(
    "cloudfront.dto_next_100tb",
    "CloudFront data transfer out, next 100 TB",
    0.060,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
CLOUDFRONT_HTTPS_10K = _usd(
    "cloudfront.https_10k",
    "CloudFront HTTPS requests",
    0.0100,
    "USD per 10,000 requests",
    CLOUDFRONT_PRICING,
    evidence="recalled",
)
CLOUDFRONT_ORIGIN_SHIELD_10K = _usd(
    "cloudfront.origin_shield_10k",
    "CloudFront Origin Shield requests (US)",
    0.0075,
    "USD per 10,000 requests",
    CLOUDFRONT_PRICING,
    evidence="recalled",
)
CLOUDFRONT_INVALIDATION_PATH = _usd(
    "cloudfront.invalidation_path",
    "CloudFront invalidation, beyond 1,000 free paths a month",
    0.005,
    "USD per path",
    "https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/cloudfront.html",
    evidence="aws",
)

# --- EC2 (Linux, on-demand) ---------------------------------------------------------------------
EC2_M7G_LARGE_HOUR = _usd("ec2.m7g_large_hour", "EC2 m7g.large (2 vCPU, 8 GiB, Graviton3)", 0.0816, "USD per hour", EC2_PRICING)
EC2_M7I_LARGE_HOUR = _usd("ec2.m7i_large_hour", "EC2 m7i.large (2 vCPU, 8 GiB)", 0.1008, "USD per hour", EC2_PRICING)
EC2_M6I_LARGE_HOUR = _usd("ec2.m6i_large_hour", "EC2 m6i.large (2 vCPU, 8 GiB)", 0.096, "USD per hour", EC2_PRICING)

# --- Networking, load balancing, EKS --------------------------------------------------------------
NAT_GATEWAY_HOUR = _usd("vpc.nat_gateway_hour", "NAT gateway", 0.045, "USD per hour", VPC_PRICING)
NAT_GATEWAY_GB = _usd("vpc.nat_gateway_gb", "NAT gateway data processed", 0.045, "USD per GB", VPC_PRICING)
PUBLIC_IPV4_HOUR = _usd("vpc.public_ipv4_hour", "Public IPv4 address", 0.005, "USD per IP-hour", VPC_PRICING)
CROSS_AZ_GB = _usd("vpc.cross_az_gb", "Data transfer between Availability Zones, each direction", 0.01, "USD per GB", EC2_PRICING)
ALB_HOUR = _usd("elb.alb_hour", "Application Load Balancer", 0.0225, "USD per hour", ELB_PRICING)
ALB_LCU_HOUR = _usd("elb.alb_lcu_hour", "Application Load Balancer capacity unit", 0.008, "USD per LCU-hour", ELB_PRICING)
EKS_CLUSTER_HOUR = _usd(
    "eks.cluster_hour", "EKS cluster, standard support", 0.10, "USD per cluster-hour", EKS_PRICING, evidence="aws"
)
EKS_EXTENDED_CLUSTER_HOUR = _usd(
    "eks.extended_cluster_hour",
    "EKS cluster, extended support",
    0.60,
    "USD per cluster-hour",
    EKS_PRICING,
    evidence="aws",
    note="Extended-support pricing since 2024-04-01.",
)
ROUTE53_HOSTED_ZONE_MONTH = _usd(
    "route53.hosted_zone_month", "Route 53 hosted zone (first 25)", 0.50, "USD per zone-month", ROUTE53_PRICING
)
ROUTE53_STANDARD_QUERY_MILLION = _usd(
    "route53.standard_query_million",
    "Route 53 standard queries (first billion)",
    0.40,
    "USD per million queries",
    ROUTE53_PRICING,
    evidence="recalled",
)

# --- added for sqs_throughput and s3_storage_cost (calculator catalogue) -------------------------
SQS_STANDARD_NEXT_100B = _usd(
    "sqs.standard_next_100b",
    "SQS Standard requests, next 100 billion a month",
    0.30,
    "USD per million requests",
    SQS_PRICING,
)
SQS_STANDARD_OVER_200B = _usd(
    "sqs.standard_over_200b",
    "SQS Standard requests, over 200 billion a month",
    0.24,
    "USD per million requests",
    SQS_PRICING,
)
S3_GLACIER_FLEXIBLE_RESTORE_1000 = _usd(
    "s3.glacier_flexible_restore_1000",
    "S3 Glacier Flexible Retrieval restore requests, standard",
    0.05,
    "USD per 1,000 requests",
    S3_PRICING,
    evidence="recalled",
)
S3_DEEP_ARCHIVE_RESTORE_1000 = _usd(
    "s3.deep_archive_restore_1000",
    "S3 Glacier Deep Archive restore requests, standard",
    0.10,
    "USD per 1,000 requests",
    S3_PRICING,
    evidence="recalled",
)

# --- added for cloudfront_cost and ec2_fleet_cost (calculator catalogue) ---------------------------
CLOUDFRONT_DTO_NEXT_350TB = _usd(
    "cloudfront.dto_next_350tb",
    "CloudFront data transfer out, next 350 TB",
    0.040,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
CLOUDFRONT_DTO_NEXT_524TB = _usd(
    "cloudfront.dto_next_524tb",
    "CloudFront data transfer out, next 524 TB",
    0.030,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
CLOUDFRONT_DTO_NEXT_4PB = _usd(
    "cloudfront.dto_next_4pb",
    "CloudFront data transfer out, next 4 PB",
    0.025,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
CLOUDFRONT_DTO_OVER_5PB = _usd(
    "cloudfront.dto_over_5pb",
    "CloudFront data transfer out, over 5 PB",
    0.020,
    "USD per GB",
    CLOUDFRONT_PRICING,
    evidence="aws",
)
EC2_SAVINGS_PLAN_MAX_DISCOUNT = _usd(
    "ec2.savings_plan_max_discount",
    "EC2 Instance Savings Plans, largest advertised discount",
    72,
    "percent off on-demand",
    "https://aws.amazon.com/savingsplans/compute-pricing/",
    evidence="recalled",
    note="Compute Savings Plans go up to 66 %; the discount depends on term, payment option and instance family.",
)
EC2_COMPUTE_SAVINGS_PLAN_MAX_DISCOUNT = _usd(
    "ec2.compute_savings_plan_max_discount",
    "Compute Savings Plans, largest advertised discount",
    66,
    "percent off on-demand",
    "https://aws.amazon.com/savingsplans/compute-pricing/",
    evidence="recalled",
)
EC2_RESERVED_MAX_DISCOUNT = _usd(
    "ec2.reserved_max_discount",
    "EC2 Reserved Instances, largest advertised discount",
    72,
    "percent off on-demand",
    "https://aws.amazon.com/ec2/pricing/reserved-instances/",
    evidence="recalled",
)
EC2_SPOT_MAX_DISCOUNT = _usd(
    "ec2.spot_max_discount",
    "EC2 Spot Instances, largest advertised discount",
    90,
    "percent off on-demand",
    "https://aws.amazon.com/ec2/spot/pricing/",
    evidence="recalled",
    note="Spot prices move with supply and demand; interruptions come with a two-minute notice.",
)

# --- added from the pages' fact requests (guide prose) -------------------------------------------------
SNS_PRICING = "https://aws.amazon.com/sns/pricing/"
EVENTBRIDGE_PRICING = "https://aws.amazon.com/eventbridge/pricing/"
DYNAMODB_STANDARD_IA_BLOG = (
    "https://aws.amazon.com/blogs/database/"
    "optimize-the-storage-costs-of-your-workloads-with-amazon-dynamodb-standard-ia-table-class/"
)

SNS_PUBLISH_MILLION = _usd(
    "sns.publish_million",
    "SNS standard topic publishes",
    0.50,
    "USD per million publishes",
    SNS_PRICING,
    evidence="recalled",
    note="Each 64 KB chunk of a payload counts as one publish; deliveries to SQS and Lambda are free.",
)
EVENTBRIDGE_CUSTOM_EVENT_MILLION = _usd(
    "eventbridge.custom_event_million",
    "EventBridge custom, partner and cross-account events",
    1.00,
    "USD per million events",
    EVENTBRIDGE_PRICING,
    note="Each 64 KB chunk counts as one event; AWS service events to the default bus are free.",
)
APIGW_WEBSOCKET_MESSAGE_MILLION = _usd(
    "apigw.websocket_message_million",
    "API Gateway WebSocket messages, first billion",
    1.00,
    "USD per million messages",
    API_GATEWAY_PRICING,
    note="Metered in 32 KB increments.",
)
APIGW_WEBSOCKET_CONNECTION_MINUTE_MILLION = _usd(
    "apigw.websocket_connection_minute_million",
    "API Gateway WebSocket connection time",
    0.25,
    "USD per million connection-minutes",
    API_GATEWAY_PRICING,
)
CLOUDFRONT_FUNCTIONS_MILLION = _usd(
    "cloudfront.functions_invocation_million",
    "CloudFront Functions invocations",
    0.10,
    "USD per million invocations",
    CLOUDFRONT_PRICING,
)
CLOUDFRONT_LAMBDA_EDGE_REQUEST_MILLION = _usd(
    "cloudfront.lambda_edge_request_million",
    "Lambda@Edge requests",
    0.60,
    "USD per million requests",
    LAMBDA_PRICING,
    evidence="recalled",
)
CLOUDFRONT_LAMBDA_EDGE_GB_SECOND = _usd(
    "cloudfront.lambda_edge_gb_second",
    "Lambda@Edge duration",
    0.00005001,
    "USD per GB-second",
    LAMBDA_PRICING,
    evidence="recalled",
)
NLB_HOUR = _usd("elb.nlb_hour", "Network Load Balancer", 0.0225, "USD per hour", ELB_PRICING)
NLB_NLCU_HOUR = _usd("elb.nlb_nlcu_hour", "Network Load Balancer capacity unit", 0.006, "USD per NLCU-hour", ELB_PRICING)
ROUTE53_LATENCY_QUERY_MILLION = _usd(
    "route53.latency_query_million",
    "Route 53 latency-based routing queries (first billion)",
    0.60,
    "USD per million queries",
    ROUTE53_PRICING,
    evidence="recalled",
)
ROUTE53_GEO_QUERY_MILLION = _usd(
    "route53.geo_query_million",
    "Route 53 geolocation and geoproximity queries (first billion)",
    0.70,
    "USD per million queries",
    ROUTE53_PRICING,
    evidence="recalled",
)
DYNAMODB_STANDARD_IA_STORAGE_SAVING = _usd(
    "dynamodb.standard_ia_storage_saving",
    "DynamoDB Standard-IA table class, storage price below Standard (up to)",
    60,
    "percent",
    DYNAMODB_STANDARD_IA_BLOG,
    evidence="aws",
    note="Reads and writes cost more than on the Standard class.",
)

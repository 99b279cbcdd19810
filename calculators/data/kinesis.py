"""Amazon Kinesis Data Streams: shard limits, retention, consumers and prices."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

SHARD_HOUR = Fact(
    key="kinesis.shard_hour",
    label="Kinesis shard",
    value=0.015,
    unit="USD per shard-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
    # Selector: infracost-derived filters (c3x kinesis_stream.go) for usage type and operation; unit from Price List query
    # fixtures.
    price_list=PriceList(
        offer="AmazonKinesis",
        usage_type="Storage-ShardHour",
        unit="ShardHour",
        product_family="Kinesis Streams",
        attributes=(("operation", "shardHourStorage"),),
    ),
)

PUT_UNIT_MILLION = Fact(
    key="kinesis.put_unit_million",
    label="Kinesis PUT payload units",
    value=0.014,
    unit="USD per million 25 KB units",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
    # Selector: infracost-derived filters (c3x kinesis_stream.go) for usage type and operation; unit from Price List query
    # fixtures.
    price_list=PriceList(
        offer="AmazonKinesis",
        usage_type="PutRequestPayloadUnits",
        unit="PutRequest",
        product_family="Kinesis Streams",
        attributes=(("operation", "PutRequest"),),
        per=1_000_000,
    ),
)

EFO_CONSUMER_SHARD_HOUR = Fact(
    key="kinesis.efo_consumer_shard_hour",
    label="Kinesis enhanced fan-out",
    value=0.015,
    unit="USD per consumer-shard-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
)

EFO_GB = Fact(
    key="kinesis.efo_gb",
    label="Kinesis enhanced fan-out data retrieval",
    value=0.013,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
)

EXTENDED_RETENTION_SHARD_HOUR = Fact(
    key="kinesis.extended_retention_shard_hour",
    label="Kinesis extended retention (up to 7 days)",
    value=0.02,
    unit="USD per shard-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
)

SHARD_WRITE_MIB = Fact(
    key="kinesis.shard_write_mib",
    label="Kinesis write throughput per shard",
    value=1,
    unit="MiB/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html",
    evidence="aws",
)

SHARD_WRITE_RECORDS = Fact(
    key="kinesis.shard_write_records",
    label="Kinesis write records per shard",
    value=1000,
    unit="records/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html",
    evidence="aws",
)

SHARD_READ_MIB = Fact(
    key="kinesis.shard_read_mib",
    label="Kinesis read throughput per shard",
    value=2,
    unit="MiB/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html",
    evidence="aws",
    note="Shared by all polling consumers; each enhanced fan-out consumer gets its own 2 MiB/s.",
)

EFO_CONSUMERS = Fact(
    key="kinesis.efo_consumers",
    label="Kinesis enhanced fan-out consumers per stream",
    value=20,
    unit="consumers",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html",
    evidence="aws",
    note=(
        "For On-demand Standard and provisioned streams; On-demand Advantage streams allow 50 (see "
        "kinesis.efo_consumers_advantage)."
    ),
)

MAX_RECORD_KIB = Fact(
    key="kinesis.max_record_kib",
    label="Kinesis maximum record size (default)",
    value=1024,
    unit="KiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html",
    evidence="aws",
    note="Configurable up to 10 MiB per stream since 2025; the shard's 1 MiB/s write limit still applies.",
)

PUT_UNIT_KB = Fact(
    key="kinesis.put_unit_kb",
    label="Kinesis PUT payload unit",
    value=25,
    unit="KB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="aws",
)

RETENTION_MAX_HOURS = Fact(
    key="kinesis.retention_max_hours",
    label="Kinesis maximum retention",
    value=8760,
    unit="hours",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html",
    evidence="aws",
)

DEFAULT_RETENTION_HOURS = Fact(
    key="kinesis.default_retention_hours",
    label="Kinesis default retention",
    value=24,
    unit="hours",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/kinesis-extended-retention.html",
    evidence="aws",
)

GET_RECORDS_PER_SHARD_S = Fact(
    key="kinesis.get_records_per_shard_s",
    label="Kinesis GetRecords calls per shard, shared by polling consumers",
    value=5,
    unit="calls/s",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html",
    evidence="aws",
    note=(
        "Quotas and limits, GetRecords transaction size: each GetRecords call is one read transaction and "
        "each shard supports up to 5 read transactions per second (read in the AWS-owned zh_cn copy of the "
        "same page, docs.aws.amazon.com/zh_cn/streams/latest/dev/service-sizes-and-limits.html). Shared by "
        "all polling consumers of the shard; more shards do not relieve it per consumer."
    ),
)

MAX_RECORD_CONFIGURABLE_MIB = Fact(
    key="kinesis.max_record_configurable_mib",
    label="Kinesis largest configurable record size per stream",
    value=10,
    unit="MiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/large-records.html",
    evidence="aws",
    note="The shard's 1 MiB/s write limit still applies.",
)

ON_DEMAND_INITIAL_WRITE_MB = Fact(
    key="kinesis.on_demand_initial_write_mb",
    label="Kinesis new on-demand stream, initial write capacity",
    value=4,
    unit="MB/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html",
    evidence="aws",
    note="Initial read capacity is 8 MB/s.",
)

PUT_RECORDS_MAX = Fact(
    key="kinesis.put_records_max",
    label="Kinesis records per PutRecords call",
    value=500,
    unit="records",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html",
    evidence="aws",
    note=(
        "Each PutRecords request can support up to 500 records (stated in the PutRecords API description, "
        "also in the AWS SDK references on docs.aws.amazon.com). The request-size limit now follows the "
        "stream's maximum record size (up to 10 MiB)."
    ),
)

ON_DEMAND_STREAM_HOUR = Fact(
    key="kinesis.on_demand_stream_hour",
    label="Kinesis On-demand Standard, per stream",
    value=0.04,
    unit="USD per stream-hour",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
    note="Usage type OnDemand-StreamHour; seen in published price-list extracts and billing exports, not on the page itself.",
)

ON_DEMAND_GB_IN = Fact(
    key="kinesis.on_demand_gb_in",
    label="Kinesis On-demand Standard, data ingested",
    value=0.08,
    unit="USD per GB",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
    note="Each record is rounded up to the next 1 KB. Usage type OnDemand-BilledIncomingBytes.",
)

ON_DEMAND_GB_OUT = Fact(
    key="kinesis.on_demand_gb_out",
    label="Kinesis On-demand Standard, data retrieved",
    value=0.04,
    unit="USD per GB",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="third-party",
    note="Usage type OnDemand-BilledOutgoingBytes.",
)

ADVANTAGE_GB_IN = Fact(
    key="kinesis.advantage_gb_in",
    label="Kinesis On-demand Advantage, data ingested",
    value=0.032,
    unit="USD per GB",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html",
    evidence="third-party",
    note=(
        "AWS documents Advantage's ingest, retrieval and retention as at least 60 % below On-demand Standard, "
        "with no per-stream charge."
    ),
)

ADVANTAGE_GB_OUT = Fact(
    key="kinesis.advantage_gb_out",
    label="Kinesis On-demand Advantage, data retrieved",
    value=0.016,
    unit="USD per GB",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html",
    evidence="third-party",
    note="An account-level mode with a minimum throughput billing commitment of at least 24 hours.",
)

ON_DEMAND_BILLING_KB = Fact(
    key="kinesis.on_demand_billing_kb",
    label="Kinesis on-demand record size rounding",
    value=1,
    unit="KB (1 KB = 1,024 B)",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="aws",
    note="A 4.5 KB record is billed as 5 KB of data in.",
)

EFO_CONSUMERS_ADVANTAGE = Fact(
    key="kinesis.efo_consumers_advantage",
    label="Kinesis enhanced fan-out consumers per stream, On-demand Advantage mode",
    value=50,
    unit="consumers",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html",
    evidence="aws",
    note=(
        "On-demand Standard and provisioned streams keep 20 (kinesis.efo_consumers). Also stated in the "
        "RegisterStreamConsumer API reference."
    ),
)

EXTENDED_RETENTION_MAX_HOURS = Fact(
    key="kinesis.extended_retention_max_hours",
    label="Kinesis extended retention window (billed per shard-hour) ends at",
    value=168,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/kinesis/data-streams/pricing/",
    evidence="aws",
    note=(
        "Pricing page: 'Extended data retention (beyond the first 24 hours and within the first seven days), "
        "Long-Term data retention (beyond seven days and up to one year)'; long-term retention is billed per "
        "GB-month instead."
    ),
)

POLLING_PROPAGATION_MS = Fact(
    key="kinesis.polling_propagation_ms",
    label="Kinesis propagation delay, one polling consumer (average)",
    value=200,
    unit="ms",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html",
    evidence="aws",
    note=(
        "Shared-throughput versus enhanced fan-out table: 'an average of around 200 ms if you have one consumer "
        "reading from the stream. This average goes up to around 1000 ms if you have five consumers' (see "
        "kinesis.polling_propagation_five_consumers_ms). Read in the awsdocs developer-guide source."
    ),
)

POLLING_PROPAGATION_FIVE_CONSUMERS_MS = Fact(
    key="kinesis.polling_propagation_five_consumers_ms",
    label="Kinesis propagation delay, five polling consumers (average)",
    value=1000,
    unit="ms",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html",
    evidence="aws",
    note="Same table as kinesis.polling_propagation_ms; the consumers share 5 GetRecords calls per shard per second.",
)

EFO_PROPAGATION_MS = Fact(
    key="kinesis.efo_propagation_ms",
    label="Kinesis propagation delay, enhanced fan-out (typical average)",
    value=70,
    unit="ms",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/streams/latest/dev/building-consumers.html",
    evidence="aws",
    note="'Typically an average of 70 ms whether you have one consumer or five consumers' (SubscribeToShard over HTTP/2).",
)

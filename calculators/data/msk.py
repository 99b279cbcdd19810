"""Amazon MSK (Managed Streaming for Apache Kafka), provisioned Standard brokers: broker and storage prices, quotas."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

_PRICE_SEEN = (
    "us-east-1 on-demand rate as listed in AWS's own MSK sizing script (github.com/aws/agent-toolkit-for-aws, "
    "skills/.../managing-amazon-msk/scripts/msk_sizing.py, INSTANCE_SPECS, which cites aws.amazon.com/msk/pricing/); "
    "the pricing page itself renders its figures from templates, so the number was not read there."
)

M7G_LARGE_HOUR = Fact(
    key="msk.m7g_large_hour",
    label="MSK Standard broker kafka.m7g.large",
    value=0.204,
    unit="USD per broker-hour",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/msk/pricing/",
    evidence="third-party",
    note=_PRICE_SEEN,
)

M7G_XLARGE_HOUR = Fact(
    key="msk.m7g_xlarge_hour",
    label="MSK Standard broker kafka.m7g.xlarge",
    value=0.408,
    unit="USD per broker-hour",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/msk/pricing/",
    evidence="third-party",
    note=_PRICE_SEEN,
)

M5_LARGE_HOUR = Fact(
    key="msk.m5_large_hour",
    label="MSK Standard broker kafka.m5.large",
    value=0.21,
    unit="USD per broker-hour",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/msk/pricing/",
    evidence="third-party",
    note=_PRICE_SEEN,
)

STORAGE_GB_MONTH = Fact(
    key="msk.storage_gb_month",
    label="MSK Standard broker storage (EBS)",
    value=0.10,
    unit="USD per GB-month",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/msk/pricing/",
    evidence="third-party",
    note=(
        "Provisioned storage per broker, billed whether used or not. Same us-east-1 source as the broker prices "
        "(EBS_COST_PER_GB_MONTH in AWS's msk_sizing.py)."
    ),
)

BROKERS_PER_CLUSTER = Fact(
    key="msk.brokers_per_cluster",
    label="MSK Standard brokers per KRaft-based cluster (default quota)",
    value=60,
    unit="brokers",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    evidence="aws",
    note=(
        "Amazon MSK quota, Standard broker quota: 30 for ZooKeeper-based clusters, 60 for KRaft-based clusters; "
        "adjustable through Service Quotas. Read in the AWS-owned ko_kr copy of the same page. The account "
        "quota is 90 brokers."
    ),
)

STORAGE_PER_BROKER_GIB = Fact(
    key="msk.storage_per_broker_gib",
    label="MSK maximum storage per Standard broker",
    value=16384,
    unit="GiB",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/msk/latest/developerguide/limits.html",
    evidence="aws",
    note="Standard broker quota table: minimum 1 GiB, maximum 16,384 GiB of storage per broker.",
)

PARTITIONS_PER_BROKER_LARGE = Fact(
    key="msk.partitions_per_broker_large",
    label="MSK recommended partition replicas per broker, kafka.m5/m7g large and xlarge",
    value=1000,
    unit="partitions",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices.html",
    evidence="aws",
    note=(
        "'Right-size your cluster: Number of partitions per Standard broker': counts leader and follower "
        "replicas; not enforced. 1,500 is the maximum that still allows update operations; 2xlarge brokers are "
        "recommended 2,000 and 4xlarge and up 4,000."
    ),
)

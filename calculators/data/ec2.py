"""Amazon EC2 and EBS: instance and volume prices, discounts and volume limits."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

EC2_M7G_LARGE_HOUR = Fact(
    key="ec2.m7g_large_hour",
    label="EC2 m7g.large (2 vCPU, 8 GiB, Graviton3)",
    value=0.0816,
    unit="USD per hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/ec2/pricing/on-demand/",
    evidence="third-party",
    # Selector: Compute Instance attributes as AWS's offer JSON spells them (EC2 offer fragments in public price-list parsers'
    # tests).
    price_list=PriceList(
        offer="AmazonEC2",
        usage_type="BoxUsage:m7g.large",
        unit="Hrs",
        product_family="Compute Instance",
        attributes=(
            ("instanceType", "m7g.large"),
            ("operatingSystem", "Linux"),
            ("tenancy", "Shared"),
            ("preInstalledSw", "NA"),
            ("capacitystatus", "Used"),
            ("licenseModel", "No License required"),
        ),
    ),
)

EC2_M7I_LARGE_HOUR = Fact(
    key="ec2.m7i_large_hour",
    label="EC2 m7i.large (2 vCPU, 8 GiB)",
    value=0.1008,
    unit="USD per hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/ec2/pricing/on-demand/",
    evidence="third-party",
    # Selector: Compute Instance attributes as AWS's offer JSON spells them (EC2 offer fragments in public price-list parsers'
    # tests).
    price_list=PriceList(
        offer="AmazonEC2",
        usage_type="BoxUsage:m7i.large",
        unit="Hrs",
        product_family="Compute Instance",
        attributes=(
            ("instanceType", "m7i.large"),
            ("operatingSystem", "Linux"),
            ("tenancy", "Shared"),
            ("preInstalledSw", "NA"),
            ("capacitystatus", "Used"),
            ("licenseModel", "No License required"),
        ),
    ),
)

EC2_M6I_LARGE_HOUR = Fact(
    key="ec2.m6i_large_hour",
    label="EC2 m6i.large (2 vCPU, 8 GiB)",
    value=0.096,
    unit="USD per hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/ec2/pricing/on-demand/",
    evidence="third-party",
    # Selector: Compute Instance attributes as AWS's offer JSON spells them (EC2 offer fragments in public price-list parsers'
    # tests).
    price_list=PriceList(
        offer="AmazonEC2",
        usage_type="BoxUsage:m6i.large",
        unit="Hrs",
        product_family="Compute Instance",
        attributes=(
            ("instanceType", "m6i.large"),
            ("operatingSystem", "Linux"),
            ("tenancy", "Shared"),
            ("preInstalledSw", "NA"),
            ("capacitystatus", "Used"),
            ("licenseModel", "No License required"),
        ),
    ),
)

EC2_SAVINGS_PLAN_MAX_DISCOUNT = Fact(
    key="ec2.savings_plan_max_discount",
    label="EC2 Instance Savings Plans, largest advertised discount",
    value=72,
    unit="percent off on-demand",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/savingsplans/compute-pricing/",
    evidence="recalled",
    note="Compute Savings Plans go up to 66 %; the discount depends on term, payment option and instance family.",
)

EC2_COMPUTE_SAVINGS_PLAN_MAX_DISCOUNT = Fact(
    key="ec2.compute_savings_plan_max_discount",
    label="Compute Savings Plans, largest advertised discount",
    value=66,
    unit="percent off on-demand",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/savingsplans/compute-pricing/",
    evidence="recalled",
)

EC2_RESERVED_MAX_DISCOUNT = Fact(
    key="ec2.reserved_max_discount",
    label="EC2 Reserved Instances, largest advertised discount",
    value=72,
    unit="percent off on-demand",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/ec2/pricing/reserved-instances/",
    evidence="recalled",
)

EC2_SPOT_MAX_DISCOUNT = Fact(
    key="ec2.spot_max_discount",
    label="EC2 Spot Instances, largest advertised discount",
    value=90,
    unit="percent off on-demand",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/ec2/spot/pricing/",
    evidence="recalled",
    note="Spot prices move with supply and demand; interruptions come with a two-minute notice.",
)

EC2_SPOT_INTERRUPTION_NOTICE_MIN = Fact(
    key="ec2.spot_interruption_notice_min",
    label="EC2 Spot interruption notice",
    value=2,
    unit="minutes",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html",
    evidence="aws",
    note="Sent through EventBridge and instance metadata.",
)

EBS_GP3_BASELINE_IOPS = Fact(
    key="ebs.gp3_baseline_iops",
    label="EBS gp3 baseline, any volume size",
    value=3000,
    unit="IOPS",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
    evidence="aws",
)

EBS_GP3_BASELINE_MIBPS = Fact(
    key="ebs.gp3_baseline_mibps",
    label="EBS gp3 baseline throughput, any volume size",
    value=125,
    unit="MiB/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
    evidence="aws",
)

EBS_GP3_MAX_IOPS = Fact(
    key="ebs.gp3_max_iops",
    label="EBS gp3 maximum per volume",
    value=80_000,
    unit="IOPS",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
    evidence="third-party",
    note="Raised in 2025 from 16,000 IOPS.",
)

EBS_GP3_MAX_MIBPS = Fact(
    key="ebs.gp3_max_mibps",
    label="EBS gp3 maximum throughput per volume",
    value=2000,
    unit="MiB/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
    evidence="third-party",
    note="Raised in 2025 from 1,000 MiB/s.",
)

EBS_GP3_MAX_TIB = Fact(
    key="ebs.gp3_max_tib",
    label="EBS gp3 maximum volume size",
    value=64,
    unit="TiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html",
    evidence="third-party",
    note="Raised in 2025 from 16 TiB.",
)

EBS_IO2_BLOCK_EXPRESS_MAX_IOPS = Fact(
    key="ebs.io2_block_express_max_iops",
    label="EBS io2 Block Express maximum per volume",
    value=256_000,
    unit="IOPS",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html",
    evidence="aws",
)

EBS_IO2_BLOCK_EXPRESS_MAX_MIBPS = Fact(
    key="ebs.io2_block_express_max_mibps",
    label="EBS io2 Block Express maximum throughput per volume",
    value=4000,
    unit="MiB/s",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html",
    evidence="aws",
)

EBS_IO2_BLOCK_EXPRESS_MAX_TIB = Fact(
    key="ebs.io2_block_express_max_tib",
    label="EBS io2 Block Express maximum volume size",
    value=64,
    unit="TiB",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html",
    evidence="aws",
)

EC2_AZ_MAX_DISTANCE_KM = Fact(
    key="ec2.az_max_distance_km",
    label="Distance between Availability Zones in a Region, up to about",
    value=100,
    unit="km",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/availability-zones.html",
    evidence="aws",
    note="AWS: up to 60 miles (~100 km) apart, close enough for synchronous replication with single-digit millisecond latency.",
)

_INSTANCE_SIZES_SOURCE = "https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html"
_INSTANCE_SIZES_NOTE = "General purpose instance specifications; read in third-party copies of the table (2026)."

EC2_M7G_LARGE_VCPUS = Fact(
    key="ec2.m7g_large_vcpus",
    label="EC2 m7g.large vCPUs",
    value=2,
    unit="vCPUs",
    as_of=date(2026, 12, 4),
    source=_INSTANCE_SIZES_SOURCE,
    evidence="third-party",
    note=_INSTANCE_SIZES_NOTE,
)

EC2_M7G_LARGE_MEMORY_GIB = Fact(
    key="ec2.m7g_large_memory_gib",
    label="EC2 m7g.large memory",
    value=8,
    unit="GiB",
    as_of=date(2026, 12, 4),
    source=_INSTANCE_SIZES_SOURCE,
    evidence="third-party",
    note=_INSTANCE_SIZES_NOTE,
)

EC2_M7I_LARGE_VCPUS = Fact(
    key="ec2.m7i_large_vcpus",
    label="EC2 m7i.large vCPUs",
    value=2,
    unit="vCPUs",
    as_of=date(2026, 12, 4),
    source=_INSTANCE_SIZES_SOURCE,
    evidence="third-party",
    note=_INSTANCE_SIZES_NOTE,
)

EC2_M7I_LARGE_MEMORY_GIB = Fact(
    key="ec2.m7i_large_memory_gib",
    label="EC2 m7i.large memory",
    value=8,
    unit="GiB",
    as_of=date(2026, 12, 4),
    source=_INSTANCE_SIZES_SOURCE,
    evidence="third-party",
    note=_INSTANCE_SIZES_NOTE,
)

EC2_M6I_LARGE_VCPUS = Fact(
    key="ec2.m6i_large_vcpus",
    label="EC2 m6i.large vCPUs",
    value=2,
    unit="vCPUs",
    as_of=date(2026, 12, 4),
    source=_INSTANCE_SIZES_SOURCE,
    evidence="third-party",
    note=_INSTANCE_SIZES_NOTE,
)

EC2_M6I_LARGE_MEMORY_GIB = Fact(
    key="ec2.m6i_large_memory_gib",
    label="EC2 m6i.large memory",
    value=8,
    unit="GiB",
    as_of=date(2026, 12, 4),
    source=_INSTANCE_SIZES_SOURCE,
    evidence="third-party",
    note=_INSTANCE_SIZES_NOTE,
)

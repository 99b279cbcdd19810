"""Amazon VPC: subnet sizing, NAT gateway and data-transfer figures."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

NAT_GATEWAY_HOUR = Fact(
    key="vpc.nat_gateway_hour",
    label="NAT gateway",
    value=0.045,
    unit="USD per hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/vpc/pricing/",
    evidence="third-party",
    # Selector: seen in mooncitizen/togen's slice of the real AmazonEC2 CSV: us-east-1 NatGateway-Hours (no prefix),
    # RegionalNatGateway decoy.
    price_list=PriceList(
        offer="AmazonEC2",
        usage_type="NatGateway-Hours",
        unit="Hrs",
        product_family="NAT Gateway",
    ),
)

NAT_GATEWAY_GB = Fact(
    key="vpc.nat_gateway_gb",
    label="NAT gateway data processed",
    value=0.045,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/vpc/pricing/",
    evidence="third-party",
    # Selector: togen's EC2 slice (EUW2-NatGateway-Bytes, GB); us-east-1 spelling assumed like NatGateway-Hours.
    price_list=PriceList(
        offer="AmazonEC2",
        usage_type="NatGateway-Bytes",
        unit="GB",
        product_family="NAT Gateway",
    ),
)

PUBLIC_IPV4_HOUR = Fact(
    key="vpc.public_ipv4_hour",
    label="Public IPv4 address",
    value=0.005,
    unit="USD per IP-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/vpc/pricing/",
    evidence="third-party",
)

CROSS_AZ_GB = Fact(
    key="vpc.cross_az_gb",
    label="Data transfer between Availability Zones, each direction",
    value=0.01,
    unit="USD per GB",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/ec2/pricing/on-demand/",
    evidence="third-party",
)

RESERVED_IPS = Fact(
    key="vpc.reserved_ips",
    label="IP addresses AWS reserves in each subnet",
    value=5,
    unit="addresses",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    evidence="aws",
)

MIN_PREFIX = Fact(
    key="vpc.min_prefix",
    label="Largest VPC or subnet block",
    value=16,
    unit="prefix length (/16)",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    evidence="aws",
)

MAX_PREFIX = Fact(
    key="vpc.max_prefix",
    label="Smallest VPC or subnet block",
    value=28,
    unit="prefix length (/28)",
    as_of=date(2026, 11, 1),
    source="https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html",
    evidence="aws",
)

INTER_REGION_GB = Fact(
    key="vpc.inter_region_gb",
    label="Data transfer to another AWS Region (out of us-east-1)",
    value=0.02,
    unit="USD per GB",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/ec2/pricing/on-demand/",
    evidence="third-party",
    note=(
        "Charged by the sending Region; inbound is free. Seen in third-party copies of the EC2 data-transfer table "
        "(most Region pairs 0.02; us-east-1 to us-east-2 is 0.01). DynamoDB global tables, S3 replication and "
        "Aurora Global Database bill their replication traffic at this inter-Region rate."
    ),
)

INTERNET_OUT_GB = Fact(
    key="vpc.internet_out_gb",
    label="Data transfer out to the internet, first paid tier (up to 10 TB a month)",
    value=0.09,
    unit="USD per GB",
    as_of=date(2026, 12, 4),
    source="https://aws.amazon.com/ec2/pricing/on-demand/",
    evidence="third-party",
    note=(
        "The EC2 page's 'Data Transfer OUT From Amazon EC2 To Internet' table, read in 2026 third-party copies of it: "
        "0.09 up to 10 TB a month, lower tiers beyond, after a free allowance aggregated across services. Lambda, "
        "API Gateway and load balancer responses to the internet are billed at these EC2 rates."
    ),
)

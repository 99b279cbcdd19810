"""Service level agreements: the monthly uptime percentages AWS commits to."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

DYNAMODB_STANDARD_PERCENT = Fact(
    key="sla.dynamodb_standard_percent",
    label="DynamoDB SLA, single-Region tables",
    value=99.99,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/sla/",
    evidence="third-party",
)

DYNAMODB_GLOBAL_PERCENT = Fact(
    key="sla.dynamodb_global_percent",
    label="DynamoDB SLA, global tables",
    value=99.999,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodb/sla/",
    evidence="third-party",
)

DAX_PERCENT = Fact(
    key="sla.dax_percent",
    label="DynamoDB Accelerator (DAX) SLA, Multi-AZ cluster",
    value=99.99,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/dynamodbaccelerator/sla/",
    evidence="aws",
    note="SLA of 2024-05-20.",
)

S3_STANDARD_PERCENT = Fact(
    key="sla.s3_standard_percent",
    label="S3 Standard SLA",
    value=99.9,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/sla/",
    evidence="aws",
    note="SLA of 2023-11-28.",
)

S3_INFREQUENT_PERCENT = Fact(
    key="sla.s3_infrequent_percent",
    label="S3 SLA for Standard-IA, One Zone-IA, Intelligent-Tiering and Glacier Instant Retrieval",
    value=99,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/s3/sla/",
    evidence="aws",
    note="SLA of 2023-11-28.",
)

EC2_REGION_PERCENT = Fact(
    key="sla.ec2_region_percent",
    label="EC2 Region-level SLA (instances in two or more Availability Zones)",
    value=99.99,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/compute/sla/",
    evidence="aws",
    note="Compute SLA of 2022-05-05.",
)

EC2_INSTANCE_PERCENT = Fact(
    key="sla.ec2_instance_percent",
    label="EC2 instance-level SLA",
    value=99.5,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/compute/sla/",
    evidence="aws",
    note="Compute SLA of 2022-05-05.",
)

ROUTE53_PERCENT = Fact(
    key="sla.route53_percent",
    label="Route 53 DNS query service SLA",
    value=100,
    unit="%",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/route53/sla/",
    evidence="recalled",
)

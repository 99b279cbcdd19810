"""AWS service-level agreement thresholds: the monthly uptime below which a service pays credits.

An SLA is a promise of credits, not of uptime. Each value is the highest threshold in the SLA (the
first credit tier); the SLA's own date, where AWS prints one, is in the note.
"""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

CHECKED = date(2026, 11, 1)

DYNAMODB_SLA = "https://aws.amazon.com/dynamodb/sla/"
DAX_SLA = "https://aws.amazon.com/dynamodbaccelerator/sla/"
S3_SLA = "https://aws.amazon.com/s3/sla/"
COMPUTE_SLA = "https://aws.amazon.com/compute/sla/"
ROUTE53_SLA = "https://aws.amazon.com/route53/sla/"


def _sla(key: str, label: str, value: float, source: str, evidence: str = "aws", note: str = "") -> Fact:
    return Fact(key=key, label=label, value=value, unit="%", as_of=CHECKED, source=source, evidence=evidence, note=note)


DYNAMODB_STANDARD = _sla(
    "sla.dynamodb_standard_percent", "DynamoDB SLA, single-Region tables", 99.99, DYNAMODB_SLA, evidence="third-party"
)
DYNAMODB_GLOBAL = _sla(
    "sla.dynamodb_global_percent",
    "DynamoDB SLA, global tables",
    99.999,
    DYNAMODB_SLA,
    evidence="third-party",
)
DAX = _sla("sla.dax_percent", "DynamoDB Accelerator (DAX) SLA, Multi-AZ cluster", 99.99, DAX_SLA, note="SLA of 2024-05-20.")
S3_STANDARD = _sla("sla.s3_standard_percent", "S3 Standard SLA", 99.9, S3_SLA, note="SLA of 2023-11-28.")
S3_INFREQUENT = _sla(
    "sla.s3_infrequent_percent",
    "S3 SLA for Standard-IA, One Zone-IA, Intelligent-Tiering and Glacier Instant Retrieval",
    99.0,
    S3_SLA,
    note="SLA of 2023-11-28.",
)
EC2_REGION = _sla(
    "sla.ec2_region_percent",
    "EC2 Region-level SLA (instances in two or more Availability Zones)",
    99.99,
    COMPUTE_SLA,
    note="Compute SLA of 2022-05-05.",
)
EC2_INSTANCE = _sla("sla.ec2_instance_percent", "EC2 instance-level SLA", 99.5, COMPUTE_SLA, note="Compute SLA of 2022-05-05.")
ROUTE53 = _sla("sla.route53_percent", "Route 53 DNS query service SLA", 100, ROUTE53_SLA, evidence="recalled")

"""Unit constants, so no calculator types a bare 1024 or 86400.

AWS mixes conventions: DynamoDB and Kinesis use binary kilobytes (1 KB = 1,024 B), S3 bills binary
gigabytes, and pricing pages assume a 730-hour month. Each constant says which convention it encodes.
"""

from __future__ import annotations

BYTES_PER_KIB = 1024
"""DynamoDB item sizes and Kinesis record sizes: AWS writes "KB" but means 1,024 bytes."""
KIB_PER_MIB = 1024
MIB_PER_GIB = 1024
GIB_PER_TIB = 1024
BYTES_PER_MIB = BYTES_PER_KIB * KIB_PER_MIB
BYTES_PER_GIB = BYTES_PER_MIB * MIB_PER_GIB
BYTES_PER_TIB = BYTES_PER_GIB * GIB_PER_TIB

MB_PER_GB = 1024
"""Lambda memory: a function with 1,024 MB is billed as 1 GB."""

SECONDS_PER_MINUTE = 60
MINUTES_PER_HOUR = 60
SECONDS_PER_HOUR = 3600
HOURS_PER_DAY = 24
SECONDS_PER_DAY = SECONDS_PER_HOUR * HOURS_PER_DAY
MS_PER_SECOND = 1000

HOURS_PER_MONTH = 730
"""AWS Pricing Calculator's month: 8,760 hours a year divided by 12."""
SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR
MINUTES_PER_MONTH = HOURS_PER_MONTH * 60
MINUTES_PER_YEAR = 525_600
"""A 365-day year, the usual basis for "minutes of downtime a year"."""
DAYS_PER_MONTH = HOURS_PER_MONTH / HOURS_PER_DAY
"""30.4166… days: the 730-hour month expressed in days."""

PER_MILLION = 1_000_000
PER_THOUSAND = 1_000
PERCENT = 100

# --- added for the calculator catalogue (s3_storage_cost, sqs_throughput) ---
GB_PER_TB = 1024
"""S3 storage tiers: "50 TB" is 51,200 billable GB of 2^30 bytes."""

# --- added for the calculator catalogue (traffic_estimate, cloudfront_cost, k8s_node_packing) ---
BITS_PER_BYTE = 8
BITS_PER_MEGABIT = 1_000_000
"""Network rates are decimal: 1 Mbit/s = 10^6 bits per second."""
BYTES_PER_TB = 1_000_000_000_000
"""A decimal terabyte (10^12 bytes), as disk and capacity estimates quote it; contrast BYTES_PER_TIB."""
PER_TEN_THOUSAND = 10_000
"""CloudFront prices requests per 10,000."""
MILLICORES_PER_VCPU = 1000
"""Kubernetes CPU requests: 1 vCPU = 1,000m."""

# --- unit names: "1 shard", "2 shards" ---
SINGULAR = {
    "addresses": "address",
    "applications": "application",
    "billed requests": "billed request",
    "bits": "bit",
    "bytes": "byte",
    "calls": "call",
    "cold starts": "cold start",
    "components": "component",
    "concurrent executions": "concurrent execution",
    "customers": "customer",
    "evaluations": "evaluation",
    "executions": "execution",
    "hours": "hour",
    "instances": "instance",
    "items": "item",
    "messages": "message",
    "minutes": "minute",
    "nodes": "node",
    "millicores": "millicore",
    "partitions": "partition",
    "parts": "part",
    "pods": "pod",
    "polling consumers": "polling consumer",
    "prefixes": "prefix",
    "queries": "query",
    "records": "record",
    "replicas": "replica",
    "requests": "request",
    "seconds": "second",
    "shards": "shard",
    "slots": "slot",
    "subnets": "subnet",
    "suffixes": "suffix",
    "tasks": "task",
    "units": "unit",
}
"""Plural count units and their singular, for a quantity shown as exactly 1 ("1 shard", "1 request/s")."""

NOT_PLURAL = frozenset({"s", "ms", "GB-s", "Mbit/s", "MiB/s", "%", "million requests"})
"""Units that end in "s" without being a plural to make singular: symbols, and counts of a scale ("1 million requests")."""


def unit_head(unit: str) -> tuple[str, str]:
    """Split a unit into its counted noun and the rate or qualifier after it: ``requests/s`` -> ``requests``, ``/s``."""
    for separator in ("/", " per "):
        head, found, tail = unit.partition(separator)
        if found and head:
            return head, found + tail
    return unit, ""


def agreeing(unit: str, shown_value: str) -> str:
    """``unit`` made to agree with the number as shown: singular when it reads exactly 1."""
    if shown_value not in {"1", "-1"}:
        return unit
    head, tail = unit_head(unit)
    return SINGULAR.get(head, head) + tail


# --- answers typed by a candidate in a drill ("2 MB/s", "$12k/month", "1.5k"): what each word is worth ---
MAGNITUDES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "trillion": 1e12,
}
"""Spoken scales after a number, case-insensitive: "1.5k", "3M", "2bn". Decimal, as people say them."""

BYTES_PER_UNIT = {
    "b": 1,
    "byte": 1,
    "bytes": 1,
    "kb": 1e3,
    "mb": 1e6,
    "gb": 1e9,
    "tb": 1e12,
    "pb": 1e15,
    "kib": BYTES_PER_KIB,
    "mib": BYTES_PER_MIB,
    "gib": BYTES_PER_GIB,
    "tib": BYTES_PER_TIB,
    "bit": 1 / BITS_PER_BYTE,
    "bits": 1 / BITS_PER_BYTE,
    "kbit": 1e3 / BITS_PER_BYTE,
    "mbit": 1e6 / BITS_PER_BYTE,
    "gbit": 1e9 / BITS_PER_BYTE,
}
"""Data sizes, lower-cased, in bytes: SI prefixes are decimal (1 MB = 10^6 B), IEC ones binary (1 MiB = 2^20 B).

Against a drill's ±25 % band the two readings of "GB" differ by under 8 %, so a candidate's loose "GB" costs nothing."""

SECONDS_PER_UNIT = {
    "ms": 1 / MS_PER_SECOND,
    "s": 1,
    "sec": 1,
    "second": 1,
    "seconds": 1,
    "min": SECONDS_PER_MINUTE,
    "minute": SECONDS_PER_MINUTE,
    "minutes": SECONDS_PER_MINUTE,
    "h": SECONDS_PER_HOUR,
    "hr": SECONDS_PER_HOUR,
    "hour": SECONDS_PER_HOUR,
    "hours": SECONDS_PER_HOUR,
    "d": SECONDS_PER_DAY,
    "day": SECONDS_PER_DAY,
    "days": SECONDS_PER_DAY,
    "mo": SECONDS_PER_MONTH,
    "month": SECONDS_PER_MONTH,
    "months": SECONDS_PER_MONTH,
    "yr": MINUTES_PER_YEAR * SECONDS_PER_MINUTE,
    "year": MINUTES_PER_YEAR * SECONDS_PER_MINUTE,
    "years": MINUTES_PER_YEAR * SECONDS_PER_MINUTE,
}
"""Durations and the "per" of a rate, in seconds; a month is AWS's 730 hours, a year 365 days."""

BITS_PER_SECOND_UNITS = {"kbps": 1e3, "mbps": 1e6, "gbps": 1e9}
"""Network rates written as one word: "100 Mbps" is 10^8 bits per second."""

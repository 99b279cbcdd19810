"""Amazon Route 53: hosted-zone and query prices."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact

HOSTED_ZONE_MONTH = Fact(
    key="route53.hosted_zone_month",
    label="Route 53 hosted zone (first 25)",
    value=0.5,
    unit="USD per zone-month",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/route53/pricing/",
    evidence="third-party",
)

STANDARD_QUERY_MILLION = Fact(
    key="route53.standard_query_million",
    label="Route 53 standard queries (first billion)",
    value=0.4,
    unit="USD per million queries",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/route53/pricing/",
    evidence="recalled",
)

LATENCY_QUERY_MILLION = Fact(
    key="route53.latency_query_million",
    label="Route 53 latency-based routing queries (first billion)",
    value=0.6,
    unit="USD per million queries",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/route53/pricing/",
    evidence="recalled",
)

GEO_QUERY_MILLION = Fact(
    key="route53.geo_query_million",
    label="Route 53 geolocation and geoproximity queries (first billion)",
    value=0.7,
    unit="USD per million queries",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/route53/pricing/",
    evidence="recalled",
)

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

HEALTH_CHECKER_HEALTHY_SHARE_PERCENT = Fact(
    key="route53.health_checker_healthy_share_percent",
    label="Route 53: share of health checkers that must report an endpoint healthy (more than)",
    value=18,
    unit="%",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html",
    evidence="aws",
    note="Healthy when more than 18% of checkers report healthy; 18% or fewer means unhealthy. AWS says the value may change.",
)

ACCELERATED_RECOVERY_RTO_MIN = Fact(
    key="route53.accelerated_recovery_rto_min",
    label="Route 53 accelerated recovery for public DNS records, recovery time objective",
    value=60,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/accelerated-recovery.html",
    evidence="aws",
    note=(
        "Target for resuming record changes on enabled public hosted zones after AWS detects an impairment in"
        " us-east-1; control plane fails over to us-west-2; must be enabled before the incident."
    ),
)

ARC_ZONAL_SHIFT_MAX_HOURS = Fact(
    key="route53.arc_zonal_shift_max_hours",
    label="ARC zonal shift, longest expiry when started (extendable)",
    value=72,
    unit="hours",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_ZonalShiftSummary.html",
    evidence="aws",
    note=(
        "'A zonal shift that a customer starts can be active for up to three days (72 hours)'; it can be "
        "updated to extend it. Amazon Application Recovery Controller (ARC)."
    ),
)

ARC_PRACTICE_RUN_MINUTES = Fact(
    key="route53.arc_practice_run_minutes",
    label="ARC zonal autoshift practice run, duration",
    value=30,
    unit="minutes",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/arc-zonal-shift/latest/api/API_ZonalShiftSummary.html",
    evidence="aws",
    note="Practice runs are required with zonal autoshift and start weekly, shifting traffic away from one AZ.",
)

"""Elastic Load Balancing: load balancer hours, capacity units and their dimensions."""

from __future__ import annotations

from datetime import date

from calculators.data._fact import Fact, PriceList

ALB_HOUR = Fact(
    key="elb.alb_hour",
    label="Application Load Balancer",
    value=0.0225,
    unit="USD per hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSELB-us-east-1.csv (a slice of the real us-east-1
    # file).
    price_list=PriceList(
        offer="AWSELB",
        usage_type="LoadBalancerUsage",
        unit="Hrs",
        product_family="Load Balancer-Application",
        attributes=(("operation", "LoadBalancing:Application"),),
    ),
)

ALB_LCU_HOUR = Fact(
    key="elb.alb_lcu_hour",
    label="Application Load Balancer capacity unit",
    value=0.008,
    unit="USD per LCU-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSELB-us-east-1.csv (a slice of the real us-east-1
    # file).
    price_list=PriceList(
        offer="AWSELB",
        usage_type="LCUUsage",
        unit="LCU-Hrs",
        product_family="Load Balancer-Application",
        attributes=(("operation", "LoadBalancing:Application"),),
    ),
)

NLB_HOUR = Fact(
    key="elb.nlb_hour",
    label="Network Load Balancer",
    value=0.0225,
    unit="USD per hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSELB-us-east-1.csv (a slice of the real us-east-1
    # file).
    price_list=PriceList(
        offer="AWSELB",
        usage_type="LoadBalancerUsage",
        unit="Hrs",
        product_family="Load Balancer-Network",
        attributes=(("operation", "LoadBalancing:Network"),),
    ),
)

NLB_NLCU_HOUR = Fact(
    key="elb.nlb_nlcu_hour",
    label="Network Load Balancer capacity unit",
    value=0.006,
    unit="USD per NLCU-hour",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
    # Selector: seen in mooncitizen/togen internal/cost/cmd/testdata/AWSELB-us-east-1.csv (a slice of the real us-east-1
    # file).
    price_list=PriceList(
        offer="AWSELB",
        usage_type="LCUUsage",
        unit="LCU-Hrs",
        product_family="Load Balancer-Network",
        attributes=(("operation", "LoadBalancing:Network"),),
    ),
)

LCU_NEW_CONNECTIONS_PER_S = Fact(
    key="elb.lcu_new_connections_per_s",
    label="ALB LCU dimension: new connections",
    value=25,
    unit="new connections/s per LCU",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
)

LCU_ACTIVE_CONNECTIONS_PER_MIN = Fact(
    key="elb.lcu_active_connections_per_min",
    label="ALB LCU dimension: active connections",
    value=3000,
    unit="active connections/min per LCU",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
)

LCU_PROCESSED_GB_PER_HOUR = Fact(
    key="elb.lcu_processed_gb_per_hour",
    label="ALB LCU dimension: processed bytes (EC2, container and IP targets)",
    value=1,
    unit="GB/hour per LCU",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
)

LCU_PROCESSED_GB_PER_HOUR_LAMBDA = Fact(
    key="elb.lcu_processed_gb_per_hour_lambda",
    label="ALB LCU dimension: processed bytes (Lambda targets)",
    value=0.4,
    unit="GB/hour per LCU",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
)

LCU_RULE_EVALUATIONS_PER_S = Fact(
    key="elb.lcu_rule_evaluations_per_s",
    label="ALB LCU dimension: rule evaluations",
    value=1000,
    unit="rule evaluations/s per LCU",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
)

LCU_FREE_RULES = Fact(
    key="elb.lcu_free_rules",
    label="ALB rules processed free of the rule-evaluation dimension",
    value=10,
    unit="rules",
    as_of=date(2026, 11, 1),
    source="https://aws.amazon.com/elasticloadbalancing/pricing/",
    evidence="third-party",
)

ALB_TARGETS_PER_LB = Fact(
    key="elb.alb_targets_per_lb",
    label="Targets per Application Load Balancer (default)",
    value=1000,
    unit="targets",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html",
    evidence="aws",
    note="Targets per Application Load Balancer: 1,000, adjustable (ALB quotas page, read December 2026).",
)

ALB_RULES_PER_LB = Fact(
    key="elb.alb_rules_per_lb",
    label="Rules per Application Load Balancer, excluding default rules (default)",
    value=100,
    unit="rules",
    as_of=date(2026, 12, 4),
    source="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html",
    evidence="aws",
    note="Rules per Application Load Balancer, excluding default rules: 100, adjustable (ALB quotas page, read December 2026).",
)

"""Where each calculator lives in the guide, for the Calculators index page."""

from __future__ import annotations

from html import escape

from calculators import REGISTRY

HOME_PAGES = {
    "alb_cost": "aws/elb.md",
    "api_gateway_cost": "aws/api-gateway.md",
    "availability": "fundamentals/availability.md",
    "cidr_subnets": "aws/vpc.md",
    "cloudfront_cost": "aws/cloudfront.md",
    "dr_pattern": "reliability/disaster-recovery.md",
    "dynamodb_break_even": "aws/dynamodb.md",
    "dynamodb_capacity": "aws/dynamodb.md",
    "dynamodb_write_sharding": "aws/dynamodb.md",
    "ec2_fleet_cost": "aws/ec2.md",
    "eks_max_pods": "aws/containers.md",
    "k8s_hpa": "kubernetes/autoscaling.md",
    "k8s_node_packing": "kubernetes/autoscaling.md",
    "kinesis_shards": "aws/kinesis.md",
    "lambda_concurrency": "aws/lambda.md",
    "lambda_cost": "aws/lambda.md",
    "nat_gateway_cost": "aws/vpc.md",
    "s3_multipart": "aws/s3.md",
    "s3_request_rate": "aws/s3.md",
    "s3_storage_cost": "aws/s3.md",
    "shuffle_sharding": "patterns/cell-based.md",
    "sqs_throughput": "aws/messaging.md",
    "traffic_estimate": "fundamentals/estimation.md",
}


def index_html(relative: str) -> str:
    """One line per calculator: name, summary, and a link to its page (``relative`` is the page prefix)."""
    rows = []
    for name, calculator in REGISTRY.items():
        page = HOME_PAGES[name].removesuffix(".md") + "/"
        rows.append(
            f'<li><a href="{escape(relative + page)}#{escape(name)}-title"><code>{escape(name)}</code></a>: '
            f"{escape(calculator.SUMMARY)}</li>"
        )
    return f'<ul class="calc-index">{"".join(rows)}</ul>'

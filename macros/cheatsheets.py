"""Cheat sheets: one printable page per service, its figures and formulas generated from the facts and calculators.

A sheet page is ``docs/cheatsheets/<slug>.md``: ``{{ cheat_sheet("<slug>") }}`` writes its limits, dated
prices and the formulas of its calculators (each step worked at the calculator's defaults, so every number is
computed), and the page adds the traps in prose, every figure through ``fact()`` or ``result()``.
``make pdf`` prints each sheet with the Chromium the tests use (``tools/pdf.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from calculators import compute, get
from calculators.data import CURRENT, Fact
from calculators.render import EVIDENCE_WORDS, fact_anchor, result_quantity
from macros.facts import SECOND_HAND, fact_text


@dataclass(frozen=True)
class Sheet:
    """One service's sheet: the facts it lists (key prefixes, or whole keys) and the calculators it works."""

    title: str
    facts: tuple[str, ...]
    calculators: tuple[str, ...]
    guide: str
    """The guide page the sheet summarises, relative to the docs folder."""


SHEETS = {
    "lambda": Sheet("Lambda", ("lambda.",), ("lambda_cost", "lambda_concurrency"), "aws/lambda.md"),
    "api-gateway": Sheet("API Gateway", ("apigw.",), ("api_gateway_cost",), "aws/api-gateway.md"),
    "messaging": Sheet(
        "SQS, SNS and EventBridge",
        ("sqs.", "sns.", "eventbridge."),
        ("sqs_throughput", "retry_amplification"),
        "aws/messaging.md",
    ),
    "kinesis": Sheet("Kinesis Data Streams", ("kinesis.", "msk."), ("kinesis_shards", "msk_vs_kinesis"), "aws/kinesis.md"),
    "dynamodb": Sheet(
        "DynamoDB",
        ("dynamodb.", "sla.dynamodb_standard_percent", "sla.dynamodb_global_percent"),
        ("dynamodb_capacity", "dynamodb_break_even", "dynamodb_write_sharding"),
        "aws/dynamodb.md",
    ),
    "s3": Sheet(
        "S3",
        ("s3.", "sla.s3_standard_percent", "sla.s3_infrequent_percent"),
        ("s3_storage_cost", "s3_request_rate", "s3_multipart"),
        "aws/s3.md",
    ),
    "elasticache": Sheet("ElastiCache", ("elasticache.",), ("cache_cluster",), "aws/elasticache.md"),
    "elb": Sheet("Elastic Load Balancing", ("elb.",), ("alb_cost",), "aws/elb.md"),
    "cloudfront": Sheet("CloudFront", ("cloudfront.",), ("cloudfront_cost",), "aws/cloudfront.md"),
    "vpc": Sheet("VPC and NAT gateways", ("vpc.",), ("nat_gateway_cost", "cidr_subnets"), "aws/vpc.md"),
    "eks": Sheet(
        "EKS and Kubernetes",
        ("eks.", "k8s.", "karpenter.", "etcd."),
        ("eks_max_pods", "k8s_node_packing", "k8s_hpa"),
        "kubernetes/architecture.md",
    ),
    "containers": Sheet(
        "Containers: ECS, Fargate and EC2", ("fargate.", "ec2.", "ebs."), ("ec2_fleet_cost",), "aws/containers.md"
    ),
}
"""The sheets, in the order the index lists them."""

PAPER = {"": "A4", "-letter": "Letter"}
"""Printed editions: ``cheatsheets/<slug><suffix>.pdf`` on each paper size (``make pdf`` writes them)."""

MAX_STEPS = 8
"""Worked lines per calculator: the first ones, where the formula is; the rest are in the guide."""


def sheet_facts(sheet: Sheet, facts: Iterable[Fact] | None = None) -> list[Fact]:
    """The sheet's facts: those whose key starts with one of its prefixes or is one of its keys, by label."""
    chosen = CURRENT.values() if facts is None else facts
    return sorted(
        (
            fact
            for fact in chosen
            if any(fact.key == item or (item.endswith(".") and fact.key.startswith(item)) for item in sheet.facts)
        ),
        key=lambda fact: fact.label.lower(),
    )


def _fact_row(fact: Fact, prices_url: str) -> str:
    mark = " †" if fact.evidence in SECOND_HAND else ""
    return (
        f'<tr data-key="{escape(fact.key)}"><td>{escape(fact.label)}</td>'
        f'<td class="cheat-value"><a href="{escape(prices_url)}#{fact_anchor(fact.key)}">{escape(fact_text(fact))}</a>{mark}</td>'
        f'<td><time datetime="{fact.as_of.isoformat()}">{fact.as_of:%b %Y}</time></td></tr>'
    )


def _facts_table(title: str, facts: list[Fact], prices_url: str) -> str:
    if not facts:
        return ""
    rows = "".join(_fact_row(fact, prices_url) for fact in facts)
    return (
        f'<h2 class="cheat-heading">{escape(title)}</h2><div class="cheat-scroll" tabindex="0" role="region" '
        f'aria-label="{escape(title)}"><table class="cheat-facts"><thead><tr><th scope="col">What</th>'
        f'<th scope="col">Value</th><th scope="col">As of</th></tr></thead><tbody>{rows}</tbody></table></div>'
    )


def formulas_html(names: Iterable[str]) -> str:
    """Each calculator's first steps at its defaults: what is computed, how, and the result."""
    parts = []
    for name in names:
        calculator = get(name)
        _, result = compute(name, {})
        items = "".join(
            f"<li><strong>{escape(step.label)}</strong> = {escape(step.formula)} = "
            f"{escape(result_quantity(step.value, step.unit))}</li>"
            for step in result.steps[:MAX_STEPS]
        )
        parts.append(f'<h3 class="cheat-calculator">{escape(calculator.TITLE)}</h3><ul class="cheat-steps">{items}</ul>')
    return "".join(parts)


def evidence_line(facts: list[Fact]) -> str:
    """How old the sheet's figures are and how they are known (prices: us-east-1)."""
    oldest = min(fact.as_of for fact in facts)
    kinds = sorted({EVIDENCE_WORDS[fact.evidence] for fact in facts})
    second_hand = sum(fact.evidence in SECOND_HAND for fact in facts)
    marked = f"; {second_hand} marked † seen only in third-party copies or not re-read" if second_hand else ""
    return (
        f'<p class="cheat-sources">Figures as of {oldest:%B %Y} or later, from {escape(", ".join(kinds))}{marked}. '
        "Prices are for us-east-1, on demand. Each value links to its source on the prices page.</p>"
    )


def cheat_sheet_html(slug: str, prices_url: str) -> str:
    """A sheet's generated part: limits, prices, formulas and where its figures come from."""
    sheet = SHEETS[slug]
    facts = sheet_facts(sheet)
    limits = [fact for fact in facts if not fact.is_price]
    prices = [fact for fact in facts if fact.is_price]
    return (
        f'<div class="cheat-sheet" data-sheet="{escape(slug)}">'
        f"{_facts_table('Limits and quotas', limits, prices_url)}"
        f"{_facts_table('Prices', prices, prices_url)}"
        f'<h2 class="cheat-heading">Formulas, worked at the calculators\' defaults</h2>{formulas_html(sheet.calculators)}'
        f"{evidence_line(facts)}</div>"
    )

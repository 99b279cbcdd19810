"""How a dated, sourced fact looks in prose, in a section's "as of" line, and in the reference table."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from html import escape
from pathlib import Path

from calculators.data import Fact
from calculators.render import EVIDENCE_WORDS, fact_anchor, format_value, usd

HISTORY = Path(__file__).resolve().parent.parent / "calculators" / "data" / "history.jsonl"
"""One JSON object per changed value, appended by ``make update-prices``."""

SECOND_HAND = {"third-party", "recalled"}
"""Evidence levels marked in prose, so a reader knows which figures to double-check before quoting them."""


def fact_text(fact: Fact) -> str:
    """Value and unit as a reader says them: "$0.20 per million requests", "1,000 records/s"."""
    if fact.unit.startswith("USD"):
        return f"{usd(fact.value)} {fact.unit.removeprefix('USD').strip()}"
    return f"{format_value(fact.value)} {fact.unit}"


def fact_html(fact: Fact, reference_url: str) -> str:
    """Value and unit linking to the fact's row; the date goes once per section (see ``section_dates``)."""
    marker = '<sup class="fact-mark" aria-hidden="true">†</sup>' if fact.evidence in SECOND_HAND else ""
    title = f"{fact.label}: as of {fact.as_of.isoformat()}, {EVIDENCE_WORDS[fact.evidence]}"
    return (
        f'<a class="fact" href="{escape(reference_url)}#{fact_anchor(fact.key)}" title="{escape(title)}" '
        f'data-as-of="{fact.as_of.isoformat()}" data-evidence="{escape(fact.evidence)}">{escape(fact_text(fact))}{marker}</a>'
    )


_FACT_ATTRS = re.compile(r'class="fact" [^>]*?data-as-of="(\d{4}-\d{2}-\d{2})" data-evidence="([a-z-]+)"')
_SECTION = re.compile(r"(?=<h2[ >])")


def _as_of_line(dates: list[str], evidence: list[str]) -> str:
    oldest = date.fromisoformat(min(dates))
    second_hand = sum(level in SECOND_HAND for level in evidence)
    kinds = sorted({EVIDENCE_WORDS[level] for level in evidence if level not in SECOND_HAND})
    known = f"from {' and '.join(kinds)}" if kinds else ""
    caveat = f"{second_hand} marked † seen only in third-party copies or not re-read: check before quoting" if second_hand else ""
    detail = "; ".join(part for part in (known, caveat) if part)
    return f'<p class="facts-as-of">Figures in this section as of {oldest:%B %Y} ({escape(detail)}).</p>'


def section_dates(html: str) -> str:
    """End each section that quotes facts with one line: how old its figures are and how we know them."""
    parts = _SECTION.split(html)
    out = []
    for part in parts:
        found = _FACT_ATTRS.findall(part)
        if found:
            dates = [day for day, _ in found]
            part += _as_of_line(dates, [level for _, level in found])
        out.append(part)
    return "".join(out)


SERVICE_NAMES = {
    "apigw": "API Gateway",
    "aurora": "Aurora",
    "cloudformation": "CloudFormation",
    "cloudfront": "CloudFront",
    "dynamodb": "DynamoDB",
    "ebs": "EBS",
    "ec2": "EC2",
    "eks": "EKS",
    "elasticache": "ElastiCache",
    "elb": "Elastic Load Balancing",
    "etcd": "etcd",
    "eventbridge": "EventBridge",
    "iam": "IAM",
    "k8s": "Kubernetes",
    "kinesis": "Kinesis Data Streams",
    "lambda": "Lambda",
    "rds": "RDS",
    "route53": "Route 53",
    "s3": "S3",
    "sla": "Service level agreements",
    "sns": "SNS",
    "sqs": "SQS",
    "vpc": "VPC and NAT gateway",
}
"""Headings of the prices page, by key prefix; a prefix missing here shows as itself."""

COLUMNS = ("Fact", "Value", "As of", "Evidence", "Source")


def _provenance(fact: Fact) -> str:
    if fact.provenance is None:
        return ""
    found = fact.provenance
    return (
        f"<br><small>price list {escape(fact.price_list.offer if fact.price_list else '')} "
        f"version {escape(found.offer_version)}, SKU <code>{escape(found.sku)}</code>, "
        f"published {found.published.isoformat()}, read {found.fetched.isoformat()}</small>"
    )


def _row(fact: Fact) -> str:
    note = f"<br><small>{escape(fact.note)}</small>" if fact.note else ""
    cells = (
        f"{escape(fact.label)}<br><code>{escape(fact.key)}</code>{note}",
        escape(fact_text(fact)),
        f'<time datetime="{fact.as_of.isoformat()}">{fact.as_of.isoformat()}</time>',
        escape(EVIDENCE_WORDS[fact.evidence]) + (" †" if fact.evidence in SECOND_HAND else ""),
        f'<a href="{escape(fact.source)}">{escape(_host(fact.source))}</a>{_provenance(fact)}',
    )
    tds = "".join(f'<td data-label="{label}">{cell}</td>' for label, cell in zip(COLUMNS, cells, strict=True))
    return (
        f'<tr id="{fact_anchor(fact.key)}" data-key="{escape(fact.key)}" data-evidence="{escape(fact.evidence)}" '
        f'data-value="{fact.value!r}" data-as-of="{fact.as_of.isoformat()}">{tds}</tr>'
    )


def _host(url: str) -> str:
    return url.split("//", 1)[-1].split("/", 1)[0]


def facts_table_html(facts: Iterable[Fact]) -> str:
    """The reference: one table per service, a row per fact anchored by key, ready for prices.js to filter and sort."""
    by_service: dict[str, list[Fact]] = {}
    for fact in sorted(facts, key=lambda f: f.key):
        by_service.setdefault(fact.service, []).append(fact)
    head = "".join(f'<th scope="col" data-sort="{index}">{label}</th>' for index, label in enumerate(COLUMNS))
    sections = []
    for service in sorted(by_service, key=lambda prefix: str(SERVICE_NAMES.get(prefix, prefix)).lower()):
        title = SERVICE_NAMES.get(service, service)
        rows = "".join(_row(fact) for fact in by_service[service])
        sections.append(
            f'<section class="facts-service" data-service="{escape(service)}">'
            f'<h2 id="service-{escape(service)}">{escape(title)}</h2>'
            f'<div class="md-typeset__scrollwrap"><table class="facts"><thead data-search-exclude><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div></section>"
        )
    controls = (
        '<form class="facts-filter" role="search" hidden>'
        '<label for="facts-q">Filter</label> '
        '<input type="search" id="facts-q" name="filter" placeholder="e.g. lambda, per GB, third-party" autocomplete="off"> '
        '<output id="facts-count" aria-live="polite"></output></form>'
    )
    return controls + "".join(sections)


def evidence_summary_html(facts: Iterable[Fact]) -> str:
    """How many figures rest on each kind of evidence, and which prices the price list cannot give."""
    facts = list(facts)
    rows = "".join(
        f"<tr><td>{escape(EVIDENCE_WORDS[level])}</td><td>{sum(f.evidence == level for f in facts)}</td></tr>"
        for level in EVIDENCE_WORDS
    )
    return f"<table><thead><tr><th>Evidence</th><th>Figures</th></tr></thead><tbody>{rows}</tbody></table>"


def prices_without_price_list_html(facts: Iterable[Fact]) -> str:
    """The prices AWS's offer files do not carry, so a refresh cannot reach them: they are checked by hand."""
    missing = [fact for fact in sorted(facts, key=lambda f: f.key) if fact.is_price and fact.price_list is None]
    if not missing:
        return "<p>Every price comes from the price list.</p>"
    items = "".join(
        f'<li><a href="#{fact_anchor(fact.key)}">{escape(fact.label)}</a> ({escape(EVIDENCE_WORDS[fact.evidence])})</li>'
        for fact in missing
    )
    return f'<ul class="facts-manual">{items}</ul>'


def history_html(changes: list[dict[str, object]], facts: Mapping[str, Fact], limit: int = 50) -> str:
    """The newest price changes first, from the history file ``make update-prices`` appends to."""
    if not changes:
        return "<p>No change since the figures were first read from the price list.</p>"
    items = []
    for change in sorted(changes, key=lambda c: str(c.get("fetched", "")), reverse=True)[:limit]:
        key = str(change["key"])
        fact = facts.get(key)
        label = fact.label if fact else key
        old, new = float(str(change["old"])), float(str(change["new"]))
        percent = f" ({(new - old) / old * 100:+.1f} %)" if old else ""
        unit = fact.unit if fact else ""
        shown_old = usd(old) if unit.startswith("USD") else format_value(old)
        shown_new = usd(new) if unit.startswith("USD") else format_value(new)
        items.append(
            f'<li><time>{escape(str(change.get("fetched", "")))}</time>: <a href="#{fact_anchor(key)}">{escape(label)}</a> '
            f"{escape(shown_old)} → {escape(shown_new)}{escape(percent)}</li>"
        )
    return f'<ul class="facts-history">{"".join(items)}</ul>'


def read_history(path: Path = HISTORY) -> list[dict[str, object]]:
    """The history file's records; none yet when the updater has never changed a value."""
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

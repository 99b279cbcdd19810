"""How a dated, sourced fact looks in prose and in the reference table."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from calculators.data import Fact
from calculators.render import format_value, usd


def _value(fact: Fact) -> str:
    if fact.unit.startswith("USD"):
        return f"{usd(fact.value)} {fact.unit.removeprefix('USD').strip()}"
    return f"{format_value(fact.value)} {fact.unit}"


def fact_html(fact: Fact, reference_url: str) -> str:
    """Value and unit, then the as-of month linking to the fact's row on the prices page."""
    anchor = fact.key.replace(".", "-").replace("_", "-")
    return (
        f'<span class="fact" title="{escape(fact.label)}">{escape(_value(fact))}</span>'
        f' <a class="fact-date" href="{escape(reference_url)}#{anchor}">(as of {fact.as_of:%Y-%m})</a>'
    )


def facts_table_html(facts: Iterable[Fact]) -> str:
    """The reference table: one row per constant, anchored by key so prose can link to it."""
    rows = []
    for fact in sorted(facts, key=lambda f: f.key):
        anchor = fact.key.replace(".", "-").replace("_", "-")
        note = f"<br><small>{escape(fact.note)}</small>" if fact.note else ""
        rows.append(
            f'<tr id="{anchor}"><td><code>{escape(fact.key)}</code></td><td>{escape(fact.label)}{note}</td>'
            f"<td>{escape(_value(fact))}</td><td>{escape(fact.region)}</td><td>{fact.as_of.isoformat()}</td>"
            f"<td>{escape(fact.evidence)}</td>"
            f'<td><a href="{escape(fact.source)}">source</a></td></tr>'
        )
    head = "<tr><th>Key</th><th>What</th><th>Value</th><th>Region</th><th>As of</th><th>Evidence</th><th>Source</th></tr>"
    body = "".join(rows)
    return f'<div class="md-typeset__scrollwrap"><table class="facts"><thead>{head}</thead><tbody>{body}</tbody></table></div>'

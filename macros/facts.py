"""How a dated, sourced fact looks in prose, in a section's "as of" line, and in the reference table."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from html import escape

from calculators.data import Fact
from calculators.render import EVIDENCE_WORDS, fact_anchor, format_value, usd

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


def facts_table_html(facts: Iterable[Fact]) -> str:
    """The reference table: one row per constant, anchored by key so prose can link to it."""
    rows = []
    for fact in sorted(facts, key=lambda f: f.key):
        note = f"<br><small>{escape(fact.note)}</small>" if fact.note else ""
        rows.append(
            f'<tr id="{fact_anchor(fact.key)}"><td><code>{escape(fact.key)}</code></td><td>{escape(fact.label)}{note}</td>'
            f"<td>{escape(fact_text(fact))}</td><td>{escape(fact.region)}</td><td>{fact.as_of.isoformat()}</td>"
            f"<td>{escape(fact.evidence)}</td>"
            f'<td><a href="{escape(fact.source)}">source</a></td></tr>'
        )
    head = "<tr><th>Key</th><th>What</th><th>Value</th><th>Region</th><th>As of</th><th>Evidence</th><th>Source</th></tr>"
    body = "".join(rows)
    return f'<div class="md-typeset__scrollwrap"><table class="facts"><thead>{head}</thead><tbody>{body}</tbody></table></div>'

"""Numbers a fact holds are never typed into prose, so no two pages can quote the same limit differently.

A page that types "1,000 records/s" where ``{{ fact("kinesis.shard_write_records") }}`` belongs would keep
saying it after the limit changed, and would disagree with every page that takes it from the fact. This
test reads each page's prose (no front matter, code, macros or link targets) and looks for a number
followed by the unit of a limit whose value it equals. Units that every kind of figure shares (seconds,
days, KB, %) would match workload numbers too, so only units that name what they count are checked:
records/s, WCU, concurrent executions, pods per node and the like. Prices are covered by the hand-typed
price test beside this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from calculators.data import CURRENT, Fact
from calculators.render import format_value
from tests.site.test_pages import DOCS, FENCE, INLINE_CODE, MACRO, PAGES

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
LINK_TARGET = re.compile(r"\]\([^)]*\)")
GENERIC_UNITS = {
    "%", "percent", "ms", "km", "bytes", "KB", "KiB", "MB", "MiB", "GB", "GiB", "TiB", "seconds", "minutes", "hours", "days",
    "year", "ratio", "nines", "requests", "items", "messages", "records", "characters",
}  # fmt: skip
"""Units too common to tell a limit from a workload figure ("30 days", "4 KB", "500 requests")."""


@dataclass(frozen=True)
class Claim:
    """How one fact would read if typed: its number in every usual spelling, then its unit."""

    fact: Fact
    pattern: re.Pattern[str]


def _unit(fact: Fact) -> str:
    return fact.unit.split("(")[0].strip()


def _spellings(value: float) -> set[str]:
    spellings = {format_value(value)}
    if float(value).is_integer():
        spellings |= {str(int(value)), f"{int(value):,}"}
    return spellings


CLAIMS = [
    Claim(fact, re.compile(r"(?<![\w.,$])" + re.escape(spelling) + r"\s?" + re.escape(_unit(fact)) + r"(?![\w/])"))
    for fact in CURRENT.values()
    if not fact.is_price and _unit(fact) not in GENERIC_UNITS
    for spelling in _spellings(fact.value)
]


def _blank(match: re.Match[str]) -> str:
    return "\n" * match.group(0).count("\n")  # keep the line count, so findings name the file's own lines


def prose(markdown: str) -> str:
    """The words a reader sees, less what comes from macros or stands in code."""
    for pattern in (FRONT_MATTER, FENCE, MACRO, INLINE_CODE):
        markdown = pattern.sub(_blank, markdown)
    return LINK_TARGET.sub("](", markdown)


def typed_facts(markdown: str) -> list[str]:
    found = []
    for number, line in enumerate(prose(markdown).splitlines(), start=1):
        for claim in CLAIMS:
            match = claim.pattern.search(line)
            if match:
                found.append(f'line {number}: "{match.group(0)}" is {{{{ fact("{claim.fact.key}") }}}}')
    return found


def test_the_check_catches_a_typed_limit_and_spares_macros_code_and_workloads() -> None:
    sample = (
        "Each shard takes 1,000 records/s.\n"
        'Each shard takes {{ fact("kinesis.shard_write_records") }}.\n'
        "`1,000 records/s`\n"
        "```\n1000 records/s\n```\n"
        "The stream carries 40,000 records/s at peak.\n"
    )
    assert typed_facts(sample) == ['line 1: "1,000 records/s" is {{ fact("kinesis.shard_write_records") }}']


@pytest.mark.parametrize("page", PAGES)
def test_no_page_types_a_number_a_fact_holds(page: str) -> None:
    assert typed_facts((DOCS / page).read_text(encoding="utf-8")) == []

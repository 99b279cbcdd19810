"""How facts look in prose, in each section's "as of" line, on the prices page and in its history."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from calculators.data import CURRENT
from macros.facts import (
    fact_html,
    facts_table_html,
    history_html,
    prices_without_price_list_html,
    read_history,
    section_dates,
)

AWS_FACT = replace(CURRENT["lambda.timeout_s"], evidence="aws", as_of=date(2026, 12, 4))
THIRD_PARTY = replace(
    CURRENT["kinesis.shard_hour"], evidence="third-party", as_of=date(2026, 11, 1), price_list=None, provenance=None
)


def test_a_fact_links_to_its_row_and_carries_its_date_and_evidence() -> None:
    html = fact_html(AWS_FACT, "../reference/prices-and-limits/")
    assert 'href="../reference/prices-and-limits/#lambda-timeout-s"' in html
    assert 'data-as-of="2026-12-04"' in html and 'data-evidence="aws"' in html
    assert ">900 seconds<" in html
    assert "†" not in html
    assert "(as of" not in html  # the date goes once per section, not after every number


def test_a_second_hand_figure_is_marked() -> None:
    html = fact_html(THIRD_PARTY, "x/")
    assert "†" in html and "$0.015 per shard-hour" in html


def test_each_section_with_facts_ends_with_its_oldest_date_and_evidence() -> None:
    first = f"<h2>One</h2><p>{fact_html(AWS_FACT, 'p/')} and {fact_html(THIRD_PARTY, 'p/')}</p>"
    second = "<h2>Two</h2><p>No figures here.</p>"
    third = f"<h2>Three</h2><p>{fact_html(AWS_FACT, 'p/')}</p>"
    html = section_dates("<h1>T</h1><p>intro</p>" + first + second + third)
    parts = html.split("<h2>")
    assert "facts-as-of" not in parts[0]
    assert "as of November 2026" in parts[1] and "1 marked †" in parts[1] and "AWS documentation" in parts[1]
    assert "facts-as-of" not in parts[2]
    assert "as of December 2026" in parts[3] and "†" not in parts[3].split("facts-as-of")[1]


def test_the_prices_page_groups_by_service_with_an_anchor_per_fact() -> None:
    html = facts_table_html(CURRENT.values())
    assert html.count('<section class="facts-service"') == len({fact.service for fact in CURRENT.values()})
    for fact in CURRENT.values():
        assert f'data-key="{fact.key}"' in html
    assert 'id="lambda-request-million"' in html
    assert html.index('id="service-apigw"') < html.index('id="service-dynamodb"') < html.index('id="service-lambda"')


def test_prices_the_price_list_cannot_refresh_are_listed() -> None:
    html = prices_without_price_list_html([AWS_FACT, THIRD_PARTY])
    assert "Kinesis shard" in html and "Lambda maximum timeout" not in html  # a limit is not a price


def test_history_lists_newest_first_with_the_change_in_percent(tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    records = [
        {"key": "lambda.request_million", "old": 0.2, "new": 0.25, "fetched": "2026-11-01"},
        {"key": "kinesis.shard_hour", "old": 0.015, "new": 0.012, "fetched": "2026-12-01"},
    ]
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    html = history_html(read_history(path), CURRENT)
    assert html.index("Kinesis shard") < html.index("Lambda requests")
    assert "$0.20 → $0.25 (+25.0 %)" in html
    assert "(-20.0 %)" in html
    assert read_history(tmp_path / "missing.jsonl") == []
    assert "No change" in history_html([], CURRENT)

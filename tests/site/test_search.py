"""Search results read as prose: no diagram source and no widget label run into its help text."""

from __future__ import annotations

import json
import re

from calculators import REGISTRY
from tests.conftest import BuiltSite

DIAGRAM_SOURCE = re.compile(r"\bflowchart (?:TD|LR|TB|RL|BT)\b|sequenceDiagram|stateDiagram|-->|\bparticipant \w+ as\b")


def index_texts(built_site: BuiltSite) -> list[tuple[str, str]]:
    index = json.loads((built_site.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    return [(doc["location"], doc["text"]) for doc in index["docs"]]


def test_no_diagram_source_is_indexed(built_site: BuiltSite) -> None:
    found = [(where, match.group(0)) for where, text in index_texts(built_site) for match in DIAGRAM_SOURCE.finditer(text)]
    assert found == []


def test_no_widget_field_is_indexed(built_site: BuiltSite) -> None:
    helps = {spec.help for calculator in REGISTRY.values() for spec in calculator.INPUTS if len(spec.help) > 30}
    found = [(where, help_text) for where, text in index_texts(built_site) for help_text in helps if help_text in text]
    assert found == []


def test_prose_and_results_are_still_indexed(built_site: BuiltSite) -> None:
    texts = dict(index_texts(built_site))
    assert any("shard" in text for where, text in texts.items() if where.startswith("aws/kinesis/"))
    assert any("Show the working" in text or "working" in text for text in texts.values())

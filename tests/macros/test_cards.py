"""Flashcards: every fact has a card, ids are stable, a changed figure changes only its cards, table cards say
what the rendered page says, and the Anki deck updates the notes a reader already has."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import genanki
import jinja2
import pytest

from calculators import compute
from calculators.data import CURRENT, Facts
from calculators.render import format_result
from macros import cards as cards_module
from macros import define_env
from macros.cards import (
    ANKI_DECK_ID,
    ANKI_MODEL_ID,
    HIDDEN,
    MARKER,
    Card,
    build_cards,
    cards_document,
    fact_question,
    flashcards_html,
    hide_constants,
    relative_url,
    table_cards,
    write_apkg,
    write_outputs,
)
from macros.catalogue import nav_from_config
from macros.hooks import on_page_markdown
from tests.conftest import ROOT

DOCS = ROOT / "docs"
PAGES = nav_from_config(ROOT / "mkdocs.yml")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


class _Env:
    """Just enough of mkdocs-macros' env for ``define_env``: the real macros render the page."""

    def __init__(self, url: str) -> None:
        self.page = SimpleNamespace(url=url)
        self.conf: dict[str, Any] = {"docs_dir": str(DOCS), "nav": PAGES}
        self.macros: dict[str, Callable[..., str]] = {}
        self.variables: dict[str, Any] = {}

    def macro(self, function: Callable[..., str]) -> Callable[..., str]:
        self.macros[function.__name__] = function
        return function


def rendered(src_uri: str) -> str:
    """A page's Markdown after its macros, as the hook receives it during the build."""
    text = (DOCS / src_uri).read_text(encoding="utf-8")
    body = text[FRONT_MATTER.match(text).end() :]  # type: ignore[union-attr]
    env = _Env(src_uri.removesuffix(".md") + "/")
    define_env(env)
    return jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(body).render(**env.variables, **env.macros)


MARKED = sorted(str(path.relative_to(DOCS)) for path in DOCS.rglob("*.md") if MARKER in path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tables() -> dict[str, list[Card]]:
    return {page: table_cards(rendered(page), page, "2026-12-04") for page in MARKED}


@pytest.fixture(scope="module")
def deck(tables: dict[str, list[Card]]) -> list[Card]:
    return build_cards(DOCS, PAGES, tables)


def test_three_to_five_tables_are_marked_and_each_row_is_a_card(tables: dict[str, list[Card]]) -> None:
    marks = sum((DOCS / page).read_text(encoding="utf-8").count(MARKER) for page in MARKED)
    assert 3 <= marks <= 5
    assert all(tables[page] for page in MARKED)
    assert sum(len(found) for found in tables.values()) >= 20


def test_ids_are_unique_readable_and_stable_across_generations(deck: list[Card], tables: dict[str, list[Card]]) -> None:
    ids = [card["id"] for card in deck]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(fact|formula|table):[a-z0-9_./:-]+", card_id) for card_id in ids), ids
    again = build_cards(DOCS, PAGES, {page: table_cards(rendered(page), page, "2026-12-04") for page in MARKED})
    assert [(card["id"], card["hash"]) for card in again] == [(card["id"], card["hash"]) for card in deck]
    assert "fact:kinesis.shard_write_records" in ids
    assert "formula:kinesis_shards:shards-for-the-record-rate" in ids
    assert "table:fundamentals/units:seconds-a-day" in ids


def test_every_fact_has_a_card_that_asks_without_giving_the_answer(deck: list[Card]) -> None:
    by_id = {card["id"]: card for card in deck}
    for key, fact in CURRENT.items():
        card = by_id[f"fact:{key}"]
        assert card["kind"] == "fact" and card["source"] == fact.source and card["as_of"] == fact.as_of.isoformat()
        assert card["front"].endswith("?") and f"as of {fact.as_of.isoformat()}" in card["back"]
        assert card["reference"].startswith("reference/prices-and-limits/#")
        if fact.is_price:
            assert "in us-east-1" in card["front"] and "in us-east-1" in card["back"]
    nines = by_id["fact:s3.durability_nines"]
    assert "99.999999999" not in nines["front"] and "11" in nines["back"]
    assert fact_question(CURRENT["vpc.min_prefix"]) == "Largest VPC or subnet block: what prefix length?"
    kinesis = by_id["fact:kinesis.shard_write_records"]
    citing = [
        page
        for page in PAGES
        if (DOCS / page).is_file() and 'fact("kinesis.shard_write_records"' in (DOCS / page).read_text(encoding="utf-8")
    ]
    assert kinesis["page"] == citing[0].removesuffix(".md") + "/"  # the first page in the navigation that cites it
    assert kinesis["calculator"] == "aws/kinesis/#kinesis_shards-title"


def test_formula_cards_hide_the_constant_and_link_the_calculator(deck: list[Card]) -> None:
    formulas = [card for card in deck if card["kind"] == "formula"]
    assert len(formulas) >= 20
    assert all(HIDDEN in card["front"] and HIDDEN not in card["back"].splitlines()[0] for card in formulas)
    records = next(card for card in formulas if card["id"] == "formula:kinesis_shards:shards-for-the-record-rate")
    assert "÷ […] records/s" in records["front"] and "1,000 records/s" in records["back"]
    assert records["calculator"].endswith("#kinesis_shards-title")
    signatures = [(card["front"].split(": ", 1)[1], card["back"].splitlines()[1:]) for card in formulas]
    assert len({repr(signature) for signature in signatures}) == len(signatures)


def test_an_ambiguous_constant_stays_visible() -> None:
    fact = CURRENT["dynamodb.write_unit_kb"]
    assert hide_constants("ceil(1 KB ÷ 1 KB)", [fact]) == ("ceil(1 KB ÷ 1 KB)", [])
    assert hide_constants("ceil(4 KB ÷ 1 KB) + 1,000", [fact]) == ("ceil(4 KB ÷ […] KB) + 1,000", [fact])


def test_a_changed_value_changes_only_the_cards_that_show_it(tables: dict[str, list[Card]], deck: list[Card]) -> None:
    key = "kinesis.shard_write_records"
    changed_facts = Facts(CURRENT.by_key).with_values({key: 2000})
    after = {card["id"]: card["hash"] for card in build_cards(DOCS, PAGES, tables, changed_facts)}
    before = {card["id"]: card["hash"] for card in deck}
    assert after.keys() == before.keys()
    changed = {card_id for card_id in before if before[card_id] != after[card_id]}
    label = CURRENT[key].label
    showing = {card["id"] for card in deck if card["kind"] == "formula" and label in card["back"]}
    assert f"fact:{key}" in changed
    assert showing and showing <= changed
    assert changed == {f"fact:{key}"} | showing


def test_a_figure_rechecked_unchanged_keeps_its_hash(tables: dict[str, list[Card]], deck: list[Card]) -> None:
    """A new as-of date alone is not a change to relearn: the card is not flagged."""
    key = "kinesis.shard_write_records"
    redated = Facts({k: replace(f, as_of=date(2030, 1, 1)) if k == key else f for k, f in CURRENT.by_key.items()})
    after = {card["id"]: (card["hash"], card["back"]) for card in build_cards(DOCS, PAGES, tables, redated)}
    before = next(card for card in deck if card["id"] == f"fact:{key}")
    assert "2030-01-01" in after[f"fact:{key}"][1]
    assert after[f"fact:{key}"][0] == before["hash"]


def test_table_cards_come_from_the_rendered_page(tables: dict[str, list[Card]]) -> None:
    every = [card for found in tables.values() for card in found]
    assert not [card for card in every if "{{" in card["front"] + card["back"] or "{%" in card["front"] + card["back"]]
    assert not [card for card in every if "<" in card["front"] + card["back"]]  # plain text, tags stripped
    nines = {card["id"]: card for card in tables["fundamentals/availability.md"]}["table:fundamentals/availability:99-9"]
    _, result = compute("availability", {"availabilities_percent": "99.9"})
    year = next(output for output in result.outputs if output.name == "downtime_minutes_per_year")
    assert f"Downtime a year (minutes): {format_result(year.value, year.unit)}" in nines["back"]
    assert nines["page"] == "fundamentals/availability/" and nines["as_of"] == "2026-12-04"
    assert nines["front"] == (
        "The nines as a downtime budget — Availability: 99.9% → Downtime a year (minutes) / Downtime a month (minutes)?"
    )


def test_a_marker_must_sit_above_a_table_and_macros_must_be_rendered() -> None:
    with pytest.raises(ValueError, match="directly above a table"):
        table_cards(f"## A\n\n{MARKER}\nText.\n", "x.md")
    with pytest.raises(ValueError, match="still holds a macro"):
        table_cards(f"{MARKER}\n| a | b |\n| --- | --- |\n| 1 | {{{{ fact('x') }}}} |\n", "x.md")


def test_the_hook_collects_tables_from_the_markdown_it_is_given() -> None:
    page = SimpleNamespace(meta={"reviewed": date(2026, 12, 4)}, file=SimpleNamespace(src_uri="t/page.md"))
    on_page_markdown(f"## Sizes\n\n{MARKER}\n| Unit | Bytes |\n| --- | --- |\n| 1 KiB | 1,024 |\n", page, {}, None)
    assert [(card["id"], card["back"]) for card in cards_module.TABLE_CARDS["t/page.md"]] == [
        ("table:t/page:1-kib", "Bytes: 1,024")
    ]
    on_page_markdown("## Sizes\n", page, {}, None)
    assert cards_module.TABLE_CARDS["t/page.md"] == []
    del cards_module.TABLE_CARDS["t/page.md"]


def _read_apkg(path: Path, tmp_path: Path) -> tuple[list[str], set[int], set[int], set[int]]:
    with zipfile.ZipFile(path) as archive:
        assert "collection.anki2" in archive.namelist()
        database = tmp_path / f"{path.stem}.anki2"
        database.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(database) as connection:
        guids = [row[0] for row in connection.execute("SELECT guid FROM notes ORDER BY id")]
        models = {row[0] for row in connection.execute("SELECT DISTINCT mid FROM notes")}
        decks = {row[0] for row in connection.execute("SELECT DISTINCT did FROM cards")}
        declared = json.loads(connection.execute("SELECT models FROM col").fetchone()[0])
    connection.close()
    return guids, models, decks, {int(model_id) for model_id in declared}


def test_the_anki_deck_has_one_note_per_card_keyed_by_its_id(deck: list[Card], tmp_path: Path) -> None:
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    write_apkg(first, deck, "https://example.org/guide/")
    write_apkg(second, deck, "https://example.org/guide/")
    guids, models, decks, declared = _read_apkg(first, tmp_path)
    assert len(guids) == len(deck)
    assert sorted(guids) == sorted(genanki.guid_for(card["id"]) for card in deck)
    assert models == {ANKI_MODEL_ID} and decks == {ANKI_DECK_ID} and ANKI_MODEL_ID in declared
    again = _read_apkg(second, tmp_path)
    assert (sorted(again[0]), again[1], again[2]) == (sorted(guids), models, decks)


def test_the_build_writes_cards_json_and_the_deck(tmp_path: Path, tables: dict[str, list[Card]]) -> None:
    cards_module.TABLE_CARDS.update(tables)
    try:
        written = write_outputs(tmp_path, DOCS, [{"Fundamentals": PAGES}], "http://127.0.0.1:8000/")
    finally:
        for page in tables:
            cards_module.TABLE_CARDS.pop(page, None)
    document = json.loads((tmp_path / "practice" / "cards.json").read_text(encoding="utf-8"))
    assert document == json.loads(json.dumps(cards_document(written)))
    assert document["version"] == 1 and document["built"] == max(card["as_of"] for card in written if card["as_of"])
    assert set(document["cards"][0]) >= {"id", "kind", "front", "back", "page", "calculator", "hash", "as_of"}
    assert zipfile.is_zipfile(tmp_path / "practice" / "system-design-cards.apkg")


def test_the_page_shows_a_sample_and_links_relative_to_itself() -> None:
    page = flashcards_html("practice/flashcards/", DOCS, PAGES)
    assert 'data-cards-url="../cards.json"' in page and 'data-site-root="../../"' in page
    assert 'href="../system-design-cards.apkg"' in page
    assert page.count("<details") == 10 and "{{" not in page
    assert relative_url("aws/kinesis/#kinesis_shards-title", "practice/flashcards/") == "../../aws/kinesis/#kinesis_shards-title"

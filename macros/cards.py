"""Flashcards of the numbers a candidate should know, made from the same data the guide prints.

Three kinds of card, so nobody writes a card by hand and no card can disagree with the page it links to:

- ``fact``: one per price or limit in ``calculators.data`` (value, unit, as-of date, source);
- ``formula``: a calculator's worked step with the constant hidden ("ceil(rate ÷ […] records/s)");
- ``table``: one per row of the tables marked ``<!-- flashcards -->`` in the guide, read from the page's
  Markdown *after* the macros have rendered it, so a row holding ``{{ result(...) }}`` becomes the number a
  reader sees on the page (see ``collect_tables``).

Every card has a readable, stable ``id`` (the browser keys its review state by it; the Anki deck derives each
note's guid from it, so a newer deck updates notes instead of duplicating them) and a ``hash`` of what it says:
when a figure changes, the hash changes and the browser puts the card back in front of the reader.
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypedDict

from calculators import REGISTRY, compute
from calculators.data import CURRENT, Fact, Facts
from calculators.render import _decimals, fact_anchor, format_value, usd
from macros.catalogue import home_pages, nav_pages, page_url
from macros.facts import fact_text

PRICES_PAGE = "reference/prices-and-limits/"
CARDS_JSON = "practice/cards.json"
APKG = "practice/system-design-cards.apkg"
MARKER = "<!-- flashcards -->"
"""The line a page puts directly above a table to turn each of its rows into a card."""

HIDDEN = "[…]"
HASH_LENGTH = 16

# Anki identifies a note type and a deck by these numbers: they must never change, or a reader who imports a
# newer deck gets a second deck and a second note type beside the first. Picked once at random in the range
# genanki's documentation recommends (1 << 30 to 1 << 31).
ANKI_MODEL_ID = 1_734_052_918
ANKI_DECK_ID = 1_406_337_584
ANKI_DECK_NAME = "System design: know your numbers"


class Card(TypedDict):
    """One card as ``cards.json`` carries it (and as the Anki deck and the page's sample show it)."""

    id: str
    kind: str
    front: str
    back: str
    page: str
    """Site-relative URL of the guide page that teaches it (``aws/kinesis/``)."""
    calculator: str
    """Site-relative URL of a calculator that uses it (``aws/kinesis/#kinesis_shards-title``), or ""."""
    reference: str
    """Site-relative URL of its row on the prices page, or "" when it is not a single fact."""
    source: str
    """Where the figure comes from: the provider's page for a fact, else the guide page (site-relative)."""
    hash: str
    as_of: str


AS_OF = re.compile(r", as of \d{4}-\d{2}-\d{2}")


def card_hash(front: str, back: str) -> str:
    """A short fingerprint of what the card says: a changed figure changes it, a re-run of the build does not.

    Nor does a figure re-checked and found unchanged (only its as-of date moves): nothing to relearn.
    """
    return hashlib.sha256(f"{front}\n{AS_OF.sub('', back)}".encode()).hexdigest()[:HASH_LENGTH]


def _card(
    *, id: str, kind: str, front: str, back: str, page: str, calculator: str = "", reference: str = "", source: str, as_of: str
) -> Card:
    return Card(
        id=id,
        kind=kind,
        front=front,
        back=back,
        page=page,
        calculator=calculator,
        reference=reference,
        source=source,
        hash=card_hash(front, back),
        as_of=as_of,
    )


def slug(text: str) -> str:
    """A readable id segment: "Shards for the record rate" -> "shards-for-the-record-rate", "99.9%" -> "99-9"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("µ", "u")).strip("-") or "row"


# --- Facts ----------------------------------------------------------------------------------------------------

_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_PERCENT = re.compile(r"^(%|percent(?=\W|$))\s*")
_PLURALS = {"second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "year": "years", "ACU": "ACUs"}
"""Units written in the singular for a value of 1; the question asks in the plural."""


def fact_question(fact: Fact) -> str:
    """The front: the label and what to answer in, without giving the number away.

    A unit's parenthesis is left off the question ("nines (99.999999999%)" would be the answer, "prefix length
    (/16)" too); prices name their Region, since another Region's price differs.
    """
    unit = _PARENTHESIS.sub("", fact.unit).strip()
    if fact.is_price:
        return f"{fact.label} in {fact.region}: price {unit.removeprefix('USD').strip()}?"
    if _PERCENT.match(unit):
        rest = _PERCENT.sub("", unit)
        return f"{fact.label}: what percentage{' ' + rest if rest else ''}?"
    if unit.startswith("of "):
        return f"{fact.label}: what share {unit}?"
    if unit == "ratio":
        return f"{fact.label}, as a ratio?"
    if unit.startswith("prefix length"):
        return f"{fact.label}: what prefix length?"
    return f"{fact.label}: how many {_PLURALS.get(unit, unit)}?"


def fact_answer(fact: Fact) -> str:
    """The back: value and unit as the guide prints them, the Region for a price, and the as-of date."""
    region = f" in {fact.region}" if fact.is_price else ""
    return f"{fact_text(fact)}{region}, as of {fact.as_of.isoformat()}."


_FACT_CALL = re.compile(r"""\bfact\(\s*["']([A-Za-z0-9_.]+)["']""")


def fact_pages(docs_dir: Path, pages: Sequence[str]) -> dict[str, str]:
    """Each fact's first citing page (a path under ``docs_dir``), in the order given (the navigation's)."""
    first: dict[str, str] = {}
    for page in pages:
        path = docs_dir / page
        if path.is_file():
            for key in _FACT_CALL.findall(path.read_text(encoding="utf-8")):
                first.setdefault(key, page)
    return first


def fact_cards(facts: Facts, cited_in: Mapping[str, str], calculator_of: Mapping[str, str]) -> list[Card]:
    """One card per fact; ``cited_in`` maps a key to the page citing it, ``calculator_of`` to a calculator's URL."""
    cards = []
    for key in sorted(facts):
        fact = facts[key]
        reference = f"{PRICES_PAGE}#{fact_anchor(key)}"
        cards.append(
            _card(
                id=f"fact:{key}",
                kind="fact",
                front=fact_question(fact),
                back=fact_answer(fact),
                page=page_url(cited_in[key]) if key in cited_in else reference,
                calculator=calculator_of.get(key, ""),
                reference=reference,
                source=fact.source,
                as_of=fact.as_of.isoformat(),
            )
        )
    return cards


# --- Formulas -------------------------------------------------------------------------------------------------


def _spellings(value: float) -> list[str]:
    """How a constant can appear in a formula: "$3.50", "$0.0000166667", "1,000", "0.5", longest first."""
    found = {format_value(value), usd(value), f"${value:,.2f}", "$" + _decimals(value, 2, 10, keep_fewest=False)}
    if not float(value).is_integer():
        found.add(f"{value:g}")
    return sorted((text for text in found if text), key=len, reverse=True)


def _occurrences(text: str, spelled: str) -> list[int]:
    """Where ``spelled`` stands as a whole number in ``text`` (not the "1" of "1,000" or of "$1.51")."""
    starts = []
    for match in re.finditer(re.escape(spelled), text):
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end() : match.end() + 2]
        if before and (before.isdigit() or before in ",.$"):
            continue
        if after[:1].isdigit() or (after[:1] in ",." and after[1:2].isdigit()):
            continue
        starts.append(match.start())
    return starts


def hide_constants(formula: str, used: Iterable[Fact]) -> tuple[str, list[Fact]]:
    """The formula with each fact's number replaced by ``[…]``, and the facts hidden.

    A number written twice ("ceil(1 KB ÷ 1 KB)": the item size and the unit size) is ambiguous, so it stays:
    hiding the wrong one would teach the wrong thing.
    """
    hidden: list[Fact] = []
    for fact in used:
        for spelled in _spellings(fact.value):
            places = _occurrences(formula, spelled)
            if len(places) == 1:
                start = places[0]
                formula = formula[:start] + HIDDEN + formula[start + len(spelled) :]
                hidden.append(fact)
                break
            if len(places) > 1:
                break
    return formula, hidden


def formula_cards(facts: Facts, homes: Mapping[str, str]) -> tuple[list[Card], dict[str, str]]:
    """Cloze cards from every calculator's worked steps (default inputs) that use a fact.

    A step whose constant cannot be found in its formula teaches nothing and is skipped, as is a second card
    with the same facts and the same masked formula (two calculators sharing a step). Also returns, for each
    fact hidden in some card, the first calculator's URL: that fact's own card links to it.
    """
    cards = []
    calculator_of: dict[str, str] = {}
    seen: set[tuple[tuple[str, ...], str]] = set()
    for name in sorted(REGISTRY):
        _, result = compute(name, {}, facts)
        home = page_url(homes[name]) if name in homes else "calculators/"
        used_ids: set[str] = set()
        for step in result.steps:
            if not step.facts:
                continue
            masked, hidden = hide_constants(step.formula, (facts[key] for key in step.facts))
            signature = (tuple(sorted(fact.key for fact in hidden)), masked)
            if not hidden or signature in seen:
                continue
            seen.add(signature)
            card_id = f"formula:{name}:{slug(step.label)}"
            while card_id in used_ids:
                card_id += "-2"
            used_ids.add(card_id)
            for fact in hidden:
                calculator_of.setdefault(fact.key, f"{home}#{name}-title")
            constants = "\n".join(f"{HIDDEN} = {fact_text(fact)}: {fact.label}" for fact in hidden)
            cards.append(
                _card(
                    id=card_id,
                    kind="formula",
                    front=f"{REGISTRY[name].TITLE}, {step.label}: {masked}",
                    back=f"{step.formula}\n{constants}",
                    page=home,
                    calculator=f"{home}#{name}-title",
                    source=home,
                    as_of=max(fact.as_of for fact in hidden).isoformat(),
                )
            )
    return cards, calculator_of


# --- Tables ---------------------------------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")
_FACT_MARK = re.compile(r'<sup class="fact-mark"[^>]*>.*?</sup>')
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_HEADING = re.compile(r"^(#{2,6})\s+(.+?)\s*(\{[^}]*\})?\s*$")
_DELIMITER = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def plain_text(markdown: str) -> str:
    """A rendered table cell as plain text: tags, links and emphasis gone, entities decoded, spaces tidied."""
    text = _FACT_MARK.sub("", markdown)
    text = _TAG.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def _cells(line: str) -> list[str]:
    row = plain_text(line.replace("\\|", "\x00")).strip()
    row = row.removeprefix("|").removesuffix("|")
    return [cell.replace("\x00", "|").strip() for cell in row.split("|")]


def table_cards(markdown: str, src_uri: str, as_of: str = "") -> list[Card]:
    """One card per row of each table marked ``<!-- flashcards -->``: the first column asks, the others answer.

    ``markdown`` must be the page as the macros rendered it (no ``{{ ... }}`` left): the card then says what
    the page says. ``src_uri`` is the page's path under docs (``fundamentals/units.md``).
    """
    page = page_url(src_uri)
    stem = src_uri.removesuffix(".md")
    lines = markdown.splitlines()
    cards: list[Card] = []
    used: set[str] = set()
    heading = ""
    for number, line in enumerate(lines):
        found = _HEADING.match(line)
        if found:
            heading = plain_text(found.group(2))
        if line.strip() != MARKER:
            continue
        table = []
        for row in lines[number + 1 :]:
            if not row.strip().startswith("|"):
                break
            table.append(row)
        if len(table) < 3 or not _DELIMITER.match(table[1].strip()):
            raise ValueError(f"{src_uri}: {MARKER} must sit directly above a table (line {number + 1})")
        headers = _cells(table[0])
        for row in table[2:]:
            cells = _cells(row)
            if "{{" in row or "{%" in row:
                raise ValueError(f"{src_uri}: a flashcard row still holds a macro, render the page first: {row[:80]}")
            row_id = f"table:{stem}:{slug(cells[0])}"
            while row_id in used:
                row_id += "-2"
            used.add(row_id)
            answers = zip(headers[1:], cells[1:], strict=False)
            context = f"{heading} — " if heading else ""
            cards.append(
                _card(
                    id=row_id,
                    kind="table",
                    front=f"{context}{headers[0]}: {cells[0]} → {' / '.join(headers[1:])}?",
                    back="\n".join(f"{header}: {cell}" for header, cell in answers),
                    page=page,
                    source=page,
                    as_of=as_of,
                )
            )
    return cards


TABLE_CARDS: dict[str, list[Card]] = {}
"""Table cards by page, filled as each page is rendered (``collect_tables``) and read after the build."""


def collect_tables(markdown: str, page: Any) -> None:
    """Remember a page's table cards; called from the hook's ``on_page_markdown``.

    MkDocs runs the ``hooks`` after the ``plugins``, so the markdown the hook receives has been through the
    macros plugin already: every ``{{ result(...) }}`` is the number the reader sees. Rendering the tables
    again here would mean a second Jinja environment that could drift from the real one. A page without a
    marker clears its entry (a marker removed while ``mkdocs serve`` runs).
    """
    reviewed = page.meta.get("reviewed")
    TABLE_CARDS[page.file.src_uri] = (
        table_cards(markdown, page.file.src_uri, reviewed.isoformat() if isinstance(reviewed, date) else "")
        if MARKER in markdown
        else []
    )


# --- The deck -------------------------------------------------------------------------------------------------


def build_cards(docs_dir: Path, pages: Sequence[str], tables: Mapping[str, list[Card]], facts: Facts = CURRENT) -> list[Card]:
    """Every card, in a stable order: tables and formulas (the shortest to learn) by page, then facts by key."""
    homes = home_pages(docs_dir, [page for page in pages if (docs_dir / page).is_file()])
    formulas, calculator_of = formula_cards(facts, homes)
    facts_cards = fact_cards(facts, fact_pages(docs_dir, pages), calculator_of)
    order = {page: index for index, page in enumerate(pages)}
    table_list = [card for page in sorted(tables, key=lambda p: (order.get(p, len(order)), p)) for card in tables[page]]
    cards = table_list + formulas + facts_cards
    ids = [card["id"] for card in cards]
    duplicates = sorted({card_id for card_id in ids if ids.count(card_id) > 1})
    if duplicates:
        raise ValueError(f"flashcard ids must be unique: {', '.join(duplicates)}")
    return cards


def cards_document(cards: Sequence[Card]) -> dict[str, object]:
    """What ``cards.json`` holds; ``built`` is the newest as-of date, so the file changes only when a card does."""
    dates = [card["as_of"] for card in cards if card["as_of"]]
    return {"version": 1, "built": max(dates) if dates else "", "cards": list(cards)}


def _field(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _absolute(url: str, site_url: str) -> str:
    return url if url.startswith(("http://", "https://")) else site_url.rstrip("/") + "/" + url


def write_apkg(path: Path, cards: Sequence[Card], site_url: str) -> None:
    """Write the Anki deck: one note per card, its guid derived from the card id (a re-import updates it)."""
    import genanki  # type: ignore[import-untyped]  # imported here: only the build needs it, not the macros

    model = genanki.Model(
        ANKI_MODEL_ID,
        "System design flashcard",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
        templates=[
            {
                "name": "Card",
                "qfmt": "{{Front}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<p class="source">{{Source}}</p>',
            }
        ],
        css=".card { font-family: sans-serif; font-size: 20px; text-align: left; } .source { font-size: 14px; }",
    )
    deck = genanki.Deck(ANKI_DECK_ID, ANKI_DECK_NAME)
    for card in cards:
        link = _absolute(card["source"], site_url)
        source = f'<a href="{html.escape(link)}">{html.escape(link)}</a>'
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[_field(card["front"]), _field(card["back"]), source],
                guid=genanki.guid_for(card["id"]),
                tags=[card["kind"]],
            )
        )
    built = max((card["as_of"] for card in cards if card["as_of"]), default="2026-01-01")
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.combine(date.fromisoformat(built), datetime.min.time(), UTC).timestamp()
    genanki.Package(deck).write_to_file(str(path), timestamp=stamp)


def write_outputs(site_dir: Path, docs_dir: Path, nav: Iterable[Any], site_url: str) -> list[Card]:
    """After the build: ``practice/cards.json`` and the Anki deck, from the facts, calculators and marked tables."""
    pages = nav_pages(nav) or sorted(str(path.relative_to(docs_dir)) for path in docs_dir.rglob("*.md"))
    cards = build_cards(docs_dir, pages, TABLE_CARDS)
    target = site_dir / CARDS_JSON
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(cards_document(cards), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_apkg(site_dir / APKG, cards, site_url)
    return cards


# --- The page -------------------------------------------------------------------------------------------------

SAMPLE_SIZE = 10


def relative_url(url: str, page: str) -> str:
    """A site-relative URL (``aws/kinesis/#kinesis_shards-title``) as seen from ``page`` (``practice/flashcards/``).

    Unlike ``posixpath.relpath`` alone, a directory URL keeps its slash and an anchor survives.
    """
    path, hash_mark, anchor = url.partition("#")
    page_dir = page if page.endswith("/") else posixpath.dirname(page)
    found = posixpath.relpath(path or ".", page_dir or ".")
    if path.endswith("/") or not path:
        found += "/"
    return found + hash_mark + anchor


def _links(card: Card, page: str) -> str:
    links = [f'<a href="{html.escape(relative_url(card["page"], page))}">Where the guide explains it</a>']
    if card["calculator"]:
        links.append(f'<a href="{html.escape(relative_url(card["calculator"], page))}">Calculator</a>')
    if card["reference"] and card["reference"] != card["page"]:
        links.append(f'<a href="{html.escape(relative_url(card["reference"], page))}">Prices and limits</a>')
    return " · ".join(links)


def sample(cards: Sequence[Card], size: int = SAMPLE_SIZE) -> list[Card]:
    """About ``size`` cards spread evenly over the deck (formulas and facts alike), the same on every build."""
    if len(cards) <= size:
        return list(cards)
    return [cards[index * len(cards) // size] for index in range(size)]


def flashcards_html(page: str, docs_dir: Path, pages: Sequence[str]) -> str:
    """The review area: cards.js turns it into the review; without JavaScript, a sample with answers to open.

    ``page`` is the URL of the page it sits on (links are made relative to it, so the site works from any
    path). Table cards exist only once their pages have rendered, so the sample is drawn from formulas and facts.
    """
    cards = build_cards(docs_dir, pages, {})
    items = "".join(
        f'<details class="flashcard-sample"><summary>{_field(card["front"])}</summary>'
        f'<p class="flashcard-sample-back">{_field(card["back"])}</p><p class="flashcard-links">{_links(card, page)}</p>'
        "</details>"
        for card in sample(cards)
    )
    return (
        f'<div class="flashcards" data-flashcards data-cards-url="{html.escape(relative_url(CARDS_JSON, page))}" '
        f'data-site-root="{html.escape(relative_url("", page))}">'
        f'<p class="flashcards-deck"><a href="{html.escape(relative_url(APKG, page))}" download>'
        "Download the Anki deck (.apkg)</a></p>"
        '<div class="flashcards-sample" data-flashcards-sample><p>A sample of the deck, answers folded: open one to check '
        f"yourself. With JavaScript on, this page schedules every card for you.</p>{items}</div></div>"
    )

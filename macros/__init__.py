"""mkdocs-macros entry point: registers the page functions. Glue only; numbers come from ``calculators``.

Pages opt in with ``render_macros: true`` in their front matter.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from pathlib import Path
from typing import Any

from calculators import compute, get, units
from calculators._core import Value
from calculators.data import CURRENT
from calculators.render import format_result, format_value
from macros import drills
from macros.cards import flashcards_html
from macros.catalogue import home_pages, index_html, nav_pages
from macros.cheatsheets import SHEETS, cheat_sheet_html
from macros.crossover import crossover_tables_html
from macros.facts import (
    evidence_summary_html,
    fact_html,
    facts_table_html,
    history_html,
    prices_without_price_list_html,
    read_history,
)
from macros.feeds import Feed, FeedLink, fed_value
from macros.runtime import current_runtime
from macros.wheel import build_wheel
from macros.widget import widget_html


def define_env(env: Any) -> None:
    """Register ``calculator``, ``result``, ``fact`` and ``facts_table`` for pages."""
    wheel = build_wheel()
    runtime = current_runtime()
    widgets_on_page: Counter[str] = Counter()

    def page_relative(path: str) -> str:
        page_dir = env.page.url if env.page.url.endswith("/") else posixpath.dirname(env.page.url)
        return posixpath.relpath(path, page_dir or ".")

    def runtime_start() -> dict[str, object]:
        """Where this page's worker starts Python from (page-relative URLs), for ``data-runtime``."""
        return {
            "wheel": page_relative(wheel.site_path),
            "stdlib": page_relative(runtime.site_dir + "python_stdlib.zip"),
            "snapshot": page_relative(runtime.site_dir + "snapshot.bin"),
            "pyodideVersion": runtime.pyodide_version,
            "lockInfo": runtime.lock_info,
        }

    def prices_url() -> str:
        return page_relative("reference/prices-and-limits/") + "/"

    def trainer_url() -> str:
        return page_relative("practice/drills/") + "/"

    @env.macro  # type: ignore[untyped-decorator]
    def crossover_tables() -> str:
        """The crossover page's load table, crossings and sensitivity ranking, for the defaults."""
        return crossover_tables_html()

    @env.macro  # type: ignore[untyped-decorator]
    def drill_trainer() -> str:
        """The drills page's trainer (needs JavaScript; hidden without it)."""
        return drills.trainer_html(runtime_start(), prices_url())

    @env.macro  # type: ignore[untyped-decorator]
    def drill_samples() -> str:
        """A worked sample of every drill family, computed now."""
        return drills.samples_html(prices_url(), trainer_url())

    @env.macro  # type: ignore[untyped-decorator]
    def drill(family: str) -> str:
        """A drill at the end of a service page, with its answers folded and a link to answer it live."""
        return drills.drill_card_html(family, trainer_url(), prices_url())

    @env.macro  # type: ignore[untyped-decorator]
    def drill_family_titles() -> str:
        """Family names to titles as JSON, for the progress page."""
        return drills.family_titles_json()

    outputs_on_page: dict[tuple[str, str], dict[str, tuple[Value, str]]] = {}
    env.variables["units"] = units

    def source_output(link: Feed) -> tuple[Value, float]:
        """The output a feed reads, from a widget earlier on this page (the only order that can be kept live)."""
        outputs = outputs_on_page.get((env.page.url, link.source))
        if outputs is None:
            raise KeyError(f"feed: no widget {link.source!r} above this one on {env.page.url}")
        if link.output not in outputs:
            raise KeyError(f"feed: {link.source} has no output {link.output!r}")
        return outputs[link.output][0], link.scale

    def link_of(link: Feed) -> FeedLink:
        source_output(link)
        calculator_name = link.source.rsplit("-", 1)[0] if link.source[-1].isdigit() else link.source
        return FeedLink(link, get(calculator_name).TITLE, outputs_on_page[(env.page.url, link.source)][link.output][1])

    @env.macro  # type: ignore[untyped-decorator]
    def feed(source: str, output: str, scale: float = 1.0, how: str = "") -> Feed:
        """An input filled from ``output`` of widget ``source`` above on the page, kept live as the reader edits it.

        ``how`` says what ``scale`` does, for the note under the field.
        """
        if scale != 1 and not how:
            raise ValueError(f"feed from {source}.{output}: say how the scale {scale:g} converts it (how=...)")
        return Feed(source, output, scale, how)

    @env.macro  # type: ignore[untyped-decorator]
    def fed(source: str, output: str, scale: float = 1.0) -> float:
        """The number a feed would put in an input, for prose: ``result(..., records_per_second=fed(...))``."""
        return fed_value(*source_output(Feed(source, output, scale)))

    @env.macro  # type: ignore[untyped-decorator]
    def calculator(name: str, **inputs: object) -> str:
        """A live widget, pre-filled with ``inputs`` and computed now."""
        key = f"{env.page.url}|{name}"
        widgets_on_page[key] += 1
        count = widgets_on_page[key]
        widget_id = name if count == 1 else f"{name}-{count}"
        links = {field: link_of(value) for field, value in inputs.items() if isinstance(value, Feed)}
        values = {
            field: fed_value(*source_output(links[field].feed)) if field in links else value for field, value in inputs.items()
        }
        html = widget_html(
            name,
            values,
            widget_id=widget_id,
            runtime=runtime_start(),
            prices_url=prices_url(),
            feeds=links,
        )
        _, computed = compute(name, values)
        outputs_on_page[(env.page.url, widget_id)] = {o.name: (o.value, o.label) for o in computed.outputs}
        return html  # the page's head starts Python (macros/hooks.py: start_python_in_head)

    @env.macro  # type: ignore[untyped-decorator]
    def result(name: str, output: str, **inputs: object) -> str:
        """One output of a calculator, formatted, for a number in prose."""
        _, computed = compute(name, inputs)
        for item in computed.outputs:
            if item.name == output:
                return format_result(item.value, item.unit)
        raise KeyError(f"{name} has no output {output!r}")

    @env.macro  # type: ignore[untyped-decorator]
    def fact(key: str, *, bare: bool = False) -> str:
        """A price or limit with its unit and as-of date (``bare=True``: the number alone)."""
        if bare:
            return format_value(CURRENT[key].value)
        return fact_html(CURRENT[key], prices_url())

    @env.macro  # type: ignore[untyped-decorator]
    def facts_table() -> str:
        """Every constant by service, with value, as-of date, evidence, source and price-list provenance."""
        return facts_table_html(CURRENT.values())

    @env.macro  # type: ignore[untyped-decorator]
    def evidence_summary() -> str:
        """How many figures rest on each kind of evidence."""
        return evidence_summary_html(CURRENT.values())

    @env.macro  # type: ignore[untyped-decorator]
    def prices_without_price_list() -> str:
        """The prices the price list cannot refresh."""
        return prices_without_price_list_html(CURRENT.values())

    @env.macro  # type: ignore[untyped-decorator]
    def price_history() -> str:
        """What changed, newest first, from the history file the updater appends to."""
        return history_html(read_history(), CURRENT)

    @env.macro  # type: ignore[untyped-decorator]
    def calculators_index() -> str:
        """The catalogue: one line per calculator, linking to the page that embeds it."""
        homes = home_pages(Path(env.conf["docs_dir"]), nav_pages(env.conf["nav"] or []))
        return index_html(page_relative(".") + "/", homes)

    @env.macro  # type: ignore[untyped-decorator]
    def cheat_sheet(slug: str) -> str:
        """A service's printable sheet: its limits, dated prices and its calculators' formulas."""
        return cheat_sheet_html(slug, prices_url())

    @env.macro  # type: ignore[untyped-decorator]
    def cheat_sheets_index() -> str:
        """The sheets, each with its guide page and its printed edition."""
        items = "".join(
            f'<li><a href="{slug}/">{sheet.title}</a>: from <a href="{page_relative(sheet.guide.removesuffix(".md"))}/">'
            f"the {sheet.title} chapter</a>; PDF: "
            f'<a href="{slug}.pdf" data-printed-edition>A4</a>, <a href="{slug}-letter.pdf" data-printed-edition>Letter</a></li>'
            for slug, sheet in SHEETS.items()
        )
        return f'<ul class="cheat-index">{items}</ul>'

    @env.macro  # type: ignore[untyped-decorator]
    def flashcards() -> str:
        """The flashcards' review area (cards.js), with a sample and the Anki deck for readers without JavaScript."""
        return flashcards_html(env.page.url, Path(env.conf["docs_dir"]), nav_pages(env.conf["nav"] or []))

"""Where each calculator lives in the guide: derived from the pages, so nobody keeps a list by hand.

A calculator's home page is the first page in the navigation that embeds its widget with the defaults
(``{{ calculator("name") }}``): the page that presents the calculator itself. Pages that embed it
pre-filled for a scenario come after it; a calculator embedded only pre-filled lives on the first of those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any

import yaml

from calculators import REGISTRY
from calculators.registry import QUESTIONS

WIDGET = re.compile(r"""\{\{-?\s*calculator\(\s*["']([a-z0-9_]+)["']\s*([,)])""")
"""A widget in a page's Markdown; the second group is ``)`` when the widget shows the defaults."""


class MissingWidgetError(LookupError):
    """A registered calculator that no page embeds: readers could not find it."""


def nav_pages(nav: Iterable[Any]) -> list[str]:
    """The Markdown files of an mkdocs ``nav``, in reading order (external links left out)."""
    pages: list[str] = []
    for item in nav:
        values = item.values() if isinstance(item, Mapping) else [item]
        for value in values:
            if isinstance(value, str) and value.endswith(".md"):
                pages.append(value)
            elif isinstance(value, list):
                pages += nav_pages(value)
    return pages


def nav_from_config(mkdocs_yml: Path) -> list[str]:
    """The nav of an ``mkdocs.yml`` read without MkDocs (its ``!!python`` tags are not needed here)."""
    loader: Any = type("TagTolerantLoader", (yaml.SafeLoader,), {})
    loader.add_multi_constructor("", lambda _loader, _suffix, _node: None)
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=loader)
    return nav_pages(config.get("nav") or [])


def home_pages(docs_dir: Path, pages: Sequence[str]) -> dict[str, str]:
    """Each embedded calculator's home page (a path under ``docs_dir``), by the rule in the module docstring."""
    first: dict[str, str] = {}
    first_with_defaults: dict[str, str] = {}
    for page in pages:
        for name, end in WIDGET.findall((docs_dir / page).read_text(encoding="utf-8")):
            first.setdefault(name, page)
            if end == ")":
                first_with_defaults.setdefault(name, page)
    return {name: first_with_defaults.get(name, page) for name, page in first.items()}


def missing_widget_message(name: str) -> str:
    """What a contributor reads when a calculator has no widget: which calculator, and what to add where."""
    return (
        f"calculator {name!r} has no widget on any page in the navigation: add "
        f'{{{{ calculator("{name}") }}}} to the page that explains it (docs/<section>/<page>.md, with '
        "`render_macros: true` in its front matter); that page becomes its home in the Calculators index"
    )


def page_url(page: str) -> str:
    """The directory URL MkDocs gives a page: ``aws/s3.md`` -> ``aws/s3/``, ``calculators/index.md`` -> ``calculators/``."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def index_html(relative: str, homes: Mapping[str, str]) -> str:
    """The catalogue for readers, grouped by the question each calculator answers (``registry.QUESTIONS``).

    Each calculator by its title, what it answers, and a link to the page that explains it (``relative`` is the
    page prefix). The headings are Markdown, so the sections are in the page's table of contents.
    """
    sections = []
    for question, heading in QUESTIONS.items():
        rows = []
        for name, calculator in sorted(REGISTRY.items(), key=lambda item: item[1].TITLE.lower()):
            if name not in homes:
                raise MissingWidgetError(missing_widget_message(name))
            if calculator.QUESTION != question:
                continue
            target = escape(relative + page_url(homes[name]))
            rows.append(
                f'<li><a href="{target}#{escape(name)}-title">{escape(calculator.TITLE)}</a>: {escape(calculator.SUMMARY)}</li>'
            )
        sections.append(f'## {heading}\n\n<ul class="calc-index">{"".join(rows)}</ul>\n')
    return "\n".join(sections)

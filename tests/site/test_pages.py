"""The guide's structure: strict build, every nav page real and described, no hand-typed prices."""

from __future__ import annotations

import re

import pytest
from mkdocs.config import load_config

from tests.conftest import ROOT, BuiltSite

DOCS = ROOT / "docs"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _nav_paths(items: object) -> list[str]:
    paths: list[str] = []
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, dict):
            for value in item.values():
                paths += _nav_paths(value)
        elif isinstance(item, str):
            paths.append(item)
    return paths


NAV = _nav_paths(load_config(str(ROOT / "mkdocs.yml")).nav)
PAGES = sorted(path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md") if "snippets" not in path.parts)


def test_navigation_lists_pages() -> None:
    assert len(NAV) >= 10
    assert len(NAV) == len(set(NAV)), "a page is listed twice"


@pytest.mark.parametrize("page", NAV)
def test_nav_page_exists_with_title_and_description(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    front = FRONT_MATTER.match(text)
    assert front, f"{page} has no front matter"
    fields = dict(line.split(":", 1) for line in front.group(1).splitlines() if ":" in line and not line.startswith(" "))
    assert fields.get("title", "").strip(), f"{page} has no title"
    description = fields.get("description", "").strip()
    assert len(description) >= 20, f"{page} needs a one-sentence description"
    assert "PLACEHOLDER" not in text, f"{page} is still a placeholder"
    assert re.search(r"^# \S", text[front.end() :], re.M), f"{page} has no H1"


def test_no_page_is_left_out_of_the_navigation() -> None:
    assert sorted(NAV) == PAGES


# A `$` followed by a digit is a price. In prose it must come from a macro ({{ fact(...) }} or
# {{ result(...) }}) so it carries a date and a source; code samples may show any text.
PRICE = re.compile(r"\$\s?\d")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]+`")
MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def hand_typed_prices(markdown: str) -> list[str]:
    """Lines of prose that contain a dollar amount outside macros and code."""
    prose = MACRO.sub("", INLINE_CODE.sub("", FENCE.sub("", markdown)))
    return [line.strip() for line in prose.splitlines() if PRICE.search(line)]


def test_price_check_catches_prose_and_spares_code_and_macros() -> None:
    sample = "Costs $5 a month.\n`$5`\n{{ fact('x') }}\n```\nprice = '$9'\n```\nFree.\n"
    assert hand_typed_prices(sample) == ["Costs $5 a month."]


@pytest.mark.parametrize("page", PAGES)
def test_no_hand_typed_prices(page: str) -> None:
    assert hand_typed_prices((DOCS / page).read_text(encoding="utf-8")) == []


def test_strict_build_serves_its_own_runtimes(built_site: BuiltSite) -> None:
    site = built_site.root
    assert (site / "assets/vendor/mermaid/mermaid.esm.min.mjs").is_file()
    assert list((site / "assets/vendor/mermaid/chunks/mermaid.esm.min").glob("flowDiagram-*.mjs"))
    assert (site / "assets/vendor/pyodide/pyodide.asm.wasm").is_file()
    wheels = list(site.glob("assets/wheels/*/calculators-*-py3-none-any.whl"))
    assert len(wheels) == 1


def test_built_pages_reference_nothing_off_site(built_site: BuiltSite) -> None:
    offenders = []
    for html in built_site.root.rglob("*.html"):
        for match in re.finditer(
            r'<(?:script|link|img|iframe|source)[^>]+(?:src|href)="((?:https?:)?//[^"]+)"', html.read_text()
        ):
            if not match.group(1).startswith(built_site.origin + "/"):
                offenders.append(f"{html.relative_to(built_site.root)}: {match.group(0)[:120]}")
    assert offenders == []


def test_every_page_built(built_site: BuiltSite) -> None:
    for page in NAV:
        stem = page.removesuffix(".md")
        target = stem.removesuffix("index") + "index.html" if stem.endswith("index") else stem + "/index.html"
        assert (built_site.root / target).is_file(), target


def test_no_page_loads_the_diagram_library_up_front(built_site: BuiltSite) -> None:
    """diagrams.js imports mermaid when Material first draws a diagram (after Python on calculator pages)."""
    eager = [
        str(html.relative_to(built_site.root))
        for html in built_site.root.rglob("*.html")
        if re.search(r"import mermaid from|<script[^>]+src=\"[^\"]*mermaid[^\"]*\"", html.read_text(encoding="utf-8"))
    ]
    assert eager == []

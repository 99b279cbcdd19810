"""The build refuses a page without a review date and stamps the date on every page."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from macros.hooks import on_page_content, on_page_markdown


def page(meta: dict[str, object]) -> SimpleNamespace:
    return SimpleNamespace(meta=meta, file=SimpleNamespace(src_uri="aws/lambda.md"))


def test_a_page_without_a_review_date_fails_the_build() -> None:
    with pytest.raises(PluginError, match=r"aws/lambda\.md: add `reviewed: YYYY-MM-DD`"):
        on_page_markdown("# Lambda", page({}), {}, None)
    with pytest.raises(PluginError):
        on_page_markdown("# Lambda", page({"reviewed": "soon"}), {}, None)
    assert on_page_markdown("# Lambda", page({"reviewed": date(2026, 12, 4)}), {}, None) == "# Lambda"


def test_the_review_date_shows_under_the_title() -> None:
    html = on_page_content('<h1 id="lambda">Lambda</h1><p>text</p>', page({"reviewed": date(2026, 12, 4)}), {}, None)
    assert html.startswith('<h1 id="lambda">Lambda</h1><p class="page-reviewed">')
    assert "4 December 2026" in html

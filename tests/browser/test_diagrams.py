"""Diagrams render from the site's own copy of mermaid, also after instant navigation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect


@pytest.mark.browser
def test_mermaid_renders_on_first_load(page: Page, site_url: str) -> None:
    page.goto(site_url + "/reference/about/")  # diagrams and no calculator: mermaid is imported at once
    expect(page.locator("div.mermaid").first).to_be_attached(timeout=20_000)
    expect(page.locator("pre.mermaid")).to_have_count(0)


@pytest.mark.browser
def test_mermaid_renders_after_instant_navigation_from_a_page_without_diagrams(page: Page, site_url: str) -> None:
    page.goto(site_url + "/reference/prices-and-limits/")
    assert page.locator("pre.mermaid, div.mermaid").count() == 0
    page.evaluate("window.__sameDocument = true")
    page.locator('nav.md-nav a[href$="aws/dynamodb/"]').first.click()
    page.wait_for_url("**/aws/dynamodb/")
    expect(page.locator("div.mermaid").first).to_be_attached(timeout=20_000)
    expect(page.locator("pre.mermaid")).to_have_count(0)
    assert page.evaluate("window.__sameDocument === true")

"""Who goes first on a calculator page: Python starts while the page is still parsing; the diagram library
waits until Python is up. The order is checked here; how much time it saves is `make bench`'s business."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

CALCULATOR_WITH_DIAGRAMS = "/aws/s3/"  # its first widget is early in the page, well before parsing ends
DIAGRAMS_ONLY = "/containers/dockerfiles/"

# Installed before any page script: notes whether the worker exists when parsing ends, when the first widget
# turns ready or live, and when the page asks for the mermaid library.
RECORDER = """
window.__order = { workerAtParseEnd: null, pythonUp: null, libraryRequested: null };
document.addEventListener("DOMContentLoaded", () => {
  window.__order.workerAtParseEnd = Boolean(globalThis.__calcEngine && globalThis.__calcEngine.worker);
  new MutationObserver(() => {
    const form = document.querySelector("form[data-calculator]");
    if (window.__order.pythonUp === null && form && ["ready", "live"].includes(form.dataset.state))
      window.__order.pythonUp = performance.now();
  }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ["data-state"] });
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.name.endsWith("/mermaid.esm.min.mjs") && window.__order.libraryRequested === null)
      window.__order.libraryRequested = entry.startTime;
}).observe({ type: "resource", buffered: true });
"""


@pytest.mark.browser
def test_python_starts_before_parsing_ends_and_diagrams_wait_for_it(page: Page, site_url: str) -> None:
    """Measured on a second visit: the first page load of a test session also pays for a cold local server and
    the browser compiling every script for the first time, which made the race it measures flaky on CI."""
    page.goto(site_url + CALCULATOR_WITH_DIAGRAMS)
    expect(page.locator("form[data-calculator][data-state=ready]").first).to_be_attached(timeout=60_000)
    page.goto("about:blank")
    page.add_init_script(RECORDER)
    page.goto(site_url + CALCULATOR_WITH_DIAGRAMS)
    expect(page.locator("div.mermaid").first).to_be_attached(timeout=30_000)
    expect(page.locator("pre.mermaid")).to_have_count(0)
    order = page.evaluate("window.__order")
    assert order["workerAtParseEnd"] is True, "Python's worker should exist before the page finishes parsing"
    assert order["pythonUp"] is not None and order["libraryRequested"] is not None, order
    assert order["libraryRequested"] >= order["pythonUp"], f"mermaid was requested before Python was up: {order}"


@pytest.mark.browser
def test_page_without_a_calculator_loads_no_python_and_draws_diagrams_at_once(page: Page, site_url: str) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.add_init_script(RECORDER)
    page.goto(site_url + DIAGRAMS_ONLY)
    expect(page.locator("div.mermaid").first).to_be_attached(timeout=30_000)
    order = page.evaluate("window.__order")
    assert order["workerAtParseEnd"] is False and order["pythonUp"] is None, order
    assert not [url for url in requests if "/pyodide/" in url or "calc-worker" in url]

"""Who goes first on a calculator page: Python starts while the page is still parsing; the diagram library
waits until Python is up. The order is checked here; how much time it saves is `make bench`'s business."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import ROOT, BuiltSite

CALCULATOR_WITH_DIAGRAMS = "/aws/s3/"  # a calculator and diagrams
DIAGRAMS_ONLY = "/containers/dockerfiles/"
PYTHON_FIRST_MAX_MS = int(
    re.search(r"PYTHON_FIRST_MAX_MS = (\d+)", (ROOT / "docs/assets/javascripts/diagrams.js").read_text()).group(1)  # type: ignore[union-attr]
)

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
def test_the_widget_script_and_its_runtime_are_named_in_the_head(built_site: BuiltSite) -> None:
    """Python can start while the page is still parsing: an async module in the head runs as soon as it arrives,
    and the head names the runtime the page's widgets start from (their own data-runtime).

    Whether it arrives before parsing ends is a race between the network and the parser, so the test checks
    the markup; how much time it wins is `make bench`'s business.
    """
    html = (built_site.root / CALCULATOR_WITH_DIAGRAMS.strip("/") / "index.html").read_text(encoding="utf-8")
    head = html[: html.index("</head>")]
    meta = re.search(r"<meta name=\"calc-runtime\" content='([^']*)'>", head)
    first_form = re.search(r"<form [^>]*data-runtime='([^']*)'", html)
    assert meta and first_form and meta.group(1) == first_form.group(1)
    script = re.search(r'<script type="module" async src="([^"]*)"></script>', head[meta.end() :])
    assert script and script.group(1).endswith("assets/javascripts/calc.js"), "calc.js should be asked for in the head"
    plain = (built_site.root / "reference" / "about" / "index.html").read_text(encoding="utf-8")
    assert "calc-runtime" not in plain, "a page without a calculator starts no Python"


@pytest.mark.browser
def test_diagrams_wait_for_python_on_a_calculator_page(page: Page, site_url: str) -> None:
    """Measured on a second visit: a session's first page load also pays for a cold local server and first
    compiles."""
    page.goto(site_url + CALCULATOR_WITH_DIAGRAMS)
    expect(page.locator("form[data-calculator][data-state=ready]").first).to_be_attached(timeout=60_000)
    page.goto("about:blank")
    page.add_init_script(RECORDER)
    page.goto(site_url + CALCULATOR_WITH_DIAGRAMS)
    expect(page.locator("div.mermaid").first).to_be_attached(timeout=30_000)
    expect(page.locator("pre.mermaid")).to_have_count(0)
    order = page.evaluate("window.__order")
    assert order["pythonUp"] is not None and order["libraryRequested"] is not None, order
    # diagrams.js waits for Python when calc.js has started it by then, and never longer than its bound (on a
    # busy machine Python can take longer). When calc.js arrives after parsing ends (a race the markup test
    # above narrows but cannot close), diagrams.js sees no engine and draws at once: order not applicable.
    if order["workerAtParseEnd"]:
        waited_for = min(order["pythonUp"], PYTHON_FIRST_MAX_MS)
        assert order["libraryRequested"] >= waited_for, f"mermaid was requested before Python was up: {order}"


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

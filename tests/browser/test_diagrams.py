"""Diagrams render from the site's own copy of mermaid, also after instant navigation."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from macros.hooks import mermaid_version
from tests.browser.conftest import new_context
from tests.quality.site_map import diagrams_in_source
from tests.quality.visit import DIAGRAMS, OPEN_SHADOW_ROOTS, OVERFLOW, PHONE


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


@pytest.mark.browser
def test_the_widest_diagrams_draw_on_a_phone_inside_the_screen(browser: Browser, site_url: str) -> None:
    """The page visits draw diagrams on desktop only; here a page of wide diagrams is drawn at 375 px."""
    path = "/patterns/real-time-analytics/"
    context, log = new_context(browser, site_url, **PHONE)
    context.add_init_script(OPEN_SHADOW_ROOTS)
    page = context.new_page()
    page.goto(site_url + path)
    expected = diagrams_in_source(path)
    assert expected >= 2
    page.wait_for_function("(n) => document.querySelectorAll('div.mermaid').length >= n", arg=expected, timeout=30_000)
    assert page.evaluate(DIAGRAMS) == {"pre": 0, "divs": expected, "problems": []}
    overflow = page.evaluate(OVERFLOW)
    assert overflow["scrollWidth"] <= overflow["width"] + 1, overflow["offenders"]
    context.close()
    assert log.off_origin() == []


@pytest.mark.browser
def test_a_wide_diagram_opens_full_screen_zooms_pans_and_goes_back(browser: Browser, site_url: str) -> None:
    """On a phone the real-time analytics diagram fits the screen at unreadable size: enlarged, it can be read."""
    context, log = new_context(browser, site_url, **PHONE)
    page = context.new_page()
    page.goto(site_url + "/patterns/real-time-analytics/")
    first = page.locator("div.mermaid").first
    expect(first).to_be_attached(timeout=30_000)
    opener = page.get_by_role("button", name="Enlarge diagram").first
    expect(opener).to_be_visible()
    width_in_page = first.bounding_box()["width"]  # type: ignore[index]
    opener.click()
    dialog = page.get_by_role("dialog", name="Diagram, full screen")
    expect(dialog).to_be_visible()
    expect(dialog.locator("div.mermaid")).to_have_count(1)
    for _ in range(3):
        dialog.get_by_role("button", name="Zoom in").click()
    expect(dialog).to_have_attribute("data-zoom", "3")
    stage = dialog.locator(".diagram-viewer-stage")
    pannable = stage.evaluate("(s) => ({ scroll: s.scrollWidth, view: s.clientWidth })")
    assert pannable["scroll"] > pannable["view"] * 2, pannable
    assert dialog.locator("div.mermaid").bounding_box()["width"] > width_in_page * 2  # type: ignore[index]
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    # Back in its place, at its own size, right before its button, which has focus again.
    assert first.evaluate("(d) => d.nextElementSibling.classList.contains('diagram-enlarge') && !d.style.zoom")
    expect(opener).to_be_focused()
    context.close()
    assert log.off_origin() == []


@pytest.mark.browser
def test_a_diagram_in_view_is_drawn_without_waiting_for_python(browser: Browser, site_url: str) -> None:
    """On a calculator page diagrams wait for Python, except one the reader is looking at when the page opens.

    Python's start is held back (its runtime never arrives) and both waits made unbounded (the diagrams' for Python,
    and Python's own start time-out, whose failure would also let the diagrams draw), so only a diagram that does not
    wait can be drawn; the address opens the page at a diagram, below the calculator. Then the reader scrolls to
    another diagram, which is drawn as it comes into view.
    """
    context, log = new_context(browser, site_url)
    # Python starts at load whatever Chromium guesses of the connection: a runtime that never arrives reads as a slow
    # network, on which the page would rightly wait for a first input before starting Python (and no diagram waits).
    context.add_init_script(
        "globalThis.DIAGRAMS_PYTHON_FIRST_MAX_MS = 600000; globalThis.CALC_READY_TIMEOUT_MS = 600000;"
        " globalThis.CALC_START_MODE = 'load'"
    )
    context.route("**/pyodide.asm.wasm", lambda route: None)  # never answered: Python keeps starting
    page = context.new_page()
    page.goto(site_url + "/calculators/crossover/#how-a-request-is-billed-on-each-path")
    expect(page.locator("div.mermaid").first).to_be_in_viewport(timeout=10_000)
    assert page.evaluate("document.querySelector('form[data-calculator]').dataset.state") not in ("ready", "live")

    # The same page opened at its top: the diagram is out of view and waits for Python, which never comes. (The
    # drawings the first page kept are dropped, once it can keep no more: they would be drawn at once, from there.)
    page.close()
    other = context.new_page()
    other.goto(site_url + "/reference/prices-and-limits/")  # no diagram, no calculator
    other.evaluate("caches.delete('drawn-diagrams')")
    other.goto(site_url + "/calculators/crossover/")
    other.wait_for_timeout(1_500)  # time enough to draw had it not waited (the library is in the browser's cache)
    expect(other.locator("pre.mermaid").first).to_be_attached()
    assert other.locator("div.mermaid").count() == 0
    other.locator("pre.mermaid").first.scroll_into_view_if_needed()  # the reader scrolls down to it
    expect(other.locator("div.mermaid").first).to_be_in_viewport(timeout=10_000)
    assert other.evaluate("document.querySelector('form[data-calculator]').dataset.state") not in ("ready", "live")
    context.close()
    assert log.off_origin() == []


DRAWINGS = "() => [...document.querySelectorAll('div.mermaid')].map((diagram) => diagram.shadowRoot.innerHTML)"
KEPT = "() => caches.open('drawn-diagrams').then((cache) => cache.keys()).then((keys) => keys.length)"


@pytest.mark.browser
def test_a_diagram_drawn_once_is_drawn_again_without_mermaid(browser: Browser, site_url: str) -> None:
    """A later visit draws the diagrams this browser kept: the same drawings, without fetching or running mermaid."""
    path = "/reference/about/"
    expected = diagrams_in_source(path)
    context, log = new_context(browser, site_url)
    context.add_init_script(OPEN_SHADOW_ROOTS)
    page = context.new_page()
    page.goto(site_url + path)
    assert page.locator('meta[name="diagram-library"]').get_attribute("content") == f"mermaid {mermaid_version()}"
    page.wait_for_function("(n) => document.querySelectorAll('div.mermaid').length >= n", arg=expected, timeout=30_000)
    first = page.evaluate(DRAWINGS)
    assert any(url.endswith("/mermaid.esm.min.mjs") for url in log.urls)
    page.wait_for_function(f"(n) => ({KEPT})().then((kept) => kept >= n)", arg=expected)
    page.close()

    log.urls.clear()
    page = context.new_page()
    page.goto(site_url + path)
    page.wait_for_function("(n) => document.querySelectorAll('div.mermaid').length >= n", arg=expected, timeout=30_000)
    assert page.evaluate(DIAGRAMS) == {"pre": 0, "divs": expected, "problems": []}
    assert page.evaluate(DRAWINGS) == first
    assert [url for url in log.urls if "/vendor/mermaid/" in url] == []
    assert page.evaluate(KEPT) == expected  # one per diagram: nothing kept twice
    context.close()
    assert log.off_origin() == []

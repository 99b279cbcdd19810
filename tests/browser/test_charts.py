"""Charts in the page: drawn at build time, redrawn live by the same Python, byte for byte what CPython draws."""

from __future__ import annotations

import html
import json
import re

import pytest
from playwright.sync_api import Locator, Page, expect

from calculators.web import run, sensitivity
from tests.browser.widgets import ABSOLUTE_LINKS, form, inputs_of, normalise, poke, wait_live, widget_pages
from tests.quality.visit import axe_violations

PAGES = widget_pages()


def serialised(element: Locator) -> str:
    """An element's content as ``normalise`` writes Python's HTML, so the two compare."""
    return str(element.evaluate(f"(el) => ({ABSOLUTE_LINKS})(el.cloneNode(true))"))


def charts_of(widget: Locator) -> str:
    return serialised(widget.locator(".calc-charts"))


# Records the charts the page asks the worker for, and (while __breakCharts is set) asks for an unknown
# calculator's instead, so the worker answers with an error: the widget's view of charts that cannot be redrawn.
WATCH_CHARTS = """
(() => {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.fn === "charts") {
      (window.__chartsAsked ??= []).push(JSON.parse(message.payload));
      if (window.__breakCharts) message = { ...message, payload: JSON.stringify({ name: "no_such_calculator", inputs: {} }) };
    }
    return post.call(this, message, ...rest);
  };
})();
"""


@pytest.mark.browser
def test_kinesis_charts_follow_the_record_rate(page: Page, site_url: str) -> None:
    page.add_init_script(WATCH_CHARTS)
    page.goto(site_url + PAGES["kinesis_shards"])
    widget = form(page, "kinesis_shards")
    built = charts_of(widget)
    assert 'role="img"' in built and "<summary>Chart data</summary>" in built
    widget.evaluate(
        """(f) => { window.__chartsAtResult = [];
                    new MutationObserver(() => window.__chartsAtResult.push(f.dataset.charts))
                      .observe(f.querySelector('.calc-result'), { childList: true }); }"""
    )

    # The same inputs recomputed live: the result is on screen while its charts are still being drawn (they are
    # ten times its work), then they are, the same as the build's.
    poke(widget)
    wait_live(page, "kinesis_shards")
    assert page.evaluate("window.__chartsAtResult")[0] == "pending"
    assert widget.get_attribute("data-charts") == "drawn"
    assert page.evaluate("window.__chartsAsked") == [{"name": "kinesis_shards", "inputs": inputs_of(widget)}]
    assert charts_of(widget) == built

    # A new rate: the charts are redrawn, and equal what CPython draws for the same inputs; a data table the
    # reader opened stays open.
    widget.locator(".calc-chart-data > summary").first.click()
    widget.locator('[name="records_per_second"]').fill("25000")
    expect(widget.locator(".calc-chart-summary").first).to_contain_text("At 25,000 records/s", timeout=60_000)
    wait_live(page, "kinesis_shards")
    expected = json.loads(run("kinesis_shards", json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert expected["ok"], expected
    assert widget.locator(".calc-chart-data").first.evaluate("(details) => details.open")
    widget.locator(".calc-chart-data > summary").first.click()  # closed again, to compare with CPython's markup
    live = charts_of(widget)
    assert live == normalise(page, expected["charts_html"])
    assert live != built

    # An invalid rate: the last charts stay, dimmed with the stale result.
    widget.locator('[name="records_per_second"]').fill("-5")
    expect(widget.locator(".calc-result")).to_have_class("calc-result calc-stale")
    assert widget.get_attribute("data-charts") == "stale"
    assert charts_of(widget) == live
    charts = widget.locator(".calc-charts")
    assert "Stale" in charts.evaluate("(el) => getComputedStyle(el, '::before').content"), "charts.css in extra_css?"

    # Charts that cannot be redrawn: the new result is live, the charts keep the last inputs, marked and said.
    page.evaluate("window.__breakCharts = true")
    widget.locator('[name="records_per_second"]').fill("30000")
    expect(widget.locator(".calc-result")).to_have_class("calc-result", timeout=60_000)
    expect(widget.locator(".calc-status")).to_contain_text("The charts could not be redrawn")
    assert widget.get_attribute("data-state") == "live" and widget.get_attribute("data-charts") == "stale"
    assert charts_of(widget) == live
    expect(charts).to_have_class("calc-charts calc-stale")
    assert "Stale" in charts.evaluate("(el) => getComputedStyle(el, '::before').content")

    # The next input that can draw them clears the mark.
    page.evaluate("window.__breakCharts = false")
    widget.locator('[name="records_per_second"]').fill("25000")
    expect(widget).to_have_attribute("data-charts", "drawn", timeout=60_000)
    expect(charts).to_have_class("calc-charts")
    assert charts_of(widget) == live


@pytest.mark.browser
def test_a_chart_is_readable_on_a_phone(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(site_url + PAGES["kinesis_shards"])
    svg = form(page, "kinesis_shards").locator(".calc-chart-svg").first
    box = svg.bounding_box()
    assert box is not None and 280 <= box["width"] <= 375
    # Tick labels are 12 units in a 360-unit-wide drawing: about 10 px once scaled to the phone.
    label = svg.locator("text").first.bounding_box()
    assert label is not None and label["height"] >= 9


@pytest.mark.browser
def test_the_explorer_breaks_down_the_bills_and_ranks_inputs_on_request(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGES["architecture_cost"])
    widget = form(page, "architecture_cost")
    view = widget.locator(".calc-sensitivity")
    expect(view).to_be_visible()  # hidden in the build, shown by the script that can fill it
    assert widget.locator(".calc-sensitivity-body").inner_html() == ""  # nothing computed until asked

    # Opened from the keyboard: the view is computed in the page's worker and equals CPython's.
    view.locator("summary").focus()
    page.keyboard.press("Enter")
    body = widget.locator(".calc-sensitivity-body")
    expect(body.locator("figure.calc-tornado")).to_be_visible(timeout=60_000)
    expected = json.loads(sensitivity(json.dumps({"name": "architecture_cost", "inputs": inputs_of(widget)})))
    assert serialised(body) == normalise(page, expected["html"])

    # Accessible as it opens, in both schemes (the page visits check the page as built, where it is closed).
    for scheme in ("default", "slate"):
        page.evaluate("(scheme) => { document.body.dataset.mdColorScheme = scheme; }", scheme)
        assert axe_violations(page, ".calc-sensitivity") == [], scheme
    page.evaluate("() => { document.body.dataset.mdColorScheme = 'default'; }")

    # A new load: the breakdown is redrawn with the result, and the open view follows it.
    widget.locator('[name="requests_per_second"]').fill("5000")
    expect(widget.locator(".calc-breakdown figcaption")).to_have_text("Where each bill goes at 5,000 requests/s", timeout=60_000)
    wait_live(page, "architecture_cost")
    expected = json.loads(sensitivity(json.dumps({"name": "architecture_cost", "inputs": inputs_of(widget)})))
    summary = re.search(r'class="calc-chart-summary" id="[^"]+">([^<]+)</p>', expected["html"])
    assert summary is not None
    expect(body.locator(".calc-chart-summary")).to_have_text(html.unescape(summary.group(1)), timeout=60_000)
    runs = json.loads(run("architecture_cost", json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert charts_of(widget) == normalise(page, runs["charts_html"])

    # Inputs in error: the view keeps its last answer, marked stale like the result.
    widget.locator('[name="payload_kb"]').fill("lots")
    expect(body).to_have_class("calc-sensitivity-body calc-stale")
    assert "Stale" in body.evaluate("(el) => getComputedStyle(el, '::before').content")

"""What a reader sees: widgets right at first paint, recomputed live by the same Python, errors inline."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from calculators.web import run
from tests.browser.conftest import new_context
from tests.browser.widgets import (
    form,
    inputs_of,
    normalise,
    poke,
    recomputes_to_the_build,
    result_html,
    wait_live,
    widget_pages,
)

PAGES = widget_pages()


@pytest.mark.browser
def test_shared_link_restores_inputs_in_a_fresh_browser(page: Page, browser: Browser, site_url: str) -> None:
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    widget.locator('[name="memory_mb"]').fill("2048")
    widget.locator('[name="architecture"]').select_option("arm64")
    page.wait_for_function("new URL(location.href).searchParams.get('lambda_cost.architecture') === 'arm64'")
    wait_live(page, "lambda_cost")
    shared_url, shown = page.url, result_html(page, widget)

    context, log = new_context(browser, site_url)
    fresh = context.new_page()
    fresh.goto(shared_url)
    restored = form(fresh, "lambda_cost")
    expect(restored.locator('[name="memory_mb"]')).to_have_value("2048")
    expect(restored.locator('[name="architecture"]')).to_have_value("arm64")
    wait_live(fresh, "lambda_cost")
    assert result_html(fresh, restored) == shown
    context.close()
    assert log.off_origin() == []


@pytest.mark.browser
def test_one_worker_survives_instant_navigation(page: Page, site_url: str) -> None:
    wasm_requests: list[str] = []
    page.on("request", lambda request: wasm_requests.append(request.url) if request.url.endswith(".wasm") else None)
    page.goto(site_url + PAGES["dynamodb_capacity"])
    poke(form(page, "dynamodb_capacity"))
    wait_live(page, "dynamodb_capacity")
    page.evaluate("globalThis.__calcEngine.worker.marker = 'first'; window.__sameDocument = true")

    target = PAGES["lambda_cost"]
    page.locator(f'nav.md-nav a[href$="{target.strip("/").split("/")[-1]}/"]').first.click()
    page.wait_for_url(f"**{target}")
    widget = form(page, "lambda_cost")
    expect(widget).to_be_visible()
    poke(widget)
    wait_live(page, "lambda_cost")
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the document"
    assert page.evaluate("globalThis.__calcEngine.worker.marker") == "first"
    assert len(wasm_requests) == 1


@pytest.mark.browser
def test_page_is_complete_without_javascript(browser: Browser, site_url: str) -> None:
    context, log = new_context(browser, site_url, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + PAGES["kinesis_shards"])
    widget = form(page, "kinesis_shards")
    expect(widget.locator('[data-output="shards"]')).to_have_text("1 shard")
    expect(widget.locator(".calc-working li").first).to_be_visible()
    expect(widget.locator(".calc-status")).to_have_text(
        "Result computed when this page was built, for the inputs shown: recalculating live needs JavaScript.",
        use_inner_text=True,
    )
    context.close()
    assert log.off_origin() == []


@pytest.mark.browser
def test_python_failing_to_load_is_said_plainly(browser: Browser, site_url: str) -> None:
    context, _ = new_context(browser, site_url)
    context.add_init_script("globalThis.CALC_READY_TIMEOUT_MS = 3000")  # Pyodide hangs, not fails, without its wasm
    context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page = context.new_page()
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    built = result_html(page, widget)
    expect(widget.locator(".calc-status")).to_contain_text("Live recalculation is unavailable", timeout=15_000)
    widget.locator('[name="memory_mb"]').fill("1024")
    expect(widget.locator(".calc-status")).to_contain_text("computed when the page was built")
    assert widget.locator(".calc-result").inner_html() == built
    context.close()


@pytest.mark.browser
def test_start_that_hangs_times_out_with_a_message(browser: Browser, site_url: str) -> None:
    """A CSP without 'wasm-unsafe-eval' on the worker makes Pyodide hang silently; the widget must say so."""
    context, log = new_context(browser, site_url)
    context.add_init_script("globalThis.CALC_READY_TIMEOUT_MS = 3000")

    def strict_csp(route: Route) -> None:
        response = route.fetch()
        headers = {**response.headers, "content-security-policy": "script-src 'self'"}
        route.fulfill(response=response, headers=headers)

    context.route("**/calc-worker.js", strict_csp)
    page = context.new_page()
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    expect(widget.locator(".calc-status")).to_contain_text("unavailable", timeout=15_000)
    expect(widget.locator('[data-output="monthly_cost_usd"]')).to_have_text("$18.67 per month")
    context.close()
    assert log.off_origin() == []


@pytest.mark.browser
def test_copy_button_copies_the_working_as_markdown(browser: Browser, site_url: str) -> None:
    context, _ = new_context(browser, site_url, permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    widget.locator(".calc-copy").click()
    expect(widget.locator(".calc-status")).to_contain_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("### Lambda cost") and "| Monthly cost | $18.67 per month |" in copied
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("runtime", ["pyc", "snapshot", "stock"])
def test_every_way_of_starting_python_gives_the_build_time_result(browser: Browser, site_url: str, runtime: str) -> None:
    context, log = new_context(browser, site_url)
    context.add_init_script(f"globalThis.CALC_RUNTIME = {runtime!r}")
    warnings: list[str] = []
    page = context.new_page()
    page.on("console", lambda message: warnings.append(message.text) if message.type in {"warning", "error"} else None)
    page.goto(site_url + PAGES["kinesis_shards"])
    recomputes_to_the_build(page, "kinesis_shards")
    fetched = " ".join(log.urls)
    expected = {"pyc": "python_stdlib.zip", "snapshot": "snapshot.bin", "stock": ".whl"}[runtime]
    assert expected in fetched
    assert warnings == []
    context.close()
    assert log.off_origin() == []


# Fills a field the moment the parser creates it, before calc.js listens: a quick reader, or the browser
# putting back what was typed when the reader returns with Back.
TYPED_BEFORE_SCRIPT = """
new MutationObserver((records, observer) => {
  const field = document.querySelector('form[data-calc-id="lambda_cost"] [name="memory_mb"]');
  if (field) { field.value = "2048"; observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });
"""


@pytest.mark.browser
def test_values_changed_before_the_script_listens_are_computed(page: Page, site_url: str) -> None:
    page.add_init_script(TYPED_BEFORE_SCRIPT)
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    expect(widget.locator('[name="memory_mb"]')).to_have_value("2048")
    wait_live(page, "lambda_cost")
    expected = json.loads(run("lambda_cost", json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert expected["ok"] and expected["inputs"]["memory_mb"] == 2048, expected
    assert result_html(page, widget) == normalise(page, expected["html"])


# For each kind of control reached with Tab: is it focused, how is its outline drawn, and what contrast does the
# outline's colour have against the page behind it (WCAG relative luminance).
FOCUS_RING = """(el) => {
  const rgba = (text) => { const [r, g, b, a = 1] = text.match(/[\\d.]+/g).map(Number); return [r, g, b, a]; };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(el);
  const page = rgba(getComputedStyle(document.body).backgroundColor);
  const ring = over(rgba(style.outlineColor), page);  // a translucent outline is seen blended with the page
  const [a, b] = [lum(ring), lum(page)].sort((x, y) => y - x);
  return { focused: document.activeElement === el && el.matches(":focus-visible"), style: style.outlineStyle,
           width: parseFloat(style.outlineWidth), contrast: (a + 0.05) / (b + 0.05) };
}"""


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_every_kind_of_control_shows_a_focus_ring(page: Page, site_url: str, scheme: str) -> None:
    """WCAG 2.4.7: Tab onto a number box, a checkbox and a select; each shows an outline of 3:1 or more."""
    page.add_init_script(
        f"localStorage.setItem('/.__palette', JSON.stringify({{index: {int(scheme == 'slate')}, color: {{scheme: '{scheme}'}}}}))"
    )
    page.goto(site_url + PAGES["lambda_cost"])
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme)
    widget = form(page, "lambda_cost")
    for selector in ('input[inputmode="numeric"]', 'input[type="checkbox"]', "select"):
        control = widget.locator(f".calc-field {selector}").first
        control.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
        ring = control.evaluate(FOCUS_RING)
        assert ring["focused"], f"{selector}: Tab did not land on it"
        assert ring["style"] not in {"none", "hidden"} and ring["width"] >= 2, f"{selector}: no focus ring: {ring}"
        assert ring["contrast"] >= 3, f"{selector}: focus ring contrast {ring['contrast']:.2f}:1 in {scheme}"

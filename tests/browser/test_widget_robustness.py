"""A widget that never gets stuck: every error shown and cleared, bad addresses reported, a stuck or crashed
worker replaced, the address bar's budget respected, and a page that says what it is without JavaScript."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Browser, Page, expect

from calculators.web import run
from tests.browser.conftest import new_context
from tests.browser.widgets import form, inputs_of, normalise, poke, result_html, wait_live, widget_pages

PAGES = widget_pages()


def _error(page: Page, widget_id: str, field: str):  # type: ignore[no-untyped-def]
    return form(page, widget_id).locator(f"#{widget_id}-{field}-error")


@pytest.mark.browser
def test_every_bad_field_is_flagged_and_each_fixed_one_cleared(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    memory, duration = widget.locator('[name="memory_mb"]'), widget.locator('[name="duration_ms"]')
    poke(widget)
    wait_live(page, "lambda_cost")

    # Half way through typing 12e3, the box shows "12e": the message says it is not a number (not "required").
    duration.fill("12e")
    expect(_error(page, "lambda_cost", "duration_ms")).to_have_text("Average duration must be a number, not '12e'")
    expect(duration).to_have_value("12e")

    # A second bad field: both flagged at once.
    memory.fill("99999")
    expect(_error(page, "lambda_cost", "memory_mb")).to_be_visible()
    expect(_error(page, "lambda_cost", "duration_ms")).to_be_visible()
    expect(memory).to_have_attribute("aria-invalid", "true")
    expect(duration).to_have_attribute("aria-invalid", "true")

    # The first one fixed while the other still fails: its message goes, the other's stays.
    duration.fill("250")
    expect(_error(page, "lambda_cost", "duration_ms")).to_be_hidden()
    expect(duration).not_to_have_attribute("aria-invalid", "true")
    expect(_error(page, "lambda_cost", "memory_mb")).to_contain_text("at most 10,240 MB")

    # A stale result's working says it is stale too.
    label = widget.locator(".calc-working > ol").evaluate("(ol) => getComputedStyle(ol, '::before').content")
    assert "Stale" in label, label

    # Thousands separators read back: "2,048" is 2048 MB, the same result CPython gives.
    memory.fill("2,048")
    wait_live(page, "lambda_cost")
    expected = json.loads(run("lambda_cost", json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert expected["ok"] and expected["inputs"]["memory_mb"] == 2048
    assert result_html(page, widget) == normalise(page, expected["html"])
    none = widget.locator(".calc-working > ol").evaluate("(ol) => getComputedStyle(ol, '::before').content")
    assert none in {"none", "normal"}, none

    # On paper: no copy button, no status line.
    page.emulate_media(media="print")
    expect(widget.locator(".calc-copy")).to_be_hidden()
    expect(widget.locator(".calc-status")).to_be_hidden()


@pytest.mark.browser
def test_an_invalid_value_in_the_address_is_shown_at_its_field(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGES["dynamodb_capacity"] + "?dynamodb_capacity.capacity_mode=ondemand")
    widget = form(page, "dynamodb_capacity")
    mode = widget.locator('[name="capacity_mode"]')
    expect(mode).to_have_value("ondemand")  # what the link said, not a blank control
    expect(_error(page, "dynamodb_capacity", "capacity_mode")).to_contain_text("must be one of: provisioned, on_demand")
    expect(widget.locator(".calc-result")).to_have_class("calc-result calc-stale")

    mode.select_option("on_demand")  # a real choice: the error goes, the address's option with it
    wait_live(page, "dynamodb_capacity")
    expect(_error(page, "dynamodb_capacity", "capacity_mode")).to_be_hidden()
    assert mode.locator("option").all_inner_texts() == ["Provisioned", "On-demand"]


# Safari's budget, made strict for the widgets' writes (those that change the query string): the 6th throws
# (Safari: 100 calls in 30 s). Material's own writes (the anchor, while scrolling) pass and are not counted.
REPLACE_STATE_BUDGET = """
window.__replaceStateCalls = 0;
const replaceState = history.replaceState.bind(history);
history.replaceState = (...args) => {
  if (args[2] !== undefined && new URL(args[2], location.href).search !== location.search) {
    window.__replaceStateCalls += 1;
    if (window.__replaceStateCalls > 5) throw new DOMException("replaceState() more than 5 times", "SecurityError");
  }
  return replaceState(...args);
};
"""


@pytest.mark.browser
def test_typing_fast_stays_within_the_address_bar_budget_and_never_stops_results(page: Page, site_url: str) -> None:
    page.add_init_script(REPLACE_STATE_BUDGET)
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    poke(widget)
    wait_live(page, "lambda_cost")
    invocations = widget.locator('[name="invocations_per_month"]')
    before = page.evaluate("window.__replaceStateCalls")
    for number in ("1000", "2000000", "35000000"):  # three bursts of typing, each key a recompute
        invocations.fill("")
        invocations.press_sequentially(number, delay=15)
        page.wait_for_function(
            "(v) => new URL(location.href).searchParams.get('lambda_cost.invocations_per_month') === v", arg=number
        )
    calls = page.evaluate("window.__replaceStateCalls") - before
    assert calls <= 3, f"{calls} address-bar writes for three bursts of typing"

    page.evaluate("window.__replaceStateCalls = 5")  # the budget now spent: every further write throws
    invocations.fill("7000000")
    wait_live(page, "lambda_cost")
    expected = json.loads(run("lambda_cost", json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert expected["inputs"]["invocations_per_month"] == 7_000_000
    assert result_html(page, widget) == normalise(page, expected["html"])


@pytest.mark.browser
def test_a_worker_that_stops_answering_is_replaced_on_the_next_input(page: Page, site_url: str) -> None:
    page.add_init_script("globalThis.CALC_RUN_TIMEOUT_MS = 1500")
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    memory = widget.locator('[name="memory_mb"]')
    memory.fill("1024")
    wait_live(page, "lambda_cost")
    live = result_html(page, widget)

    # The worker dies without a word (a renderer killed for memory, a wasm abort): the request times out.
    page.evaluate("globalThis.__calcEngine.worker.terminate(); globalThis.__calcEngine.worker.marker = 'dead'")
    memory.fill("1536")
    expect(widget.locator(".calc-status")).to_contain_text("unavailable", timeout=10_000)
    expect(widget.locator(".calc-status")).to_contain_text("last inputs it computed")
    assert page.evaluate("globalThis.__calcEngine.worker") is None, "the stuck worker was left running"
    assert result_html(page, widget) == live

    # The next input starts a fresh worker and the widget is live again.
    memory.fill("2048")
    wait_live(page, "lambda_cost")
    assert page.evaluate("globalThis.__calcEngine.worker.marker") is None
    expected = json.loads(run("lambda_cost", json.dumps(inputs_of(widget)), widget.get_attribute("data-prices-url") or ""))
    assert result_html(page, widget) == normalise(page, expected["html"])


@pytest.mark.browser
def test_a_start_that_timed_out_is_retried_on_the_next_input(browser: Browser, site_url: str) -> None:
    context, log = new_context(browser, site_url)
    context.add_init_script("globalThis.CALC_READY_TIMEOUT_MS = 2000")
    blocked = {"wasm": True}
    context.route(
        "**/pyodide.asm.wasm", lambda route: route.abort() if blocked["wasm"] else route.continue_()
    )  # a network that drops the runtime once
    page = context.new_page()
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    expect(widget.locator(".calc-status")).to_contain_text("unavailable", timeout=15_000)
    assert page.evaluate("globalThis.__calcEngine.worker") is None, "the timed-out worker was left running"

    blocked["wasm"] = False
    page.evaluate("globalThis.CALC_READY_TIMEOUT_MS = 60000")
    widget.locator('[name="memory_mb"]').fill("1024")
    wait_live(page, "lambda_cost")
    context.close()
    assert log.off_origin() == []


@pytest.mark.browser
def test_save_data_waits_for_the_reader_before_downloading_python(browser: Browser, site_url: str) -> None:
    context, log = new_context(browser, site_url)
    context.add_init_script("Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } })")
    page = context.new_page()
    page.goto(site_url + PAGES["lambda_cost"])
    widget = form(page, "lambda_cost")
    page.wait_for_load_state("networkidle")
    assert not [url for url in log.urls if url.endswith(".wasm")], "the runtime was fetched before any input"
    expect(widget.locator(".calc-status")).to_have_text("Result computed when this page was built.", use_inner_text=True)

    widget.locator('[name="memory_mb"]').fill("1024")
    wait_live(page, "lambda_cost")
    assert [url for url in log.urls if url.endswith(".wasm")]
    context.close()


@pytest.mark.browser
def test_an_input_that_does_not_apply_in_the_chosen_mode_is_hidden(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGES["dynamodb_capacity"])
    widget = form(page, "dynamodb_capacity")
    utilization = widget.locator('[data-field="target_utilization"]')
    expect(utilization).to_be_visible()
    expect(widget.locator('[data-field="items_per_query"]')).to_be_hidden()  # get_item by default
    widget.locator('[name="capacity_mode"]').select_option("on_demand")
    expect(utilization).to_be_hidden()  # on-demand has no utilization target
    wait_live(page, "dynamodb_capacity")
    widget.locator('[name="read_pattern"]').select_option("query")
    expect(widget.locator('[data-field="items_per_query"]')).to_be_visible()
    widget.locator('[name="capacity_mode"]').select_option("provisioned")
    expect(utilization).to_be_visible()

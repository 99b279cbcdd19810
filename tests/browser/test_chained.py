"""Scenario pages chain their widgets, and a phone keeps a result in sight while its inputs are edited."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from calculators.units import SECONDS_PER_MONTH
from calculators.web import run
from macros.feeds import fed_value
from tests.browser.conftest import new_context
from tests.browser.widgets import form, inputs_of, wait_live
from tests.quality.visit import PHONE

SCENARIO = "/interview/billion-events/"


@pytest.mark.browser
def test_a_changed_traffic_estimate_flows_into_the_widgets_it_feeds(page: Page, site_url: str) -> None:
    page.goto(site_url + SCENARIO)
    traffic, kinesis, lambda_ = form(page, "traffic_estimate"), form(page, "kinesis_shards"), form(page, "lambda_cost")
    # The fed field says where its number comes from, linking the widget it follows.
    note = kinesis.locator('.calc-field[data-field="records_per_second"] .calc-fed a')
    expect(note).to_have_attribute("href", re.compile(r"#traffic_estimate-title$"))
    traffic.locator('[name="requests_per_day"]').fill("2,000,000,000")
    wait_live(page, "traffic_estimate")
    average = json.loads(run("traffic_estimate", json.dumps(inputs_of(traffic))))["outputs"]["average_rps"]
    expected_rps = fed_value(average)
    expect(kinesis.locator('[name="records_per_second"]')).to_have_value(f"{expected_rps:,}")
    expect(lambda_.locator('[name="invocations_per_month"]')).to_have_value(f"{fed_value(average, SECONDS_PER_MONTH / 100):,.0f}")
    wait_live(page, "kinesis_shards")
    shards = json.loads(run("kinesis_shards", json.dumps(inputs_of(kinesis))))["outputs"]["shards"]
    expect(kinesis.locator('[data-output="shards"]')).to_contain_text(str(shards))


@pytest.mark.browser
def test_on_a_phone_the_result_line_stays_in_sight_while_editing(browser: Browser, site_url: str) -> None:
    context, log = new_context(browser, site_url, **PHONE)
    page = context.new_page()
    page.goto(site_url + "/aws/kinesis/")
    widget = form(page, "kinesis_shards")
    first = widget.locator('[name="records_per_second"]')
    first.evaluate("(el) => el.scrollIntoView({ block: 'center' })")
    first.fill("40,000")
    wait_live(page, "kinesis_shards")
    summary = widget.locator(".calc-summary")
    reply = json.loads(run("kinesis_shards", json.dumps(inputs_of(widget))))
    expect(summary).to_have_text(reply["summary"])
    # The first field is at the top of the screen; the result block is below the fold, the summary is not.
    box, height = summary.bounding_box(), page.viewport_size["height"]  # type: ignore[index]
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height + 1, (box, height)
    outputs = widget.locator(".calc-outputs").bounding_box()
    assert outputs is not None and outputs["y"] > height, outputs
    context.close()
    assert log.off_origin() == []

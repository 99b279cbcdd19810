"""Practice pages as a candidate uses them: a drill done by keyboard alone, marked, kept across a reload, the
same drill from a shared link, bad links and corrupted storage handled, and the progress page adding it up."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from calculators.drills import make
from tests.browser.conftest import new_context

DRILLS = "/practice/drills/"
PROGRESS = "/practice/progress/"
# Python starting in a cold worker on a busy 2-core machine.
START_MS = 60_000


def question(page: Page):  # type: ignore[no-untyped-def]
    return page.locator("[data-drill-question]")


@pytest.mark.browser
def test_a_drill_by_keyboard_alone_is_marked_and_kept_across_a_reload(page: Page, site_url: str) -> None:
    made = make("kinesis", 3)
    page.goto(f"{site_url}{DRILLS}?family=kinesis&seed=3")
    expect(question(page)).to_have_text(made.question, timeout=START_MS)
    # The first answer box has focus: type, Tab to the next, and Enter submits.
    expect(page.locator(".drill-step input").first).to_be_focused()
    page.keyboard.type("lots")
    page.keyboard.press("Tab")
    page.keyboard.type(f"{made.steps[1].expected:g} shards")
    page.keyboard.press("Tab")
    page.keyboard.type("$150/month")
    page.keyboard.press("Enter")
    # An answer that does not parse is flagged at its field and nothing is scored.
    error = page.locator("#drill-step-0-error")
    expect(error).to_contain_text("'lots' does not start with a number")
    expect(page.locator("[data-drill-marks]")).to_be_hidden()
    expect(page.locator("#drill-step-0")).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("8 MB/s")
    page.keyboard.press("Enter")
    expect(page.locator(".drill-score")).to_contain_text("/ 100")
    expect(error).to_be_hidden()
    marks = page.locator("[data-drill-marks]")
    expect(marks.locator("tbody tr")).to_have_count(len(made.steps))
    expect(marks.locator("tbody tr").nth(1)).to_contain_text("spot on")
    expect(marks.locator(".calc-working").first).to_contain_text("Kinesis write throughput per shard")
    # The follow-up asks again with one change.
    page.get_by_role("button", name="Traffic grows tenfold").click()
    expect(question(page)).to_contain_text("Follow-up: Traffic grows tenfold.")
    assert "pushback=records_per_second_x10" in page.url
    # A reload finds the history.
    page.reload()
    expect(page.locator("[data-drill-history] li").first).to_contain_text("Kinesis shards and cost, seed 3", timeout=START_MS)


@pytest.mark.browser
def test_a_shared_link_gives_the_same_drill_in_a_fresh_browser(browser: Browser, site_url: str) -> None:
    made = make("traffic_to_s3", 12345)
    context, log = new_context(browser, site_url)
    try:
        page = context.new_page()
        page.goto(f"{site_url}{DRILLS}?family=traffic_to_s3&seed=12345")
        expect(question(page)).to_have_text(made.question, timeout=START_MS)
        expect(page.locator(".drill-step label")).to_have_count(len(made.steps))
        assert log.off_origin() == []
    finally:
        context.close()


@pytest.mark.browser
def test_a_bad_link_falls_back_to_a_new_drill_with_a_message(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}{DRILLS}?family=kinesis&seed=banana")
    expect(page.locator(".drill-status")).to_contain_text("seed: Seed must be a whole number", timeout=START_MS)
    expect(question(page)).not_to_be_empty()


@pytest.mark.browser
def test_corrupted_history_is_set_aside_and_reported(page: Page, site_url: str) -> None:
    page.goto(site_url + PROGRESS)
    page.evaluate("localStorage.setItem('sdg.drills.v1', '{not json')")
    page.goto(f"{site_url}{DRILLS}?family=cidr&seed=2")
    status = page.locator("[data-drill-store-status]")
    expect(status).to_contain_text("could not be read; it was kept under", timeout=START_MS)
    kept = page.evaluate("Object.keys(localStorage).filter((k) => k.startsWith('sdg.drills.v1.corrupt-'))")
    assert len(kept) == 1
    assert page.evaluate(f"localStorage.getItem('{kept[0]}')") == "{not json"
    expect(question(page)).to_have_text(make("cidr", 2).question, timeout=START_MS)


@pytest.mark.browser
def test_the_progress_page_sums_up_drills_by_family(page: Page, site_url: str) -> None:
    made = make("cidr", 2)
    page.goto(f"{site_url}{DRILLS}?family=cidr&seed=2")
    expect(question(page)).to_have_text(made.question, timeout=START_MS)
    page.locator(".drill-step input").first.fill(f"{made.steps[0].expected:g}")
    page.get_by_role("button", name="Check my answers").click()
    expect(page.locator(".drill-score")).to_contain_text("100 / 100")
    page.goto(site_url + PROGRESS)
    row = page.locator("[data-progress-drills] tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Subnets of a VPC")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Forget my drill history").click()
    expect(page.locator("[data-progress-drills-empty]")).to_be_visible()
    assert page.evaluate("localStorage.getItem('sdg.drills.v1')") is None


@pytest.mark.browser
def test_three_cards_reviewed_by_keyboard_are_scheduled_and_counted(page: Page, site_url: str) -> None:
    page.goto(site_url + "/practice/flashcards/")
    counts = page.locator("[data-flashcards-counts]")
    expect(counts).to_contain_text("0 due, 20 new")
    front = page.locator("[data-flashcard-front]")
    seen = []
    for rating in ("3", "1", "4"):  # Good, Again, Easy
        expect(front).not_to_be_empty()
        seen.append(front.text_content())
        page.keyboard.press("Space")
        expect(page.locator("[data-flashcard-back]")).to_be_visible()
        expect(page.locator("[data-flashcard-links] a").first).to_be_visible()
        page.keyboard.press(rating)
        expect(front).not_to_have_text(seen[-1] or "")
    assert len(set(seen)) == 3
    state = page.evaluate("JSON.parse(localStorage.getItem('sdg.cards.v1'))")
    assert len(state["reviews"]) == 3
    assert [review["rating"] for review in state["reviews"]] == [3, 1, 4]
    # "Easy" schedules further out than "Good", and "Again" brings the card back within the day.
    due = {review["id"]: state["cards"][review["id"]]["card"]["due"] for review in state["reviews"]}
    good, again, easy = (due[review["id"]] for review in state["reviews"])
    assert again < good < easy
    page.goto(site_url + PROGRESS)
    expect(page.locator("[data-progress-cards]")).to_contain_text("3 cards studied")

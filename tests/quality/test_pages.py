"""Every page in a real browser: accessible in both schemes, diagrams drawn, self-contained, fits a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import new_context
from tests.conftest import BuiltSite
from tests.quality.site_map import (
    diagrams_in_build,
    diagrams_in_source,
    html_file,
    html_files,
    page_paths,
    source_html_files,
    source_page_paths,
    source_widget_page_paths,
    widget_page_paths,
)
from tests.quality.styles import page_styles
from tests.quality.visit import DESKTOP, Visits, describe_violations, watch

pytestmark = pytest.mark.browser


def test_the_pages_checked_are_the_pages_built(built_site: BuiltSite) -> None:
    """The visits are listed from docs/ (so the site builds while other tests run): exactly what was built."""
    assert source_page_paths() == page_paths(built_site.root)
    assert source_widget_page_paths() == widget_page_paths(built_site.root)
    assert source_html_files() == html_files(built_site.root)


def test_no_serious_accessibility_violations(visits: Visits, page_path: str) -> None:
    """axe-core, WCAG 2.1 A and AA, impact serious or critical, in the light scheme; the colour rules, in both
    schemes, on the pages that together show every style (the others' text is styled as theirs is)."""
    report = visits(page_path)
    states = ["desktop, light", "desktop, dark"] if page_path in visits.colour_pages else ["desktop, light"]
    assert all(not report.axe[state] for state in states), "\n" + describe_violations(report, states)


def test_the_colour_check_sees_every_style_of_the_site(visits: Visits, built_site: BuiltSite) -> None:
    styles = {path: page_styles(html_file(built_site.root, path)) for path in page_paths(built_site.root)}
    covered = set().union(*(styles[path] for path in visits.colour_pages))
    assert covered == set().union(*styles.values())
    assert len(visits.colour_pages) < len(styles)  # else the cover buys nothing: check the style census


def test_no_page_styles_its_text_inline(built_site: BuiltSite) -> None:
    """The colour check's cover reads styles from tags and classes: a style attribute would escape it."""
    styled = [path for path in page_paths(built_site.root) if ' style="' in html_file(built_site.root, path).read_text("utf-8")]
    assert styled == []


def test_every_diagram_is_drawn(visits: Visits, built_site: BuiltSite, page_path: str) -> None:
    report = visits(page_path)
    expected = diagrams_in_build(built_site.root, page_path)
    assert expected == diagrams_in_source(page_path), "the built page lost or gained a ```mermaid fence"
    for viewport, seen in report.diagrams.items():
        assert seen == {"pre": 0, "divs": expected, "problems": []}, f"{viewport}: {seen}, expected {expected} drawn"


def test_no_console_error_failed_request_or_request_off_site(visits: Visits, page_path: str) -> None:
    report = visits(page_path)
    assert report.problems == []
    assert report.off_origin == [], "requests left the site's origin"


def test_no_horizontal_scroll_on_a_phone(visits: Visits, page_path: str) -> None:
    """At 375 px only boxes built to scroll (tables, code) may be wider than the screen, never the page."""
    overflow = visits(page_path).overflow
    assert overflow["width"] == 375
    assert overflow["scrollWidth"] <= overflow["width"] + 1, "\n".join(overflow["offenders"])


def test_boxes_that_scroll_sideways_on_a_phone_are_keyboard_reachable(visits: Visits, page_path: str) -> None:
    """A wide code block or table scrolls in its own box; a keyboard must be able to reach that box (WCAG 2.1.1)."""
    assert visits(page_path).overflow["unreachable"] == []


def test_screenshots_taken_for_review(visits: Visits, page_path: str) -> None:
    shots = visits(page_path).screenshots
    assert any("-phone" in shot.name for shot in shots) and any("-desktop" in shot.name for shot in shots), shots
    assert [shot.name for shot in shots if shot.stat().st_size < 1000] == [], "empty or broken screenshots"


def test_search_loads_the_real_index_and_finds_a_page(browser: Browser, site_url: str) -> None:
    """The page visits serve an empty search index (see empty_search_index); the real one is checked here."""
    context, log = new_context(browser, site_url, **DESKTOP)
    page = context.new_page()
    problems: list[str] = []
    watch(page, "desktop", problems)
    page.goto(site_url + "/")
    page.locator(".md-search__input").focus()
    expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching", timeout=30_000)  # index built
    page.locator(".md-search__input").press_sequentially("DynamoDB")  # Material reads keystrokes, not input events
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible(timeout=20_000)
    hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
    context.close()
    assert any("aws/dynamodb/" in href for href in hrefs), hrefs
    assert problems == []
    assert log.off_origin() == []

"""Every page in a real browser: accessible in both schemes, diagrams drawn, self-contained, fits a phone."""

from __future__ import annotations

import pytest

from tests.conftest import BuiltSite
from tests.quality.site_map import diagrams_in_build, diagrams_in_source
from tests.quality.visit import Visits, describe_violations

pytestmark = pytest.mark.browser


def test_no_serious_accessibility_violations(visits: Visits, page_path: str) -> None:
    """axe-core, WCAG 2.1 A and AA, impact serious or critical: desktop in light and dark, phone in light."""
    report = visits(page_path)
    states = ["desktop, light", "desktop, dark", "phone, light"]
    assert all(not report.axe[state] for state in states), "\n" + describe_violations(report, states)


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


def test_screenshots_taken_for_review(visits: Visits, page_path: str) -> None:
    shots = visits(page_path).screenshots
    assert [shot.name.rsplit("-", 1)[1] for shot in shots] == ["phone.jpg", "desktop.jpg"]
    assert all(shot.stat().st_size > 1000 for shot in shots)

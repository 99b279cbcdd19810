"""Calculator widgets for keyboard and screen-reader users, and accessible when live and in error."""

from __future__ import annotations

import pytest

from tests.browser.widgets import widget_pages
from tests.quality.visit import Visits, describe_violations

pytestmark = pytest.mark.browser


def test_every_control_is_labelled_reachable_with_tab_and_results_are_announced(visits: Visits, widget_page: str) -> None:
    report = visits(widget_page)
    assert report.widgets, "the build said this page has a calculator"
    for widget in report.widgets:
        assert widget.unlabelled == [], f"{widget.id}: controls without a <label for>"
        assert widget.tab_order == widget.controls, f"{widget.id}: Tab walks {widget.tab_order}, not {widget.controls}"
        assert widget.live, f"{widget.id}: neither .calc-result nor .calc-status has aria-live"


def test_widgets_accessible_when_live_and_in_error(visits: Visits, home_page: str) -> None:
    """After a live recompute, one input per widget made invalid: its message, the stale live result, both schemes.

    On the calculators' home pages, where the visit starts Python; other pages embed the same widgets pre-filled.
    """
    report = visits(home_page)
    states = ["calculators in error, light", "calculators in error, dark"]
    assert all(not report.axe[state] for state in states), "\n" + describe_violations(report, states)


def test_widget_live_result_matches_build_time_and_recovers_from_bad_input(visits: Visits, home_page: str) -> None:
    """On its home page each calculator recomputes the build-time result, agrees with CPython on a new value,
    shows a bad one inline and recovers (tests/browser/widgets.py: check_live_and_recovery)."""
    at_home = sorted(name for name, path in widget_pages().items() if path == home_page)
    report = visits(home_page)
    assert sorted(report.live_checks) == at_home, "a calculator at home here was not put through the live sequence"
    problems = {name: found for name, found in report.live_checks.items() if found}
    assert problems == {}, "\n".join(f"{name}: {found[0]}" for name, found in problems.items())

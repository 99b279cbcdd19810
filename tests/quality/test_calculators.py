"""Calculator widgets for keyboard and screen-reader users, and accessible when live and in error."""

from __future__ import annotations

import pytest

from tests.quality.visit import Visits, describe_violations

pytestmark = pytest.mark.browser


def test_every_control_is_labelled_reachable_with_tab_and_results_are_announced(visits: Visits, widget_page: str) -> None:
    report = visits(widget_page)
    assert report.widgets, "the build said this page has a calculator"
    for widget in report.widgets:
        assert widget.unlabelled == [], f"{widget.id}: controls without a <label for>"
        assert widget.tab_order == widget.controls, f"{widget.id}: Tab walks {widget.tab_order}, not {widget.controls}"
        assert widget.live, f"{widget.id}: neither .calc-result nor .calc-status has aria-live"


def test_widgets_accessible_when_live_and_in_error(visits: Visits, widget_page: str) -> None:
    """After a live recompute, one input per widget made invalid: its message, the stale live result, both schemes."""
    report = visits(widget_page)
    states = ["calculators in error, light", "calculators in error, dark"]
    assert all(not report.axe[state] for state in states), "\n" + describe_violations(report, states)

"""Site-wide quality gates: every page of the build, visited once, checked many ways.

The pages are listed from docs/ while the tests are collected, so a new page is checked without anyone adding
it to a list, and the site can build while other tests run; a test holds the list equal to the build's pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser

from tests.conftest import BuiltSite
from tests.quality.site_map import source_html_files, source_page_paths, source_widget_page_paths
from tests.quality.visit import HOME_PAGES, PageReport, Visits

LISTS: dict[str, Callable[[], list[str]]] = {
    "page_path": source_page_paths,
    "widget_page": source_widget_page_paths,
    "home_page": lambda: sorted(set(HOME_PAGES.values())),  # where a calculator has its home: Python runs
    "html_file": source_html_files,
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for name, lister in LISTS.items():
        if name in metafunc.fixturenames:
            values = lister()
            metafunc.parametrize(name, values, ids=[value.strip("/") or "index" for value in values])


SESSION: list[Visits] = []


@pytest.fixture(scope="session")
def visits(
    request: pytest.FixtureRequest,
    browser: Browser,
    site_url: str,
    built_site: BuiltSite,
) -> Iterator[Visits]:
    order: list[str] = []  # pages in the order the collected tests will ask for them
    for item in request.session.items:
        params = item.callspec.params if isinstance(item, pytest.Function) and hasattr(item, "callspec") else {}
        path = params.get("page_path") or params.get("widget_page") or params.get("home_page")
        if path and path not in order:
            order.append(path)
    SESSION.append(Visits(browser, site_url, built_site, order))
    yield SESSION[-1]
    SESSION[-1].close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how long the page visits took: the number the suite's time budget depends on."""
    reports = [report for session in SESSION for report in session.reports.values() if isinstance(report, PageReport)]
    if reports:
        slowest = max(reports, key=lambda report: report.seconds)
        phases: dict[str, float] = {}
        for report in reports:
            for phase, seconds in report.phases.items():
                phases[phase] = phases.get(phase, 0.0) + seconds
        terminalreporter.write_line(
            f"quality: {len(reports)} pages visited in {sum(r.seconds for r in reports):.0f} s"
            f" (slowest {slowest.path}: {slowest.seconds:.1f} s); screenshots in build/screenshots/"
        )
        terminalreporter.write_line("quality: " + ", ".join(f"{phase} {seconds:.0f} s" for phase, seconds in phases.items()))

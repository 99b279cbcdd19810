"""Headless Chromium through Playwright, with the system browser (never a browser downloaded by Playwright).

Every context records each request; a test fails if any request leaves the site's origin.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    """$CHROMIUM if set, else the first Chromium or Chrome on PATH; never skip, fail loudly."""
    candidates = [os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    for candidate in candidates:
        found = shutil.which(candidate) if candidate else None
        if found:
            return found
    pytest.fail("No Chromium found: run `make install` (installs Debian's chromium) or set CHROMIUM=/path/to/chrome")


# The `playwright` and `browser` session fixtures live in tests/conftest.py: one browser for tests/browser
# and tests/quality alike (a second sync Playwright in the same process cannot start).


class RequestLog:
    """Requests seen by a context; anything off ``origin`` is a failure."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.urls: list[str] = []

    def off_origin(self) -> list[str]:
        return [url for url in self.urls if not url.startswith((self.origin + "/", "data:", "blob:"))]


def new_context(browser: Browser, site_url: str, **options: object) -> tuple[BrowserContext, RequestLog]:
    context = browser.new_context(**options)  # type: ignore[arg-type]
    log = RequestLog(site_url)
    context.on("request", lambda request: log.urls.append(request.url))
    context.set_default_timeout(30_000)
    return context, log


@pytest.fixture
def page(browser: Browser, site_url: str) -> Iterator[Page]:
    context, log = new_context(browser, site_url)
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert log.off_origin() == [], f"requests left the site's origin: {log.off_origin()}"
    assert errors == [], f"uncaught page errors: {errors}"

"""Offline and updates: the service worker saves the guide, serves it with no server at all, and takes a new
build only when the reader asks, deleting the old copy.

Each test serves the built site from its own server under a sub-path (as GitHub Pages serves a project), so it
can stop the server (really offline: Playwright's offline switch does not reach a service worker's requests) or
swap the build it serves (a new deployment).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.browser.conftest import RequestLog, new_context
from tests.browser.widgets import form, recomputes_to_the_build, wait_live
from tests.conftest import BuiltSite, _free_port, _Handler

PREFIX = "/guide"


class _SubPathHandler(_Handler):
    """The site under ``PREFIX``, from whichever build the server currently holds."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(PREFIX + "/"):
            return "/nonexistent"
        self.directory = str(self.server.root)  # type: ignore[attr-defined]
        return super().translate_path(path.removeprefix(PREFIX))


class SiteServer:
    """A local server for one build at a time, which a test can switch to another build or stop."""

    def __init__(self, root: Path) -> None:
        self.port = _free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = self.origin + PREFIX + "/"
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", self.port), functools.partial(_SubPathHandler, directory=str(root))
        )
        self.server.root = root  # type: ignore[attr-defined]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def serve(self, root: Path) -> None:
        self.server.root = root  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server(built_site: BuiltSite) -> Iterator[SiteServer]:
    running = SiteServer(built_site.root)
    yield running
    running.stop()


def _controlled(page: Page) -> None:
    """Wait until the service worker has installed (at idle after load) and controls the page."""
    page.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller !== null", timeout=60_000)


def _cache_names(page: Page) -> list[str]:
    return list(page.evaluate("caches.keys()"))


def _cached_urls(page: Page) -> list[str]:
    return list(
        page.evaluate(
            """async () => { const urls = [];
                 for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
                 return urls; }"""
        )
    )


def _context(browser: Browser, origin: str) -> tuple[BrowserContext, RequestLog]:
    context, log = new_context(browser, origin, service_workers="allow")
    return context, log


@pytest.mark.browser
def test_saved_for_offline_the_guide_and_its_calculators_work_with_no_server(browser: Browser, server: SiteServer) -> None:
    context, log = _context(browser, server.origin)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server.url)
    _controlled(page)
    scope = page.evaluate("navigator.serviceWorker.controller.scriptURL")
    assert scope == server.url + "sw.js"  # registered at the sub-path's root, not the host's

    # Installable: the manifest is found and valid, and Chromium has no objection to installing the site.
    cdp = context.new_cdp_session(page)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"] == server.url + "manifest.webmanifest" and manifest["errors"] == []
    # Playwright's contexts are incognito profiles, which Chromium never installs from: that is the only objection.
    objections = {error["errorId"] for error in cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]}
    assert objections <= {"in-incognito"}, objections

    page.goto(server.url + "reference/offline/")
    status = page.locator(".offline-status")
    expect(status).to_contain_text("MB to download")
    size = json.loads((Path(str(server.server.root)) / "offline.json").read_text())  # type: ignore[attr-defined]
    total_mb = sum(file["bytes"] for file in size["files"]) / 1e6
    assert f"about {total_mb:,.0f} MB" in status.inner_text() or f"about {total_mb:,.1f} MB" in status.inner_text()
    page.get_by_role("button", name="Save for offline").click()
    expect(status).to_contain_text("Saved", timeout=120_000)
    assert page.locator(".offline-save progress").evaluate("(bar) => bar.value === bar.max")

    # Only this origin's files were kept.
    assert all(url.startswith(server.url) for url in _cached_urls(page))

    server.stop()  # offline: nothing answers any more

    # A page never opened before, and its calculator live, from the saved copy alone.
    page.goto(server.url + "aws/kinesis/")
    widget = form(page, "kinesis_shards")
    widget.locator('[name="records_per_second"]').fill("25000")
    wait_live(page, "kinesis_shards")
    expect(widget.locator(".calc-result")).to_contain_text("25")
    expect(page.locator("div.mermaid").first).to_be_attached(timeout=60_000)  # diagrams from the saved library

    # Search works from the saved index.
    page.goto(server.url + "?q=shard")
    expect(page.locator(".md-search-result__item").first).to_be_attached(timeout=30_000)
    context.close()
    assert log.off_origin() == []
    assert errors == []


def _new_build(built: Path, destination: Path) -> str:
    """A copy of the build that differs as a new deployment would: its own id (sw.js, offline.json), a new line."""
    shutil.copytree(built, destination, copy_function=os.link)  # hard links: quick, and read-only here
    old = json.loads((built / "offline.json").read_text())["build"]
    new = "f" * len(old) if old != "f" * len(old) else "e" * len(old)
    for name in ("sw.js", "offline.json"):
        text = (built / name).read_text(encoding="utf-8").replace(old, new)
        (destination / name).unlink()  # a hard link: replace it, never write through to the first build
        (destination / name).write_text(text, encoding="utf-8")
    return new


@pytest.mark.browser
def test_a_new_build_is_offered_taken_on_request_and_the_old_copy_deleted(
    browser: Browser, server: SiteServer, built_site: BuiltSite, tmp_path: Path
) -> None:
    context, log = _context(browser, server.origin)
    page = context.new_page()
    page.goto(server.url + "aws/lambda/")
    _controlled(page)
    old = json.loads((built_site.root / "offline.json").read_text())["build"]
    page.wait_for_function("(name) => caches.has(name)", arg=f"guide-{old}")
    # A drawing the page kept under this build (diagrams.js): it must go with the build.
    page.evaluate("caches.open('drawn-diagrams').then((cache) => cache.put('kept-under-the-old-build', new Response('')))")

    new = _new_build(built_site.root, tmp_path / "next")
    server.serve(tmp_path / "next")  # deployed
    page.reload()  # the browser checks for a new worker on each load
    prompt = page.locator(".update-prompt")
    expect(prompt).to_contain_text("An updated guide is available", timeout=60_000)
    assert f"guide-{old}" in _cache_names(page)  # nothing replaced until the reader says so

    with page.expect_navigation(timeout=60_000):  # the page reloads itself onto the new worker: wait for it, or
        prompt.get_by_role("button", name="Reload to update").click()  # our own reload below would race it
    page.wait_for_function("(name) => caches.keys().then((names) => names.includes(name))", arg=f"guide-{new}", timeout=60_000)
    # Only the new build's copy is left (a request the old worker was still answering may reopen the old cache
    # for a moment: the new one deletes it again on the next load).
    page.reload()
    page.wait_for_function(
        """(name) => caches.keys().then((names) => names.filter((n) => n.startsWith('guide-')))
                       .then((names) => names.length === 1 && names[0] === name)""",
        arg=f"guide-{new}",
    )
    # The old build's drawings went with it (those of the page drawn since may be there).
    assert page.evaluate("caches.open('drawn-diagrams').then((cache) => cache.match('kept-under-the-old-build'))") is None
    # The page is controlled by the new build's worker (asked, not inferred from the caches).
    page.wait_for_function(
        """(build) => new Promise((resolve) => { const channel = new MessageChannel();
             channel.port1.onmessage = ({ data }) => resolve(data.build === build);
             navigator.serviceWorker.controller.postMessage({ type: "build" }, [channel.port2]); })""",
        arg=new,
    )
    expect(page.locator(".update-prompt")).to_have_count(0)
    context.close()
    assert log.off_origin() == []


def _kept_date(page: Page, url: str) -> str | None:
    """The Date header of this build's kept copy of ``url``: it changes only when the copy is written again."""
    return page.evaluate(  # type: ignore[no-any-return]
        "async (url) => (await caches.match(url))?.headers.get('date') ?? null", url
    )


@pytest.mark.browser
def test_a_return_visit_rewrites_only_what_changed(
    browser: Browser, server: SiteServer, built_site: BuiltSite, tmp_path: Path
) -> None:
    """The kept copy of a file the server still has unchanged is not written again on each visit (Python's runtime
    is 10 MB); a file that changed on the server is kept anew."""
    served = tmp_path / "site"
    shutil.copytree(built_site.root, served, copy_function=os.link)  # hard links: the shared build stays as it is
    server.serve(served)
    context, _ = _context(browser, server.origin)
    page = context.new_page()
    address = server.url + "reference/prices-and-limits/"
    page.goto(address)
    _controlled(page)
    page.reload()  # now through the worker, which keeps the page and its files
    unchanged = server.url + "assets/stylesheets/calc.css"
    page.wait_for_function(
        "(urls) => Promise.all(urls.map((u) => caches.match(u))).then((r) => r.every(Boolean))", arg=[address, unchanged]
    )
    first = {url: _kept_date(page, url) for url in (address, unchanged)}
    assert all(first.values()), first

    page.wait_for_timeout(1_100)  # a Date header counts whole seconds: a copy written now would show a later one
    html = served / "reference/prices-and-limits/index.html"
    text = html.read_bytes()
    html.unlink()  # a hard link: replace it, never write through to the shared build
    html.write_bytes(text)  # the same page, deployed again: a new Last-Modified
    page.reload()
    page.wait_for_function(
        "([url, date]) => caches.match(url).then((r) => r && r.headers.get('date') !== date)", arg=[address, first[address]]
    )
    page.wait_for_timeout(500)  # the stylesheet's check ran beside the page's write
    assert _kept_date(page, unchanged) == first[unchanged], "an unchanged file was written to the cache again"
    context.close()


@pytest.mark.browser
def test_a_return_visit_starts_python_from_the_snapshot_the_first_visit_kept(browser: Browser, server: SiteServer) -> None:
    context, log = _context(browser, server.origin)
    page = context.new_page()
    page.goto(server.url + "aws/lambda/")
    _controlled(page)
    # The first visit starts from the precompiled library, then keeps the snapshot in idle time.
    page.wait_for_function("globalThis.__calcEngine?.snapshotKept === true", timeout=120_000)
    assert page.evaluate("globalThis.__calcEngine.started") == "pyc"
    snapshot = next(url for url in log.urls if url.endswith("/snapshot.bin"))
    page.close()

    # A return visit: Python starts from the kept copy, read from the cache without asking the network for it.
    log.urls.clear()
    page = context.new_page()
    page.goto(server.url + "aws/kinesis/")
    recomputes_to_the_build(page, "kinesis_shards")
    assert page.evaluate("globalThis.__calcEngine.started") == "snapshot"
    assert snapshot not in log.urls
    page.close()

    # The copy gone (the browser evicted it): the next visit starts from the library, and keeps the snapshot again.
    page = context.new_page()
    page.goto(server.url + "reference/prices-and-limits/")
    deleted = page.evaluate(
        """async (url) => { let gone = false;
             for (const name of await caches.keys()) gone = (await (await caches.open(name)).delete(url)) || gone;
             return gone; }""",
        snapshot,
    )
    assert deleted
    page.goto(server.url + "aws/lambda/")
    recomputes_to_the_build(page, "lambda_cost")
    assert page.evaluate("globalThis.__calcEngine.started") == "pyc"
    page.wait_for_function("globalThis.__calcEngine.snapshotKept === true", timeout=120_000)
    context.close()
    assert log.off_origin() == []

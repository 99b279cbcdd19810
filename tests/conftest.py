"""Shared fixtures: one strict build of the site per test session, served on a local port."""

from __future__ import annotations

import atexit
import functools
import http.server
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

from tests.early import start as start_early

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

ROOT = Path(__file__).resolve().parent.parent

# Example timings vary on a busy 2-core CI machine and under Pyodide: judge properties, not speed.
settings.register_profile("guide", deadline=None)
# "smoke": a few examples each, for test runs about something else (the scaffold's trial in a scratch copy).
settings.register_profile("smoke", deadline=None, max_examples=5)
settings.load_profile(os.environ.get("GUIDE_HYPOTHESIS_PROFILE", "guide"))


@dataclass(frozen=True)
class BuiltSite:
    """A strict build of the site, made for ``origin`` (navigation.instant needs an exact site_url)."""

    root: Path
    origin: str
    log: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the base class declares it as a mutable class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


def build_site(destination: Path, origin: str) -> BuiltSite:
    """A strict build into ``destination`` for ``origin``, waited for (``make bench`` builds its own this way)."""
    env = {**os.environ, "SITE_URL": origin + "/", "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, f"mkdocs build --strict failed:\n{run.stdout}{run.stderr}"
    return BuiltSite(destination, origin, run.stdout + run.stderr)


_BUILD: dict[str, object] = {}
"""The session's one build: started once (``start_site_build``), awaited by the first test that needs it."""


def start_site_build() -> None:
    """Start the session's build in the background, once: the tests that do not need it run meanwhile."""
    if _BUILD:
        return
    destination = Path(tempfile.mkdtemp(prefix="guide-site-"))
    atexit.register(shutil.rmtree, destination, True)
    origin = f"http://127.0.0.1:{_free_port()}"
    env = {**os.environ, "SITE_URL": origin + "/", "NO_MKDOCS_2_WARNING": "1"}
    log = tempfile.TemporaryFile(mode="w+", prefix="guide-build-")  # a file, not a pipe nobody reads meanwhile
    # As it is published: the build, then the cheat sheets printed to PDF (make pdf) into it.
    build = shlex.join([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)])
    pdf = shlex.join([sys.executable, str(ROOT / "tools" / "pdf.py"), str(destination)])
    done = Path(tempfile.mkdtemp(prefix="guide-build-done-")) / "done"  # written when the build ends, either way
    process = subprocess.Popen(
        ["sh", "-c", f"{build} && {pdf}; status=$?; touch {shlex.quote(str(done))}; exit $status"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # its own process group: stopping it stops mkdocs and the printing too
    )
    _BUILD.update(process=process, destination=destination, origin=origin, log=log, done=done)
    atexit.register(_stop_build)


def _stop_build() -> None:
    """At exit: a session that ends early (a failure with -x, an interrupt) leaves no build running."""
    process, log = _BUILD["process"], _BUILD["log"]
    if isinstance(process, subprocess.Popen) and process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    if hasattr(log, "close"):
        log.close()


@functools.cache
def session_site() -> BuiltSite:
    """The session's one build, waited for on first use and removed when the test process exits."""
    start_site_build()
    process, log = _BUILD["process"], _BUILD["log"]
    assert isinstance(process, subprocess.Popen) and hasattr(log, "read")
    process.wait()
    log.seek(0)
    output = log.read()
    assert process.returncode == 0, f"mkdocs build --strict failed:\n{output}"
    return BuiltSite(Path(str(_BUILD["destination"])), str(_BUILD["origin"]), output)


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected what will not run
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests that need the built site run last, and the build starts now; the early commands once it is done.

    The build is mostly single-threaded (mkdocs, then Node precompiling the runtime), as are the unit, snippet
    and tool tests: on a 2-core machine they run side by side instead of one after the other. The core the build
    leaves free then runs the early commands (tests/early.py) while the unit tests go on: started with the build,
    they slowed both.
    """
    if config.option.collectonly:
        return
    needs_site = [item for item in items if "built_site" in getattr(item, "fixturenames", ())]
    if needs_site:
        waiting = {id(item) for item in needs_site}
        items[:] = [item for item in items if id(item) not in waiting] + needs_site
        start_site_build()
    done = _BUILD.get("done")
    for item in items:
        early = item.get_closest_marker("early")
        if early is not None:
            start_early(*early.args, after=done if isinstance(done, Path) else None)


@pytest.fixture(scope="session")
def built_site() -> BuiltSite:
    return session_site()


@pytest.fixture(scope="session")
def site_port(built_site: BuiltSite) -> int:
    return int(built_site.origin.rsplit(":", 1)[1])


@pytest.fixture(scope="session")
def site_url(built_site: BuiltSite, site_port: int) -> Iterator[str]:
    handler = functools.partial(_Handler, directory=str(built_site.root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield built_site.origin
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    from playwright.sync_api import sync_playwright  # imported here: unit-test-only runs never load Playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """One headless Chromium for the whole session, shared by tests/browser and tests/quality."""
    from tests.browser.conftest import CHROMIUM_FLAGS, chromium_path

    browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
    yield browser
    browser.close()

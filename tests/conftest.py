"""Shared fixtures: one strict build of the site per test session, served on a local port."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
    """Run ``mkdocs build --strict`` for ``origin``; fail with mkdocs' own output when it breaks."""
    env = {**os.environ, "SITE_URL": origin + "/", "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, f"mkdocs build --strict failed:\n{run.stdout}\n{run.stderr}"
    return BuiltSite(destination, origin, run.stdout + run.stderr)


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, site_port: int) -> BuiltSite:
    return build_site(tmp_path_factory.mktemp("site"), f"http://127.0.0.1:{site_port}")


@pytest.fixture(scope="session")
def site_url(built_site: BuiltSite, site_port: int) -> Iterator[str]:
    handler = functools.partial(_Handler, directory=str(built_site.root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", site_port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield built_site.origin
    server.shutdown()
    server.server_close()

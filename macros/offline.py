"""What the service worker needs from a build: its id, the shell it installs with, and what "Save" fetches.

The "Save for offline" list holds every page and every file a page or a calculator can ask for, with sizes for
the progress bar.

``docs/sw.js`` is the worker's source; the build writes the site's copy with ``BUILD`` and ``SHELL`` filled in.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

SERVICE_WORKER = "sw.js"
OFFLINE_LIST = "offline.json"
BUILD_LINE = 'const BUILD = "dev"; // the build writes its id here'
SHELL_LINE = "const SHELL = /** @type {string[]} */ ([]); // the build lists the shell here"

SKIPPED = re.compile(
    r"""(\.(br|gz|map|apkg|pdf)$)              # precompressed twins, source maps, downloads
    |^assets/javascripts/lunr/                 # search languages other than English (never loaded here)
    |^assets/vendor/pyodide/(python_stdlib\.zip|pyodide-lock\.json)$  # only the "stock" start reads these
    |^assets/wheels/                           # likewise
    |^(sw\.js|offline\.json)$""",
    re.VERBOSE,
)
"""Files a reader's browser never asks for with the default start, or that the worker handles itself."""

SHELL_PATTERNS = (
    re.compile(r"^assets/(javascripts|stylesheets)/[^/]+\.(css|js)$"),
    re.compile(r"^assets/javascripts/workers/[^/]+\.js$"),
    re.compile(r"^(manifest\.webmanifest|assets/icons/[^/]+\.png)$"),
)
"""Installed with the worker: the styles and scripts every page loads (a few hundred kB)."""


def site_files(site: Path) -> list[str]:
    """Every file of the build, as paths relative to the site root, sorted."""
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())


def build_id(site: Path, files: Iterable[str]) -> str:
    """A hash of every file's path and content: a new build changes it, the same build keeps it."""
    digest = hashlib.sha256()
    for path in files:
        if path in (SERVICE_WORKER, OFFLINE_LIST) or path.endswith((".br", ".gz")):
            continue
        digest.update(path.encode() + b"\0")
        digest.update(hashlib.sha256((site / path).read_bytes()).digest())
    return digest.hexdigest()[:16]


def address(path: str) -> str:
    """The address a reader uses: a page's folder (``aws/lambda/``), not its ``index.html``."""
    if path == "index.html":
        return "./"
    return path.removesuffix("index.html")


def offline_list(site: Path, files: Iterable[str], build: str) -> dict[str, object]:
    """What "Save for offline" fetches: pages first (what a reader opens), then the rest, with raw sizes."""
    wanted = [path for path in files if not SKIPPED.search(path)]
    pages = [path for path in wanted if path.endswith(".html")]
    rest = [path for path in wanted if not path.endswith(".html")]
    return {
        "build": build,
        "files": [{"path": address(path), "bytes": (site / path).stat().st_size} for path in pages + rest],
    }


def shell(files: Iterable[str]) -> list[str]:
    """The files the worker installs with."""
    return ["./", *(path for path in files if any(pattern.search(path) for pattern in SHELL_PATTERNS))]


def service_worker(source: str, build: str, shell_files: list[str]) -> str:
    """The worker's source with this build's id and shell written in."""
    if BUILD_LINE not in source or SHELL_LINE not in source:
        raise ValueError("docs/sw.js lost the BUILD or SHELL line the build fills in")
    return source.replace(BUILD_LINE, f'const BUILD = "{build}";').replace(
        SHELL_LINE, f"const SHELL = {json.dumps(shell_files)};"
    )


def write(site: Path, source: Path) -> str:
    """Write the site's ``sw.js`` and ``offline.json``; return the build id."""
    files = site_files(site)
    build = build_id(site, files)
    (site / SERVICE_WORKER).write_text(service_worker(source.read_text(encoding="utf-8"), build, shell(files)), encoding="utf-8")
    (site / OFFLINE_LIST).write_text(json.dumps(offline_list(site, files, build)), encoding="utf-8")
    return build

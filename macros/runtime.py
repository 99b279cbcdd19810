"""The Python runtime the widgets start: Pyodide plus a precompiled standard library (and a snapshot).

``pyodide_stdlib.mjs`` makes both under Node with the pinned Pyodide. They depend only on the calculators'
sources, the Pyodide version and that script, so their id is a hash of those, known before the pages
render, and the build caches them in ``build/runtime/<id>/``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from macros.wheel import ROOT, build_wheel

PYODIDE = ROOT / "node_modules" / "pyodide"
SCRIPT = Path(__file__).with_name("pyodide_stdlib.mjs")
COMPRESS = Path(__file__).with_name("compress.mjs")
CACHE = ROOT / "build"
RUNTIME_FILES = ("python_stdlib.zip", "snapshot.bin")


@dataclass(frozen=True)
class Runtime:
    """Where the precompiled runtime lives, and what the worker needs to start Pyodide from it."""

    runtime_id: str
    pyodide_version: str
    lock_info: dict[str, str]

    @property
    def site_dir(self) -> str:
        """Folder under the site root, named by the id so it can be cached forever."""
        return f"assets/runtime/{self.runtime_id}/"

    @property
    def cache_dir(self) -> Path:
        """The build cache's copy."""
        return CACHE / "runtime" / self.runtime_id


def current_runtime() -> Runtime:
    """The runtime for the working tree (cheap: hashes only, builds nothing)."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    digest = hashlib.sha256()
    for part in (build_wheel().digest, version, SCRIPT.read_bytes().decode()):
        digest.update(str(part).encode())
    return Runtime(digest.hexdigest()[:12], version, dict(lock["info"]))


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("Node.js is needed to build the site's Python runtime: install it, then `make install`")
    return node


def ensure_built(runtime: Runtime) -> Path:
    """Build the zip and snapshot with Node unless the cache has them; return the cached folder."""
    if not all((runtime.cache_dir / name).exists() for name in RUNTIME_FILES):
        partial = runtime.cache_dir.with_name(runtime.runtime_id + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        subprocess.run([_node(), str(SCRIPT), str(ROOT), str(partial)], check=True, capture_output=True, text=True)
        shutil.rmtree(runtime.cache_dir, ignore_errors=True)
        partial.replace(runtime.cache_dir)
    return runtime.cache_dir


def precompress(files: list[Path]) -> None:
    """Write ``.br`` and ``.gz`` beside each file (cached by content in ``build/compressed``)."""
    if files:
        args = [_node(), str(COMPRESS), str(CACHE / "compressed"), *map(str, files)]
        subprocess.run(args, check=True, capture_output=True, text=True)

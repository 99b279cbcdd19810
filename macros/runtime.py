"""The Python runtime the widgets start: stock Pyodide plus a precompiled standard library.

The precompiled zip is made by ``pyodide_stdlib.mjs`` under Node with the pinned Pyodide; it depends only
on the calculators' sources, the Pyodide version and that script, so its id is a hash of those and is known
before the pages render. It is cached in ``build/runtime/<id>/`` across builds.
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
CACHE = ROOT / "build" / "runtime"


@dataclass(frozen=True)
class Runtime:
    """Where the precompiled standard library lives, and what the worker needs to start Pyodide."""

    runtime_id: str
    lock_info: dict[str, str]

    @property
    def site_dir(self) -> str:
        """Folder under the site root, named by the id so it can be cached forever."""
        return f"assets/runtime/{self.runtime_id}/"

    @property
    def cached_zip(self) -> Path:
        """The build cache's copy of the zip."""
        return CACHE / self.runtime_id / "python_stdlib.zip"


def current_runtime() -> Runtime:
    """The runtime for the working tree (cheap: hashes only, builds nothing)."""
    lock = json.loads((PYODIDE / "pyodide-lock.json").read_text())
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    digest = hashlib.sha256()
    for part in (build_wheel().digest, version, SCRIPT.read_bytes().decode()):
        digest.update(str(part).encode())
    return Runtime(digest.hexdigest()[:12], dict(lock["info"]))


def ensure_built(runtime: Runtime) -> Path:
    """Build the zip with Node unless the cache already has it; return the cached path."""
    if not runtime.cached_zip.exists():
        partial = runtime.cached_zip.with_suffix(".partial")
        node = shutil.which("node")
        if node is None:
            raise RuntimeError("Node.js is needed to precompile the standard library: install it, then `make install`")
        subprocess.run([node, str(SCRIPT), str(ROOT), str(partial)], check=True, capture_output=True, text=True)
        partial.replace(runtime.cached_zip)
    return runtime.cached_zip

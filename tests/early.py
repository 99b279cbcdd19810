"""Slow subprocesses a test only reads the outcome of, started when the session starts instead of in turn.

The session's first minutes are bound by one core (the unit tests) while the site builds on the other; once
the build is done, that second core idles until the browser tests. A test marked
``@pytest.mark.early(key, command)`` has its command queued at collection (``tests/conftest.py``) to start as
soon as the build ends, on that core; the test then waits for it with ``outcome(key)``, usually long after it
finished.
"""

from __future__ import annotations

import atexit
import shlex
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 900


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str


_RUNNING: dict[str, tuple[subprocess.Popen[str], object, object]] = {}


def start(key: str, command: Sequence[str], after: Path | None = None) -> None:
    """Start ``command`` in the repository once per session, once file ``after`` exists (the build has ended).

    Its output goes to files, not pipes.
    """
    if key in _RUNNING:
        return
    out = tempfile.TemporaryFile(mode="w+", prefix=f"early-{key}-")
    err = tempfile.TemporaryFile(mode="w+", prefix=f"early-{key}-")
    argv = list(command)
    if after is not None:
        waiting = f"while [ ! -e {shlex.quote(str(after))} ]; do sleep 1; done; exec {shlex.join(argv)}"
        argv = ["sh", "-c", waiting]
    process = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err, text=True)
    _RUNNING[key] = (process, out, err)
    atexit.register(_stop, key)


def outcome(key: str, command: Sequence[str]) -> Outcome:
    """Wait for the command started for ``key`` (starting it now if collection did not) and read what it said."""
    start(key, command)
    process, out, err = _RUNNING[key]
    process.wait(timeout=TIMEOUT_S)
    texts = []
    for stream in (out, err):
        stream.seek(0)  # type: ignore[attr-defined]
        texts.append(stream.read())  # type: ignore[attr-defined]
    return Outcome(process.returncode, texts[0], texts[1])


def _stop(key: str) -> None:
    process, out, err = _RUNNING[key]
    if process.poll() is None:
        process.kill()
        process.wait()
    for stream in (out, err):
        stream.close()  # type: ignore[attr-defined]

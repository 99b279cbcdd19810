"""A new contributor's first calculator, step by step, in a scratch copy of the repository; prints what each
step said, as JSON, for ``test_new_calculator`` to judge.

A script rather than the test's own body so that it can start with the session (``tests/early.py``): it takes
most of a minute, all of it in subprocesses. Usage: ``python -m tests.tools.scaffold_trial`` (from the root).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
NAME = "sns_fanout_cost"
FAST_TESTS = ["tests/calculators", "tests/cli"]  # what `make test-fast` runs
MODULE, TEST = f"calculators/{NAME}.py", f"tests/calculators/test_{NAME}.py"


def scratch_copy(destination: Path) -> Path:
    """The repository as a contributor has it: tracked files and new ones not ignored (no venv, no build)."""
    command = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    listed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def run(copy: Path, *command: str) -> dict[str, object]:
    env = {**os.environ, "GUIDE_HYPOTHESIS_PROFILE": "smoke", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, check=False, timeout=300)
    return {"returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


def trial(copy: Path) -> dict[str, dict[str, object]]:
    """Scaffold, check lint and types, run the fast tests (which must fail where work is left), do that work, rerun."""
    python = sys.executable
    steps = {"created": run(copy, python, "tools/new_calculator.py", NAME)}
    steps["lint"] = run(copy, python, "-m", "ruff", "check", MODULE, TEST)
    steps["formatted"] = run(copy, python, "-m", "ruff", "format", "--check", MODULE, TEST)
    steps["types"] = run(copy, python, "-m", "mypy", "--cache-dir", str(copy / ".mypy_cache"), MODULE)
    steps["before"] = run(copy, python, "-m", "pytest", *FAST_TESTS, "-q", "-p", "no:cacheprovider", "-k", NAME)
    # The contributor's part: the example worked by hand, and the widget on a page.
    test_file = copy / TEST
    test_file.write_text(test_file.read_text().replace("expected_units: int | None = None", "expected_units = 3"))
    page = copy / "docs" / "aws" / "messaging.md"
    page.write_text(page.read_text() + f'\n{{{{ calculator("{NAME}") }}}}\n')
    steps["after"] = run(copy, python, "-m", "pytest", *FAST_TESTS, "-q", "-p", "no:cacheprovider")
    return steps


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="scaffold-trial-") as scratch:
        print(json.dumps(trial(scratch_copy(Path(scratch)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

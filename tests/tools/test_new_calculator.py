"""`make new-calculator` in a scratch copy of the repository, as a new contributor would use it.

The scaffold's output must pass lint and types at once, fail exactly where work is left (the worked example
and the missing widget) with messages that say what to do, and pass `make test-fast` once those are done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.early import outcome
from tests.tools.scaffold_trial import NAME, TEST, scratch_copy

TRIAL = [sys.executable, "-m", "tests.tools.scaffold_trial"]
"""The contributor's steps in a scratch copy (about a minute of subprocesses): started with the session."""


def run(copy: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUIDE_HYPOTHESIS_PROFILE": "smoke", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, check=False, timeout=300)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scratch_copy(tmp_path_factory.mktemp("clone"))


@pytest.mark.early("scaffold-trial", TRIAL)
def test_scaffold_then_fill_in_until_test_fast_passes() -> None:
    trial = outcome("scaffold-trial", TRIAL)
    assert trial.returncode == 0, trial.stderr[-3000:]
    steps = json.loads(trial.stdout)
    created = steps["created"]
    assert created["returncode"] == 0, created["stderr"]
    for needle in ("The formula", "The facts", "The page", f'{{{{ calculator("{NAME}") }}}}', "CHANGELOG.md"):
        assert needle in created["stdout"], needle
    for step in ("lint", "formatted", "types"):
        assert steps[step]["returncode"] == 0, steps[step]["stdout"]

    before = steps["before"]
    failed = sorted(line.split(" ")[1] for line in before["stdout"].splitlines() if line.startswith("FAILED "))
    assert failed == [
        f"tests/calculators/test_conventions.py::test_every_calculator_has_a_widget_on_a_page[{NAME}]",
        f"{TEST}::test_worked_example",
    ], before["stdout"][-3000:]
    assert f'add {{{{ calculator("{NAME}") }}}} to the page that explains it' in before["stdout"]
    assert "set expected_units to the answer you worked out by hand" in before["stdout"]

    # After the contributor's part (the example worked by hand, the widget on a page), test-fast passes.
    after = steps["after"]
    assert after["returncode"] == 0, after["stdout"][-3000:]


def test_a_bad_or_taken_name_is_refused_in_one_line(copy: Path) -> None:
    for name in ("SnsFanout", "render", "kinesis_shards"):
        refused = run(copy, sys.executable, "tools/new_calculator.py", name)
        assert refused.returncode == 2 and refused.stdout == ""
        assert len(refused.stderr.strip().splitlines()) == 1 and refused.stderr.startswith("new-calculator: "), refused.stderr

"""`make new-calculator` in a scratch copy of the repository, as a new contributor would use it.

The scaffold's output must pass lint and types at once, fail exactly where work is left (the worked example
and the missing widget) with messages that say what to do, and pass `make test-fast` once those are done.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

NAME = "sns_fanout_cost"
FAST_TESTS = ["tests/calculators", "tests/cli"]  # what `make test-fast` runs


def run(copy: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUIDE_HYPOTHESIS_PROFILE": "smoke", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(command, cwd=copy, env=env, capture_output=True, text=True, check=False, timeout=300)


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository as a contributor has it: tracked files and new ones not ignored (no venv, no build)."""
    command = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    listed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    destination = tmp_path_factory.mktemp("clone")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


def test_scaffold_then_fill_in_until_test_fast_passes(copy: Path) -> None:
    python = sys.executable
    created = run(copy, python, "tools/new_calculator.py", NAME)
    assert created.returncode == 0, created.stderr
    for needle in ("The formula", "The facts", "The page", f'{{{{ calculator("{NAME}") }}}}', "CHANGELOG.md"):
        assert needle in created.stdout, needle

    module, test = f"calculators/{NAME}.py", f"tests/calculators/test_{NAME}.py"
    lint = run(copy, python, "-m", "ruff", "check", module, test)
    assert lint.returncode == 0, lint.stdout
    formatted = run(copy, python, "-m", "ruff", "format", "--check", module, test)
    assert formatted.returncode == 0, formatted.stdout
    types = run(copy, python, "-m", "mypy", "--cache-dir", str(copy / ".mypy_cache"), module)
    assert types.returncode == 0, types.stdout

    before = run(copy, python, "-m", "pytest", *FAST_TESTS, "-q", "-p", "no:cacheprovider", "-k", NAME)
    failed = sorted(line.split(" ")[1] for line in before.stdout.splitlines() if line.startswith("FAILED "))
    assert failed == [
        f"tests/calculators/test_conventions.py::test_every_calculator_has_a_widget_on_a_page[{NAME}]",
        f"{test}::test_worked_example",
    ], before.stdout[-3000:]
    assert f'add {{{{ calculator("{NAME}") }}}} to the page that explains it' in before.stdout
    assert "set expected_units to the answer you worked out by hand" in before.stdout

    # The contributor's part: the example worked by hand, and the widget on a page.
    test_file = copy / test
    test_file.write_text(test_file.read_text().replace("expected_units: int | None = None", "expected_units = 3"))
    page = copy / "docs" / "aws" / "messaging.md"
    page.write_text(page.read_text() + f'\n{{{{ calculator("{NAME}") }}}}\n')

    after = run(copy, python, "-m", "pytest", *FAST_TESTS, "-q", "-p", "no:cacheprovider")
    assert after.returncode == 0, after.stdout[-3000:]


def test_a_bad_or_taken_name_is_refused_in_one_line(copy: Path) -> None:
    for name in ("SnsFanout", "render", "kinesis_shards"):
        refused = run(copy, sys.executable, "tools/new_calculator.py", name)
        assert refused.returncode == 2 and refused.stdout == ""
        assert len(refused.stderr.strip().splitlines()) == 1 and refused.stderr.startswith("new-calculator: "), refused.stderr

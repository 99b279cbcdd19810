"""`python -m calculators drill`: the same drills as the page, answered on standard input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from calculators.drills import FAMILIES, make


def drill(*args: str, answers: str = "") -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "calculators", "drill", *args]
    return subprocess.run(command, input=answers, capture_output=True, text=True, check=False)


def test_list_names_every_family() -> None:
    run = drill("--list")
    assert run.returncode == 0
    assert [line.split("\t")[0] for line in run.stdout.splitlines()] == list(FAMILIES)


def test_a_seed_reproduces_the_drill_and_answers_are_marked() -> None:
    made = make("kinesis", 3)
    typed = "\n".join(repr(step.expected) for step in made.steps) + "\n"
    run = drill("kinesis", "--seed", "3", answers=typed)
    assert run.returncode == 0, run.stderr
    assert made.question in run.stdout
    assert "Score: 100 / 100" in run.stdout
    assert "Kinesis write throughput per shard 2026-" in run.stdout  # the working names and dates its facts
    assert drill("kinesis", "--seed", "3", answers=typed).stdout == run.stdout


def test_an_unreadable_answer_is_asked_again() -> None:
    made = make("lambda_concurrency", 4)
    run = drill("lambda_concurrency", "--seed", "4", answers=f"lots\n{made.steps[0].expected!r}\n")
    assert "'lots' does not start with a number" in run.stdout
    assert "Score: 100 / 100" in run.stdout


def test_end_of_input_leaves_the_rest_unanswered() -> None:
    run = drill("traffic", "--seed", "2")
    assert run.returncode == 0
    assert "Score: 0 / 100" in run.stdout
    assert "not answered" in run.stdout


def test_json_holds_the_drill_and_its_expected_answers() -> None:
    run = drill("cidr", "--seed", "2", "--json")
    document = json.loads(run.stdout)
    assert document["expected"] == {step.key: step.expected for step in make("cidr", 2).steps}


def test_a_pushback_changes_the_numbers() -> None:
    base = drill("kinesis", "--seed", "3", "--show").stdout
    pushed = drill("kinesis", "--seed", "3", "--pushback", "records_per_second_x10", "--show").stdout
    assert "Follow-up: Traffic grows tenfold." in pushed
    assert pushed != base


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("nope",), "family"),
        (("kinesis", "--seed", "-4"), "seed"),
        (("kinesis", "--seed", "1", "--pushback", "x"), "pushback"),
        (("--bogus",), "arguments"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: tuple[str, ...], field: str) -> None:
    run = drill(*args)
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.splitlines()) == 1
    assert run.stderr.startswith(f"error: {field}: ")

"""The command line is a contract: list, --help, --json, and exit status 2 with one line on bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from calculators import REGISTRY


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "calculators", *args], capture_output=True, text=True, check=False)


def test_list_prints_one_line_per_calculator() -> None:
    run = cli("list")
    assert run.returncode == 0
    lines = run.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == list(REGISTRY)
    assert all(line.split("\t")[1] for line in lines)


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_help_lists_every_input_with_unit_default_and_bounds(name: str) -> None:
    run = cli(name, "--help")
    assert run.returncode == 0
    text = " ".join(run.stdout.split())
    for spec in REGISTRY[name].INPUTS:
        assert "--" + spec.name.replace("_", "-") in text
        assert "default" in text


def test_json_output_is_one_object_with_the_contract_keys() -> None:
    run = cli("kinesis_shards", "--records-per-second", "11574.074074074075", "--record-size-kb", "1", "--json")
    assert run.returncode == 0
    document = json.loads(run.stdout)
    assert set(document) == {"name", "inputs", "outputs", "steps"}
    assert document["outputs"]["shards"] == 12
    assert document["outputs"]["monthly_cost_usd"] > 0  # the amount is checked in tests/calculators, not here
    assert {"label", "formula", "value", "unit"} == set(document["steps"][0])


def test_booleans_are_spelled_true_and_false() -> None:
    run = cli("lambda_cost", "--free-tier", "true", "--json")
    assert json.loads(run.stdout)["inputs"]["free_tier"] is True
    assert cli("lambda_cost", "--free-tier", "yes").returncode == 2


def test_human_output_shows_the_working() -> None:
    run = cli("dynamodb_capacity", "--writes-per-second", "1000000", "--reads-per-second", "0", "--target-utilization", "1")
    assert run.returncode == 0
    # the amount is checked in tests/calculators; here, that it is shown in dollars with separators and cents
    assert re.search(r"Monthly cost: \$\d{1,3}(,\d{3})+\.\d{2} per month", run.stdout)
    assert "Working:" in run.stdout


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("dynamodb_capacity", "--item-size-kb", "401"), "item_size_kb"),
        (("lambda_cost", "--memory-mb", "64"), "memory_mb"),
        (("kinesis_shards", "--records-per-second", "abc"), "records_per_second"),
        (("lambda_cost", "--no-such-flag", "1"), "arguments"),
        (("no_such_calculator",), "name"),
    ],
)
def test_invalid_input_exits_2_with_one_line(args: tuple[str, ...], field: str) -> None:
    run = cli(*args)
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert field in run.stderr
    with_json = cli(*args, "--json")
    assert with_json.returncode == 2
    assert json.loads(with_json.stdout)["error"]["field"] == field

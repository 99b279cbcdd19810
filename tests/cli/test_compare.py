"""``python -m calculators compare``: five architectures at one load, crossovers, a load table, sensitivity.

Amounts are checked in tests/calculators/test_architecture_cost.py with round prices; here, the contract:
the flags are the calculator's, ``--json`` prints one object, invalid input exits 2 with one line.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from calculators import _crossover, architecture_cost, compute
from calculators.cli import main


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "calculators", *args], capture_output=True, text=True, check=False)


def run_main(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(args), out)
    return status, out.getvalue()


def test_text_shows_costs_crossovers_table_and_ranking() -> None:
    status, text = run_main("compare", "--requests-per-second", "100")
    assert status == 0
    for label in architecture_cost.ARCHITECTURES.values():
        assert label in text
    assert "Monthly cost at 100 requests/s" in text
    assert "Cheapest: " in text
    assert " is cheaper below " in text and " requests/s than " in text
    for load in ("1 request/s:", "100 requests/s:", "10,000 requests/s:"):
        assert load in text
    assert "1. " in text and "swing $" in text


def test_json_matches_the_calculator_and_the_crossover_functions() -> None:
    status, text = run_main("compare", "--requests-per-second", "250", "--traffic-shape", "spiky", "--json")
    assert status == 0
    document = json.loads(text)
    assert set(document) == {"name", "inputs", "costs_usd_month", "cheapest", "crossovers", "loads", "sensitivity", "notes"}
    inputs, result = compute("architecture_cost", {"requests_per_second": "250", "traffic_shape": "spiky"})
    outputs = result.output_values()
    for key in architecture_cost.ARCHITECTURES:
        assert document["costs_usd_month"][key] == pytest.approx(outputs[f"{key}_usd_month"])
    assert architecture_cost.ARCHITECTURES[document["cheapest"]] == outputs["cheapest"]
    expected = _crossover.crossovers(inputs)
    assert [c["requests_per_second"] for c in document["crossovers"]] == pytest.approx([c.requests_per_second for c in expected])
    assert [row["requests_per_second"] for row in document["loads"]] == list(_crossover.LOADS)
    ranking = document["sensitivity"]["inputs"]
    assert [row["swing_usd_month"] for row in ranking] == sorted((row["swing_usd_month"] for row in ranking), reverse=True)
    assert {row["input"] for row in ranking} == {
        spec.name for spec in architecture_cost.INPUTS if spec.name not in {"traffic_shape", "node_type", "nat_gateways"}
    }


def test_the_calculators_flags_are_accepted() -> None:
    status, _ = run_main(
        "compare",
        "--payload-kb",
        "2",
        "--node-type",
        "m6i.large",
        "--nat-gateways",
        "false",
        "--availability-zones",
        "2",
        "--target-utilization",
        "60%",
        "--json",
    )
    assert status == 0


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("--requests-per-second", "-1"), "error: requests_per_second: Average load must be at least 0 requests/s"),
        (("--traffic-shape", "bursty"), "error: traffic_shape: Traffic shape must be one of: steady, diurnal, spiky"),
        (("--task-vcpu", "2"), "error: task_vcpu: vCPU per task or pod must fit on one m7g.large node"),
        (("--colour", "blue"), "error: arguments: unrecognized arguments: --colour blue"),
    ],
)
def test_invalid_input_exits_2_with_one_line(args: tuple[str, ...], line: str) -> None:
    run = cli("compare", *args)
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.splitlines()) == 1
    assert run.stderr.startswith(line)


def test_invalid_input_with_json_is_one_error_object() -> None:
    run = cli("compare", "--egress-share", "2", "--json")
    assert run.returncode == 2
    assert json.loads(run.stdout) == {
        "error": {"field": "egress_share", "message": "Responses to the internet must be at most 1 (100 %)"}
    }


def test_help_lists_the_calculators_inputs() -> None:
    run = cli("compare", "--help")
    assert run.returncode == 0
    assert "python -m calculators compare" in run.stdout
    for spec in architecture_cost.INPUTS:
        assert "--" + spec.name.replace("_", "-") in run.stdout


def test_the_existing_contract_is_unchanged() -> None:
    status, text = run_main("architecture_cost", "--json")
    assert status == 0
    assert set(json.loads(text)) == {"name", "inputs", "outputs", "steps"}

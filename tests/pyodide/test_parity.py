"""The browser runs exactly the tested code: the test suite passes inside Pyodide, and the page's runtime
(the precompiled standard library built with the site) answers exactly as CPython does."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from calculators import REGISTRY
from calculators.units import SECONDS_PER_DAY
from calculators.web import run
from tests.conftest import ROOT, BuiltSite
from tests.early import outcome

# Each calculator's defaults plus the guide's worked examples and an invalid input each.
WORKED_EXAMPLES: list[tuple[str, dict[str, object]]] = [
    ("dynamodb_capacity", {"reads_per_second": 0, "writes_per_second": 1_000_000, "target_utilization": 1}),
    ("dynamodb_capacity", {"reads_per_second": 0, "writes_per_second": 1_000_000, "capacity_mode": "on_demand"}),
    ("kinesis_shards", {"records_per_second": 1_000_000_000 / SECONDS_PER_DAY, "peak_factor": 2}),
    ("lambda_cost", {"free_tier": True, "architecture": "arm64"}),
    ("s3_multipart", {"object_size_gib": 5120}),
    ("availability", {"availabilities_percent": "99.95, 99.95", "topology": "parallel"}),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.0/16", "subnet_count": 6}),
    ("cidr_subnets", {"vpc_cidr": "10.0.0.1/16"}),
    ("k8s_hpa", {"current_replicas": 3, "current_metric": 0.2, "target_metric": 0.1}),
]
CASES = [(name, {}) for name in sorted(REGISTRY)] + WORKED_EXAMPLES
CASES += [(name, {REGISTRY[name].INPUTS[0].name: "-1e999"}) for name in sorted(REGISTRY)]


def _node(*args: str, stdin: str = "", timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["node", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False)


def _native_test_count() -> int:
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests/calculators"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return int(re.search(r"(\d+) tests? collected", collected.stdout).group(1))  # type: ignore[union-attr]


PYODIDE_SUITE = ["node", "tools/pyodide_pytest.mjs", str(ROOT), sysconfig.get_paths()["purelib"], "-q", "tests/calculators"]
"""The calculators' test suite inside Pyodide under Node: about a minute, so it starts with the session."""


@pytest.mark.early("pyodide-suite", PYODIDE_SUITE)
def test_calculator_test_suite_passes_inside_pyodide() -> None:
    result = outcome("pyodide-suite", PYODIDE_SUITE)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-2000:]
    assert result.returncode == 0, f"pytest inside Pyodide failed:\n{result.stdout[-4000:]}\n{result.stderr[-2000:]}"
    assert "emscripten" in result.stdout
    passed = int(re.search(r"(\d+) passed", summary).group(1))  # type: ignore[union-attr]
    assert passed == _native_test_count(), summary


def _runtime_file(site: BuiltSite, name: str) -> Path:
    found = list(site.root.glob(f"assets/runtime/*/{name}"))
    assert len(found) == 1, found
    return found[0]


def _run_in_page_runtime(site: BuiltSite, *, snapshot: bool) -> dict[str, object]:
    args = [str(ROOT), str(_runtime_file(site, "python_stdlib.zip"))]
    if snapshot:
        args.append(str(_runtime_file(site, "snapshot.bin")))
    payloads = [[name, json.dumps(inputs)] for name, inputs in CASES]
    result = _node("tests/pyodide/run_calculators.mjs", *args, stdin=json.dumps(payloads))
    assert result.returncode == 0, result.stderr[-3000:]
    answer: dict[str, object] = json.loads(result.stdout)
    replies = answer["replies"]
    assert isinstance(replies, list)
    for (name, payload), reply in zip(payloads, replies, strict=True):
        assert json.loads(reply) == json.loads(run(name, payload)), (name, payload)
    assert any(json.loads(reply)["ok"] is False for reply in replies), "the error path was not exercised"
    return answer


def test_precompiled_runtime_answers_exactly_like_cpython(built_site: BuiltSite) -> None:
    _run_in_page_runtime(built_site, snapshot=False)


def test_snapshot_answers_like_cpython_and_reseeds_random(built_site: BuiltSite) -> None:
    first = _run_in_page_runtime(built_site, snapshot=True)
    second = _run_in_page_runtime(built_site, snapshot=True)
    assert first["random"] != second["random"], "random kept the build's state across restores"


def test_snapshot_carries_no_build_machine_paths(built_site: BuiltSite) -> None:
    image = _runtime_file(built_site, "snapshot.bin").read_bytes()
    # Pyodide's own binary names the paths it was compiled in (/root/repo/cpython/...); only ours count.
    pyodide_binary = (ROOT / "node_modules/pyodide/pyodide.asm.wasm").read_bytes()
    machine_paths = {str(ROOT), sys.prefix, str(Path.home()) + "/", "pyodide_stdlib.mjs", socket.gethostname()}
    for machine_path in (path for path in machine_paths if len(path) >= 4):
        needle = machine_path.encode()
        assert needle not in image or needle in pyodide_binary, machine_path


def test_runtime_zip_is_precompiled_and_carries_no_build_machine_paths(built_site: BuiltSite) -> None:
    archive = _runtime_file(built_site, "python_stdlib.zip")
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        blob = b"".join(zipped.read(name) for name in names)
    assert names and all(name.endswith(".pyc") for name in names)
    assert "calculators/web.pyc" in names and "json/__init__.pyc" in names
    for machine_path in {str(ROOT), sys.prefix, str(Path.home())}:
        assert machine_path.encode() not in blob, machine_path

"""`make bench` is run by hand, rarely: this keeps it from breaking silently when the test helpers it uses move."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.conftest import ROOT


def test_the_benchmark_loads_and_knows_its_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "tools"))  # as when run as a script: its neighbours import
    path = ROOT / "tools" / "bench.py"
    spec = importlib.util.spec_from_file_location("bench_under_test", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_under_test"] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["bench_under_test"]
    assert callable(module.main)
    assert callable(module.drills_in_worker)
    assert "--drills-only" in path.read_text(encoding="utf-8")

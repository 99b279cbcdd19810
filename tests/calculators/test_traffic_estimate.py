"""Traffic estimate: daily volume to rates, bandwidth and storage, the billion-a-day rate, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("traffic_estimate", raw)[1].output_values()


def test_defaults() -> None:
    out = outputs()  # 100 M requests a day, peak 3, 1,000 bytes, 365 days, 3 copies
    assert out["average_rps"] == pytest.approx(1157.407407)
    assert out["peak_rps"] == pytest.approx(3472.222222)
    assert out["storage_bytes"] == pytest.approx(1.095e14)
    assert out["storage_tb"] == pytest.approx(109.5)
    assert out["bandwidth_mbps"] == pytest.approx(9.259259)
    assert out["peak_bandwidth_mbps"] == pytest.approx(27.777778)


def test_billion_events_a_day() -> None:
    out = outputs(requests_per_day=1_000_000_000, peak_factor=2)
    assert out["average_rps"] == pytest.approx(11_574.07, abs=0.005)
    assert out["peak_rps"] == pytest.approx(23_148.15, abs=0.005)


def test_read_heavy_service_stores_only_the_writes() -> None:
    out = outputs(
        requests_per_day=500_000_000, payload_bytes=2000, retention_days=3650, replication_factor=3, write_fraction=0.01
    )
    assert out["storage_bytes"] == pytest.approx(5e6 * 2000 * 3650 * 3)
    assert out["storage_tb"] == pytest.approx(109.5)


def test_no_traffic_means_no_load() -> None:
    out = outputs(requests_per_day=0)
    assert out["average_rps"] == 0
    assert out["storage_bytes"] == 0


@given(
    per_day=st.floats(min_value=0, max_value=1e15),
    peak=st.floats(min_value=1, max_value=1000),
    payload=st.floats(min_value=0, max_value=1e10),
    retention=st.floats(min_value=0, max_value=36_500),
    copies=st.integers(min_value=1, max_value=10),
    writes=st.floats(min_value=0, max_value=1),
    growth=st.floats(min_value=1, max_value=100),
)
def test_outputs_finite_nonnegative_and_grow_with_load(
    per_day: float, peak: float, payload: float, retention: float, copies: int, writes: float, growth: float
) -> None:
    common = {
        "peak_factor": peak,
        "payload_bytes": payload,
        "retention_days": retention,
        "replication_factor": copies,
        "write_fraction": writes,
    }
    base = outputs(requests_per_day=per_day, **common)
    more = outputs(requests_per_day=min(per_day * growth, 1e15), **common)
    for name, value in base.items():
        assert isinstance(value, float)
        assert math.isfinite(value)
        assert value >= 0
        assert float(str(more[name])) >= value
    assert base["peak_rps"] >= base["average_rps"]

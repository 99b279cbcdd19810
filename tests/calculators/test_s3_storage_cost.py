"""S3 storage cost: the guide's 100 TB Standard example, each class's rates, tiers, properties.

Worked examples compute with the round prices of ``round_facts.ROUND``: Standard storage per GB-month $0.03
for the first 51,200 GB, $0.02 for the next 460,800 GB, $0.01 beyond; Standard PUT $0.005 and GET $0.0004
per 1,000; Intelligent-Tiering monitoring $0.002 per 1,000 objects (other classes' rates in ``test_class_rates``).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import compute
from calculators.s3_storage_cost import STORAGE_CLASSES
from tests.calculators.round_facts import ROUND

NAME = "s3_storage_cost"
NOTHING_ELSE = {"put_requests_per_month": 0, "get_requests_per_month": 0, "retrieval_gb_per_month": 0, "objects": 0}


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw, ROUND)[1].output_values()


def run_current(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_one_hundred_tb_standard() -> None:
    out = run(storage_gb=102_400, **NOTHING_ELSE)
    # 51,200 GB × $0.03 + 51,200 GB × $0.02 = $1,536 + $1,024
    assert out["storage_cost_usd"] == pytest.approx(2560, rel=1e-12)
    assert out["monthly_cost_usd"] == pytest.approx(2560, rel=1e-12)


@pytest.mark.current_prices
def test_one_hundred_tb_standard_at_todays_prices() -> None:
    """Checks the guide's 100 TB Standard example against today's prices; it will change on a price refresh."""
    out = run_current(storage_gb=102_400, **NOTHING_ELSE)
    assert out["storage_cost_usd"] == pytest.approx(2304.00, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(2304.00, abs=0.005)


def test_requests_example() -> None:
    out = run(storage_gb=102_400, put_requests_per_month=1_000_000, get_requests_per_month=10_000_000)
    # 1,000,000 ÷ 1,000 × $0.005 + 10,000,000 ÷ 1,000 × $0.0004 = $5 + $4
    assert out["request_cost_usd"] == pytest.approx(9, rel=1e-12)
    assert out["monthly_cost_usd"] == pytest.approx(2569, rel=1e-12)  # $2,560 storage + $9
    puts_only = run(storage_gb=0, put_requests_per_month=1_000_000, get_requests_per_month=0)
    assert puts_only["request_cost_usd"] == pytest.approx(5, rel=1e-12)
    gets_only = run(storage_gb=0, put_requests_per_month=0, get_requests_per_month=10_000_000)
    assert gets_only["request_cost_usd"] == pytest.approx(4, rel=1e-12)


def test_standard_third_tier() -> None:
    out = run(storage_gb=1_000_000, **NOTHING_ELSE)
    # 51,200 GB × $0.03 + 460,800 GB × $0.02 + 488,000 GB × $0.01 = $1,536 + $9,216 + $4,880
    assert out["storage_cost_usd"] == pytest.approx(15_632, rel=1e-12)


def test_intelligent_tiering_uses_standard_tiers_plus_monitoring() -> None:
    out = run(
        storage_gb=102_400,
        storage_class="intelligent_tiering",
        put_requests_per_month=0,
        get_requests_per_month=0,
        retrieval_gb_per_month=500,
        objects=1_000_000,
    )
    assert out["storage_cost_usd"] == pytest.approx(2560, rel=1e-12)  # Standard's tiers, as above
    assert out["monitoring_cost_usd"] == pytest.approx(2, rel=1e-12)  # 1,000,000 objects ÷ 1,000 × $0.002
    assert out["retrieval_cost_usd"] == 0
    assert out["monthly_cost_usd"] == pytest.approx(2562, rel=1e-12)


def test_objects_are_ignored_outside_intelligent_tiering() -> None:
    assert run(storage_gb=100, objects=1_000_000)["monitoring_cost_usd"] == 0


@pytest.mark.parametrize(
    ("storage_class", "storage", "puts", "gets", "retrieval"),
    [
        # 1,000 GB stored, 1 M PUT, 1 M GET (or restore) requests (1,000 × the price per 1,000), 100 GB retrieved
        ("standard", 30, 5, 0.4, 0),  # 1,000 × $0.03; 1,000 × $0.005; 1,000 × $0.0004; no retrieval fee
        ("standard_ia", 10, 10, 1, 1),  # 1,000 × $0.01; 1,000 × $0.01; 1,000 × $0.001; 100 × $0.01
        ("one_zone_ia", 10, 10, 1, 1),  # 1,000 × $0.01; IA's request and retrieval prices
        ("glacier_instant", 4, 20, 10, 3),  # 1,000 × $0.004; 1,000 × $0.02; 1,000 × $0.01; 100 × $0.03
        ("glacier_flexible", 4, 50, 50, 1),  # 1,000 × $0.004; 1,000 × $0.05; 1,000 × $0.05 restores; 100 × $0.01
        ("deep_archive", 1, 50, 100, 2),  # 1,000 × $0.001; 1,000 × $0.05; 1,000 × $0.1 restores; 100 × $0.02
    ],
)
def test_class_rates(storage_class: str, storage: float, puts: float, gets: float, retrieval: float) -> None:
    out = run(
        storage_gb=1000,
        storage_class=storage_class,
        put_requests_per_month=1_000_000,
        get_requests_per_month=1_000_000,
        retrieval_gb_per_month=100,
        objects=0,
    )
    assert out["storage_cost_usd"] == pytest.approx(storage, rel=1e-12)
    assert out["request_cost_usd"] == pytest.approx(puts + gets, rel=1e-12)
    assert out["retrieval_cost_usd"] == pytest.approx(retrieval, rel=1e-12)
    assert out["monthly_cost_usd"] == pytest.approx(storage + puts + gets + retrieval, rel=1e-12)


def test_notes_by_class() -> None:
    assert compute(NAME, {"storage_class": "standard"})[1].notes == ()
    assert any("Upper bound" in note for note in compute(NAME, {"storage_class": "intelligent_tiering"})[1].notes)
    assert any("restore" in note for note in compute(NAME, {"storage_class": "deep_archive"})[1].notes)


amounts = st.floats(min_value=0, max_value=1e12)
counts = st.integers(min_value=0, max_value=10**13)
classes = st.sampled_from(STORAGE_CLASSES)


@given(amounts, classes, counts, counts, amounts, counts)
def test_outputs_finite_non_negative_and_summed(
    storage_gb: float, storage_class: str, puts: int, gets: int, retrieval_gb: float, objects: int
) -> None:
    out = run_current(
        storage_gb=storage_gb,
        storage_class=storage_class,
        put_requests_per_month=puts,
        get_requests_per_month=gets,
        retrieval_gb_per_month=retrieval_gb,
        objects=objects,
    )
    parts = [out[key] for key in ("storage_cost_usd", "request_cost_usd", "retrieval_cost_usd", "monitoring_cost_usd")]
    for value in [*parts, out["monthly_cost_usd"]]:
        assert isinstance(value, float)
        assert math.isfinite(value)
        assert value >= 0
    assert out["monthly_cost_usd"] == pytest.approx(sum(parts))


@given(amounts, amounts, classes)
def test_monotonic_in_storage(first: float, second: float, storage_class: str) -> None:
    low, high = sorted((first, second))
    cost_low = run_current(storage_gb=low, storage_class=storage_class)["monthly_cost_usd"]
    cost_high = run_current(storage_gb=high, storage_class=storage_class)["monthly_cost_usd"]
    assert cost_low <= cost_high

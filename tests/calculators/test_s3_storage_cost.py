"""S3 storage cost: facts example 13 (100 TB Standard), each class's rates, tiers, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute
from calculators.s3_storage_cost import STORAGE_CLASSES

NAME = "s3_storage_cost"
NOTHING_ELSE = {"put_requests_per_month": 0, "get_requests_per_month": 0, "retrieval_gb_per_month": 0, "objects": 0}


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


def test_one_hundred_tb_standard() -> None:
    out = run(storage_gb=102_400, **NOTHING_ELSE)
    assert out["storage_cost_usd"] == pytest.approx(2304.00, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(2304.00, abs=0.005)


def test_requests_example() -> None:
    out = run(storage_gb=102_400, put_requests_per_month=1_000_000, get_requests_per_month=10_000_000)
    assert out["request_cost_usd"] == pytest.approx(9.00, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(2313.00, abs=0.005)
    assert run(storage_gb=0, put_requests_per_month=1_000_000, get_requests_per_month=0)["request_cost_usd"] == pytest.approx(
        5.00, abs=0.005
    )
    assert run(storage_gb=0, put_requests_per_month=0, get_requests_per_month=10_000_000)["request_cost_usd"] == pytest.approx(
        4.00, abs=0.005
    )


def test_standard_third_tier() -> None:
    out = run(storage_gb=1_000_000, **NOTHING_ELSE)
    assert out["storage_cost_usd"] == pytest.approx(51_200 * 0.023 + 460_800 * 0.022 + 488_000 * 0.021, abs=0.005)


def test_intelligent_tiering_uses_standard_tiers_plus_monitoring() -> None:
    out = run(
        storage_gb=102_400,
        storage_class="intelligent_tiering",
        put_requests_per_month=0,
        get_requests_per_month=0,
        retrieval_gb_per_month=500,
        objects=1_000_000,
    )
    assert out["storage_cost_usd"] == pytest.approx(2304.00, abs=0.005)
    assert out["monitoring_cost_usd"] == pytest.approx(2.50, abs=0.005)
    assert out["retrieval_cost_usd"] == 0
    assert out["monthly_cost_usd"] == pytest.approx(2306.50, abs=0.005)


def test_objects_are_ignored_outside_intelligent_tiering() -> None:
    assert run(storage_gb=100, objects=1_000_000)["monitoring_cost_usd"] == 0


@pytest.mark.parametrize(
    ("storage_class", "storage", "puts", "gets", "retrieval"),
    [
        # 1,000 GB stored, 1 M PUT, 1 M GET (or restore) requests, 100 GB retrieved
        ("standard", 23.00, 5.00, 0.40, 0.00),
        ("standard_ia", 12.50, 10.00, 1.00, 1.00),
        ("one_zone_ia", 10.00, 10.00, 1.00, 1.00),
        ("glacier_instant", 4.00, 20.00, 10.00, 3.00),
        ("glacier_flexible", 3.60, 50.00, 50.00, 1.00),
        ("deep_archive", 0.99, 50.00, 100.00, 2.00),
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
    assert out["storage_cost_usd"] == pytest.approx(storage, abs=0.005)
    assert out["request_cost_usd"] == pytest.approx(puts + gets, abs=0.005)
    assert out["retrieval_cost_usd"] == pytest.approx(retrieval, abs=0.005)
    assert out["monthly_cost_usd"] == pytest.approx(storage + puts + gets + retrieval, abs=0.005)


def test_notes_by_class() -> None:
    assert compute(NAME, {"storage_class": "standard"})[1].notes == ()
    assert any("Upper bound" in note for note in compute(NAME, {"storage_class": "intelligent_tiering"})[1].notes)
    assert any("restore" in note for note in compute(NAME, {"storage_class": "deep_archive"})[1].notes)


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"storage_gb": -1}, "storage_gb"),
        ({"storage_gb": 1e13}, "storage_gb"),
        ({"storage_class": "reduced_redundancy"}, "storage_class"),
        ({"storage_class": ""}, "storage_class"),
        ({"put_requests_per_month": 1.5}, "put_requests_per_month"),
        ({"get_requests_per_month": -10}, "get_requests_per_month"),
        ({"retrieval_gb_per_month": "some"}, "retrieval_gb_per_month"),
        ({"objects": 1e14}, "objects"),
        ({"region": "eu-west-1"}, "region"),
    ],
)
def test_invalid_input(raw: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as caught:
        compute(NAME, raw)
    assert caught.value.field == field


amounts = st.floats(min_value=0, max_value=1e12)
counts = st.integers(min_value=0, max_value=10**13)
classes = st.sampled_from(STORAGE_CLASSES)


@given(amounts, classes, counts, counts, amounts, counts)
def test_outputs_finite_non_negative_and_summed(
    storage_gb: float, storage_class: str, puts: int, gets: int, retrieval_gb: float, objects: int
) -> None:
    out = run(
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
    cost_low = run(storage_gb=low, storage_class=storage_class)["monthly_cost_usd"]
    cost_high = run(storage_gb=high, storage_class=storage_class)["monthly_cost_usd"]
    assert cost_low <= cost_high

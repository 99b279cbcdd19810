"""Composite availability: the AV1 downtime table, serial and parallel, list parsing, properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("availability", raw)[1].output_values()


@pytest.mark.parametrize(
    ("percent", "per_year", "per_month"),
    [
        ("99", 5256.0, 438.0),  # 87.6 h a year, 7.3 h a month
        ("99.9", 525.6, 43.8),
        ("99.95", 262.8, 21.9),  # 4.38 h a year
        ("99.99", 52.56, 4.38),
        ("99.999", 5.256, 0.438),  # 26.3 s a month
        ("100", 0.0, 0.0),
    ],
)
def test_downtime_table(percent: str, per_year: float, per_month: float) -> None:
    out = outputs(availabilities_percent=percent)
    assert out["availability_percent"] == pytest.approx(float(percent))
    assert out["downtime_minutes_per_year"] == pytest.approx(per_year, abs=1e-6)
    assert out["downtime_minutes_per_month"] == pytest.approx(per_month, abs=1e-6)


def test_serial_multiplies() -> None:
    out = outputs(availabilities_percent="99.99, 99.95", topology="serial")
    assert out["availability_percent"] == pytest.approx(99.940005)
    assert out["unavailability_percent"] == pytest.approx(0.059995)


def test_parallel_multiplies_the_failures() -> None:
    out = outputs(availabilities_percent="99.99, 99.95", topology="parallel")
    assert out["availability_percent"] == pytest.approx(99.999995)
    assert out["unavailability_percent"] == pytest.approx(0.000005)


def test_two_copies_of_three_nines_give_six() -> None:
    out = outputs(availabilities_percent="99.9,99.9", topology="parallel")
    assert out["unavailability_percent"] == pytest.approx(0.0001)
    assert out["downtime_minutes_per_year"] == pytest.approx(0.5256)


def test_three_tier_chain_in_series() -> None:
    out = outputs(availabilities_percent="99.99, 99.95, 99.99")
    assert out["availability_percent"] == pytest.approx(99.99 * 99.95 * 99.99 / 10_000)


def test_percent_signs_and_spaces_are_accepted() -> None:
    assert outputs(availabilities_percent=" 99.9% , 99.9 %")["availability_percent"] == pytest.approx(99.8001)


def test_fifty_components_are_allowed() -> None:
    out = outputs(availabilities_percent=",".join(["99.99"] * 50))
    assert out["availability_percent"] == pytest.approx(100 * 0.9999**50)


def test_error_names_the_bad_item() -> None:
    with pytest.raises(InputError, match="item 2"):
        compute("availability", {"availabilities_percent": "99.9, lots"})


percentages = st.lists(
    st.floats(min_value=0.001, max_value=100, allow_nan=False).map(lambda value: float(f"{value:.8g}")),
    min_size=1,
    max_size=50,
)


def joined(values: list[float]) -> str:
    return ", ".join(f"{value:.8g}" for value in values)


@given(values=percentages, topology=st.sampled_from(["serial", "parallel"]))
def test_outputs_are_finite_and_bounded(values: list[float], topology: str) -> None:
    out = outputs(availabilities_percent=joined(values), topology=topology)
    for name in ("availability_percent", "unavailability_percent", "downtime_minutes_per_year", "downtime_minutes_per_month"):
        value = out[name]
        assert isinstance(value, float)
        assert math.isfinite(value)
        assert value >= 0
    assert out["availability_percent"] <= 100
    assert out["downtime_minutes_per_year"] <= 525_600
    if topology == "serial":
        assert out["availability_percent"] <= min(values) * (1 + 1e-9)
    else:
        assert out["availability_percent"] >= max(values) * (1 - 1e-9)


@given(values=percentages.filter(lambda items: len(items) < 50), extra=st.floats(min_value=0.001, max_value=100))
def test_each_component_costs_in_series_and_helps_in_parallel(values: list[float], extra: float) -> None:
    more = [*values, float(f"{extra:.8g}")]
    serial, serial_more = (outputs(availabilities_percent=joined(items)) for items in (values, more))
    parallel, parallel_more = (outputs(availabilities_percent=joined(items), topology="parallel") for items in (values, more))
    assert serial_more["availability_percent"] <= serial["availability_percent"] * (1 + 1e-12)
    assert parallel_more["downtime_minutes_per_year"] <= parallel["downtime_minutes_per_year"] * (1 + 1e-9)

"""What a candidate may type: numbers as said aloud, with units converted to the step's; anything else is an error."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators._core import InputError
from calculators.drills.answers import parse_answer, parse_unit
from calculators.units import BYTES_PER_MIB, SECONDS_PER_MONTH


@pytest.mark.parametrize(
    ("typed", "unit", "value"),
    [
        ("1.5k", "requests/s", 1500),
        ("3e4", "records/s", 30000),
        ("1,500", "records/s", 1500),
        ("2 MB/s", "MB/s", 2),
        ("2000 KB/s", "MB/s", 2),
        ("2 MB/s", "MiB/s", 2e6 / BYTES_PER_MIB),
        ("$12k/month", "USD/month", 12000),
        ("12k", "USD/month", 12000),
        ("$12k", "USD/month", 12000),
        ("$1.2M a year", "USD/month", 100000),
        ("USD 300 per month", "USD/month", 300),
        ("180k/min", "requests/s", 3000),
        ("3k/s", "requests/s", 3000),
        ("3M/day", "requests/s", 3e6 / 86400),
        ("7 shards", "shards", 7),
        ("7", "shards", 7),
        ("1.2 million", "requests", 1.2e6),
        ("2bn", "requests", 2e9),
        ("100 Mbps", "Mbit/s", 100),
        ("1 Gbps", "Mbit/s", 1000),
        ("2 s", "ms", 2000),
        ("26 minutes", "minutes/month", 26),
        ("0.5 %", "%", 0.5),
        ("4x", "×", 4),
        ("40 GB", "GB/month", 40),
        ("1 TB", "GB", 1000),
        ("-3", "shards", -3),
    ],
)
def test_answers_are_read_in_the_steps_unit(typed: str, unit: str, value: float) -> None:
    assert parse_answer(typed, unit) == pytest.approx(value)


@pytest.mark.parametrize(
    ("typed", "unit", "says"),
    [
        ("", "shards", "Write a number"),
        ("   ", "shards", "Write a number"),
        ("abc", "shards", "does not start with a number"),
        ("12e", "shards", "'e' is not a unit"),
        ("2 MB/s", "requests/s", "not a size of data"),
        ("$5", "shards", "not an amount of money"),
        ("5 shards/s", "shards", "a total, not a rate"),
        ("5 GB", "ms", "not a size of data"),
        ("9e999", "shards", "too large"),
        ("1e400k", "shards", "too large"),
        ("1" * 41, "shards", "at most 40 characters"),
        ("3 per fortnight", "requests/s", "not a unit"),
    ],
)
def test_what_does_not_read_is_an_error_naming_the_field(typed: str, unit: str, says: str) -> None:
    with pytest.raises(InputError) as raised:
        parse_answer(typed, unit, field="kinesis_shards.shards")
    assert raised.value.field == "kinesis_shards.shards"
    assert says in raised.value.message


def test_a_month_is_the_730_hour_month_of_the_prices() -> None:
    unit = parse_unit("USD/month")
    assert unit is not None
    assert unit.per_seconds == SECONDS_PER_MONTH


@given(st.floats(min_value=1e-6, max_value=1e15, allow_nan=False, allow_infinity=False))
def test_a_plain_number_reads_back_as_itself(value: float) -> None:
    assert parse_answer(repr(value), "shards") == pytest.approx(value)


@given(st.text(max_size=40))
def test_any_text_reads_or_raises_the_declared_error(typed: str) -> None:
    try:
        value = parse_answer(typed, "USD/month")
    except InputError as error:
        message = error.message
    else:
        message = "read" if math.isfinite(value) else ""
    assert message

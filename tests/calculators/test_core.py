"""Input parsing shared by every front end: one error type, messages that name the field and limit."""

from __future__ import annotations

import pytest

from calculators._core import Boolean, Choice, InputError, Number, Text, input_errors, parse_inputs

SIZE = Number(
    name="size_kb",
    label="Item size",
    unit="KB",
    default=1,
    minimum=0,
    exclusive_minimum=True,
    maximum=400,
    maximum_reason="the item size limit",
    help="Size.",
)
COUNT = Number(name="count", label="Count", unit="items", default=1, minimum=1, maximum=10, integer=True, help="How many.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.5", 2.5),
        (" 7 ", 7.0),
        (3, 3.0),
        ("1e2", 100.0),
        ("1_0", 10.0),
    ],
)
def test_numbers_parse_from_json_and_text(raw: object, expected: float) -> None:
    assert SIZE.parse(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "is required"),
        ("abc", "must be a number"),
        ("12e", "must be a number, not '12e'"),  # what a reader types half way through 12e3
        ("1,5", "must be a number, not '1,5'"),  # a decimal comma is not read as thousands
        ("1,0000", "must be a number"),
        ("inf", "finite"),
        ("-inf", "finite"),
        ("nan", "finite"),
        (True, "must be a number"),
        (None, "must be a number"),
        ([1], "must be a number"),
        (0, "greater than 0"),
        (401, "at most 400 KB (the item size limit)"),
    ],
)
def test_number_errors_name_the_limit(raw: object, fragment: str) -> None:
    with pytest.raises(InputError) as caught:
        SIZE.parse(raw)
    assert caught.value.field == "size_kb"
    assert fragment in caught.value.message


@pytest.mark.parametrize(("raw", "expected"), [("1,000", 1000), ("1,234,567.5", 1234567.5), ("-1,000", -1000)])
def test_numbers_read_back_with_thousands_separators_as_the_widgets_show_them(raw: str, expected: float) -> None:
    wide = Number(name="rate", label="Rate", unit="requests/s", default=1, minimum=-1e9, maximum=1e9, help="h")
    assert wide.parse(raw) == expected


def test_integers_reject_fractions_and_return_int() -> None:
    assert COUNT.parse("4") == 4 and isinstance(COUNT.parse("4"), int)
    with pytest.raises(InputError, match="whole number"):
        COUNT.parse("4.5")


def test_choices_booleans_and_text() -> None:
    choice = Choice(name="mode", label="Mode", choices=("a", "b"), labels=("Mode A", "Mode B"), default="a", help="h")
    flag = Boolean(name="on", label="On", default=False, help="h")
    text = Text(name="cidr", label="CIDR", default="10.0.0.0/16", help="h", max_length=18)
    assert choice.parse(" b ") == "b"
    assert flag.parse("TRUE") is True and flag.parse(False) is False
    assert text.parse(" 10.0.0.0/8 ") == "10.0.0.0/8"
    for spec, bad in ((choice, "c"), (flag, "yes"), (text, ""), (text, "x" * 19), (text, 5)):
        with pytest.raises(InputError):
            spec.parse(bad)


def test_unknown_inputs_are_rejected_and_defaults_filled() -> None:
    assert parse_inputs((SIZE, COUNT), {"count": "3"}) == {"size_kb": 1, "count": 3}
    with pytest.raises(InputError) as caught:
        parse_inputs((SIZE,), {"colour": "blue"})
    assert caught.value.field == "colour"


def test_input_errors_lists_every_bad_field_in_declaration_order() -> None:
    errors = input_errors((SIZE, COUNT), {"count": "4.5", "size_kb": "401", "colour": "blue"})
    assert [(error.field, error.message) for error in errors] == [
        ("colour", "unknown input 'colour'; expected one of: size_kb, count"),
        ("size_kb", "Item size must be at most 400 KB (the item size limit)"),
        ("count", "Count must be a whole number"),
    ]
    assert input_errors((SIZE, COUNT), {"count": "4"}) == []


def test_choices_carry_a_label_for_each_value() -> None:
    choice = Choice(
        name="mode", label="Mode", choices=("on_demand", "spot"), labels=("On-Demand", "Spot"), default="spot", help="h"
    )
    assert choice.label_of("on_demand") == "On-Demand"
    assert choice.parse("on_demand") == "on_demand"  # the value, not the label, is the contract
    with pytest.raises(InputError):
        choice.parse("On-Demand")
    with pytest.raises(ValueError, match="one non-empty label per choice"):
        Choice(name="mode", label="Mode", choices=("a", "b"), labels=("A",), default="a", help="h")


RATIO = Number(name="hit_ratio", label="Cache hit ratio", unit="ratio", default=0.9, minimum=0, maximum=1, help="h")


@pytest.mark.parametrize(("raw", "expected"), [("0.7", 0.7), ("70%", 0.7), ("70 %", 0.7), (" 12.5% ", 0.125), ("0%", 0.0)])
def test_a_ratio_reads_a_fraction_or_a_percentage(raw: str, expected: float) -> None:
    assert RATIO.parse(raw) == pytest.approx(expected, abs=1e-15)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("170%", "Cache hit ratio must be at most 1 (100 %)"),
        ("-5%", "Cache hit ratio must be at least 0 (0 %)"),
        ("x%", "Cache hit ratio must be a number, not 'x%'"),
        ("%", "Cache hit ratio must be a number, not '%'"),
    ],
)
def test_a_ratio_out_of_range_says_so_as_a_percentage_too(raw: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        RATIO.parse(raw)
    assert caught.value.message == message


def test_only_ratios_take_a_percent_sign() -> None:
    with pytest.raises(InputError, match="must be a number, not '70%'"):
        SIZE.parse("70%")

"""Input parsing shared by every front end: one error type, messages that name the field and limit."""

from __future__ import annotations

import pytest

from calculators._core import Boolean, Choice, InputError, Number, Text, parse_inputs

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


@pytest.mark.parametrize(("raw", "expected"), [("2.5", 2.5), (" 7 ", 7.0), (3, 3.0), ("1e2", 100.0), ("1_0", 10.0)])
def test_numbers_parse_from_json_and_text(raw: object, expected: float) -> None:
    assert SIZE.parse(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "is required"),
        ("abc", "must be a number"),
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


def test_integers_reject_fractions_and_return_int() -> None:
    assert COUNT.parse("4") == 4 and isinstance(COUNT.parse("4"), int)
    with pytest.raises(InputError, match="whole number"):
        COUNT.parse("4.5")


def test_choices_booleans_and_text() -> None:
    choice = Choice(name="mode", label="Mode", choices=("a", "b"), default="a", help="h")
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

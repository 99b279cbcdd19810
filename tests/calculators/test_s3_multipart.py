"""S3 multipart: the contract's worked examples, the maximum object size, minimality of the part size."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute

NAME = "s3_multipart"


def run(**raw: object) -> dict[str, object]:
    return compute(NAME, raw)[1].output_values()


@pytest.mark.parametrize(
    ("size_gib", "part_mib", "parts"),
    [
        (5120, 525, 9987),  # 5 TiB: ceil(5,242,880 ÷ 10,000) = 525; ceil(5,242,880 ÷ 525) = 9,987
        (100, 11, 9310),
        (1, 5, 205),
        (48.828125 * 1024, 5120, 10_000),  # the largest object: 10,000 parts of 5 GiB
        (0.001, 5, 1),
        (48.828125, 5, 10_000),  # exactly 50,000 MiB fits 5 MiB parts
    ],
)
def test_worked_examples(size_gib: float, part_mib: int, parts: int) -> None:
    out = run(object_size_gib=size_gib)
    assert out == {"part_size_mib": part_mib, "part_count": parts}


def test_one_mib_over_the_five_mib_threshold_needs_six_mib_parts() -> None:
    assert run(object_size_gib=50_001 / 1024) == {"part_size_mib": 6, "part_count": 8334}


def test_last_part_step_and_notes() -> None:
    _, result = compute(NAME, {"object_size_gib": 100})
    last = next(step for step in result.steps if step.label == "Last part")
    assert last.value == pytest.approx(102_400 - 9309 * 11)
    assert result.notes == ()
    _, small = compute(NAME, {"object_size_gib": 1})
    assert any("single PUT" in note for note in small.notes)
    _, tiny = compute(NAME, {"object_size_gib": 0.001})
    assert any("One part" in note for note in tiny.notes)


def test_over_the_maximum_object_size_names_the_limit() -> None:
    with pytest.raises(InputError, match="maximum object size"):
        compute(NAME, {"object_size_gib": 60_000})


@given(st.floats(min_value=1e-6, max_value=50_000))
def test_part_size_is_the_smallest_that_fits(size_gib: float) -> None:
    out = run(object_size_gib=size_gib)
    part, count = out["part_size_mib"], out["part_count"]
    assert isinstance(part, int)
    assert isinstance(count, int)
    size_mib = size_gib * 1024
    assert 5 <= part <= 5 * 1024
    assert 1 <= count <= 10_000
    assert part * count >= size_mib
    assert (count - 1) * part < size_mib
    if part > 5:
        assert math.ceil(size_mib / (part - 1)) > 10_000


@given(st.floats(min_value=1e-6, max_value=50_000), st.floats(min_value=1e-6, max_value=50_000))
def test_part_size_grows_with_the_object(first: float, second: float) -> None:
    low, high = sorted((first, second))
    assert run(object_size_gib=low)["part_size_mib"] <= run(object_size_gib=high)["part_size_mib"]

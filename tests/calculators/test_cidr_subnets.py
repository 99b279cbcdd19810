"""VPC subnet split: the /16 into four /18s example, the /16–/28 bounds, malformed blocks, properties."""

from __future__ import annotations

import ipaddress
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators import InputError, compute


def outputs(**raw: object) -> dict[str, object]:
    return compute("cidr_subnets", raw)[1].output_values()


def test_sixteen_into_four() -> None:
    out = outputs(vpc_cidr="10.0.0.0/16", subnet_count=4)
    assert out["prefix_length"] == 18
    assert out["usable_ips_per_subnet"] == 16_379
    assert out["subnets"] == "10.0.0.0/18, 10.0.64.0/18, 10.0.128.0/18, 10.0.192.0/18"
    assert out["spare_subnets"] == 0


def test_three_subnets_round_up_to_four_blocks() -> None:
    out = outputs(vpc_cidr="10.0.0.0/16", subnet_count=3)
    assert out["prefix_length"] == 18
    assert out["subnets"] == "10.0.0.0/18, 10.0.64.0/18, 10.0.128.0/18"
    assert out["spare_subnets"] == 1


def test_six_subnets_for_three_azs() -> None:
    out = outputs(vpc_cidr="172.31.0.0/16", subnet_count=6)
    assert out["prefix_length"] == 19
    assert out["usable_ips_per_subnet"] == 8187
    assert str(out["subnets"]).endswith("172.31.160.0/19")


def test_one_subnet_is_the_whole_vpc() -> None:
    out = outputs(vpc_cidr="192.168.0.0/24", subnet_count=1)
    assert out["prefix_length"] == 24
    assert out["usable_ips_per_subnet"] == 251
    assert out["subnets"] == "192.168.0.0/24"


def test_smallest_block_keeps_eleven_addresses() -> None:
    out = outputs(vpc_cidr="10.1.2.16/28", subnet_count=1)
    assert out["prefix_length"] == 28
    assert out["usable_ips_per_subnet"] == 11


def test_largest_split_lists_every_block() -> None:
    out = outputs(vpc_cidr="10.0.0.0/16", subnet_count=4096)
    assert out["prefix_length"] == 28
    listed = str(out["subnets"]).split(", ")
    assert len(listed) == 4096
    assert listed[-1] == "10.0.255.240/28"


def test_public_range_gets_a_note() -> None:
    _, result = compute("cidr_subnets", {"vpc_cidr": "100.64.0.0/16"})
    assert any("RFC 1918" in note for note in result.notes)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ({"vpc_cidr": "10.0.0.0"}, "address/prefix"),
        ({"vpc_cidr": "10.0.0.300/16"}, "not a valid block"),
        ({"vpc_cidr": "ten/16"}, "not a valid block"),
        ({"vpc_cidr": "10.0.0.0/33"}, "not a valid block"),
        ({"vpc_cidr": "10.0.1.0/16"}, "host bits"),
        ({"vpc_cidr": "10.0.0.0/8"}, "/16 to /28"),
        ({"vpc_cidr": "10.0.0.0/29"}, "/16 to /28"),
        ({"vpc_cidr": "2001:db8::/56"}, "IPv4"),
        ({"vpc_cidr": ""}, "required"),
        ({"subnet_count": 0}, "at least 1"),
        ({"subnet_count": -2}, "at least 1"),
        ({"subnet_count": 2.5}, "whole number"),
        ({"subnet_count": 4097}, "4,096"),
        ({"vpc_cidr": "10.0.0.0/24", "subnet_count": 17}, "/28"),
        ({"vpc_cidr": "10.0.0.0/28", "subnet_count": 2}, "at most 1 "),
    ],
)
def test_invalid_input_says_what_is_wrong(raw: dict[str, object], words: str) -> None:
    """The field is checked in test_invalid_inputs.py; this checks the words that explain the rule."""
    with pytest.raises(InputError) as caught:
        compute("cidr_subnets", raw)
    assert words in caught.value.message


@st.composite
def vpc_and_count(draw: st.DrawFn) -> tuple[str, int]:
    prefix = draw(st.integers(min_value=16, max_value=28))
    address = draw(st.integers(min_value=0, max_value=2**32 - 1))
    network = ipaddress.IPv4Network((address, prefix), strict=False)
    count = draw(st.integers(min_value=1, max_value=min(2 ** (28 - prefix), 300)))
    return str(network), count


@given(case=vpc_and_count())
def test_subnets_fit_inside_the_vpc_without_overlap(case: tuple[str, int]) -> None:
    cidr, count = case
    out = outputs(vpc_cidr=cidr, subnet_count=count)
    vpc = ipaddress.IPv4Network(cidr)
    blocks = [ipaddress.IPv4Network(text) for text in str(out["subnets"]).split(", ")]
    assert len(blocks) == count
    assert all(block.subnet_of(vpc) and block.prefixlen == out["prefix_length"] for block in blocks)
    assert all(a < b and not a.overlaps(b) for a, b in pairwise(blocks))
    assert 11 <= int(str(out["usable_ips_per_subnet"])) <= 65_531
    assert int(str(out["prefix_length"])) <= 28
    assert 2 ** (int(str(out["prefix_length"])) - vpc.prefixlen) < 2 * count


@given(case=vpc_and_count())
def test_more_subnets_never_means_bigger_ones(case: tuple[str, int]) -> None:
    cidr, count = case
    fewer = outputs(vpc_cidr=cidr, subnet_count=max(1, count // 2))
    more = outputs(vpc_cidr=cidr, subnet_count=count)
    assert int(str(more["prefix_length"])) >= int(str(fewer["prefix_length"]))

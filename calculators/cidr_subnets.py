"""Split an IPv4 VPC block into equal subnets and count the addresses each one can use.

The subnets are the smallest equal-size blocks that fit the count: prefix = VPC prefix + ceil(log2(count)),
listed from the start of the VPC block. AWS allows VPC and subnet blocks from /16 to /28 and reserves five
addresses in every subnet (network address, VPC router, DNS, one for future use, broadcast), so a subnet
has 2^(32 − prefix) − 5 usable addresses. Sources: https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
(facts sheet N1, N2). IPv6 blocks, secondary CIDRs and the per-VPC subnet quota are not modeled.
"""

from __future__ import annotations

import ipaddress
from itertools import islice

from calculators._core import Input, InputError, Number, Output, Result, Step, Text, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import quantity

NAME = "cidr_subnets"
TITLE = "VPC subnet split"
SUMMARY = "Equal-size subnets for a VPC CIDR block: prefix length, usable addresses and the list of blocks."
QUESTION = "size"

SMALLEST_PREFIX = int(CURRENT.value("vpc.max_prefix"))
LARGEST_PREFIX = int(CURRENT.value("vpc.min_prefix"))
RESERVED = int(CURRENT.value("vpc.reserved_ips"))
PRIVATE_RANGES = tuple(ipaddress.IPv4Network(block) for block in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
"""RFC 1918 private address space, which AWS recommends for VPCs."""
MAX_SUBNETS = 2 ** (SMALLEST_PREFIX - LARGEST_PREFIX)
"""4,096: the most /28 subnets a /16 VPC holds, so also the longest list this calculator prints."""

INPUTS: tuple[Input, ...] = (
    Text(
        name="vpc_cidr",
        label="VPC CIDR",
        default="10.0.0.0/16",
        max_length=50,
        placeholder="10.0.0.0/16",
        help="The VPC's IPv4 block as address/prefix, from /16 to /28, e.g. 10.0.0.0/16.",
    ),
    Number(
        name="subnet_count",
        label="Subnets",
        unit="subnets",
        default=4,
        minimum=1,
        maximum=MAX_SUBNETS,
        integer=True,
        maximum_reason="a /16 VPC holds at most 4,096 /28 subnets",
        help="How many equal subnets you need, e.g. public and private in each of three AZs = 6.",
    ),
)


def parse_vpc_cidr(text: str) -> ipaddress.IPv4Network:
    """Read the VPC block, naming the mistake: missing prefix, IPv6, host bits set, size outside /16–/28."""
    field, label = "vpc_cidr", "VPC CIDR"
    require("/" in text, field, f"{label} must be written as address/prefix, e.g. 10.0.0.0/16, not {text[:20]!r}")
    try:
        network = ipaddress.ip_network(text)
    except ValueError:
        try:
            loose = ipaddress.ip_network(text, strict=False)
        except ValueError:
            raise InputError(field, f"{label} is not a valid block: {text[:20]!r} (expected e.g. 10.0.0.0/16)") from None
        raise InputError(field, f"{label} has host bits set: a /{loose.prefixlen} block starts at {loose}") from None
    if not isinstance(network, ipaddress.IPv4Network):
        raise InputError(field, f"{label} must be an IPv4 block; IPv6 is not modeled here")
    require(
        LARGEST_PREFIX <= network.prefixlen <= SMALLEST_PREFIX,
        field,
        f"{label} prefix must be from /{LARGEST_PREFIX} to /{SMALLEST_PREFIX} (AWS VPC block sizes), not /{network.prefixlen}",
    )
    return network


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Borrow just enough prefix bits for the count, then list the first ``count`` blocks."""
    network = parse_vpc_cidr(str(values["vpc_cidr"]))
    count = int(values["subnet_count"])
    extra_bits = (count - 1).bit_length()
    prefix = network.prefixlen + extra_bits
    fits = 2 ** (SMALLEST_PREFIX - network.prefixlen)
    require(
        prefix <= SMALLEST_PREFIX,
        "subnet_count",
        f"Subnets must be at most {fits:,} for a /{network.prefixlen} VPC: {count:,} subnets would be /{prefix}, "
        f"smaller than the /{SMALLEST_PREFIX} minimum subnet",
    )
    block_size = 2 ** (network.max_prefixlen - prefix)
    usable = block_size - RESERVED
    slots = 2**extra_bits
    subnets = ", ".join(str(subnet) for subnet in islice(network.subnets(new_prefix=prefix), count))
    notes = []
    if not any(network.subnet_of(block) for block in PRIVATE_RANGES):
        notes.append("This block is outside the private (RFC 1918) ranges: allowed, but it can clash with public addresses.")
    if slots > count:
        notes.append(f"{slots - count:,} more /{prefix} block(s) of the VPC are left free for later subnets.")
    return Result(
        outputs=(
            Output("prefix_length", "Subnet prefix length", prefix, "bits"),
            Output("usable_ips_per_subnet", "Usable addresses per subnet", usable, "addresses"),
            Output("subnets", "Subnets", subnets),
            Output("spare_subnets", "Spare blocks of the same size", slots - count, "subnets"),
        ),
        steps=(
            Step("Extra prefix bits", f"ceil(log2({quantity(count, 'subnets')}))", extra_bits, "bits"),
            Step("Subnet prefix", f"/{network.prefixlen} + {extra_bits}", prefix, "bits"),
            Step("Addresses per subnet", f"2^(32 − {prefix})", block_size, "addresses"),
            Step("Usable addresses", f"{block_size:,} − {RESERVED} reserved by AWS", usable, "addresses"),
            Step("Blocks of that size", f"2^{extra_bits}", slots, "subnets"),
        ),
        notes=tuple(notes),
    )

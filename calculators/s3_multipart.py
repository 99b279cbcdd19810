"""S3 multipart upload: the smallest whole-MiB part size that fits an object in 10,000 parts.

Rules (S3 quick facts, docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html): at most 10,000 parts;
every part but the last between 5 MiB and 5 GiB; objects up to 10,000 × 5 GiB (about 48.8 TiB, marketed as
50 TB). The part size is ``max(5 MiB, ceil(object MiB ÷ 10,000))``, so the last part may be smaller.
Smaller parts retry more cheaply; SDKs often choose a larger fixed size (8 to 100 MiB) when it still fits.
This corrects the seed's formula, which capped parts at 100 MB and so failed above about 1 TB.
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value
from calculators.units import MIB_PER_GIB

NAME = "s3_multipart"
TITLE = "S3 multipart part size"
SUMMARY = "Smallest part size (whole MiB, at least 5) that uploads an object in at most 10,000 parts."
QUESTION = "size"

INPUTS: tuple[Input, ...] = (
    Number(
        name="object_size_gib",
        label="Object size",
        unit="GiB",
        default=100,
        minimum=0,
        exclusive_minimum=True,
        maximum=CURRENT.value("s3.max_object_gib"),
        maximum_reason="S3's maximum object size: 10,000 parts × 5 GiB, about 48.8 TiB",
        help="Size of the object to upload; 1 GiB = 1,024 MiB.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Pick the part size, then count the parts."""
    size_gib = float(values["object_size_gib"])
    max_parts = int(facts.value("s3.max_parts"))
    min_part_mib = int(facts.value("s3.min_part_mib"))
    max_part_mib = int(facts.value("s3.max_part_gib") * MIB_PER_GIB)

    size_mib = size_gib * MIB_PER_GIB
    spread_mib = math.ceil(size_mib / max_parts)
    part_mib = max(min_part_mib, spread_mib)
    require(
        part_mib <= max_part_mib,
        "object_size_gib",
        f"Object size needs parts over S3's {format_value(facts.value('s3.max_part_gib'))} GiB maximum part size",
    )
    part_count = math.ceil(size_mib / part_mib)
    last_part_mib = size_mib - (part_count - 1) * part_mib

    notes = []
    if size_gib <= facts.value("s3.max_single_put_gib"):
        notes.append(
            "A single PUT can also store this object (up to 5 GiB); multipart is still advisable above about "
            "100 MB, for parallel and retryable uploads."
        )
    if part_count == 1:
        notes.append("One part: the object is smaller than the 5 MiB minimum part size, so multipart gains nothing.")
    return Result(
        outputs=(
            Output("part_size_mib", "Part size", part_mib, "MiB"),
            Output("part_count", "Parts", part_count, "parts"),
        ),
        steps=(
            Step("Object size in MiB", f"{format_value(size_gib)} GiB × 1,024", size_mib, "MiB"),
            Step("Part size to stay within 10,000 parts", f"ceil(object MiB ÷ {max_parts:,})", spread_mib, "MiB"),
            Step("Part size", f"max({min_part_mib} MiB minimum, previous line)", part_mib, "MiB"),
            Step("Parts", "ceil(object MiB ÷ part size)", part_count, "parts"),
            Step("Last part", "object MiB − (parts − 1) × part size", last_part_mib, "MiB"),
        ),
        notes=tuple(notes),
    )

"""S3 partitioned prefixes needed for a request rate.

S3 supports at least 3,500 PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned
prefix (docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html). The answer is the
number of prefixes the keys must spread across so that neither limit is exceeded:
``max(1, ceil(PUT/s ÷ 3,500), ceil(GET/s ÷ 5,500))``. S3 partitions prefixes automatically but gradually,
answering 503 Slow Down while it scales, so the keys must already be spread before a sudden spike.
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value

NAME = "s3_request_rate"
TITLE = "S3 prefixes for a request rate"
SUMMARY = "Partitioned key prefixes S3 needs to sustain a PUT and GET request rate."
QUESTION = "size"

INPUTS: tuple[Input, ...] = (
    Number(
        name="put_requests_per_second",
        label="Writes per second",
        unit="requests/s",
        default=5000,
        minimum=0,
        maximum=1e9,
        help="PUT, COPY, POST and DELETE requests per second at peak.",
    ),
    Number(
        name="get_requests_per_second",
        label="Reads per second",
        unit="requests/s",
        default=20000,
        minimum=0,
        maximum=1e9,
        help="GET and HEAD requests per second at peak.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Divide each rate by its per-prefix limit and keep the larger count."""
    puts = float(values["put_requests_per_second"])
    gets = float(values["get_requests_per_second"])
    put_limit = facts.value("s3.put_per_prefix")
    get_limit = facts.value("s3.get_per_prefix")

    for_writes = math.ceil(puts / put_limit)
    for_reads = math.ceil(gets / get_limit)
    prefixes = max(1, for_writes, for_reads)
    notes = []
    if prefixes > 1:
        notes.append(
            "Spread keys across the prefixes before the traffic arrives (for example a short hash at the start of "
            "the key): S3 splits hot prefixes gradually and answers 503 Slow Down while it does."
        )
    return Result(
        outputs=(Output("prefixes", "Prefixes", prefixes, "prefixes"),),
        steps=(
            Step("Prefixes for writes", f"ceil({format_value(puts)} PUT/s ÷ {format_value(put_limit)})", for_writes, "prefixes"),
            Step("Prefixes for reads", f"ceil({format_value(gets)} GET/s ÷ {format_value(get_limit)})", for_reads, "prefixes"),
            Step("Prefixes", "max(1, writes, reads)", prefixes, "prefixes"),
        ),
        notes=tuple(notes),
    )

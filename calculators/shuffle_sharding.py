"""Shuffle sharding: how many distinct shards a worker pool gives, and how rarely two customers share one.

Each customer is served by a shard of ``k`` workers drawn from a pool of ``n``. Plain sharding cuts the
pool into ``n // k`` fixed shards; shuffle sharding lets every combination of ``k`` workers be a shard,
so there are C(n, k) of them. With shards assigned uniformly at random, the chance that another given
customer has exactly the same ``k`` workers is 1 / C(n, k), and a customer with ``m - 1`` others expects
(m - 1) / C(n, k) of them to share its whole shard. Those are the customers a poison request from it
can take down completely; everyone else keeps at least one healthy worker to retry on. Combinations
are exact integers (``math.comb``), capped below 10^15 so they stay exact in JSON and readable on a page;
the chance carries "1 in C(n, k)" as its unit, because a page rounds very small chances to 0.
Source: AWS Builders' Library, "Workload isolation using shuffle-sharding".
"""

from __future__ import annotations

import math

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value

NAME = "shuffle_sharding"
TITLE = "Shuffle sharding"
SUMMARY = "Distinct shards a worker pool gives with shuffle sharding, and how many customers share a whole shard."
QUESTION = "reliability"

MAX_COMBINATIONS = 10**15
"""Largest C(n, k) accepted: exact as a JSON number (below 2^53) and short enough to print in full."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="workers",
        label="Workers in the pool",
        unit="workers",
        default=8,
        minimum=2,
        maximum=1000,
        integer=True,
        help="Servers, cells or queues that customers are spread over.",
    ),
    Number(
        name="workers_per_shard",
        label="Workers per shard",
        unit="workers",
        default=2,
        minimum=1,
        maximum=1000,
        integer=True,
        help="Workers that serve one customer; requests retry across them.",
    ),
    Number(
        name="customers",
        label="Customers",
        unit="customers",
        default=1000,
        minimum=1,
        maximum=1e9,
        integer=True,
        help="Customers (tenants, hosted zones) each given their own random shard.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Count the combinations and the customers that share a whole shard with any one customer."""
    workers = int(values["workers"])
    per_shard = int(values["workers_per_shard"])
    customers = int(values["customers"])
    require(
        per_shard <= workers,
        "workers_per_shard",
        f"Workers per shard must be at most the {workers:,} workers in the pool",
    )
    combinations = math.comb(workers, per_shard)
    require(
        combinations < MAX_COMBINATIONS,
        "workers_per_shard",
        f"C({workers:,}, {per_shard:,}) has {len(str(combinations))} digits; choose workers and workers per "
        "shard that give fewer than 10^15 combinations (already far more than any customer count)",
    )
    plain_shards = workers // per_shard
    others = customers - 1
    overlap = 1 / combinations
    sharing_full = others / combinations
    sharing_plain = others / plain_shards
    steps = (
        Step("Plain shards", f"floor({workers:,} workers ÷ {per_shard:,} per shard)", plain_shards, "shards"),
        Step(
            "Shuffle-shard combinations",
            f"C({workers:,}, {per_shard:,}) = {workers:,}! ÷ ({per_shard:,}! × {workers - per_shard:,}!)",
            combinations,
            "shards",
        ),
        Step(
            "Chance another customer has the same shard",
            f"1 ÷ {format_value(combinations)}",
            overlap,
            f"(1 in {format_value(combinations)})",
        ),
        Step(
            "Customers sharing one customer's whole shard",
            f"({customers:,} − 1) other customers ÷ {format_value(combinations)} combinations",
            sharing_full,
            "customers",
        ),
        Step(
            "Same, with plain sharding",
            f"({customers:,} − 1) other customers ÷ {plain_shards:,} plain shards",
            sharing_plain,
            "customers",
        ),
    )
    notes = []
    if per_shard == 1:
        notes.append("One worker per shard leaves nothing to retry on: shuffle sharding needs at least two.")
    if per_shard == workers:
        notes.append("Every customer uses every worker: there is only one shard and no isolation.")
    return Result(
        outputs=(
            Output("combinations", "Distinct shards (combinations)", combinations, "shards"),
            Output(
                "overlap_probability_full",
                "Chance another customer has the same shard",
                overlap,
                f"(1 in {format_value(combinations)})",
            ),
            Output(
                "expected_customers_sharing_full_shard",
                "Customers expected to share one customer's whole shard",
                sharing_full,
                "customers",
            ),
            Output("plain_shards", "Shards with plain sharding", plain_shards, "shards"),
            Output(
                "expected_customers_sharing_plain_shard",
                "Customers sharing one customer's shard with plain sharding",
                sharing_plain,
                "customers",
            ),
        ),
        steps=steps,
        notes=tuple(notes),
    )

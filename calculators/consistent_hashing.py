"""Consistent hashing: how evenly N nodes with V virtual nodes each share a hash ring, and what a join moves.

Every node ``i`` gets ``V`` points on a 64-bit ring, the first 8 bytes (big-endian) of
``blake2b(f"node-{i}#vnode-{j}")``. A key belongs to the first point at or after its own hash, so a point
owns the arc back to the previous point, and a node's share of the keys is the sum of its arcs divided by
2^64. Everything is exact integer arithmetic on a deterministic ring: the same inputs always give the same
answer, in the browser too. The spread is measured on this one ring, not averaged over many; the
theoretical spread comes from the arcs being spacings of uniform points, so a node's share is
Beta(V, (N - 1)V) with a relative standard deviation of sqrt((N - 1) / (N·V + 1)), about 1/sqrt(V).

When node N+1 joins with its own V points, only the keys on the arcs its points take over change owner,
and every one of them moves to the new node: the keys moved are the new node's share of the larger ring,
expected 1/(N+1). Naive ``hash mod N`` placement instead moves every key whose remainder changes, which
for uniform hashes is N/(N+1) of them. Keys are assumed uniform over the ring: a hot key is not spread by
any number of virtual nodes. Reads no prices or limits; N·V is capped at 100,000 points to keep the
computation fast in a browser.

Sources: Karger et al., "Consistent Hashing and Random Trees" (STOC 1997); DeCandia et al., "Dynamo:
Amazon's Highly Available Key-value Store" (SOSP 2007); Elhemali et al., "Amazon DynamoDB: A Scalable,
Predictably Performant, and Fully Managed NoSQL Database Service" (USENIX ATC 2022).
"""

from __future__ import annotations

import hashlib
import math
import statistics

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.units import PERCENT

NAME = "consistent_hashing"
TITLE = "Consistent hashing load spread"
SUMMARY = "How unevenly a hash ring with virtual nodes spreads keys over nodes, and how many keys move when one joins."
QUESTION = "size"

MAX_POINTS = 100_000
"""Largest ring (nodes × virtual nodes) accepted: hashing and sorting it stays well under a second in a browser."""

RING_BITS = 64
RING_SIZE = 1 << RING_BITS
HASH_BYTES = RING_BITS // 8
OWNER_BITS = 10
"""Low bits that tag a sorted ring position with its node (up to 1,001 nodes), so the ring sorts as plain integers."""
OWNER_MASK = (1 << OWNER_BITS) - 1

INPUTS: tuple[Input, ...] = (
    Number(
        name="nodes",
        label="Nodes",
        unit="nodes",
        default=10,
        minimum=2,
        maximum=1000,
        integer=True,
        help="Physical servers (cache nodes, storage nodes) sharing the ring before one more joins.",
    ),
    Number(
        name="vnodes_per_node",
        label="Virtual nodes per node",
        unit="nodes",
        default=100,
        minimum=1,
        maximum=1000,
        integer=True,
        help="Points each node places on the ring (tokens); 1 is Karger's original scheme.",
        maximum_reason="and nodes × virtual nodes at most 100,000, to keep the ring fast to compute",
    ),
)


def ring_point(node: int, vnode: int) -> int:
    """Where virtual node ``vnode`` of node ``node`` sits on the 64-bit ring."""
    digest = hashlib.blake2b(f"node-{node}#vnode-{vnode}".encode(), digest_size=HASH_BYTES).digest()
    return int.from_bytes(digest, "big")


def arc_totals(tagged: list[int], nodes: int) -> list[int]:
    """Sum of the arcs each of the first ``nodes`` nodes owns, from sorted ``position << OWNER_BITS | node``.

    Points of nodes numbered ``nodes`` or higher are skipped, so one sorted list serves the ring before
    and after a join. A point owns the arc from the previous kept point (exclusive) to itself.
    """
    kept = [point for point in tagged if point & OWNER_MASK < nodes]
    totals = [0] * nodes
    previous = (kept[-1] >> OWNER_BITS) - RING_SIZE
    for point in kept:
        position = point >> OWNER_BITS
        totals[point & OWNER_MASK] += position - previous
        previous = position
    return totals


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Build the ring for N + 1 nodes once, then measure it without and with the last node."""
    nodes = int(values["nodes"])
    vnodes = int(values["vnodes_per_node"])
    require(
        nodes * vnodes <= MAX_POINTS,
        "vnodes_per_node",
        f"Nodes × virtual nodes per node is {nodes * vnodes:,}: keep it at most {MAX_POINTS:,} points "
        "(a bound on computation time, not on real rings)",
    )
    tagged = sorted(ring_point(node, vnode) << OWNER_BITS | node for node in range(nodes + 1) for vnode in range(vnodes))
    before = arc_totals(tagged, nodes)
    after = arc_totals(tagged, nodes + 1)
    shares = [total / RING_SIZE for total in before]
    fair = 1 / nodes
    max_ratio = max(shares) / fair
    min_ratio = min(shares) / fair
    stddev_percent = statistics.pstdev(shares) / fair * PERCENT
    theory_percent = math.sqrt((nodes - 1) / (nodes * vnodes + 1)) * PERCENT
    moved = after[nodes] / RING_SIZE
    ideal = 1 / (nodes + 1)
    moved_spread = math.sqrt(nodes / ((nodes + 1) * vnodes + 1))
    modulo = nodes / (nodes + 1)

    steps = (
        Step(
            "Virtual nodes on the ring",
            f"{nodes:,} nodes × {vnodes:,} each, placed by a {RING_BITS}-bit blake2b of node-i#vnode-j",
            nodes * vnodes,
            "nodes",
        ),
        Step("Fair share of one node", f"1 ÷ {nodes:,} nodes", round(fair * PERCENT, 4), "%"),
        Step(
            "Most-loaded node",
            f"largest sum of arcs ÷ 2^{RING_BITS} = {max(shares) * PERCENT:.3f} %, ÷ fair share",
            round(max_ratio, 3),
            "× fair share",
        ),
        Step(
            "Least-loaded node",
            f"smallest sum of arcs ÷ 2^{RING_BITS} = {min(shares) * PERCENT:.3f} %, ÷ fair share",
            round(min_ratio, 3),
            "× fair share",
        ),
        Step(
            "Spread of node shares on this ring",
            "population standard deviation of the shares ÷ fair share",
            round(stddev_percent, 2),
            "% of fair share",
        ),
        Step(
            "Spread expected in theory",
            f"share ~ Beta(V, (N − 1)V): √((N − 1) ÷ (N·V + 1)) = √({nodes - 1:,} ÷ {nodes * vnodes + 1:,}), "
            f"about 1 ÷ √{vnodes:,}",
            round(theory_percent, 2),
            "% of fair share",
        ),
        Step(
            "Keys moved when node N+1 joins",
            f"arcs taken over by its {vnodes:,} points ÷ 2^{RING_BITS}, all moving to the new node",
            round(moved * PERCENT, 2),
            "%",
        ),
        Step(
            "Ideal keys moved on a join",
            f"1 ÷ ({nodes:,} + 1) nodes, give or take about {moved_spread * PERCENT:.0f} % of itself",
            round(ideal * PERCENT, 2),
            "%",
        ),
        Step(
            "Keys moved with hash mod N → mod N+1",
            f"a key stays only if k mod {nodes:,} = k mod {nodes + 1:,}: moves {nodes:,} ÷ {nodes + 1:,}",
            round(modulo * PERCENT, 2),
            "%",
        ),
    )
    notes = []
    if vnodes == 1:
        notes.append(
            "With one point per node the busiest node typically carries several times its fair share: "
            "use virtual nodes, or a fixed number of partitions."
        )
    notes.append("Virtual nodes even out key counts, not traffic: a single hot key still lands on one node.")
    return Result(
        outputs=(
            Output("max_load_ratio", "Most-loaded node, relative to its fair share", round(max_ratio, 3), "× fair share"),
            Output("min_load_ratio", "Least-loaded node, relative to its fair share", round(min_ratio, 3), "× fair share"),
            Output(
                "load_stddev_percent",
                "Standard deviation of node shares",
                round(stddev_percent, 2),
                "% of fair share",
            ),
            Output("keys_moved_on_join_percent", "Keys moved when one node joins", round(moved * PERCENT, 2), "%"),
            Output(
                "keys_moved_modulo_percent",
                "Keys moved by hash mod N when one node joins",
                round(modulo * PERCENT, 2),
                "%",
            ),
        ),
        steps=steps,
        notes=tuple(notes),
    )

"""Quorum availability and latency: how often N replicas can still form a read or write quorum, and how fast.

A quorum system keeps N copies and completes a write once W of them acknowledge it and a read once R of
them answer. With each replica up independently with probability p, the operation is available when at
least R (or W) replicas are up: a binomial tail, P(up ≥ k) = Σ_{i=k..N} C(N, i) pⁱ (1 − p)^(N − i). The
complement is summed directly (i < k) so that tiny unavailabilities keep their digits. The coordinator
asks every replica at once and waits for the k-th answer, so a quorum is as fast as the k-th fastest
replica: the slowest member of the fastest quorum. R + W > N makes every read quorum share a replica with
the latest write quorum; 2W > N makes any two write quorums share one. Independence is the big
assumption: copies in one Availability Zone fail together (Aurora places two per AZ for that reason), so
the result is an upper bound unless the copies sit in separate failure domains. Downtime uses the
730-hour month of AWS's pricing pages. Arithmetic only: it reads no prices; the Aurora figures (six
copies, write quorum 4, read quorum 3) that the tests and the page use are facts in ``data/rds.py``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping

from calculators._core import Input, Number, Output, Result, Step, Text, Value, Values, parse_number_list, require
from calculators.charts import Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity
from calculators.units import MINUTES_PER_MONTH, PERCENT

NAME = "quorum_availability"
TITLE = "Quorum availability and latency"
SUMMARY = "Availability, failures tolerated and latency of N/R/W read and write quorums over independent replicas."
QUESTION = "reliability"

MAX_REPLICAS = 15
"""Quorum groups in practice hold 3 to 7 copies (Aurora's six is large); 15 keeps the latency list readable."""

MAX_LATENCY_MS = 100_000
"""Upper bound on one replica's latency: 100 s is beyond any timeout a quorum read or write would wait."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="replicas",
        label="Replicas (N)",
        unit="replicas",
        default=3,
        minimum=1,
        maximum=MAX_REPLICAS,
        integer=True,
        maximum_reason="quorum groups in practice hold 3 to 7 copies",
        help="Copies of each item or log segment, each able to fail on its own.",
    ),
    Number(
        name="read_quorum",
        label="Read quorum (R)",
        unit="replicas",
        default=2,
        minimum=1,
        maximum=MAX_REPLICAS,
        integer=True,
        help="Replicas that must answer before a read returns (at most N).",
    ),
    Number(
        name="write_quorum",
        label="Write quorum (W)",
        unit="replicas",
        default=2,
        minimum=1,
        maximum=MAX_REPLICAS,
        integer=True,
        help="Replicas that must acknowledge before a write succeeds (at most N).",
    ),
    Number(
        name="replica_availability_percent",
        label="Availability of one replica",
        unit="%",
        default=99.9,
        minimum=0,
        exclusive_minimum=True,
        maximum=99.9999,
        maximum_reason="no single copy is perfectly available; 100 % would hide every failure",
        help="Share of time one replica answers: its node, disk and network together.",
    ),
    Text(
        name="replica_latencies_ms",
        label="Replica latencies",
        unit="ms",
        default="2, 2, 60",
        max_length=200,
        placeholder="2, 2, 60",
        help=(
            "Typical response time of each of the N replicas in ms, separated by commas: for example two "
            "in the caller's Region and one in a distant Region."
        ),
    ),
)


def parse_latencies(text: str, replicas: int) -> list[float]:
    """Split the comma-separated list and require exactly one non-negative latency per replica."""
    field, label = "replica_latencies_ms", "Replica latencies"
    items = text.split(",")
    require(
        len(items) == replicas,
        field,
        f"{label} must list exactly one latency per replica: {quantity(replicas, 'replicas')}, not {len(items)} values",
    )
    return parse_number_list(
        text,
        field,
        label,
        suffix="ms",
        accept=lambda value: 0 <= value <= MAX_LATENCY_MS,
        bounds=f"between 0 and {MAX_LATENCY_MS:,} ms",
    )


def fewer_than_up(quorum: int, replicas: int, up: float, down: float) -> float:
    """P(fewer than ``quorum`` of ``replicas`` are up): the chance the quorum cannot form."""
    return math.fsum(math.comb(replicas, i) * up**i * down ** (replicas - i) for i in range(quorum))


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Binomial tails for each quorum, the k-th fastest replica for its latency, and the overlap rules."""
    replicas = int(values["replicas"])
    read_quorum = int(values["read_quorum"])
    write_quorum = int(values["write_quorum"])
    percent = float(values["replica_availability_percent"])
    require(
        read_quorum <= replicas,
        "read_quorum",
        f"Read quorum (R) must be at most the number of replicas, N = {format_value(replicas)}",
    )
    require(
        write_quorum <= replicas,
        "write_quorum",
        f"Write quorum (W) must be at most the number of replicas, N = {format_value(replicas)}",
    )
    latencies = parse_latencies(str(values["replica_latencies_ms"]), replicas)

    up = percent / PERCENT
    down = (PERCENT - percent) / PERCENT
    read_down = fewer_than_up(read_quorum, replicas, up, down)
    write_down = fewer_than_up(write_quorum, replicas, up, down)
    ordered = sorted(latencies)
    read_latency = ordered[read_quorum - 1]
    write_latency = ordered[write_quorum - 1]
    overlapping = read_quorum + write_quorum > replicas
    writes_overlap = 2 * write_quorum > replicas
    read_tolerated = replicas - read_quorum
    write_tolerated = replicas - write_quorum
    read_minutes = read_down * MINUTES_PER_MONTH
    write_minutes = write_down * MINUTES_PER_MONTH
    listed = ", ".join(format_value(value) for value in ordered)
    n, r, w, p = format_value(replicas), format_value(read_quorum), format_value(write_quorum), format_value(percent)

    steps = (
        Step("Read quorum fails", f"Σ over i < {r} of C({n}, i) × {p} %^i × (1 − {p} %)^({n} − i)", read_down * PERCENT, "%"),
        Step("Write quorum fails", f"Σ over i < {w} of C({n}, i) × {p} %^i × (1 − {p} %)^({n} − i)", write_down * PERCENT, "%"),
        Step("Read availability", "100 % − read quorum fails", f"{(1 - read_down) * PERCENT:.10g}", "%"),
        Step("Write availability", "100 % − write quorum fails", f"{(1 - write_down) * PERCENT:.10g}", "%"),
        Step("Replica failures a read survives", f"N − R = {n} − {r}", read_tolerated, "replicas"),
        Step("Replica failures a write survives", f"N − W = {n} − {w}", write_tolerated, "replicas"),
        Step("Latencies, fastest first", "the N replica latencies, sorted", listed, "ms"),
        Step("Read latency", f"answer number {r} of {n} in that order", read_latency, "ms"),
        Step("Write latency", f"answer number {w} of {n} in that order", write_latency, "ms"),
        Step(
            "Read meets the latest write",
            f"is R + W = {format_value(read_quorum + write_quorum)} greater than N = {n}",
            overlapping,
        ),
        Step("Two writes always meet", f"is 2 × W = {format_value(2 * write_quorum)} greater than N = {n}", writes_overlap),
        Step("Read downtime a month", "read quorum fails × 43,800 minutes (730 hours)", read_minutes, "minutes/month"),
        Step("Write downtime a month", "write quorum fails × 43,800 minutes (730 hours)", write_minutes, "minutes/month"),
    )

    notes = []
    if not overlapping:
        notes.append(
            f"R + W ≤ N: a read quorum can miss every replica that holds the latest write, so reads may be "
            f"stale until repair catches up; raise R or W until R + W > {n}."
        )
    if not writes_overlap:
        notes.append(
            f"W ≤ N/2: two writes can be acknowledged by disjoint sets of {quantity(write_quorum, 'replicas')}, so "
            "no replica sees both; without a single leader or version check one is silently overwritten "
            "(last writer wins) or left as a conflicting sibling."
        )
    if overlapping and writes_overlap:
        notes.append(
            "Overlap is necessary, not sufficient, for linearizable reads: with concurrent writes or a failed "
            "partial write, a leader or read repair is still needed."
        )
    if replicas % 2 == 0 and write_quorum == replicas // 2 + 1 and read_quorum == write_quorum:
        notes.append(
            f"An even N with majority quorums tolerates no more failures than {format_value(replicas - 1)} "
            "replicas would: add or remove one."
        )
    notes.append("Assumes independent failures; copies sharing an Availability Zone fail together, so place them apart.")

    return Result(
        outputs=(
            Output("read_availability_percent", "Read availability", (1 - read_down) * PERCENT, "%"),
            Output("write_availability_percent", "Write availability", (1 - write_down) * PERCENT, "%"),
            Output("read_unavailability_percent", "Read unavailability", read_down * PERCENT, "%"),
            Output("write_unavailability_percent", "Write unavailability", write_down * PERCENT, "%"),
            Output("read_downtime_minutes_per_month", "Read downtime a month", read_minutes, "minutes/month"),
            Output("write_downtime_minutes_per_month", "Write downtime a month", write_minutes, "minutes/month"),
            Output("tolerated_failures_read", "Replica failures reads survive", read_tolerated, "replicas"),
            Output("tolerated_failures_write", "Replica failures writes survive", write_tolerated, "replicas"),
            Output("read_latency_ms", "Read latency (R-th fastest replica)", read_latency, "ms"),
            Output("write_latency_ms", "Write latency (W-th fastest replica)", write_latency, "ms"),
            Output("overlapping", "Every read quorum meets the latest write quorum (R + W > N)", overlapping),
            Output("writes_overlap", "Any two write quorums meet (2W > N)", writes_overlap),
        ),
        steps=steps,
        notes=tuple(notes),
    )


def _quorum_of(quorum: Callable[[int], int]) -> Callable[[Mapping[str, Value]], Mapping[str, Value]]:
    """For a chart over N: both quorums from N, and the reader's latency list cut or padded (last value) to N."""

    def derive(point: Mapping[str, Value]) -> Mapping[str, Value]:
        replicas = int(point["replicas"])
        listed = str(point["replica_latencies_ms"]).split(",")
        latencies = (listed + listed[-1:] * replicas)[:replicas]
        size = quorum(replicas)
        return {"read_quorum": size, "write_quorum": size, "replica_latencies_ms": ",".join(latencies)}

    return derive


CHARTS = (
    Chart(
        x="replicas",
        x_min=1,
        x_max=9,
        y_log=True,
        lines=(
            Line("write_downtime_minutes_per_month", "Majority (W > N ÷ 2)", derive=_quorum_of(lambda n: n // 2 + 1)),
            Line("write_downtime_minutes_per_month", "All N (W = N)", derive=_quorum_of(lambda n: n)),
        ),
        title="Write downtime a month as replicas are added",
    ),
)
"""A majority quorum gains nines with each odd N (the even N after it is worse, not better); waiting for all N loses them."""

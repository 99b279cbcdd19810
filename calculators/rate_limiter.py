"""Rate limiter: memory for the counters and shards for the check rate of a limiter kept in Valkey or Redis OSS.

Memory: every tracked client (API key, user, IP) is one key. It costs its name, the store's per-key overhead
(dictionary entry, object header, expiry entry: an assumption to measure with ``MEMORY USAGE``) and its values:
a token bucket keeps two hash fields (tokens, last refill), a fixed window one counter, a sliding-window counter
two counters (this window and the last), and a sliding-window log one sorted-set entry per request allowed in the
window (a member and its score, so two values). The log is sized for the worst case, every key at its limit.
Throughput: checks a second times the commands each check sends, over what one shard's primary sustains (an
assumption to benchmark). Shards are the larger of the two counts. The usable memory of a shard defaults to
cache.r7g.large's ``maxmemory`` less the default ``reserved-memory-percent``, both facts. Replicas, the
memory allocator's fragmentation and key-name compression are left out. GB here are 2^30 bytes.
"""

from __future__ import annotations

import math

from calculators._core import Choice, Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity
from calculators.units import BYTES_PER_GIB, PERCENT

NAME = "rate_limiter"
TITLE = "Rate limiter memory and throughput"
SUMMARY = "Memory the counters of a Redis or Valkey rate limiter take, and the shards its memory and check rate need."
QUESTION = "size"

ALGORITHMS = ("token_bucket", "fixed_window", "sliding_window_counter", "sliding_window_log")

VALUES_PER_KEY = {"token_bucket": 2, "fixed_window": 1, "sliding_window_counter": 2}
"""Values each key holds: two hash fields, one counter, two counters. The log is counted per request."""

VALUES_PER_LOG_ENTRY = 2
"""A sliding-window log entry is a sorted-set member (a request ID) and its score (the timestamp)."""

ACCURACY = {
    "token_bucket": (
        "Token bucket: exact for the rate it refills at, and it allows bursts up to the bucket size by design; "
        "one hash per key, updated in one script."
    ),
    "fixed_window": (
        "Fixed window: cheapest, but a client can send up to twice its limit across a window boundary "
        "(the end of one window and the start of the next)."
    ),
    "sliding_window_counter": (
        "Sliding-window counter: weights the previous window's count by how much of it still overlaps, an "
        "approximation that assumes requests were spread evenly; close to exact for steady traffic."
    ),
    "sliding_window_log": (
        "Sliding-window log: exact, because it keeps a timestamp for every request in the window, so its memory "
        "grows with the limit; use it for small limits or where exactness is paid for."
    ),
}


def _default_usable_gb(facts: Facts) -> float:
    """cache.r7g.large's maxmemory less the default reserved memory, in GB of 2^30 bytes, to two decimals."""
    maxmemory = facts.value("elasticache.r7g_large_maxmemory_bytes")
    reserved = facts.value("elasticache.reserved_memory_percent")
    return round(maxmemory * (1 - reserved / PERCENT) / BYTES_PER_GIB, 2)


DEFAULT_USABLE_GB = _default_usable_gb(CURRENT)

INPUTS: tuple[Input, ...] = (
    Number(
        name="active_keys",
        label="Active keys",
        unit="keys",
        default=1_000_000,
        minimum=1,
        maximum=1e11,
        integer=True,
        help="Clients, API keys or IP addresses tracked at the same time (keys expire when a client goes quiet).",
    ),
    Choice(
        name="algorithm",
        label="Algorithm",
        choices=ALGORITHMS,
        labels=("Token bucket", "Fixed window counter", "Sliding window counter", "Sliding window log"),
        default="token_bucket",
        help=(
            "token_bucket: 2 hash fields a key; fixed_window: 1 counter; sliding_window_counter: 2 counters; "
            "sliding_window_log: one sorted-set entry per request in the window (sized by the limit)."
        ),
    ),
    Number(
        name="limit_per_window",
        label="Limit per window",
        unit="requests",
        default=100,
        minimum=1,
        maximum=1e7,
        integer=True,
        help="Requests one key may make in a window; only the sliding-window log's memory depends on it.",
    ),
    Number(
        name="window_s",
        label="Window",
        unit="s",
        default=60,
        minimum=1,
        maximum=1e6,
        help="Length of the window (or the time a token bucket takes to refill completely).",
    ),
    Number(
        name="key_bytes",
        label="Key name length",
        unit="bytes",
        default=40,
        minimum=1,
        maximum=1e4,
        integer=True,
        help="Bytes of the key name, e.g. 'rl:{api-key-id}:60' with a hash tag so a client's keys share a shard.",
    ),
    Number(
        name="bytes_per_entry_overhead",
        label="Per-key overhead",
        unit="bytes",
        default=70,
        minimum=0,
        maximum=1e4,
        help=(
            "What the store adds for each key besides name and values: dictionary entry, object header, expiry "
            "entry, allocator rounding. About 50-90 bytes in Redis OSS and Valkey; an assumption: measure a real "
            "key with MEMORY USAGE."
        ),
    ),
    Number(
        name="bytes_per_value",
        label="Bytes per value",
        unit="bytes",
        default=16,
        minimum=1,
        maximum=1e4,
        help=(
            "One counter, hash field or sorted-set member or score in a small, compact (listpack) key. An "
            "assumption: a sorted set past its listpack limit costs several times more per entry."
        ),
    ),
    Number(
        name="requests_per_second",
        label="Checked requests",
        unit="requests/s",
        default=100_000,
        minimum=0,
        maximum=1e10,
        help="Requests that consult the limiter each second, at the peak.",
    ),
    Number(
        name="ops_per_request",
        label="Commands per check",
        unit="calls",
        default=1,
        minimum=0,
        exclusive_minimum=True,
        maximum=100,
        help="Round trips or commands one check costs the store: 1 for a Lua script (EVALSHA or FCALL), 2 to 4 "
        "for separate GET, INCR and EXPIRE.",
    ),
    Number(
        name="ops_per_second_per_shard",
        label="Commands per shard",
        unit="calls/s",
        default=100_000,
        minimum=1,
        maximum=1e8,
        help=(
            "What one shard's primary sustains at acceptable latency. An assumption to benchmark (valkey-benchmark "
            "with your script), not a published figure: it depends on node size, TLS, script length and I/O threads."
        ),
    ),
    Number(
        name="usable_memory_gb_per_shard",
        label="Usable memory per shard",
        unit="GB",
        default=DEFAULT_USABLE_GB,
        minimum=0.1,
        maximum=1e4,
        help=(
            "Memory for data on one shard's primary, in GB of 2^30 bytes. The default is cache.r7g.large's "
            f"maxmemory less the default {CURRENT.value('elasticache.reserved_memory_percent'):g}% reserved memory; "
            "leave headroom below it. At least 0.1 GB: the smallest nodes hold about half a GB."
        ),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Bytes per key times keys for memory, commands a second for throughput, and the larger shard count."""
    keys = int(values["active_keys"])
    algorithm = str(values["algorithm"])
    limit = int(values["limit_per_window"])
    window = float(values["window_s"])
    key_bytes = float(values["key_bytes"])
    overhead = float(values["bytes_per_entry_overhead"])
    value_bytes = float(values["bytes_per_value"])
    rate = float(values["requests_per_second"])
    ops_per_request = float(values["ops_per_request"])
    ops_per_shard = float(values["ops_per_second_per_shard"])
    usable_gb = float(values["usable_memory_gb_per_shard"])

    steps: list[Step] = []
    if algorithm == "sliding_window_log":
        values_per_key = VALUES_PER_LOG_ENTRY * limit
        steps.append(
            Step(
                "Values per key",
                f"{format_value(limit)} log entries (the limit, the worst case) × {VALUES_PER_LOG_ENTRY} (member and score)",
                values_per_key,
            )
        )
        average_entries = min(limit, rate / keys * window)
        steps.append(
            Step(
                "Log entries per key if traffic were spread evenly",
                f"min(limit, {quantity(rate, 'requests/s')} ÷ {format_value(keys)} active keys × {format_value(window)} s)",
                average_entries,
            )
        )
    else:
        values_per_key = VALUES_PER_KEY[algorithm]
        steps.append(Step("Values per key", f"{algorithm.replace('_', ' ')}", values_per_key))
    bytes_per_key = key_bytes + overhead + values_per_key * value_bytes
    total_bytes = keys * bytes_per_key
    memory_gb = total_bytes / BYTES_PER_GIB
    steps += [
        Step(
            "Bytes per key",
            f"{format_value(key_bytes)} name + {format_value(overhead)} overhead + {format_value(values_per_key)} "
            f"values × {format_value(value_bytes)} B",
            bytes_per_key,
            "bytes",
        ),
        Step("Memory", f"{format_value(keys)} active keys × bytes per key ÷ 2^30", memory_gb, "GB"),
    ]

    default_usable = _default_usable_gb(facts)
    memory_facts: tuple[str, ...] = ()
    usable_formula = "as entered"
    if math.isclose(usable_gb, default_usable):
        memory_facts = ("elasticache.r7g_large_maxmemory_bytes", "elasticache.reserved_memory_percent")
        usable_formula = (
            f"cache.r7g.large maxmemory {format_value(facts.value('elasticache.r7g_large_maxmemory_bytes'))} B × "
            f"(1 − {format_value(facts.value('elasticache.reserved_memory_percent'))}% reserved) ÷ 2^30, to 0.01"
        )
    memory_ratio = memory_gb / usable_gb
    shards_for_memory = max(1, math.ceil(round(memory_ratio, 9)))
    ops_per_second = rate * ops_per_request
    throughput_ratio = ops_per_second / ops_per_shard
    shards_for_throughput = max(1, math.ceil(round(throughput_ratio, 9)))
    shards = max(shards_for_memory, shards_for_throughput)
    binding = "memory" if memory_ratio > throughput_ratio else "throughput"
    steps += [
        Step("Usable memory per shard", usable_formula, usable_gb, "GB", facts=memory_facts),
        Step("Shards for memory", "ceil(memory ÷ usable memory per shard), at least 1", shards_for_memory, "shards"),
        Step(
            "Commands per second",
            f"{quantity(rate, 'requests/s')} × {format_value(ops_per_request)} per check",
            ops_per_second,
            "calls/s",
        ),
        Step(
            "Shards for throughput",
            f"ceil(commands per second ÷ {quantity(ops_per_shard, 'calls/s')} per shard), at least 1",
            shards_for_throughput,
            "shards",
        ),
        Step("Shards", f"the larger of the two; {binding} binds", shards, "shards"),
    ]

    notes = [ACCURACY[algorithm]]
    listpack_limit = facts.value("elasticache.zset_listpack_entries")
    if algorithm == "sliding_window_log" and limit > listpack_limit:
        notes.append(
            f"A log of {format_value(limit)} entries is past the default zset-max-listpack-entries of "
            f"{format_value(listpack_limit)}: the sorted set becomes a skiplist and each entry costs several times the "
            "bytes per value assumed here. Measure it, or use a sliding-window counter."
        )
    if ops_per_request > 1:
        notes.append(
            "More than one command per check is also a race: two checks can both read the count before either "
            "writes it. A Lua script (or FCALL) runs the read and the write as one atomic step."
        )
    max_shards = facts.value("elasticache.cluster_nodes_max")
    if shards > max_shards:
        notes.append(
            f"{format_value(shards)} shards exceed the {format_value(max_shards)} shards one cluster can be raised to: "
            "split the keys over several clusters, or choose a larger node type."
        )
    return Result(
        outputs=(
            Output("memory_gb", "Memory for the counters", memory_gb, "GB"),
            Output("shards_for_memory", "Shards for memory", shards_for_memory, "shards"),
            Output("shards_for_throughput", "Shards for throughput", shards_for_throughput, "shards"),
            Output("shards", "Shards", shards, "shards"),
            Output("binding_constraint", "Binding constraint", binding),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

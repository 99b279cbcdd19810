"""Back-of-the-envelope traffic and storage: requests per second, peak, bandwidth and stored bytes.

Traffic is spread evenly over a 86,400-second day, then multiplied by a peak factor. Every request moves
``payload_bytes`` over the network; the share given by ``write_fraction`` also stores that payload, kept for
``retention_days`` in ``replication_factor`` copies. Storage and bandwidth use decimal units (1 TB = 10^12
bytes, 1 Mbit/s = 10^6 bits per second), as disk and network vendors quote them. Indexes, compression,
metadata and protocol overhead are not included.
"""

from __future__ import annotations

from calculators._core import Input, Number, Output, Result, Step, Values
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity
from calculators.units import BITS_PER_BYTE, BITS_PER_MEGABIT, BYTES_PER_TB, SECONDS_PER_DAY

NAME = "traffic_estimate"
TITLE = "Traffic and storage estimate"
SUMMARY = "Average and peak requests per second, bandwidth and stored bytes from daily volume and payload size."
QUESTION = "size"

INPUTS: tuple[Input, ...] = (
    Number(
        name="requests_per_day",
        label="Requests per day",
        unit="requests/day",
        default=100_000_000,
        minimum=0,
        maximum=1e15,
        help="Total requests in a day, e.g. 100 million.",
    ),
    Number(
        name="peak_factor",
        label="Peak factor",
        unit="× average",
        default=3,
        minimum=1,
        maximum=1000,
        help="Peak rate ÷ average rate; 2 to 5 is common for consumer traffic.",
    ),
    Number(
        name="payload_bytes",
        label="Payload size",
        unit="bytes",
        default=1000,
        minimum=0,
        maximum=1e10,
        help="Bytes moved (and, for writes, stored) per request.",
    ),
    Number(
        name="retention_days",
        label="Retention",
        unit="days",
        default=365,
        minimum=0,
        maximum=36_500,
        help="How long stored payloads are kept.",
    ),
    Number(
        name="replication_factor",
        label="Replication factor",
        unit="copies",
        default=3,
        minimum=1,
        maximum=10,
        integer=True,
        help="Copies of every stored byte (3 is common for replicated databases).",
    ),
    Number(
        name="write_fraction",
        label="Share of requests that write",
        unit="ratio",
        default=1,
        minimum=0,
        maximum=1,
        help="1 = every request stores its payload; 0.01 for a 100:1 read-heavy service.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Rates from the daily volume; storage from the writes kept for the retention period."""
    per_day = float(values["requests_per_day"])
    peak_factor = float(values["peak_factor"])
    payload = float(values["payload_bytes"])
    retention = float(values["retention_days"])
    copies = int(values["replication_factor"])
    writes = float(values["write_fraction"])

    average_rps = per_day / SECONDS_PER_DAY
    peak_rps = average_rps * peak_factor
    bandwidth = average_rps * payload * BITS_PER_BYTE / BITS_PER_MEGABIT
    peak_bandwidth = bandwidth * peak_factor
    stored_per_day = per_day * writes * payload
    storage = stored_per_day * retention * copies
    return Result(
        outputs=(
            Output("average_rps", "Average requests per second", average_rps, "requests/s"),
            Output("peak_rps", "Peak requests per second", peak_rps, "requests/s"),
            Output("storage_bytes", "Storage", storage, "bytes"),
            Output("storage_tb", "Storage", storage / BYTES_PER_TB, "TB"),
            Output("bandwidth_mbps", "Average bandwidth", bandwidth, "Mbit/s"),
            Output("peak_bandwidth_mbps", "Peak bandwidth", peak_bandwidth, "Mbit/s"),
        ),
        steps=(
            Step("Average rate", f"{quantity(per_day, 'requests')} ÷ {SECONDS_PER_DAY:,} s", average_rps, "requests/s"),
            Step("Peak rate", f"average × {format_value(peak_factor)}", peak_rps, "requests/s"),
            Step("Average bandwidth", f"average rate × {quantity(payload, 'bytes')} × 8 ÷ 10^6", bandwidth, "Mbit/s"),
            Step("Peak bandwidth", f"average bandwidth × {format_value(peak_factor)}", peak_bandwidth, "Mbit/s"),
            Step(
                "Stored per day",
                f"requests × {format_value(writes)} writing × {quantity(payload, 'bytes')}",
                stored_per_day,
                "bytes",
            ),
            Step("Storage", f"per day × {format_value(retention)} days × {copies} copies", storage, "bytes"),
            Step("Storage in TB", "bytes ÷ 10^12", storage / BYTES_PER_TB, "TB"),
        ),
        notes=("Rule of thumb: a day is about 10^5 seconds, so 1 million requests a day is about 12 per second.",),
    )

"""Kinesis Data Streams shards (provisioned mode) and monthly cost.

Write side: 1 MiB/s and 1,000 records/s per shard. Read side: 2 MiB/s per shard, shared by all polling
consumers, or 2 MiB/s per consumer with enhanced fan-out. Shards are sized for the peak
(``records_per_second × peak_factor``); PUT payload units (25 KB chunks per record) are billed at the
average rate. Record sizes use 1 KB = 1,024 B. Enhanced fan-out bytes are billed per GB of 2^30 bytes.
"""

from __future__ import annotations

import math

from calculators._core import Boolean, Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import BYTES_PER_GIB, BYTES_PER_KIB, HOURS_PER_MONTH, KIB_PER_MIB, PER_MILLION, SECONDS_PER_MONTH

NAME = "kinesis_shards"
TITLE = "Kinesis shards and cost"
SUMMARY = "Shards a Kinesis data stream needs for a record rate and size, and what it costs a month."

INPUTS: tuple[Input, ...] = (
    Number(
        name="records_per_second",
        label="Records per second",
        unit="records/s",
        default=1000,
        minimum=0,
        exclusive_minimum=True,
        maximum=1e9,
        help="Average records written per second.",
    ),
    Number(
        name="record_size_kb",
        label="Record size",
        unit="KB",
        default=1,
        minimum=0,
        exclusive_minimum=True,
        maximum=CURRENT.value("kinesis.max_record_kib"),
        maximum_reason="the default 1 MiB maximum record size",
        help="Average size of one record including the partition key; 1 KB = 1,024 bytes.",
    ),
    Number(
        name="consumers",
        label="Consumers",
        unit="applications",
        default=1,
        minimum=1,
        maximum=100,
        integer=True,
        help="Applications that each read the whole stream.",
    ),
    Boolean(
        name="enhanced_fan_out",
        label="Enhanced fan-out",
        default=False,
        help="Each consumer gets its own 2 MiB/s per shard, for an extra charge.",
    ),
    Number(
        name="peak_factor",
        label="Peak factor",
        unit="× average",
        default=1,
        minimum=1,
        maximum=100,
        help="Shards are sized for the average rate times this factor.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Size the stream for its peak and price it for its average."""
    rate = float(values["records_per_second"])
    size_kib = float(values["record_size_kb"])
    consumers = int(values["consumers"])
    efo = bool(values["enhanced_fan_out"])
    peak = float(values["peak_factor"])
    require(
        not efo or consumers <= facts.value("kinesis.efo_consumers"),
        "consumers",
        f"Consumers must be at most {facts.value('kinesis.efo_consumers'):g} with enhanced fan-out (registered consumers per stream)",
    )

    sizing_rate = rate * peak
    write_mib_s = sizing_rate * size_kib / KIB_PER_MIB
    by_records = math.ceil(sizing_rate / facts.value("kinesis.shard_write_records"))
    by_bytes = math.ceil(write_mib_s / facts.value("kinesis.shard_write_mib"))
    readers_sharing = 1 if efo else consumers
    by_reads = math.ceil(write_mib_s * readers_sharing / facts.value("kinesis.shard_read_mib"))
    shards = max(1, by_records, by_bytes, by_reads)

    shard_cost = shards * HOURS_PER_MONTH * facts.value("kinesis.shard_hour")
    records_month = rate * SECONDS_PER_MONTH
    units_per_record = math.ceil(size_kib / facts.value("kinesis.put_unit_kb"))
    put_cost = records_month * units_per_record * facts.value("kinesis.put_unit_million") / PER_MILLION
    efo_cost = 0.0
    steps = [
        Step("Sizing rate", f"{format_value(rate)} records/s × peak factor {format_value(peak)}", sizing_rate, "records/s"),
        Step("Write throughput", "sizing rate × record KB ÷ 1,024", write_mib_s, "MiB/s"),
        Step("Shards for the record rate", "ceil(sizing rate ÷ 1,000 records/s)", by_records, "shards"),
        Step("Shards for the write bytes", "ceil(MiB/s ÷ 1 MiB/s)", by_bytes, "shards"),
        Step("Shards for the reads", f"ceil(MiB/s × {readers_sharing} sharing reader(s) ÷ 2 MiB/s)", by_reads, "shards"),
        Step("Shards", "the largest of the three", shards, "shards"),
        Step("Shard-hours", f"shards × 730 h × {usd(facts.value('kinesis.shard_hour'))}", shard_cost, "USD/month"),
        Step(
            "PUT payload units",
            f"records a month × ceil({size_kib:g} KB ÷ 25 KB) × {usd(facts.value('kinesis.put_unit_million'))}/M",
            put_cost,
            "USD/month",
        ),
    ]
    if efo:
        consumer_hours = consumers * shards * HOURS_PER_MONTH * facts.value("kinesis.efo_consumer_shard_hour")
        retrieved_gb = records_month * size_kib * BYTES_PER_KIB * consumers / BYTES_PER_GIB
        efo_cost = consumer_hours + retrieved_gb * facts.value("kinesis.efo_gb")
        steps.append(
            Step(
                "Enhanced fan-out",
                f"consumers × shards × 730 h × {usd(facts.value('kinesis.efo_consumer_shard_hour'))} "
                f"+ GB read × {usd(facts.value('kinesis.efo_gb'))}",
                efo_cost,
                "USD/month",
            )
        )
    total = shard_cost + put_cost + efo_cost
    steps.append(Step("Monthly cost", "shard-hours + PUT units + fan-out", total, "USD/month"))
    notes = []
    if peak == 1:
        notes.append("Sized for the average rate with no headroom: set a peak factor for bursts.")
    return Result(
        outputs=(
            Output("shards", "Shards", shards, "shards"),
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

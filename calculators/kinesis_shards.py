"""Kinesis Data Streams shards and monthly cost, provisioned beside On-demand Standard and Advantage.

Write side: 1 MiB/s and 1,000 records/s per shard. Read side: 2 MiB/s per shard, shared by all polling
consumers, who also share 5 GetRecords calls per second per shard; an enhanced fan-out consumer gets its own
2 MiB/s pushed to it. Adding shards relieves the bytes but never the call rate: every polling consumer polls
every shard, so their calls per shard stay the same however many shards there are. Shards are sized for the
peak (``records_per_second × peak_factor``); PUT payload units (25 KB chunks per record) are billed at the
average rate. On-demand modes bill per GB written (records rounded up to 1 KB) and read, Standard adds a
per-stream hour. Record sizes use 1 KB = 1,024 B; GB are 2^30 bytes.
"""

from __future__ import annotations

import math

from calculators._core import Boolean, Choice, Input, Number, Output, Result, Step, Values, require
from calculators.charts import Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.units import BYTES_PER_GIB, BYTES_PER_KIB, HOURS_PER_MONTH, KIB_PER_MIB, PER_MILLION, SECONDS_PER_MONTH

NAME = "kinesis_shards"
TITLE = "Kinesis shards and cost"
SUMMARY = "Shards a Kinesis data stream needs for a record rate and size, and what it costs a month."
QUESTION = "size"

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
        help=f"Each consumer gets its own {CURRENT.value('kinesis.shard_read_mib'):g} MiB/s per shard, for an extra charge.",
    ),
    Number(
        name="polls_per_second",
        label="GetRecords calls per polling consumer",
        unit="calls/s per shard",
        default=1,
        minimum=0,
        exclusive_minimum=True,
        maximum=100,
        help="How often each polling consumer calls GetRecords on each shard; the KCL polls about once a second.",
        applies_when=("enhanced_fan_out", ("false",)),
    ),
    Choice(
        name="capacity_mode",
        label="Capacity mode",
        choices=("provisioned", "on_demand", "on_demand_advantage"),
        labels=("Provisioned", "On-demand Standard", "On-demand Advantage"),
        default="provisioned",
        help="The mode priced as the monthly cost; the other two are shown beside it.",
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
    """Size the stream for its peak, check the polling call rate, and price all three modes for the average."""
    rate = float(values["records_per_second"])
    size_kib = float(values["record_size_kb"])
    consumers = int(values["consumers"])
    efo = bool(values["enhanced_fan_out"])
    polls = float(values["polls_per_second"])
    mode = str(values["capacity_mode"])
    peak = float(values["peak_factor"])
    efo_limit = facts.value("kinesis.efo_consumers")
    require(
        not efo or consumers <= efo_limit,
        "consumers",
        f"Consumers must be at most {efo_limit:g} with enhanced fan-out (registered consumers per stream)",
    )
    records_limit = facts.value("kinesis.shard_write_records")
    write_limit = facts.value("kinesis.shard_write_mib")
    read_limit = facts.value("kinesis.shard_read_mib")
    calls_limit = facts.value("kinesis.get_records_per_shard_s")
    put_unit_kb = facts.value("kinesis.put_unit_kb")

    sizing_rate = rate * peak
    write_mib_s = sizing_rate * size_kib / KIB_PER_MIB
    by_records = math.ceil(round(sizing_rate / records_limit, 9))
    by_bytes = math.ceil(round(write_mib_s / write_limit, 9))
    readers_sharing = 1 if efo else consumers
    by_reads = math.ceil(round(write_mib_s * readers_sharing / read_limit, 9))
    shards = max(1, by_records, by_bytes, by_reads)
    calls_per_shard = 0.0 if efo else consumers * polls

    records_month = rate * SECONDS_PER_MONTH
    shard_cost = shards * HOURS_PER_MONTH * facts.value("kinesis.shard_hour")
    units_per_record = math.ceil(size_kib / put_unit_kb)
    put_cost = records_month * units_per_record * facts.value("kinesis.put_unit_million") / PER_MILLION
    efo_cost = 0.0
    if efo:
        consumer_hours = consumers * shards * HOURS_PER_MONTH * facts.value("kinesis.efo_consumer_shard_hour")
        retrieved_gb = records_month * size_kib * BYTES_PER_KIB * consumers / BYTES_PER_GIB
        efo_cost = consumer_hours + retrieved_gb * facts.value("kinesis.efo_gb")
    provisioned = shard_cost + put_cost + efo_cost

    billed_kib = math.ceil(round(size_kib / facts.value("kinesis.on_demand_billing_kb"), 9)) * facts.value(
        "kinesis.on_demand_billing_kb"
    )
    gb_in = records_month * billed_kib * BYTES_PER_KIB / BYTES_PER_GIB
    gb_out = gb_in * consumers
    on_demand = (
        HOURS_PER_MONTH * facts.value("kinesis.on_demand_stream_hour")
        + gb_in * facts.value("kinesis.on_demand_gb_in")
        + gb_out * facts.value("kinesis.on_demand_gb_out")
    )
    advantage = gb_in * facts.value("kinesis.advantage_gb_in") + gb_out * facts.value("kinesis.advantage_gb_out")
    total = {"provisioned": provisioned, "on_demand": on_demand, "on_demand_advantage": advantage}[mode]

    steps = [
        Step("Sizing rate", f"{quantity(rate, 'records/s')} × peak factor {format_value(peak)}", sizing_rate, "records/s"),
        Step("Write throughput", "sizing rate × record KB ÷ 1,024", write_mib_s, "MiB/s"),
        Step(
            "Shards for the record rate",
            f"ceil(sizing rate ÷ {format_value(records_limit)} records/s)",
            by_records,
            "shards",
            facts=("kinesis.shard_write_records",),
        ),
        Step(
            "Shards for the write bytes",
            f"ceil(MiB/s ÷ {format_value(write_limit)} MiB/s)",
            by_bytes,
            "shards",
            facts=("kinesis.shard_write_mib",),
        ),
        Step(
            "Shards for the reads",
            f"ceil(MiB/s × {readers_sharing} sharing reader(s) ÷ {format_value(read_limit)} MiB/s)",
            by_reads,
            "shards",
            facts=("kinesis.shard_read_mib",),
        ),
        Step("Shards", "the largest of the three", shards, "shards"),
        Step(
            "GetRecords calls per shard",
            "enhanced fan-out pushes records: no polling"
            if efo
            else (
                f"{quantity(consumers, 'polling consumers')} × {quantity(polls, 'calls/s')}"
                f" (limit {format_value(calls_limit)} per shard)"
            ),
            calls_per_shard,
            "calls/s",
            facts=() if efo else ("kinesis.get_records_per_shard_s",),
        ),
        Step(
            "Provisioned: shard-hours",
            f"shards × {HOURS_PER_MONTH} h × {usd(facts.value('kinesis.shard_hour'))}",
            shard_cost,
            "USD/month",
            facts=("kinesis.shard_hour",),
        ),
        Step(
            "Provisioned: PUT payload units",
            f"records a month × ceil({size_kib:g} KB ÷ {format_value(put_unit_kb)} KB) × "
            f"{usd(facts.value('kinesis.put_unit_million'))}/M",
            put_cost,
            "USD/month",
            facts=("kinesis.put_unit_kb", "kinesis.put_unit_million"),
        ),
    ]
    if efo:
        steps.append(
            Step(
                "Provisioned: enhanced fan-out",
                f"consumers × shards × {HOURS_PER_MONTH} h × {usd(facts.value('kinesis.efo_consumer_shard_hour'))} "
                f"+ GB read × {usd(facts.value('kinesis.efo_gb'))}",
                efo_cost,
                "USD/month",
                facts=("kinesis.efo_consumer_shard_hour", "kinesis.efo_gb"),
            )
        )
    steps += [
        Step("Provisioned: monthly cost", "shard-hours + PUT units + fan-out", provisioned, "USD/month"),
        Step(
            "Data written",
            f"records a month × {format_value(billed_kib)} KB (rounded up to whole KB) ÷ 1,048,576",
            gb_in,
            "GB/month",
            facts=("kinesis.on_demand_billing_kb",),
        ),
        Step(
            "On-demand Standard: monthly cost",
            f"{HOURS_PER_MONTH} h × {usd(facts.value('kinesis.on_demand_stream_hour'))} + GB in × "
            f"{usd(facts.value('kinesis.on_demand_gb_in'))} + GB in × {consumers} consumer(s) × "
            f"{usd(facts.value('kinesis.on_demand_gb_out'))}",
            on_demand,
            "USD/month",
            facts=("kinesis.on_demand_stream_hour", "kinesis.on_demand_gb_in", "kinesis.on_demand_gb_out"),
        ),
        Step(
            "On-demand Advantage: monthly cost",
            f"GB in × {usd(facts.value('kinesis.advantage_gb_in'))} + GB in × {consumers} consumer(s) × "
            f"{usd(facts.value('kinesis.advantage_gb_out'))}",
            advantage,
            "USD/month",
            facts=("kinesis.advantage_gb_in", "kinesis.advantage_gb_out"),
        ),
    ]
    notes = []
    if calls_per_shard > calls_limit:
        notes.append(
            f"{quantity(consumers, 'polling consumers')} at {quantity(polls, 'calls/s')} make "
            f"{format_value(calls_per_shard)} GetRecords "
            f"calls per shard per second, over the limit of {format_value(calls_limit)}: they will be throttled "
            "(ProvisionedThroughputExceededException), and more shards do not help because every consumer polls every "
            "shard. Use enhanced fan-out for some consumers, or poll less often."
        )
    if peak == 1 and mode == "provisioned":
        notes.append("Sized for the average rate with no headroom: set a peak factor for bursts.")
    if mode != "provisioned" and efo:
        notes.append("Enhanced fan-out reads on an on-demand stream are priced here at the on-demand retrieval rate.")
    if mode == "on_demand_advantage":
        notes.append(
            "On-demand Advantage is an account-level commitment to a minimum throughput, billed for at least 24 hours "
            "even when unused: this estimate assumes the account's usage is above that minimum."
        )
    return Result(
        outputs=(
            Output("shards", "Shards", shards, "shards"),
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
            Output("provisioned_monthly_usd", "Provisioned", provisioned, "USD/month"),
            Output("on_demand_monthly_usd", "On-demand Standard", on_demand, "USD/month"),
            Output("on_demand_advantage_monthly_usd", "On-demand Advantage", advantage, "USD/month"),
            Output("get_records_calls_per_shard", "GetRecords calls per shard", calls_per_shard, "calls/s"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )


CHARTS = (
    Chart(
        x="records_per_second",
        x_min=10,
        x_max=500_000,
        x_log=True,
        y_log=True,
        lines=(
            Line("provisioned_monthly_usd", "Provisioned"),
            Line("on_demand_monthly_usd", "On-demand Standard"),
            Line("on_demand_advantage_monthly_usd", "On-demand Advantage"),
        ),
        title="Monthly cost by capacity mode as the record rate grows",
        points=20,
    ),
)
"""Provisioned is billed per shard (steps), the on-demand modes per GB (straight lines): where each is cheapest."""

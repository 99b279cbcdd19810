"""MSK or Kinesis for the same stream: a provisioned Kinesis data stream against a provisioned MSK cluster.

The Kinesis side is exactly the provisioned stream of ``kinesis_shards`` (shards for the record rate, the
write bytes and the polling readers, shard-hours and PUT payload units, no headroom), plus extended-retention
shard-hours when records are kept longer than the default 24 hours. The MSK side is Standard brokers spread
evenly over three Availability Zones: enough brokers for the input floor, for the replicated write throughput
one broker sustains (an assumption to measure) and for the retained data at the per-broker storage maximum,
rounded up to a multiple of three; broker-hours plus storage GB-months (ingest over the retention window times
the replication factor). It leaves out client data transfer across AZs, MSK Connect, tiered storage, Express
brokers and the people who run Kafka. Facts: kinesis.* (through kinesis_shards), kinesis.extended_retention_*,
msk.*.
"""

from __future__ import annotations

import math

from calculators import kinesis_shards
from calculators._core import Choice, Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.units import HOURS_PER_MONTH, KIB_PER_MIB, MIB_PER_GIB, SECONDS_PER_HOUR

NAME = "msk_vs_kinesis"
TITLE = "MSK or Kinesis for the same stream"
SUMMARY = "Monthly cost of one event stream on provisioned Kinesis shards against a provisioned MSK cluster."
QUESTION = "cost"

AVAILABILITY_ZONES = 3
"""MSK spreads Standard brokers evenly over the subnets (two or three AZs); this comparison assumes three."""

BROKER_TYPES = {
    "kafka.m7g.large": "msk.m7g_large_hour",
    "kafka.m7g.xlarge": "msk.m7g_xlarge_hour",
    "kafka.m5.large": "msk.m5_large_hour",
}
"""Broker types priced here, each with its hourly price fact; all three share the same partition guidance."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="events_per_second",
        label="Events per second",
        unit="records/s",
        default=5000,
        minimum=0,
        exclusive_minimum=True,
        maximum=1e9,
        help="Average events written per second; each event is one Kinesis record or one Kafka message.",
    ),
    Number(
        name="event_kb",
        label="Event size",
        unit="KB",
        default=1,
        minimum=0,
        exclusive_minimum=True,
        maximum=CURRENT.value("kinesis.max_record_kib"),
        maximum_reason="Kinesis's default 1 MiB maximum record size",
        help="Average size of one event including its key; 1 KB = 1,024 bytes.",
    ),
    Number(
        name="consumers",
        label="Consumer applications",
        unit="applications",
        default=2,
        minimum=1,
        maximum=100,
        integer=True,
        help="Applications that each read the whole stream (Kinesis polling consumers, Kafka consumer groups).",
    ),
    Number(
        name="retention_hours",
        label="Retention",
        unit="hours",
        default=24,
        minimum=CURRENT.value("kinesis.default_retention_hours"),
        minimum_reason="a Kinesis stream keeps records at least 24 hours",
        maximum=CURRENT.value("kinesis.extended_retention_max_hours"),
        maximum_reason="past seven days Kinesis bills long-term retention per GB-month, which this comparison leaves out",
        help="How long records stay readable for replay, on both sides.",
    ),
    Choice(
        name="msk_broker_type",
        label="MSK broker type",
        choices=tuple(BROKER_TYPES),
        labels=tuple(BROKER_TYPES),
        default="kafka.m7g.large",
        help="Standard broker instance type; Graviton m7g brokers cost slightly less than m5 for the same size.",
    ),
    Number(
        name="brokers",
        label="Minimum brokers",
        unit="nodes",
        default=3,
        minimum=AVAILABILITY_ZONES,
        minimum_reason="one broker in each of three Availability Zones",
        maximum=CURRENT.value("msk.brokers_per_cluster"),
        maximum_reason="the default quota of brokers per KRaft-based cluster",
        integer=True,
        help="The smallest cluster you would run; more are added if throughput or storage needs them.",
    ),
    Number(
        name="broker_write_mib_s",
        label="Sustained writes per broker",
        unit="MiB/s",
        default=20,
        minimum=1,
        maximum=1000,
        help=(
            "Disk writes one broker sustains in your load test, leader and follower replicas together. The default "
            "is a conservative planning assumption for a large broker, not an AWS figure: measure it, or take it "
            "from AWS's MSK sizing spreadsheet for the broker type."
        ),
    ),
    Number(
        name="replication_factor",
        label="Replication factor",
        unit="replicas",
        default=3,
        minimum=1,
        maximum=CURRENT.value("msk.brokers_per_cluster"),
        integer=True,
        help="Copies of each partition; 3 across three AZs (with min.insync.replicas = 2) is the usual choice.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Price the Kinesis side with kinesis_shards' own arithmetic, then size and price the MSK cluster."""
    rate = float(values["events_per_second"])
    size_kib = float(values["event_kb"])
    consumers = int(values["consumers"])
    retention = float(values["retention_hours"])
    broker_type = str(values["msk_broker_type"])
    floor = int(values["brokers"])
    per_broker = float(values["broker_write_mib_s"])
    replication = int(values["replication_factor"])
    require(
        replication <= floor,
        "replication_factor",
        f"Replication factor must be at most the minimum brokers ({floor}): each replica needs its own broker",
    )

    kinesis = kinesis_shards.calculate(
        {
            "records_per_second": rate,
            "record_size_kb": size_kib,
            "consumers": consumers,
            "enhanced_fan_out": False,
            "polls_per_second": 1,
            "capacity_mode": "provisioned",
            "peak_factor": 1,
        },
        facts,
    ).output_values()
    shards = int(kinesis["shards"])
    stream_cost = float(kinesis["provisioned_monthly_usd"])
    default_retention = facts.value("kinesis.default_retention_hours")
    extended = retention > default_retention
    retention_cost = shards * HOURS_PER_MONTH * facts.value("kinesis.extended_retention_shard_hour") if extended else 0.0
    kinesis_cost = stream_cost + retention_cost

    write_mib_s = rate * size_kib / KIB_PER_MIB
    replica_writes = write_mib_s * replication
    by_throughput = math.ceil(round(replica_writes / per_broker, 9))
    storage_gb = write_mib_s * SECONDS_PER_HOUR * retention / MIB_PER_GIB * replication
    storage_limit = facts.value("msk.storage_per_broker_gib")
    by_storage = math.ceil(round(storage_gb / storage_limit, 9))
    needed = max(floor, by_throughput, by_storage)
    brokers = math.ceil(needed / AVAILABILITY_ZONES) * AVAILABILITY_ZONES
    price_key = BROKER_TYPES[broker_type]
    broker_cost = brokers * HOURS_PER_MONTH * facts.value(price_key)
    storage_cost = storage_gb * facts.value("msk.storage_gb_month")
    msk_cost = broker_cost + storage_cost
    partitions_per_broker = facts.value("msk.partitions_per_broker_large")
    partitions = brokers * partitions_per_broker / replication

    if round(kinesis_cost, 2) == round(msk_cost, 2):
        cheaper = "neither"
    else:
        cheaper = "Kinesis" if kinesis_cost < msk_cost else "MSK"
    difference = abs(kinesis_cost - msk_cost)

    steps = [
        Step(
            "Kinesis shards",
            f"as kinesis_shards: the largest of records ÷ {format_value(facts.value('kinesis.shard_write_records'))}/s, "
            f"MiB/s ÷ {format_value(facts.value('kinesis.shard_write_mib'))}, "
            f"MiB/s × {quantity(consumers, 'polling consumers')} ÷ {format_value(facts.value('kinesis.shard_read_mib'))}",
            shards,
            "shards",
            facts=("kinesis.shard_write_records", "kinesis.shard_write_mib", "kinesis.shard_read_mib"),
        ),
        Step(
            "Kinesis stream",
            f"shards × {HOURS_PER_MONTH} h × {usd(facts.value('kinesis.shard_hour'))} + PUT payload units at "
            f"{usd(facts.value('kinesis.put_unit_million'))}/M",
            stream_cost,
            "USD/month",
            facts=("kinesis.shard_hour", "kinesis.put_unit_kb", "kinesis.put_unit_million"),
        ),
        Step(
            "Kinesis extended retention",
            (
                f"{format_value(retention)} h > {format_value(default_retention)} h: shards × {HOURS_PER_MONTH} h × "
                f"{usd(facts.value('kinesis.extended_retention_shard_hour'))}"
            )
            if extended
            else f"{format_value(retention)} h is within the default {format_value(default_retention)} h: no charge",
            retention_cost,
            "USD/month",
            facts=("kinesis.default_retention_hours", "kinesis.extended_retention_shard_hour"),
        ),
        Step("Kinesis: monthly cost", "stream + extended retention", kinesis_cost, "USD/month"),
        Step("Write throughput", f"{quantity(rate, 'records/s')} × {format_value(size_kib)} KB ÷ 1,024", write_mib_s, "MiB/s"),
        Step(
            "MSK brokers for throughput",
            f"ceil(MiB/s × replication factor {replication} ÷ {format_value(per_broker)} MiB/s per broker)",
            by_throughput,
            "nodes",
        ),
        Step(
            "MSK storage",
            f"MiB/s × 3,600 × {format_value(retention)} h ÷ 1,024 × replication factor {replication}",
            storage_gb,
            "GB",
        ),
        Step(
            "MSK brokers for storage",
            f"ceil(GB ÷ {format_value(storage_limit)} GiB per broker)",
            by_storage,
            "nodes",
            facts=("msk.storage_per_broker_gib",),
        ),
        Step(
            "MSK brokers",
            f"the largest of {floor}, {by_throughput} and {by_storage}, rounded up to a multiple of {AVAILABILITY_ZONES} AZs",
            brokers,
            "nodes",
        ),
        Step(
            "MSK partitions at the recommended density",
            f"brokers × {format_value(partitions_per_broker)} replicas per broker ÷ replication factor {replication}",
            partitions,
            "partitions",
            facts=("msk.partitions_per_broker_large",),
        ),
        Step(
            "MSK broker-hours",
            f"brokers × {HOURS_PER_MONTH} h × {usd(facts.value(price_key))} ({broker_type})",
            broker_cost,
            "USD/month",
            facts=(price_key,),
        ),
        Step(
            "MSK storage cost",
            f"GB × {usd(facts.value('msk.storage_gb_month'))} per GB-month",
            storage_cost,
            "USD/month",
            facts=("msk.storage_gb_month",),
        ),
        Step("MSK: monthly cost", "broker-hours + storage", msk_cost, "USD/month"),
        Step("Difference", "|Kinesis − MSK|", difference, "USD/month"),
    ]
    notes = [
        "MSK does not charge for the replication traffic between its brokers, even across AZs; producers and "
        "consumers that reach a broker in another AZ pay standard data transfer, which this comparison leaves out.",
        "Storage is the retained data exactly: provision headroom on each broker, since a full disk stops the broker.",
        "Neither side includes the people: MSK still needs Kafka skills for partitions, upgrades and rebalancing.",
    ]
    calls_limit = facts.value("kinesis.get_records_per_shard_s")
    if float(kinesis["get_records_calls_per_shard"]) > calls_limit:
        notes.append(
            f"{quantity(consumers, 'polling consumers')} polling once a second exceed the "
            f"{format_value(calls_limit)} GetRecords calls per shard per second: Kinesis would need enhanced fan-out "
            "for some of them, which costs more than shown here."
        )
    if needed > facts.value("msk.brokers_per_cluster"):
        notes.append(
            f"The cluster needs {brokers} brokers, more than the default quota of "
            f"{format_value(facts.value('msk.brokers_per_cluster'))} per cluster: ask for an increase or use larger brokers."
        )
    return Result(
        outputs=(
            Output("kinesis_shards", "Kinesis shards", shards, "shards"),
            Output("kinesis_cost_usd_month", "Kinesis (provisioned)", kinesis_cost, "USD/month"),
            Output("msk_brokers", "MSK brokers", brokers, "nodes"),
            Output("msk_storage_gb", "MSK storage", storage_gb, "GB"),
            Output("msk_cost_usd_month", "MSK (provisioned)", msk_cost, "USD/month"),
            Output("cheaper", "Cheaper", cheaper),
            Output("difference_usd_month", "Difference", difference, "USD/month"),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

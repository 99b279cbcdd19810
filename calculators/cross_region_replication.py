"""Cross-Region replication cost and lag: what copying every write to other Regions costs a month, and how far behind.

Each write of ``item_kb`` is shipped once to each of the other ``regions - 1`` Regions: that volume is billed at the
inter-Region data-transfer rate, plus the service's own charge for applying it there (DynamoDB replicated write
request units, an S3 PUT per replicated object, Aurora replicated write I/Os). The lag has a floor, one-way latency
(about half the measured round trip), and a typical figure AWS documents for each service. It leaves out storage in
every Region, reads, compute in the secondary Regions and the first copy of existing data. Facts: vpc.inter_region_gb,
dynamodb.rwru_million, dynamodb.write_unit_kb, dynamodb.max_item_kb, dynamodb.global_tables_lag_s, s3.standard_put_1000,
s3.max_single_put_gib, s3.rtc_minutes, s3.rtc_percent, aurora.replicated_write_io_million, aurora.write_io_kb,
aurora.global_db_lag_s, aurora.global_secondary_regions_max.
"""

from __future__ import annotations

import math

from calculators._core import Choice, Input, Number, Output, Result, Step, Values, require
from calculators.data import CURRENT, Facts
from calculators.render import format_value, quantity, usd
from calculators.units import (
    KIB_PER_MIB,
    MIB_PER_GIB,
    MS_PER_SECOND,
    PER_MILLION,
    PER_THOUSAND,
    SECONDS_PER_MINUTE,
    SECONDS_PER_MONTH,
)

NAME = "cross_region_replication"
TITLE = "Cross-Region replication cost and lag"
SUMMARY = "Monthly transfer and replicated-write cost of copying every write to other Regions, and the lag to expect."
QUESTION = "cost"

SERVICES = ("dynamodb_global_tables", "s3_crr", "aurora_global")

INPUTS: tuple[Input, ...] = (
    Number(
        name="writes_per_second",
        label="Writes per second",
        unit="requests/s",
        default=1000,
        minimum=0,
        exclusive_minimum=True,
        maximum=1e7,
        help="Average writes per second across all Regions (item puts, object uploads, or database writes).",
    ),
    Number(
        name="item_kb",
        label="Size of one write",
        unit="KB",
        default=1,
        minimum=0,
        exclusive_minimum=True,
        maximum=CURRENT.value("s3.max_single_put_gib") * MIB_PER_GIB * KIB_PER_MIB,
        maximum_reason="the largest object a single S3 PUT uploads",
        help=(
            "Bytes each write ships to another Region: the item, the object, or for Aurora the log records a write "
            "generates. 1 KB = 1,024 bytes."
        ),
    ),
    Number(
        name="regions",
        label="Regions",
        unit="Regions",
        default=2,
        minimum=2,
        minimum_reason="replication needs a second Region",
        maximum=30,
        integer=True,
        help="Total Regions holding a copy, the writing Region included.",
    ),
    Choice(
        name="service",
        label="Service",
        choices=SERVICES,
        labels=("DynamoDB global tables", "S3 Cross-Region Replication", "Aurora Global Database"),
        default="dynamodb_global_tables",
        help=(
            "DynamoDB global tables (multi-Region eventual consistency), S3 Cross-Region Replication to S3 Standard, "
            "or Aurora Global Database."
        ),
    ),
    Number(
        name="inter_region_rtt_ms",
        label="Round trip between the Regions",
        unit="ms",
        default=70,
        minimum=1,
        maximum=1000,
        help=(
            "Measure it between your own Regions (a ping between instances, or CloudWatch Network Monitor). The "
            "default is an example for a transatlantic pair such as us-east-1 and eu-west-1, not a quoted figure."
        ),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Price the bytes and the replicated writes to the other Regions, then bound the lag from below and typically."""
    writes = float(values["writes_per_second"])
    size_kib = float(values["item_kb"])
    regions = int(values["regions"])
    service = str(values["service"])
    rtt = float(values["inter_region_rtt_ms"])
    if service == "dynamodb_global_tables":
        item_limit = facts.value("dynamodb.max_item_kb")
        require(
            size_kib <= item_limit,
            "item_kb",
            f"Size of one write must be at most {format_value(item_limit)} KB for a DynamoDB item",
        )
    if service == "aurora_global":
        secondaries = facts.value("aurora.global_secondary_regions_max")
        require(
            regions - 1 <= secondaries,
            "regions",
            f"Regions must be at most {format_value(secondaries + 1)} for Aurora Global Database "
            f"(one primary and {format_value(secondaries)} secondary Regions)",
        )
    copies = regions - 1
    writes_month = writes * SECONDS_PER_MONTH
    replicated_gb = writes_month * size_kib / (KIB_PER_MIB * MIB_PER_GIB) * copies
    transfer_price = facts.value("vpc.inter_region_gb")
    transfer_cost = replicated_gb * transfer_price

    steps = [
        Step("Writes a month", f"{quantity(writes, 'requests/s')} × seconds in a month", writes_month, "requests"),
        Step(
            "Replicated data",
            f"writes × {format_value(size_kib)} KB ÷ 1,048,576 × {copies} other Region(s)",
            replicated_gb,
            "GB/month",
        ),
        Step(
            "Inter-Region transfer",
            f"GB × {usd(transfer_price)} per GB",
            transfer_cost,
            "USD/month",
            facts=("vpc.inter_region_gb",),
        ),
    ]

    if service == "dynamodb_global_tables":
        unit_kb = facts.value("dynamodb.write_unit_kb")
        units = math.ceil(round(size_kib / unit_kb, 9))
        price = facts.value("dynamodb.rwru_million")
        write_cost = writes_month * units * copies * price / PER_MILLION
        steps.append(
            Step(
                "Replicated writes (rWRU)",
                f"writes × ceil({format_value(size_kib)} KB ÷ {format_value(unit_kb)} KB) × {copies} × "
                f"{usd(price)} per million (the writing Region's own rWRU costs what a WRU did)",
                write_cost,
                "USD/month",
                facts=("dynamodb.write_unit_kb", "dynamodb.rwru_million"),
            )
        )
        typical = max(rtt / 2, facts.value("dynamodb.global_tables_lag_s") * MS_PER_SECOND)
        lag_facts: tuple[str, ...] = ("dynamodb.global_tables_lag_s",)
        lag_formula = f"AWS: typically within {format_value(facts.value('dynamodb.global_tables_lag_s'))} s, not below the floor"
        rpo = (
            "Asynchronous (multi-Region eventual consistency): RPO is the replication lag when a Region fails, "
            f"typically under {format_value(facts.value('dynamodb.global_tables_lag_s'))} s with no SLA on it; "
            "concurrent writes to one item in two Regions resolve by last writer wins. Multi-Region strong "
            "consistency gives RPO zero at the cost of a cross-Region round trip on every write."
        )
    elif service == "s3_crr":
        price = facts.value("s3.standard_put_1000")
        write_cost = writes_month * copies * price / PER_THOUSAND
        steps.append(
            Step(
                "Replication PUTs",
                f"objects × {copies} destination(s) × {usd(price)} per 1,000 PUTs (S3 Standard)",
                write_cost,
                "USD/month",
                facts=("s3.standard_put_1000",),
            )
        )
        typical = facts.value("s3.rtc_minutes") * SECONDS_PER_MINUTE * MS_PER_SECOND
        lag_facts = ("s3.rtc_minutes", "s3.rtc_percent")
        lag_formula = (
            f"S3 Replication Time Control bound: {format_value(facts.value('s3.rtc_percent'))} % of objects within "
            f"{format_value(facts.value('s3.rtc_minutes'))} minutes"
        )
        rpo = (
            "Asynchronous: most objects replicate in seconds, but only Replication Time Control (an extra per-GB "
            f"charge) bounds it, to {format_value(facts.value('s3.rtc_percent'))} % within "
            f"{format_value(facts.value('s3.rtc_minutes'))} minutes; plan an RPO of that bound. Without RTC there "
            "is no time bound."
        )
    else:
        io_kb = facts.value("aurora.write_io_kb")
        ios = math.ceil(round(size_kib / io_kb, 9))
        price = facts.value("aurora.replicated_write_io_million")
        write_cost = writes_month * ios * copies * price / PER_MILLION
        steps.append(
            Step(
                "Replicated write I/Os",
                f"writes × ceil({format_value(size_kib)} KB ÷ {format_value(io_kb)} KB) × {copies} secondary Region(s) × "
                f"{usd(price)} per million (an upper bound: small log records are batched)",
                write_cost,
                "USD/month",
                facts=("aurora.write_io_kb", "aurora.replicated_write_io_million"),
            )
        )
        typical = max(rtt / 2, facts.value("aurora.global_db_lag_s") * MS_PER_SECOND)
        lag_facts = ("aurora.global_db_lag_s",)
        lag_formula = f"AWS: typically under {format_value(facts.value('aurora.global_db_lag_s'))} s, not below the floor"
        rpo = (
            "Asynchronous storage-level replication: an unplanned failover loses the lag, typically under "
            f"{format_value(facts.value('aurora.global_db_lag_s'))} s; a planned switchover waits for the secondary "
            "to catch up and loses nothing. Aurora PostgreSQL can cap the RPO by pausing commits."
        )

    total = transfer_cost + write_cost
    floor = rtt / 2
    steps += [
        Step("Replication: monthly cost", "transfer + replicated writes", total, "USD/month"),
        Step("Lag floor", f"one-way latency ≈ {format_value(rtt)} ms round trip ÷ 2", floor, "ms"),
        Step("Typical lag", lag_formula, typical, "ms", facts=lag_facts),
    ]
    notes = [
        "Storage in every Region, reads, and compute in the secondary Regions are billed as in any Region and are "
        "not included here.",
    ]
    if service == "aurora_global" and size_kib < facts.value("aurora.write_io_kb"):
        notes.append(
            f"Aurora batches log records smaller than {format_value(facts.value('aurora.write_io_kb'))} KB into one "
            "write I/O, so small writes cost less than the one I/O each counted here."
        )
    if service == "s3_crr":
        notes.append("Replication Time Control adds its own per-GB charge, and the destination bucket its storage.")
    return Result(
        outputs=(
            Output("replicated_gb_month", "Data replicated", replicated_gb, "GB/month"),
            Output("transfer_cost_usd_month", "Inter-Region transfer", transfer_cost, "USD/month"),
            Output("replicated_write_cost_usd_month", "Replicated writes", write_cost, "USD/month"),
            Output("total_usd_month", "Replication cost", total, "USD/month"),
            Output("lag_floor_ms", "Lag floor (one-way latency)", floor, "ms"),
            Output("typical_lag_ms", "Typical lag (planning figure)", typical, "ms"),
            Output("rpo_note", "Recovery point", rpo),
        ),
        steps=tuple(steps),
        notes=tuple(notes),
    )

"""DynamoDB provisioned versus on-demand capacity for the same traffic, and the break-even utilization.

Provisioned capacity is bought for the peak with ``target_utilization`` headroom and held all month (730
hours): an upper bound, since auto scaling lowers it between peaks, minutes after the traffic changes.
On-demand bills the request units actually used, so it follows the average. Units round up per item
(1 KB per write unit, 4 KB per read unit, 1 KB = 1,024 B). The break-even utilization is the average
load ÷ provisioned capacity at which both cost the same: the provisioned price of one unit for a second,
per million, divided by the on-demand price per million units (28.9% for reads and writes alike since
the on-demand price cut of 2024-11). Storage costs the same in both modes and is left out.
"""

from __future__ import annotations

from calculators._core import Input, Number, Output, Result, Step, Values, require
from calculators._dynamodb import (
    ITEM_SIZE_KB,
    READ_CONSISTENCY,
    READ_UNITS_PER_4KB,
    read_units_per_item,
    whole_units,
    write_units_per_item,
)
from calculators.charts import Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import HOURS_PER_MONTH, PER_MILLION, PERCENT, SECONDS_PER_HOUR, SECONDS_PER_MONTH

NAME = "dynamodb_break_even"
TITLE = "DynamoDB provisioned vs on-demand"
SUMMARY = "Monthly cost of provisioned (sized for the peak) and on-demand capacity for the same DynamoDB traffic."
QUESTION = "cost"


def _rate(name: str, label: str, default: float, help_text: str) -> Number:
    return Number(name=name, label=label, unit="items/s", default=default, minimum=0, maximum=1e9, help=help_text)


INPUTS: tuple[Input, ...] = (
    _rate("average_writes_per_second", "Average writes per second", 1000, "Writes per second averaged over the month."),
    _rate("peak_writes_per_second", "Peak writes per second", 2000, "Highest sustained writes per second."),
    _rate("average_reads_per_second", "Average reads per second", 2000, "Item reads per second averaged over the month."),
    _rate("peak_reads_per_second", "Peak reads per second", 4000, "Highest sustained item reads per second."),
    ITEM_SIZE_KB,
    READ_CONSISTENCY,
    Number(
        name="target_utilization",
        label="Target utilization",
        unit="ratio",
        default=0.7,
        minimum=0.1,
        maximum=1,
        help="Provisioned headroom over the peak: 0.7 buys 1 ÷ 0.7 of the needed units.",
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Price both modes and compare; see the module docstring for the assumptions."""
    avg_writes = float(values["average_writes_per_second"])
    peak_writes = float(values["peak_writes_per_second"])
    avg_reads = float(values["average_reads_per_second"])
    peak_reads = float(values["peak_reads_per_second"])
    size_kb = float(values["item_size_kb"])
    consistency = str(values["read_consistency"])
    utilization = float(values["target_utilization"])
    require(peak_writes >= avg_writes, "peak_writes_per_second", "Peak writes per second must be at least the average")
    require(peak_reads >= avg_reads, "peak_reads_per_second", "Peak reads per second must be at least the average")

    write_units = write_units_per_item(size_kb, facts)
    read_units = read_units_per_item(size_kb, consistency, facts)
    wcu = whole_units(peak_writes * write_units / utilization)
    rcu = whole_units(peak_reads * read_units / utilization)
    wcu_hour = facts.value("dynamodb.wcu_hour")
    rcu_hour = facts.value("dynamodb.rcu_hour")
    provisioned = HOURS_PER_MONTH * (wcu * wcu_hour + rcu * rcu_hour)

    avg_write_units = avg_writes * write_units
    avg_read_units = avg_reads * read_units
    wru_million = facts.value("dynamodb.wru_million")
    rru_million = facts.value("dynamodb.rru_million")
    on_demand = SECONDS_PER_MONTH * (avg_write_units * wru_million + avg_read_units * rru_million) / PER_MILLION

    # Provisioning exactly the average load (100% utilization, fractional units) is the floor for both
    # ratios: over the provisioned bill it is the utilization, over the on-demand bill the break-even.
    exact_average = HOURS_PER_MONTH * (avg_write_units * wcu_hour + avg_read_units * rcu_hour)
    if on_demand > 0:
        break_even = exact_average / on_demand * PERCENT
    else:
        break_even = wcu_hour / SECONDS_PER_HOUR * PER_MILLION / wru_million * PERCENT
    average_utilization = exact_average / provisioned * PERCENT if provisioned > 0 else 0.0

    if provisioned < on_demand:
        cheaper = "provisioned"
    elif on_demand < provisioned:
        cheaper = "on_demand"
    else:
        cheaper = "either"
    steps = (
        Step("Write units per item", f"ceil({size_kb:g} KB ÷ 1 KB)", write_units, "WCU"),
        Step(
            "Read units per item",
            f"ceil({size_kb:g} KB ÷ 4 KB) × {READ_UNITS_PER_4KB[consistency]:g} ({consistency})",
            read_units,
            "RCU",
        ),
        Step("Provisioned writes", f"ceil(peak writes/s × units per item ÷ {utilization:g})", wcu, "WCU"),
        Step("Provisioned reads", f"ceil(peak reads/s × units per item ÷ {utilization:g})", rcu, "RCU"),
        Step("Provisioned cost", f"(WCU × {usd(wcu_hour)} + RCU × {usd(rcu_hour)}) × 730 h", provisioned, "USD/month"),
        Step(
            "On-demand cost",
            f"(average writes/s × units × {usd(wru_million)}/M + average reads/s × units × {usd(rru_million)}/M) × 2,628,000 s",
            on_demand,
            "USD/month",
        ),
        Step(
            "Average load at provisioned prices",
            "average units/s priced per unit-hour × 730 h, no headroom",
            exact_average,
            "USD/month",
        ),
        Step("Average utilization", "average load at provisioned prices ÷ provisioned cost × 100", average_utilization, "%"),
        Step("Break-even utilization", "average load at provisioned prices ÷ on-demand cost × 100", break_even, "%"),
    )
    notes = []
    if wcu > facts.value("dynamodb.table_wcu_quota") or rcu > facts.value("dynamodb.table_rcu_quota"):
        notes.append(
            f"More than {format_value(facts.value('dynamodb.table_wcu_quota'))} provisioned units of one kind on one table: "
            "request a quota increase before launch."
        )
    notes.append("Provisioned is held at the peak all month here; auto scaling between peaks lowers its cost.")
    if cheaper == "provisioned":
        notes.append("Average utilization is above the break-even, so provisioned capacity is cheaper.")
    elif cheaper == "on_demand":
        notes.append("Average utilization is below the break-even, so on-demand is cheaper.")
    return Result(
        outputs=(
            Output("provisioned_monthly_usd", "Provisioned", provisioned, "USD/month"),
            Output("on_demand_monthly_usd", "On-demand", on_demand, "USD/month"),
            Output("cheaper_mode", "Cheaper mode", cheaper),
            Output("average_utilization", "Average utilization of provisioned capacity", average_utilization, "%"),
            Output("break_even_utilization", "Break-even utilization", break_even, "%"),
        ),
        steps=steps,
        notes=tuple(notes),
    )


CHARTS = (
    Chart(
        x="average_writes_per_second",
        x_min=0,
        x_max=1,
        x_scale_input="peak_writes_per_second",
        lines=(Line("on_demand_monthly_usd", "On-demand"), Line("provisioned_monthly_usd", "Provisioned")),
        title="Monthly cost as average writes rise towards the peak",
    ),
)
"""Provisioned pays for the peak whatever the average; on-demand follows the average, so they cross at the break-even."""

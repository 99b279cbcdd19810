"""S3 monthly cost for one storage class: storage, requests, retrieval and Intelligent-Tiering monitoring.

Storage is billed per GB-month with GB = 2^30 bytes. S3 Standard is tiered (first 50 TB, next 450 TB, over
500 TB); Intelligent-Tiering is priced as if every byte stayed in its Frequent Access tier, which uses the
Standard tiers, so it is an upper bound (objects move to cheaper tiers after 30 and 90 days without
access). Intelligent-Tiering adds a monitoring fee per 1,000 objects of 128 KB or more and has no
retrieval fee; its requests cost the same as Standard's. Reads of Glacier Flexible Retrieval and Deep
Archive objects are priced as standard-tier restore requests plus the per-GB retrieval fee. Not included:
minimum storage durations and minimum billable object sizes, lifecycle transition requests, data transfer
out, and the free tier. Prices: aws.amazon.com/s3/pricing/ (us-east-1).
"""

from __future__ import annotations

from calculators._core import Choice, Input, Number, Output, Result, Step, Values
from calculators._pricing import tiered_cost, tiers_from_facts
from calculators.charts import Chart, Line
from calculators.data import CURRENT, Facts
from calculators.render import format_value, usd
from calculators.units import PER_THOUSAND

NAME = "s3_storage_cost"
TITLE = "S3 storage cost"
SUMMARY = "Monthly S3 bill for one storage class: tiered storage, requests, retrieval and monitoring."
QUESTION = "cost"

STANDARD_TIER_KEYS = ("s3.standard_first_50tb", "s3.standard_next_450tb", "s3.standard_over_500tb")
"""S3 Standard's storage tiers, in GB a month (also Intelligent-Tiering's Frequent Access tier)."""

FLAT_STORAGE = {  # storage class -> price fact per GB-month
    "standard_ia": "s3.standard_ia",
    "one_zone_ia": "s3.one_zone_ia",
    "glacier_instant": "s3.glacier_instant",
    "glacier_flexible": "s3.glacier_flexible",
    "deep_archive": "s3.deep_archive",
}

PUT_PRICE = {
    "standard": "s3.standard_put_1000",
    "intelligent_tiering": "s3.standard_put_1000",
    "standard_ia": "s3.ia_put_1000",
    "one_zone_ia": "s3.ia_put_1000",
    "glacier_instant": "s3.glacier_instant_put_1000",
    "glacier_flexible": "s3.glacier_put_1000",
    "deep_archive": "s3.glacier_put_1000",
}

GET_PRICE = {
    "standard": "s3.standard_get_1000",
    "intelligent_tiering": "s3.standard_get_1000",
    "standard_ia": "s3.ia_get_1000",
    "one_zone_ia": "s3.ia_get_1000",
    "glacier_instant": "s3.glacier_instant_get_1000",
    "glacier_flexible": "s3.glacier_flexible_restore_1000",
    "deep_archive": "s3.deep_archive_restore_1000",
}

RETRIEVAL_PRICE = {
    "standard_ia": "s3.ia_retrieval_gb",
    "one_zone_ia": "s3.ia_retrieval_gb",
    "glacier_instant": "s3.glacier_instant_retrieval_gb",
    "glacier_flexible": "s3.glacier_flexible_retrieval_gb",
    "deep_archive": "s3.deep_archive_retrieval_gb",
}

STORAGE_CLASSES = ("standard", "intelligent_tiering", *FLAT_STORAGE)
STORAGE_CLASS_LABELS = {
    "standard": "S3 Standard",
    "intelligent_tiering": "S3 Intelligent-Tiering",
    "standard_ia": "S3 Standard-IA",
    "one_zone_ia": "S3 One Zone-IA",
    "glacier_instant": "S3 Glacier Instant Retrieval",
    "glacier_flexible": "S3 Glacier Flexible Retrieval",
    "deep_archive": "S3 Glacier Deep Archive",
}
"""AWS's names for the storage classes, as the selector shows them."""

INPUTS: tuple[Input, ...] = (
    Number(
        name="storage_gb",
        label="Data stored",
        unit="GB",
        default=1024,
        minimum=0,
        maximum=1e12,
        help="Average data stored over the month; 1 GB = 2^30 bytes, as S3 bills.",
    ),
    Choice(
        name="storage_class",
        label="Storage class",
        choices=STORAGE_CLASSES,
        labels=tuple(STORAGE_CLASS_LABELS[key] for key in STORAGE_CLASSES),
        default="standard",
        help="Where the data lives; archive classes trade cheap storage for retrieval fees and delay.",
    ),
    Number(
        name="put_requests_per_month",
        label="PUT requests per month",
        unit="requests",
        default=1_000_000,
        minimum=0,
        maximum=1e13,
        integer=True,
        help="PUT, COPY, POST and LIST requests.",
    ),
    Number(
        name="get_requests_per_month",
        label="GET requests per month",
        unit="requests",
        default=10_000_000,
        minimum=0,
        maximum=1e13,
        integer=True,
        help="GET and SELECT requests; for Glacier Flexible and Deep Archive, restore requests.",
    ),
    Number(
        name="retrieval_gb_per_month",
        label="Data retrieved per month",
        unit="GB",
        default=0,
        minimum=0,
        maximum=1e12,
        help="Data read back from an infrequent-access or archive class (free for Standard and Intelligent-Tiering).",
        applies_when=("storage_class", ("standard_ia", "one_zone_ia", "glacier_instant", "glacier_flexible", "deep_archive")),
    ),
    Number(
        name="objects",
        label="Objects of 128 KB or more",
        unit="objects",
        default=100_000,
        minimum=0,
        maximum=1e13,
        integer=True,
        help="Objects Intelligent-Tiering monitors; ignored for the other classes.",
        applies_when=("storage_class", ("intelligent_tiering",)),
    ),
)


def calculate(values: Values, /, facts: Facts = CURRENT) -> Result:
    """Add storage, requests, retrieval and monitoring for the chosen class."""
    storage_gb = float(values["storage_gb"])
    storage_class = str(values["storage_class"])
    puts = float(values["put_requests_per_month"])
    gets = float(values["get_requests_per_month"])
    retrieval_gb = float(values["retrieval_gb_per_month"])
    objects = float(values["objects"])

    if storage_class in FLAT_STORAGE:
        storage_facts: tuple[str, ...] = (FLAT_STORAGE[storage_class],)
        rate = facts.value(FLAT_STORAGE[storage_class])
        storage = storage_gb * rate
        storage_formula = f"GB × {usd(rate)}"
    else:
        storage_facts = STANDARD_TIER_KEYS
        tiers = tiers_from_facts(facts, STANDARD_TIER_KEYS)
        storage = tiered_cost(storage_gb, tiers)
        storage_formula = (
            f"first {format_value(tiers[0].size or 0)} GB × {usd(tiers[0].price)}, next {format_value(tiers[1].size or 0)} GB × "
            f"{usd(tiers[1].price)}, rest × {usd(tiers[2].price)}"
        )
    put_rate = facts.value(PUT_PRICE[storage_class])
    get_rate = facts.value(GET_PRICE[storage_class])
    put_cost = puts / PER_THOUSAND * put_rate
    get_cost = gets / PER_THOUSAND * get_rate
    requests = put_cost + get_cost
    retrieval_rate = facts.value(RETRIEVAL_PRICE[storage_class]) if storage_class in RETRIEVAL_PRICE else 0.0
    retrieval = retrieval_gb * retrieval_rate
    monitoring_rate = facts.value("s3.intelligent_tiering_monitoring") if storage_class == "intelligent_tiering" else 0.0
    monitoring = objects / PER_THOUSAND * monitoring_rate
    total = storage + requests + retrieval + monitoring

    get_label = "Restore requests" if storage_class in {"glacier_flexible", "deep_archive"} else "GET requests"
    steps = (
        Step("Storage", storage_formula, storage, "USD/month", facts=storage_facts),
        Step(
            "PUT requests",
            f"{format_value(puts)} ÷ 1,000 × {usd(put_rate)}",
            put_cost,
            "USD/month",
            facts=(PUT_PRICE[storage_class],),
        ),
        Step(
            get_label, f"{format_value(gets)} ÷ 1,000 × {usd(get_rate)}", get_cost, "USD/month", facts=(GET_PRICE[storage_class],)
        ),
        Step(
            "Retrieval",
            f"{format_value(retrieval_gb)} GB × {usd(retrieval_rate)}" if retrieval_rate else "no retrieval fee",
            retrieval,
            "USD/month",
            facts=(RETRIEVAL_PRICE[storage_class],) if storage_class in RETRIEVAL_PRICE else (),
        ),
        Step(
            "Monitoring",
            f"{format_value(objects)} objects ÷ 1,000 × {usd(monitoring_rate)}"
            if monitoring_rate
            else "Intelligent-Tiering only",
            monitoring,
            "USD/month",
            facts=("s3.intelligent_tiering_monitoring",) if monitoring_rate else (),
        ),
        Step("Monthly cost", "storage + requests + retrieval + monitoring", total, "USD/month"),
    )
    notes = []
    if storage_class == "intelligent_tiering":
        notes.append("Upper bound: all data is priced at the Frequent Access tier; data idle for 30 or 90 days costs less.")
    if storage_class in RETRIEVAL_PRICE:
        notes.append(
            "Not shown: this class's minimum storage duration and minimum billable object size (or per-object "
            "metadata), which make early deletes and small objects cost more."
        )
    if storage_class in {"glacier_flexible", "deep_archive"}:
        notes.append("Reads need a restore first (hours at the standard tier); the restored copy is billed as well.")
    return Result(
        outputs=(
            Output("monthly_cost_usd", "Monthly cost", total, "USD/month"),
            Output("storage_cost_usd", "Storage", storage, "USD/month"),
            Output("request_cost_usd", "Requests", requests, "USD/month"),
            Output("retrieval_cost_usd", "Retrieval", retrieval, "USD/month"),
            Output("monitoring_cost_usd", "Monitoring", monitoring, "USD/month"),
        ),
        steps=steps,
        notes=tuple(notes),
    )


CHARTS = (
    Chart(
        x="get_requests_per_month",
        x_min=10_000,
        x_max=1_000_000_000,
        x_log=True,
        y_log=True,
        lines=tuple(
            Line("monthly_cost_usd", STORAGE_CLASS_LABELS[key].removeprefix("S3 "), fixed={"storage_class": key})
            for key in ("standard", "standard_ia", "glacier_instant")
        ),
        title="Monthly cost by storage class as reads grow",
        points=20,
    ),
)
"""Colder classes store for less and charge more per request: the more often data is read, the sooner Standard wins."""

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
from calculators._pricing import Tier, tiered_cost
from calculators.data import aws_prices as prices
from calculators.render import format_value, usd
from calculators.units import GB_PER_TB, PER_THOUSAND

NAME = "s3_storage_cost"
TITLE = "S3 storage cost"
SUMMARY = "Monthly S3 bill for one storage class: tiered storage, requests, retrieval and monitoring."

FIRST_TIER_GB = 50 * GB_PER_TB
SECOND_TIER_GB = 450 * GB_PER_TB
STANDARD_TIERS = (
    Tier(FIRST_TIER_GB, prices.S3_STANDARD_FIRST_50TB.value),
    Tier(SECOND_TIER_GB, prices.S3_STANDARD_NEXT_450TB.value),
    Tier(None, prices.S3_STANDARD_OVER_500TB.value),
)

FLAT_STORAGE = {
    "standard_ia": prices.S3_STANDARD_IA,
    "one_zone_ia": prices.S3_ONE_ZONE_IA,
    "glacier_instant": prices.S3_GLACIER_INSTANT,
    "glacier_flexible": prices.S3_GLACIER_FLEXIBLE,
    "deep_archive": prices.S3_DEEP_ARCHIVE,
}

PUT_PRICE = {
    "standard": prices.S3_STANDARD_PUT_1000,
    "intelligent_tiering": prices.S3_STANDARD_PUT_1000,
    "standard_ia": prices.S3_IA_PUT_1000,
    "one_zone_ia": prices.S3_IA_PUT_1000,
    "glacier_instant": prices.S3_GLACIER_INSTANT_PUT_1000,
    "glacier_flexible": prices.S3_GLACIER_PUT_1000,
    "deep_archive": prices.S3_GLACIER_PUT_1000,
}

GET_PRICE = {
    "standard": prices.S3_STANDARD_GET_1000,
    "intelligent_tiering": prices.S3_STANDARD_GET_1000,
    "standard_ia": prices.S3_IA_GET_1000,
    "one_zone_ia": prices.S3_IA_GET_1000,
    "glacier_instant": prices.S3_GLACIER_INSTANT_GET_1000,
    "glacier_flexible": prices.S3_GLACIER_FLEXIBLE_RESTORE_1000,
    "deep_archive": prices.S3_DEEP_ARCHIVE_RESTORE_1000,
}

RETRIEVAL_PRICE = {
    "standard_ia": prices.S3_IA_RETRIEVAL_GB,
    "one_zone_ia": prices.S3_IA_RETRIEVAL_GB,
    "glacier_instant": prices.S3_GLACIER_INSTANT_RETRIEVAL_GB,
    "glacier_flexible": prices.S3_GLACIER_FLEXIBLE_STANDARD_RETRIEVAL_GB,
    "deep_archive": prices.S3_DEEP_ARCHIVE_STANDARD_RETRIEVAL_GB,
}

STORAGE_CLASSES = ("standard", "intelligent_tiering", *FLAT_STORAGE)

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
    ),
)


def calculate(values: Values, /) -> Result:
    """Add storage, requests, retrieval and monitoring for the chosen class."""
    storage_gb = float(values["storage_gb"])
    storage_class = str(values["storage_class"])
    puts = float(values["put_requests_per_month"])
    gets = float(values["get_requests_per_month"])
    retrieval_gb = float(values["retrieval_gb_per_month"])
    objects = float(values["objects"])

    if storage_class in FLAT_STORAGE:
        rate = FLAT_STORAGE[storage_class].value
        storage = storage_gb * rate
        storage_formula = f"GB × {usd(rate)}"
    else:
        storage = tiered_cost(storage_gb, STANDARD_TIERS)
        storage_formula = (
            f"first {FIRST_TIER_GB:,} GB × {usd(STANDARD_TIERS[0].price)}, next {SECOND_TIER_GB:,} GB × "
            f"{usd(STANDARD_TIERS[1].price)}, rest × {usd(STANDARD_TIERS[2].price)}"
        )
    put_rate = PUT_PRICE[storage_class].value
    get_rate = GET_PRICE[storage_class].value
    put_cost = puts / PER_THOUSAND * put_rate
    get_cost = gets / PER_THOUSAND * get_rate
    requests = put_cost + get_cost
    retrieval_rate = RETRIEVAL_PRICE[storage_class].value if storage_class in RETRIEVAL_PRICE else 0.0
    retrieval = retrieval_gb * retrieval_rate
    monitoring_rate = prices.S3_INT_MONITORING_1000_OBJECTS.value if storage_class == "intelligent_tiering" else 0.0
    monitoring = objects / PER_THOUSAND * monitoring_rate
    total = storage + requests + retrieval + monitoring

    get_label = "Restore requests" if storage_class in {"glacier_flexible", "deep_archive"} else "GET requests"
    steps = (
        Step("Storage", storage_formula, storage, "USD/month"),
        Step("PUT requests", f"{format_value(puts)} ÷ 1,000 × {usd(put_rate)}", put_cost, "USD/month"),
        Step(get_label, f"{format_value(gets)} ÷ 1,000 × {usd(get_rate)}", get_cost, "USD/month"),
        Step(
            "Retrieval",
            f"{format_value(retrieval_gb)} GB × {usd(retrieval_rate)}" if retrieval_rate else "no retrieval fee",
            retrieval,
            "USD/month",
        ),
        Step(
            "Monitoring",
            f"{format_value(objects)} objects ÷ 1,000 × {usd(monitoring_rate)}"
            if monitoring_rate
            else "Intelligent-Tiering only",
            monitoring,
            "USD/month",
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
